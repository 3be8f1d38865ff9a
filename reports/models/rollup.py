from django.db import models


class Rollup(models.Model):
    """The raw counts of one report query (reports.rollup): what was asked, what was counted and
    when. Raw: they go through core.suppression on their way to a page, as live counts do."""

    key = models.CharField(max_length=64, unique=True)  # sha256 of `what`
    what = models.JSONField()  # the query: its kind, scope, indicator and dimensions
    counts = models.JSONField(null=True)
    counted_at = models.DateTimeField()
    read_at = models.DateTimeField(db_index=True)

    def __str__(self) -> str:
        return f"{self.what.get('kind')} {self.key[:8]}"
