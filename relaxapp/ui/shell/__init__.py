"""The window and what runs it: the app's start, the main window and its table of pages,
the menus, the settings and how the window follows them, the welcome, reminders and
desktop notices, a second start handed to the first, the sessions folder watched, and the
person's own session files."""
