"""Placeholders the community branch replaces: the guidelines, a sanction, a report, a member."""

from django.http import Http404


def _pending(request, **kwargs):
    raise Http404


guidelines = sanction = report = member = _pending
