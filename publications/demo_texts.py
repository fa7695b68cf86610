"""Texts of the library's demo pages (data only; English through the catalogues here).

The publications themselves (titles, summaries, publishers, years) are in
:mod:`home.demo.publications`, which also typesets their PDFs; this module adds what
only the pages need: the library page, each publication's type, topics and project.
"""

LIBRARY = {
    "title": "Publikationen",
    "slug": "publikationen",
    "intro": (
        "Handreichungen, Broschüren, Flyer und Dokumentationen aus unseren Projekten zum "
        "Herunterladen – filterbar nach Art, Thema, Jahr, Sprache, Projekt und Dateiformat."
    ),
    "search_description": (
        "Die Bibliothek: Publikationen und Videos zu Vielfalt und Chancengleichheit in der "
        "Verwaltung."
    ),
}

LIBRARY_EN = {
    "Publikationen": "Publications",
    "publikationen": "publications",
    LIBRARY["intro"]: (
        "Handouts, brochures, flyers and documentation from our projects to download – "
        "filter them by type, topic, year, language, project and file format."
    ),
    LIBRARY["search_description"]: (
        "The library: publications and videos on diversity and equal opportunities in "
        "public administration."
    ),
}

#: ``home.demo.publications.Publication.kind`` → ``PublicationType`` value.
KINDS = {
    "Flyer": "flyer",
    "Handreichung": "handreichung",
    "Broschüre": "broschuere",
    "Dokumentation": "dokumentation",
}

#: Publication key → (demo record of its project, topics by German name).
PUBLICATION_PAGES = {
    "flyer-berliner-netzwerke": ("projects.berlin", ["Netzwerke"]),
    "handreichung-willkommenskultur": ("projects.berlin", ["Willkommenskultur", "Personal"]),
    "diversity-netzwerk-verwaltungen": ("projects.berlin", ["Netzwerke", "Fortbildung"]),
    "partizipative-prozesse": ("projects.berlin", ["Partizipation"]),
    "beitraege-diversity-werkstatt": ("projects.berlin", ["Fortbildung", "Personal"]),
    "broschuere-vielfalt-leben": (
        "projects.thuringia",
        ["Interkulturelle Öffnung", "Organisationsentwicklung"],
    ),
}
