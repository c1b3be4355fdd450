"""The request pipeline: every API request passes the same stages, listed once, in order."""
