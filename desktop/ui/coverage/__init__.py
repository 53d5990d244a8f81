"""The coverage grid, "Who says what": its claims × sources model and filter (model) and the panel
that shows them (panel)."""
