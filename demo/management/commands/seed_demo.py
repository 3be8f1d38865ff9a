"""Seed a demo site a newcomer can walk through. Running it again changes nothing."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from demo.seed.certificates import seed_certificate_template, seed_cohort_certificates
from demo.seed.community import seed_community, seed_reports
from demo.seed.courses import seed_courses
from demo.seed.discussions import seed_discussions
from demo.seed.h5p import seed_h5p
from demo.seed.home import seed_home_pages
from demo.seed.library import seed_library
from demo.seed.mentoring import seed_mentoring
from demo.seed.people import ACCOUNTS, DEMO_PASSWORD, seed_people
from demo.seed.programmes import seed_programmes
from demo.seed.quizzes import seed_quizzes
from demo.seed.trainings import seed_trainings
from demo.seed.webinars import seed_webinars


class Command(BaseCommand):
    help = "Create the demo content and accounts (idempotent). Refuses to run with DEBUG off."

    def add_arguments(self, parser):
        parser.add_argument(
            "--force", action="store_true", help="Run even with DEBUG off (never in production)."
        )
        parser.add_argument("--accounts", action="store_true", help="Only print the demo accounts.")

    def handle(self, *args, force=False, accounts=False, **options):
        if not settings.DEBUG and not force:
            raise CommandError("The demo has a public password: run it with DEBUG on, or --force.")
        if not accounts:
            seed_home_pages()
            people = seed_people()
            seed_certificate_template()
            courses = seed_courses()
            quizzes = seed_quizzes()
            if seed_h5p() is None:
                self.stdout.write(
                    "No H5P activity: the shared H5P samples are not on this machine."
                )
            webinars = seed_webinars(out=self.stdout.write)
            sessions = seed_trainings()
            programmes = seed_programmes()
            seed_cohort_certificates()
            # Before the community's sanctions: Бермет wrote in the course's discussion before
            # her suspension.
            spaces = seed_discussions()
            seed_community()
            resources = seed_library()
            agreements = seed_mentoring()
            seed_reports()
            self.stdout.write(
                self.style.SUCCESS(
                    f"Demo ready: {len(people)} accounts, {len(courses)} courses, "
                    f"{len(quizzes)} quizzes, {len(webinars)} webinars, "
                    f"{len(sessions)} training sessions, {len(programmes)} programmes, "
                    f"{len(spaces)} discussion spaces, {len(resources)} library resources, "
                    f"{len(agreements)} mentoring agreements."
                )
            )
        self.print_accounts()

    def print_accounts(self):
        self.stdout.write(f"\nDemo accounts (password for all: {DEMO_PASSWORD})")
        for account in ACCOUNTS:
            self.stdout.write(
                f"  {account['role']:<14} {account['email']:<32} {account['full_name']}"
            )
