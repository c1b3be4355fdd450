"""The spec's life cycle: classified diffs, versions and changelogs, lint, upstream drift."""
