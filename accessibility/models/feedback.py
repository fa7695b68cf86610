"""Reports of barriers sent through the form "Barriere melden".

A report holds what the sender typed (the page, the description, and a name and an
e-mail address only if they gave them), the site and language it came from, and when
the e-mails about it went out. No IP address, no browser data, no cookie. Editors see
reports in the admin (*Barrieremeldungen*), read-only except for the status; people
who may delete them should do so once a report is dealt with.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class FeedbackReport(models.Model):
    class Status(models.TextChoices):
        OPEN = "open", _("Offen")
        ANSWERED = "answered", _("Beantwortet")

    created_at = models.DateTimeField(_("Eingegangen am"), auto_now_add=True, db_index=True)
    site = models.ForeignKey(
        "wagtailcore.Site",
        verbose_name=_("Website"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    language = models.CharField(_("Sprache"), max_length=10)
    page_url = models.CharField(
        _("Seite"),
        max_length=500,
        blank=True,
        help_text=_("Der Pfad der Seite auf dieser Website, wie angegeben."),
    )
    description = models.TextField(_("Beschreibung der Barriere"))
    name = models.CharField(_("Name"), max_length=200, blank=True)
    email = models.EmailField(_("E-Mail-Adresse"), blank=True)
    status = models.CharField(
        _("Status"), max_length=20, choices=Status.choices, default=Status.OPEN
    )
    notified_at = models.DateTimeField(
        _("E-Mail an die Ansprechstelle gesendet am"), null=True, blank=True
    )
    confirmed_at = models.DateTimeField(_("Eingangsbestätigung gesendet am"), null=True, blank=True)

    class Meta:
        verbose_name = _("Barrieremeldung")
        verbose_name_plural = _("Barrieremeldungen")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return _("Meldung Nr. %(number)s") % {"number": self.pk}

    @property
    def number(self):
        return self.pk

    @property
    def page_link(self):
        """The page as an absolute address on its site, or ``""``."""
        if not self.page_url:
            return ""
        root = self.site.root_url if self.site_id and self.site else ""
        return f"{root}{self.page_url}"

    @property
    def confirmation_pending(self):
        return bool(self.email) and self.confirmed_at is None

    @property
    def mail_pending(self):
        return self.notified_at is None or self.confirmation_pending
