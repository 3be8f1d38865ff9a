# One image for the web server, the Celery worker and Celery beat (docker-compose.yml picks
# the command), and the nginx image in front of them (target `proxy`). Build:
#   docker build --target app -t tendik .
#   docker build --target proxy -t tendik-proxy .

# What the project takes from npm (frontend/package-lock.json): the H5P player and the certificate
# fonts. h5p-standalone's install script demands yarn and builds nothing we need, hence
# --ignore-scripts.
FROM node:20-bookworm-slim AS frontend
WORKDIR /frontend
COPY frontend/package.json frontend/package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund --loglevel=error

FROM python:3.11-slim-bookworm AS app

ENV PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_ROOT_USER_ACTION=ignore \
    UV_COMPILE_BYTECODE=1 \
    UV_LINK_MODE=copy \
    UV_PYTHON_DOWNLOADS=never \
    UV_NO_CACHE=1

# WeasyPrint 70 loads Pango, PangoFT2, HarfBuzz (with its subsetter) and fontconfig through
# cffi; gettext gives msgfmt for compilemessages. Certificates use the project's own fonts
# (from the frontend stage), never the system's.
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        libpango-1.0-0 \
        libpangoft2-1.0-0 \
        libharfbuzz-subset0 \
        libfontconfig1 \
        shared-mime-info \
        gettext \
    && rm -rf /var/lib/apt/lists/*

RUN pip install uv==0.13.9

WORKDIR /app

# Dependencies first, so that a code change does not reinstall them.
COPY pyproject.toml uv.lock ./
RUN uv sync --frozen --no-dev --no-install-project

COPY . .
COPY --from=frontend /frontend/node_modules /app/frontend/node_modules
RUN uv sync --frozen --no-dev

ENV PATH="/app/.venv/bin:$PATH" \
    DJANGO_SETTINGS_MODULE=lms.settings.production \
    DJANGO_STATIC_ROOT=/app/staticfiles \
    DJANGO_MEDIA_ROOT=/app/media \
    DJANGO_PRIVATE_MEDIA_ROOT=/app/var/private \
    CELERY_BROKER_FOLDER=/app/var/broker \
    WEB_CONCURRENCY=3

# Translations and static files are built into the image. The secret key here is a throwaway
# that exists only for this RUN line (production.py refuses to load without one); it is not
# kept in any ENV. compilemessages needs a locale folder to exist (`mkdir -p` is a no-op when
# the project has one) and skips .venv: the packages ship their catalogues compiled.
RUN mkdir -p locale \
    && DJANGO_SECRET_KEY="build-only-$(python -c 'import secrets; print(secrets.token_urlsafe(50))')" \
       sh -c 'python manage.py compilemessages --ignore=.venv \
              && python manage.py collectstatic --noinput'

# Run as an unprivileged user. The code stays owned by root (read-only for the app); only the
# media folder (a volume in docker-compose.yml), var/ (beat's schedule; var/private: certificate
# PDFs and print jobs, and var/h5p: the H5P store, two more volumes) and the user's home (gunicorn's control socket, fontconfig's cache)
# are writable.
RUN groupadd --system --gid 1000 tendik \
    && useradd --system --uid 1000 --gid tendik --create-home --home-dir /home/tendik \
        --shell /usr/sbin/nologin tendik \
    && mkdir -p /app/media /app/var/private /app/var/h5p \
    && chown tendik:tendik /app/media /app/var /app/var/private /app/var/h5p \
    && chmod 0755 /app/docker/entrypoint.sh
USER tendik

EXPOSE 8000

# The web container's health (database and broker reachable); docker-compose.yml replaces it
# for the worker and beat, which serve no HTTP.
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
    CMD ["/app/.venv/bin/python", "/app/docker/healthcheck.py"]

ENTRYPOINT ["/app/docker/entrypoint.sh"]
CMD ["gunicorn", "lms.wsgi", "--bind", "0.0.0.0:8000", "--access-logfile", "-", \
     "--logger-class", "lms.accesslog.AccessLogger", \
     "--timeout", "60", "--max-requests", "1000", "--max-requests-jitter", "100"]

# The web server in front (docker-compose.yml's `proxy`, docker/nginx.conf): the static files
# collected above, public media and, by internal redirect, private files from the volumes.
FROM nginx:1.27-alpine AS proxy
RUN rm /etc/nginx/conf.d/default.conf
COPY docker/nginx.conf /etc/nginx/conf.d/tendik.conf
COPY --from=app /app/staticfiles /srv/static
