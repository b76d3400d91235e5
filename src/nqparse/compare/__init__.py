"""The diff feature: two results indicator by indicator (``nqparse diff``, ``nqparse.diff``)."""
