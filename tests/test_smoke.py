"""The package imports and says which version it is."""

import canvas_app


def test_package_has_a_version_string():
    assert isinstance(canvas_app.__version__, str)
    assert canvas_app.__version__
