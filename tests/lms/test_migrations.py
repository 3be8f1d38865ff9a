"""A migration that names another of our apps' classes depends on that app's migrations.

A StreamField's block definitions are written into the migration (`'quizzes.Quiz'`,
`'h5p.blocks.H5PPackageChooserBlock'`): without the dependency, `migrate` could run the block
change before the model it chooses exists, and the graph would not show that the apps are tied.
"""

import inspect
import re
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.db.migrations.loader import MigrationLoader

# wagtail_localize's first migration asks the database while it loads.
pytestmark = pytest.mark.django_db


def our_labels():
    base = Path(settings.BASE_DIR).resolve()
    return {
        config.label
        for config in apps.get_app_configs()
        if Path(config.path).resolve().parent == base  # not the packages in .venv/
    }


def undeclared(graph, labels):
    """(migration, app it names, apps it depends on) for every missing dependency."""
    naming = re.compile("['\"]({})\\.\\w".format("|".join(sorted(labels))))
    missing = []
    for key, migration in graph.nodes.items():
        app_label, _name = key
        if app_label not in labels:
            continue
        named = set(naming.findall(inspect.getsource(inspect.getmodule(migration)))) - {app_label}
        reached = {app for app, _ in graph.forwards_plan(key)}
        missing += [(key, app, sorted(reached)) for app in sorted(named - reached)]
    return missing


def test_migrations_depend_on_the_apps_they_name():
    graph = MigrationLoader(None, ignore_no_migrations=True).graph
    labels = our_labels()
    assert {"courses", "quizzes", "h5p", "webinars"} <= labels
    assert undeclared(graph, labels) == []


def test_the_check_finds_a_missing_dependency():
    graph = MigrationLoader(None, ignore_no_migrations=True).graph
    # This loader's own graph, with the quiz block's dependency on quizzes cut.
    key = ("courses", "0003_quiz_block")
    node = graph.node_map[key]
    quizzes = graph.node_map[("quizzes", "0001_initial")]
    node.parents.discard(quizzes)
    quizzes.children.discard(node)
    found = {(migration, app) for migration, app, _ in undeclared(graph, {"courses", "quizzes"})}
    assert (key, "quizzes") in found
