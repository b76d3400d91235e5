"""``nqparse query``: defined with the other database commands in ``cli/db.py``."""

from .db import query as command

__all__ = ["command"]
