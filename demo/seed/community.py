"""The demo community (demo/content/community.yaml): the guidelines page under the home page in
Kyrgyz with its Russian and English translations, two members' profiles, and two sanctions
given by the demo moderator through community.services (a warning, a suspension), and the
reports waiting in the moderation queue."""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from wagtail.models import Locale, Site

from community import registry
from community.models import CommunityProfile, GuidelinesPage, Report, Sanction
from community.services import profile_for, report_create, sanction_give
from demo import content
from people.models import User

COMMUNITY = content.load("community")
SOURCE = "ky"


def _body(rules: list[dict], intro: dict, language: str) -> str:
    parts = [f"<p>{escape(intro[language])}</p>"]
    for rule in rules:
        parts.append(f"<h2>{escape(rule['heading'][language])}</h2>")
        parts.append(f"<p>{escape(rule['text'][language])}</p>")
    return "".join(parts)


def seed_guidelines() -> dict[str, GuidelinesPage]:
    data = COMMUNITY["guidelines"]
    home = Site.objects.get(is_default_site=True).root_page.specific
    pages: dict[str, GuidelinesPage] = {}
    for language in (SOURCE, "ru", "en"):
        title = data["title"][language]
        body = _body(data["rules"], data["intro"], language)
        if language == SOURCE:
            page = GuidelinesPage.objects.child_of(home).filter(slug=data["slug"]).first()
            if page is None:
                page = GuidelinesPage(
                    slug=data["slug"], title=title, body=body, version=data["version"], live=False
                )
                home.add_child(instance=page)
        else:
            locale = Locale.objects.get(language_code=language)
            page = pages[SOURCE].get_translation_or_none(locale)
            if page is None:
                page = pages[SOURCE].copy_for_translation(locale)
            page = page.specific
        if (
            page.title != title
            or page.body != body
            or page.version != data["version"]
            or not (page.live)
        ):
            page.title = page.draft_title = title
            page.body = body
            page.version = data["version"]
            page.save_revision().publish()
        pages[language] = page
    return pages


def seed_profiles() -> list[CommunityProfile]:
    profiles = []
    for entry in COMMUNITY["profiles"]:
        member = User.objects.get(email=entry["member"])
        language = member.preferred_language or SOURCE
        profile = profile_for(member)
        values = {
            "organisation": entry["organisation"],
            "country": entry["country"][language],
            "expertise": entry["expertise"][language],
            "languages": entry["languages"][language],
            "bio": entry["bio"][language],
        }
        changed = False
        for name, value in values.items():
            if getattr(profile, name) != value or not getattr(profile, f"show_{name}"):
                setattr(profile, name, value)
                setattr(profile, f"show_{name}", True)
                changed = True
        if changed:
            profile.save()
        profiles.append(profile)
    return profiles


def seed_sanctions() -> list[Sanction]:
    moderator = User.objects.get(email="moderator@demo.tendik.kg")
    sanctions = []
    for entry in COMMUNITY["sanctions"]:
        member = User.objects.get(email=entry["member"])
        sanction = Sanction.objects.filter(
            member=member, kind=entry["kind"], created_by=moderator
        ).first()
        if sanction is None:
            until = None
            if entry.get("days"):
                until = timezone.now() + timedelta(days=entry["days"])
            sanction = sanction_give(
                moderator=moderator,
                member=member,
                kind=entry["kind"],
                reason=entry["reason"][member.preferred_language or SOURCE],
                until=until,
            )
        sanctions.append(sanction)
    return sanctions


def seed_reports() -> list[Report]:
    """After the discussions and the library: the reported rows are theirs."""
    reports = []
    for entry in COMMUNITY["reports"]:
        reporter = User.objects.get(email=entry["reporter"])
        item = registry.model_for(entry["kind"]).objects.get(**entry["find"])
        report = Report.objects.filter(
            reporter=reporter, kind=entry["kind"], object_id=item.pk
        ).first()
        if report is None:
            report = report_create(
                reporter=reporter, item=item, reason=entry["reason"], note=entry["note"]
            )
        reports.append(report)
    return reports


@transaction.atomic
def seed_community() -> dict:
    return {
        "guidelines": seed_guidelines(),
        "profiles": seed_profiles(),
        "sanctions": seed_sanctions(),
    }
