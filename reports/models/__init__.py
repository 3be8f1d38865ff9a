from reports.models.monthly import MonthlyReport
from reports.models.rollup import Rollup
from reports.models.saved import SavedReport

__all__ = ["MonthlyReport", "Rollup", "SavedReport"]
