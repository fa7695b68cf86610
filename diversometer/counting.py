"""Counting a completed run exactly once, atomically, without storing the run.

:func:`tallies` (pure) lists the counters a run adds one to: the run, each question
and each chosen option, and the band of each assessed dimension (self-check) or the
number of correct answers (quiz).

:func:`record_run` adds them in one transaction:

1. insert the SHA-256 of the run's nonce into :class:`CompletedRun`; its unique
   constraint makes a second completion of the same run (a replayed form, a double
   click, a concurrent request) fail here, and then nothing else happens;
2. create missing counter rows with ``bulk_create(ignore_conflicts=True)``, sorted,
   so that concurrent runs that create the same new rows wait for each other in the
   same order;
3. lock the run's counter rows in primary-key order (``SELECT … FOR UPDATE``; a
   no-op on SQLite, which serialises writers anyway) and add one with
   ``UPDATE … SET count = count + 1``, computed by the database, so concurrent
   runs never lose an increment and never deadlock on each other.

If any step fails, the transaction rolls back, the nonce is not recorded, and the
same form can be sent again.

:func:`prune_completed_runs` deletes nonce hashes once their state tokens have
expired (a replay is then refused as expired before it reaches the counters); it
runs at most once a day per cache, outside the counting transaction.
"""

import hashlib
import logging
from datetime import UTC, datetime, timedelta
from functools import reduce
from operator import or_

from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import F, Q

from diversometer import scoring
from diversometer.models import CompletedRun, Counter
from diversometer.tokens import STATE_MAX_AGE

Kind = Counter.Kind
logger = logging.getLogger(__name__)


def tallies(questionnaire, answers, scores=None, quiz=None):
    """The ``(kind, scope, item)`` keys one completed run adds one to."""
    keys = {(Kind.RUN, "", "")}
    for question in questionnaire.questions:
        keys.add((Kind.QUESTION, question.id, ""))
        for option in scoring.chosen_options(question, answers):
            keys.add((Kind.OPTION, question.id, option.id))
    for score in scores or ():
        if score.band is not None:
            keys.add((Kind.BAND, score.dimension.key, score.band.id))
    if quiz is not None:
        keys.add((Kind.SCORE, "", str(quiz.correct)))
    return sorted((str(kind), scope, item) for kind, scope, item in keys)


def nonce_digest(nonce):
    return hashlib.sha256(nonce.encode()).hexdigest()


def _today():
    return datetime.now(UTC).date()


def record_run(page_key, nonce, keys):
    """Add one to each counter in ``keys``; False (nothing changed) for a replayed run."""
    keys = sorted(set(keys))
    with transaction.atomic():
        try:
            with transaction.atomic():
                CompletedRun.objects.create(digest=nonce_digest(nonce), day=_today())
        except IntegrityError:
            return False
        Counter.objects.bulk_create(
            [Counter(page_key=page_key, kind=k, scope=s, item=i) for k, s, i in keys],
            ignore_conflicts=True,
        )
        by_scope = {}
        for kind, scope, item in keys:
            by_scope.setdefault((kind, scope), []).append(item)
        matching = reduce(
            or_,
            (
                Q(kind=kind, scope=scope, item__in=items)
                for (kind, scope), items in by_scope.items()
            ),
        )
        rows = Counter.objects.filter(matching, page_key=page_key)
        locked = list(rows.select_for_update().order_by("pk").values_list("pk", flat=True))
        Counter.objects.filter(pk__in=locked).update(count=F("count") + 1)
    return True


def prune_completed_runs(today=None):
    """Delete nonce hashes older than any state token that could still be sent."""
    today = today or _today()
    keep_days = STATE_MAX_AGE.days + (1 if STATE_MAX_AGE.seconds else 0) + 1
    deleted, _ = CompletedRun.objects.filter(day__lt=today - timedelta(days=keep_days)).delete()
    return deleted


def prune_once_a_day():
    """Housekeeping after a counted run; a failure is logged, never shown to the reader."""
    try:
        if cache.add(f"diversometer:pruned:{_today().isoformat()}", True, timeout=86_400):
            prune_completed_runs()
    except Exception:
        logger.warning("Pruning old Diversometer run hashes failed", exc_info=True)
