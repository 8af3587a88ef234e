"""The practice log on SQLite (sqlite-utils). Never imports Qt."""
