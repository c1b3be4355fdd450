"""Who is calling and over what, and who may do what: API keys and JWTs, HS256, the local TLS
authority; accounts that cannot be forged, the admin API's owner, where callbacks may go."""
