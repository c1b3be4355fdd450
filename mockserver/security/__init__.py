"""Who may do what: accounts that cannot be forged, the admin API's owner, where callbacks go."""
