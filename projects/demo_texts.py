"""Texts of the projects app's demo content: German as on the seed pages, English catalogues.

Data only; :mod:`projects.demo_content` builds the pages. The German texts of the two
projects are the sentences of the two seed pages, word for word (including their
quotation marks); what the seed pages do not say (teasers, the calls for proposals)
is marked as demo content or stays generic. Each ``*_EN`` dictionary maps every
string wagtail-localize finds on the German page to its English translation.
"""

import datetime
import zoneinfo

BERLIN_TZ = zoneinfo.ZoneInfo("Europe/Berlin")

# Organisations and the funding programme --------------------------------------------

LADS = "Landesstelle für Gleichbehandlung – gegen Diskriminierung"
EWDV = "Eine Welt der Vielfalt e.V."
ALTENBURG = "Landratsamt Altenburger Land"
ILM_KREIS = "Landratsamt Ilm-Kreis"
IKPE = "IKPE – Institut für kommunale Planung und Entwicklung"

ORGANISATIONS = {
    LADS: {
        "short_name": "LADS",
        "level": "land",
        "state": "BE",
        "website": "https://www.berlin.de/sen/lads/",
    },
    EWDV: {"level": "zivilgesellschaft", "state": "BE"},
    ALTENBURG: {"level": "kommune", "state": "TH"},
    ILM_KREIS: {"level": "kommune", "state": "TH"},
    IKPE: {"short_name": "IKPE", "level": "wissenschaft", "state": "TH"},
}

AMIF = {
    "name": "Asyl-, Migrations- und Integrationsfonds",
    "short_name": "AMIF",
    "kind": "EU-Fonds",
    # Describes the emblem as drawn (home.demo.files: the EU flag with "Kofinanziert
    # von der Europäischen Union"); the seed's older logo read "Europa fördert".
    "emblem_alt_text": "Logo: Kofinanziert von der Europäischen Union",
    "notice": (
        "Dieses Projekt wird aus Mitteln des Asyl-, Migrations- und Integrationsfonds kofinanziert."
    ),
}

AMIF_EN = {
    AMIF["name"]: "Asylum, Migration and Integration Fund",
    "AMIF": "AMIF",
    "EU-Fonds": "EU fund",
    AMIF["emblem_alt_text"]: "Logo: Co-funded by the European Union",
    AMIF["notice"]: ("This project is co-financed by the Asylum, Migration and Integration Fund."),
}

TOPICS = {
    "Willkommenskultur": "Welcoming culture",
    "Netzwerke": "Networks",
    "Fortbildung": "Training",
    "Partizipation": "Participation",
    "Personal": "Human resources",
    "Interkulturelle Öffnung": "Intercultural opening",
    "Organisationsentwicklung": "Organisational development",
}

# The project index -----------------------------------------------------------------------

PROJECT_INDEX = {
    "title": "Projekte",
    "slug": "projekte",
    "intro": (
        "Projekte, mit denen Verwaltungen lernen, bewusst mit Vielfalt umzugehen – "
        "laufende und geplante zuerst, beendete auf Wunsch."
    ),
    "search_description": (
        "Projekte für Vielfalt und Chancengleichheit in der Verwaltung: Laufzeit, "
        "Finanzierung, Beteiligte und Ergebnisse."
    ),
}

PROJECT_INDEX_EN = {
    "Projekte": "Projects",
    "projekte": "projects",
    PROJECT_INDEX["intro"]: (
        "Projects that help administrations learn to deal consciously with diversity – "
        "current and planned ones first, completed ones on request."
    ),
    PROJECT_INDEX["search_description"]: (
        "Projects for diversity and equal opportunities in public administration: "
        "runtime, funding, partners and results."
    ),
}

# Seed 000: Berliner Netzwerke für Vielfalt (ended) ------------------------------------

EXPLAINER_URL = "http://www.berlin.de/sen/lads/schwerpunkte/diversity/begriffe-und-konzepte/"

BERLIN = {
    "title": "Berliner Netzwerke für Vielfalt",
    "slug": "berliner-netzwerke-fuer-vielfalt",
    "teaser": (
        "Ein Projekt der LADS und des Vereins Eine Welt der Vielfalt e.V. (2015–2018): "
        "Netzwerke, Workshops, Fortbildungen und der „Diversometer“ für eine Verwaltung, "
        "die bewusst mit Vielfalt umgeht."
    ),
    "search_description": (
        "Das beendete EU-Projekt „Berliner Netzwerke für Vielfalt“ (AMIF, 2015–2018): "
        "Kurzbeschreibung, Projektbestandteile und fünf Handreichungen zum Herunterladen."
    ),
    "logo_alt_text": "Logo des Projekts Berliner Netzwerke für Vielfalt",
    "start_date": datetime.date(2015, 6, 30),
    "end_date": datetime.date(2018, 6, 29),
}

BERLIN_SUMMARY = [
    (
        "Städte und Kommunen stehen vor der Aufgabe, der zunehmenden Vielfalt an Lebenslagen "
        "und Lebensentwürfen ihrer Bürgerinnen und Bürger gerecht zu werden. Dies setzt "
        "voraus, dass sie die Auswirkungen ihres Handelns auf unterschiedliche Gruppen kennen "
        "und ihre Dienstleistungen und ihr Verwaltungshandeln entsprechend anpassen."
    ),
    (
        "Das Projekt „Berliner Netzwerke für Vielfalt“ verfolgt das Ziel, Verwaltungen darin "
        "zu unterstützen, bewusst mit Vielfalt umzugehen und damit die Qualität von "
        "Verwaltungsleistungen und die Zufriedenheit von Beschäftigten und Bürger*innen zu "
        "erhöhen. Um dieses Ziel zu erreichen, sollen der Austausch von Strategien und "
        "Maßnahmen für Vielfalt und Chancengleichheit gefördert und erfolgreiche Ansätze zum "
        "Umgang mit Vielfalt bekannt gemacht, entwickelt und implementiert werden."
    ),
]

EXPLAINER_SENTENCE = (
    'Im Rahmen des Projekts ist der Erklärfilm <a href="{url}">„Was ist eigentlich '
    "Diversity?“</a> entstanden."
)

BERLIN_COMPONENTS = [
    (
        "Städtenetzwerk",
        "Aufbau eines deutschlandweiten Netzwerks für Verwaltungsmitarbeitende auf kommunaler "
        "und Landesebene, die zum Thema Vielfalt und Diversity aktiv sind. Das Ziel des "
        "Netzwerks besteht darin, erfolgreiche Ansätze kennenzulernen und kollegiale Beratung "
        "zu fördern.",
    ),
    (
        "Berliner Netzwerk Vielfalt und Chancengleichheit",
        "In dem seit 2011 bestehenden Netzwerk treffen sich die auf Senatsebene für "
        "Chancengleichheit zuständigen Organisationseinheiten. Das Ziel des Netzwerks besteht "
        "darin, Schnittstellen zu identifizieren und gemeinsame Vorgehensweisen abzustimmen.",
    ),
    (
        "Multiplikator*innentreffen",
        "Jährliche Treffen der bisherigen Teilnehmer*innen von Diversity-Fortbildungen sollen "
        "diesen die Möglichkeit zum Austausch über Diversity-Maßnahmen in ihren Arbeitsfeldern "
        "geben.",
    ),
    (
        "Diversity-Werkstatt Berlin",
        "Mit Gästen aus Wirtschaft, Verbänden, Hochschulen etc. sollen Chancen und "
        "Herausforderungen bei der Umsetzung von Diversity-Ansätzen diskutiert werden. Das "
        "Ziel des Austauschs besteht darin, erfolgreiche Strategien und Instrumente in der "
        "Verwaltung bekannt und nutzbar zu machen.",
    ),
    (
        "Themenspezifische Workshops für die Berliner Verwaltung",
        "In jedem Projektjahr wird ein für die Verwaltung relevantes Thema im Rahmen von "
        "interaktiven Workshops bearbeitet. Als Jahresschwerpunkte sind die Themen "
        "„Willkommenskultur“, „Diversity und Personal“ und „Diversity und partizipative "
        "Ansätze“ geplant.",
    ),
    (
        "Diversity-Fortbildungen",
        "Verwaltungsmitarbeitende haben im Rahmen von zwei Diversity-Fortbildungsreihen die "
        "Möglichkeit, ihre individuellen Kompetenzen im Umgang mit Vielfalt zu erweitern.",
    ),
    (
        "Diversometer",
        "Das Online-Sensibilisierungsinstrument „Diversometer“, das in einem vorangegangenen "
        "Projekt erarbeitet wurde, soll weiter entwickelt und bekannt gemacht werden.",
    ),
    ("Öffentlichkeitsarbeit", EXPLAINER_SENTENCE.format(url=EXPLAINER_URL)),
]

BERLIN_DOCUMENTS = [
    "flyer-berliner-netzwerke",
    "handreichung-willkommenskultur",
    "diversity-netzwerk-verwaltungen",
    "partizipative-prozesse",
    "beitraege-diversity-werkstatt",
]
"""Keys of ``home.demo.files.demo_document``, in the seed's order."""

BERLIN_HEADINGS = {
    "summary": "Kurzbeschreibung",
    "components": "Projektbestandteile",
    "downloads": "Handreichungen und Publikationen",
    "video": "Was ist eigentlich Diversity?",
}

BERLIN_EN = {
    "Berliner Netzwerke für Vielfalt": "Berlin Networks for Diversity",
    "berliner-netzwerke-fuer-vielfalt": "berlin-networks-for-diversity",
    BERLIN["teaser"]: (
        "A project of LADS and the association Eine Welt der Vielfalt e.V. (2015–2018): "
        "networks, workshops, training and the “Diversometer” for an administration that "
        "deals consciously with diversity."
    ),
    BERLIN["search_description"]: (
        "The completed EU project “Berlin Networks for Diversity” (AMIF, 2015–2018): "
        "summary, project components and five handouts to download."
    ),
    BERLIN["logo_alt_text"]: "Logo of the project Berlin Networks for Diversity",
    "Kurzbeschreibung": "Summary",
    BERLIN_SUMMARY[0]: (
        "Cities and municipalities face the task of doing justice to the growing diversity "
        "of their citizens' circumstances and ways of life. This requires them to know how "
        "their actions affect different groups and to adapt their services and "
        "administrative practice accordingly."
    ),
    BERLIN_SUMMARY[1]: (
        "The project “Berlin Networks for Diversity” aims to support administrations in "
        "dealing consciously with diversity, and so to raise the quality of public services "
        "and the satisfaction of staff and citizens. To this end, it promotes the exchange "
        "of strategies and measures for diversity and equal opportunities, and makes "
        "successful approaches to diversity known, develops them further and puts them into "
        "practice."
    ),
    "Projektbestandteile": "Project components",
    "Städtenetzwerk": "Network of cities",
    BERLIN_COMPONENTS[0][1]: (
        "Building a nationwide network of municipal and state administration staff who "
        "work on diversity. The network aims to share successful approaches and to "
        "encourage peer advice."
    ),
    "Berliner Netzwerk Vielfalt und Chancengleichheit": (
        "Berlin Network for Diversity and Equal Opportunities"
    ),
    BERLIN_COMPONENTS[1][1]: (
        "In this network, which has existed since 2011, the units responsible for equal "
        "opportunities at the level of the Berlin Senate meet. Its aim is to identify "
        "interfaces and to agree on joint approaches."
    ),
    "Multiplikator*innentreffen": "Meetings of multipliers",
    BERLIN_COMPONENTS[2][1]: (
        "Annual meetings give past participants of diversity training the opportunity to "
        "exchange views on diversity measures in their fields of work."
    ),
    "Diversity-Werkstatt Berlin": "Berlin Diversity Workshop",
    BERLIN_COMPONENTS[3][1]: (
        "Guests from business, associations, universities and elsewhere discuss the "
        "opportunities and challenges of putting diversity approaches into practice. The "
        "exchange aims to make successful strategies and tools known and usable in public "
        "administration."
    ),
    "Themenspezifische Workshops für die Berliner Verwaltung": (
        "Thematic workshops for the Berlin administration"
    ),
    BERLIN_COMPONENTS[4][1]: (
        "Each project year, interactive workshops take up one topic that matters to public "
        "administration. The planned annual themes are “welcoming culture”, “diversity and "
        "human resources” and “diversity and participatory approaches”."
    ),
    "Diversity-Fortbildungen": "Diversity training",
    BERLIN_COMPONENTS[5][1]: (
        "In two series of diversity training courses, administration staff can broaden "
        "their individual skills in dealing with diversity."
    ),
    "Diversometer": "Diversometer",
    BERLIN_COMPONENTS[6][1]: (
        "The online awareness tool “Diversometer”, developed in an earlier project, is to "
        "be developed further and made better known."
    ),
    "Öffentlichkeitsarbeit": "Public relations",
    'Im Rahmen des Projekts ist der Erklärfilm <a id="a1">„Was ist eigentlich Diversity?“</a> '
    "entstanden.": (
        'The explainer film <a id="a1">“What is diversity, actually?”</a> was made as part '
        "of the project."
    ),
    "Was ist eigentlich Diversity?": "What is diversity, actually?",
    "Handreichungen und Publikationen": "Handouts and publications",
}

# Seed 003: Vielfalt Leben (running, open-ended) -----------------------------------------

THURINGIA = {
    "title": "Vielfalt Leben. Für eine zukunftsfähige Verwaltung",
    "slug": "vielfalt-leben",
    "teaser": (
        "Informationen zum Projekt „Vielfalt Leben. Für eine zukunftsfähige Verwaltung“: "
        "Zwei Thüringer Landratsämter öffnen sich interkulturell und gestalten Vielfalt, "
        "begleitet und evaluiert vom Projektteam."
    ),
    "search_description": (
        "Das Thüringer Projekt „Vielfalt Leben“: Ziele, Prozessbegleitung in drei Schritten, "
        "Handlungsempfehlungen aus der Evaluation und eine Broschüre zum Herunterladen."
    ),
    "logo_alt_text": "Logo des Projekts Vielfalt Leben",
    # "Ende 2020" on the seed page; no end date is known, so the project keeps running.
    "start_date": datetime.date(2020, 12, 1),
    "end_date": None,
}

VIDEO_TITLE = "Zwei Thüringer Landratsämter gehen neue Wege"
VIDEO_TEXT = (
    "Die Landratsämter Altenburger Land und Ilm-Kreis haben sich Ende 2020 dafür "
    "entschieden, interkulturelle Öffnungsprozesse zur Vielfaltsgestaltung durch das "
    "Projektteam “Vielfalt Leben” begleiten und evaluieren zu lassen. Der Prozess wird nicht "
    "nur migrationsspezifisch betrachtet, sondern nimmt Vielfalt allgemein in den Blick. "
    "Nicht nur migrationsrelevante Ämter sind beteiligt, sondern die gesamte Einrichtung. Die "
    "ersten Ergebnisse (Dialogveranstaltungen, Steuerungsgruppen-Treffen) zeigen, dass "
    "interkulturelle Öffnungsprozesse nicht nur notwendig und zukunftsweisend, sondern – "
    "selbst unter erschwerten Pandemiebedingungen – auch möglich sind."
)
MINISTER_QUOTE = (
    "Das Ziel und die Hoffnung, die wir mit diesem Projekt verbinden, ist es, alle an einen "
    "Tisch zu bringen und entlang der Querschnittsaufgaben etwas zu entwickeln, was "
    "stückweise unsere Verwaltung und damit auch Thüringen zu einer offenen und diverseren "
    "Gesellschaft macht."
)
MINISTER_ROLE = "Thüringer Minister für Migration, Justiz und Verbraucherschutz"
WHAT_HEADING = "Was ist „Vielfalt Leben“?"
WHAT_TEXT = (
    "Das Projekt „Vielfalt Leben. Für eine zukunftsfähige Verwaltung“ hat das Ziel, "
    "diversitätsorientierte Veränderungsprozesse in Thüringer Verwaltungseinrichtungen unter "
    "Beteiligung von Mitarbeitenden und Leitungskräften anzustoßen und zu begleiten. "
    "Thematischer Fokus des Projekts ist die Vielfaltsgestaltung und Interkulturelle Öffnung "
    "sowie angrenzende Themenbereiche wie Wissensmanagement, Kommunikation intern/extern, und "
    "Personal- und Organisationsentwicklung."
)
GOALS_HEADING = "Ziele des Projekts"
GOALS = [
    (
        "Verwaltungen als bürgerfreundlichen Dienstleister gestalten",
        [
            "Abbau von Zugangsbarrieren und Erhöhung von Teilhabechancen",
            "Erhöhung der Kundenzufriedenheit (z.B. durch Orientierung in Gebäuden, auf der "
            "Website)",
        ],
    ),
    (
        "Verwaltungen als attraktiven Arbeitgeber gestalten",
        [
            "Verbesserung der Zugänge in die öffentliche Verwaltung als Arbeitgeber",
            "Verringerung von Diskriminierungen innerhalb der Verwaltungsstrukturen",
            "Stärkung der interkulturellen Kompetenzen im Umgang mit Diversität",
            "Stärkung der Handlungssicherheit im Umgang mit Veränderungen",
            "Stärkung des service- und kundenorientierten Handelns",
            "Erhöhung der Mitarbeiterzufriedenheit und -bindung",
            "Aufbau bzw. Verbesserung der (internen) Vernetzungsstrukturen",
            "Steigerung von Eigenverantwortung und Effektivität",
            "Förderung gesundheitsvorsorgender Aspekte",
        ],
    ),
]
PROCESS_HEADING = "Die Prozessbegleitung"
PROCESS_INTRO = (
    "Die Umsetzung von „Vielfalt Leben“ beinhaltet die Prozessbegleitung, Fortbildung und "
    "Qualifizierung der Mitarbeitenden und Führungskräfte. Konkret setzt sich die "
    "Prozessbegleitung aus drei Maßnahmen zusammen:"
)
PROCESS_STEPS = [
    (
        "Analyse der Ausgangslage",
        "Was brauchen Organisationen (Ist-Analyse vorhandener Strukturen, Ansätze, Ressourcen) "
        "und ihre Mitarbeitenden (Kompetenzen, Potenziale, Bedarfe)? Was brauchen "
        "Mitarbeitenden im Kontakt mit Kund:innen? Wie können Perspektiven von Kund:innen "
        "stärker in die Arbeit der Mitarbeitenden einfließen?",
    ),
    (
        "Prozessentwicklung",
        "Prozessentwicklung unter Einbezug der Beteiligten. Ziele und Zeiträume werden selbst "
        "festgelegt. Begleitung in methodischer, strategischer und inhaltlicher Hinsicht: "
        "Coachings der Führungsebene, Seminare für Führungskräfte und Mitarbeitende, "
        "Entwicklung wertebasierter Vereinbarungen sind einige Beispiele.",
    ),
    (
        "Evaluation",
        "Wir erheben mit den Beteiligten, was sich durch den Prozess geändert hat: welche "
        "Methoden waren zielführend, was gilt es als nächstes zu tun oder zu beachten.",
    ),
]
EVALUATION_HEADING = "Evaluation des Projekts durch IKPE"
EVALUATION_INTRO = (
    "Anhand der Prozessevaluation von „Vielfalt leben“ durch IKPE lassen sich folgende "
    "Handlungsempfehlungen für Verwaltungen, die sich für Interkulturelle Öffnungsprozesse "
    "interessieren, ableiten:"
)
RECOMMENDATIONS = [
    "Gründung einer stabilen Arbeitsgruppe mit festen Ansprechpartner:innen",
    "Klare und kurze Entscheidungskanäle; Führungsebene steht hinter dem Veränderungsprozess",
    "Einstellungswandel fördern",
    "Anschlussfähigkeit an andere Projekte sicherstellen",
    "Mitarbeiter:innen-Beteiligung",
    "Bedarfsorientierte Fortbildungsangebote sowie frühzeitige Umsetzung von konkreten Maßnahmen",
    "Veränderungsprozess nachhaltig anlegen",
    "Erfolge sichtbar machen zur Förderung / Aufrechterhaltung der Mitarbeiter:innen-Motivation",
    "Externe Prozessbegleitung",
]
BROCHURE_HEADING = "Broschüre zum Projekt"
BROCHURE_TITLE = (
    "Broschüre Vielfalt Leben: Interkulturelle Öffnung und Vielfaltsgestaltung in zwei "
    "Thüringer Landratsämtern"
)
BACKGROUND_HEADING = "Projekthintergrund"
BACKGROUND_INTRO = (
    "Das Projekt „Vielfalt Leben“ ist notwendig, um Verwaltungseinrichtungen fit für die "
    "Zukunft zu machen. Diese stehen vor gesellschaftlichen Herausforderungen wie:"
)
CHALLENGES = [
    "demografischer Wandel und damit verbundener Arbeits- und Fachkräftebedarf",
    "neue Zusammensetzung der Kundschaft (demografisch und international)",
    "Xenophobie, Fremdenfeindlichkeit",
    "steigende Arbeitsbelastung, z.B. durch komplexe und dynamische rechtliche Rahmenbedingungen",
    "sinkende Zufriedenheit und Motivation der Mitarbeitenden",
]
BACKGROUND_CLOSING = (
    "Verwaltungsorganisationen müssen sich daher für neue Konzepte und Herangehensweisen "
    "öffnen, um eine Willkommenskultur zu schaffen und allen Menschen Bleibeperspektiven zu "
    "bieten. Mit „Vielfalt Leben“ soll diese Lücke geschlossen und ein Beitrag zur Förderung "
    "einer Willkommenskultur und Abbau von Ängsten und Vorurteilen geleistet werden."
)

THURINGIA_EN = {
    THURINGIA["title"]: "Vielfalt Leben (Living Diversity). For a future-proof administration",
    "vielfalt-leben": "vielfalt-leben",
    THURINGIA["teaser"]: (
        "About the project “Vielfalt Leben. Für eine zukunftsfähige Verwaltung” (Living "
        "Diversity. For a future-proof administration): two Thuringian district offices "
        "open up interculturally and shape diversity, supported and evaluated by the project "
        "team."
    ),
    THURINGIA["search_description"]: (
        "The Thuringian project “Vielfalt Leben”: goals, process support in three steps, "
        "recommendations from the evaluation and a brochure to download."
    ),
    THURINGIA["logo_alt_text"]: "Logo of the project Vielfalt Leben",
    VIDEO_TITLE: "Two Thuringian district offices break new ground",
    VIDEO_TEXT: (
        "At the end of 2020, the district offices of Altenburger Land and Ilm-Kreis decided "
        "to have the project team “Vielfalt Leben” support and evaluate their processes of "
        "intercultural opening and diversity management. The process does not only look at "
        "migration but at diversity in general. Not only the offices dealing with migration "
        "take part, but the whole institution. The first results (dialogue events, steering "
        "group meetings) show that intercultural opening is not only necessary and "
        "forward-looking but – even under the difficult conditions of the pandemic – also "
        "possible."
    ),
    MINISTER_QUOTE: (
        "The goal and the hope we associate with this project is to bring everyone to the "
        "table and, along the cross-cutting tasks, to develop something that step by step "
        "makes our administration, and with it Thuringia, a more open and more diverse "
        "society."
    ),
    "Dirk Adams": "Dirk Adams",
    MINISTER_ROLE: "Thuringian Minister for Migration, Justice and Consumer Protection",
    WHAT_HEADING: "What is “Vielfalt Leben”?",
    WHAT_TEXT: (
        "The project “Vielfalt Leben. Für eine zukunftsfähige Verwaltung” (Living Diversity. "
        "For a future-proof administration) aims to initiate and accompany diversity-oriented "
        "change in Thuringian administrations, with the participation of staff and managers. "
        "Its thematic focus is diversity management and intercultural opening, together with "
        "related fields such as knowledge management, internal and external communication, "
        "and human resources and organisational development."
    ),
    GOALS_HEADING: "Goals of the project",
    GOALS[0][0]: "Making administrations citizen-friendly service providers",
    GOALS[0][1][0]: "Removing barriers to access and increasing opportunities to participate",
    GOALS[0][1][1]: (
        "Increasing customer satisfaction (e.g. through orientation in buildings and on the "
        "website)"
    ),
    GOALS[1][0]: "Making administrations attractive employers",
    GOALS[1][1][0]: "Improving access to public administration as an employer",
    GOALS[1][1][1]: "Reducing discrimination within administrative structures",
    GOALS[1][1][2]: "Strengthening intercultural skills in dealing with diversity",
    GOALS[1][1][3]: "Building confidence in dealing with change",
    GOALS[1][1][4]: "Strengthening service- and customer-oriented work",
    GOALS[1][1][5]: "Increasing staff satisfaction and retention",
    GOALS[1][1][6]: "Building or improving (internal) networking structures",
    GOALS[1][1][7]: "Increasing personal responsibility and effectiveness",
    GOALS[1][1][8]: "Promoting aspects of preventive health care",
    PROCESS_HEADING: "Process support",
    PROCESS_INTRO: (
        "Putting “Vielfalt Leben” into practice involves process support as well as training "
        "and qualification of staff and managers. In concrete terms, the process support "
        "consists of three measures:"
    ),
    PROCESS_STEPS[0][0]: "Analysing the starting point",
    PROCESS_STEPS[0][1]: (
        "What do organisations need (an analysis of existing structures, approaches and "
        "resources) and what do their staff need (skills, potential, needs)? What do staff "
        "need in their contact with customers? How can customers' perspectives flow more "
        "strongly into the staff's work?"
    ),
    PROCESS_STEPS[1][0]: "Developing the process",
    PROCESS_STEPS[1][1]: (
        "Developing the process together with those involved. They set their own goals and "
        "time frames. Methodological, strategic and content-related support: coaching for "
        "senior management, seminars for managers and staff, and developing value-based "
        "agreements are some examples."
    ),
    PROCESS_STEPS[2][0]: "Evaluation",
    PROCESS_STEPS[2][1]: (
        "Together with those involved, we find out what the process has changed: which "
        "methods worked, and what needs to be done or considered next."
    ),
    EVALUATION_HEADING: "Evaluation of the project by IKPE",
    EVALUATION_INTRO: (
        "From IKPE's process evaluation of “Vielfalt leben”, the following recommendations "
        "can be drawn for administrations interested in intercultural opening:"
    ),
    RECOMMENDATIONS[0]: "Set up a stable working group with permanent contact persons",
    RECOMMENDATIONS[1]: (
        "Clear and short decision-making channels; management stands behind the change process"
    ),
    RECOMMENDATIONS[2]: "Encourage a change in attitudes",
    RECOMMENDATIONS[3]: "Make sure the work connects with other projects",
    RECOMMENDATIONS[4]: "Staff participation",
    RECOMMENDATIONS[5]: (
        "Training tailored to needs, and concrete measures put into practice early on"
    ),
    RECOMMENDATIONS[6]: "Design the change process to last",
    RECOMMENDATIONS[7]: "Make successes visible to build and sustain staff motivation",
    RECOMMENDATIONS[8]: "External process support",
    BROCHURE_HEADING: "Brochure about the project",
    BACKGROUND_HEADING: "Project background",
    BACKGROUND_INTRO: (
        "The project “Vielfalt Leben” is needed to make administrations fit for the future. "
        "They face social challenges such as:"
    ),
    CHALLENGES[0]: "demographic change and the resulting need for workers and skilled staff",
    CHALLENGES[1]: "a new mix of customers (demographic and international)",
    CHALLENGES[2]: "xenophobia, hostility towards foreigners",
    CHALLENGES[3]: ("a growing workload, e.g. because of complex and changing legal frameworks"),
    CHALLENGES[4]: "falling staff satisfaction and motivation",
    BACKGROUND_CLOSING: (
        "Administrations must therefore open up to new concepts and approaches in order to "
        "create a welcoming culture and offer everyone prospects for staying. “Vielfalt "
        "Leben” sets out to close this gap and to help foster a welcoming culture and reduce "
        "fears and prejudices."
    ),
}

# Calls for proposals (demo) ---------------------------------------------------------------

NOTICE_INDEX = {
    "title": "Förderaufrufe",
    "slug": "foerderaufrufe",
    "intro": (
        "Aufrufe, Anträge für Vorhaben zu Vielfalt und Chancengleichheit in der Verwaltung zu "
        "stellen: offene zuerst, abgelaufene darunter."
    ),
    "search_description": (
        "Offene und abgelaufene Förderaufrufe für Vorhaben zu Vielfalt und Chancengleichheit "
        "in der Verwaltung."
    ),
}

NOTICE_INDEX_EN = {
    "Förderaufrufe": "Calls for proposals",
    "foerderaufrufe": "calls-for-proposals",
    NOTICE_INDEX["intro"]: (
        "Calls to apply for funding for projects on diversity and equal opportunities in "
        "public administration: open calls first, expired ones below."
    ),
    NOTICE_INDEX["search_description"]: (
        "Open and expired calls for proposals for projects on diversity and equal "
        "opportunities in public administration."
    ),
}

DEMO_OFFICE = "Landesstelle für Vielfalt (Demo)"
DEMO_UNIT = "Referat Vielfalt und Chancengleichheit"

OPEN_NOTICE = {
    "title": ("Förderaufruf 2027: Diversity-Kompetenz in Bezirks- und Kommunalverwaltungen (Demo)"),
    "slug": "foerderaufruf-2027-diversity-kompetenz",
    "intro": (
        "Gefördert werden Vorhaben, mit denen Bezirks- und Kommunalverwaltungen die "
        "Diversity-Kompetenz ihrer Beschäftigten stärken und ihre Dienstleistungen für alle "
        "Bürgerinnen und Bürger zugänglich machen. Ein Beispielaufruf der Demo-Inhalte."
    ),
    "search_description": (
        "Demo-Förderaufruf 2027: bis zu 50.000 Euro je Vorhaben für Diversity-Kompetenz in "
        "Bezirks- und Kommunalverwaltungen; Frist 31. März 2027."
    ),
    "amount": "bis zu 50.000 Euro je Vorhaben",
    "deadline": datetime.datetime(2027, 3, 31, 23, 59, tzinfo=BERLIN_TZ),
    "eligibility": (
        "<p>Anträge stellen können:</p><ul><li>Bezirks- und Kommunalverwaltungen</li>"
        "<li>Landesverwaltungen und ihre nachgeordneten Einrichtungen</li>"
        "<li>gemeinnützige Träger, die gemeinsam mit einer Verwaltung einreichen</li></ul>"
    ),
}
OPEN_NOTICE_BODY = {
    "what": "Was gefördert wird",
    "what_text": (
        "<ul><li>Fortbildungsreihen zu Diversity und Antidiskriminierung für Beschäftigte und "
        "Führungskräfte</li><li>Vorhaben zur Willkommenskultur in Bürgerämtern und "
        "Servicestellen</li><li>Netzwerke und kollegiale Beratung zwischen Verwaltungen</li></ul>"
    ),
    "steps": "So stellen Sie einen Antrag",
    "steps_intro": "<p>Der Antrag besteht aus drei Schritten.</p>",
    "step_1": "Beratung",
    "step_1_text": (
        "<p>Sprechen Sie Ihr Vorhaben vorab mit dem Referat Vielfalt und Chancengleichheit ab.</p>"
    ),
    "step_2": "Antrag",
    "step_2_text": (
        "<p>Reichen Sie die Vorhabenbeschreibung mit Zeit- und Finanzplan bis zum Ende der "
        "Frist ein.</p>"
    ),
    "step_3": "Entscheidung",
    "step_3_text": (
        "<p>Ein Auswahlgremium entscheidet innerhalb von acht Wochen nach der Frist.</p>"
    ),
    "document_description": "Anregungen für Vorhaben zur Willkommenskultur.",
}

CLOSED_NOTICE = {
    "title": "Förderaufruf 2025: Partizipative Prozesse diversitygerecht gestalten (Demo)",
    "slug": "foerderaufruf-2025-partizipative-prozesse",
    "intro": (
        "Gefördert wurden Vorhaben, die Beteiligungsverfahren der Verwaltung für alle "
        "Bevölkerungsgruppen öffnen. Ein abgelaufener Beispielaufruf der Demo-Inhalte."
    ),
    "search_description": (
        "Abgelaufener Demo-Förderaufruf 2025: bis zu 20.000 Euro je Vorhaben für "
        "diversitygerechte Beteiligungsverfahren."
    ),
    "amount": "bis zu 20.000 Euro je Vorhaben",
    "deadline": datetime.datetime(2025, 6, 30, 23, 59, tzinfo=BERLIN_TZ),
    "eligibility": "<p>Bezirks- und Kommunalverwaltungen in Berlin und Brandenburg</p>",
}

CONTACT = {
    "name": DEMO_UNIT,
    "role": "Förderberatung",
    "organisation": DEMO_OFFICE,
    "phone": "030 123456-0",
    "email": "foerderung@example.org",
    "photo": None,
    "alt_text": "",
    "decorative": False,
}

CONTACT_EN = {
    DEMO_UNIT: "Unit for Diversity and Equal Opportunities",
    "Förderberatung": "Funding advice",
    DEMO_OFFICE: "State Office for Diversity (demo)",
    "030 123456-0": "+49 30 123456-0",
    "foerderung@example.org": "foerderung@example.org",
}

OPEN_NOTICE_EN = {
    OPEN_NOTICE["title"]: (
        "Call for proposals 2027: diversity skills in district and municipal administrations (demo)"
    ),
    OPEN_NOTICE["slug"]: "call-2027-diversity-skills",
    OPEN_NOTICE["intro"]: (
        "Funding is available for projects with which district and municipal administrations "
        "strengthen their staff's diversity skills and make their services accessible to all "
        "citizens. A sample call of the demo content."
    ),
    OPEN_NOTICE["search_description"]: (
        "Demo call for proposals 2027: up to 50,000 euros per project for diversity skills "
        "in district and municipal administrations; deadline 31 March 2027."
    ),
    "bis zu 50.000 Euro je Vorhaben": "up to 50,000 euros per project",
    "Anträge stellen können:": "Who may apply:",
    "Bezirks- und Kommunalverwaltungen": "district and municipal administrations",
    "Landesverwaltungen und ihre nachgeordneten Einrichtungen": (
        "state administrations and their subordinate agencies"
    ),
    "gemeinnützige Träger, die gemeinsam mit einer Verwaltung einreichen": (
        "non-profit organisations applying together with an administration"
    ),
    "Was gefördert wird": "What is funded",
    "Fortbildungsreihen zu Diversity und Antidiskriminierung für Beschäftigte und "
    "Führungskräfte": "Training series on diversity and anti-discrimination for staff and managers",
    "Vorhaben zur Willkommenskultur in Bürgerämtern und Servicestellen": (
        "Projects for a welcoming culture in citizens' offices and service points"
    ),
    "Netzwerke und kollegiale Beratung zwischen Verwaltungen": (
        "Networks and peer advice between administrations"
    ),
    "So stellen Sie einen Antrag": "How to apply",
    "Der Antrag besteht aus drei Schritten.": "Applying takes three steps.",
    "Beratung": "Advice",
    "Sprechen Sie Ihr Vorhaben vorab mit dem Referat Vielfalt und Chancengleichheit ab.": (
        "Discuss your project in advance with the Unit for Diversity and Equal Opportunities."
    ),
    "Antrag": "Application",
    "Reichen Sie die Vorhabenbeschreibung mit Zeit- und Finanzplan bis zum Ende der Frist "
    "ein.": "Submit the project description with a schedule and budget before the deadline.",
    "Entscheidung": "Decision",
    "Ein Auswahlgremium entscheidet innerhalb von acht Wochen nach der Frist.": (
        "A selection panel decides within eight weeks of the deadline."
    ),
    "Anregungen für Vorhaben zur Willkommenskultur.": (
        "Ideas for projects on a welcoming culture."
    ),
    **CONTACT_EN,
}

CLOSED_NOTICE_EN = {
    CLOSED_NOTICE["title"]: (
        "Call for proposals 2025: designing participatory processes with diversity in mind (demo)"
    ),
    CLOSED_NOTICE["slug"]: "call-2025-participatory-processes",
    CLOSED_NOTICE["intro"]: (
        "Funding went to projects that open the administration's participation procedures "
        "to all groups of the population. An expired sample call of the demo content."
    ),
    CLOSED_NOTICE["search_description"]: (
        "Expired demo call for proposals 2025: up to 20,000 euros per project for "
        "participation procedures that do justice to diversity."
    ),
    "bis zu 20.000 Euro je Vorhaben": "up to 20,000 euros per project",
    "Bezirks- und Kommunalverwaltungen in Berlin und Brandenburg": (
        "District and municipal administrations in Berlin and Brandenburg"
    ),
    **CONTACT_EN,
}
