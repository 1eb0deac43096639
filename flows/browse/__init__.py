"""`conflict-events browse`: a local web app to browse, filter and verify events (docs/browse.md)."""
