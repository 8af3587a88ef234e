"""The dialogs: settings, practice logged by hand, the doctor's report, and yes-or-cancel
questions."""
