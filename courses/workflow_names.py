"""The approval workflow and its task, named in the reader's language.

Wagtail keeps a workflow's and a task's name in one database column, shown as stored: on the
"Submit to …" button, in the status panel, the workflow and task listings, the moderation
dashboard and the emails. The migration (courses 0002) stores the English source text, as the
code does with every other string. When Wagtail loads a workflow or task whose stored name is one
of ours, the instance's name becomes its translation in the language active then; the admin
activates the reader's language before its views load anything, so each screen reads the name in
her language. (A plain string, not a lazy one: Wagtail's `__str__` returns the name.) Before a
save, the name in any language goes back to the stored source text: a coordinator who opens the
workflow in Kyrgyz and saves it keeps it shared by all languages. A name she types herself is
kept, and shown, as typed.

Only names in NAMES are touched; code that looks a workflow up by name queries the column, which
never changes. A log entry keeps the name in the language of the one who acted, as Wagtail wrote
it at the time."""

from django.conf import settings
from django.db.models.signals import post_init, pre_save
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.models import Task, Workflow
from wagtail.workflows import get_task_types

# The stored name (the migration's) -> its translation.
NAMES = {
    "Coordinator approval": _("Coordinator approval"),
    # Wagtail's starter workflow and task, disabled by courses 0002 but still offered by the
    # workflow reports' filters.
    "Moderators approval": _("Moderators approval"),
}


def _source_of(name) -> str | None:
    """The stored name that `name` is, or translates; None for a name of the editor's own."""
    for source, translated in NAMES.items():
        if name == source:
            return source
        for code, _label in settings.LANGUAGES:
            with translation.override(code):
                if name == str(translated):
                    return source
    return None


def translate_name(sender, instance, **kwargs):
    # A deferred name (`.only(...)`) is not in __dict__: nothing to translate yet.
    name = instance.__dict__.get("name")
    if name in NAMES:
        instance.name = str(NAMES[name])


def store_source_name(sender, instance, **kwargs):
    source = _source_of(instance.__dict__.get("name"))
    if source is not None:
        instance.name = source


def connect():
    for model in {Workflow, Task, *get_task_types()}:
        post_init.connect(translate_name, sender=model, dispatch_uid=f"workflow_name_in:{model}")
        pre_save.connect(store_source_name, sender=model, dispatch_uid=f"workflow_name_out:{model}")
