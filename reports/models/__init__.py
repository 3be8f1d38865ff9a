from reports.models.monthly import MonthlyReport

__all__ = ["MonthlyReport"]
