import pytest


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    """Images and files the seeders store go to a folder of the test's own."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    return settings.MEDIA_ROOT
