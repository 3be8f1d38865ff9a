"""What the discussions keep about her, for her data file: her posts (the text she wrote, in
which thread, their state) and her choice of emails."""

from discussions.models import Post, Preference


def posts(person):
    return Post.objects.filter(author=person).values(
        "thread__title", "body", "visibility", "moderator_note", "created_at", "edited_at"
    )


def preferences(person):
    return Preference.objects.filter(member=person).values("frequency", "digest_sent_at")
