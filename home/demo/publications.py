"""Texts of the demo publications: the PDFs that :mod:`home.demo.files` typesets.

Data only. The keys are fixed: the demo pages of the project and publication apps
refer to them (``home.demo.files.demo_document(key)``). The German texts follow
the two seed pages (the Berlin AMIF project "Berliner Netzwerke für Vielfalt",
2015–2018, and the Thuringian project "Vielfalt Leben"); where a text goes beyond
them it stays generic: no named persons except the one quotation the seed page
carries, and speakers are described by their role only.

A section is ``(heading, blocks)``; a block is a paragraph (``str``), a bulleted
list (``list`` of ``str``), a :class:`Numbered` list, a :class:`Checklist`
(printed with boxes to tick) or a :class:`Quote`. Texts must stay within cp1252
(German letters, „“, –, •, …), which the PDF standard fonts print.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Checklist:
    """Questions or tasks to tick off; printed with an empty box each."""

    items: list


@dataclass(frozen=True)
class Numbered:
    """Items whose order or count matters; printed as 1., 2., ..."""

    items: list


@dataclass(frozen=True)
class Quote:
    text: str
    source: str


@dataclass(frozen=True)
class Publication:
    """One PDF publication of the demo content."""

    title: str  # the document title, as the pages list it
    title_en: str  # the title on English pages (the PDF itself is German)
    filename: str
    kind: str  # Flyer, Handreichung, Broschüre, Dokumentation
    publisher: str
    publisher_short: str
    year: int
    summary: str  # PDF subject; a one-line description for download lists
    summary_en: str
    sections: list
    cover_title: str = ""  # the heading on the first page, when it differs from the title
    subtitle: str = ""
    keywords: tuple = ()
    language: str = "de"
    colour: str = "#005a8c"  # accent of the title area and headings (contrast >= 4.5:1)
    eu_funding: bool = False  # prints the EU emblem and the AMIF funding note

    @property
    def short_title(self):
        return self.cover_title or self.title

    def strings(self):
        """Every text that ends up in the PDF."""
        yield from (self.title, self.cover_title, self.subtitle, self.kind, self.publisher)
        yield from (self.publisher_short, self.summary, *self.keywords)
        for heading, blocks in self.sections:
            yield heading
            for block in blocks:
                if isinstance(block, str):
                    yield block
                elif isinstance(block, Quote):
                    yield from (block.text, block.source)
                else:
                    yield from getattr(block, "items", block)


BERLIN_PUBLISHER = (
    "Landesstelle für Gleichbehandlung – gegen Diskriminierung (LADS) und "
    "Eine Welt der Vielfalt e.V., Berlin"
)
BERLIN_SHORT = "LADS und Eine Welt der Vielfalt e.V."
BERLIN_COLOUR = "#0b4f6c"
THURINGIA_PUBLISHER = "Projekt „Vielfalt Leben. Für eine zukunftsfähige Verwaltung“, Thüringen"
THURINGIA_SHORT = "Projekt „Vielfalt Leben“"
THURINGIA_COLOUR = "#542678"


FLYER = Publication(
    title="Flyer „Berliner Netzwerke für Vielfalt“",
    title_en="Flyer “Berlin Networks for Diversity”",
    filename="flyer-berliner-netzwerke-fuer-vielfalt.pdf",
    kind="Flyer",
    cover_title="Berliner Netzwerke für Vielfalt",
    subtitle="Austausch, Fortbildung und kollegiale Beratung für eine vielfaltsbewusste Verwaltung",
    publisher=BERLIN_PUBLISHER,
    publisher_short=BERLIN_SHORT,
    year=2015,
    summary=(
        "Das Projekt „Berliner Netzwerke für Vielfalt“ auf einen Blick: Ziele, "
        "Bausteine, Laufzeit, Finanzierung und Kontakt."
    ),
    summary_en=(
        "The project “Berlin Networks for Diversity” at a glance: aims, components, "
        "duration, funding and contact."
    ),
    keywords=("Vielfalt", "Diversity", "Verwaltung", "Netzwerk", "AMIF"),
    colour=BERLIN_COLOUR,
    eu_funding=True,
    sections=[
        (
            "Das Projekt im Kurzporträt",
            [
                "Berlin ist vielfältig – und mit der Stadt sind es die Menschen, die "
                "Verwaltungsleistungen in Anspruch nehmen. Sie unterscheiden sich nach "
                "Herkunft und Sprache, Alter, Geschlecht, Religion und Weltanschauung, "
                "sexueller Identität und Behinderung, nach Einkommen und familiärer "
                "Situation. Eine Verwaltung, die diese Unterschiede kennt und in ihrem "
                "Handeln berücksichtigt, arbeitet wirksamer und bürgernäher.",
                "Das Projekt „Berliner Netzwerke für Vielfalt“ unterstützt Verwaltungen "
                "darin, bewusst mit Vielfalt umzugehen. Es fördert den Austausch über "
                "Strategien und Maßnahmen für Vielfalt und Chancengleichheit, macht "
                "erfolgreiche Ansätze bekannt und hilft, sie in der eigenen Dienststelle "
                "umzusetzen. Davon profitieren die Qualität der Verwaltungsleistungen, "
                "die Bürgerinnen und Bürger und nicht zuletzt die Beschäftigten selbst.",
            ],
        ),
        (
            "Die Bausteine des Projekts",
            [
                [
                    "Städtenetzwerk: ein deutschlandweites Netzwerk für Beschäftigte "
                    "kommunaler und Landesverwaltungen, die zu Vielfalt und Diversity "
                    "arbeiten, mit kollegialer Beratung und gegenseitigen Besuchen.",
                    "Berliner Netzwerk Vielfalt und Chancengleichheit: das seit 2011 "
                    "bestehende Treffen der auf Senatsebene zuständigen Stellen, um "
                    "Schnittstellen zu erkennen und Vorgehensweisen abzustimmen.",
                    "Multiplikator*innentreffen: ein jährlicher Austausch für alle, die "
                    "bereits an Diversity-Fortbildungen teilgenommen haben.",
                    "Diversity-Werkstatt Berlin: Gespräche mit Gästen aus Wirtschaft, "
                    "Verbänden und Hochschulen über Chancen und Herausforderungen.",
                    "Themenspezifische Workshops: jedes Jahr ein Schwerpunkt – "
                    "Willkommenskultur, Diversity und Personal, Diversity und "
                    "partizipative Ansätze.",
                    "Diversity-Fortbildungen: zwei Fortbildungsreihen für "
                    "Verwaltungsmitarbeitende.",
                    "Diversometer: das Online-Instrument zur Selbsteinschätzung wird "
                    "weiterentwickelt und bekannter gemacht.",
                    "Öffentlichkeitsarbeit: unter anderem ein Erklärfilm zur Frage „Was "
                    "ist eigentlich Diversity?“.",
                ],
            ],
        ),
        (
            "Eckdaten",
            [
                [
                    "Laufzeit: 36 Monate, vom 30.06.2015 bis zum 29.06.2018",
                    "Finanzierung: Asyl-, Migrations- und Integrationsfonds (AMIF) der "
                    "Europäischen Union, Kofinanzierung durch die LADS",
                    "Durchführung: LADS und Eine Welt der Vielfalt e.V.",
                    "Projektleitung: LADS",
                ],
            ],
        ),
        (
            "Mitmachen und Kontakt",
            [
                "Die Angebote richten sich an Beschäftigte aller Ebenen der Berliner "
                "Verwaltung sowie – im Städtenetzwerk – an Kolleginnen und Kollegen aus "
                "Kommunen und Ländern. Die Teilnahme ist kostenfrei. Termine und "
                "Anmeldung erhalten Sie beim Projektteam.",
                [
                    "Projektteam „Berliner Netzwerke für Vielfalt“ bei der LADS",
                    "E-Mail: vielfalt@example.org",
                    "Telefon: 030 123456-0",
                ],
            ],
        ),
    ],
)


WILLKOMMENSKULTUR = Publication(
    title="Willkommenskultur in der Verwaltung. Eine Handreichung für die Praxis",
    title_en="A welcoming culture in public administration. A practical guide",
    filename="handreichung-willkommenskultur-in-der-verwaltung.pdf",
    kind="Handreichung",
    cover_title="Willkommenskultur in der Verwaltung",
    subtitle="Eine Handreichung für die Praxis",
    publisher=BERLIN_PUBLISHER,
    publisher_short=BERLIN_SHORT,
    year=2016,
    summary=(
        "Was Willkommenskultur für Verwaltungen bedeutet und wie sie gelingt: vom "
        "Erstkontakt über mehrsprachige Information und Leichte Sprache bis zum "
        "Beschwerdemanagement, mit Checkliste."
    ),
    summary_en=(
        "What a welcoming culture means for administrations and how to achieve it: "
        "from first contact, multilingual information and Easy Read to complaints "
        "management, with a checklist."
    ),
    keywords=("Willkommenskultur", "Verwaltung", "Leichte Sprache", "Beschwerdemanagement"),
    colour=BERLIN_COLOUR,
    eu_funding=True,
    sections=[
        (
            "Zu dieser Handreichung",
            [
                "„Willkommenskultur“ war im ersten Projektjahr der Schwerpunkt der "
                "themenspezifischen Workshops für die Berliner Verwaltung. Beschäftigte "
                "aus Bürgerämtern, Jobcentern, Jugend- und Sozialämtern, aus der "
                "Ausländerbehörde und aus Personalstellen haben dort zusammengetragen, "
                "was Menschen den Zugang zu Verwaltungsleistungen erleichtert und was ihn "
                "erschwert. Diese Handreichung fasst die Ergebnisse zusammen.",
                "Sie richtet sich an Führungskräfte und Beschäftigte, die in ihrer "
                "Dienststelle etwas verändern möchten – ohne großes Budget und ohne auf "
                "eine Gesamtstrategie warten zu müssen. Die meisten Schritte lassen sich "
                "in einer einzelnen Organisationseinheit beginnen.",
            ],
        ),
        (
            "Was Willkommenskultur für Verwaltungen bedeutet",
            [
                "Willkommenskultur beschreibt eine Haltung und die Strukturen, die diese "
                "Haltung im Alltag tragen. Sie zeigt sich darin, wie Menschen empfangen, "
                "informiert und beraten werden, wie verständlich Formulare und Bescheide "
                "sind und wie eine Behörde mit Kritik umgeht. Der Begriff ist in der "
                "Diskussion um Zuwanderung entstanden, gemeint sind aber alle Menschen, "
                "die eine Verwaltung aufsuchen: Neuzugewanderte ebenso wie ältere "
                "Menschen, Menschen mit Behinderung, Alleinerziehende oder Menschen, die "
                "zum ersten Mal mit einer Behörde zu tun haben.",
                "Willkommenskultur heißt nicht, Regeln großzügiger auszulegen. Die "
                "Rechtslage bleibt dieselbe. Es geht darum, dass alle Menschen ihre "
                "Rechte kennen und wahrnehmen können, dass sie verstehen, was von ihnen "
                "verlangt wird, und dass sie respektvoll behandelt werden – unabhängig "
                "davon, wie das Verfahren ausgeht.",
                "Nach innen gehört dazu eine Anerkennungskultur: Neue Kolleginnen und "
                "Kollegen werden gut eingearbeitet, die Sprachkenntnisse und "
                "Lebenserfahrungen der Beschäftigten werden als Kompetenz gesehen und "
                "genutzt.",
            ],
        ),
        (
            "Warum sich der Aufwand lohnt",
            [
                [
                    "Weniger Rückfragen und Folgetermine: Wer gleich beim ersten Mal "
                    "versteht, welche Unterlagen gebraucht werden, kommt nicht dreimal "
                    "wieder.",
                    "Weniger Konflikte am Schalter: Orientierung und Transparenz nehmen "
                    "Unsicherheit und damit oft auch Ärger aus einer Situation.",
                    "Mehr Vertrauen in staatliches Handeln, gerade bei Menschen, die mit "
                    "Behörden schlechte Erfahrungen gemacht haben.",
                    "Ein attraktiverer Arbeitsplatz: Eine Verwaltung, die offen ist, "
                    "gewinnt leichter Nachwuchs- und Fachkräfte.",
                ],
            ],
        ),
        (
            "Schritt 1: Der Erstkontakt",
            [
                "Der erste Eindruck entsteht, bevor ein Gespräch beginnt: auf der "
                "Website, am Telefon und im Eingangsbereich. Prüfen Sie, ob Öffnungszeiten "
                "und Terminvergabe leicht zu finden sind und ob ein Termin auch ohne "
                "Online-Zugang vereinbart werden kann.",
                "Im Gebäude hilft ein durchgängiges Wegeleitsystem mit gut lesbarer "
                "Schrift, Piktogrammen und Zimmernummern, die auch auf den Einladungen "
                "stehen. Ein besetzter Empfang oder ein Lotsendienst in Stoßzeiten "
                "erspart Besucherinnen und Besuchern die Suche und entlastet die "
                "Sachbearbeitung. Im Wartebereich sollte erkennbar sein, wann man an der "
                "Reihe ist und an wen man sich bei Fragen wenden kann.",
                "Für das Gespräch selbst gilt: Begrüßung, Vorstellung mit Namen und "
                "Funktion, eine kurze Erklärung des Ablaufs. Am Ende steht eine "
                "Zusammenfassung – am besten schriftlich –, was als Nächstes geschieht "
                "und bis wann.",
            ],
        ),
        (
            "Schritt 2: Mehrsprachige Information",
            [
                "Welche Sprachen gebraucht werden, lässt sich aus den eigenen Fallzahlen "
                "und aus der Bevölkerungsstatistik des Bezirks ableiten. Übersetzen Sie "
                "zuerst die Informationen, die am häufigsten gebraucht werden: "
                "Merkblätter zu den wichtigsten Verfahren, Checklisten der nötigen "
                "Unterlagen und die Erklärung von Fristen. Lassen Sie Texte von "
                "professionellen Übersetzerinnen und Übersetzern erstellen und von "
                "Muttersprachlerinnen und Muttersprachlern gegenlesen.",
                "Für Gespräche stehen Sprachmittlungsdienste und Telefon- oder "
                "Videodolmetschen zur Verfügung. Kinder und Jugendliche sollten nicht "
                "für ihre Eltern dolmetschen müssen: Sie werden dadurch überfordert, und "
                "vertrauliche Informationen gehören nicht in ihre Hände.",
                "Viele Beschäftigte sprechen weitere Sprachen. Wenn sie dazu bereit sind, "
                "kann ein Hinweis am Arbeitsplatz oder ein Namensschild mit "
                "Sprachangabe den Einstieg in ein Gespräch erleichtern. Dieser Einsatz "
                "ist eine Zusatzleistung und sollte als solche anerkannt werden.",
            ],
        ),
        (
            "Schritt 3: Leichte Sprache und verständliche Schreiben",
            [
                "Leichte Sprache folgt einem festen Regelwerk: kurze Sätze, bekannte "
                "Wörter, Erklärungen schwieriger Begriffe, eine klare Gliederung und "
                "unterstützende Bilder. Texte in Leichter Sprache werden von Menschen "
                "mit Lernschwierigkeiten geprüft. Sie ergänzen den rechtlich "
                "verbindlichen Text, ersetzen ihn aber nicht.",
                "Einfache Sprache ist weniger streng geregelt und eignet sich für "
                "Bescheide, Einladungen und Merkblätter, die sich an alle richten. Schon "
                "wenige Regeln verbessern die Verständlichkeit deutlich:",
                [
                    "Das Wichtigste zuerst: Was wurde entschieden, was muss die Person "
                    "tun, bis wann?",
                    "Aktive Sätze mit einer Aussage je Satz statt verschachtelter Nominalstil.",
                    "Fachbegriffe erklären oder ersetzen; Paragrafen erst nach der "
                    "Erklärung nennen.",
                    "Eine Ansprechperson mit Telefonnummer und Sprechzeiten angeben.",
                ],
                "Überarbeiten Sie zuerst die Musterschreiben, die am häufigsten "
                "verschickt werden. Die Rechtsstelle sollte früh einbezogen werden, damit "
                "die überarbeiteten Texte rechtssicher bleiben.",
            ],
        ),
        (
            "Schritt 4: Interkulturelle Kompetenz stärken",
            [
                "Interkulturelle Kompetenz ist keine Sammlung von Regeln über "
                "„die Anderen“. Sie beginnt mit dem Nachdenken über eigene Bilder und "
                "Routinen: Welche Erwartungen bringe ich in ein Gespräch mit? Wann "
                "schließe ich von einem Namen, einem Akzent oder einem Kopftuch auf "
                "Eigenschaften einer Person? Fortbildungen bieten dafür einen "
                "geschützten Rahmen.",
                "Wirksam werden Fortbildungen, wenn das Gelernte im Team weiterlebt: in "
                "Fallbesprechungen, in kollegialer Beratung oder Supervision. "
                "Führungskräfte geben den Ausschlag, indem sie selbst teilnehmen, Zeit "
                "dafür einräumen und das Thema in Mitarbeitergesprächen aufgreifen. "
                "Gemischte Teams, in denen Beschäftigte mit unterschiedlichen "
                "Lebenserfahrungen zusammenarbeiten, lernen voneinander.",
            ],
        ),
        (
            "Schritt 5: Beschwerdemanagement",
            [
                "Beschwerden sind wertvolle Hinweise darauf, wo Abläufe nicht "
                "funktionieren. Ein gutes Beschwerdemanagement ist niedrigschwellig: Es "
                "gibt mehrere Wege – schriftlich, telefonisch, online und persönlich –, "
                "Hinweise in mehreren Sprachen und die Möglichkeit, sich anonym zu "
                "äußern. Wer sich beschwert, erhält innerhalb einer festen Frist eine "
                "Eingangsbestätigung und später eine Antwort in der Sache.",
                "Beschwerden über Diskriminierung brauchen besondere Sorgfalt. Legen Sie "
                "fest, wer sie bearbeitet, wie die betroffene Person geschützt wird und "
                "an welche unabhängigen Beratungsstellen verwiesen werden kann. Für "
                "Beschäftigte ist die Beschwerdestelle nach dem Allgemeinen "
                "Gleichbehandlungsgesetz zuständig.",
                "Werten Sie Beschwerden mindestens einmal im Jahr aus und berichten Sie "
                "im Haus, was sich daraufhin geändert hat. So wird aus Einzelfällen ein "
                "Lernprozess für die ganze Organisation.",
            ],
        ),
        (
            "Checkliste: Wie willkommen ist unsere Dienststelle?",
            [
                Checklist(
                    [
                        "Öffnungszeiten, Terminvergabe und Erreichbarkeit sind auf der "
                        "Website und am Gebäude leicht zu finden.",
                        "Ein Termin ist auch telefonisch oder vor Ort zu bekommen.",
                        "Beschilderung und Wegeleitsystem sind verständlich, auch ohne "
                        "gute Deutschkenntnisse.",
                        "Die wichtigsten Merkblätter liegen in den häufigsten Sprachen vor.",
                        "Alle Beschäftigten wissen, wie sie Sprachmittlung anfordern.",
                        "Die meistgenutzten Schreiben wurden in verständliche Sprache "
                        "überarbeitet.",
                        "Es gibt Informationen in Leichter Sprache zu den wichtigsten Leistungen.",
                        "Alle Beschäftigten mit Publikumsverkehr hatten in den letzten "
                        "drei Jahren eine Diversity-Fortbildung.",
                        "Beschwerden können auf mehreren Wegen und anonym eingereicht "
                        "werden und werden regelmäßig ausgewertet.",
                        "Es ist festgelegt, wer Beschwerden über Diskriminierung bearbeitet.",
                    ]
                ),
            ],
        ),
        (
            "Weiterführende Angebote",
            [
                "Mit dem Diversometer können Beschäftigte und Teams online einschätzen, "
                "wo ihre Dienststelle im Umgang mit Vielfalt steht. Die Diversity-"
                "Fortbildungen und das Multiplikator*innentreffen des Projekts "
                "„Berliner Netzwerke für Vielfalt“ bieten Gelegenheit, die Schritte "
                "dieser Handreichung mit Kolleginnen und Kollegen aus anderen "
                "Verwaltungen zu besprechen.",
            ],
        ),
    ],
)


NETZWERK = Publication(
    title="Das Diversity-Netzwerk der Kommunal- und Landesverwaltungen",
    title_en="The diversity network of municipal and state administrations",
    filename="diversity-netzwerk-der-kommunal-und-landesverwaltungen.pdf",
    kind="Handreichung",
    subtitle="Ziele, Arbeitsweise und Mitwirkung",
    publisher=BERLIN_PUBLISHER,
    publisher_short=BERLIN_SHORT,
    year=2017,
    summary=(
        "Wozu das deutschlandweite Netzwerk der Verwaltungen dient, wer mitwirkt, "
        "wie kollegiale Beratung abläuft und wie man dazukommt."
    ),
    summary_en=(
        "What the nationwide network of administrations is for, who takes part, how "
        "peer advice works and how to join."
    ),
    keywords=("Netzwerk", "Diversity", "kollegiale Beratung", "Kommunen", "Länder"),
    colour=BERLIN_COLOUR,
    eu_funding=True,
    sections=[
        (
            "Worum es geht",
            [
                "In vielen Städten, Landkreisen und Landesverwaltungen gibt es "
                "Beschäftigte, die sich für Vielfalt und Chancengleichheit einsetzen – "
                "oft als Einzelne oder in kleinen Stabsstellen. Sie stehen vor ähnlichen "
                "Fragen: Wie verankert man Diversity in der Personalentwicklung? Wie "
                "gewinnt man die Leitung für das Thema? Welche Daten darf und sollte man "
                "erheben?",
                "Das Diversity-Netzwerk der Kommunal- und Landesverwaltungen bringt diese "
                "Menschen zusammen. Es ist im Projekt „Berliner Netzwerke für Vielfalt“ "
                "als deutschlandweites Städtenetzwerk entstanden. Sein Ziel ist es, "
                "erfolgreiche Ansätze kennenzulernen, voneinander zu lernen und sich "
                "gegenseitig kollegial zu beraten.",
            ],
        ),
        (
            "Wer mitwirkt",
            [
                "Im Netzwerk arbeiten Beschäftigte aus kommunalen Verwaltungen und aus "
                "Landesverwaltungen mit, die in ihrer Organisation für Vielfalt, "
                "Diversity oder Chancengleichheit zuständig sind oder sich dafür "
                "engagieren. Typische Funktionen sind:",
                [
                    "Diversity-, Integrations- und Gleichstellungsbeauftragte",
                    "Beschäftigte aus Personal- und Organisationsentwicklung",
                    "Fachkräfte aus Ämtern mit viel Publikumsverkehr, etwa Bürger-, "
                    "Sozial- und Jugendämtern",
                    "Beauftragte für Menschen mit Behinderung und für Antidiskriminierung",
                ],
                "Die Mitwirkung ist freiwillig und kostenfrei. Eine formelle "
                "Mitgliedschaft der Verwaltung ist nicht nötig; die Leitung sollte aber "
                "wissen und unterstützen, dass Beschäftigte ihre Arbeitszeit für das "
                "Netzwerk einsetzen.",
            ],
        ),
        (
            "Wie kollegiale Beratung funktioniert",
            [
                "Herzstück der Treffen ist die kollegiale Beratung, auch Intervision "
                "genannt. Eine Teilnehmerin oder ein Teilnehmer bringt eine konkrete "
                "Frage aus der eigenen Praxis mit, die anderen beraten in einem festen "
                "Ablauf von etwa 45 bis 60 Minuten:",
                [
                    "Fall schildern: Die fallgebende Person beschreibt die Situation und "
                    "formuliert eine Schlüsselfrage.",
                    "Rückfragen: Die Beratenden stellen Verständnisfragen, ohne schon "
                    "Lösungen anzubieten.",
                    "Hypothesen: Die Beratenden sammeln, was hinter der Situation stehen "
                    "könnte; die fallgebende Person hört zu.",
                    "Lösungsideen: Die Gruppe trägt Vorschläge und Erfahrungen aus der "
                    "eigenen Verwaltung zusammen.",
                    "Abschluss: Die fallgebende Person sagt, was sie mitnimmt und was sie "
                    "als Nächstes ausprobieren will.",
                ],
                "Eine Moderatorin oder ein Moderator achtet auf Zeit und Ablauf. Alles, "
                "was in der Beratung besprochen wird, bleibt vertraulich; Namen von "
                "Beteiligten aus der eigenen Dienststelle werden nicht genannt.",
            ],
        ),
        (
            "Treffen und Arbeitsweise",
            [
                "Das Netzwerk trifft sich zweimal im Jahr für anderthalb Tage, jeweils "
                "bei einer anderen gastgebenden Verwaltung. Die Gastgeber stellen ihre "
                "eigenen Ansätze vor und laden zu einem Besuch in die Praxis ein, etwa in "
                "ein Bürgeramt oder eine Ausbildungsstelle. Ein Thementeil mit kurzen "
                "Impulsen, zwei Runden kollegialer Beratung und ein offener Austausch "
                "ergänzen das Programm.",
                "Zwischen den Treffen halten die Beteiligten über eine Mailingliste und "
                "Telefonkonferenzen Kontakt. Kleine Arbeitsgruppen vertiefen einzelne "
                "Themen und bereiten Ergebnisse für alle auf. Jedes Treffen wird kurz "
                "dokumentiert; die Dokumentation steht allen Beteiligten zur Verfügung.",
                "Bisherige Schwerpunkte waren unter anderem:",
                [
                    "Diversity-Strategien und Leitbilder in Kommunen und Ländern",
                    "Personalgewinnung und Ausbildung: mehr Vielfalt in der Verwaltung",
                    "Daten zu Vielfalt: Befragungen der Beschäftigten und Datenschutz",
                    "Willkommenskultur in Ämtern mit viel Publikumsverkehr",
                    "Beteiligung von Bürgerinnen und Bürgern an Planungsprozessen",
                ],
            ],
        ),
        (
            "So werden Sie Teil des Netzwerks",
            [
                "Wer mitwirken möchte, meldet sich beim Projektteam und stellt kurz die "
                "eigene Funktion und die Themen vor, an denen er oder sie arbeitet. Das "
                "Projektteam nimmt die Person in die Mailingliste auf und lädt zum "
                "nächsten Treffen ein. Beim ersten Treffen gibt es eine kurze "
                "Einführung in die kollegiale Beratung.",
                "Verwaltungen, die ein Treffen ausrichten möchten, stellen einen "
                "Tagungsraum, übernehmen die Einladung vor Ort und gestalten einen Teil "
                "des Programms. Reise- und Übernachtungskosten tragen die entsendenden "
                "Verwaltungen.",
            ],
        ),
    ],
)


PARTIZIPATION = Publication(
    title="Partizipative Prozesse diversitygerecht gestalten",
    title_en="Designing participatory processes with diversity in mind",
    filename="partizipative-prozesse-diversitygerecht-gestalten.pdf",
    kind="Handreichung",
    subtitle="Wie Beteiligung alle erreicht: Barrieren, Methoden, Checklisten",
    publisher=BERLIN_PUBLISHER,
    publisher_short=BERLIN_SHORT,
    year=2018,
    summary=(
        "Warum Beteiligungsverfahren viele Menschen nicht erreichen und wie "
        "Verwaltungen das ändern: Methoden, inklusive Einladungen, barrierefreie Orte "
        "und Auswertung."
    ),
    summary_en=(
        "Why participation processes fail to reach many people and how "
        "administrations can change that: methods, inclusive invitations, accessible "
        "venues and evaluation."
    ),
    keywords=("Partizipation", "Beteiligung", "Barrierefreiheit", "Diversity"),
    colour=BERLIN_COLOUR,
    eu_funding=True,
    sections=[
        (
            "Einleitung",
            [
                "Verwaltungen beteiligen Bürgerinnen und Bürger an Planungen und "
                "Entscheidungen: bei der Umgestaltung eines Platzes, beim Schulneubau, "
                "bei Leitbildern oder Förderprogrammen. Doch zu Informationsabenden und "
                "Online-Befragungen kommen oft dieselben Menschen – meist gut gebildet, "
                "deutschsprachig, mittleren oder höheren Alters und mit Zeit am Abend. "
                "Wer Vielfalt ernst nimmt, muss Beteiligung so gestalten, dass auch "
                "andere Stimmen gehört werden.",
                "„Diversity und partizipative Ansätze“ war der Schwerpunkt der "
                "Workshops im dritten Jahr des Projekts „Berliner Netzwerke für "
                "Vielfalt“. Diese Handreichung bündelt die Ergebnisse und Erfahrungen "
                "aus Bezirks- und Senatsverwaltungen.",
            ],
        ),
        (
            "Warum Beteiligung nicht alle erreicht",
            [
                "Wer fehlt, fehlt selten aus Desinteresse. Meist stehen Hürden im Weg, "
                "die sich abbauen lassen:",
                [
                    "Zeit: Termine am frühen Abend schließen Schichtarbeitende und "
                    "Menschen mit Sorgeaufgaben aus.",
                    "Sprache: Einladungen in Fachsprache und nur auf Deutsch erreichen "
                    "viele nicht oder schrecken ab.",
                    "Zugang: Stufen, fehlende Gebärdensprachdolmetschung oder schlecht "
                    "erreichbare Orte halten Menschen mit Behinderung fern.",
                    "Digitale Hürden: Reine Online-Verfahren erreichen Menschen ohne "
                    "eigenes Gerät oder ohne Übung kaum.",
                    "Wissen: Wer nicht weiß, was ein Bebauungsplan ist oder was mit den "
                    "Ergebnissen geschieht, traut sich keine Meinung zu.",
                    "Vertrauen: Schlechte Erfahrungen mit Behörden oder die Sorge um den "
                    "Aufenthaltsstatus führen dazu, dass Menschen sich zurückhalten.",
                    "Kosten: Fahrtkosten, Kinderbetreuung oder ein Verdienstausfall "
                    "können eine Teilnahme verhindern.",
                ],
            ],
        ),
        (
            "Vor dem Start: Wen betrifft das Vorhaben?",
            [
                "Am Anfang steht die Frage, wessen Alltag ein Vorhaben berührt. Eine "
                "Beteiligungslandkarte hilft, sie systematisch zu beantworten: Auf einer "
                "Karte oder Liste des Gebiets werden alle Gruppen eingetragen, die "
                "betroffen sind – Anwohnende, Gewerbetreibende, Kinder und Jugendliche, "
                "ältere Menschen, Menschen mit Behinderung, Geflüchtete in "
                "Gemeinschaftsunterkünften. Daneben wird vermerkt, wer bei früheren "
                "Verfahren dabei war und wer nicht, und über welche Einrichtungen, "
                "Vereine oder Personen die fehlenden Gruppen erreichbar sind.",
                "Aus dieser Übersicht ergeben sich die Partner des Verfahrens: "
                "Migrantenorganisationen, Selbstvertretungen von Menschen mit "
                "Behinderung, Senioren- und Jugendvertretungen, Kitas, Schulen, "
                "Moscheegemeinden, Kirchengemeinden und Stadtteilzentren. Binden Sie "
                "sie früh ein und fragen Sie, was ihre Mitglieder für eine Teilnahme "
                "brauchen.",
                "Klären Sie außerdem, was tatsächlich entschieden werden kann. "
                "Beteiligung enttäuscht, wenn der Spielraum kleiner ist als angekündigt. "
                "Sagen Sie deshalb von Beginn an offen, worüber mitbestimmt, worüber "
                "mitberaten und worüber nur informiert wird.",
            ],
        ),
        (
            "Methoden für vielfältige Beteiligung",
            [
                "Keine Methode erreicht alle. Bewährt hat sich eine Kombination aus "
                "Formaten, die zu den Menschen gehen, und Formaten, zu denen sie "
                "kommen:",
                [
                    "Aufsuchende Beteiligung: Infostände auf dem Wochenmarkt, vor der "
                    "Schule oder im Jobcenter; Gespräche dort, wo Menschen ohnehin sind.",
                    "Stadtteilspaziergang: Eine Gruppe geht das Gebiet gemeinsam ab und "
                    "benennt Orte, die gut oder schlecht funktionieren.",
                    "Fokusgruppen: kleine Runden mit einer bestimmten Gruppe, etwa "
                    "Jugendlichen oder Eltern, in ihrer Sprache und an einem vertrauten "
                    "Ort.",
                    "Zufallsauswahl: Eingeladen wird per Los aus dem Melderegister; wer "
                    "unterrepräsentiert ist, wird gezielt angesprochen.",
                    "Mehrsprachige Tische: Bei Werkstätten diskutieren Gruppen in "
                    "verschiedenen Sprachen, Sprachmittelnde tragen die Ergebnisse "
                    "zusammen.",
                    "Online und vor Ort: Online-Befragungen ergänzen Veranstaltungen, "
                    "ersetzen sie aber nicht; Papierfragebögen liegen an bekannten Orten "
                    "aus.",
                ],
            ],
        ),
        (
            "Checkliste für inklusive Einladungen",
            [
                Checklist(
                    [
                        "Die Einladung sagt in einem Satz, worum es geht und was "
                        "entschieden werden kann.",
                        "Sie ist in einfacher Sprache geschrieben und liegt in den "
                        "wichtigsten Sprachen des Gebiets vor.",
                        "Ort, Zeit, Dauer und Anfahrt sind genannt; der Ort ist mit "
                        "Bus und Bahn erreichbar.",
                        "Angaben zur Barrierefreiheit des Ortes stehen in der Einladung.",
                        "Sprachmittlung, Gebärdensprach- oder Schriftdolmetschung und "
                        "Kinderbetreuung werden angeboten; es ist klar, bis wann man sie "
                        "anmelden kann.",
                        "Es gibt eine Kontaktperson mit Telefonnummer und E-Mail.",
                        "Die Einladung wird über Partnerorganisationen und persönliche "
                        "Ansprache verbreitet, nicht nur über Amtsblatt und Website.",
                        "Der Termin berücksichtigt Schulferien, religiöse Feiertage und "
                        "übliche Arbeitszeiten.",
                    ]
                ),
            ],
        ),
        (
            "Barrierefreie Veranstaltungsorte",
            [
                "Ein Ort ist nicht schon deshalb barrierefrei, weil er einen Aufzug hat. "
                "Prüfen Sie vorab vor Ort:",
                [
                    "stufenloser Zugang, ausreichend breite Türen und eine "
                    "rollstuhlgerechte Toilette",
                    "Sitzplätze mit Armlehnen und Plätze für Rollstühle in der ersten Reihe",
                    "eine Induktionsschleife oder mobile Höranlage, gute Akustik und "
                    "Mikrofone für alle Wortbeiträge",
                    "helle, blendfreie Beleuchtung, damit vom Mund abgelesen werden kann",
                    "eine gut sichtbare Beschilderung vom Eingang bis zum Raum",
                    "ein ruhiger Rückzugsraum und, wenn Kinder mitkommen, eine Spielecke",
                ],
                "Unterlagen und Präsentationen werden vorab digital zur Verfügung "
                "gestellt, damit sie mit Screenreadern gelesen oder vergrößert werden "
                "können.",
            ],
        ),
        (
            "Während der Veranstaltung",
            [
                "Eine neutrale Moderation sorgt dafür, dass nicht die Lautesten den "
                "Abend bestimmen. Redezeiten werden begrenzt, Ergebnisse sichtbar "
                "festgehalten und Fachbegriffe erklärt. Kleingruppen geben Menschen, die "
                "nicht vor vielen sprechen möchten, eine Stimme; Kartenabfragen und "
                "Punkte auf Plänen ermöglichen Beiträge ohne Wortmeldung. Zu Beginn "
                "vereinbarte Gesprächsregeln – ausreden lassen, respektvoll "
                "widersprechen, keine abwertenden Äußerungen – werden freundlich, aber "
                "konsequent durchgesetzt.",
            ],
        ),
        (
            "Auswertung und Rückmeldung",
            [
                "Werten Sie aus, wen das Verfahren erreicht hat. Ein kurzer, freiwilliger "
                "und anonymer Fragebogen zu Alter, Sprache, Wohnort und "
                "Beeinträchtigungen zeigt, ob die Zusammensetzung der Teilnehmenden "
                "der Bevölkerung des Gebiets nahekommt. Fragen Sie auch, wie die "
                "Menschen von der Veranstaltung erfahren haben und was ihnen die "
                "Teilnahme erleichtert hätte.",
                "Mindestens ebenso wichtig ist die Rückmeldung an die Beteiligten: Was "
                "ist aus ihren Hinweisen geworden, was wurde übernommen, was nicht und "
                "warum? Eine verständliche Ergebnisübersicht, verschickt an alle, die "
                "eine Adresse hinterlassen haben, und ausgehängt an den Orten der "
                "aufsuchenden Beteiligung, schafft Vertrauen für das nächste Verfahren.",
            ],
        ),
    ],
)


WERKSTATT = Publication(
    title="Beiträge aus der Berliner Diversity-Werkstatt",
    title_en="Contributions from the Berlin Diversity Workshop",
    filename="beitraege-aus-der-berliner-diversity-werkstatt.pdf",
    kind="Dokumentation",
    subtitle="Chancen und Herausforderungen bei der Umsetzung von Diversity-Ansätzen",
    publisher=BERLIN_PUBLISHER,
    publisher_short=BERLIN_SHORT,
    year=2018,
    summary=(
        "Gäste aus Wirtschaft, Verbänden, Hochschulen und Verwaltung berichten, wie "
        "sie Diversity-Ansätze umsetzen und was die Verwaltung davon lernen kann."
    ),
    summary_en=(
        "Guests from business, associations, universities and administration report "
        "how they implement diversity approaches and what administrations can learn."
    ),
    keywords=("Diversity-Werkstatt", "Diversity Management", "Wirtschaft", "Hochschule"),
    colour=BERLIN_COLOUR,
    eu_funding=True,
    sections=[
        (
            "Zu dieser Dokumentation",
            [
                "In der Diversity-Werkstatt Berlin kamen Beschäftigte der Berliner "
                "Verwaltung mit Gästen aus Wirtschaft, Verbänden und Hochschulen "
                "zusammen. Die Gäste berichteten, wie ihre Organisationen mit Vielfalt "
                "umgehen, welche Instrumente sich bewährt haben und wo sie an Grenzen "
                "gestoßen sind. Im Anschluss wurde diskutiert, was davon in der "
                "Verwaltung nutzbar ist.",
                "Die folgenden Beiträge fassen die Impulse zusammen. Sie geben die Sicht "
                "der Vortragenden wieder, die hier nur mit ihrer Funktion genannt "
                "werden. Die Zusammenfassungen wurden vom Projektteam erstellt.",
            ],
        ),
        (
            "Aus der Wirtschaft: Vielfalt beginnt bei der Stellenanzeige",
            [
                "Die Personalleiterin eines mittelständischen Berliner "
                "Dienstleistungsunternehmens schilderte, wie ihr Unternehmen auf den "
                "Fachkräftemangel reagiert hat. Ausgangspunkt war eine "
                "Stellenanzeigenanalyse: Alle Anzeigen eines Jahres wurden daraufhin "
                "geprüft, wen sie ansprechen und wen sie unbeabsichtigt abschrecken. "
                "Lange Listen von Muss-Anforderungen, ausschließlich männliche "
                "Formulierungen und der Hinweis auf „perfekte Deutschkenntnisse“ auch "
                "dort, wo sie nicht gebraucht werden, fielen besonders auf.",
                "Das Unternehmen hat die Anzeigen überarbeitet, wirbt zusätzlich über "
                "Migrantenorganisationen und Beratungsstellen und führt strukturierte "
                "Interviews mit festen Fragen und Bewertungsbögen. Seitdem bewerben sich "
                "mehr Frauen und mehr Menschen mit ausländischen Abschlüssen. Als "
                "Herausforderung beschrieb die Referentin die Einarbeitung: Vielfältige "
                "Teams brauchen Führungskräfte, die Konflikte ansprechen und "
                "unterschiedliche Arbeitsweisen wertschätzen.",
            ],
        ),
        (
            "Aus einem Wohlfahrtsverband: Interkulturelle Öffnung als Daueraufgabe",
            [
                "Die Referentin für interkulturelle Öffnung eines Wohlfahrtsverbandes "
                "berichtete von einem mehrjährigen Prozess in Kitas, "
                "Beratungsstellen und Pflegediensten. Leitbild und Qualitätshandbuch "
                "wurden überarbeitet, Beratungsangebote in weiteren Sprachen "
                "eingerichtet und Kooperationen mit Migrantenorganisationen vereinbart. "
                "Entscheidend sei gewesen, die Einrichtungen selbst Ziele festlegen zu "
                "lassen, statt ihnen ein Programm vorzugeben.",
                "Schwierig bleibe es, die Öffnung auch im Ehrenamt zu verankern, das "
                "vielerorts von langjährigen, homogenen Gruppen getragen wird. Hier "
                "hätten gemischte Tandems aus neuen und erfahrenen Ehrenamtlichen mehr "
                "bewirkt als jede Schulung.",
            ],
        ),
        (
            "Aus der Hochschule: Vielfalt der Studierenden als Ausgangspunkt",
            [
                "Eine Mitarbeiterin der Stabsstelle für Diversität einer Berliner "
                "Hochschule stellte vor, wie die Hochschule die Vielfalt ihrer "
                "Studierenden zum Ausgangspunkt der Lehre macht. Viele Studierende sind "
                "die ersten in ihrer Familie, die studieren, viele arbeiten neben dem "
                "Studium oder betreuen Kinder oder Angehörige. Eine Befragung zeigte, "
                "dass gerade diese Gruppen häufiger das Studium abbrechen.",
                "Die Hochschule hat daraufhin Mentoringprogramme für den "
                "Studieneinstieg, flexible Prüfungstermine und Fortbildungen für "
                "Lehrende eingeführt. Die Referentin betonte den Wert von Daten: Ohne "
                "die Befragung wären die Maßnahmen Vermutungen geblieben. Zugleich "
                "müssten Befragungen freiwillig, anonym und mit der Interessenvertretung "
                "abgestimmt sein.",
            ],
        ),
        (
            "Aus der Zivilgesellschaft: Migrantenorganisationen als Partner",
            [
                "Ein Vorstandsmitglied eines Dachverbands von Migrantenorganisationen "
                "beschrieb die Zusammenarbeit mit Behörden aus Sicht der Vereine. "
                "Migrantenorganisationen würden häufig erst angefragt, wenn eine "
                "Veranstaltung schon geplant ist, und dann gebeten, „ihre Leute“ "
                "mitzubringen. Gelungene Kooperationen begännen früher: bei der Frage, "
                "welches Problem gelöst werden soll.",
                "Der Referent warb dafür, ehrenamtliche Arbeit von Vereinen nicht als "
                "selbstverständlich zu betrachten. Aufwandsentschädigungen für "
                "Sprachmittlung und Beratung, verlässliche Ansprechpersonen in der "
                "Verwaltung und eine Rückmeldung über die Ergebnisse seien Zeichen von "
                "Wertschätzung.",
            ],
        ),
        (
            "Aus der Verwaltung: Diversity in der Personalentwicklung",
            [
                "Eine Personalentwicklerin einer Berliner Bezirksverwaltung berichtete, "
                "wie ihr Bezirksamt Diversity in die Personalentwicklung aufgenommen "
                "hat. Diversity-Fortbildungen sind Teil des Programms für neue "
                "Führungskräfte; in Auswahlverfahren wird interkulturelle Kompetenz "
                "ausdrücklich abgefragt; Beschäftigte mit weiteren Sprachkenntnissen "
                "können diese freiwillig angeben.",
                "Als größte Hürde nannte sie die Zeit: Fortbildungen konkurrieren mit "
                "vollen Fallzahlen. Geholfen habe, dass die Bezirksbürgermeisterin das "
                "Thema zur Chefsache gemacht und über die Ergebnisse regelmäßig in den "
                "Leitungsrunden berichtet wurde.",
            ],
        ),
        (
            "Diskussion: Was lässt sich auf die Verwaltung übertragen?",
            [
                "In Kleingruppen prüften die Teilnehmenden aus der Verwaltung, welche "
                "der vorgestellten Instrumente sich in Behörden anwenden lassen. Die "
                "Überprüfung von Anforderungsprofilen und strukturierte "
                "Auswahlgespräche wurden als gut übertragbar eingeschätzt; erste "
                "Personalstellen wollen ihre Ausschreibungen entsprechend durchsehen. "
                "Hier sahen die Teilnehmenden aber auch Grenzen: Laufbahnrecht und "
                "Bestenauslese geben den Rahmen vor, in dem Auswahlverfahren gestaltet "
                "werden können.",
                "Besonders lebhaft wurde über Daten diskutiert. Anders als Hochschulen "
                "oder Unternehmen wissen Verwaltungen oft wenig darüber, wie vielfältig "
                "ihre eigene Belegschaft ist. Freiwillige und anonyme Befragungen der "
                "Beschäftigten wurden als möglicher Weg gesehen, wenn Personalvertretung "
                "und Datenschutzbeauftragte früh einbezogen werden und die Ergebnisse "
                "zurück in die Belegschaft gehen.",
                "Aus den Beiträgen von Verband und Migrantenorganisationen nahmen die "
                "Teilnehmenden die Anregung mit, Kooperationen verbindlicher zu "
                "gestalten: mit festen Ansprechpersonen auf beiden Seiten, klaren "
                "Absprachen über Aufgaben und, wo möglich, einer Vergütung für "
                "Leistungen der Vereine.",
            ],
        ),
        (
            "Was die Werkstatt gezeigt hat",
            [
                "Die Diskussion mit den Gästen hat einige Gemeinsamkeiten sichtbar "
                "gemacht, unabhängig davon, ob es um ein Unternehmen, einen Verband, eine "
                "Hochschule oder eine Behörde geht:",
                [
                    "Diversity braucht Rückhalt der Leitung und zugleich Spielraum für "
                    "die einzelnen Einheiten, eigene Ziele zu setzen.",
                    "Daten machen Handlungsbedarf sichtbar; sie müssen freiwillig, "
                    "anonym und datenschutzgerecht erhoben werden.",
                    "Personalgewinnung und -auswahl sind wirksame Hebel, wenn "
                    "Anforderungen geprüft und Verfahren strukturiert werden.",
                    "Kooperationen mit der Zivilgesellschaft gelingen, wenn sie früh "
                    "beginnen und die Arbeit der Partner anerkannt wird.",
                    "Der Umgang mit Vielfalt ist eine Daueraufgabe, kein Projekt mit Enddatum.",
                ],
                "Für die Berliner Verwaltung wurde vereinbart, die Erfahrungen in die "
                "themenspezifischen Workshops und die Diversity-Fortbildungen "
                "einzubringen und das Gespräch mit den Gästen fortzusetzen.",
            ],
        ),
    ],
)


VIELFALT_LEBEN = Publication(
    title=(
        "Broschüre Vielfalt Leben: Interkulturelle Öffnung und Vielfaltsgestaltung in "
        "zwei Thüringer Landratsämtern"
    ),
    title_en=(
        "Brochure Vielfalt Leben: intercultural opening and diversity management in two "
        "Thuringian district offices"
    ),
    filename="broschuere-vielfalt-leben.pdf",
    kind="Broschüre",
    cover_title="Vielfalt Leben",
    subtitle=("Interkulturelle Öffnung und Vielfaltsgestaltung in zwei Thüringer Landratsämtern"),
    publisher=THURINGIA_PUBLISHER,
    publisher_short=THURINGIA_SHORT,
    year=2022,
    summary=(
        "Wie die Landratsämter Altenburger Land und Ilm-Kreis ihre interkulturelle "
        "Öffnung angegangen sind: Analyse, Prozessentwicklung, Evaluation und neun "
        "Handlungsempfehlungen."
    ),
    summary_en=(
        "How the district offices of Altenburger Land and Ilm-Kreis approached their "
        "intercultural opening: analysis, process development, evaluation and nine "
        "recommendations."
    ),
    keywords=("Interkulturelle Öffnung", "Vielfalt", "Landratsamt", "Thüringen"),
    colour=THURINGIA_COLOUR,
    sections=[
        (
            "Warum „Vielfalt Leben“?",
            [
                "Verwaltungen stehen vor großen Veränderungen. Der demografische Wandel "
                "verschärft den Bedarf an Arbeits- und Fachkräften, die Kundschaft wird "
                "älter und internationaler, rechtliche Rahmenbedingungen werden "
                "komplexer, und vielerorts sinken Zufriedenheit und Motivation der "
                "Beschäftigten. Zugleich erleben Zugewanderte Fremdenfeindlichkeit, auch "
                "im Kontakt mit Behörden.",
                "Das Projekt „Vielfalt Leben. Für eine zukunftsfähige Verwaltung“ "
                "begleitet Thüringer Verwaltungseinrichtungen dabei, sich diesen "
                "Herausforderungen zu stellen. Es stößt diversitätsorientierte "
                "Veränderungsprozesse an, an denen Mitarbeitende und Leitungskräfte "
                "gleichermaßen beteiligt sind. Im Mittelpunkt stehen Vielfaltsgestaltung "
                "und interkulturelle Öffnung, dazu angrenzende Themen wie "
                "Wissensmanagement, interne und externe Kommunikation sowie Personal- "
                "und Organisationsentwicklung.",
                Quote(
                    "Das Ziel und die Hoffnung, die wir mit diesem Projekt verbinden, ist "
                    "es, alle an einen Tisch zu bringen und entlang der "
                    "Querschnittsaufgaben etwas zu entwickeln, was stückweise unsere "
                    "Verwaltung und damit auch Thüringen zu einer offenen und diverseren "
                    "Gesellschaft macht.",
                    "Dirk Adams, Thüringer Minister für Migration, Justiz und Verbraucherschutz",
                ),
            ],
        ),
        (
            "Zwei Landratsämter gehen neue Wege",
            [
                "Ende 2020 haben sich die Landratsämter Altenburger Land und Ilm-Kreis "
                "entschieden, ihre interkulturelle Öffnung vom Projektteam begleiten und "
                "evaluieren zu lassen. Beide Häuser haben den Prozess bewusst breit "
                "angelegt: Nicht nur die Ämter, die häufig mit Zugewanderten arbeiten, "
                "sind beteiligt, sondern die gesamte Einrichtung – von der "
                "Kfz-Zulassung bis zum Jugendamt, vom Bauordnungsamt bis zur "
                "Personalverwaltung.",
                "Auch inhaltlich geht der Prozess über Migration hinaus. Er nimmt "
                "Vielfalt allgemein in den Blick: Alter, Geschlecht, Behinderung, "
                "Herkunft, Sprache und Lebenslagen der Bürgerinnen und Bürger ebenso wie "
                "die der Beschäftigten.",
            ],
        ),
        (
            "Unser Verständnis von interkultureller Öffnung",
            [
                "Interkulturelle Öffnung verstehen wir als Organisationsentwicklung. "
                "Eine Verwaltung öffnet sich, wenn sie ihre Strukturen, Abläufe und "
                "Angebote so gestaltet, dass alle Menschen gleichberechtigten Zugang zu "
                "ihren Leistungen haben, und wenn sich die Vielfalt der Bevölkerung "
                "auch unter ihren Beschäftigten wiederfindet. Einzelne Fortbildungen "
                "reichen dafür nicht; es braucht Veränderungen auf allen Ebenen.",
                "Daraus ergeben sich zwei Ziele. Die Verwaltung soll ein "
                "bürgerfreundlicher Dienstleister sein, der Zugangsbarrieren abbaut und "
                "die Orientierung im Gebäude und auf der Website erleichtert. Und sie "
                "soll ein attraktiver Arbeitgeber sein, der Diskriminierung in den "
                "eigenen Strukturen verringert, die interkulturellen Kompetenzen und "
                "die Handlungssicherheit der Beschäftigten stärkt und ihre "
                "Zufriedenheit und Bindung erhöht.",
            ],
        ),
        (
            "Die Prozessbegleitung",
            [
                "Die Prozessbegleitung verbindet Beratung, Fortbildung und "
                "Qualifizierung der Mitarbeitenden und Führungskräfte. Sie besteht aus "
                "drei Bausteinen, die aufeinander aufbauen: der Analyse der "
                "Ausgangslage, der Prozessentwicklung und der Evaluation.",
            ],
        ),
        (
            "Analyse der Ausgangslage",
            [
                "Am Anfang steht die Frage, was die Organisation und ihre "
                "Mitarbeitenden brauchen. Die Ist-Analyse erfasst vorhandene "
                "Strukturen, Ansätze und Ressourcen, etwa in Gesprächen mit "
                "Leitungskräften, Personalvertretung und Beauftragten, in "
                "Gruppeninterviews mit Beschäftigten und in einer Auswertung "
                "vorhandener Konzepte. Die Beschäftigten beschreiben ihre Kompetenzen, "
                "Potenziale und Bedarfe, vor allem für den Kontakt mit Kundinnen und "
                "Kunden.",
                "Ein Rundgang durch die Dienstgebäude aus der Sicht von Besucherinnen "
                "und Besuchern und ein Blick auf die Website können die "
                "Bestandsaufnahme ergänzen. Außerdem wird gefragt, wie die Perspektiven "
                "der Kundinnen und Kunden stärker in die Arbeit einfließen können – "
                "etwa über Rückmeldebögen oder Gespräche mit Beratungsstellen.",
            ],
        ),
        (
            "Prozessentwicklung",
            [
                "Die Prozessentwicklung geschieht unter Einbezug der Beteiligten: Die "
                "Landratsämter legen Ziele und Zeiträume selbst fest. Eine "
                "Steuerungsgruppe, in der Leitung, Fachbereiche, Personalvertretung und "
                "Beauftragte zusammenarbeiten, hält den Prozess zusammen. In "
                "Dialogveranstaltungen können alle Beschäftigten ihre Erfahrungen und "
                "Vorschläge einbringen.",
                "Das Projektteam begleitet den Prozess methodisch, strategisch und "
                "inhaltlich, zum Beispiel mit:",
                [
                    "Coachings der Führungsebene",
                    "Seminaren für Führungskräfte und Mitarbeitende, etwa zu "
                    "interkultureller Kommunikation und zum Umgang mit Vorurteilen",
                    "Workshops zur Entwicklung wertebasierter Vereinbarungen",
                    "Beratung der Steuerungsgruppen zwischen den Treffen",
                ],
                "Wertebasierte Vereinbarungen lassen sich zum Beispiel in einem "
                "gemeinsam erarbeiteten Wertekompass festhalten: wenigen, konkreten "
                "Sätzen dazu, wie die Beschäftigten miteinander und mit der Kundschaft "
                "umgehen wollen, die in Teamsitzungen und Mitarbeitergesprächen "
                "aufgegriffen werden.",
            ],
        ),
        (
            "Arbeiten unter Pandemiebedingungen",
            [
                "Der Prozess begann mitten in der Corona-Pandemie. Präsenztreffen waren "
                "lange kaum möglich, viele Beschäftigte arbeiteten im Homeoffice, und "
                "die Gesundheitsämter waren stark belastet. Formate mussten deshalb "
                "angepasst werden, etwa durch Treffen per Videokonferenz, kürzere "
                "Einheiten und häufigere Termine.",
                "Die ersten Ergebnisse – Dialogveranstaltungen und Treffen der "
                "Steuerungsgruppen – zeigen, dass interkulturelle Öffnungsprozesse nicht "
                "nur notwendig und zukunftsweisend sind, sondern auch unter erschwerten "
                "Bedingungen gelingen können.",
            ],
        ),
        (
            "Evaluation",
            [
                "Gemeinsam mit den Beteiligten wird erhoben, was sich durch den Prozess "
                "verändert hat: Welche Methoden waren zielführend? Was gilt es als "
                "Nächstes zu tun oder zu beachten? Die Antworten fließen in die weitere "
                "Planung ein.",
                "Begleitend wurde „Vielfalt Leben“ von IKPE evaluiert. Aus dieser "
                "Prozessevaluation stammen die Handlungsempfehlungen im folgenden "
                "Abschnitt.",
            ],
        ),
        (
            "Neun Handlungsempfehlungen",
            [
                "Aus der Prozessevaluation von „Vielfalt Leben“ lassen sich folgende "
                "Handlungsempfehlungen für Verwaltungen ableiten, die sich für "
                "interkulturelle Öffnungsprozesse interessieren:",
                Numbered(
                    [
                        "Gründung einer stabilen Arbeitsgruppe mit festen Ansprechpartner:innen",
                        "Klare und kurze Entscheidungskanäle; Führungsebene steht hinter "
                        "dem Veränderungsprozess",
                        "Einstellungswandel fördern",
                        "Anschlussfähigkeit an andere Projekte sicherstellen",
                        "Mitarbeiter:innen-Beteiligung",
                        "Bedarfsorientierte Fortbildungsangebote sowie frühzeitige "
                        "Umsetzung von konkreten Maßnahmen",
                        "Veränderungsprozess nachhaltig anlegen",
                        "Erfolge sichtbar machen zur Förderung / Aufrechterhaltung der "
                        "Mitarbeiter:innen-Motivation",
                        "Externe Prozessbegleitung",
                    ]
                ),
            ],
        ),
        (
            "Beispiele für Maßnahmen",
            [
                "Welche Maßnahmen entstehen, entscheiden die Beteiligten selbst. In "
                "Öffnungsprozessen von Landratsämtern werden häufig Vorhaben wie diese "
                "angegangen:",
                [
                    "verständlichere Formulare und Anschreiben, geprüft von "
                    "Beschäftigten und Kundinnen und Kunden",
                    "eine bessere Orientierung in den Dienstgebäuden mit Piktogrammen "
                    "und mehrsprachigen Hinweisen",
                    "eine Übersicht der Sprachkenntnisse, die Beschäftigte freiwillig "
                    "für Gespräche zur Verfügung stellen",
                    "Einarbeitungspakete für neue Beschäftigte, die den Umgang mit "
                    "Vielfalt von Anfang an aufgreifen",
                    "Fortbildungen zu interkultureller Kommunikation und zum Umgang "
                    "mit schwierigen Gesprächssituationen am Schalter",
                    "regelmäßige Berichte der Steuerungsgruppe in Amtsleiterrunden und im Intranet",
                ],
            ],
        ),
        (
            "Was wir gelernt haben",
            [
                "Interkulturelle Öffnung gelingt, wenn sie nicht als Zusatzaufgabe "
                "wahrgenommen wird, sondern die Arbeit erleichtert. Beschäftigte waren "
                "dort am ehesten zu gewinnen, wo sich schnell etwas Sichtbares änderte: "
                "ein verständlicheres Formular, ein besser ausgeschilderter Flur, eine "
                "Fortbildung, die auf eine konkrete schwierige Situation am Schalter "
                "einging.",
                "Ebenso wichtig war eine Leitung, die den Prozess sichtbar unterstützt, "
                "und eine Steuerungsgruppe, die auch in Zeiten hoher Belastung "
                "zusammenkommt. Eine externe Begleitung kann Impulse geben und "
                "moderieren; tragen müssen den Prozess die Beschäftigten selbst.",
                "Schließlich braucht Veränderung Zeit. Einstellungen wandeln sich "
                "langsamer als Abläufe. Deshalb sollten Verwaltungen den Prozess von "
                "Anfang an über das Projektende hinaus planen und ihn mit bestehenden "
                "Vorhaben wie der Personalentwicklung oder der Digitalisierung "
                "verknüpfen.",
            ],
        ),
        (
            "Ausblick",
            [
                "Die Erfahrungen aus den beiden Landratsämtern fließen in die weitere "
                "Arbeit von „Vielfalt Leben“ ein. Weitere Thüringer "
                "Verwaltungseinrichtungen, die einen Öffnungsprozess beginnen möchten, "
                "können sich an das Projektteam wenden. Am Anfang steht ein Gespräch "
                "mit der Leitung darüber, was die Einrichtung erreichen will und "
                "welche Ressourcen sie dafür bereitstellen kann.",
            ],
        ),
    ],
)


PUBLICATIONS = {
    "flyer-berliner-netzwerke": FLYER,
    "handreichung-willkommenskultur": WILLKOMMENSKULTUR,
    "diversity-netzwerk-verwaltungen": NETZWERK,
    "partizipative-prozesse": PARTIZIPATION,
    "beitraege-diversity-werkstatt": WERKSTATT,
    "broschuere-vielfalt-leben": VIELFALT_LEBEN,
}

# One word per PDF that occurs in no other PDF and on no demo page: a search for it
# must find exactly that document.
DISTINCTIVE_WORDS = {
    "flyer-berliner-netzwerke": "Kurzporträt",
    "handreichung-willkommenskultur": "Wegeleitsystem",
    "diversity-netzwerk-verwaltungen": "Intervision",
    "partizipative-prozesse": "Beteiligungslandkarte",
    "beitraege-diversity-werkstatt": "Stellenanzeigenanalyse",
    "broschuere-vielfalt-leben": "Wertekompass",
}
