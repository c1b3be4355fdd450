"""What every layer shares: settings, the spec index, the store, the clock, business errors."""
