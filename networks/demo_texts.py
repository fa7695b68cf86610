"""Texts of the networks demo content, German with English side by side.

Every translatable string is written as ``Bi(german, english)``; :func:`german`
turns a structure of them into the German field values and collects the
English catalogue that ``DemoContext.translate`` needs, so the two languages
cannot drift apart. Rich text is built with :func:`rich`: each paragraph and
each list item is one wagtail-localize segment.

The content follows the seeds: the Berlin AMIF project "Berliner Netzwerke für
Vielfalt" (its network, meetings and workshop) and the Thuringian project
"Vielfalt Leben" (the nine recommendations of its process evaluation by IKPE).
Dates of the example events and the members marked "(Demo)" are invented and
say so on the pages.
"""

import datetime
import zoneinfo
from typing import NamedTuple


class Bi(NamedTuple):
    """A German string and its English translation."""

    de: str
    en: str


def same(text):
    """A string that reads the same in both languages (an address, an e-mail)."""
    return Bi(text, text)


class Rich(NamedTuple):
    """Rich text: paragraphs (``Bi``) and bullet lists (lists of ``Bi``)."""

    parts: tuple


def rich(*parts):
    return Rich(parts)


def german(value, catalogue):
    """The German form of ``value``; adds each ``Bi`` to ``catalogue`` (German → English)."""
    if isinstance(value, Bi):
        catalogue[value.de] = value.en
        return value.de
    if isinstance(value, Rich):
        html = []
        for part in value.parts:
            if isinstance(part, Bi):
                html.append(f"<p>{german(part, catalogue)}</p>")
            else:
                items = "".join(f"<li>{german(item, catalogue)}</li>" for item in part)
                html.append(f"<ul>{items}</ul>")
        return "".join(html)
    if isinstance(value, dict):
        return {key: german(item, catalogue) for key, item in value.items()}
    if isinstance(value, list):
        return [german(item, catalogue) for item in value]
    if isinstance(value, tuple):
        return tuple(german(item, catalogue) for item in value)
    return value


BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")


def berlin(*args):
    return datetime.datetime(*args, tzinfo=BERLIN)


# Organisations and topics -------------------------------------------------------------

LADS = "Landesstelle für Gleichbehandlung – gegen Diskriminierung"
ALTENBURG = "Landratsamt Altenburger Land"
ILM_KREIS = "Landratsamt Ilm-Kreis"
IKPE = "IKPE – Institut für kommunale Planung und Entwicklung"
DEMO_OFFICE = "Landesstelle für Vielfalt (Demo)"
MUSTERSTADT = "Stadt Musterstadt (Demo)"
BEISPIELKREIS = "Landkreis Beispielkreis (Demo)"

ORGANISATIONS = {
    LADS: {
        "short_name": "LADS",
        "level": "land",
        "state": "BE",
        "website": "https://www.berlin.de/sen/lads/",
    },
    ALTENBURG: {"level": "kommune", "state": "TH"},
    ILM_KREIS: {"level": "kommune", "state": "TH"},
    IKPE: {"short_name": "IKPE", "level": "wissenschaft", "state": "TH"},
    DEMO_OFFICE: {"level": "land", "state": "BE"},
    MUSTERSTADT: {"level": "kommune", "state": "NW"},
    BEISPIELKREIS: {"level": "kommune", "state": "NI"},
}

TOPICS = {
    "Netzwerke": "Networks",
    "Fortbildung": "Training",
    "Willkommenskultur": "Welcoming culture",
    "Partizipation": "Participation",
    "Interkulturelle Öffnung": "Intercultural opening",
    "Organisationsentwicklung": "Organisational development",
    "Führung": "Leadership",
}

NETWORK_CONTACT = {
    "name": Bi("Geschäftsstelle des Städtenetzwerks (Demo)", "Office of the city network (demo)"),
    "role": Bi("Koordination", "Coordination"),
    "organisation": Bi(DEMO_OFFICE, "State Office for Diversity (demo)"),
    "phone": Bi("030 123456-20", "+49 30 123456-20"),
    "email": same("staedtenetzwerk@example.org"),
    "photo": None,
    "alt_text": "",
    "decorative": False,
}

TRAINING_CONTACT = {
    "name": Bi("Fortbildungsteam (Demo)", "Training team (demo)"),
    "role": Bi("Anmeldung und Fragen zur Fortbildung", "Registration and questions"),
    "organisation": Bi(DEMO_OFFICE, "State Office for Diversity (demo)"),
    "phone": Bi("030 123456-30", "+49 30 123456-30"),
    "email": same("fortbildung@example.org"),
    "photo": None,
    "alt_text": "",
    "decorative": False,
}

DEMO_DATE_NOTE = Bi(
    "Hinweis: Datum, Uhrzeit und Ort dieses Beispieltermins sind für die Demo frei gewählt.",
    "Note: the date, time and place of this example event were chosen freely for the demo.",
)

# Networks --------------------------------------------------------------------------------

BERLIN_NETWORK = {
    "title": Bi(
        "Berliner Netzwerk Vielfalt und Chancengleichheit",
        "Berlin Network for Diversity and Equal Opportunities",
    ),
    "slug": Bi(
        "berliner-netzwerk-vielfalt-und-chancengleichheit",
        "berlin-network-diversity-and-equal-opportunities",
    ),
    "search_description": Bi(
        "Das Netzwerk der für Chancengleichheit zuständigen Organisationseinheiten auf "
        "Berliner Senatsebene: Schnittstellen erkennen, Vorgehen abstimmen.",
        "The network of the units responsible for equal opportunities at the level of "
        "Berlin's Senate: finding common ground, agreeing on joint approaches.",
    ),
    "intro": Bi(
        "In dem seit 2011 bestehenden Netzwerk treffen sich die auf Senatsebene für "
        "Chancengleichheit zuständigen Organisationseinheiten.",
        "In this network, which has existed since 2011, the organisational units "
        "responsible for equal opportunities at Senate level meet.",
    ),
    "founded": 2011,
    "body": [
        ("heading", {"text": Bi("Ziel des Netzwerks", "What the network is for"), "level": "h2"}),
        (
            "paragraph",
            rich(
                Bi(
                    "Das Ziel des Netzwerks besteht darin, Schnittstellen zu identifizieren "
                    "und gemeinsame Vorgehensweisen abzustimmen. Chancengleichheit ist eine "
                    "Querschnittsaufgabe: Wer für einzelne Gruppen zuständig ist, erreicht "
                    "mehr, wenn die Zuständigen voneinander wissen und sich abstimmen.",
                    "The network aims to identify interfaces and to agree on joint "
                    "approaches. Equal opportunities cut across every field: those "
                    "responsible for particular groups achieve more when they know of "
                    "each other and coordinate.",
                ),
                Bi(
                    "Das Netzwerk war ein Bestandteil des Projekts „Berliner Netzwerke für "
                    "Vielfalt“ (2015 bis 2018), das aus dem Asyl-, Migrations- und "
                    "Integrationsfonds kofinanziert wurde.",
                    "The network was part of the project “Berlin Networks for Diversity” "
                    "(2015 to 2018), co-financed by the Asylum, Migration and Integration "
                    "Fund.",
                ),
            ),
        ),
    ],
    "how_to_join": rich(
        Bi(
            "Das Netzwerk richtet sich an die Organisationseinheiten der Berliner "
            "Senatsverwaltungen, die für Chancengleichheit zuständig sind.",
            "The network is open to the units of Berlin's Senate administrations that "
            "are responsible for equal opportunities.",
        ),
    ),
}

CITY_NETWORK = {
    "title": Bi("Städtenetzwerk für Vielfalt", "City Network for Diversity"),
    "slug": Bi("staedtenetzwerk-fuer-vielfalt", "city-network-for-diversity"),
    "search_description": Bi(
        "Ein deutschlandweites Netzwerk für Beschäftigte kommunaler und Landesverwaltungen, "
        "die sich für Vielfalt und Diversity einsetzen: Ansätze kennenlernen, kollegial beraten.",
        "A nationwide network for staff of municipal and state administrations who work "
        "for diversity: learning about approaches, advising each other as peers.",
    ),
    "intro": Bi(
        "Ein deutschlandweites Netzwerk für Verwaltungsmitarbeitende auf kommunaler und "
        "Landesebene, die zum Thema Vielfalt und Diversity aktiv sind.",
        "A nationwide network for administrative staff at municipal and state level who "
        "are active in the field of diversity.",
    ),
    "meetings": Bi(
        "zweimal jährlich für anderthalb Tage, reihum bei einer gastgebenden Verwaltung",
        "twice a year for one and a half days, hosted by a different administration each time",
    ),
    "body": [
        ("heading", {"text": Bi("Worum es geht", "What it is about"), "level": "h2"}),
        (
            "paragraph",
            rich(
                Bi(
                    "Das Städtenetzwerk ist im Projekt „Berliner Netzwerke für Vielfalt“ "
                    "entstanden. Das Ziel des Netzwerks besteht darin, erfolgreiche Ansätze "
                    "kennenzulernen und kollegiale Beratung zu fördern.",
                    "The city network grew out of the project “Berlin Networks for "
                    "Diversity”. Its aim is to learn about successful approaches and to "
                    "encourage peer advice.",
                ),
                Bi(
                    "Hinweis: Die Mitgliederliste dieser Demo-Seite ist ein Beispiel. "
                    "Einträge mit dem Zusatz „(Demo)“ sind erfunden.",
                    "Note: the list of members on this demo page is an example. Entries "
                    "marked “(Demo)” are invented.",
                ),
            ),
        ),
        (
            "process_steps",
            {
                "heading": Bi("So läuft kollegiale Beratung", "How peer advice works"),
                "intro": rich(
                    Bi(
                        "Herzstück der Treffen ist die kollegiale Beratung in einem festen "
                        "Ablauf von etwa 45 bis 60 Minuten.",
                        "At the heart of every meeting is peer advice, following a fixed "
                        "sequence of about 45 to 60 minutes.",
                    )
                ),
                "steps": [
                    {
                        "title": Bi("Fall schildern", "Present the case"),
                        "text": rich(
                            Bi(
                                "Eine Person beschreibt eine Situation aus der eigenen "
                                "Praxis und formuliert eine Schlüsselfrage.",
                                "One person describes a situation from their own work "
                                "and puts a key question.",
                            )
                        ),
                    },
                    {
                        "title": Bi("Rückfragen", "Ask questions"),
                        "text": rich(
                            Bi(
                                "Die Beratenden stellen Verständnisfragen, ohne schon "
                                "Lösungen anzubieten.",
                                "The advisers ask questions to understand, without "
                                "offering solutions yet.",
                            )
                        ),
                    },
                    {
                        "title": Bi("Lösungsideen sammeln", "Collect ideas"),
                        "text": rich(
                            Bi(
                                "Die Gruppe trägt Vorschläge und Erfahrungen aus der "
                                "eigenen Verwaltung zusammen.",
                                "The group gathers suggestions and experience from their "
                                "own administrations.",
                            )
                        ),
                    },
                    {
                        "title": Bi("Abschluss", "Close"),
                        "text": rich(
                            Bi(
                                "Die fallgebende Person sagt, was sie mitnimmt und was sie "
                                "als Nächstes ausprobieren will.",
                                "The person who brought the case says what they take away "
                                "and what they will try next.",
                            )
                        ),
                    },
                ],
            },
        ),
    ],
    "how_to_join": rich(
        Bi(
            "Mitwirken können Beschäftigte aus kommunalen Verwaltungen und "
            "Landesverwaltungen, die in ihrer Organisation für Vielfalt, Diversity oder "
            "Chancengleichheit zuständig sind oder sich dafür engagieren. Die Mitwirkung "
            "ist freiwillig und kostenfrei.",
            "Staff of municipal and state administrations who are responsible for, or "
            "committed to, diversity or equal opportunities in their organisation can take "
            "part. Taking part is voluntary and free of charge.",
        ),
        [
            Bi(
                "Melden Sie sich bei der Geschäftsstelle und stellen Sie kurz Ihre Funktion "
                "und Ihre Themen vor.",
                "Get in touch with the network office and briefly introduce your role and "
                "your topics.",
            ),
            Bi(
                "Die Geschäftsstelle nimmt Sie in die Mailingliste auf und lädt Sie zum "
                "nächsten Treffen ein.",
                "The office adds you to the mailing list and invites you to the next meeting.",
            ),
            Bi(
                "Beim ersten Treffen gibt es eine kurze Einführung in die kollegiale Beratung.",
                "Your first meeting begins with a short introduction to peer advice.",
            ),
        ],
    ),
    "contact": [("contact_person", NETWORK_CONTACT)],
}

CITY_NETWORK_DOWNLOADS = {
    "heading": Bi("Zum Nachlesen", "Further reading"),
    "title": Bi(
        "Das Diversity-Netzwerk der Kommunal- und Landesverwaltungen",
        "The diversity network of municipal and state administrations",
    ),
    "description": Bi(
        "Handreichung: Ziele, Arbeitsweise und Mitwirkung",
        "Handout: aims, ways of working and how to take part",
    ),
}

OTHER_NETWORK_HEADING = Bi("Ein weiteres Netzwerk", "Another network")

# Events ----------------------------------------------------------------------------------

EVENT_INDEX = {
    "title": Bi("Termine", "Events"),
    "slug": Bi("termine", "events"),
    "search_description": Bi(
        "Netzwerktreffen, Werkstätten und Fortbildungen für Verwaltungen, mit "
        "Kalenderdateien zum Übernehmen.",
        "Network meetings, workshops and training for administrations, with calendar "
        "files to import.",
    ),
    "intro": Bi(
        "Netzwerktreffen, Werkstätten und Fortbildungen für Verwaltungen: was ansteht und "
        "was bereits stattgefunden hat.",
        "Network meetings, workshops and training for administrations: what is coming up "
        "and what has already taken place.",
    ),
}

MULTIPLIER_MEETING = {
    "title": Bi("Multiplikator*innentreffen 2017", "Meeting of multipliers 2017"),
    "slug": Bi("multiplikatorinnentreffen-2017", "meeting-of-multipliers-2017"),
    "event_type": "netzwerktreffen",
    "intro": Bi(
        "Das jährliche Treffen der bisherigen Teilnehmer*innen von Diversity-Fortbildungen: "
        "Austausch über Diversity-Maßnahmen in den eigenen Arbeitsfeldern.",
        "The annual meeting of past participants in diversity training: an exchange on "
        "diversity measures in their own fields of work.",
    ),
    "start": berlin(2017, 11, 8, 10),
    "end": berlin(2017, 11, 8, 15),
    "venue_name": same("Berlin"),
    "registration_status": "geschlossen",
    "body": [
        (
            "paragraph",
            rich(
                Bi(
                    "Jährliche Treffen der bisherigen Teilnehmer*innen von "
                    "Diversity-Fortbildungen sollen diesen die Möglichkeit zum Austausch "
                    "über Diversity-Maßnahmen in ihren Arbeitsfeldern geben. Die Treffen "
                    "waren ein Bestandteil des Projekts „Berliner Netzwerke für Vielfalt“.",
                    "Annual meetings of past participants in diversity training give them "
                    "the opportunity to exchange views on diversity measures in their "
                    "fields of work. The meetings were part of the project “Berlin "
                    "Networks for Diversity”.",
                ),
                DEMO_DATE_NOTE,
            ),
        ),
    ],
}

WORKSHOP = {
    "title": Bi("Diversity-Werkstatt Berlin", "Berlin Diversity Workshop"),
    "slug": Bi("diversity-werkstatt-berlin", "berlin-diversity-workshop"),
    "event_type": "werkstatt",
    "intro": Bi(
        "Gäste aus Wirtschaft, Verbänden und Hochschulen diskutieren mit der Verwaltung "
        "Chancen und Herausforderungen bei der Umsetzung von Diversity-Ansätzen.",
        "Guests from business, associations and universities discuss with the "
        "administration the opportunities and challenges of putting diversity approaches "
        "into practice.",
    ),
    "start": berlin(2018, 3, 15, 13),
    "end": berlin(2018, 3, 15, 17, 30),
    "venue_name": same("Berlin"),
    "registration_status": "geschlossen",
    "body": [
        (
            "paragraph",
            rich(
                Bi(
                    "Das Ziel des Austauschs besteht darin, erfolgreiche Strategien und "
                    "Instrumente in der Verwaltung bekannt und nutzbar zu machen.",
                    "The aim of the exchange is to make successful strategies and "
                    "instruments known and usable in the administration.",
                ),
                DEMO_DATE_NOTE,
            ),
        ),
    ],
}

WORKSHOP_DOWNLOADS = {
    "heading": Bi("Dokumentation", "Documentation"),
    "title": Bi(
        "Beiträge aus der Berliner Diversity-Werkstatt",
        "Contributions from the Berlin Diversity Workshop",
    ),
    "description": Bi(
        "Die Impulse der Gäste, zusammengefasst vom Projektteam",
        "The guests' contributions, summarised by the project team",
    ),
}

NETWORK_MEETING = {
    "title": Bi("Netzwerktreffen des Städtenetzwerks 2027", "Meeting of the city network 2027"),
    "slug": Bi("netzwerktreffen-2027", "network-meeting-2027"),
    "event_type": "netzwerktreffen",
    "intro": Bi(
        "Beispieltermin der Demo: Das Städtenetzwerk trifft sich zu kollegialer Beratung "
        "und zum Austausch über erfolgreiche Ansätze.",
        "Example event of the demo: the city network meets for peer advice and to share "
        "successful approaches.",
    ),
    "start": berlin(2027, 5, 12, 10),
    "end": berlin(2027, 5, 12, 16),
    "venue_name": Bi(
        "Tagungsort in Berlin (wird mit der Einladung bekannt gegeben)",
        "Venue in Berlin (announced with the invitation)",
    ),
    "registration_status": "offen",
    "registration_deadline": datetime.date(2027, 4, 30),
    "registration_email": "staedtenetzwerk@example.org",
    "body": [
        ("heading", {"text": Bi("Programm", "Programme"), "level": "h2"}),
        (
            "paragraph",
            rich(
                [
                    Bi("Ankommen und Vorstellungsrunde", "Arrival and introductions"),
                    Bi(
                        "Die gastgebende Verwaltung stellt ihre Ansätze vor",
                        "The host administration presents its approaches",
                    ),
                    Bi("Zwei Runden kollegialer Beratung", "Two rounds of peer advice"),
                    Bi("Offener Austausch und Ausblick", "Open exchange and outlook"),
                ],
                DEMO_DATE_NOTE,
            ),
        ),
    ],
    "contact": [("contact_person", NETWORK_CONTACT)],
}

TRAINING = {
    "title": Bi(
        "Fortbildung: Diversity-Kompetenz im Bürgerservice",
        "Training: diversity competence in citizen services",
    ),
    "slug": Bi(
        "fortbildung-diversity-kompetenz-im-buergerservice",
        "training-diversity-competence-in-citizen-services",
    ),
    "event_type": "fortbildung",
    "intro": Bi(
        "Beispieltermin der Demo: eine Online-Fortbildung für Beschäftigte mit "
        "Publikumsverkehr – vielfältigen Anliegen sicher und respektvoll begegnen.",
        "Example event of the demo: online training for staff who deal with the public – "
        "meeting diverse needs with confidence and respect.",
    ),
    "start": berlin(2027, 2, 18, 9),
    "end": berlin(2027, 2, 18, 12, 30),
    "online": True,
    "online_info": Bi(
        "Den Zugangslink erhalten Sie nach der Anmeldung per E-Mail. Sie brauchen nur "
        "einen aktuellen Browser, Kamera und Mikrofon sind erwünscht.",
        "You will receive the access link by e-mail after registering. All you need is an "
        "up-to-date browser; a camera and microphone are welcome.",
    ),
    "registration_status": "offen",
    "registration_deadline": datetime.date(2027, 2, 11),
    "registration_email": "fortbildung@example.org",
    "body": [
        ("heading", {"text": Bi("Inhalte", "Contents"), "level": "h2"}),
        (
            "paragraph",
            rich(
                [
                    Bi(
                        "Was Vielfalt im Bürgerservice bedeutet: Lebenslagen, Sprachen, Zugänge",
                        "What diversity means in citizen services: circumstances of life, "
                        "languages, access",
                    ),
                    Bi(
                        "Verständlich kommunizieren, auch in leichter Sprache",
                        "Communicating clearly, including in easy-to-read language",
                    ),
                    Bi(
                        "Schwierige Situationen am Schalter und am Telefon",
                        "Difficult situations at the counter and on the phone",
                    ),
                ],
            ),
        ),
        ("heading", {"text": Bi("Für wen", "Who it is for"), "level": "h2"}),
        (
            "paragraph",
            rich(
                Bi(
                    "Für Beschäftigte kommunaler und Landesverwaltungen mit Kontakt zu "
                    "Bürgerinnen und Bürgern. Vorkenntnisse sind nicht nötig.",
                    "For staff of municipal and state administrations who deal with "
                    "citizens. No previous knowledge is needed.",
                ),
                DEMO_DATE_NOTE,
            ),
        ),
    ],
    "contact": [("contact_person", TRAINING_CONTACT)],
}

# Good practice ---------------------------------------------------------------------------

SOURCE = Bi(
    "Prozessevaluation von „Vielfalt Leben“ durch IKPE",
    "Process evaluation of “Vielfalt Leben” (Living Diversity) by IKPE",
)

PRACTICE_INDEX = {
    "title": Bi("Gute Praxis", "Good practice"),
    "slug": Bi("gute-praxis", "good-practice"),
    "search_description": Bi(
        "Ansätze, mit denen Verwaltungen Vielfalt gestalten, mit Empfehlungen für andere "
        "Verwaltungen – filterbar nach Thema, Ebene und Bundesland.",
        "Approaches administrations use to shape diversity, with recommendations for other "
        "administrations – filter by topic, level and state.",
    ),
    "intro": Bi(
        "Ansätze, mit denen Verwaltungen Vielfalt gestalten – mit Empfehlungen für andere "
        "Verwaltungen.",
        "Approaches administrations use to shape diversity – with recommendations for "
        "other administrations.",
    ),
    "body": [
        (
            "heading",
            {
                "text": Bi("Woher die Empfehlungen stammen", "Where the recommendations come from"),
                "level": "h2",
            },
        ),
        (
            "paragraph",
            rich(
                Bi(
                    "Die Landratsämter Altenburger Land und Ilm-Kreis haben sich Ende 2020 "
                    "dafür entschieden, interkulturelle Öffnungsprozesse zur "
                    "Vielfaltsgestaltung durch das Projektteam von „Vielfalt Leben“ "
                    "begleiten und evaluieren zu lassen. Aus der Prozessevaluation durch "
                    "das IKPE lassen sich neun Handlungsempfehlungen für Verwaltungen "
                    "ableiten, die sich für interkulturelle Öffnungsprozesse interessieren.",
                    "At the end of 2020, the district offices of Altenburger Land and "
                    "Ilm-Kreis decided to have processes of intercultural opening and "
                    "diversity management supported and evaluated by the team of the "
                    "project “Vielfalt Leben” (Living Diversity). The process evaluation by "
                    "IKPE yields nine recommendations for administrations interested in "
                    "intercultural opening.",
                ),
                Bi(
                    "Die Beschreibungen auf diesen Seiten zeigen allgemein, wie sich eine "
                    "Empfehlung umsetzen lässt. Sie stützen sich auf die Bausteine der "
                    "Prozessbegleitung: Dialogveranstaltungen, Steuerungsgruppen-Treffen, "
                    "Coachings der Führungsebene, Seminare und wertebasierte Vereinbarungen.",
                    "The descriptions on these pages show in general terms how a "
                    "recommendation can be put into practice. They draw on the elements of "
                    "the process support: dialogue events, steering group meetings, "
                    "coaching for senior management, seminars and value-based agreements.",
                ),
            ),
        ),
    ],
}


def practice(title, slug, organisation, topics, intro, done, helped, recommendations):
    return {
        "title": title,
        "slug": slug,
        "organisation": organisation,
        "topics": topics,
        "intro": intro,
        "what_was_done": rich(*done),
        "what_helped": rich(*helped),
        "recommendations": rich(recommendations),
        "source": SOURCE,
    }


PRACTICES = [
    practice(
        Bi(
            "Gründung einer stabilen Arbeitsgruppe mit festen Ansprechpartner:innen",
            "Set up a stable working group with permanent contact persons",
        ),
        Bi("stabile-arbeitsgruppe", "stable-working-group"),
        ALTENBURG,
        ["Organisationsentwicklung", "Interkulturelle Öffnung"],
        Bi(
            "Ein Veränderungsprozess braucht eine Gruppe, die ihn dauerhaft trägt, und "
            "Menschen, an die sich alle Beteiligten wenden können.",
            "A process of change needs a group that carries it over time, and people "
            "everyone involved can turn to.",
        ),
        [
            Bi(
                "Im Projekt „Vielfalt Leben“ trug eine Steuerungsgruppe den Öffnungsprozess; "
                "die Steuerungsgruppen-Treffen gehörten zu den ersten Ergebnissen. Die "
                "Prozessbegleitung unterstützte die Gruppe methodisch, strategisch und "
                "inhaltlich.",
                "In the project “Vielfalt Leben”, a steering group carried the process of "
                "opening; its meetings were among the first results. The process support "
                "helped the group with methods, strategy and content.",
            ),
        ],
        [
            Bi(
                "Feste Ansprechpartner:innen machen sichtbar, an wen sich Beschäftigte mit "
                "Fragen und Ideen wenden können. Eine stabile Besetzung sorgt dafür, dass "
                "Wissen und Absprachen nicht verloren gehen, wenn der Alltag drängt.",
                "Permanent contact persons make it clear whom staff can approach with "
                "questions and ideas. A stable membership ensures that knowledge and "
                "agreements are not lost when day-to-day work presses.",
            ),
        ],
        [
            Bi(
                "Benennen Sie die Mitglieder der Arbeitsgruppe verbindlich und mit Vertretung.",
                "Appoint the members of the working group formally, with deputies.",
            ),
            Bi(
                "Beteiligen Sie Beschäftigte aus mehreren Bereichen, nicht nur aus Ämtern "
                "mit Migrationsbezug.",
                "Involve staff from several areas, not only from offices dealing with migration.",
            ),
            Bi(
                "Machen Sie die Ansprechpartner:innen im ganzen Haus bekannt.",
                "Make the contact persons known throughout the organisation.",
            ),
        ],
    ),
    practice(
        Bi(
            "Klare und kurze Entscheidungskanäle; Führungsebene steht hinter dem "
            "Veränderungsprozess",
            "Clear and short decision-making channels; senior management backs the process "
            "of change",
        ),
        Bi("klare-entscheidungskanaele", "clear-decision-making-channels"),
        ILM_KREIS,
        ["Führung", "Organisationsentwicklung"],
        Bi(
            "Ein Öffnungsprozess kommt voran, wenn über Vorschläge rasch entschieden wird und "
            "die Leitung erkennbar hinter ihm steht.",
            "A process of opening makes progress when proposals are decided quickly and the "
            "management visibly stands behind it.",
        ),
        [
            Bi(
                "Zur Prozessbegleitung gehörten Coachings der Führungsebene und Seminare für "
                "Führungskräfte. Sie sollen die Leitung darin unterstützen, den "
                "Veränderungsprozess mitzutragen und über Vorschläge aus der "
                "Steuerungsgruppe zügig zu entscheiden.",
                "The process support included coaching for senior management and seminars "
                "for managers. They are meant to help the management support the process "
                "of change and decide promptly on proposals from the steering group.",
            ),
        ],
        [
            Bi(
                "Wenn Beschäftigte sehen, dass die Leitung den Prozess unterstützt, bringen "
                "sie eher Zeit und Ideen ein. Kurze Wege zwischen Arbeitsgruppe und Leitung "
                "verhindern, dass Vorschläge liegen bleiben.",
                "When staff see that the management supports the process, they are more "
                "willing to contribute time and ideas. Short paths between the working group "
                "and the management keep proposals from stalling.",
            ),
        ],
        [
            Bi(
                "Legen Sie fest, wer über Vorschläge der Arbeitsgruppe entscheidet und in "
                "welcher Frist.",
                "Decide who rules on the working group's proposals, and within what time.",
            ),
            Bi(
                "Lassen Sie die Leitung den Prozess zu Beginn selbst vorstellen.",
                "Have the management present the process itself at the start.",
            ),
            Bi(
                "Berichten Sie der Leitung regelmäßig und knapp über den Stand.",
                "Report to the management regularly and briefly on progress.",
            ),
        ],
    ),
    practice(
        Bi("Einstellungswandel fördern", "Encourage a change in attitudes"),
        Bi("einstellungswandel-foerdern", "encourage-a-change-in-attitudes"),
        ALTENBURG,
        ["Interkulturelle Öffnung", "Fortbildung"],
        Bi(
            "Strukturen ändern sich leichter, wenn sich auch Haltungen ändern: Vielfalt als "
            "Normalität und als Stärke der Verwaltung.",
            "Structures change more easily when attitudes change too: diversity as normal "
            "and as a strength of the administration.",
        ),
        [
            Bi(
                "Dialogveranstaltungen boten Beschäftigten Raum, über Vielfalt im "
                "Arbeitsalltag und im Kontakt mit Kund:innen zu sprechen. In Seminaren für "
                "Führungskräfte und Mitarbeitende konnten eigene Bilder und Routinen "
                "reflektiert werden.",
                "Dialogue events gave staff room to talk about diversity in their daily work "
                "and in contact with the public. Seminars for managers and staff offered a "
                "chance to reflect on their own assumptions and routines.",
            ),
        ],
        [
            Bi(
                "Ein offener, wertschätzender Rahmen, in dem auch Unsicherheiten und "
                "Vorbehalte ausgesprochen werden dürfen. Der Prozess nahm Vielfalt allgemein "
                "in den Blick und nicht nur migrationsspezifisch; das macht das Thema für "
                "mehr Beschäftigte anschlussfähig.",
                "An open, appreciative setting in which uncertainties and reservations may "
                "be voiced. The process looked at diversity in general, not only at "
                "migration; this makes the subject relevant to more staff.",
            ),
        ],
        [
            Bi(
                "Schaffen Sie wiederkehrende Gelegenheiten zum Austausch statt einmaliger "
                "Schulungen.",
                "Create recurring opportunities for exchange rather than one-off training.",
            ),
            Bi(
                "Knüpfen Sie an konkrete Situationen aus dem Arbeitsalltag an.",
                "Start from concrete situations in everyday work.",
            ),
            Bi(
                "Planen Sie Zeit ein: Einstellungen ändern sich langsam.",
                "Allow time: attitudes change slowly.",
            ),
        ],
    ),
    practice(
        Bi(
            "Anschlussfähigkeit an andere Projekte sicherstellen",
            "Make sure the process connects with other projects",
        ),
        Bi("anschlussfaehigkeit-sicherstellen", "connect-with-other-projects"),
        ILM_KREIS,
        ["Organisationsentwicklung"],
        Bi(
            "Ein Öffnungsprozess wirkt stärker, wenn er an laufende Vorhaben der Verwaltung "
            "anknüpft, statt neben ihnen zu stehen.",
            "A process of opening has more effect when it links up with the administration's "
            "ongoing plans instead of running alongside them.",
        ),
        [
            Bi(
                "„Vielfalt Leben“ verband die Vielfaltsgestaltung mit angrenzenden Themen wie "
                "Wissensmanagement, interner und externer Kommunikation sowie Personal- und "
                "Organisationsentwicklung. Ziele und Zeiträume legten die Beteiligten selbst "
                "fest.",
                "“Vielfalt Leben” linked diversity management with related subjects such as "
                "knowledge management, internal and external communication, and human "
                "resources and organisational development. Those involved set the aims and "
                "timescales themselves.",
            ),
        ],
        [
            Bi(
                "Schließt der Prozess an Themen an, die ohnehin auf der Tagesordnung stehen, "
                "wird er nicht als zusätzliche Aufgabe erlebt. Gemeinsame Ziele mit anderen "
                "Vorhaben sparen Kraft und Doppelarbeit.",
                "If the process ties in with subjects already on the agenda, it is not "
                "experienced as an extra task. Shared aims with other plans save effort and "
                "duplicated work.",
            ),
        ],
        [
            Bi(
                "Verschaffen Sie sich zu Beginn einen Überblick über laufende Projekte und "
                "Strategien.",
                "Begin by taking stock of ongoing projects and strategies.",
            ),
            Bi(
                "Benennen Sie Schnittstellen und Verantwortliche für die Abstimmung.",
                "Name the interfaces and the people responsible for coordination.",
            ),
            Bi(
                "Verankern Sie Ergebnisse in bestehenden Strukturen, etwa in der "
                "Personalentwicklung.",
                "Anchor results in existing structures, for example in staff development.",
            ),
        ],
    ),
    practice(
        Bi("Mitarbeiter:innen-Beteiligung", "Staff participation"),
        Bi("mitarbeiterinnen-beteiligung", "staff-participation"),
        ALTENBURG,
        ["Partizipation", "Organisationsentwicklung"],
        Bi(
            "Wer den Alltag der Verwaltung kennt, weiß am besten, wo Zugangsbarrieren "
            "entstehen: Beschäftigte gestalten den Prozess mit.",
            "Those who know the administration's daily work know best where barriers to "
            "access arise: staff help to shape the process.",
        ),
        [
            Bi(
                "Die Prozessbegleitung begann mit einer Analyse der Ausgangslage: Was "
                "brauchen die Organisation und ihre Mitarbeitenden, und was brauchen "
                "Mitarbeitende im Kontakt mit Kund:innen? Den Prozess entwickelten die "
                "Beteiligten selbst weiter, unter anderem in Dialogveranstaltungen.",
                "The process support began by analysing the starting point: what do the "
                "organisation and its staff need, and what do staff need in their contact "
                "with the public? Those involved developed the process further themselves, "
                "among other things in dialogue events.",
            ),
        ],
        [
            Bi(
                "Beschäftigte, die ihre eigenen Bedarfe einbringen können, tragen die "
                "Ergebnisse eher mit. Dass die gesamte Einrichtung beteiligt war und nicht "
                "nur einzelne Ämter, erweiterte den Blick.",
                "Staff who can contribute their own needs are more likely to support the "
                "results. Involving the whole organisation rather than individual offices "
                "broadened the view.",
            ),
        ],
        [
            Bi(
                "Fragen Sie Beschäftigte früh nach ihren Erfahrungen und Bedarfen.",
                "Ask staff early on about their experience and needs.",
            ),
            Bi(
                "Geben Sie Rückmeldung, was aus den Beiträgen geworden ist.",
                "Report back on what became of their contributions.",
            ),
            Bi(
                "Ermöglichen Sie die Beteiligung in der Arbeitszeit.",
                "Allow staff to take part during working hours.",
            ),
        ],
    ),
    practice(
        Bi(
            "Bedarfsorientierte Fortbildungsangebote sowie frühzeitige Umsetzung von "
            "konkreten Maßnahmen",
            "Training that meets actual needs, and early implementation of concrete measures",
        ),
        Bi("bedarfsorientierte-fortbildung", "training-that-meets-needs"),
        ILM_KREIS,
        ["Fortbildung", "Interkulturelle Öffnung"],
        Bi(
            "Fortbildungen wirken, wenn sie an den tatsächlichen Bedarfen ansetzen; erste "
            "sichtbare Maßnahmen zeigen früh, dass sich etwas bewegt.",
            "Training works when it starts from actual needs; first visible measures show "
            "early on that things are moving.",
        ),
        [
            Bi(
                "Die Analyse der Ausgangslage fragte nach Kompetenzen, Potenzialen und "
                "Bedarfen der Mitarbeitenden; daran knüpften Seminare für Führungskräfte und "
                "Mitarbeitende an. Die Projektziele nennen Ansatzpunkte für konkrete "
                "Maßnahmen, etwa eine bessere Orientierung für Kund:innen in Gebäuden und "
                "auf der Website.",
                "The analysis of the starting point asked about staff skills, potential and "
                "needs; seminars for managers and staff built on this. The project's aims "
                "name starting points for concrete measures, such as better orientation for "
                "the public in buildings and on the website.",
            ),
        ],
        [
            Bi(
                "Angebote, die auf erhobenen Bedarfen beruhen, werden eher angenommen als "
                "Standardschulungen. Frühe, greifbare Verbesserungen halten die Motivation "
                "hoch und machen den Nutzen des Prozesses sichtbar.",
                "Courses based on identified needs are taken up more readily than standard "
                "training. Early, tangible improvements keep motivation high and show what "
                "the process is good for.",
            ),
        ],
        [
            Bi(
                "Erheben Sie Fortbildungsbedarfe, bevor Sie Angebote planen.",
                "Find out what training is needed before planning courses.",
            ),
            Bi(
                "Wählen Sie zu Beginn einige Maßnahmen, die sich rasch umsetzen lassen.",
                "Choose a few measures at the start that can be implemented quickly.",
            ),
            Bi(
                "Verbinden Sie Fortbildung und Umsetzung: Was gelernt wird, soll im Alltag "
                "ausprobiert werden.",
                "Link training and practice: what is learnt should be tried out in daily work.",
            ),
        ],
    ),
    practice(
        Bi("Veränderungsprozess nachhaltig anlegen", "Design the process of change to last"),
        Bi("veraenderungsprozess-nachhaltig-anlegen", "design-the-process-to-last"),
        ALTENBURG,
        ["Organisationsentwicklung"],
        Bi(
            "Interkulturelle Öffnung ist keine Aufgabe mit Enddatum: Der Prozess soll auch "
            "nach der Begleitung von außen weitergehen.",
            "Intercultural opening is not a task with an end date: the process should "
            "continue after the external support ends.",
        ),
        [
            Bi(
                "Zur Prozessentwicklung gehörte die Entwicklung wertebasierter "
                "Vereinbarungen, die über das Projekt hinaus gelten können. In der "
                "Evaluation erhoben die Beteiligten, welche Methoden zielführend waren und "
                "was als Nächstes zu tun oder zu beachten ist.",
                "Developing the process included drawing up value-based agreements that can "
                "remain in force beyond the project. In the evaluation, those involved "
                "established which methods worked and what to do or bear in mind next.",
            ),
        ],
        [
            Bi(
                "Vereinbarungen, die die Beteiligten selbst erarbeitet haben, werden eher "
                "gelebt. Eine gemeinsame Auswertung zeigt, worauf die Verwaltung aufbauen "
                "kann.",
                "Agreements that those involved have drawn up themselves are more likely to "
                "be lived. A joint evaluation shows what the administration can build on.",
            ),
        ],
        [
            Bi(
                "Planen Sie von Anfang an, wer den Prozess nach dem Projektende verantwortet.",
                "Plan from the start who will be responsible for the process after the project.",
            ),
            Bi(
                "Halten Sie Ergebnisse schriftlich fest, etwa in Vereinbarungen oder Leitlinien.",
                "Put results in writing, for example in agreements or guidelines.",
            ),
            Bi(
                "Werten Sie regelmäßig aus und passen Sie die Ziele an.",
                "Evaluate regularly and adjust the aims.",
            ),
        ],
    ),
    practice(
        Bi(
            "Erfolge sichtbar machen zur Förderung / Aufrechterhaltung der "
            "Mitarbeiter:innen-Motivation",
            "Make successes visible to encourage and sustain staff motivation",
        ),
        Bi("erfolge-sichtbar-machen", "make-successes-visible"),
        ILM_KREIS,
        ["Organisationsentwicklung", "Partizipation"],
        Bi(
            "Wer sieht, dass sich der Einsatz lohnt, bleibt dabei: Zwischenergebnisse "
            "gehören deshalb ins ganze Haus getragen.",
            "People who see that their effort pays off stay involved: interim results "
            "should therefore be shared throughout the organisation.",
        ),
        [
            Bi(
                "Schon die ersten Ergebnisse – Dialogveranstaltungen und "
                "Steuerungsgruppen-Treffen – zeigten, dass interkulturelle Öffnungsprozesse "
                "selbst unter erschwerten Pandemiebedingungen möglich sind. Das Projekt hat "
                "seine Erfahrungen in einem Video und einer Broschüre öffentlich gemacht.",
                "The very first results – dialogue events and steering group meetings – "
                "showed that intercultural opening is possible even under the difficult "
                "conditions of the pandemic. The project made its experience public in a "
                "video and a brochure.",
            ),
        ],
        [
            Bi(
                "Sichtbare Zwischenergebnisse würdigen den Einsatz der Beteiligten und "
                "machen anderen Beschäftigten Lust, sich einzubringen. Sie zeigen auch der "
                "Leitung, dass der Prozess wirkt.",
                "Visible interim results recognise the commitment of those involved and "
                "make other staff want to take part. They also show the management that the "
                "process is working.",
            ),
        ],
        [
            Bi(
                "Berichten Sie regelmäßig über Fortschritte, etwa im Intranet oder in "
                "Dienstbesprechungen.",
                "Report on progress regularly, for example on the intranet or in staff meetings.",
            ),
            Bi(
                "Nennen Sie die Menschen, die zu einem Erfolg beigetragen haben, wenn sie "
                "einverstanden sind.",
                "Name the people who contributed to a success, if they agree.",
            ),
            Bi("Würdigen Sie auch kleine Schritte.", "Acknowledge small steps too."),
        ],
    ),
    practice(
        Bi("Externe Prozessbegleitung", "External process support"),
        Bi("externe-prozessbegleitung", "external-process-support"),
        ALTENBURG,
        ["Organisationsentwicklung", "Interkulturelle Öffnung"],
        Bi(
            "Eine Begleitung von außen bringt Methoden, einen unverstellten Blick und Zeit "
            "mit, die im Verwaltungsalltag oft fehlen.",
            "Support from outside brings methods, a fresh view and time that are often "
            "lacking in day-to-day administration.",
        ),
        [
            Bi(
                "Die Landratsämter Altenburger Land und Ilm-Kreis ließen ihre "
                "Öffnungsprozesse vom Projektteam „Vielfalt Leben“ begleiten und evaluieren. "
                "Die Begleitung umfasste die Analyse der Ausgangslage, die Unterstützung der "
                "Prozessentwicklung in methodischer, strategischer und inhaltlicher Hinsicht "
                "sowie die Evaluation.",
                "The district offices of Altenburger Land and Ilm-Kreis had their processes "
                "of opening supported and evaluated by the “Vielfalt Leben” project team. "
                "The support covered an analysis of the starting point, help with developing "
                "the process in terms of method, strategy and content, and the evaluation.",
            ),
        ],
        [
            Bi(
                "Eine externe Begleitung kann Gespräche moderieren, in denen Hierarchien "
                "sonst im Weg stünden, und Erfahrungen aus anderen Verwaltungen einbringen. "
                "Die gemeinsame Evaluation macht Fortschritte überprüfbar.",
                "External support can moderate discussions in which hierarchies would "
                "otherwise get in the way, and bring in experience from other "
                "administrations. The joint evaluation makes progress verifiable.",
            ),
        ],
        [
            Bi(
                "Klären Sie vorab Auftrag, Rollen und Dauer der Begleitung.",
                "Agree the remit, roles and duration of the support in advance.",
            ),
            Bi(
                "Achten Sie darauf, dass die Verwaltung den Prozess selbst steuert und die "
                "Begleitung sie dabei unterstützt.",
                "Make sure the administration steers the process itself, with the external "
                "team in support.",
            ),
            Bi(
                "Planen Sie, wie Wissen und Methoden nach dem Ende der Begleitung im Haus bleiben.",
                "Plan how knowledge and methods will stay in the organisation once the "
                "support ends.",
            ),
        ],
    ),
]
