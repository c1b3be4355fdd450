"""The engine that reads requests the way the spec says: values and field paths (``values``),
each model's limits (``models``), the checks (``rules``) and what Kling ignores or coerces first
(``leniency``). The mock imports it as ``spec.engine``; the generated client ships the package
whole as ``kling_client._engine``, so both reach the same verdict in the same words. Standard
library only, relative imports only.
"""
