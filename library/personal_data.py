"""The resources she shared, for her data file: what she wrote, their state, when she
confirmed her right to share each."""

from library.models import Resource


def resources(person):
    return Resource.objects.filter(author=person).values(
        "title",
        "description",
        "language",
        "topic__name_ky",
        "file_name",
        "link",
        "visibility",
        "moderator_note",
        "created_at",
        "rights_confirmed_at",
    )
