"""``nqparse track``: defined with the other database commands in ``cli/db.py``."""

from .db import track as command

__all__ = ["command"]
