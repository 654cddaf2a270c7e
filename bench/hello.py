"""The benchmark's floor: the smallest Streamlit page, measured next to the app."""

import streamlit as st

st.title("Hello")
