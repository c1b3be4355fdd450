"""The ``kling-mock`` command line: serve, proxy, record, coverage, TLS."""
