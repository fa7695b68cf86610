"""Project status as database filters, matching :func:`projects.status.project_status`."""

from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _
from wagtail.models import PageManager
from wagtail.query import PageQuerySet

from projects.status import ENDED, PLANNED, RUNNING

CURRENT = "aktuell"
ALL = "alle"
STATUS_FILTERS = [
    (CURRENT, _("Aktuelle Projekte – geplant und laufend")),
    (PLANNED, _("Geplante Projekte")),
    (RUNNING, _("Laufende Projekte")),
    (ENDED, _("Beendete Projekte")),
    (ALL, _("Alle Projekte")),
]
"""Values of the ``status`` GET parameter of the project index; the first is the default."""


def _planned_q(today):
    return Q(start_date__gt=today)


def _running_q(today):
    return Q(start_date__lte=today) & (Q(end_date__isnull=True) | Q(end_date__gte=today))


def _ended_q(today):
    return Q(end_date__lt=today)


class ProjectPageQuerySet(PageQuerySet):
    """Status filters as database queries, matching :func:`projects.status.project_status`."""

    def planned(self, today):
        return self.filter(_planned_q(today))

    def running(self, today):
        return self.filter(_running_q(today))

    def ended(self, today):
        return self.filter(_ended_q(today))

    def current(self, today):
        """Planned or running: everything that has not ended."""
        return self.exclude(_ended_q(today))

    def with_status(self, status, today):
        """Projects for one value of :data:`STATUS_FILTERS`; ``"alle"`` filters nothing."""
        filters = {
            CURRENT: self.current,
            PLANNED: self.planned,
            RUNNING: self.running,
            ENDED: self.ended,
        }
        return filters[status](today) if status in filters else self

    def status_counts(self, today):
        """``{"geplant": n, "laufend": n, "beendet": n, "aktuell": n, "alle": n}`` in one query."""
        counts = self.aggregate(
            planned=Count("pk", filter=_planned_q(today)),
            running=Count("pk", filter=_running_q(today)),
            ended=Count("pk", filter=_ended_q(today)),
        )
        return {
            PLANNED: counts["planned"],
            RUNNING: counts["running"],
            ENDED: counts["ended"],
            CURRENT: counts["planned"] + counts["running"],
            ALL: counts["planned"] + counts["running"] + counts["ended"],
        }


ProjectPageManager = PageManager.from_queryset(ProjectPageQuerySet)
