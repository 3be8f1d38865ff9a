"""The demo home pages: the Kyrgyz one from the migration, translated to Russian and English."""

from django.db import transaction
from wagtail.models import Locale, Site

from home.models import HomePage

HOME = {
    "ky": (
        "Теңдик: гендердик теңчилик үчүн окуу",
        "<p>Теңдик — гендердик теңчилик боюнча онлайн окуу аянтчасы. Бул жерден курстарды окуп, "
        "вебинарларды көрүп, тесттерден өтүп, текшерилүүчү сертификат аласыз.</p>"
        "<p>Курстар кыргыз тилинде жазылып, орус жана англис тилдерине которулат. Айылда, "
        "телефондон, жай интернет менен да окууга ыңгайлуу.</p>",
    ),
    "ru": (
        "Теңдик: обучение для гендерного равенства",
        "<p>Теңдик — платформа онлайн-обучения по гендерному равенству. Здесь вы проходите курсы, "
        "смотрите вебинары, сдаёте тесты и получаете сертификат, который может проверить любой.</p>"
        "<p>Курсы пишутся на кыргызском языке и переводятся на русский и английский. Учиться "
        "удобно и в селе, с телефона, при медленном интернете.</p>",
    ),
    "en": (
        "Tendik: learning for gender equality",
        "<p>Tendik is an online learning platform for gender equality. Take courses, watch "
        "webinars, pass quizzes and earn a certificate anyone can verify.</p>"
        "<p>Courses are written in Kyrgyz and translated into Russian and English. They work "
        "in villages too, on a phone and a slow connection.</p>",
    ),
}


@transaction.atomic
def seed_home_pages() -> list[HomePage]:
    site = Site.objects.get(is_default_site=True)
    source = site.root_page.specific
    pages = []
    for language, (title, intro) in HOME.items():
        locale, _ = Locale.objects.get_or_create(language_code=language)
        page = source.get_translation_or_none(locale)
        if page is None:
            page = source.copy_for_translation(locale)
        page = page.specific
        if page.title != title or page.intro != intro or not page.live:
            page.title = page.draft_title = title
            page.intro = intro
            page.save_revision().publish()
        pages.append(page)
    return pages
