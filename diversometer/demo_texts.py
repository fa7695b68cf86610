"""Texts of the Diversometer demo: a self-check for administrations, German and English.

Data only; :mod:`diversometer.demo_content` builds the page. Every translatable string
is a ``Bi(german, english)``; :data:`CATALOGUE_EN` collects them, so the two languages
cannot drift apart. Scenarios and band texts are single paragraphs of rich text.

The questionnaire is written for this site: eighteen situations from everyday work in
an administration (job advertisements, forms, citizen services, accessibility, complaints,
training), scored in the seven dimensions the app suggests: the six characteristics of
§ 1 AGG and the social status protected by § 2 of Berlin's LADG. Legal references stay
general and name only what the laws say; there are no figures and no named persons.

A band recommends pages by their demo record keys (publications and good practice,
see :mod:`publications.demo_content` and :mod:`networks.demo_content`) and documents by
their keys in :mod:`home.demo.publications`; what is missing is left out.
"""

from typing import NamedTuple


class Bi(NamedTuple):
    """A German string and its English translation."""

    de: str
    en: str


PAGE_KEY = "diversometer.page"
"""The demo record of the Diversometer page."""

BERLIN_LINK_KEY = "diversometer.berlin-link"
"""Recorded once the Berlin project page links to the Diversometer."""

AGG = (
    "alter",
    "geschlecht",
    "ethnische-herkunft",
    "religion",
    "behinderung",
    "sexuelle-identitaet",
)
ALL = (*AGG, "sozialer-status")

# The page ---------------------------------------------------------------------------------

PAGE = {
    "title": Bi("Diversometer", "Diversometer"),
    "slug": Bi("diversometer", "diversometer"),
    "search_description": Bi(
        "Der Diversometer: ein anonymer Selbstcheck für Verwaltungen zu sieben Dimensionen "
        "von Vielfalt, mit Empfehlungen für die nächsten Schritte.",
        "The Diversometer: an anonymous self-check for public administrations on seven "
        "dimensions of diversity, with recommendations for the next steps.",
    ),
    "intro": Bi(
        "Wie gut ist Ihre Verwaltung auf die Vielfalt der Menschen eingestellt, die bei ihr "
        "arbeiten und ihre Leistungen nutzen? Der Selbstcheck führt Sie in etwa zehn Minuten "
        "durch Situationen aus dem Verwaltungsalltag – von der Stellenanzeige bis zum "
        "Bürgerservice.",
        "How well is your administration prepared for the diversity of the people who work "
        "there and use its services? In about ten minutes, the self-check takes you through "
        "situations from everyday administrative work – from job advertisements to citizen "
        "services.",
    ),
    "result_intro": Bi(
        "Für jede Dimension sehen Sie eine Stufe – Handlungsbedarf, Auf dem Weg oder Gut "
        "aufgestellt – und welchen Anteil der erreichbaren Punkte Ihre Antworten ergeben. Das "
        "Ergebnis ist eine Momentaufnahme für das Gespräch im Team, keine Bewertung Ihrer "
        "Arbeit. Zu jeder Stufe finden Sie Publikationen und Beispiele guter Praxis, die beim "
        "nächsten Schritt helfen.",
        "For each dimension you see a band – Action needed, Making progress or Well placed – "
        "and the share of the achievable points your answers add up to. The result is a "
        "snapshot to discuss in your team, not an assessment of your work. Each band comes "
        "with publications and examples of good practice that help with the next step.",
    ),
}

BODY_HEADING = Bi("Für wen der Selbstcheck gedacht ist", "Who the self-check is for")
BODY_PARAGRAPHS = [
    Bi(
        "Für Führungskräfte, Personalverantwortliche, Beauftragte und alle Beschäftigten, die "
        "einschätzen möchten, wo ihre Dienststelle, ihr Amt oder ihr Team im Umgang mit "
        "Vielfalt steht. Am meisten bringt der Selbstcheck, wenn Sie ihn gemeinsam im Team "
        "ausfüllen und über die Antworten ins Gespräch kommen.",
        "For managers, HR staff, equality and diversity officers and all employees who want "
        "to assess where their organisation, department or team stands in dealing with "
        "diversity. The self-check is most useful when you fill it in together as a team and "
        "talk about the answers.",
    ),
    Bi(
        "Antworten Sie so, wie es bei Ihnen heute ist, nicht wie es sein sollte. Es gibt kein "
        "Bestehen und kein Durchfallen: Das Ergebnis zeigt, wo Sie schon gut aufgestellt sind "
        "und wo sich ein nächster Schritt lohnt.",
        "Answer according to how things are today, not how they should be. There is no pass "
        "or fail: the result shows where you are already well placed and where a next step "
        "is worthwhile.",
    ),
    Bi(
        "Die Dimensionen folgen den Merkmalen des Allgemeinen Gleichbehandlungsgesetzes (AGG); "
        "hinzu kommt der soziale Status, den in Berlin zusätzlich das "
        "Landesantidiskriminierungsgesetz (LADG) schützt. Der Selbstcheck ersetzt keine "
        "Rechtsberatung.",
        "The dimensions follow the characteristics of the General Equal Treatment Act (AGG), "
        "plus social status, which Berlin's State Anti-Discrimination Act (LADG) also "
        "protects. The self-check is not legal advice.",
    ),
]

# Dimensions and bands ---------------------------------------------------------------------

ACTION, PROGRESS, GOOD = "action", "progress", "good"


class Band(NamedTuple):
    lower: int
    level: str
    text: Bi
    pages: tuple = ()  # demo record keys
    documents: tuple = ()  # keys of home.demo.publications.PUBLICATIONS


class Dimension(NamedTuple):
    key: str
    name: Bi
    description: Bi
    bands: tuple


# Record keys of the recommended pages.
WELCOME = "publications.handreichung-willkommenskultur"
PARTICIPATION = "publications.partizipative-prozesse"
WORKSHOP = "publications.beitraege-diversity-werkstatt"
NETWORK = "publications.diversity-netzwerk-verwaltungen"
BROCHURE = "publications.broschuere-vielfalt-leben"
WORKING_GROUP = "networks.good_practice.stabile-arbeitsgruppe"
ATTITUDES = "networks.good_practice.einstellungswandel-foerdern"
CONNECT = "networks.good_practice.anschlussfaehigkeit-sicherstellen"
STAFF = "networks.good_practice.mitarbeiterinnen-beteiligung"
TRAINING = "networks.good_practice.bedarfsorientierte-fortbildung"
LASTING = "networks.good_practice.veraenderungsprozess-nachhaltig-anlegen"
SUCCESSES = "networks.good_practice.erfolge-sichtbar-machen"

DIMENSIONS = [
    Dimension(
        "alter",
        Bi("Lebensalter", "Age"),
        Bi(
            "Geschützt nach § 1 AGG und § 2 LADG. Es geht um jüngere wie ältere Menschen: in "
            "Stellenanzeigen, Teams und Fortbildungen ebenso wie beim Zugang zu "
            "Verwaltungsleistungen.",
            "Protected under Section 1 AGG and Section 2 LADG. This concerns younger and older "
            "people alike: in job advertisements, teams and training as well as in access to "
            "public services.",
        ),
        (
            Band(
                0,
                ACTION,
                Bi(
                    "Beim Lebensalter gibt es in Ihrer Einrichtung einiges zu tun. Ein guter "
                    "Anfang: Prüfen Sie Stellenanzeigen auf Formulierungen wie „junges Team“, "
                    "und fragen Sie, ob ältere wie jüngere Menschen Ihre Angebote ohne Umwege "
                    "erreichen.",
                    "There is work to do on age in your organisation. A good start: check job "
                    "advertisements for wording such as “young team”, and ask whether older and "
                    "younger people can reach your services without detours.",
                ),
                pages=(WORKSHOP, PARTICIPATION),
            ),
            Band(
                40,
                PROGRESS,
                Bi(
                    "Sie achten bereits auf das Lebensalter, etwa in Ausschreibungen oder im "
                    "Bürgerservice. Als Nächstes lohnt es sich, den Austausch zwischen den "
                    "Generationen im Team fest einzuplanen, zum Beispiel mit Tandems und "
                    "geregelten Übergaben.",
                    "You already pay attention to age, for example in job advertisements or in "
                    "citizen services. A worthwhile next step is to plan the exchange between "
                    "generations in your team, for example with tandems and planned handovers.",
                ),
                pages=(WORKSHOP, LASTING),
            ),
            Band(
                75,
                GOOD,
                Bi(
                    "Beim Lebensalter ist Ihre Einrichtung gut aufgestellt. Ihre Erfahrungen mit "
                    "altersgemischten Teams und Angeboten für alle Generationen sind für andere "
                    "Verwaltungen wertvoll – teilen Sie sie.",
                    "Your organisation is well placed on age. Your experience with teams of "
                    "mixed ages and services for every generation is valuable to other "
                    "administrations – share it.",
                ),
                pages=(NETWORK, SUCCESSES),
            ),
        ),
    ),
    Dimension(
        "geschlecht",
        Bi("Geschlecht", "Gender"),
        Bi(
            "Geschützt nach § 1 AGG; § 2 LADG nennt ausdrücklich auch die geschlechtliche "
            "Identität. Es betrifft Frauen, Männer, inter*, trans* und nicht-binäre Menschen, "
            "etwa bei Ansprache, Formularen, Vereinbarkeit und Aufstieg.",
            "Protected under Section 1 AGG; Section 2 LADG also names gender identity "
            "explicitly. This concerns women, men, and inter*, trans* and non-binary people, "
            "for example in how they are addressed, in forms, in balancing work and care, and "
            "in promotion.",
        ),
        (
            Band(
                0,
                ACTION,
                Bi(
                    "Beim Geschlecht gibt es Handlungsbedarf. Ein überschaubarer erster Schritt "
                    "sind die Texte, die viele Menschen erreichen: Stellenanzeigen, Formulare und "
                    "Musterschreiben. Sprechen Sie alle Geschlechter an, und fragen Sie das "
                    "Geschlecht nur ab, wo es nötig ist.",
                    "Action is needed on gender. A manageable first step is the texts that reach "
                    "many people: job advertisements, forms and standard letters. Address all "
                    "genders, and ask for gender only where it is necessary.",
                ),
                pages=(WORKSHOP, TRAINING),
            ),
            Band(
                40,
                PROGRESS,
                Bi(
                    "Sie sind auf dem Weg: Viele Texte sprechen bereits alle an. Prüfen Sie als "
                    "Nächstes, ob Führung in Teilzeit und die Vereinbarkeit mit Sorgeaufgaben "
                    "bei Ihnen wirklich gelebt werden.",
                    "You are making progress: many texts already address everyone. Next, check "
                    "whether part-time management and balancing work with caring "
                    "responsibilities are really practised in your organisation.",
                ),
                pages=(WORKSHOP, STAFF),
            ),
            Band(
                75,
                GOOD,
                Bi(
                    "Beim Geschlecht ist Ihre Einrichtung gut aufgestellt. Halten Sie das "
                    "Erreichte lebendig, indem Sie neue Formulare und Verfahren von Anfang an "
                    "geschlechtergerecht planen, und geben Sie Ihre Erfahrungen weiter.",
                    "Your organisation is well placed on gender. Keep it that way by planning "
                    "new forms and procedures to be gender-inclusive from the start, and pass on "
                    "your experience.",
                ),
                pages=(NETWORK, SUCCESSES),
            ),
        ),
    ),
    Dimension(
        "ethnische-herkunft",
        Bi("Ethnische Herkunft und Rassismus", "Ethnic origin and racism"),
        Bi(
            "§ 1 AGG verbietet Benachteiligungen aus rassistischen Gründen und wegen der "
            "ethnischen Herkunft; § 2 LADG nennt außerdem rassistische und antisemitische "
            "Zuschreibungen und die Sprache. Es geht um Zugang, Mehrsprachigkeit und den "
            "Umgang mit rassistischen Äußerungen.",
            "Section 1 AGG prohibits discrimination on racial grounds and because of ethnic "
            "origin; Section 2 LADG also names racist and antisemitic attributions and "
            "language. This is about access, multilingual services and responding to racist "
            "remarks.",
        ),
        (
            Band(
                0,
                ACTION,
                Bi(
                    "Bei ethnischer Herkunft und Rassismus gibt es Handlungsbedarf. Zwei Schritte "
                    "wirken schnell: Sprachmittlung für Gespräche verfügbar machen und im Team "
                    "verabreden, wie Sie auf abwertende Bemerkungen reagieren. Die Handreichung "
                    "zur Willkommenskultur enthält eine Checkliste für den Anfang.",
                    "Action is needed on ethnic origin and racism. Two steps work quickly: make "
                    "language mediation available for conversations, and agree in your team how "
                    "to respond to disparaging remarks. The handout on a welcoming culture "
                    "contains a checklist to get started.",
                ),
                pages=(BROCHURE, ATTITUDES),
                documents=("handreichung-willkommenskultur",),
            ),
            Band(
                40,
                PROGRESS,
                Bi(
                    "Sie sind auf dem Weg: Es gibt bereits Angebote für Menschen, die wenig "
                    "Deutsch sprechen. Verankern Sie sie, damit sie nicht von Einzelnen "
                    "abhängen, und gewinnen Sie Migrantenorganisationen als Partner.",
                    "You are making progress: there are already services for people who speak "
                    "little German. Make them part of your structures so that they do not "
                    "depend on individuals, and win migrant organisations as partners.",
                ),
                pages=(WELCOME, WORKSHOP, WORKING_GROUP),
            ),
            Band(
                75,
                GOOD,
                Bi(
                    "Ihre Einrichtung ist hier gut aufgestellt. Interkulturelle Öffnung bleibt "
                    "eine Daueraufgabe: Machen Sie Erfolge sichtbar, und tauschen Sie sich mit "
                    "anderen Verwaltungen aus.",
                    "Your organisation is well placed here. Intercultural opening remains an "
                    "ongoing task: make successes visible, and exchange ideas with other "
                    "administrations.",
                ),
                pages=(BROCHURE, NETWORK, SUCCESSES),
            ),
        ),
    ),
    Dimension(
        "religion",
        Bi("Religion und Weltanschauung", "Religion and belief"),
        Bi(
            "Geschützt nach § 1 AGG und § 2 LADG: religiöse wie nichtreligiöse Überzeugungen. Es "
            "geht etwa um Feiertage, Räume, Verpflegung und den respektvollen Umgang "
            "miteinander.",
            "Protected under Section 1 AGG and Section 2 LADG: religious and non-religious "
            "convictions alike. This concerns holidays, rooms, catering and treating one "
            "another with respect, for example.",
        ),
        (
            Band(
                0,
                ACTION,
                Bi(
                    "Bei Religion und Weltanschauung gibt es Handlungsbedarf. Ein einfacher "
                    "Anfang: Nehmen Sie die Feiertage verschiedener Religionen in Ihre Termin- "
                    "und Veranstaltungsplanung auf, und klären Sie, ob es einen ruhigen Raum "
                    "gibt, den alle nutzen können.",
                    "Action is needed on religion and belief. An easy start: include the "
                    "holidays of different religions when planning appointments and events, and "
                    "find out whether there is a quiet room that everyone can use.",
                ),
                pages=(PARTICIPATION, STAFF),
            ),
            Band(
                40,
                PROGRESS,
                Bi(
                    "Sie sind auf dem Weg: Im Einzelfall finden Sie Lösungen. Halten Sie sie als "
                    "Regel fest, damit Beschäftigte nicht jedes Mal fragen müssen und alle "
                    "Religionen und Weltanschauungen gleich behandelt werden.",
                    "You are making progress: you find solutions case by case. Turn them into "
                    "rules, so that staff do not have to ask every time and all religions and "
                    "beliefs are treated equally.",
                ),
                pages=(PARTICIPATION, LASTING),
            ),
            Band(
                75,
                GOOD,
                Bi(
                    "Religiöse und weltanschauliche Vielfalt hat bei Ihnen einen festen Platz. "
                    "Teilen Sie Ihre Regelungen, etwa zu Feiertagen oder einem Raum der Stille, "
                    "mit anderen Verwaltungen.",
                    "Diversity of religion and belief has a firm place in your organisation. "
                    "Share your arrangements, for example on holidays or a quiet room, with "
                    "other administrations.",
                ),
                pages=(NETWORK, SUCCESSES),
            ),
        ),
    ),
    Dimension(
        "behinderung",
        Bi("Behinderung", "Disability"),
        Bi(
            "Geschützt nach § 1 AGG; § 2 LADG nennt zusätzlich chronische Erkrankungen. Es geht "
            "um barrierefreie Gebäude, Dokumente und digitale Angebote, um Leichte Sprache und "
            "um angemessene Vorkehrungen.",
            "Protected under Section 1 AGG; Section 2 LADG also names chronic illness. This is "
            "about accessible buildings, documents and digital services, Easy Read and "
            "reasonable accommodation.",
        ),
        (
            Band(
                0,
                ACTION,
                Bi(
                    "Bei Behinderung und Barrierefreiheit gibt es Handlungsbedarf. Beginnen Sie "
                    "mit dem, was die meisten Menschen nutzen: den wichtigsten Seiten Ihrer "
                    "Website, den häufigsten Formularen und dem Weg in Ihr Gebäude. Beziehen Sie "
                    "Menschen mit Behinderung als Fachleute in eigener Sache ein.",
                    "Action is needed on disability and accessibility. Start with what most "
                    "people use: the most important pages of your website, the most common "
                    "forms and the way into your building. Involve disabled people as experts "
                    "on their own situation.",
                ),
                pages=(WELCOME, TRAINING),
                documents=("partizipative-prozesse",),
            ),
            Band(
                40,
                PROGRESS,
                Bi(
                    "Sie sind auf dem Weg zu einer barrierefreien Verwaltung. Prüfen Sie als "
                    "Nächstes Ihre Dokumente und PDFs, und bieten Sie die wichtigsten "
                    "Informationen in Leichter Sprache an.",
                    "You are making progress towards an accessible administration. Next, check "
                    "your documents and PDFs, and offer the most important information in Easy "
                    "Read.",
                ),
                pages=(WELCOME, PARTICIPATION),
            ),
            Band(
                75,
                GOOD,
                Bi(
                    "Barrierefreiheit ist bei Ihnen gut verankert. Bleiben Sie dran: Jede neue "
                    "Funktion der Website, jedes neue Formular und jeder Umzug ist eine "
                    "Gelegenheit, sie von Anfang an mitzudenken.",
                    "Accessibility is well established in your organisation. Keep at it: every "
                    "new website feature, every new form and every move to new premises is a "
                    "chance to build it in from the start.",
                ),
                pages=(PARTICIPATION, LASTING, NETWORK),
            ),
        ),
    ),
    Dimension(
        "sexuelle-identitaet",
        Bi("Sexuelle Identität", "Sexual identity"),
        Bi(
            "Geschützt nach § 1 AGG; § 2 LADG spricht von sexueller und geschlechtlicher "
            "Identität. Es betrifft lesbische, schwule, bisexuelle und queere Menschen, etwa "
            "bei Ansprache, Familienbildern und Sichtbarkeit.",
            "Protected under Section 1 AGG; Section 2 LADG speaks of sexual and gender "
            "identity. This concerns lesbian, gay, bisexual and queer people, for example in "
            "how they are addressed, in assumptions about families and in visibility.",
        ),
        (
            Band(
                0,
                ACTION,
                Bi(
                    "Bei der sexuellen Identität gibt es Handlungsbedarf. Oft fehlt es nicht am "
                    "guten Willen, sondern an Sichtbarkeit: Zeigen Sie, dass lesbische, schwule, "
                    "bisexuelle und queere Menschen bei Ihnen willkommen sind, und verabreden "
                    "Sie im Team, abwertende Witze nicht stehen zu lassen.",
                    "Action is needed on sexual identity. Often what is missing is not goodwill "
                    "but visibility: show that lesbian, gay, bisexual and queer people are "
                    "welcome in your organisation, and agree in your team not to let "
                    "disparaging jokes pass.",
                ),
                pages=(WELCOME, ATTITUDES),
            ),
            Band(
                40,
                PROGRESS,
                Bi(
                    "Sie sind auf dem Weg. Prüfen Sie, ob Formulare und Schreiben zu allen "
                    "Familienformen passen, und greifen Sie sexuelle und geschlechtliche Vielfalt "
                    "in Fortbildungen ausdrücklich auf.",
                    "You are making progress. Check whether forms and letters fit every kind of "
                    "family, and cover sexual and gender diversity explicitly in training.",
                ),
                pages=(WORKSHOP, TRAINING),
            ),
            Band(
                75,
                GOOD,
                Bi(
                    "Queere Beschäftigte und Bürger*innen finden bei Ihnen ein offenes Umfeld. "
                    "Machen Sie Ihr Engagement sichtbar, und teilen Sie Ihre Erfahrungen.",
                    "Queer staff and citizens find an open environment in your organisation. "
                    "Make your commitment visible, and share your experience.",
                ),
                pages=(NETWORK, SUCCESSES),
            ),
        ),
    ),
    Dimension(
        "sozialer-status",
        Bi("Sozialer Status", "Social status"),
        Bi(
            "Das AGG nennt dieses Merkmal nicht; in Berlin schützt § 2 LADG ausdrücklich vor "
            "Diskriminierung wegen des sozialen Status. Dazu zählen etwa Einkommen, Bildung, "
            "Beruf oder Wohnungslosigkeit. Es geht um Gebühren, Zugangswege und Anforderungen, "
            "die nicht nötig sind.",
            "The AGG does not name this characteristic; in Berlin, Section 2 LADG explicitly "
            "protects against discrimination because of social status. This includes income, "
            "education, occupation or homelessness, for example. It is about fees, ways of "
            "access and requirements that are not necessary.",
        ),
        (
            Band(
                0,
                ACTION,
                Bi(
                    "Beim sozialen Status gibt es Handlungsbedarf. Fragen Sie sich, wen Ihre "
                    "Angebote nicht erreichen: Menschen ohne Internetzugang, mit wenig Geld oder "
                    "ohne feste Anschrift. Ein zweiter Weg zum Termin und ein klarer Hinweis auf "
                    "Ermäßigungen sind gute erste Schritte.",
                    "Action is needed on social status. Ask yourself whom your services do not "
                    "reach: people without internet access, with little money or without a "
                    "fixed address. A second way to get an appointment and a clear note on "
                    "reductions are good first steps.",
                ),
                pages=(PARTICIPATION, WELCOME),
            ),
            Band(
                40,
                PROGRESS,
                Bi(
                    "Sie sind auf dem Weg: Es gibt bereits Angebote für Menschen in schwierigen "
                    "Lebenslagen. Machen Sie sie bekannter, und prüfen Sie, ob Ihre "
                    "Stellenanzeigen nur die Abschlüsse verlangen, die die Aufgabe wirklich "
                    "erfordert.",
                    "You are making progress: there are already services for people in difficult "
                    "circumstances. Make them better known, and check that your job "
                    "advertisements ask only for the qualifications the job really requires.",
                ),
                pages=(WORKSHOP, CONNECT),
            ),
            Band(
                75,
                GOOD,
                Bi(
                    "Beim sozialen Status ist Ihre Einrichtung gut aufgestellt. Dieses Merkmal "
                    "findet in der Diskussion über Vielfalt oft wenig Beachtung – Ihre "
                    "Erfahrungen können anderen Verwaltungen helfen.",
                    "Your organisation is well placed on social status. This characteristic "
                    "often gets little attention in discussions about diversity – your "
                    "experience can help other administrations.",
                ),
                pages=(NETWORK, SUCCESSES),
            ),
        ),
    ),
]

# Questions ---------------------------------------------------------------------------------


class Option(NamedTuple):
    label: Bi
    points: dict  # dimension key → points
    feedback: Bi | None = None


class Question(NamedTuple):
    type: str  # single_choice, multiple_choice, scale, scenario
    question: Bi
    options: tuple
    hint: Bi | None = None
    scenario: Bi | None = None


SCALE_LABELS = (
    Bi("Trifft voll zu", "Completely true"),
    Bi("Trifft eher zu", "Mostly true"),
    Bi("Teils, teils", "Partly true"),
    Bi("Trifft eher nicht zu", "Mostly not true"),
    Bi("Trifft gar nicht zu", "Not true at all"),
)
SCALE_POINTS = (4, 3, 2, 1, 0)


def scale(statement, keys, hint=None, low_feedback=None):
    """An agreement scale from 4 points ("Trifft voll zu") to 0 for each of ``keys``.

    ``low_feedback`` appears with the two lowest steps.
    """
    return Question(
        "scale",
        statement,
        tuple(
            Option(label, dict.fromkeys(keys, points), low_feedback if points < 2 else None)
            for label, points in zip(SCALE_LABELS, SCALE_POINTS, strict=True)
        ),
        hint=hint,
    )


def each(keys, points):
    return dict.fromkeys(keys, points)


QUESTIONS = [
    # 1 -- complaints
    Question(
        "single_choice",
        Bi(
            "Wissen die Beschäftigten Ihrer Dienststelle, an wen sie sich wenden können, wenn "
            "sie sich bei der Arbeit diskriminiert fühlen?",
            "Do the staff of your organisation know whom to turn to if they feel discriminated "
            "against at work?",
        ),
        (
            Option(
                Bi(
                    "Ja. Die Beschwerdestelle ist benannt und wird in der Einarbeitung, im "
                    "Intranet und per Aushang bekannt gemacht.",
                    "Yes. The complaints office has been designated and is made known during "
                    "induction, on the intranet and on notice boards.",
                ),
                each(AGG, 2),
            ),
            Option(
                Bi(
                    "Eine Stelle ist benannt, aber nur wenige kennen sie.",
                    "An office has been designated, but few people know about it.",
                ),
                each(AGG, 1),
                Bi(
                    "Ein fester Platz im Intranet und ein Hinweis in der Einarbeitung neuer "
                    "Beschäftigter machen die Stelle mit wenig Aufwand bekannter.",
                    "A permanent place on the intranet and a mention during the induction of new "
                    "staff make the office better known with little effort.",
                ),
            ),
            Option(
                Bi("Nein, oder ich weiß es nicht.", "No, or I don't know."),
                {},
                Bi(
                    "Arbeitgeber müssen das AGG und die Stelle, die Beschwerden bearbeitet, im "
                    "Haus bekannt machen (§ 12 Abs. 5 AGG). Klären Sie, wer zuständig ist, und "
                    "sagen Sie es allen – ein einfacher erster Schritt.",
                    "Employers must make the AGG and the office that handles complaints known "
                    "within the organisation (Section 12(5) AGG). Clarify who is responsible "
                    "and tell everyone – a simple first step.",
                ),
            ),
        ),
        hint=Bi(
            "Das AGG gibt Beschäftigten ein Beschwerderecht (§ 13 AGG). Die zuständige Stelle "
            "kann zum Beispiel in der Personalstelle oder bei einer beauftragten Person "
            "angesiedelt sein.",
            "The AGG gives employees the right to complain (Section 13 AGG). The responsible "
            "office may be located in HR or with a designated officer, for example.",
        ),
    ),
    # 2 -- job advertisement
    Question(
        "scenario",
        Bi(
            "Was schlagen Sie für die Stellenanzeige vor?",
            "What do you suggest for the job advertisement?",
        ),
        (
            Option(
                Bi(
                    "Die Anzeige überarbeiten: ohne Bezug auf das Alter, für alle Geschlechter "
                    "und nur mit den Anforderungen, die die Aufgabe wirklich stellt.",
                    "Revising the advertisement: no reference to age, open to all genders, and "
                    "only with the requirements the job really involves.",
                ),
                each(("alter", "geschlecht", "ethnische-herkunft", "sozialer-status"), 3),
                Bi(
                    "Genau so: Leiten Sie die Anforderungen aus der Aufgabe ab, nicht aus "
                    "Gewohnheit. Das erweitert den Kreis der Bewerbenden und vermeidet "
                    "Ausschreibungen, die gegen § 11 AGG verstoßen.",
                    "Exactly: derive the requirements from the job, not from habit. This widens "
                    "the pool of applicants and avoids advertisements that breach Section 11 "
                    "AGG.",
                ),
            ),
            Option(
                Bi(
                    "Nur die Berufsbezeichnung ändern in „Sachbearbeiter*in (m/w/d)“.",
                    "Only changing the job title to a gender-inclusive one, such as “caseworker "
                    "(m/f/d)”.",
                ),
                {"geschlecht": 2},
                Bi(
                    "Ein guter Anfang. Auch „junges, dynamisches Team“ kann als Hinweis auf eine "
                    "Benachteiligung wegen des Alters gewertet werden. „Deutsch als "
                    "Muttersprache“ und ein nicht benötigter Hochschulabschluss schließen "
                    "Menschen aus, die die Aufgabe gut erfüllen könnten: Entscheidend ist, wie "
                    "gut jemand Deutsch spricht und schreibt.",
                    "A good start. “Young, dynamic team” can also be taken as an indication of "
                    "discrimination because of age. “German as a mother tongue” and a degree the "
                    "job does not need exclude people who could do the work well: what matters "
                    "is how well someone speaks and writes German.",
                ),
            ),
            Option(
                Bi(
                    "Den Entwurf so lassen – solche Formulierungen sind üblich.",
                    "Leaving the draft as it is – such wording is common.",
                ),
                {},
                Bi(
                    "Eine Stelle darf nicht so ausgeschrieben werden, dass sie gegen das "
                    "Benachteiligungsverbot verstößt (§ 11 AGG). Formulierungen wie diese können "
                    "in einem Streitfall als Indiz für eine Benachteiligung gelten. Die "
                    "Empfehlungen im Ergebnis zeigen, wie Sie Anforderungen prüfen.",
                    "A post must not be advertised in a way that breaches the prohibition of "
                    "discrimination (Section 11 AGG). Wording like this can count as evidence of "
                    "discrimination in a dispute. The recommendations in your result show how "
                    "to review requirements.",
                ),
            ),
        ),
        scenario=Bi(
            "Ihr Bürgeramt besetzt eine Stelle in der Sachbearbeitung, für die eine "
            "abgeschlossene Verwaltungsausbildung genügt. Der Entwurf der Stellenanzeige "
            "beginnt so: „Für unser junges, dynamisches Team suchen wir einen Sachbearbeiter mit "
            "Hochschulabschluss und Deutsch als Muttersprache.“",
            "Your citizens' office is filling a caseworker post for which completed "
            "administrative training is enough. The draft job advertisement begins: “For our "
            "young, dynamic team we are looking for a caseworker – he should have a university "
            "degree and German as his mother tongue.”",
        ),
    ),
    # 3 -- mixed ages
    scale(
        Bi(
            "In unseren Teams arbeiten jüngere und ältere Beschäftigte so zusammen, dass sie "
            "voneinander lernen, zum Beispiel in Tandems oder bei der geplanten Übergabe von "
            "Wissen vor dem Ruhestand.",
            "In our teams, younger and older staff work together in ways that let them learn "
            "from each other, for example in tandems or through a planned handover of knowledge "
            "before retirement.",
        ),
        ("alter",),
        low_feedback=Bi(
            "Ein Anfang kann eine geplante Übergabe sein: Wer in absehbarer Zeit in den "
            "Ruhestand geht, gibt Erfahrung an Jüngere weiter – und lernt umgekehrt von ihnen, "
            "etwa bei neuen digitalen Verfahren.",
            "A planned handover can be a start: colleagues who will retire in the foreseeable "
            "future pass on their experience to younger ones – and learn from them in turn, for "
            "example about new digital procedures.",
        ),
    ),
    # 4 -- forms and letters
    Question(
        "single_choice",
        Bi(
            "Wie sprechen die Formulare und Schreiben Ihrer Einrichtung die Menschen an?",
            "How do your organisation's forms and letters address people?",
        ),
        (
            Option(
                Bi(
                    "Geschlechtergerecht; das Geschlecht fragen wir nur ab, wo es nötig ist – "
                    "dann mit allen Einträgen, die das Personenstandsrecht kennt.",
                    "In a gender-inclusive way; we ask for gender only where it is necessary – "
                    "and then with all the entries that civil status law provides for.",
                ),
                {"geschlecht": 3},
            ),
            Option(
                Bi(
                    "Mit Paarformen wie „Bürgerinnen und Bürger“; im Formular gibt es "
                    "„weiblich“ und „männlich“.",
                    "With paired forms such as “Bürgerinnen und Bürger” (female and male "
                    "citizens); forms offer “female” and “male”.",
                ),
                {"geschlecht": 1},
                Bi(
                    "Paarformen sind ein Fortschritt, erfassen aber nicht alle. Neben "
                    "„weiblich“ und „männlich“ kennt das Personenstandsrecht auch „divers“ und "
                    "einen offenen Eintrag; neutrale Formulierungen wie „Antragstellende“ "
                    "sprechen alle an.",
                    "Paired forms are progress but do not include everyone. Besides “female” "
                    "and “male”, civil status law also provides for “diverse” and for leaving "
                    "the entry open; neutral wording such as “Antragstellende” (applicants) "
                    "addresses everyone.",
                ),
            ),
            Option(
                Bi(
                    "Überwiegend in der männlichen Form – gemeint sind alle.",
                    "Mostly in the masculine form – everyone is meant.",
                ),
                {},
                Bi(
                    "Texte, die alle ansprechen, beziehen auch alle auf sich. Neutrale "
                    "Formulierungen wie „Antragstellende“ oder „die antragstellende Person“ sind "
                    "ein einfacher Einstieg, und für neue Vordrucke lohnt sich ein kurzer "
                    "Leitfaden.",
                    "People relate to texts that address them. Neutral wording such as "
                    "“Antragstellende” or “die antragstellende Person” (the person applying) is "
                    "an easy start, and a short guide is worthwhile for new forms.",
                ),
            ),
        ),
    ),
    # 5 -- part-time management
    scale(
        Bi(
            "Führungsaufgaben lassen sich bei uns auch in Teilzeit oder im Jobsharing "
            "wahrnehmen, und wer Kinder betreut oder Angehörige pflegt, hat dadurch beim "
            "beruflichen Aufstieg keine Nachteile.",
            "Management roles can also be held part-time or as a job share here, and people who "
            "look after children or care for relatives are not held back in their careers as a "
            "result.",
        ),
        ("geschlecht",),
        low_feedback=Bi(
            "Wo Führung nur in Vollzeit möglich ist, bleiben Beschäftigte mit Sorgeaufgaben – "
            "noch immer überwiegend Frauen – oft außen vor. Ein Versuch mit Jobsharing in einer "
            "Führungsposition ist ein guter Einstieg.",
            "Where management is only possible full-time, staff with caring responsibilities – "
            "still mostly women – are often left out. Trying out a job share in a management "
            "post is a good way to start.",
        ),
    ),
    # 6 -- a remark in the staff kitchen
    Question(
        "scenario",
        Bi(
            "Wie reagiert Ihr Team am ehesten auf die Bemerkung?",
            "How is your team most likely to respond to the remark?",
        ),
        (
            Option(
                Bi(
                    "Jemand spricht ihn ruhig darauf an, dass er von einem Einzelfall auf eine "
                    "ganze Gruppe schließt, und fragt, was an dem Gespräch schwierig war.",
                    "Someone calmly points out that he is drawing conclusions about a whole "
                    "group from a single case, and asks what was difficult about the "
                    "conversation.",
                ),
                {"ethnische-herkunft": 3},
                Bi(
                    "So wird der berechtigte Ärger über ein schwieriges Gespräch von der "
                    "Verallgemeinerung getrennt. Die Bemerkung bleibt nicht unwidersprochen, und "
                    "das Gespräch bleibt offen.",
                    "This separates justified frustration about a difficult conversation from "
                    "the generalisation. The remark does not go unchallenged, and the "
                    "conversation stays open.",
                ),
            ),
            Option(
                Bi(
                    "In dem Moment sagt niemand etwas, aber die Führungskraft greift das Thema "
                    "später in der Teambesprechung auf.",
                    "Nobody says anything at the time, but the manager raises the subject later "
                    "in the team meeting.",
                ),
                {"ethnische-herkunft": 2},
                Bi(
                    "Besser als Schweigen. In der Teambesprechung können Sie gemeinsam "
                    "verabreden, wie Sie in solchen Momenten reagieren – damit beim nächsten "
                    "Mal jemand gleich freundlich widerspricht.",
                    "Better than silence. In the team meeting you can agree together on how to "
                    "respond in such moments – so that next time someone objects straight away, "
                    "in a friendly way.",
                ),
            ),
            Option(
                Bi(
                    "Niemand sagt etwas – es war ja nur so dahingesagt.",
                    "Nobody says anything – it was just a passing remark.",
                ),
                {},
                Bi(
                    "Solche Bemerkungen prägen, wie ein Team über Kundinnen und Kunden denkt und "
                    "wie es sie behandelt. Niemand muss eine Grundsatzrede halten: Eine kurze "
                    "Rückfrage wie „Wie meinst du das?“ reicht oft.",
                    "Remarks like this shape how a team thinks about the people it serves, and "
                    "how it treats them. Nobody needs to make a speech: a short question such as "
                    "“What do you mean by that?” is often enough.",
                ),
            ),
        ),
        scenario=Bi(
            "Nach einem schwierigen Gespräch mit einem Antragsteller sagt ein Kollege in der "
            "Teeküche: „Typisch, die nehmen es mit Fristen eben nicht so genau.“ Mit „die“ meint "
            "er Menschen einer bestimmten Herkunft. Zwei andere nicken.",
            "After a difficult conversation with an applicant, a colleague says in the staff "
            "kitchen: “Typical – they just don't take deadlines seriously.” By “they” he means "
            "people of a particular origin. Two others nod.",
        ),
    ),
    # 7 -- little German
    Question(
        "multiple_choice",
        Bi(
            "Wie unterstützen Sie Menschen, die wenig Deutsch sprechen?",
            "How do you support people who speak little German?",
        ),
        (
            Option(
                Bi(
                    "Merkblätter und Vordrucke zu den häufigsten Anliegen gibt es in mehreren "
                    "Sprachen.",
                    "Leaflets and forms for the most common matters are available in several "
                    "languages.",
                ),
                {"ethnische-herkunft": 1},
            ),
            Option(
                Bi(
                    "Beschäftigte können im Gespräch schnell Sprachmittlung hinzuziehen, etwa "
                    "per Telefon- oder Videodolmetschen.",
                    "Staff can quickly bring in language mediation during a conversation, for "
                    "example telephone or video interpreting.",
                ),
                {"ethnische-herkunft": 2},
            ),
            Option(
                Bi(
                    "Beschäftigte, die weitere Sprachen sprechen, können das freiwillig angeben; "
                    "dieser Einsatz wird anerkannt.",
                    "Staff who speak other languages can say so voluntarily; this contribution "
                    "is recognised.",
                ),
                {"ethnische-herkunft": 1},
            ),
            Option(
                Bi(
                    "Bescheide und Schreiben sind in einfacher, verständlicher Sprache verfasst.",
                    "Official decisions and letters are written in plain, understandable language.",
                ),
                {"ethnische-herkunft": 1, "sozialer-status": 1},
            ),
            Option(
                Bi(
                    "Wir bitten die Menschen, jemanden zum Übersetzen mitzubringen.",
                    "We ask people to bring someone along to translate.",
                ),
                {"ethnische-herkunft": -1},
                Bi(
                    "Wer selbst jemanden mitbringen muss, ist auf Verwandte oder Bekannte "
                    "angewiesen – oft auf die eigenen Kinder. Kinder sollten nicht für ihre "
                    "Eltern dolmetschen müssen, und vertrauliche Informationen gehören nicht in "
                    "ihre Hände. Sprachmittlungsdienste sind die bessere Lösung.",
                    "People who have to bring someone along depend on relatives or friends – "
                    "often on their own children. Children should not have to interpret for "
                    "their parents, and confidential information does not belong in their hands. "
                    "Language mediation services are the better solution.",
                ),
            ),
        ),
    ),
    # 8 -- digital accessibility
    Question(
        "single_choice",
        Bi(
            "Wie barrierefrei sind die Website und die Dokumente Ihrer Einrichtung?",
            "How accessible are your organisation's website and documents?",
        ),
        (
            Option(
                Bi(
                    "Website und Dokumente werden regelmäßig geprüft, es gibt eine Erklärung zur "
                    "Barrierefreiheit mit Feedback-Möglichkeit, und neue PDFs entstehen "
                    "barrierefrei.",
                    "The website and documents are checked regularly, there is an accessibility "
                    "statement with a way to give feedback, and new PDFs are created to be "
                    "accessible.",
                ),
                {"behinderung": 3, "alter": 1},
            ),
            Option(
                Bi(
                    "Die Website wurde geprüft; bei Dokumenten und PDFs sind wir noch nicht so "
                    "weit.",
                    "The website has been checked; we are not there yet with documents and PDFs.",
                ),
                {"behinderung": 2},
            ),
            Option(
                Bi(
                    "Wir wissen, dass es Lücken gibt, haben aber noch nicht systematisch geprüft.",
                    "We know there are gaps but have not checked systematically yet.",
                ),
                {"behinderung": 1},
            ),
            Option(
                Bi("Damit haben wir uns noch nicht befasst.", "We have not looked into this yet."),
                {},
                Bi(
                    "Ein guter Einstieg ist eine Prüfung der meistgenutzten Seiten und "
                    "Formulare. Eine Erklärung zur Barrierefreiheit mit einer Möglichkeit, "
                    "Mängel zu melden, ist für öffentliche Stellen vorgeschrieben.",
                    "A good start is to check the most used pages and forms. An accessibility "
                    "statement with a way to report problems is mandatory for public bodies.",
                ),
            ),
        ),
        hint=Bi(
            "Öffentliche Stellen müssen ihre Websites, Apps und elektronischen Dokumente "
            "barrierefrei gestalten. Für den Bund regelt das die "
            "Barrierefreie-Informationstechnik-Verordnung (BITV 2.0); die Länder haben eigene "
            "Regelungen mit vergleichbaren Anforderungen.",
            "Public bodies must make their websites, apps and electronic documents accessible. "
            "For federal bodies this is governed by the Barrier-Free Information Technology "
            "Ordinance (BITV 2.0); the federal states have their own rules with comparable "
            "requirements.",
        ),
    ),
    # 9 -- Easy Read
    scale(
        Bi(
            "Die wichtigsten Informationen zu unseren Leistungen gibt es auch in Leichter "
            "Sprache, geprüft von Menschen mit Lernschwierigkeiten.",
            "The most important information about our services is also available in Easy Read, "
            "checked by people with learning disabilities.",
        ),
        ("behinderung",),
        hint=Bi(
            "Leichte Sprache folgt festen Regeln: kurze Sätze, bekannte Wörter, Erklärungen "
            "schwieriger Begriffe. Sie hilft Menschen mit Lernschwierigkeiten und vielen "
            "anderen, denen schwierige Texte Mühe machen.",
            "Easy Read (Leichte Sprache) follows fixed rules: short sentences, familiar words, "
            "explanations of difficult terms. It helps people with learning disabilities and "
            "many others who struggle with difficult texts.",
        ),
        low_feedback=Bi(
            "Beginnen Sie mit den Informationen, die am häufigsten gebraucht werden, und lassen "
            "Sie die Texte von einer Prüfgruppe lesen. Texte in Leichter Sprache ergänzen den "
            "rechtlich verbindlichen Text, ersetzen ihn aber nicht.",
            "Start with the information needed most often, and have the texts read by a review "
            "group. Easy Read texts complement the legally binding text but do not replace it.",
        ),
    ),
    # 10 -- ways to an appointment
    Question(
        "multiple_choice",
        Bi(
            "Auf welchen Wegen bekommen Bürgerinnen und Bürger bei Ihnen einen Termin oder eine "
            "Auskunft?",
            "How can citizens get an appointment or information from you?",
        ),
        (
            Option(Bi("Online über ein Terminportal", "Online, through a booking portal"), {}),
            Option(
                Bi("Telefonisch, auch mit Rückruf", "By telephone, including call-backs"),
                {"alter": 1, "behinderung": 1, "sozialer-status": 1},
            ),
            Option(
                Bi(
                    "Persönlich vor Ort, zu festen Zeiten auch ohne Termin",
                    "In person, without an appointment at set times",
                ),
                {"alter": 1, "sozialer-status": 2},
            ),
            Option(
                Bi(
                    "In Deutscher Gebärdensprache oder schriftlich per Chat oder SMS",
                    "In German Sign Language, or in writing by chat or text message",
                ),
                {"behinderung": 2},
            ),
            Option(
                Bi(
                    "Aufsuchend, etwa in Sprechstunden in Stadtteilzentren oder bei Hausbesuchen",
                    "Through outreach, for example at consultation hours in neighbourhood "
                    "centres or on home visits",
                ),
                {"alter": 1, "behinderung": 1, "sozialer-status": 1},
            ),
        ),
    ),
    # 11 -- no fixed abode
    Question(
        "scenario",
        Bi(
            "Wie geht es mit seinem Antrag bei Ihnen am ehesten weiter?",
            "What is most likely to happen to his application at your office?",
        ),
        (
            Option(
                Bi(
                    "Wir nehmen den Antrag auf und erklären, wie er über eine Beratungsstelle "
                    "eine Postanschrift bekommen kann.",
                    "We accept the application and explain how he can get a postal address "
                    "through an advice centre.",
                ),
                {"sozialer-status": 3},
                Bi(
                    "Viele Beratungsstellen bieten wohnungslosen Menschen eine Postanschrift an. "
                    "Wer diesen Weg kennt, verhindert, dass ein Antrag an einer Formalie "
                    "scheitert.",
                    "Many advice centres offer homeless people a postal address. Knowing this "
                    "route keeps an application from failing on a formality.",
                ),
            ),
            Option(
                Bi(
                    "Wir geben ihm die Adresse einer Beratungsstelle und bitten ihn, mit einer "
                    "Anschrift wiederzukommen.",
                    "We give him the address of an advice centre and ask him to come back once "
                    "he has an address.",
                ),
                {"sozialer-status": 1},
                Bi(
                    "Der Hinweis hilft. Jeder weitere Behördengang ist für Menschen ohne Wohnung "
                    "aber eine hohe Hürde – klären Sie, ob der Antrag schon jetzt aufgenommen "
                    "werden kann.",
                    "The pointer helps. But every further visit to an authority is a high hurdle "
                    "for people without a home – check whether the application can be accepted "
                    "straight away.",
                ),
            ),
            Option(
                Bi(
                    "Ohne Anschrift können wir leider nichts für ihn tun.",
                    "Without an address, unfortunately, we cannot do anything for him.",
                ),
                {},
                Bi(
                    "Eine fehlende Anschrift sollte nicht dazu führen, dass jemand eine Leistung "
                    "nicht bekommt, auf die er Anspruch hat. Klären Sie im Team, welche Wege es "
                    "gibt, und halten Sie die Kontakte von Beratungsstellen bereit.",
                    "A missing address should not mean that someone goes without a service they "
                    "are entitled to. Clarify in your team which routes exist, and keep the "
                    "contact details of advice centres to hand.",
                ),
            ),
        ),
        scenario=Bi(
            "Ein Mann ohne festen Wohnsitz möchte am Schalter eine Leistung beantragen. Das "
            "Antragsformular verlangt eine Postanschrift, die er nicht hat.",
            "A man with no fixed abode wants to apply for a service at the counter. The "
            "application form asks for a postal address, which he does not have.",
        ),
    ),
    # 12 -- fees
    Question(
        "single_choice",
        Bi(
            "Wie berücksichtigen Sie bei Gebühren und Entgelten die finanzielle Lage der Menschen?",
            "How do you take people's financial situation into account when charging fees?",
        ),
        (
            Option(
                Bi(
                    "Wo es Ermäßigungen oder Befreiungen gibt, weisen wir aktiv und verständlich "
                    "darauf hin, und der Nachweis ist einfach, etwa mit einem Bescheid über "
                    "Sozialleistungen.",
                    "Where reductions or exemptions exist, we point them out actively and "
                    "clearly, and proof is simple, for example a notice of social benefits.",
                ),
                {"sozialer-status": 3},
            ),
            Option(
                Bi(
                    "Es gibt Ermäßigungen, aber man muss selbst danach fragen.",
                    "Reductions exist, but people have to ask for them.",
                ),
                {"sozialer-status": 1},
                Bi(
                    "Wer nicht weiß, dass es eine Ermäßigung gibt, fragt nicht danach – gerade "
                    "Menschen, denen Behördengänge ohnehin schwerfallen. Ein Hinweis im "
                    "Gebührenbescheid, auf der Website und am Schalter hilft.",
                    "People who don't know that a reduction exists don't ask for it – especially "
                    "those who already find dealing with authorities difficult. A note in the "
                    "fee notice, on the website and at the counter helps.",
                ),
            ),
            Option(
                Bi(
                    "Bisher gar nicht, oder ich weiß es nicht.",
                    "Not at all so far, or I don't know.",
                ),
                {},
                Bi(
                    "Prüfen Sie, wo Ihre Einrichtung Spielraum hat. In Berlin schützt das LADG "
                    "ausdrücklich vor Diskriminierung wegen des sozialen Status; eine "
                    "Ermäßigung kann Menschen die Teilnahme erst ermöglichen.",
                    "Check where your organisation has room for manoeuvre. In Berlin, the LADG "
                    "explicitly protects against discrimination because of social status; a "
                    "reduction can be what makes taking part possible at all.",
                ),
            ),
        ),
        hint=Bi(
            "Viele Gebühren sind gesetzlich festgelegt. Gemeint sind Ermäßigungen und "
            "Befreiungen, die es bereits gibt oder die Ihre Einrichtung selbst festlegen kann, "
            "etwa bei Kursen, Veranstaltungen oder Nutzungsentgelten.",
            "Many fees are set by law. This is about reductions and exemptions that already "
            "exist or that your organisation can set itself, for example for courses, events or "
            "usage charges.",
        ),
    ),
    # 13 -- a joke at lunch
    Question(
        "scenario",
        Bi(
            "Wie reagiert Ihr Team am ehesten auf den Witz?",
            "How is your team most likely to respond to the joke?",
        ),
        (
            Option(
                Bi(
                    "Jemand sagt gleich, dass solche Witze im Team nicht erwünscht sind, und "
                    "spricht die neue Kollegin später unter vier Augen an.",
                    "Someone says straight away that jokes like this are not welcome in the "
                    "team, and later has a private word with the new colleague.",
                ),
                {"sexuelle-identitaet": 3},
                Bi(
                    "So zeigt das Team, dass alle dazugehören, ohne die neue Kollegin in den "
                    "Mittelpunkt zu stellen.",
                    "This shows that everyone belongs, without putting the new colleague on the "
                    "spot.",
                ),
            ),
            Option(
                Bi(
                    "Im Moment sagt niemand etwas, aber die Führungskraft spricht das Thema "
                    "später allgemein an.",
                    "Nobody says anything at the time, but the manager raises the subject in "
                    "general terms later.",
                ),
                {"sexuelle-identitaet": 1},
                Bi(
                    "Ein allgemeiner Hinweis ist wichtig. Für die neue Kollegin zählt aber auch, "
                    "dass jemand im Moment selbst Stellung bezieht.",
                    "A general reminder matters. For the new colleague, though, it also counts "
                    "that someone takes a stand in the moment.",
                ),
            ),
            Option(
                Bi(
                    "Niemand sagt etwas – der Witz war ja nicht böse gemeint.",
                    "Nobody says anything – the joke wasn't meant badly.",
                ),
                {},
                Bi(
                    "Wer solche Witze erlebt, spricht über das eigene Privatleben oft nicht mehr "
                    "offen. Arbeitgeber müssen Beschäftigte vor Benachteiligungen schützen, auch "
                    "vor solchen durch Kolleginnen und Kollegen (§ 12 AGG); Führungskräfte "
                    "sollten deshalb eingreifen.",
                    "People who experience jokes like this often stop talking openly about their "
                    "private lives. Employers must protect staff from discrimination, including "
                    "by colleagues (Section 12 AGG), so managers should step in.",
                ),
            ),
        ),
        scenario=Bi(
            "Eine neue Kollegin erzählt in der Mittagspause von ihrer Frau. Ein Kollege macht "
            "daraufhin einen Witz über „solche Beziehungen“. Einige lachen, die neue Kollegin "
            "wird still.",
            "During the lunch break, a new colleague talks about her wife. A colleague then "
            "makes a joke about “relationships like that”. Some laugh; the new colleague falls "
            "silent.",
        ),
    ),
    # 14 -- visibly welcome
    Question(
        "multiple_choice",
        Bi(
            "Woran merken lesbische, schwule, bisexuelle und queere Menschen, dass sie bei Ihnen "
            "willkommen sind – als Beschäftigte wie als Bürgerinnen und Bürger?",
            "How can lesbian, gay, bisexual and queer people tell that they are welcome with "
            "you – as staff and as citizens?",
        ),
        (
            Option(
                Bi(
                    "Formulare und Schreiben setzen kein bestimmtes Familienbild voraus; sie "
                    "passen zum Beispiel auch für zwei Mütter.",
                    "Forms and letters do not assume a particular kind of family; they also work "
                    "for two mothers, for example.",
                ),
                {"sexuelle-identitaet": 2},
            ),
            Option(
                Bi(
                    "Es gibt eine Ansprechperson oder ein Netzwerk für queere Beschäftigte.",
                    "There is a contact person or a network for queer staff.",
                ),
                {"sexuelle-identitaet": 2},
            ),
            Option(
                Bi(
                    "Die Einrichtung bezieht sichtbar Stellung, etwa am Internationalen Tag "
                    "gegen Homo-, Bi-, Inter- und Transfeindlichkeit am 17. Mai.",
                    "The organisation takes a visible stand, for example on the International "
                    "Day against Homophobia, Biphobia, Interphobia and Transphobia on 17 May.",
                ),
                {"sexuelle-identitaet": 1, "geschlecht": 1},
            ),
            Option(
                Bi(
                    "Fortbildungen greifen sexuelle und geschlechtliche Vielfalt ausdrücklich auf.",
                    "Training explicitly covers sexual and gender diversity.",
                ),
                {"sexuelle-identitaet": 1, "geschlecht": 1},
            ),
        ),
    ),
    # 15 -- religious holidays
    scale(
        Bi(
            "Bei der Planung von Terminen, Veranstaltungen und Auswahlgesprächen berücksichtigen "
            "wir die hohen Feiertage verschiedener Religionen, nicht nur die christlichen.",
            "When planning appointments, events and selection interviews, we take account of "
            "the major holidays of different religions, not only the Christian ones.",
        ),
        ("religion",),
        hint=Bi(
            "Zum Beispiel Jom Kippur, das Ramadanfest oder Diwali. Ein Kalender mit den "
            "Feiertagen verschiedener Religionen hilft bei der Planung.",
            "For example Yom Kippur, Eid al-Fitr or Diwali. A calendar of the holidays of "
            "different religions helps with planning.",
        ),
        low_feedback=Bi(
            "Ein gemeinsamer Kalender im Intranet ist ein einfacher Anfang. Fragen Sie auch Ihre "
            "Beschäftigten, welche Tage ihnen wichtig sind.",
            "A shared calendar on the intranet is an easy start. Ask your staff, too, which "
            "days matter to them.",
        ),
    ),
    # 16 -- a quiet room
    Question(
        "scenario",
        Bi(
            "Wie geht Ihre Dienststelle am ehesten mit seiner Frage um?",
            "How is your organisation most likely to respond to his request?",
        ),
        (
            Option(
                Bi(
                    "Wir suchen gemeinsam einen Raum, den alle als Raum der Stille nutzen können "
                    "– zum Beten, Meditieren oder Durchatmen.",
                    "We look together for a room that everyone can use as a quiet room – to "
                    "pray, meditate or simply take a breather.",
                ),
                {"religion": 3},
                Bi(
                    "Ein Raum der Stille, der allen offensteht, hilft gläubigen wie "
                    "nichtgläubigen Beschäftigten und bevorzugt keine Religion.",
                    "A quiet room open to everyone helps religious and non-religious staff alike "
                    "and favours no religion.",
                ),
            ),
            Option(
                Bi(
                    "Er darf im Einzelfall einen freien Besprechungsraum nutzen, wenn er vorher "
                    "fragt.",
                    "He may use a free meeting room now and then if he asks first.",
                ),
                {"religion": 1},
                Bi(
                    "Eine pragmatische Lösung. Eine feste Regelung erspart ihm, jedes Mal fragen "
                    "zu müssen, und gilt dann für alle, die einen ruhigen Ort brauchen.",
                    "A pragmatic solution. A fixed arrangement saves him from having to ask every "
                    "time, and then applies to everyone who needs a quiet place.",
                ),
            ),
            Option(
                Bi(
                    "Wir lehnen ab: Religion ist Privatsache und gehört nicht an den Arbeitsplatz.",
                    "We say no: religion is a private matter and has no place at work.",
                ),
                {},
                Bi(
                    "Die Religionsfreiheit gilt auch am Arbeitsplatz, und das AGG schützt vor "
                    "Benachteiligung wegen der Religion. Das heißt nicht, dass jeder Wunsch "
                    "erfüllt werden muss – wohl aber, dass man gemeinsam nach einer Lösung "
                    "sucht, die den Dienstbetrieb nicht stört.",
                    "Freedom of religion also applies at work, and the AGG protects against "
                    "discrimination because of religion. This does not mean that every request "
                    "has to be granted – but it does mean looking together for a solution that "
                    "does not disrupt work.",
                ),
            ),
        ),
        scenario=Bi(
            "Ein Kollege fragt, ob es im Dienstgebäude einen ruhigen Ort gibt, an dem er in der "
            "Mittagspause beten kann. Einen solchen Raum gibt es bisher nicht.",
            "A colleague asks whether there is a quiet place in the building where he can pray "
            "during his lunch break. There is no such room yet.",
        ),
    ),
    # 17 -- events
    Question(
        "multiple_choice",
        Bi(
            "Woran denken Sie, wenn Ihre Einrichtung eine Veranstaltung plant, etwa eine "
            "Bürgerversammlung oder ein Fest für die Beschäftigten?",
            "What do you think of when your organisation plans an event, such as a public "
            "meeting or a staff party?",
        ),
        (
            Option(
                Bi(
                    "Der Ort ist stufenlos erreichbar, und auf Wunsch gibt es Gebärdensprach- "
                    "oder Schriftdolmetschung.",
                    "The venue is step-free, and sign language or speech-to-text interpreting is "
                    "available on request.",
                ),
                {"behinderung": 2},
            ),
            Option(
                Bi(
                    "Die Einladung ist in einfacher Sprache verfasst und nennt eine "
                    "Kontaktperson für Fragen zur Barrierefreiheit.",
                    "The invitation is written in plain language and names a contact person for "
                    "questions about accessibility.",
                ),
                {"behinderung": 1, "ethnische-herkunft": 1},
            ),
            Option(
                Bi(
                    "Der Termin fällt nicht auf hohe religiöse Feiertage, und die Speisen sind "
                    "gekennzeichnet, etwa vegetarisch, vegan oder ohne Schweinefleisch.",
                    "The date does not fall on major religious holidays, and the food is "
                    "labelled, for example vegetarian, vegan or pork-free.",
                ),
                {"religion": 2},
            ),
            Option(
                Bi(
                    "Die Teilnahme ist kostenlos; bei Bedarf gibt es Kinderbetreuung oder einen "
                    "Zuschuss zu den Fahrtkosten.",
                    "Taking part is free of charge; childcare or help with travel costs is "
                    "available if needed.",
                ),
                {"sozialer-status": 2},
            ),
            Option(
                Bi(
                    "Es gibt Termine zu unterschiedlichen Tageszeiten oder eine Möglichkeit, "
                    "sich auch online zu beteiligen.",
                    "There are sessions at different times of day, or a way to take part online "
                    "as well.",
                ),
                {"alter": 1, "sozialer-status": 1},
            ),
        ),
    ),
    # 18 -- training
    scale(
        Bi(
            "Alle Beschäftigten mit Publikumsverkehr und alle Führungskräfte nehmen regelmäßig "
            "an Fortbildungen zu Vielfalt und Antidiskriminierung teil.",
            "All staff who deal with the public and all managers regularly take part in "
            "training on diversity and anti-discrimination.",
        ),
        ALL,
        hint=Bi(
            "Das AGG sieht vor, dass Arbeitgeber vor allem in der Aus- und Fortbildung auf das "
            "Verbot von Benachteiligungen hinweisen (§ 12 Abs. 2 AGG).",
            "The AGG expects employers to point out the prohibition of discrimination, "
            "especially in vocational and further training (Section 12(2) AGG).",
        ),
        low_feedback=Bi(
            "Fortbildungen wirken am besten, wenn sie an Situationen aus dem eigenen "
            "Arbeitsalltag anknüpfen und das Gelernte im Team weiterlebt, etwa in "
            "Fallbesprechungen.",
            "Training works best when it starts from situations in your own daily work and what "
            "has been learnt lives on in the team, for example in case discussions.",
        ),
    ),
]

# The link on the Berlin project page ---------------------------------------------------------

BERLIN_LINK = {
    "heading": Bi(
        "Selbstcheck: Wo steht Ihre Verwaltung?",
        "Self-check: where does your administration stand?",
    ),
    "text": Bi(
        "Mit dem Diversometer schätzen Sie in etwa zehn Minuten ein, wie Ihre Einrichtung beim "
        "Umgang mit Vielfalt aufgestellt ist – anonym, in sieben Dimensionen und mit "
        "Empfehlungen für die nächsten Schritte.",
        "With the Diversometer you can assess in about ten minutes how well your organisation "
        "deals with diversity – anonymously, across seven dimensions and with recommendations "
        "for the next steps.",
    ),
    "label": Bi("Diversometer ausprobieren", "Try the Diversometer"),
}

# Catalogues ----------------------------------------------------------------------------------


def pairs(value):
    """Every ``Bi`` in ``value`` (nested tuples, lists and dicts)."""
    if isinstance(value, Bi):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from pairs(item)
    elif isinstance(value, tuple | list):
        for item in value:
            yield from pairs(item)


CATALOGUE_EN = {
    pair.de: pair.en for pair in pairs([PAGE, BODY_HEADING, BODY_PARAGRAPHS, DIMENSIONS, QUESTIONS])
}
"""German → English for every string of the Diversometer page."""

BERLIN_LINK_EN = {pair.de: pair.en for pair in pairs(BERLIN_LINK)}
"""German → English for the call to action added to the Berlin project page."""
