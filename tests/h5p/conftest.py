import pytest


@pytest.fixture(autouse=True)
def _store_in_tmp(h5p_store):
    """Every H5P test writes its store into its own temporary folder."""
