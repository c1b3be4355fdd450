"""Injected failure: the fault plan, the quirks that bend answers, retired models."""
