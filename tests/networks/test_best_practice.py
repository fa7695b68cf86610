"""Good practice: filters by topic, level and state; unknown values; query counts."""

import itertools
import re

import pytest

from home.models import Topic
from networks.models import Organisation
from tests.networks.factories import BestPracticePageFactory, OrganisationFactory
from tests.networks.helpers import json_ld, main, queries_for


def practice(index, title, organisation, *topics):
    page = BestPracticePageFactory(parent=index, title=title, organisation=organisation)
    for name in topics:
        topic, _created = Topic.objects.get_or_create(
            name=name, defaults={"slug": name.lower().replace("ü", "ue")}
        )
        page.topics.add(topic)
    page.save()
    return page


@pytest.fixture
def practices(practice_index):
    altenburg = OrganisationFactory(
        name="Landratsamt Altenburger Land", level=Organisation.Level.KOMMUNE, state="TH"
    )
    lads = OrganisationFactory(
        name="Landesstelle für Gleichbehandlung – gegen Diskriminierung",
        short_name="LADS",
        level=Organisation.Level.LAND,
        state="BE",
    )
    ikpe = OrganisationFactory(name="IKPE", level=Organisation.Level.WISSENSCHAFT, state="TH")
    practice(practice_index, "Arbeitsgruppe gründen", altenburg, "Führung", "Beteiligung")
    practice(practice_index, "Leitbild entwickeln", lads, "Führung")
    practice(practice_index, "Evaluation planen", ikpe, "Beteiligung")
    return practice_index


TITLE = re.compile(r'<h2 class="teaser-list__title"><a href="[^"]+">(.*?)</a></h2>')


def titles(html):
    return TITLE.findall(main(html))


@pytest.mark.django_db
def test_all_practices_without_filters(client, practices):
    html = client.get(practices.url).content.decode()
    assert titles(html) == ["Arbeitsgruppe gründen", "Leitbild entwickeln", "Evaluation planen"]
    assert "3 Beispiele" in html
    assert "Alle Filter zurücksetzen" not in html
    assert '<fieldset class="filters">' in html and "<legend>Beispiele filtern</legend>" in html
    for name in ("thema", "ebene", "land"):
        assert f'<label for="filter-{name}">' in html
        assert f'<select id="filter-{name}" name="{name}">' in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("thema=fuehrung", ["Arbeitsgruppe gründen", "Leitbild entwickeln"]),
        ("thema=beteiligung", ["Arbeitsgruppe gründen", "Evaluation planen"]),
        ("ebene=kommune", ["Arbeitsgruppe gründen"]),
        ("ebene=land", ["Leitbild entwickeln"]),
        ("land=TH", ["Arbeitsgruppe gründen", "Evaluation planen"]),
        ("land=BE", ["Leitbild entwickeln"]),
        ("thema=beteiligung&land=TH&ebene=wissenschaft", ["Evaluation planen"]),
        ("thema=fuehrung&ebene=wissenschaft", []),
    ],
)
def test_filters(client, practices, query, expected):
    response = client.get(f"{practices.url}?{query}")
    assert response.status_code == 200
    html = response.content.decode()
    assert titles(html) == expected
    assert "Alle Filter zurücksetzen" in html
    if not expected:
        assert "Zu diesen Filtern gibt es kein Beispiel." in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [
        "thema=gibt-es-nicht",
        "ebene=galaxis",
        "land=XX",
        "land=<script>",
        "thema=&ebene=&land=",
        "seite=-1",
        "seite=zwei",
        "thema=fuehrung&thema=beteiligung",
    ],
)
def test_unknown_values_are_ignored(client, practices, query):
    response = client.get(f"{practices.url}?{query}")
    assert response.status_code == 200
    assert "<script>" not in main(response.content.decode())


@pytest.mark.django_db
def test_unknown_values_show_everything(client, practices):
    html = client.get(f"{practices.url}?thema=gibt-es-nicht&ebene=galaxis").content.decode()
    assert len(titles(html)) == 3


@pytest.mark.django_db
def test_options_only_offer_what_exists_with_counts_under_the_other_filters(client, practices):
    html = client.get(f"{practices.url}?land=TH").content.decode()
    assert '<option value="fuehrung">Führung (1)</option>' in html
    assert '<option value="beteiligung">Beteiligung (2)</option>' in html
    assert '<option value="kommune">Kommune (1)</option>' in html
    assert '<option value="land">Land (0)</option>' in html
    # The state counts ignore the state filter itself, so one can switch states.
    assert '<option value="TH" selected>Thüringen (2)</option>' in html
    assert '<option value="BE">Berlin (1)</option>' in html
    assert 'value="BY"' not in html
    assert 'value="bund"' not in html


@pytest.mark.django_db
def test_pagination_keeps_the_filters(client, practice_index):
    organisation = OrganisationFactory(level=Organisation.Level.KOMMUNE, state="TH")
    for number in range(12):
        practice(practice_index, f"Ansatz {number:02d}", organisation)
    html = client.get(f"{practice_index.url}?land=TH").content.decode()
    assert len(titles(html)) == 10
    assert 'href="?land=TH&amp;seite=2"' in html
    second = client.get(f"{practice_index.url}?land=TH&seite=2").content.decode()
    assert titles(second) == ["Ansatz 10", "Ansatz 11"]


@pytest.mark.django_db
def test_the_index_runs_as_many_queries_for_50_practices_as_for_5(client, practice_index):
    organisations = [
        OrganisationFactory(level=Organisation.Level.KOMMUNE, state="TH"),
        OrganisationFactory(level=Organisation.Level.LAND, state="BE"),
    ]

    numbers = itertools.count()

    def add(count):
        for _ in range(count):
            number = next(numbers)
            practice(
                practice_index,
                f"Ansatz {number}",
                organisations[number % 2],
                "Führung",
                "Beteiligung",
            )

    add(5)
    few = queries_for(client, f"{practice_index.url}?thema=fuehrung")
    add(45)
    assert queries_for(client, f"{practice_index.url}?thema=fuehrung") == few
    assert queries_for(client, practice_index.url) == few


@pytest.mark.django_db
def test_a_practice_page(client, practices):
    page = practices.get_children().get(title="Arbeitsgruppe gründen").specific
    page.what_helped = "<p>Feste Termine.</p>"
    page.recommendations = "<ul><li>Früh beginnen.</li></ul>"
    page.source = "Prozessevaluation von „Vielfalt Leben“ durch IKPE"
    page.save()
    html = main(client.get(page.url).content.decode())
    assert html.count("<h1") == 1
    for heading in ("Was getan wurde", "Was geholfen hat", "Empfehlungen für andere Verwaltungen"):
        assert f">{heading}</h2>" in html
    assert "Landratsamt Altenburger Land" in html
    assert "(Kommune, Thüringen)" in html
    assert "Prozessevaluation von „Vielfalt Leben“ durch IKPE" in html
    assert "Kollegiale Beratung" not in html  # no contact given


@pytest.mark.django_db
def test_a_practice_page_json_ld(client, practices):
    page = practices.get_children().get(title="Leitbild entwickeln").specific
    page.source = "Eine Evaluation"
    page.save()
    [article] = json_ld(client.get(page.url).content.decode(), "Article")
    assert article["headline"] == "Leitbild entwickeln"
    assert article["about"]["@type"] == "GovernmentOrganization"
    assert article["about"]["alternateName"] == "LADS"
    assert article["isBasedOn"] == {"@type": "CreativeWork", "name": "Eine Evaluation"}
