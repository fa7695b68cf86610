"""Demo content of the accessibility app: the accessibility statement, the pages in
Leichte Sprache and Deutscher Gebärdensprache, the Impressum and the
Datenschutzerklärung, in German and English, and the site settings that link them
from every page.

Texts are in :mod:`accessibility.demo_texts`. The sign-language page has no videos:
none could be produced for the demo, so each section shows the text its video will
sign and says that the video is still to come.
"""

from django.utils import timezone

from accessibility import demo_texts as texts
from accessibility.models import AccessibilityStatementPage, EasyLanguagePage, SignLanguagePage
from home.demo import loader
from home.models import ContentPage, SiteSettings

SETTINGS_FIELDS = {
    "easy_language_page": "accessibility.easy_language",
    "sign_language_page": "accessibility.sign_language",
    "accessibility_statement_page": "accessibility.statement",
    "imprint_page": "accessibility.imprint",
    "privacy_page": "accessibility.privacy",
}


def statement_page():
    return AccessibilityStatementPage(
        **texts.STATEMENT,
        compliance=AccessibilityStatementPage.Compliance.PARTIAL,
        non_accessible=texts.non_accessible_blocks(),
        statement_date=timezone.localdate(),
        method=AccessibilityStatementPage.Method.SELF_ASSESSMENT,
    )


@loader(order=60)
def statement(context):
    page = context.page("accessibility.statement", context.home, statement_page)
    if page is not None:
        context.translate(page, texts.STATEMENT_EN)


@loader(order=61)
def easy_language(context):
    page = context.page(
        "accessibility.easy_language",
        context.home,
        lambda: EasyLanguagePage(
            **texts.EASY_LANGUAGE, body=texts.body(texts.EASY_LANGUAGE_SECTIONS)
        ),
    )
    if page is not None:
        context.translate(page, texts.EASY_LANGUAGE_EN)


@loader(order=62)
def sign_language(context):
    page = context.page(
        "accessibility.sign_language",
        context.home,
        lambda: SignLanguagePage(**texts.SIGN_LANGUAGE, videos=texts.sign_language_blocks()),
    )
    if page is not None:
        context.translate(page, texts.SIGN_LANGUAGE_EN)


@loader(order=63)
def legal_pages(context):
    for key, spec, sections, catalogue in (
        ("accessibility.imprint", texts.IMPRINT, texts.IMPRINT_SECTIONS, texts.IMPRINT_EN),
        ("accessibility.privacy", texts.PRIVACY, texts.PRIVACY_SECTIONS, texts.PRIVACY_EN),
    ):
        page = context.page(
            key,
            context.home,
            lambda spec=spec, sections=sections: ContentPage(**spec, body=texts.body(sections)),
        )
        if page is not None:
            context.translate(page, catalogue)


@loader(order=64)
def site_settings(context):
    """Link the pages from every page, once; fields an editor has filled are left alone."""
    if not context.once("accessibility.site_settings"):
        return
    settings = SiteSettings.for_site(context.site)
    changed = False
    for field, key in SETTINGS_FIELDS.items():
        if getattr(settings, f"{field}_id") is None:
            page = context.recorded(key)
            if page is not None:
                setattr(settings, field, page)
                changed = True
    if changed:
        settings.save()
        context.made("accessibility and legal pages in the site settings")
