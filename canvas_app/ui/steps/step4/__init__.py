"""Step 4 — review cycle: the page (``review.py``) and the models only it uses."""
