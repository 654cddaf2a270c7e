"""The benchmark's floor: the smallest Streamlit app with a page at / and one at /page.

A deep link (/page) costs every multipage Streamlit app more than / does: its frontend first asks for
/page/_stcore/health, gets 404, waits 100 ms and asks /_stcore/health. So the app's / is measured
against this app's / and every other URL against /page.

Two more pages give Lighthouse the floor of the element kinds a lesson's first screen needs, without
anything of this app: /html adds one HTML block (glossary pop-ups and the stylesheet are HTML blocks),
/widgets adds a page link and buttons as well (a lesson's slide link, and its guess: one button per choice).
Streamlit loads each of these kinds' code when it first draws one.
"""

import streamlit as st

TEXT = "これは、ためしに置いた本文です。" * 12


def hello() -> None:
    st.title("Hello")


def with_html() -> None:
    st.title("Hello")
    st.html(f"<p>{TEXT}</p>")


def with_widgets() -> None:
    st.title("Hello")
    st.page_link(HELLO, label="Hello")
    st.html(f"<p>{TEXT}</p>")
    for choice in "ABC":
        st.button(choice, width="stretch")


HELLO = st.Page(hello, title="Hello", default=True)
# No menu of pages: Streamlit's own would open the sidebar and push the line aside as it loads.
st.navigation([HELLO, st.Page(hello, title="Hello", url_path="page"),
               st.Page(with_html, title="HTML", url_path="html"),
               st.Page(with_widgets, title="Widgets", url_path="widgets")], position="hidden").run()
