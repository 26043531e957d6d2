"""Tests of canvas_app.model (the pydantic domain model, no Qt)."""
