"""What members can report: each community app registers its moderated models under a kind
("discussions.post", "library.resource"), and moderation finds them by that name."""

_KINDS: dict[str, type] = {}


def reportable(kind: str):
    """Class decorator: `@reportable("discussions.post")` on a `community.models.Moderated`."""

    def register(model):
        _KINDS[kind] = model
        model.report_kind = kind
        return model

    return register


def model_for(kind: str):
    """The model registered under `kind`, or None."""
    return _KINDS.get(kind)


def kinds() -> dict[str, type]:
    return dict(_KINDS)
