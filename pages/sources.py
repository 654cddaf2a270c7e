"""Data and sources page (/sources): every dataset with its source, period and notes, as a table and a CSV download."""

import streamlit as st

from explainer.datasets import DATASETS, load_csv
from explainer.ui import page, rich

with page(
    "データと出典：このアプリの数字はどこから来たか",
    "このアプリの数字は、すべてここにあるデータか、出典と日付を書いた説明から来ています。"
    "数字を自分でたしかめたいときは、表を見るか、CSVファイルをダウンロードしてください。",
):
    for item in DATASETS:
        st.subheader(item.title, anchor=item.file.removesuffix(".csv"))
        rich(item.what)
        st.markdown(f"- ファイル: `{item.file}`\n- 期間: {item.period}")
        for note in item.notes:
            rich(f"注：{note}")
        frame = load_csv(item.file)
        st.caption(f"{len(frame)} 行。いちばん右の列に、行ごとの出典（source）があります。")
        # The table (and Streamlit's 1.2 MB table code) is sent only when the reader opens it.
        box = st.expander(f"表で見る（{item.file}）", key=f"table-{item.file}", on_change="rerun")
        if box.open:
            box.dataframe(frame, hide_index=True, width="stretch")
        st.download_button(f"CSVをダウンロード（{item.file}）", item.path.read_bytes(), file_name=item.file,
                           mime="text/csv", key=f"download-{item.file}")
    rich(
        "記事そのものは、2025年1月の終わりごろ（読者のコメントに「もうすぐ2月」とあります）に書かれた日本語のブログ記事です。ブルームバーグ、"
        "ウォール・ストリート・ジャーナル、東方新報の記事を引用しています（seeds/ フォルダ）。"
    )
