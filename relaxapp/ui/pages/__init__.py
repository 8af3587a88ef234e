"""The pages the window shows, one module each: Today, the library, a session's start page,
the player, the after page, the history, the editor and About."""
