"""A thread's page with 10, 200 and 1,000 replies: queries per page (the first and the last),
and the bytes a browser is sent for the first page (HTML and the site's stylesheet, as they
leave the server and gzipped as nginx sends them). The queries must be equal at every size,
and the page of a 200-reply thread at most 60 KB.

    .venv/bin/python bench/thread.py

Runs on a throwaway test database (SQLite in memory, or DATABASE_URL's server)."""

import gzip
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.settings.test")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402

# A reply as long as the demo's: two or three sentences, a link now and then.
REPLY = (
    "Биздин айылдык кеңеште да ушундай болгон: аялдар жыйынга келишет, бирок сөз сүйлөбөй "
    "отурушат. Биз алгач чакан топтордо талкуулап, андан кийин бир өкүлдү сүйлөтө баштадык. "
    "Бул [колдонмодо](https://example.org/guide) жакшы жазылган."
)


def page_bytes(client, url: str) -> tuple[int, int]:
    body = client.get(url).content
    return len(body), len(gzip.compress(body, 6))


def queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def main() -> int:
    setup_test_environment()
    connection.creation.create_test_db(verbosity=0, autoclobber=True)
    from django.contrib.auth.models import Group

    from discussions.markdown import render
    from discussions.models import Post, Space
    from discussions.services import thread_create
    from people.models import User

    learners = Group.objects.get(name="Learner")
    people = []
    for n in range(5):
        person = User.objects.create_user(
            email=f"bench{n}@example.kg", password="x", full_name=f"Айгүл Токтосунова {n}"
        )
        person.groups.add(learners)
        people.append(person)
    space = Space.objects.create(title="Аял лидерлер: тажрыйба алмашуу")
    client = Client()
    client.force_login(people[1])
    css = (Path(settings.BASE_DIR) / "lms/static/css/site.css").read_bytes()
    css_gzip = len(gzip.compress(css, 6))
    print(f"stylesheet: {len(css):,} B, gzipped {css_gzip:,} B (cached after the first page)")
    results = {}
    for size in (10, 200, 1000):
        thread = thread_create(
            space=space, author=people[0], title=f"Тема {size}", body="Кантип баштайбыз?"
        )
        Post.objects.bulk_create(
            Post(
                thread=thread,
                author=people[n % 5],
                body=REPLY,
                html=render(REPLY),
            )
            for n in range(size)
        )
        url = f"/ky/community/threads/{thread.pk}/"
        client.get(url)  # the site's caches filled
        pages = (size + 1 + 49) // 50
        first, last = queries(client, url), queries(client, f"{url}?page={pages}")
        raw, zipped = page_bytes(client, url)
        results[size] = (first, last)
        print(
            f"{size:>5} replies: {first} queries (first page), {last} (last page, {pages}); "
            f"first page {raw:,} B, gzipped {zipped:,} B; with the stylesheet "
            f"{(raw + len(css)) / 1024:.1f} KB, gzipped {(zipped + css_gzip) / 1024:.1f} KB"
        )
    flat = len({q for pair in results.values() for q in pair}) == 1
    print("queries flat:", "yes" if flat else f"NO {results}")
    return 0 if flat else 1


if __name__ == "__main__":
    sys.exit(main())
