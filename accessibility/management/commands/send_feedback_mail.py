"""Send the e-mails that are still due for barrier reports (after a mail server outage)."""

from django.core.management.base import BaseCommand
from django.db.models import Q

from accessibility import mail
from accessibility.models import FeedbackReport


class Command(BaseCommand):
    help = (
        "Send the e-mails still due for reports from the form 'Barriere melden': the "
        "notification to the site's contact and the sender's confirmation. Safe to run "
        "from cron: a report's e-mails are sent once."
    )

    def handle(self, *args, **options):
        pending = (
            FeedbackReport.objects.select_related("site")
            .filter(Q(notified_at__isnull=True) | (~Q(email="") & Q(confirmed_at__isnull=True)))
            .order_by("pk")
        )
        sent = failed = 0
        for report in pending:
            try:
                mail.send_pending(report)
            except Exception as error:
                failed += 1
                self.stderr.write(f"Report {report.pk}: {error}")
            else:
                sent += 1
        self.stdout.write(f"{sent} report(s) sent, {failed} failed.")
        if failed:
            raise SystemExit(1)
