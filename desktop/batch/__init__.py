"""`synoptic batch`: the engine run over a whole folder of reports on Dask (stories found automatically).

discover (inputs, manifests) → tasks (read and profile a report; compare a story: plain functions a worker
runs) → plan (stories from engine.stories clusters or a manifest, named and keyed by content) → run (the
Dask rounds, resume, streaming to OUTDIR) → output (files in OUTDIR; index.sqlite through desktop.store).
No Qt here.
"""
