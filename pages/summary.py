"""まとめシート (/summary): the event, its key words and three takeaways on one printable A4 page."""

from explainer.summary_view import render_summary_sheet

render_summary_sheet()
