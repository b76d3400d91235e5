"""The ``nqparse`` command: ``main`` builds the group, one module a command, ``common`` the shared parts."""
