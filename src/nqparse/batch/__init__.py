"""The batch feature: folders in parallel, resumable, on a local pool or a Dask cluster (``nqparse batch``)."""
