"""Demo content of the projects app: both seed projects, the AMIF programme, two calls.

German pages are built from :mod:`projects.demo_texts`; English comes through
wagtail-localize from the catalogues there. Every loader looks up what it needs
by its record or natural key, so a second run changes nothing.
"""

from wagtail.models import Locale

from home.demo import loader, topic
from projects import demo_texts as texts
from projects.models import (
    FundingNoticeIndexPage,
    FundingNoticePage,
    FundingProgramme,
    ProjectIndexPage,
    ProjectPage,
)


def _organisation(name):
    from networks.models import Organisation

    organisation, _created = Organisation.objects.get_or_create(
        name=name, defaults=texts.ORGANISATIONS[name]
    )
    return organisation


def _amif():
    """The German AMIF programme, or None when an editor renamed or deleted it."""
    return FundingProgramme.objects.filter(
        name=texts.AMIF["name"], locale=Locale.get_default()
    ).first()


def _topics(names):
    """Topics by German name, created with their English name when missing."""
    return [topic(name, texts.TOPICS[name]) for name in names]


def _downloads(heading, items):
    """A downloads block value from ``[(document, title, description)]``; None if none exist."""
    items = [
        {"document": document, "title": title, "description": description}
        for document, title, description in items
        if document is not None
    ]
    if not items:
        return None
    return ("downloads", {"heading": heading, "items": items})


@loader(order=20)
def organisations_and_programme(context):
    """The organisations of both projects and the AMIF programme with its English wording."""
    from home.demo.files import demo_image

    for name in texts.ORGANISATIONS:
        _organisation(name)
    programme, created = FundingProgramme.objects.get_or_create(
        name=texts.AMIF["name"],
        locale=Locale.get_default(),
        defaults={**texts.AMIF, "emblem": demo_image("eu-emblem")},
    )
    if created:
        context.made(programme)
    if context.once("projects.programme.amif.en"):
        from home.translation import translate_snippet

        translate_snippet(programme, "en", texts.AMIF_EN)
        context.made(f"{programme} (en)")


@loader(order=21)
def project_index(context):
    index = context.page(
        "projects.index",
        context.home,
        lambda: ProjectIndexPage(show_in_menus=True, **texts.PROJECT_INDEX),
    )
    if index is not None:
        context.translate(index, texts.PROJECT_INDEX_EN)


def _with_relations(page, programmes=(), co_financing=(), implementing=(), partners=(), topics=()):
    page.funding_programmes = [p for p in programmes if p is not None]
    page.co_financing = list(co_financing)
    page.implementing_organisations = list(implementing)
    page.partners = list(partners)
    page.topics.add(*_topics(topics))
    return page


def berlin_page():
    """The unsaved German page of seed 000, "Berliner Netzwerke für Vielfalt"."""
    from home.demo.files import demo_document, demo_image
    from home.demo.publications import PUBLICATIONS

    lads = _organisation(texts.LADS)
    body = [
        ("heading", {"text": texts.BERLIN_HEADINGS["summary"], "level": "h2"}),
        ("paragraph", "".join(f"<p>{text}</p>" for text in texts.BERLIN_SUMMARY)),
        (
            "term_list",
            {
                "heading": texts.BERLIN_HEADINGS["components"],
                "items": [
                    {"term": term, "text": f"<p>{text}</p>"}
                    for term, text in texts.BERLIN_COMPONENTS
                ],
            },
        ),
        (
            "video",
            {
                "title": texts.BERLIN_HEADINGS["video"],
                "description": "",
                "url": texts.EXPLAINER_URL,
                "duration": "",
                "transcript": "",
            },
        ),
    ]
    downloads = _downloads(
        texts.BERLIN_HEADINGS["downloads"],
        [(demo_document(key), PUBLICATIONS[key].title, "") for key in texts.BERLIN_DOCUMENTS],
    )
    if downloads:
        body.append(downloads)
    page = ProjectPage(**texts.BERLIN, logo=demo_image("logo-berliner-netzwerke"), lead=lads)
    page.body = body
    return _with_relations(
        page,
        programmes=[_amif()],
        co_financing=[lads],
        implementing=[lads, _organisation(texts.EWDV)],
        topics=["Willkommenskultur", "Netzwerke", "Fortbildung", "Partizipation", "Personal"],
    )


def berlin_catalogue():
    from home.demo.publications import PUBLICATIONS

    catalogue = dict(texts.BERLIN_EN)
    for key in texts.BERLIN_DOCUMENTS:
        catalogue[PUBLICATIONS[key].title] = PUBLICATIONS[key].title_en
    return catalogue


@loader(order=22)
def berlin_project(context):
    index = context.recorded("projects.index")
    if index is None:
        return
    page = context.page("projects.berlin", index, berlin_page)
    if page is not None:
        context.translate(page, berlin_catalogue())


def thuringia_page():
    """The unsaved German page of seed 003, "Vielfalt Leben"."""
    from home.demo.files import demo_document, demo_image

    recommendations = "".join(f"<li>{item}</li>" for item in texts.RECOMMENDATIONS)
    challenges = "".join(f"<li>{item}</li>" for item in texts.CHALLENGES)
    body = [
        (
            "video",
            {
                "title": texts.VIDEO_TITLE,
                "description": f"<p>{texts.VIDEO_TEXT}</p>",
                "url": "",
                "duration": "",
                "transcript": "",
            },
        ),
        (
            "quote",
            {
                "quote": texts.MINISTER_QUOTE,
                "name": "Dirk Adams",
                "role": texts.MINISTER_ROLE,
                "source": "",
            },
        ),
        ("heading", {"text": texts.WHAT_HEADING, "level": "h2"}),
        ("paragraph", f"<p>{texts.WHAT_TEXT}</p>"),
        (
            "goals",
            {
                "heading": texts.GOALS_HEADING,
                "intro": "",
                "goals": [{"title": title, "points": points} for title, points in texts.GOALS],
            },
        ),
        (
            "process_steps",
            {
                "heading": texts.PROCESS_HEADING,
                "intro": f"<p>{texts.PROCESS_INTRO}</p>",
                "steps": [
                    {"title": title, "text": f"<p>{text}</p>"}
                    for title, text in texts.PROCESS_STEPS
                ],
            },
        ),
        ("heading", {"text": texts.EVALUATION_HEADING, "level": "h2"}),
        ("paragraph", f"<p>{texts.EVALUATION_INTRO}</p><ul>{recommendations}</ul>"),
    ]
    brochure = _downloads(
        texts.BROCHURE_HEADING,
        [(demo_document("broschuere-vielfalt-leben"), texts.BROCHURE_TITLE, "")],
    )
    if brochure:
        body.append(brochure)
    body += [
        ("heading", {"text": texts.BACKGROUND_HEADING, "level": "h2"}),
        (
            "paragraph",
            f"<p>{texts.BACKGROUND_INTRO}</p><ul>{challenges}</ul>"
            f"<p>{texts.BACKGROUND_CLOSING}</p>",
        ),
    ]
    page = ProjectPage(**texts.THURINGIA, logo=demo_image("logo-vielfalt-leben"))
    page.body = body
    return _with_relations(
        page,
        programmes=[_amif()],
        partners=[_organisation(name) for name in (texts.ALTENBURG, texts.ILM_KREIS, texts.IKPE)],
        topics=["Interkulturelle Öffnung", "Willkommenskultur", "Organisationsentwicklung"],
    )


def thuringia_catalogue():
    from home.demo.publications import PUBLICATIONS

    return {
        **texts.THURINGIA_EN,
        texts.BROCHURE_TITLE: PUBLICATIONS["broschuere-vielfalt-leben"].title_en,
    }


@loader(order=23)
def thuringia_project(context):
    index = context.recorded("projects.index")
    if index is None:
        return
    page = context.page("projects.thuringia", index, thuringia_page)
    if page is not None:
        context.translate(page, thuringia_catalogue())


@loader(order=24)
def notice_index(context):
    index = context.page(
        "projects.notices",
        context.home,
        lambda: FundingNoticeIndexPage(show_in_menus=True, **texts.NOTICE_INDEX),
    )
    if index is not None:
        context.translate(index, texts.NOTICE_INDEX_EN)


def open_notice_page():
    from home.demo.files import demo_document
    from home.demo.publications import PUBLICATIONS

    words = texts.OPEN_NOTICE_BODY
    body = [
        ("heading", {"text": words["what"], "level": "h2"}),
        ("paragraph", words["what_text"]),
        (
            "process_steps",
            {
                "heading": words["steps"],
                "intro": words["steps_intro"],
                "steps": [
                    {"title": words[f"step_{n}"], "text": words[f"step_{n}_text"]}
                    for n in (1, 2, 3)
                ],
            },
        ),
    ]
    documents = _downloads(
        "",
        [
            (
                demo_document("handreichung-willkommenskultur"),
                PUBLICATIONS["handreichung-willkommenskultur"].title,
                words["document_description"],
            )
        ],
    )
    page = FundingNoticePage(**texts.OPEN_NOTICE, programme=_amif())
    page.body = body
    page.documents = [documents] if documents else []
    page.contact = [("contact_person", dict(texts.CONTACT))]
    page.topics.add(*_topics(["Fortbildung", "Willkommenskultur"]))
    return page


def closed_notice_page():
    from home.demo.files import demo_document
    from home.demo.publications import PUBLICATIONS

    documents = _downloads(
        "",
        [
            (
                demo_document("partizipative-prozesse"),
                PUBLICATIONS["partizipative-prozesse"].title,
                "",
            )
        ],
    )
    page = FundingNoticePage(**texts.CLOSED_NOTICE, programme=_amif())
    page.documents = [documents] if documents else []
    page.contact = [("contact_person", dict(texts.CONTACT))]
    page.topics.add(*_topics(["Partizipation"]))
    return page


@loader(order=25)
def funding_notices(context):
    from home.demo.publications import PUBLICATIONS

    index = context.recorded("projects.notices")
    if index is None:
        return
    handout = PUBLICATIONS["handreichung-willkommenskultur"]
    page = context.page("projects.notice.2027", index, open_notice_page)
    if page is not None:
        context.translate(page, {**texts.OPEN_NOTICE_EN, handout.title: handout.title_en})
    participation = PUBLICATIONS["partizipative-prozesse"]
    page = context.page("projects.notice.2025", index, closed_notice_page)
    if page is not None:
        context.translate(
            page, {**texts.CLOSED_NOTICE_EN, participation.title: participation.title_en}
        )
