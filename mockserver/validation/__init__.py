"""Request validation: openapi-core and jsonschema-rs, x-kling rules, strict JSON, leniency."""
