"""The web server in front of gunicorn (docker/nginx.conf, the `proxy` service of
docker-compose.yml), read against the production settings as the image loads them: nginx serves
/media/ (public media that pages link) from the folder Django writes MEDIA_ROOT to, and sends a
private file only through an `internal` location that Django's X-Accel-Redirect names."""

import http.server
import json
import os
import re
import shutil
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from core import private_files
from h5p.views import FILE_CSP
from tests.lms.test_production_settings import (
    BASE_DIR,
    manage,
    production_env,
    random_secret_key,
    read_env_example,
)

NGINX = (BASE_DIR / "docker" / "nginx.conf").read_text(encoding="utf-8")
COMPOSE = (BASE_DIR / "docker-compose.yml").read_text(encoding="utf-8")
DOCKERFILE = (BASE_DIR / "Dockerfile").read_text(encoding="utf-8")

SHOW = """
import json
from django.conf import settings
from django.urls import Resolver404, resolve
try:
    media_view = resolve("/media/certificates/x.pdf").func.__module__
except Resolver404:
    media_view = None
print(json.dumps({
    "DEBUG": settings.DEBUG,
    "MEDIA_ROOT": str(settings.MEDIA_ROOT),
    "PRIVATE_MEDIA_ROOT": str(settings.PRIVATE_MEDIA_ROOT),
    "H5P_ROOT": str(settings.H5P_ROOT),
    "PRIVATE_FILES_ACCEL_PREFIX": settings.PRIVATE_FILES_ACCEL_PREFIX,
    "media_view": media_view,
}))
"""


def image_env() -> dict[str, str]:
    """The variables the image's ENV sets (Dockerfile)."""
    return dict(re.findall(r"\b(DJANGO_\w+)=(/\S+)", DOCKERFILE))


def locations() -> dict[str, str]:
    """Each `location` of nginx.conf and its body (nested blocks included)."""
    found = {}
    for match in re.finditer(r"location\s+(?:~\*\s+)?(\S+)\s*\{", NGINX):
        depth, end = 1, match.end()
        while depth:
            depth += {"{": 1, "}": -1}.get(NGINX[end], 0)
            end += 1
        found[match[1]] = NGINX[match.end() : end - 1]
    return found


def directive(body: str, name: str) -> str | None:
    match = re.search(rf"^\s*{name}\s+([^;]+);", body, re.MULTILINE)
    return match[1].strip() if match else None


def service_volumes(service: str) -> dict[str, str]:
    """Volume name → path inside the container, for one service of docker-compose.yml."""
    block = re.search(rf"^  {service}:\n((?:    .*\n|\n)+)", COMPOSE, re.MULTILINE)
    assert block, service
    mounts = re.findall(r"^      - ([\w-]+):(/[^:\s]+)", block[1], re.MULTILINE)
    return dict(mounts)


@pytest.fixture(scope="module")
def production(tmp_path_factory):
    """The documented .env (docker-compose.yml's env_file) over the image's ENV."""
    folder = tmp_path_factory.mktemp("production")
    env = production_env(
        folder,
        **{
            **image_env(),
            **read_env_example(),
            "DJANGO_SECRET_KEY": random_secret_key(),
            "DATABASE_URL": f"sqlite:///{folder / 'production.sqlite3'}",
        },
    )
    result = manage("shell", "-c", SHOW, env=env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_django_does_not_serve_media_in_production_nginx_does(production):
    assert production["DEBUG"] is False
    assert production["media_view"] != "django.views.static"
    media = locations()["/media/"]
    assert "internal" not in media
    # nginx's /media/ is the very folder the web container writes MEDIA_ROOT to.
    volume = {path: name for name, path in service_volumes("web").items()}[production["MEDIA_ROOT"]]
    assert directive(media, "alias") == service_volumes("proxy")[volume].rstrip("/") + "/"


def test_private_files_are_not_under_media_root(production):
    media = Path(production["MEDIA_ROOT"])
    for root in (production["PRIVATE_MEDIA_ROOT"], production["H5P_ROOT"]):
        assert not Path(root).is_relative_to(media), root


@pytest.mark.parametrize(("name", "root"), [("files", "PRIVATE_MEDIA_ROOT"), ("h5p", "H5P_ROOT")])
def test_private_files_are_sent_only_through_an_internal_location(production, name, root):
    """core.private_files names `<prefix><name>/<path under the root>`: that location must be
    internal (a request for it is a 404) and alias the volume mounted at the root in web."""
    prefix = production["PRIVATE_FILES_ACCEL_PREFIX"]
    assert prefix.startswith("/") and prefix.endswith("/")
    body = locations()[f"{prefix}{name}/"]
    assert re.search(r"^\s*internal;", body, re.MULTILINE)
    volume = {path: v for v, path in service_volumes("web").items()}[production[root]]
    mount = service_volumes("proxy")[volume]
    assert directive(body, "alias") == mount.rstrip("/") + "/"
    assert f"{volume}:{mount}:ro" in COMPOSE  # nginx reads, never writes
    # No public location reaches the same folder.
    for path, other in locations().items():
        if "internal" not in other:
            assert not (directive(other, "alias") or "").startswith(mount), path


def test_h5p_files_keep_their_policy_behind_nginx():
    """Django's Content-Security-Policy does not survive an X-Accel-Redirect: nginx adds it."""
    body = locations()["/_private/h5p/"]
    assert f'add_header Content-Security-Policy "{FILE_CSP}" always;' in body
    assert "add_header X-Content-Type-Options nosniff always;" in body


def test_static_files_are_in_the_proxy_image():
    assert directive(locations()["/static/"], "alias") == "/srv/static/"
    assert "COPY --from=app /app/staticfiles /srv/static" in DOCKERFILE
    assert "COPY docker/nginx.conf /etc/nginx/conf.d/" in DOCKERFILE
    assert "target: proxy" in COMPOSE
    assert re.search(r'"127\.0\.0\.1:8000:8080"', COMPOSE)
    assert re.search(r"listen 8080;", NGINX)


NGINX_BINARY = shutil.which("nginx") or (
    "/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None
)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def gunicorn_stand_in():
    """Answers each path with the response set for it, as Django would behind nginx."""
    answers: dict[str, tuple[int, dict[str, str]]] = {}

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            status, headers = answers.get(self.path, (404, {}))
            self.send_response(status)
            for name, value in {**headers, "Content-Length": "0"}.items():
                self.send_header(name, value)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server.server_address[1], answers
    server.shutdown()


@pytest.fixture
def nginx(tmp_path, gunicorn_stand_in):
    """docker/nginx.conf in a real nginx, its /srv/ folders in tmp_path, `web` the stand-in."""
    if NGINX_BINARY is None:
        pytest.fail("nginx is missing: `make test` installs it (apt-get install nginx-light).")
    backend, answers = gunicorn_stand_in
    port = free_port()
    srv = tmp_path / "srv"
    for folder in ("static", "media", "private", "h5p"):
        (srv / folder).mkdir(parents=True)
    server = (
        NGINX.replace("server web:8000;", f"server 127.0.0.1:{backend};")
        .replace("listen 8080;", f"listen 127.0.0.1:{port};")
        .replace("/srv/", f"{srv}/")
    )
    temp = tmp_path / "temp"
    temp.mkdir()
    main = tmp_path / "nginx.conf"
    main.write_text(
        ("user root;\n" if os.geteuid() == 0 else "")
        + f"daemon off;\npid {tmp_path}/nginx.pid;\nerror_log {tmp_path}/error.log;\n"
        + "events {}\nhttp {\ninclude /etc/nginx/mime.types;\naccess_log off;\n"
        + "".join(
            f"{kind}_temp_path {temp}/{kind};\n"
            for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
        )
        + server
        + "\n}\n"
    )
    check = subprocess.run(
        [NGINX_BINARY, "-t", "-c", str(main), "-p", str(tmp_path)], capture_output=True, text=True
    )
    assert check.returncode == 0, check.stderr
    process = subprocess.Popen([NGINX_BINARY, "-c", str(main), "-p", str(tmp_path)])
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(f"{base}/static/", timeout=1)
        except urllib.error.HTTPError:
            break  # it answers
        except OSError:
            time.sleep(0.05)
    yield {"base": base, "srv": srv, "answers": answers}
    process.terminate()
    process.wait(timeout=10)


def fetch(url: str) -> tuple[int, dict[str, str], bytes]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def test_nginx_serves_public_media_and_private_files_only_after_django(nginx, settings):
    srv, base, answers = nginx["srv"], nginx["base"], nginx["answers"]
    settings.PRIVATE_MEDIA_ROOT = srv / "private"
    settings.H5P_ROOT = srv / "h5p"
    settings.PRIVATE_FILES_ACCEL_PREFIX = "/_private/"
    (srv / "media" / "webinars").mkdir()
    (srv / "media" / "webinars" / "ky.vtt").write_text("WEBVTT\n")
    (srv / "private" / "certificates").mkdir()
    pdf = srv / "private" / "certificates" / "Zq8-random.pdf"
    pdf.write_bytes(b"%PDF-1.7 a survivor's certificate")
    (srv / "h5p" / "libraries" / "H5P.X-1.0").mkdir(parents=True)
    (srv / "h5p" / "libraries" / "H5P.X-1.0" / "x.js").write_text("var x = 1;\n")

    # What Django answers once it has checked who asks (core.private_files).
    for path, file, kwargs in (
        ("/download", pdf, {"filename": "KG-1.pdf", "as_attachment": True}),
        ("/h5p-file", srv / "h5p" / "libraries" / "H5P.X-1.0" / "x.js", {}),
    ):
        response = private_files.send(file, **kwargs)
        answers[path] = (200, dict(response.items()))
    answers["/refused"] = (403, {})

    status, headers, body = fetch(f"{base}/media/webinars/ky.vtt")
    assert (status, headers["Content-Type"], body) == (200, "text/vtt", b"WEBVTT\n")
    # A private file: never by its address, only when Django names it.
    for guess in (
        "/_private/files/certificates/Zq8-random.pdf",
        "/media/../private/certificates/Zq8-random.pdf",
    ):
        assert fetch(base + guess)[0] == 404, guess
    assert fetch(f"{base}/media/certificates/Zq8-random.pdf")[0] == 404
    assert fetch(f"{base}/refused")[0] == 403

    status, headers, body = fetch(f"{base}/download")
    assert status == 200 and body == pdf.read_bytes()
    assert headers["Content-Type"] == "application/pdf"
    assert headers["Content-Disposition"] == 'attachment; filename="KG-1.pdf"'
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert "X-Accel-Redirect" not in headers

    status, headers, body = fetch(f"{base}/h5p-file")
    assert status == 200 and body == b"var x = 1;\n"
    assert headers["Content-Security-Policy"] == FILE_CSP
