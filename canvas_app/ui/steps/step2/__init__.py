"""Step 2 — customers, value, channels, differentiation: the page (``customers.py``)
and its parts, one tab each, with the models only they use."""
