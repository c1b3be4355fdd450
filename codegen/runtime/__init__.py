"""Static runtime modules shipped verbatim into the generated client."""
