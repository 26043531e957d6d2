"""Strategy Canvas (戦略キャンバス): connect marketing to the business's goals in four steps."""

__version__ = "0.1.0"
