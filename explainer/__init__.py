"""Shared logic of the DeepSeek-shock explainer: content, data, search, charts and page templates.

Pages in ``pages/`` stay thin and call into this package.
"""
