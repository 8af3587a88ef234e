"""What the history page and the doctor's report read from the log, as typed values
(relaxapp.core.history: Day, SessionPoint, SymptomEvent, ScriptRelief; the report's
ReportData). The queries themselves are the storage layer's (relaxapp.storage.history):
each takes the open log first, and raises StoreError when it cannot be read."""

from relaxapp.storage.history import (any_heart, days, first_day, heart_points, kinds,
                                      region_averages, region_days, relief_by_script,
                                      session_points, symptom_events)
from relaxapp.storage.report import gather as report_data

__all__ = ["any_heart", "days", "first_day", "heart_points", "kinds", "region_averages",
           "region_days", "relief_by_script", "report_data", "session_points", "symptom_events"]
