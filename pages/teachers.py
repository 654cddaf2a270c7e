"""Teachers' guide (/teachers): how to use the app in a class."""

from explainer.ui import end_page, rich, start_page

start_page("先生向けガイド")
rich(
    "このページは、授業でこのアプリを使う先生のためのページです。"
    "45分や50分の授業で、どのレッスンをどの順番で使うか、話し合いの問いかけ、"
    "配るプリント（ワークシート）、スライドとして映す方法をまとめます。\n\n"
    "どのページも、アドレス（URL）をそのまま生徒に送れます。"
    "たとえば用語集の一つの言葉は「/glossary?term=sox」のように開けます。"
)
end_page()
