"""A new site's accessibility statement and its pages in Leichte Sprache and Gebärdensprache.

Registered with :func:`home.site_setup.setup_step` for ``manage.py create_site``. Like
every page of a new site they are drafts whose text tells the editors what belongs
there (BITV 2.0 § 4 and § 7); nothing in them pretends to be a statement or a text in
Leichte Sprache. Titles, slugs and section headings are the demo content's
(:mod:`accessibility.demo_texts`).
"""

from django.utils import timezone

from accessibility import demo_texts as demo
from accessibility.models import AccessibilityStatementPage, EasyLanguagePage, SignLanguagePage
from home.site_setup import setup_step
from home.translation import body, catalogue

STATEMENT_INTRO = (
    "Was hierher gehört: wie barrierefrei diese Website ist, welche Inhalte es noch nicht "
    "sind, warum und wie man sie trotzdem bekommt, wie man Barrieren meldet und an welche "
    "Schlichtungsstelle man sich wenden kann. Die Felder dieser Seite folgen der BITV 2.0 und "
    "der Mustererklärung der EU; bitte füllen Sie sie nach der Prüfung der Website aus.",
    "What belongs here: how accessible this website is, which contents are not accessible "
    "yet, why, and how people can get them anyway, how to report barriers and which "
    "conciliation body people can turn to. The fields of this page follow BITV 2.0 and the "
    "EU model statement; please fill them in once the website has been checked.",
)
CONCILIATION_TEXT = (
    "Bitte prüfen und ergänzen: Stellen des Bundes nennen die Schlichtungsstelle nach § 16 "
    "BGG, Landes- und Kommunalbehörden die Schlichtungsstelle ihres Landes, mit Anschrift und "
    "Website.",
    "Please check and complete: federal bodies name the conciliation body under section 16 "
    "BGG, state and local authorities the conciliation body of their state, with address and "
    "website.",
)

SECTION_HINTS = [
    (
        "Was hierher gehört: was es auf dieser Website gibt und wer sie anbietet.",
        "What belongs here: what this website offers and who runs it.",
    ),
    (
        "Was hierher gehört: wie man sich auf der Website zurechtfindet, mit Menü, Suche und "
        "Sprachen.",
        "What belongs here: how to find one’s way on the website, with menu, search and languages.",
    ),
    (
        "Was hierher gehört: das Wichtigste aus der Erklärung zur Barrierefreiheit und wie man "
        "Barrieren meldet.",
        "What belongs here: the main points of the accessibility statement and how to report "
        "barriers.",
    ),
    (
        "Was hierher gehört: wo es auf dieser Website weitere Inhalte in Leichter Sprache und "
        "Gebärdensprache gibt.",
        "What belongs here: where this website has more content in easy language and sign "
        "language.",
    ),
]
"""What each of the four sections of BITV 2.0 § 4 says, for the editors."""

EASY_LANGUAGE_INTRO = (
    "Hier erklären Sie diese Website in Leichter Sprache, in den vier Abschnitten, die die "
    "BITV 2.0 verlangt. Lassen Sie die Texte am besten von einer Prüf-Gruppe prüfen.",
    "Here you explain this website in easy language, in the four sections that BITV 2.0 "
    "requires. Have the texts checked by a test group of readers if you can.",
)
SIGN_LANGUAGE_INTRO = (
    "Hier erklären Videos in Deutscher Gebärdensprache (DGS) diese Website, in den vier "
    "Abschnitten, die die BITV 2.0 verlangt. Zu jedem Abschnitt gehören ein Video und der "
    "deutsche Text, den es zeigt; solange ein Video fehlt, zeigt die Seite den Text und "
    "„Video in Deutscher Gebärdensprache folgt“.",
    "Here videos in German Sign Language (DGS) explain this website, in the four sections "
    "that BITV 2.0 requires. Each section has a video and the German text it signs; while a "
    "video is missing, the page shows the text and “Video in German Sign Language to follow”.",
)


def _title_and_slug(spec, english):
    """The demo page's title and slug with their English translations."""
    return (
        {"title": spec["title"], "slug": spec["slug"]},
        {spec["title"]: english[spec["title"]], spec["slug"]: english[spec["slug"]]},
    )


def statement():
    fields, english = _title_and_slug(demo.STATEMENT, demo.STATEMENT_EN)
    page = AccessibilityStatementPage(
        **fields,
        intro=STATEMENT_INTRO[0],
        # Required fields. Not "vollständig": publishing then asks for the contents that
        # are not accessible (AccessibilityStatementPageForm), so nobody publishes this
        # draft as it is by accident.
        compliance=AccessibilityStatementPage.Compliance.PARTIAL,
        method=AccessibilityStatementPage.Method.SELF_ASSESSMENT,
        statement_date=timezone.localdate(),
        conciliation_name=demo.STATEMENT["conciliation_name"],
        conciliation_text=CONCILIATION_TEXT[0],
        conciliation_url=demo.STATEMENT["conciliation_url"],
    )
    english.update(
        dict(
            [
                STATEMENT_INTRO,
                CONCILIATION_TEXT,
                (page.legal_basis, demo.STATEMENT_EN[page.legal_basis]),
                (
                    demo.STATEMENT["conciliation_name"],
                    demo.STATEMENT_EN[demo.STATEMENT["conciliation_name"]],
                ),
            ]
        )
    )
    return page, english


def easy_language():
    fields, english = _title_and_slug(demo.EASY_LANGUAGE, demo.EASY_LANGUAGE_EN)
    headings = [heading for heading, _parts in demo.EASY_LANGUAGE_SECTIONS if heading]
    sections = [(heading, [hint]) for heading, hint in zip(headings, SECTION_HINTS, strict=True)]
    page = EasyLanguagePage(**fields, intro=EASY_LANGUAGE_INTRO[0], body=body(sections))
    english.update(catalogue(sections, EASY_LANGUAGE_INTRO))
    return page, english


def sign_language():
    fields, english = _title_and_slug(demo.SIGN_LANGUAGE, demo.SIGN_LANGUAGE_EN)
    titles = [title for title, _text in demo.SIGN_LANGUAGE_VIDEOS]
    videos = [
        (
            "video",
            {
                "title": title[0],
                "video": None,
                "duration": "",
                "captions": None,
                "text": f"<p>{hint[0]}</p>",
            },
        )
        for title, hint in zip(titles, SECTION_HINTS, strict=True)
    ]
    page = SignLanguagePage(**fields, intro=SIGN_LANGUAGE_INTRO[0], videos=videos)
    english.update(dict([*titles, *SECTION_HINTS, SIGN_LANGUAGE_INTRO]))
    return page, english


@setup_step(order=20)
def accessibility_pages(new_site):
    """The statement, Leichte Sprache and Gebärdensprache, chosen in the site settings."""
    for settings_field, build in (
        ("accessibility_statement_page", statement),
        ("easy_language_page", easy_language),
        ("sign_language_page", sign_language),
    ):
        page, english = build()
        setattr(new_site.settings, settings_field, new_site.add_draft(page, english))
