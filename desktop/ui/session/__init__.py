"""Sessions in the window: the .synoptic file of the comparison on screen (controller), the File menu's session
actions (menu), File → Open Recent (recent_files) and the embedding cache a run uses (run_cache)."""
