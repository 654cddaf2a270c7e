"""Printable worksheets and answer keys (A4 HTML pages) made from the same question files.

A teacher downloads the file and prints it (or saves it as PDF) from the browser.
All content is escaped; the page needs nothing from the network. Kanji carry ruby
(``richtext.text_html``), shown when the reader has ふりがな on.

A lesson's sheet ends with the lesson's 記述 question (``Lesson.written``): ruled lines
to write on, as many as its suggested minutes need; its answer key shows the model
answer and 「よい答えにふくまれること」 instead.
"""

from __future__ import annotations

from collections.abc import Sequence

from explainer.quiz import format_answer, shuffled
from explainer.richtext import escape_text, text_html
from explainer.schema import Question, WrittenQuestion

_STYLE = """
@page { size: A4; margin: 16mm 14mm; }
body { font-family: 'Hiragino Sans', 'Noto Sans CJK JP', 'Noto Sans JP', 'Yu Gothic', Meiryo, sans-serif;
       font-size: 11pt; line-height: 1.7; color: #111; }
h1 { font-size: 16pt; margin: 0 0 4pt; } .meta { font-size: 9pt; color: #444; margin-bottom: 10pt; }
.name { border-bottom: 1px solid #111; display: inline-block; width: 60mm; }
.q { break-inside: avoid; margin: 0 0 10pt; padding: 6pt 8pt; border: 1px solid #bbb; border-radius: 4pt; }
.q p { margin: 0 0 4pt; } ul { margin: 0; padding-left: 1.2em; list-style: none; }
.box { display: inline-block; width: 1em; height: 1em; border: 1px solid #111; margin-right: 0.4em;
       vertical-align: -2pt; }
.line { border-bottom: 1px dotted #111; height: 1.6em; } .ok { font-weight: bold; }
.rule { border-bottom: 1px solid #777; height: 2.2em; } .criteria li::before { content: "・"; }
footer { font-size: 8pt; color: #444; margin-top: 12pt; }
"""
_HIDE_RUBY = "rt { display: none; }"
_FOOTER = "学習用の教材です。投資助言ではありません。数字の出典はアプリの「データと出典」ページにあります。"

# The suggested writing time, each a whole literal so that ふりがな reads 分 as ふん (the readings file holds
# every text of the code; 分 alone would be read ぶん).
_WRITING_TIME = {3: "（書く時間のめやす：3分）", 4: "（書く時間のめやす：4分）", 5: "（書く時間のめやす：5分）",
                 6: "（書く時間のめやす：6分）", 7: "（書く時間のめやす：7分）", 8: "（書く時間のめやす：8分）",
                 9: "（書く時間のめやす：9分）", 10: "（書く時間のめやす：10分）"}
_EXTRA_LINES = 2  # ruled lines beyond one a minute: room for a slow hand and for crossing out

_KIND_HINT = {"single": "1つえらんで□に○", "multiple": "あてはまるものすべての□に○", "number": "数字で書く"}


def _hint(question: Question) -> str:
    """How to answer on paper; an ordering question says which order its question asks for."""
    return f"{question.order_by}に、□に1から番号を書く" if question.kind == "order" else _KIND_HINT[question.kind]


def _question_html(number: int, question: Question, with_answers: bool) -> str:
    parts = [f'<div class="q"><p><b>Q{number}.</b> {text_html(question.question)}'
             f'<br><small>（{text_html(_hint(question))}）</small></p>']
    if question.kind in ("single", "multiple"):
        items = []
        for option in question.options:
            mark = "◯ " if with_answers and option.correct else ""
            detail = f"<br><small>{text_html(option.explanation)}</small>" if with_answers else ""
            klass = ' class="ok"' if with_answers and option.correct else ""
            items.append(f'<li{klass}><span class="box"></span>{mark}{text_html(option.text)}{detail}</li>')
        parts.append("<ul>" + "".join(items) + "</ul>")
    elif question.kind == "order":
        items = shuffled(question.items, question.id)
        parts.append("<ul>" + "".join(f'<li><span class="box"></span>{text_html(i)}</li>' for i in items) + "</ul>")
    else:
        parts.append(f'<div class="line"></div><small>{text_html("単位: " + question.unit)}</small>' if question.unit
                     else '<div class="line"></div>')
    if with_answers:
        parts.append(f'<p class="ok">{text_html("答え：" + format_answer(question))}</p>')
        if question.explanation:
            parts.append(f"<p><small>{text_html(question.explanation)}</small></p>")
    parts.append("</div>")
    return "".join(parts)


def written_html(written: WrittenQuestion, with_answers: bool) -> str:
    """A 記述 question as a printable block: ruled lines to write on, or (``with_answers``) its model
    answer and what a good answer contains."""
    parts = [f'<div class="q written"><p><b>{text_html("記述")}</b> {text_html(written.question)}']
    if with_answers:
        parts.append(f'</p><p class="ok">{text_html("解答例")}</p><p>{text_html(written.model_answer)}</p>'
                     f'<p class="ok">{text_html("よい答えにふくまれること")}</p><ul class="criteria">'
                     + "".join(f"<li>{text_html(point)}</li>" for point in written.criteria) + "</ul>")
    else:
        time = _WRITING_TIME.get(written.minutes, f"（書く時間のめやす：{written.minutes}分）")
        parts.append(f'<br><small>{text_html("自分のことばで書きましょう。")}{text_html(time)}</small></p>'
                     + '<div class="rule"></div>' * (written.minutes + _EXTRA_LINES))
    parts.append("</div>")
    return "".join(parts)


def questions_html(questions: list[Question], with_answers: bool = False, first: int = 1) -> str:
    """The questions as printable blocks numbered from ``first`` (also used by a lesson's print view)."""
    return "".join(_question_html(n, q, with_answers) for n, q in enumerate(questions, start=first))


def worksheet_html(title: str, questions: list[Question], with_answers: bool = False, furigana: bool = False,
                   written: Sequence[WrittenQuestion] = ()) -> str:
    """A complete, self-contained HTML page: the worksheet, or its answer key (with readings shown if ``furigana``).
    The questions come first, then the 記述 questions ``written`` (a lesson's sheet has its lesson's)."""
    kind = "解答と解説" if with_answers else "ワークシート"
    body = questions_html(questions, with_answers) + "".join(written_html(w, with_answers) for w in written)
    heading = text_html(title + "（" + kind + "）")
    meta = text_html("DeepSeekショックを、やさしく読む ・ 名前")
    return (
        f'<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>{escape_text(title)}（{kind}）</title>'
        f"<style>{_STYLE}{'' if furigana else _HIDE_RUBY}</style></head><body><h1>{heading}</h1>"
        f'<div class="meta">{meta} <span class="name"></span></div>{body}<footer>{text_html(_FOOTER)}</footer>'
        "</body></html>"
    )
