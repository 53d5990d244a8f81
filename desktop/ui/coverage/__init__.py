"""The coverage grid, "Coverage: who says what": its claims × sources model and filter (model) and the panel
that shows them (panel)."""
