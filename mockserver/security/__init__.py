"""Who is calling and over what: API keys and JWTs, HS256, the local TLS authority."""
