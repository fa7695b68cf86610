"""Background work of the accessibility app (django-tasks): the e-mails about a report."""

import logging

from django_tasks import task

from accessibility import mail
from accessibility.models import FeedbackReport

logger = logging.getLogger(__name__)


@task()
def send_feedback_mail(report_id):
    """Send the e-mails still due for a report (see :mod:`accessibility.mail`).

    The report is stored before this runs, so a mail server that is down loses
    nothing: the error is logged, the task fails, and ``manage.py send_feedback_mail``
    sends what is left once the server is back.
    """
    report = FeedbackReport.objects.select_related("site").filter(pk=report_id).first()
    if report is None or not report.mail_pending:
        return
    try:
        mail.send_pending(report)
    except Exception:
        logger.exception("feedback report %s: e-mail could not be sent", report_id)
        raise
