"""The production settings, loaded as production loads them: in a fresh process with
DJANGO_SETTINGS_MODULE=lms.settings.production. `check --deploy` must be clean, and the settings
must refuse to load without a real secret key."""

import os
import re
import secrets
import string
import subprocess
import sys
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parents[2]
ENV_EXAMPLE = BASE_DIR / ".env.example"


def random_secret_key(length: int = 64) -> str:
    alphabet = string.ascii_letters + string.digits
    return "".join(secrets.choice(alphabet) for _ in range(length))


def read_env_example() -> dict[str, str]:
    values = {}
    for line in ENV_EXAMPLE.read_text(encoding="utf-8").splitlines():
        match = re.fullmatch(r"([A-Z][A-Z0-9_]*)=(.*)", line)
        if match:
            values[match[1]] = match[2]
    return values


def manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )


def production_env(tmp_path: Path, **variables: str) -> dict[str, str]:
    """This process's environment (pytest-django set DJANGO_SETTINGS_MODULE to the test
    settings; CI may set DATABASE_URL), with the production settings and a throwaway database."""
    env = dict(os.environ)
    # The browser tests allow the ORM beside Playwright's event loop; production never does.
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    env.update(
        DJANGO_SETTINGS_MODULE="lms.settings.production",
        DJANGO_SECRET_KEY=random_secret_key(),
        DATABASE_URL=f"sqlite:///{tmp_path / 'production-check.sqlite3'}",
    )
    env.update(variables)
    return env


@pytest.mark.skipif(
    (BASE_DIR / ".env").exists(),
    reason="a local .env may override the production defaults this test checks",
)
def test_check_deploy_is_clean_with_only_a_secret_key(tmp_path):
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=production_env(tmp_path))

    assert result.returncode == 0, result.stdout + result.stderr


def test_check_deploy_is_clean_with_the_documented_environment(tmp_path):
    documented = read_env_example()
    # The documented values, which also win over anything a local .env would supply.
    env = production_env(
        tmp_path,
        **{
            **documented,
            "DJANGO_SECRET_KEY": random_secret_key(),
            "DATABASE_URL": f"sqlite:///{tmp_path / 'production-check.sqlite3'}",
        },
    )

    result = manage("check", "--deploy", "--fail-level", "WARNING", env=env)

    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    "secret_key",
    ["", "too-short", "dev-only-insecure-key-do-not-use-in-production"],
    ids=["empty", "short", "development-default"],
)
def test_settings_refuse_to_load_without_a_real_secret_key(tmp_path, secret_key):
    # Set, not removed: base.py reads BASE_DIR/.env without overwriting what is already set, so
    # an empty value keeps a local .env from supplying a key.
    env = production_env(tmp_path, DJANGO_SECRET_KEY=secret_key)

    result = manage("check", env=env)

    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr


def test_env_example_documents_every_variable_the_settings_read():
    settings_source = "\n".join(
        path.read_text(encoding="utf-8") for path in (BASE_DIR / "lms" / "settings").glob("*.py")
    )
    read = set(re.findall(r"\benv(?:\.\w+)?\(\s*[\"']([A-Z][A-Z0-9_]*)[\"']", settings_source))

    assert read, "found no env(...) calls in lms/settings"
    assert read - set(read_env_example()) == set()
