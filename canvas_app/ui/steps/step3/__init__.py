"""Step 3 — KPIs and roadmap: the page (``kpis.py``) and the models only it uses."""
