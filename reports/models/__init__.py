from reports.models.monthly import MonthlyReport
from reports.models.saved import SavedReport

__all__ = ["MonthlyReport", "SavedReport"]
