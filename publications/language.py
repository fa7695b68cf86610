"""Which language a document is written in: German, English or undecided.

Publications on the site are German or English. A search index and the reader's
``lang`` attribute need to know which, and the editor should not have to say so
for every upload. A stop-word count is enough for that: function words make up
a third or more of running prose, and the two languages share few of them.

The classifier is pure and cheap: it reads at most the first
:data:`MAX_WORDS` words, so calling it on a 2 000 000-character document costs
no more than on a short one.
"""

import re
from itertools import islice

# Words that are frequent in running text of one language and rare in the other.
# Left out on purpose because both languages use them: in, an, am, so, was, will,
# also, man, war, bin, hat. "die" and "den" count as German: the English words are rare.
_GERMAN = """
der die das und ist nicht mit für auf dem des den sich eine ein einer eines einem
einen zu von im sind auch es wird werden wir sie ich bei nach aus oder wie dass
über zum zur noch nur kann können durch haben wurde wurden sowie unter gegen vom
diese dieser dieses diesen ihre ihr ihren sein seine uns mehr aber wenn um schon
sehr alle beim ob bis ab keine kein sollen soll muss müssen
"""
_ENGLISH = """
the and of to is that for with on are be this it by from as at or not have has
which can their they we you our been were would should there these those but its
into more than other all if who what when how about only may such each between
through after under over any some do does did must
"""
GERMAN_STOP_WORDS = frozenset(_GERMAN.split())
ENGLISH_STOP_WORDS = frozenset(_ENGLISH.split())

# Below this many words there is too little evidence to decide.
MIN_WORDS = 20
# Only the beginning of a document is read.
MAX_WORDS = 5000
# The winning language's stop words must make up at least this share of all
# words (running prose has 30 to 50 %; keyword lists and tables have far less) …
MIN_SHARE = 0.1
# … and outnumber the other language's by this factor (bilingual documents and
# German texts quoting English titles stay undecided or German).
MIN_LEAD = 2.0

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def detect_language(text):
    """``"de"``, ``"en"``, or ``""`` when the text is too short or the evidence is unclear."""
    if not text:
        return ""
    words = [match.group().lower() for match in islice(_WORD.finditer(text), MAX_WORDS)]
    if len(words) < MIN_WORDS:
        return ""
    german = sum(word in GERMAN_STOP_WORDS for word in words)
    english = sum(word in ENGLISH_STOP_WORDS for word in words)
    for language, hits, other in (("de", german, english), ("en", english, german)):
        if hits >= MIN_SHARE * len(words) and hits >= MIN_LEAD * other and hits > other:
            return language
    return ""
