"""The validate feature: schema, span and content rules over results (``nqparse validate``)."""
