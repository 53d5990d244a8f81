"""The status bar: the legend of the marks (``legend``) and the comparison's progress with Cancel (``progress``)."""
