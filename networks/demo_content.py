"""Demo content of the networks app: two networks, the calendar and the good practice.

- "Berliner Netzwerk Vielfalt und Chancengleichheit" and "Städtenetzwerk für
  Vielfalt" (in the menu) from the Berlin seed project;
- "Termine" (in the menu) with two past events of the Berlin project and an
  upcoming online training; the upcoming meeting of the city network is a child
  of the network page, so it appears on that page under "Treffen" and, like
  every event of the site, in "Termine";
- "Gute Praxis" (in the menu) with the nine recommendations of the IKPE process
  evaluation of "Vielfalt Leben".

Texts live in :mod:`networks.demo_texts`, German and English side by side.
Each page is created once (recorded under its key) and translated through
wagtail-localize; a second run changes nothing.
"""

from home.demo import loader, topic
from home.models import DemoContentRecord
from networks import demo_texts as texts
from networks.demo_texts import german
from networks.models import (
    BestPracticeIndexPage,
    BestPracticePage,
    EventIndexPage,
    EventPage,
    NetworkPage,
    Organisation,
)

RELATIONS = ("topics", "members", "organisation", "organiser")


def _organisation(name):
    organisation, _created = Organisation.objects.get_or_create(
        name=name, defaults=texts.ORGANISATIONS[name]
    )
    return organisation


def _topic(name):
    """The topic with this German name, created with its English name when missing."""
    return topic(name, texts.TOPICS[name])


def _build(model, spec, **extra):
    """An unsaved page from ``spec``: German field values, topics, members, organisations."""
    values = german({k: v for k, v in spec.items() if k not in RELATIONS}, {})
    page = model(**values, **extra)
    if "organisation" in spec:
        page.organisation = _organisation(spec["organisation"])
    if "organiser" in spec:
        page.organiser = _organisation(spec["organiser"])
    if "members" in spec:
        page.members = [_organisation(name) for name in spec["members"]]
    for name in spec.get("topics", ()):
        page.topics.add(_topic(name))
    return page


def _page(context, key, parent, model, spec, extra_texts=(), **extra):
    """Create the page once under ``parent`` and translate it; returns the German page.

    ``extra_texts`` are further ``Bi`` strings the page may contain (blocks added in
    ``extra``). Nothing is built when ``key`` ran before, so a later run neither
    creates topics or files again nor brings back a page an editor deleted.
    """
    page = context.page(key, parent, lambda: _build(model, spec, **extra))
    if page is not None:
        catalogue = {}
        german(spec, catalogue)
        german(list(extra_texts), catalogue)
        context.translate(page, catalogue)
    return page


def _downloads(document_key, strings):
    """A downloads block with one demo document, or None when it cannot be made."""
    from home.demo.files import demo_document

    document = demo_document(document_key)
    if document is None:
        return None
    return (
        "downloads",
        {
            "heading": strings["heading"],
            "items": [
                {
                    "document": document,
                    "title": strings["title"],
                    "description": strings["description"],
                }
            ],
        },
    )


def _with_blocks(spec, *blocks):
    """``spec`` with ``blocks`` (None is skipped) appended to its body."""
    return {**spec, "body": [*spec["body"], *(block for block in blocks if block)]}


@loader(order=30)
def organisations_and_topics(context):
    for name in texts.ORGANISATIONS:
        _organisation(name)
    for name in texts.TOPICS:
        _topic(name)


@loader(order=31)
def berlin_network(context):
    spec = {**texts.BERLIN_NETWORK, "members": [texts.LADS], "topics": ["Netzwerke"]}
    _page(context, "networks.berlin_network", context.home, NetworkPage, spec)


@loader(order=32)
def city_network(context):
    def build_spec():
        other = context.recorded("networks.berlin_network")
        teaser = other and (
            "teaser_cards",
            {
                "heading": texts.OTHER_NETWORK_HEADING,
                "cards": [{"page": other, "title": "", "text": "", "image": None}],
            },
        )
        downloads = _downloads("diversity-netzwerk-verwaltungen", texts.CITY_NETWORK_DOWNLOADS)
        return _with_blocks(texts.CITY_NETWORK, downloads, teaser)

    recorded = DemoContentRecord.objects.filter(key="networks.city_network").exists()
    spec = {
        **(texts.CITY_NETWORK if recorded else build_spec()),
        "members": [
            texts.LADS,
            texts.ALTENBURG,
            texts.ILM_KREIS,
            texts.MUSTERSTADT,
            texts.BEISPIELKREIS,
        ],
        "topics": ["Netzwerke", "Interkulturelle Öffnung"],
    }
    _page(
        context,
        "networks.city_network",
        context.home,
        NetworkPage,
        spec,
        extra_texts=[texts.CITY_NETWORK_DOWNLOADS, texts.OTHER_NETWORK_HEADING],
        show_in_menus=True,
    )


@loader(order=33)
def events(context):
    index = _page(
        context,
        "networks.events",
        context.home,
        EventIndexPage,
        {**texts.EVENT_INDEX},
        show_in_menus=True,
    )
    if index is None:
        return
    _page(
        context,
        "networks.event.multiplier_meeting",
        index,
        EventPage,
        {
            **texts.MULTIPLIER_MEETING,
            "organiser": texts.LADS,
            "topics": ["Fortbildung", "Netzwerke"],
        },
    )

    recorded = DemoContentRecord.objects.filter(key="networks.event.workshop").exists()
    workshop = texts.WORKSHOP
    if not recorded:
        workshop = _with_blocks(
            workshop, _downloads("beitraege-diversity-werkstatt", texts.WORKSHOP_DOWNLOADS)
        )
    _page(
        context,
        "networks.event.workshop",
        index,
        EventPage,
        {**workshop, "organiser": texts.LADS, "topics": ["Organisationsentwicklung"]},
        extra_texts=[texts.WORKSHOP_DOWNLOADS],
    )
    _page(
        context,
        "networks.event.training",
        index,
        EventPage,
        {
            **texts.TRAINING,
            "organiser": texts.DEMO_OFFICE,
            "topics": ["Fortbildung", "Willkommenskultur"],
        },
    )

    network = context.recorded("networks.city_network")
    if network is not None:
        _page(
            context,
            "networks.event.network_meeting",
            network,
            EventPage,
            {**texts.NETWORK_MEETING, "organiser": texts.DEMO_OFFICE, "topics": ["Netzwerke"]},
        )


@loader(order=34)
def good_practice(context):
    index = _page(
        context,
        "networks.good_practice",
        context.home,
        BestPracticeIndexPage,
        texts.PRACTICE_INDEX,
        show_in_menus=True,
    )
    if index is None:
        return
    for spec in texts.PRACTICES:
        _page(context, f"networks.good_practice.{spec['slug'].de}", index, BestPracticePage, spec)
