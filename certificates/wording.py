"""What a certificate says its holder did: a course completed, a webinar attended, a face-to-face
training taken part in or a programme completed, in the
grammatical form for a woman, a man, or neutral wording when the gender is another or unsaid
(Russian verbs in the past take the subject's gender; Kyrgyz and English ones do not, so their
three forms are the same). A template says where it goes with the {achievement} placeholder."""

from django.utils.translation import pgettext

COURSE, WEBINAR, TRAINING, PROGRAMME = "course", "webinar", "training", "programme"


def achievement(kind: str, gender: str) -> str:
    """The sentence, with {course}, {hours} and {date} (and {place} for a training) still to
    fill, in the active language."""
    if kind == TRAINING:
        if gender == "woman":
            return pgettext(
                "certificate, woman",
                "Took part in the training “{course}” held in {place} on {date}, {hours} hours.",
            )
        if gender == "man":
            return pgettext(
                "certificate, man",
                "Took part in the training “{course}” held in {place} on {date}, {hours} hours.",
            )
        return pgettext(
            "certificate, neutral",
            "Took part in the training “{course}” held in {place} on {date}, {hours} hours.",
        )
    if kind == PROGRAMME:
        # The items it rests on are listed under the text (certificate.html), hours summed.
        if gender == "woman":
            return pgettext(
                "certificate, woman",
                "Successfully completed the programme “{course}” ({hours} hours in all) on "
                "{date}, having completed:",
            )
        if gender == "man":
            return pgettext(
                "certificate, man",
                "Successfully completed the programme “{course}” ({hours} hours in all) on "
                "{date}, having completed:",
            )
        return pgettext(
            "certificate, neutral",
            "Successfully completed the programme “{course}” ({hours} hours in all) on "
            "{date}, having completed:",
        )
    if kind == WEBINAR:
        if gender == "woman":
            return pgettext(
                "certificate, woman",
                "Took part in the webinar “{course}” on {date}, {hours} hours.",
            )
        if gender == "man":
            return pgettext(
                "certificate, man", "Took part in the webinar “{course}” on {date}, {hours} hours."
            )
        return pgettext(
            "certificate, neutral", "Took part in the webinar “{course}” on {date}, {hours} hours."
        )
    if gender == "woman":
        return pgettext(
            "certificate, woman",
            "Successfully completed the course “{course}” ({hours} hours) on {date}.",
        )
    if gender == "man":
        return pgettext(
            "certificate, man",
            "Successfully completed the course “{course}” ({hours} hours) on {date}.",
        )
    return pgettext(
        "certificate, neutral",
        "Successfully completed the course “{course}” ({hours} hours) on {date}.",
    )
