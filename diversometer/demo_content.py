"""Demo content of the Diversometer: a self-check under the home page, and a link to it.

- ``diversometer.page`` (order 50): the German Diversometer from
  :mod:`diversometer.demo_texts` (in the menu, step by step), its bands recommending
  the demo publications and good-practice pages, and its English translation.
- ``diversometer.berlin-link`` (order 51): a call to action on the Berlin project page
  ("Berliner Netzwerke für Vielfalt", whose components include the Diversometer), right
  after the list of components; published as a new revision, and the English
  translation updated through wagtail-localize. It is added once: a later run, a page
  an editor has deleted or a page that already links to the Diversometer is left alone,
  and a page with unpublished changes is left until they are published.
"""

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page, ReferenceIndex

from diversometer import demo_texts as texts
from diversometer.models import DiversometerPage
from home.demo import loader
from home.translation import IncompleteTranslation, translate_page


def _german(pair):
    return pair.de if pair is not None else ""


def _paragraph(pair):
    return f"<p>{pair.de}</p>"


def _band(band, context):
    """A band in the raw (JSON) form of the StreamField: pages and documents by id."""
    from home.demo.files import demo_document

    pages = [context.recorded(key) for key in band.pages]
    documents = [demo_document(key) for key in band.documents]
    return {
        "lower_bound": band.lower,
        "level": band.level,
        "text": _paragraph(band.text),
        "pages": [page.pk for page in pages if page is not None],
        "documents": [document.pk for document in documents if document is not None],
    }


def _dimensions(context):
    return [
        {
            "type": "dimension",
            "value": {
                "key": dimension.key,
                "name": dimension.name.de,
                "description": dimension.description.de,
                "bands": [_band(band, context) for band in dimension.bands],
            },
        }
        for dimension in texts.DIMENSIONS
    ]


def _question(question):
    value = {
        "question": question.question.de,
        "hint": _german(question.hint),
        "options": [
            {
                "label": option.label.de,
                "scores": [
                    {"dimension": key, "points": points}
                    for key, points in option.points.items()
                    if points
                ],
                "feedback": _german(option.feedback),
            }
            for option in question.options
        ],
    }
    if question.type == "scenario":
        value["scenario"] = _paragraph(question.scenario)
    return {"type": question.type, "value": value}


def diversometer_page(context):
    """The unsaved German Diversometer."""
    page = DiversometerPage(
        **{name: pair.de for name, pair in texts.PAGE.items()},
        show_in_menus=True,
        mode="self_check",
        display="steps",
    )
    page.body = [
        ("heading", {"text": texts.BODY_HEADING.de, "level": "h2"}),
        ("paragraph", "".join(_paragraph(pair) for pair in texts.BODY_PARAGRAPHS)),
    ]
    page.questions = [_question(question) for question in texts.QUESTIONS]
    page.dimensions = _dimensions(context)
    return page


@loader(order=50)
def diversometer(context):
    page = context.page(texts.PAGE_KEY, context.home, lambda: diversometer_page(context))
    if page is not None:
        context.translate(page, texts.CATALOGUE_EN)


# The link from the Berlin project page ----------------------------------------------------


def _links_to(page, target):
    """Whether the live ``page`` already refers to ``target`` or one of its translations."""
    ids = [str(pk) for pk in target.get_translations(inclusive=True).values_list("pk", flat=True)]
    return (
        ReferenceIndex.get_references_for_object(page)
        .filter(to_content_type=ContentType.objects.get_for_model(Page), to_object_id__in=ids)
        .exists()
    )


def _after_components(body):
    """The position after the first term list (the project components), else the end."""
    for index, child in enumerate(body):
        if child.block_type == "term_list":
            return index + 1
    return len(body)


def _english_catalogue(page, english):
    """The Berlin catalogue, the new strings, and what the English page says now.

    Translations already made (by the demo or by an editor in the translation editor)
    win, so updating the page for the new link changes no other English text.
    """
    from wagtail_localize.models import Translation, TranslationSource

    from projects.demo_content import berlin_catalogue

    catalogue = {**berlin_catalogue(), **texts.BERLIN_LINK_EN}
    source = TranslationSource.objects.get_for_instance_or_none(page)
    translation = (
        source and Translation.objects.filter(source=source, target_locale=english.locale).first()
    )
    if translation is None or not translation.enabled:
        return None
    catalogue.update(
        {entry.msgid: entry.msgstr for entry in translation.export_po() if entry.msgstr}
    )
    return catalogue


@loader(order=51)
def berlin_link(context):
    page = context.recorded("projects.berlin")
    target = context.recorded(texts.PAGE_KEY)
    if page is None or target is None:
        return
    if not page.live or page.has_unpublished_changes:
        context.left(f"{page.title} (not live or with unpublished changes: no Diversometer link)")
        return
    if not context.once(texts.BERLIN_LINK_KEY) or _links_to(page, target):
        return

    link = texts.BERLIN_LINK
    page.body.insert(
        _after_components(page.body),
        (
            "call_to_action",
            {
                "heading": link["heading"].de,
                "text": link["text"].de,
                "link": {"page": target, "url": "", "label": link["label"].de},
            },
        ),
    )
    page.save_revision().publish()
    context.made(f"{page.title}: link to {target.title}")

    english = page.get_translations().filter(locale__language_code="en").first()
    if english is None:
        return
    catalogue = _english_catalogue(page, english)
    if catalogue is None:
        context.left(f"{english.title} (en, edited on its own: no Diversometer link)")
        return
    try:
        translate_page(page, "en", catalogue)
    except IncompleteTranslation:
        context.left(f"{english.title} (en, has untranslated changes: no Diversometer link)")
    else:
        context.made(f"{english.title} (en): link to {target.title}")
