"""kling-contract's spec compiler: reads spec/ and renders the typed client into generated/."""
