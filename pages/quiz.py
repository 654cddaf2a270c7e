"""Final test page (/quiz): questions drawn across all lessons."""

from explainer.ui import end_page, rich, start_page

start_page("まとめテスト")
rich(
    "ここでは、すべてのレッスンから出題する「まとめテスト」を行います。"
    "答えるたびに、どうしてその答えになるのかを説明します。"
    "間違えた問題は、あとで「もう一度」ためせます。\n\n"
    "まとめテストの問題は、いま作っているところです。"
    "それまでは、各レッスンの最後にある「確認クイズ」をためしてください。"
)
end_page()
