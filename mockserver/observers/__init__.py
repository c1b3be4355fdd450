"""Observers of finished exchanges: the journal, spec coverage, the client's behaviour."""
