"""The reading area: one column per source (rendered text, header, overview strip), the ribbons between
columns, scrolling in step, the word-level counterparts lit on hover, and the columns' order (``source_order``)."""
