"""What the Diversometer stores: aggregate counters and hashes of completed runs.

Nothing here identifies a person or holds a run's answers together: a counter is a
number per page and option (or question, band, score), and a completed run is the
SHA-256 of its random nonce with the day it was completed, kept only as long as the
run's state token could be replayed (see :mod:`diversometer.counting`).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Counter(models.Model):
    """How often something happened in the completed runs of one Diversometer.

    ``page_key`` is the page's ``translation_key``, shared by its translations, so
    runs in every language count together. ``scope`` and ``item`` depend on ``kind``:

    ========  ====================  =====================================
    kind      scope                 item
    ========  ====================  =====================================
    run       ""                    ""        (completed runs)
    question  question id           ""        (runs that answered it)
    option    question id           option id (runs that chose it)
    band      dimension key         band id   (self-check results)
    score     ""                    number of correct answers (quiz)
    ========  ====================  =====================================
    """

    class Kind(models.TextChoices):
        RUN = "run", _("Durchgang")
        QUESTION = "question", _("Frage")
        OPTION = "option", _("Antwort")
        BAND = "band", _("Stufe")
        SCORE = "score", _("Punktzahl")

    page_key = models.UUIDField(_("Diversometer"), db_index=True)
    kind = models.CharField(_("Art"), max_length=16, choices=Kind.choices)
    scope = models.CharField(_("Bereich"), max_length=64, blank=True)
    item = models.CharField(_("Eintrag"), max_length=64, blank=True)
    count = models.PositiveBigIntegerField(_("Anzahl"), default=0)

    class Meta:
        verbose_name = _("Zähler")
        verbose_name_plural = _("Zähler")
        constraints = [
            models.UniqueConstraint(
                fields=["page_key", "kind", "scope", "item"], name="diversometer_counter_unique"
            )
        ]

    def __str__(self):
        return f"{self.kind} {self.scope} {self.item}: {self.count}"


class CompletedRun(models.Model):
    """A run that has been counted: the hash of its nonce, so a replay counts no more."""

    digest = models.CharField(_("Prüfsumme"), max_length=64, unique=True)
    day = models.DateField(_("Tag (UTC)"), db_index=True)

    class Meta:
        verbose_name = _("Abgeschlossener Durchgang")
        verbose_name_plural = _("Abgeschlossene Durchgänge")

    def __str__(self):
        return f"{self.day} {self.digest[:8]}"
