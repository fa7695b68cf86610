"""Builders for the library tests: documents with known metadata, publication pages."""

import wagtail_factories
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from home.models import Topic
from publications.models import PublicationDocument, PublicationIndexPage, PublicationPage
from tests.publications import pdfs


class PublicationIndexPageFactory(wagtail_factories.PageFactory):
    title = "Publikationen"
    slug = "publikationen"
    intro = "Handreichungen, Broschüren und Berichte zum Herunterladen."

    class Meta:
        model = PublicationIndexPage


def document(title="Handreichung", extension="pdf", pages=2, tagged=True, language="de"):
    """A stored library document whose extraction results are set, not computed.

    The extraction task only runs on commit, which tests inside a transaction never
    reach; the fields are what it would have written.
    """
    data = pdfs.pdf(*(["Text der Seite."] * pages)) if extension == "pdf" else b"Text\n"
    return get_document_model().objects.create(
        title=title,
        file=ContentFile(data, name=f"{title.lower().replace(' ', '-')}.{extension}"),
        file_size=len(data),
        file_format=extension,
        page_count=pages if extension == "pdf" else None,
        is_tagged_pdf=tagged if extension == "pdf" else None,
        language=language,
        extraction_status="ok",
    )


def publication(
    index,
    title,
    *,
    kind="handreichung",
    year=2020,
    language="de",
    topics=(),
    project=None,
    files=None,
    **fields,
):
    """A live publication under ``index`` with ``files`` (default: one tagged PDF)."""
    page = PublicationPage(
        title=title,
        publication_type=kind,
        teaser=f"Worum es in „{title}“ geht.",
        publisher="Landesstelle für Gleichbehandlung",
        year=year,
        language=language,
        related_project=project,
        **fields,
    )
    index.add_child(instance=page)
    for position, item in enumerate(files if files is not None else [document(title)]):
        file, label = item if isinstance(item, tuple) else (item, "")
        PublicationDocument.objects.create(
            page=page, document=file, label=label, sort_order=position, locale=page.locale
        )
    for name in topics:
        topic, _created = Topic.objects.get_or_create(
            name=name, defaults={"slug": name.lower().replace("ü", "ue")}
        )
        page.topics.add(topic)
    page.save()
    return PublicationPage.objects.get(pk=page.pk)
