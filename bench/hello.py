"""The benchmark's floor: the smallest Streamlit app with a page at / and one at /page.

A deep link (/page) costs every multipage Streamlit app more than / does: its frontend first asks for
/page/_stcore/health, gets 404, waits 100 ms and asks /_stcore/health. So the app's / is measured
against this app's / and every other URL against /page.
"""

import streamlit as st


def hello() -> None:
    st.title("Hello")


# No menu of pages: Streamlit's own would open the sidebar and push the line aside as it loads.
st.navigation([st.Page(hello, title="Hello", default=True),
               st.Page(hello, title="Hello", url_path="page")], position="hidden").run()
