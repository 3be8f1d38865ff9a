"""One way the benches time a call: the median of several runs, with its spread, the queries of
the last run and the size of what it returned (a response's content)."""

import statistics
import time

from django.db import connection
from django.test.utils import CaptureQueriesContext


def timed(label, call, runs=5):
    seconds, counts = [], []
    response = None
    for _ in range(runs):
        with CaptureQueriesContext(connection) as queries:
            begin = time.perf_counter()
            response = call()
            seconds.append(time.perf_counter() - begin)
        counts.append(len(queries))
    if hasattr(response, "status_code"):
        assert response.status_code == 200, (label, response.status_code)
    size = len(response.content) if hasattr(response, "content") else 0
    print(
        f"{label}: median {statistics.median(seconds) * 1000:.0f} ms "
        f"(min {min(seconds) * 1000:.0f}, max {max(seconds) * 1000:.0f}), "
        f"{counts[-1]} queries, {size / 1024:.0f} KB"
    )
    return response
