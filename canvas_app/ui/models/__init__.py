"""Qt item models: thin adapters over the plan (each checked with qtmodeltester)."""
