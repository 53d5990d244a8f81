"""The side panels beside the columns: the selected claim's versions, and what only one source has."""
