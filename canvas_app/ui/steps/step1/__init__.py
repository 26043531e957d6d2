"""Step 1 — strategy linkage: the page (``strategy.py``), its cards, their table columns
and the guidance texts."""
