"""Tests of canvas_app.calc (pure calculations, no Qt)."""
