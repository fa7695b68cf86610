"""Texts of the accessibility demo pages, German with their English translation.

Data only, written as ``(German, English)`` pairs so that each page's body and its
wagtail-localize catalogue come from one place (:func:`home.translation.body` and
:func:`home.translation.catalogue`, which ``manage.py create_site`` uses too).

Every page says that it is an example. The privacy text describes what this software
really stores (checked against ``publications/consent.py``, ``diversometer/``,
``home/ratelimit.py``, ``accessibility/`` and ``config/settings.py``); what only the
operator knows (server logs, retention, the data protection officer) is marked as an
example to replace. The Leichte Sprache text follows the rules of the Netzwerk Leichte
Sprache (short sentences, hyphenated compounds) but has not been checked by a test
group, and says so. No video in Deutscher Gebärdensprache exists for the demo: the
sign-language page shows the text each video will sign and "Video folgt".
"""

from home.translation import Items, body, catalogue  # noqa: F401 (body: for demo_content)

EXAMPLE = (
    "Dies ist ein Beispieltext der Demo-Inhalte. Bitte passen Sie ihn an Ihre Stelle an "
    "und lassen Sie ihn prüfen, bevor Sie die Website veröffentlichen.",
    "This is an example text of the demo content. Please adapt it to your organisation "
    "and have it checked before you publish the website.",
)

# Erklärung zur Barrierefreiheit ------------------------------------------------------

STATEMENT = {
    "title": "Erklärung zur Barrierefreiheit",
    "slug": "barrierefreiheit",
    "search_description": "Wie barrierefrei diese Website ist, und wie Sie uns Barrieren melden.",
    "intro": (
        "Die Landesstelle für Vielfalt (Demo) ist bemüht, ihre Website barrierefrei "
        "zugänglich zu machen. Diese Erklärung ist ein Beispiel der Demo-Inhalte."
    ),
    "legal_basis": "§ 3 Absätze 1 bis 4 und § 4 der BITV 2.0",
    "method_details": (
        "Automatische Prüfung jeder Seitenart der Demo-Inhalte mit axe-core und dem Nu "
        "HTML Checker sowie Bedienung mit der Tastatur, mit und ohne JavaScript."
    ),
    "conciliation_name": "Schlichtungsstelle nach dem Behindertengleichstellungsgesetz (BGG)",
    "conciliation_text": (
        "Beispiel: Für Stellen des Bundes ist das die Schlichtungsstelle nach § 16 BGG beim "
        "Beauftragten der Bundesregierung für die Belange von Menschen mit Behinderungen. "
        "Landes- und Kommunalbehörden nennen hier die Schlichtungsstelle ihres Landes. Das "
        "Schlichtungsverfahren ist kostenlos; Sie brauchen keinen Rechtsbeistand."
    ),
    "conciliation_address": (
        # Only the office: look up its postal address before publishing (not verified here).
        "bei dem Beauftragten der Bundesregierung für die Belange von Menschen mit Behinderungen"
    ),
    "conciliation_url": "https://www.schlichtungsstelle-bgg.de",
}

NON_ACCESSIBLE = [
    {
        "content": (
            "Videos in Deutscher Gebärdensprache",
            "Videos in German Sign Language",
        ),
        "problem": (
            "Die Seite „Gebärdensprache“ erklärt die Website noch nicht in Videos, sondern "
            "nur mit dem Text, den die Videos zeigen werden.",
            "The page “German Sign Language” does not explain the website in videos yet, "
            "only with the text the videos will show.",
        ),
        "reason": "non_compliance",
        "justification": (
            "Die Videos werden mit gehörlosen Übersetzerinnen und Übersetzern produziert.",
            "The videos are being produced with deaf translators.",
        ),
        "alternative": (
            "Die Inhalte stehen auf Deutsch und in Leichter Sprache auf der Website. Gern "
            "vermitteln wir Ihnen ein Gespräch mit Gebärdensprachdolmetschung.",
            "The content is on the website in German and in Leichte Sprache (easy-to-read "
            "German). We are glad to arrange a conversation with sign-language interpreting.",
        ),
    },
    {
        "content": (
            "Dokumentationen des Projekts „Berliner Netzwerke für Vielfalt“ (2015–2018)",
            "Documentation of the project “Berliner Netzwerke für Vielfalt” (2015–2018)",
        ),
        "problem": (
            "Einzelne ältere PDF-Dokumente sind möglicherweise nicht vollständig "
            "barrierefrei, zum Beispiel bei Tabellen.",
            "Some older PDF documents may not be fully accessible, for example their tables.",
        ),
        "reason": "out_of_scope",
        "justification": (
            "Die Dokumente wurden vor dem 23. September 2018 veröffentlicht und werden für "
            "laufende Verwaltungsverfahren nicht gebraucht.",
            "The documents were published before 23 September 2018 and are not needed for "
            "current administrative procedures.",
        ),
        "alternative": (
            "Wir schicken Ihnen die Inhalte gern in einer für Sie zugänglichen Form.",
            "We are glad to send you the content in a form that is accessible to you.",
        ),
    },
]

STATEMENT_EN = {
    "Erklärung zur Barrierefreiheit": "Accessibility statement",
    "barrierefreiheit": "accessibility",
    STATEMENT["search_description"]: (
        "How accessible this website is, and how to report barriers to us."
    ),
    STATEMENT["intro"]: (
        "The State Office for Diversity (demo) is committed to making its website "
        "accessible. This statement is an example of the demo content."
    ),
    STATEMENT["legal_basis"]: "sections 3 (1) to (4) and 4 of BITV 2.0",
    STATEMENT["method_details"]: (
        "Automated checks of every page type of the demo content with axe-core and the "
        "Nu HTML Checker, and operation by keyboard, with and without JavaScript."
    ),
    STATEMENT["conciliation_name"]: ("Conciliation body under the Disability Equality Act (BGG)"),
    STATEMENT["conciliation_text"]: (
        "Example: for federal bodies this is the conciliation body under section 16 BGG "
        "at the Federal Government Commissioner for Matters relating to Persons with "
        "Disabilities. State and local authorities name the conciliation body of their "
        "state here. The procedure is free of charge; you do not need a lawyer."
    ),
    # wagtail-localize turns the line breaks of a text field into <br/>.
    STATEMENT["conciliation_address"].replace("\n", "<br/>"): (
        "at the Federal Government Commissioner for Matters relating to Persons with Disabilities"
    ),
    **{
        item[field][0]: item[field][1]
        for item in NON_ACCESSIBLE
        for field in ("content", "problem", "justification", "alternative")
    },
}


def non_accessible_blocks():
    return [
        (
            "item",
            {
                "content": item["content"][0],
                "problem": f"<p>{item['problem'][0]}</p>",
                "reason": item["reason"],
                "justification": item["justification"][0],
                "alternative": f"<p>{item['alternative'][0]}</p>",
            },
        )
        for item in NON_ACCESSIBLE
    ]


# Leichte Sprache ---------------------------------------------------------------------

EASY_LANGUAGE = {
    "title": "Leichte Sprache",
    "slug": "leichte-sprache",
    "search_description": "Diese Website in Leichter Sprache.",
    "intro": "Hier erklären wir diese Internet-Seite in Leichter Sprache.",
}

EASY_LANGUAGE_SECTIONS = [
    (
        ("Was gibt es auf dieser Internet-Seite?", "What is on this website?"),
        [
            (
                "Diese Internet-Seite ist von der Landes-Stelle für Vielfalt.",
                "This website is run by the State Office for Diversity.",
            ),
            (
                "Die Landes-Stelle ist ein Amt. Das Amt setzt sich für Vielfalt ein.",
                "The State Office is a public office. The office works for diversity.",
            ),
            (
                "Vielfalt heißt: Alle Menschen sind verschieden. Und alle Menschen sollen "
                "die gleichen Chancen haben.",
                "Diversity means: all people are different. And all people should have "
                "the same chances.",
            ),
            ("Auf der Internet-Seite finden Sie:", "On the website you find:"),
            Items(
                [
                    ("Projekte für Vielfalt in Ämtern.", "Projects for diversity in offices."),
                    (
                        "Hefte zum Herunterladen. Das heißt: Sie können die Hefte auf "
                        "Ihrem Computer speichern.",
                        "Booklets to download. This means: you can save the booklets on "
                        "your computer.",
                    ),
                    ("Termine für Treffen.", "Dates of meetings."),
                    (
                        "Einen Test. Der Test heißt: Diversometer. Mit dem Test kann ein Amt "
                        "prüfen: Wie gut ist das Amt bei Vielfalt?",
                        "A test. The test is called: Diversometer. With the test an office "
                        "can check: How good is the office at diversity?",
                    ),
                ]
            ),
        ],
    ),
    (
        (
            "Wie finde ich mich auf der Internet-Seite zurecht?",
            "How do I find my way on the website?",
        ),
        [
            (
                "Oben auf jeder Seite ist ein Menü. Im Menü stehen die wichtigsten Seiten.",
                "At the top of every page there is a menu. The menu shows the most "
                "important pages.",
            ),
            (
                "Sie klicken auf ein Wort im Menü. Dann kommen Sie zu der Seite.",
                "You click on a word in the menu. Then you get to that page.",
            ),
            (
                "Oben ist auch ein Such-Feld. Dort schreiben Sie ein Wort hinein. Zum "
                "Beispiel: Projekte. Dann klicken Sie auf: Suchen.",
                "At the top there is also a search box. You type a word into it. For "
                "example: projects. Then you click on: Search.",
            ),
            (
                "Oben auf jeder Seite können Sie auch die Sprache wählen: Deutsch oder Englisch.",
                "At the top of every page you can also choose the language: German or English.",
            ),
            (
                "Ganz unten auf jeder Seite steht: So erreichen Sie uns.",
                "At the very bottom of every page it says how to reach us.",
            ),
        ],
    ),
    (
        (
            "Wie barriere-frei ist diese Internet-Seite?",
            "How accessible is this website?",
        ),
        [
            (
                "Barriere-frei heißt: Alle Menschen können die Internet-Seite gut "
                "benutzen. Auch Menschen mit Behinderung.",
                "Accessible means: all people can use the website well. People with "
                "disabilities too.",
            ),
            (
                "Wir haben die Internet-Seite geprüft. Das meiste ist barriere-frei. Aber "
                "nicht alles.",
                "We have checked the website. Most of it is accessible. But not everything.",
            ),
            (
                "Zum Beispiel: Es gibt noch keine Videos in Gebärden-Sprache.",
                "For example: there are no videos in sign language yet.",
            ),
            (
                "Haben Sie ein Problem auf unserer Internet-Seite? Dann schreiben Sie uns. "
                "Ganz unten auf jeder Seite steht: Barriere melden. Dort klicken Sie "
                "drauf. Dann kommt ein Formular. Dort schreiben Sie Ihr Problem hinein.",
                "Do you have a problem on our website? Then write to us. At the very "
                "bottom of every page it says: Report a barrier. You click on it. Then a "
                "form opens. You write your problem into the form.",
            ),
            (
                "Sie bekommen keine gute Antwort? Dann können Sie sich bei der "
                "Schlichtungs-Stelle beschweren. Das kostet nichts.",
                "You do not get a good answer? Then you can complain to the conciliation "
                "body. It costs nothing.",
            ),
            (
                "Alles über die Barriere-Freiheit steht in der Erklärung zur "
                "Barriere-Freiheit. Ganz unten auf jeder Seite finden Sie die Erklärung. "
                "Die Erklärung ist nicht in Leichter Sprache.",
                "Everything about accessibility is in the accessibility statement. You "
                "find the statement at the very bottom of every page. The statement is "
                "not in easy language.",
            ),
        ],
    ),
    (
        (
            "Wo gibt es mehr in Leichter Sprache und Gebärden-Sprache?",
            "Where is there more in easy language and sign language?",
        ),
        [
            (
                "Oben auf jeder Seite steht: Gebärden-Sprache. Dort gibt es Infos in "
                "Deutscher Gebärden-Sprache.",
                "At the top of every page it says: German Sign Language. There you find "
                "information in German Sign Language.",
            ),
            (
                "Die Videos in Gebärden-Sprache kommen bald. Bis dahin steht dort der Text "
                "zu den Videos.",
                "The videos in sign language are coming soon. Until then, the text of the "
                "videos is there.",
            ),
            (
                "Mehr Texte in Leichter Sprache gibt es auf dieser Internet-Seite noch nicht.",
                "There are no more texts in easy language on this website yet.",
            ),
        ],
    ),
    (
        None,
        [
            (
                "Dieser Text ist ein Beispiel. Eine Prüf-Gruppe hat den Text nicht geprüft.",
                "This text is an example. A test group has not checked the text.",
            ),
        ],
    ),
]

EASY_LANGUAGE_EN = catalogue(
    EASY_LANGUAGE_SECTIONS,
    ("Leichte Sprache", "Easy Read"),
    ("leichte-sprache", "easy-read"),
    (EASY_LANGUAGE["search_description"], "This website in Easy Read."),
    (EASY_LANGUAGE["intro"], "Here we explain this website in easy language."),
)

# Deutsche Gebärdensprache ---------------------------------------------------------------

SIGN_LANGUAGE = {
    "title": "Gebärdensprache",
    "slug": "gebaerdensprache",
    "search_description": "Diese Website in Deutscher Gebärdensprache (DGS).",
    "intro": (
        "Hier erklären wir diese Website in Deutscher Gebärdensprache (DGS). Die Videos "
        "werden zurzeit produziert. Bis dahin steht zu jedem Abschnitt der Text, den das "
        "Video zeigen wird."
    ),
}

SIGN_LANGUAGE_VIDEOS = [
    (
        ("Was es auf dieser Website gibt", "What this website offers"),
        (
            "Die Landesstelle für Vielfalt setzt sich dafür ein, dass Verwaltungen mit "
            "der Vielfalt der Menschen bewusst umgehen. Auf dieser Website finden Sie "
            "Projekte, Förderaufrufe, Handreichungen zum Herunterladen, Netzwerke und "
            "Termine. Mit dem Diversometer kann eine Verwaltung prüfen, wo sie beim Thema "
            "Vielfalt steht.",
            "The State Office for Diversity helps administrations to deal consciously "
            "with the diversity of people. On this website you find projects, calls for "
            "funding, handouts to download, networks and dates. With the Diversometer an "
            "administration can check where it stands on diversity.",
        ),
    ),
    (
        ("Wie Sie sich zurechtfinden", "How to find your way"),
        (
            "Oben auf jeder Seite sind das Menü mit den wichtigsten Bereichen, das "
            "Suchfeld und die Wahl der Sprache. Über die Links „Leichte Sprache“ und "
            "„Gebärdensprache“ kommen Sie zu den Erklärungen in Leichter Sprache und zu "
            "dieser Seite. Unten auf jeder Seite stehen der Kontakt, das Impressum, der "
            "Datenschutz und die Erklärung zur Barrierefreiheit.",
            "At the top of every page are the menu with the main sections, the search "
            "box and the choice of language. The links “Easy Read” and “German Sign "
            "Language” lead to the explanations in easy language and to this page. At "
            "the bottom of every page are the contact, the legal notice, the privacy "
            "policy and the accessibility statement.",
        ),
    ),
    (
        ("Das Wichtigste zur Barrierefreiheit", "The main points on accessibility"),
        (
            "Diese Website ist teilweise barrierefrei. Noch nicht barrierefrei sind zum "
            "Beispiel die Videos in Gebärdensprache: Sie fehlen noch. Wenn Sie eine "
            "Barriere finden, melden Sie sie uns über den Link „Barriere melden“ unten auf "
            "jeder Seite. Wenn Sie keine zufriedenstellende Antwort bekommen, können Sie "
            "sich an die Schlichtungsstelle wenden. Das kostet nichts.",
            "This website is partly accessible. Not yet accessible are, for example, the "
            "videos in sign language: they are still missing. If you find a barrier, "
            "report it to us with the link “Report a barrier” at the bottom of every "
            "page. If you do not get a satisfactory answer, you can turn to the "
            "conciliation body. It costs nothing.",
        ),
    ),
    (
        (
            "Weitere Angebote in Gebärdensprache und Leichter Sprache",
            "More in sign language and easy language",
        ),
        (
            "Weitere Videos in Gebärdensprache gibt es auf dieser Website noch nicht. Die "
            "Website in Leichter Sprache finden Sie über den Link „Leichte Sprache“ oben "
            "auf jeder Seite.",
            "There are no further videos in sign language on this website yet. You find "
            "the website in easy language through the link “Easy Read” at the top of "
            "every page.",
        ),
    ),
]


def sign_language_blocks():
    return [
        (
            "video",
            {
                "title": title[0],
                "video": None,
                "duration": "",
                "captions": None,
                "text": f"<p>{text[0]}</p>",
            },
        )
        for title, text in SIGN_LANGUAGE_VIDEOS
    ]


SIGN_LANGUAGE_EN = {
    "Gebärdensprache": "German Sign Language",
    "gebaerdensprache": "sign-language",
    SIGN_LANGUAGE["search_description"]: "This website in German Sign Language (DGS).",
    SIGN_LANGUAGE["intro"]: (
        "Here we explain this website in German Sign Language (DGS). The videos are being "
        "produced. Until then, each section shows the text the video will sign."
    ),
    **{title[0]: title[1] for title, _text in SIGN_LANGUAGE_VIDEOS},
    **{text[0]: text[1] for _title, text in SIGN_LANGUAGE_VIDEOS},
}

# Impressum ------------------------------------------------------------------------------

IMPRINT = {
    "title": "Impressum",
    "slug": "impressum",
    "search_description": "Wer diese Website anbietet und für ihren Inhalt verantwortlich ist.",
}

IMPRINT_SECTIONS = [
    (None, [EXAMPLE]),
    (
        ("Anbieter", "Provider"),
        [
            (
                "Landesstelle für Vielfalt (Demo), Musterstraße 1, 10115 Berlin",
                "Landesstelle für Vielfalt (demo), Musterstraße 1, 10115 Berlin, Germany",
            ),
            (
                "Die Landesstelle ist eine Behörde des Landes (Beispiel). Sie wird vertreten "
                "durch ihre Leitung.",
                "The State Office is an authority of the state (example). It is "
                "represented by its head.",
            ),
        ],
    ),
    (
        ("Kontakt", "Contact"),
        [
            (
                "Telefon: 030 123456-0, E-Mail: vielfalt@example.org",
                "Telephone: +49 30 123456-0, e-mail: vielfalt@example.org",
            ),
        ],
    ),
    (
        (
            "Verantwortlich für den Inhalt nach § 18 Absatz 2 Medienstaatsvertrag",
            "Responsible for the content under section 18 (2) of the Interstate Media Treaty",
        ),
        [
            (
                "Referat Vielfalt und Chancengleichheit (Demo), Anschrift wie oben",
                "Unit for Diversity and Equal Opportunities (demo), address as above",
            ),
        ],
    ),
    (
        ("Technik", "Technology"),
        [
            (
                "Diese Website nutzt Vielfalt, einen freien Baukasten für Verwaltungen auf "
                "der Grundlage von Wagtail, unter der Lizenz EUPL 1.2.",
                "This website uses Vielfalt, a free toolkit for administrations based on "
                "Wagtail, under the EUPL 1.2 licence.",
            ),
        ],
    ),
]

IMPRINT_EN = catalogue(
    IMPRINT_SECTIONS,
    ("Impressum", "Legal notice"),
    ("impressum", "legal-notice"),
    (IMPRINT["search_description"], "Who provides this website and is responsible for it."),
)

# Datenschutzerklärung ------------------------------------------------------------------

PRIVACY = {
    "title": "Datenschutzerklärung",
    "slug": "datenschutz",
    "search_description": "Welche Daten diese Website verarbeitet, wozu und wie lange.",
    "intro": (
        "Hier steht, welche Daten diese Website über Sie verarbeitet, wozu und wie lange, "
        "und welche Rechte Sie haben."
    ),
}

PRIVACY_SECTIONS = [
    (
        None,
        [
            (
                "Dies ist ein Beispieltext der Demo-Inhalte. Er beschreibt, was die Software "
                "dieser Website speichert. Ergänzen Sie, was nur Sie wissen (die "
                "verantwortliche Stelle, die oder den Datenschutzbeauftragten, das Hosting, "
                "Speicherfristen), und lassen Sie den Text von Ihrer oder Ihrem "
                "Datenschutzbeauftragten prüfen.",
                "This is an example text of the demo content. It describes what the "
                "software of this website stores. Add what only you know (the controller, "
                "the data protection officer, the hosting, retention periods) and have the "
                "text checked by your data protection officer.",
            ),
        ],
    ),
    (
        ("Verantwortliche Stelle", "Controller"),
        [
            (
                "Landesstelle für Vielfalt (Demo), Musterstraße 1, 10115 Berlin, E-Mail: "
                "vielfalt@example.org. Die oder der behördliche Datenschutzbeauftragte ist "
                "erreichbar unter datenschutz@example.org (Beispiel).",
                "Landesstelle für Vielfalt (demo), Musterstraße 1, 10115 Berlin, Germany, "
                "e-mail: vielfalt@example.org. The data protection officer can be reached "
                "at datenschutz@example.org (example).",
            ),
        ],
    ),
    (
        ("Wenn Sie diese Website besuchen", "When you visit this website"),
        [
            (
                "Bei jedem Aufruf verarbeitet der Server technisch nötige Daten: Ihre "
                "IP-Adresse, die aufgerufene Adresse, die Uhrzeit und die Angaben Ihres "
                "Browsers. Ob und wie lange sie in Protokolldateien gespeichert werden, legt "
                "der Betrieb des Servers fest. Beispiel: Wir speichern Protokolle sieben "
                "Tage lang, um Störungen und Angriffe zu erkennen.",
                "With every request the server processes technically necessary data: your "
                "IP address, the address requested, the time and what your browser sends. "
                "Whether and how long they are kept in log files is set by whoever runs "
                "the server. Example: we keep logs for seven days to detect faults and "
                "attacks.",
            ),
            (
                "Ohne Ihre Zustimmung lädt die Website nichts von anderen Servern: keine "
                "Schriften, keine Statistik, keine Werbung, keine Videos.",
                "Without your consent the website loads nothing from other servers: no "
                "fonts, no analytics, no advertising, no videos.",
            ),
        ],
    ),
    (
        ("Cookies", "Cookies"),
        [
            (
                "Wir setzen für Besucherinnen und Besucher keine Cookies, mit einer "
                "Ausnahme: Wenn Sie bei einem Video von YouTube oder Vimeo „immer laden“ "
                "wählen, speichern wir diese Entscheidung im Cookie „video_consent“. Es "
                "enthält nur die Namen der Plattformen und gilt ein Jahr. Sie können die "
                "Zustimmung auf der Seite des Videos widerrufen; dann wird das Cookie "
                "gelöscht.",
                "We set no cookies for visitors, with one exception: if you choose "
                "“always load” for a video from YouTube or Vimeo, we store this choice in "
                "the cookie “video_consent”. It contains only the names of the platforms "
                "and lasts one year. You can withdraw your consent on the video's page; "
                "the cookie is then deleted.",
            ),
            (
                "Cookies setzt sonst nur das Redaktionssystem (unter /admin/): beim Anmelden "
                "ein Cookie zum Schutz vor gefälschten Anfragen, nach dem Anmelden ein "
                "Sitzungs-Cookie.",
                "Otherwise only the editing system (under /admin/) sets cookies: a cookie "
                "that protects against forged requests when you log in, and a session "
                "cookie after you have logged in.",
            ),
        ],
    ),
    (
        ("Videos von YouTube und Vimeo", "Videos from YouTube and Vimeo"),
        [
            (
                "Videos dieser Plattformen werden erst geladen, wenn Sie auf „Video laden“ "
                "klicken. Erst dann gehen Daten wie Ihre IP-Adresse an die Plattform "
                "(YouTube: Google Ireland Limited; Vimeo: Vimeo.com, Inc.). Rechtsgrundlage "
                "ist Ihre Einwilligung (Art. 6 Abs. 1 Buchstabe a DSGVO, § 25 Abs. 1 TDDDG).",
                "Videos from these platforms are only loaded when you click “Load video”. "
                "Only then is data such as your IP address sent to the platform (YouTube: "
                "Google Ireland Limited; Vimeo: Vimeo.com, Inc.). The legal basis is your "
                "consent (Art. 6(1)(a) GDPR, section 25(1) TDDDG).",
            ),
        ],
    ),
    (
        ("Diversometer", "Diversometer"),
        [
            (
                "Der Diversometer speichert keine Antworten einzelner Personen. Er zählt "
                "nur, wie oft jede Antwort gewählt wurde. Damit ein Durchgang nicht doppelt "
                "gezählt wird, speichert er eine Prüfsumme einer Zufallszahl des Durchgangs "
                "mit dem Datum; sie lässt keinen Schluss auf Sie zu und wird nach zwei Tagen "
                "gelöscht.",
                "The Diversometer stores no one's answers. It only counts how often each "
                "answer was chosen. So that a run is not counted twice, it stores a "
                "checksum of a random number of the run with the date; it tells nothing "
                "about you and is deleted after two days.",
            ),
            (
                "Ihre Antworten stehen, unterschrieben, aber nicht verschlüsselt, in der "
                "Adresse der Ergebnisseite. So können Sie das Ergebnis später wieder "
                "aufrufen; wer die Adresse kennt, kann es auch sehen. Damit die "
                "Ergebnisseite beim nächsten Aufruf schneller lädt, hält der Server sie bis "
                "zu fünf Minuten in seinem Zwischenspeicher, ohne Bezug zu Ihrer Person.",
                "Your answers are in the address of the result page, signed but not "
                "encrypted. So you can open the result again later; anyone who knows the "
                "address can see it too. So that the result page loads faster when it is "
                "opened again, the server keeps it in its cache for up to five minutes, "
                "without any link to you.",
            ),
        ],
    ),
    (
        ("Wenn Sie eine Barriere melden", "When you report a barrier"),
        [
            (
                "Wir speichern, was Sie in das Formular „Barriere melden“ eintragen: die "
                "Seite, Ihre Beschreibung und, wenn Sie sie angeben, Ihren Namen und Ihre "
                "E-Mail-Adresse, dazu Datum, Sprache und Website. Ihre IP-Adresse speichern "
                "wir nicht mit der Meldung.",
                "We store what you enter in the form “Report a barrier”: the page, your "
                "description and, if you give them, your name and your e-mail address, "
                "with the date, language and website. We do not store your IP address "
                "with the report.",
            ),
            (
                "Die Meldung geht per E-Mail an die zuständige Stelle. Wenn Sie eine "
                "E-Mail-Adresse angegeben haben, bekommen Sie eine Eingangsbestätigung. Wir "
                "nutzen die Angaben nur, um die Barriere zu beheben und Ihnen zu antworten. "
                "Rechtsgrundlage ist Art. 6 Abs. 1 Buchstaben c und e DSGVO in Verbindung "
                "mit § 12b des Behindertengleichstellungsgesetzes (Beispiel; Landesbehörden "
                "nennen ihr Landesgesetz). Wir löschen Meldungen, wenn sie erledigt sind, "
                "spätestens nach einem Jahr (Beispiel).",
                "The report is sent by e-mail to the office responsible. If you gave an "
                "e-mail address, you receive a confirmation. We use the information only "
                "to remove the barrier and to answer you. The legal basis is Art. 6(1)(c) "
                "and (e) GDPR with section 12b of the Disability Equality Act (example; "
                "state authorities name their state law). We delete reports when they are "
                "dealt with, at the latest after one year (example).",
            ),
        ],
    ),
    (
        ("Schutz vor Missbrauch", "Protection against misuse"),
        [
            (
                "Damit Formulare nicht massenhaft automatisch abgeschickt werden, zählen "
                "wir Absendungen je Internetanschluss. Dafür liegt im Zwischenspeicher des "
                "Servers kurz ein Prüfwert Ihrer IP-Adresse, gebildet mit einem geheimen "
                "Schlüssel; aus ihm lässt sich die Adresse nicht ablesen. Er wird nach "
                "Ablauf des Zeitfensters gelöscht (in der Grundeinstellung nach einer "
                "Stunde) und nie in der Datenbank gespeichert.",
                "So that forms are not sent automatically in bulk, we count submissions "
                "per internet connection. For this, the server's cache briefly holds a "
                "check value of your IP address, made with a secret key; the address "
                "cannot be read from it. It is deleted when its time window ends (after "
                "one hour by default) and is never stored in the database.",
            ),
        ],
    ),
    (
        ("Suche", "Search"),
        [
            (
                "Die Suche zählt, wie oft ein Suchbegriff gesucht wurde, um häufige Suchen "
                "vorzuschlagen. Gespeichert werden nur der Begriff und die Anzahl je Tag, "
                "nicht, wer gesucht hat.",
                "The search counts how often a term was searched for, to suggest frequent "
                "searches. Only the term and the number per day are stored, not who "
                "searched.",
            ),
        ],
    ),
    (
        ("Ihre Rechte", "Your rights"),
        [
            (
                "Sie haben das Recht auf Auskunft, Berichtigung, Löschung und Einschränkung "
                "der Verarbeitung sowie das Recht auf Widerspruch (Art. 15 bis 21 DSGVO). "
                "Sie können sich bei einer Datenschutz-Aufsichtsbehörde beschweren, zum "
                "Beispiel bei der oder dem Berliner Beauftragten für Datenschutz und "
                "Informationsfreiheit.",
                "You have the right of access, rectification, erasure and restriction of "
                "processing, and the right to object (Art. 15 to 21 GDPR). You can "
                "complain to a data protection supervisory authority, for example the "
                "Berlin Commissioner for Data Protection and Freedom of Information.",
            ),
        ],
    ),
]

PRIVACY_EN = catalogue(
    PRIVACY_SECTIONS,
    ("Datenschutzerklärung", "Privacy policy"),
    ("datenschutz", "privacy"),
    (PRIVACY["search_description"], "What data this website processes, why and for how long."),
    (
        PRIVACY["intro"],
        "This page explains what data this website processes about you, why and for how "
        "long, and what rights you have.",
    ),
)
