"""Every content sentence of the two seed pages appears on its German demo page.

The seed texts are kept in tests/data/seeds/ (copies of ../shared/seeds/). Lines
that are navigation, link labels, logo alternative texts or file sizes are not
content sentences; they are listed here with the reason, and checked elsewhere
(logos in the funding bar, file sizes in the downloads block).
"""

import html as html_lib
import re
from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parent.parent / "data" / "seeds"

NOT_CONTENT = {
    # titles: the page's h1 carries the project's name (checked below)
    "Projekt Berliner Netzwerke für Vielfalt (beendet)",
    "Projekt Vielfalt Leben",
    # image alternative texts
    "Logo des Projekts Berliner Netzwerke für Vielfalt",
    "Logo Europa fördet Asyl-, Migrations- und Integrationsfonds",
    # navigation and image links at the end of the Thuringian page
    "Vielfalt Leben in Thüringen",
    "Partner",
    "Unser Verständnis von IKÖ",
    "Vielfalt leben Förderleiste",
}
KEY_FACT = re.compile(r"^(Laufzeit|Finanzierung|Projektdurchführung|Projektleitung): (.+)$")
FILE_SIZE = re.compile(r"^PDF-Dokument \([\d.,]+ [kM]B\)$")
TEXTILE_LINK = re.compile(r"“?\(Link zur Seite\)“:\S+")


def normalise(text):
    return re.sub(r"\s+", " ", text).strip()


def presentation_free(line):
    """Drop what the markup expresses instead of the text.

    A quotation's „…“ (the <blockquote>), an ordered list's "1." (the <ol>) and a
    heading's closing colon are presentation, not content.
    """
    line = re.sub(r"^\d+\. ", "", line)
    if line.startswith("„") and line.endswith("“"):
        line = line[1:-1]
    return line.removesuffix(":")


def comparable(text):
    """Spaces that tags left around punctuation and brackets do not count."""
    return re.sub(r"([(„])\s+", r"\1", re.sub(r"\s+([.,:;?!)“])", r"\1", text))


def seed_lines(name):
    for raw in (SEEDS / name).read_text(encoding="utf-8").splitlines():
        line = normalise(raw.replace("•", ""))
        if not line or line in NOT_CONTENT or FILE_SIZE.match(line):
            continue
        # The seed writes a link in Textile: „Was ist eigentlich Diversity?(Link zur Seite)“:http://…
        line = TEXTILE_LINK.sub("“", line)
        yield line


def page_text(client, url):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    main = html[html.index("<main") : html.index("</main>")]
    return normalise(html_lib.unescape(re.sub(r"<[^>]+>", " ", main))), html


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("seed", "url", "title"),
    [
        (
            "000_dac3187c9b326131.txt",
            "/projekte/berliner-netzwerke-fuer-vielfalt/",
            "Berliner Netzwerke für Vielfalt",
        ),
        ("003_5740ab37a4e4d0a7.txt", "/projekte/vielfalt-leben/", "Vielfalt Leben"),
    ],
)
def test_every_seed_sentence_is_on_the_german_page(client, demo_content, seed, url, title):
    text, html = page_text(client, url)
    assert title in html.split("<h1", 1)[1].split("</h1>", 1)[0]
    missing = []
    for line in seed_lines(seed):
        fact = KEY_FACT.match(line)
        if fact:
            # Key facts list organisations by name; the seed's prose ("der Verein")
            # is not repeated.
            label, value = fact.groups()
            parts = re.split(r",\s*| und (?:der Verein )?", value)
            if label not in text or not all(comparable(part) in comparable(text) for part in parts):
                missing.append(line)
        elif comparable(presentation_free(line)) not in comparable(text):
            missing.append(line)
    assert not missing, f"{len(missing)} seed line(s) missing on {url}: {missing}"
