"""What the pages are built of: shared small widgets (common), the theme, the body map, the
breathing shape, a session's pattern, and the history's chart kit."""
