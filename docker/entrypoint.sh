#!/bin/sh
# Entry point of the Tendik image (web, worker and beat). With DJANGO_MIGRATE_ON_START=1 (set
# for the web service in docker-compose.yml) it applies the database migrations first; then it
# runs the command it was given (gunicorn by default), replacing this shell so that the command
# receives Docker's stop signal.
set -eu

if [ "${DJANGO_MIGRATE_ON_START:-0}" = "1" ]; then
    python manage.py migrate --noinput
fi

exec "$@"
