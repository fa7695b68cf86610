"""Demo content of the library: the publications of both seed projects as pages.

Each PDF of :mod:`home.demo.publications` becomes a :class:`PublicationPage` under
the library page, linked to its project and topics, in German and, through
wagtail-localize, in English. Videos come from :mod:`publications.demo_videos`.
"""

from django.utils.text import slugify

from home.demo import loader, topic
from projects.demo_texts import TOPICS
from publications import demo_texts as texts
from publications import demo_videos  # noqa: F401 - registers the video loaders
from publications.models import PublicationDocument, PublicationIndexPage, PublicationPage


@loader(order=40)
def library(context):
    index = context.page(
        "publications.library",
        context.home,
        lambda: PublicationIndexPage(show_in_menus=True, **texts.LIBRARY),
    )
    if index is not None:
        context.translate(index, texts.LIBRARY_EN)


def publication_page(key, project):
    """The unsaved German page of the demo publication ``key``."""
    from home.demo.files import demo_document
    from home.demo.publications import PUBLICATIONS

    publication = PUBLICATIONS[key]
    _project_key, topic_names = texts.PUBLICATION_PAGES[key]
    page = PublicationPage(
        title=publication.title,
        slug=slugify(publication.title)[:80].rstrip("-"),
        publication_type=texts.KINDS[publication.kind],
        teaser=publication.summary,
        publisher=publication.publisher,
        year=publication.year,
        language=publication.language,
        related_project=project,
    )
    page.documents = [PublicationDocument(document=demo_document(key), label="")]
    page.topics.add(*(topic(name, TOPICS[name]) for name in topic_names))
    return page


def publication_catalogue(key):
    from home.demo.publications import PUBLICATIONS

    publication = PUBLICATIONS[key]
    return {
        publication.title: publication.title_en,
        slugify(publication.title)[:80].rstrip("-"): slugify(publication.title_en)[:80].rstrip("-"),
        publication.summary: publication.summary_en,
        # Publishers are names; they stay as they are.
        publication.publisher: publication.publisher,
    }


@loader(order=41)
def publications(context):
    index = context.recorded("publications.library")
    if index is None:
        return
    for key, (project_key, _topics) in texts.PUBLICATION_PAGES.items():
        project = context.recorded(project_key)
        page = context.page(
            f"publications.{key}",
            index,
            lambda key=key, project=project: publication_page(key, project),
        )
        if page is not None:
            context.translate(page, publication_catalogue(key))
