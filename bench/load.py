#!/usr/bin/env python3
"""Load test: many visitors while an editor publishes; nothing may fail or get lost (not a test).

Usage (from the repository root)::

    .venv/bin/python bench/load.py [--clients 64] [--duration 60] [--workers N]
                                   [--publish-every 1.0] [--cache-url redis://…]

Set-up as in bench/pages.py (bench/_harness.py): a throwaway PostgreSQL cluster, migrate,
demo content, collectstatic, gunicorn with ``config/gunicorn.conf.py`` and N sync workers
(default: one per core) on 127.0.0.1, production-like settings for this run only (DEBUG
off, generated SECRET_KEY, plain HTTP, rate limits off because every client has the same
address). The page cache follows the settings' default: off with the per-process
``locmem://`` cache (a publish in one process could not purge the others), on with
``--cache-url redis://…``.

``--clients`` threads (keep-alive ``http.client`` connections) run for ``--duration``
seconds, each picking at random (fixed seed):

* 55 % page views: every live German and English page of the demo content that answers
  200 (pages under a password or login are left out), requested with GET;
* 15 % searches: ``/suche/?q=…`` over a fixed list of words;
* 20 % document downloads: every public document of the library; the SHA-256 of each
  downloaded body must equal that of the stored file;
* 10 % Diversometer runs: the start page, the form(s) posted with random answers until
  the 303 to the result, then the result page. A run still going when the time is up
  stops between two steps (nothing submitted, nothing counted: "left unfinished"), so
  the run ends within a request of ``--duration``.

Meanwhile an editor thread in this process publishes a new revision of a content page,
a project page and a publication page in turn every ``--publish-every`` seconds
(``save_revision`` and ``publish`` as an editor user, Wagtail's own API).

Printed: requests, errors and latency p50/p95/max per kind; and the checks, before and
after: completed Diversometer runs answered with 303 = growth of the run counters = growth
of the replay-protection rows; publishes = new revisions, and each page's live title is
the last one published; every download's checksum; the stored documents' checksums
unchanged; how many page views and searches the page cache answered (``X-Page-Cache``).
Exit code 1 when there was an error or a check failed.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import threading
import time
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _harness as h  # noqa: E402

SEARCH_WORDS = (
    "Vielfalt",
    "Diversity",
    "Barrierefreiheit",
    "Netzwerk",
    "Fortbildung",
    "Gleichstellung",
    "Förderung",
    "Verwaltung",
    "Inklusion",
    "Leitfaden",
)
MIX = (("page", 55), ("search", 15), ("download", 20), ("diversometer", 10))


def say(message):
    print(f"[load] {message}", flush=True)


def live_pages():
    """Paths of every live page in German and English (without the root)."""
    from wagtail.models import Page

    paths = []
    for page in Page.objects.live().filter(depth__gt=1).specific():
        parts = page.get_url_parts()
        if parts and parts[2]:
            paths.append(parts[2])
    return sorted(set(paths))


def documents():
    """{url: SHA-256 of the stored file} of every document."""
    from wagtail.documents import get_document_model

    found = {}
    for document in get_document_model().objects.all():
        with document.file.open("rb") as stream:
            found[document.url] = h.sha256(stream.read())
    return found


def snapshot():
    """Counts and checksums to compare before and after the run."""
    from django.db.models import Sum
    from wagtail.models import Page, Revision

    from diversometer.models import CompletedRun, Counter

    return {
        "run counters": Counter.objects.filter(kind="run").aggregate(n=Sum("count"))["n"] or 0,
        "completed runs": CompletedRun.objects.count(),
        "revisions": Revision.objects.count(),
        "pages": Page.objects.count(),
        "documents": documents(),
    }


class Editor(threading.Thread):
    """Publishes a new revision of one of ``page_ids`` in turn every ``interval`` seconds."""

    def __init__(self, page_ids, interval, stop):
        super().__init__(daemon=True)
        self.page_ids = page_ids
        self.interval = interval
        self.stop_event = stop
        self.published = 0
        self.latencies = []
        self.errors = []
        self.last_titles = {}

    def run(self):
        from django.contrib.auth import get_user_model
        from django.db import connection
        from wagtail.models import Page

        user, _ = get_user_model().objects.get_or_create(
            username="bench-editor", defaults={"is_superuser": True, "is_staff": True}
        )
        number = 0
        try:
            while not self.stop_event.wait(self.interval):
                page_id = self.page_ids[number % len(self.page_ids)]
                number += 1
                began = time.perf_counter()
                try:
                    page = Page.objects.get(pk=page_id).specific
                    base = page.title.split(" · Stand ")[0]
                    page.title = f"{base} · Stand {number}"
                    page.save_revision(user=user).publish(user=user)
                except Exception as error:  # noqa: BLE001 - every failure is reported
                    self.errors.append(f"page {page_id}: {type(error).__name__}: {error}")
                    continue
                self.latencies.append(time.perf_counter() - began)
                self.published += 1
                self.last_titles[page_id] = page.title
        finally:
            connection.close()


def editor_pages():
    from wagtail.models import Locale

    from home.models import ContentPage
    from projects.models import ProjectPage
    from publications.models import PublicationPage

    german = Locale.objects.get(language_code="de")
    ids = []
    for model in (ContentPage, ProjectPage, PublicationPage):
        page = model.objects.live().filter(locale=german).order_by("path").first()
        if page is not None:
            ids.append(page.pk)
    return ids


def make_action(pages, downloads, diversometer):
    kinds = [kind for kind, weight in MIX for _ in range(weight)]

    def action(client, rng, tally):
        kind = rng.choice(kinds)
        if kind == "page":
            path = rng.choice(pages)
            response = client.get(path)
            ok = response.status == 200
        elif kind == "search":
            path = f"/suche/?q={quote(rng.choice(SEARCH_WORDS))}"
            response = client.get(path)
            ok = response.status == 200
        elif kind == "download":
            path = rng.choice(list(downloads))
            response = client.get(path)
            ok = response.status == 200
            if ok and h.sha256(response.body) != downloads[path]:
                tally.error(kind, f"{path}: checksum differs ({len(response.body)} bytes)")
                return
            tally.count("download bytes", len(response.body))
        else:
            path = diversometer
            try:
                result, responses = h.FormWalker(client, rng, tally.deadline).complete(diversometer)
            except h.Abandoned:
                # Time is up between two steps: nothing was submitted, nothing counted.
                tally.count("runs abandoned")
                return
            tally.count("runs submitted")
            final = client.get(result)
            responses.append(final)
            for step in responses:
                tally.record(kind, step.seconds)
            if final.status != 200:
                tally.error(kind, f"{result}: {final.status}")
            return
        if ok:
            tally.record(kind, response.seconds)
            if response.header("x-page-cache") == "hit":
                tally.count(f"{kind} cache hits")
        else:
            tally.error(kind, f"{path}: {response.status}")

    return action


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=64)
    parser.add_argument("--duration", type=float, default=60, help="seconds")
    parser.add_argument("--workers", type=int, default=h.cores(), help="gunicorn workers")
    parser.add_argument("--publish-every", type=float, default=1.0, help="seconds")
    parser.add_argument("--cache-url", default="locmem://", help="CACHE_URL for the run")
    args = parser.parse_args(argv)
    started = time.monotonic()
    workdir = Path(h.workdir())
    say(
        f"{h.cores()} cores, load {h.load_average():.1f}; {args.clients} clients for "
        f"{args.duration:g}s, gunicorn {args.workers} sync workers, a publish every "
        f"{args.publish_every:g}s"
    )
    failures = []
    try:
        with h.postgres(say) as (database_url, pg_version):
            environ = h.production_env(database_url, workdir, CACHE_URL=args.cache_url)
            h.prepare_site(environ, say)
            h.setup_django(environ)
            from django.conf import settings

            say(f"PAGE_CACHE_SECONDS={settings.PAGE_CACHE_SECONDS}, CACHE_URL={args.cache_url}")
            with h.Server(environ, workers=args.workers, log=workdir / "gunicorn.log") as server:
                client = h.Client("127.0.0.1", server.port)
                pages = [path for path in live_pages() if client.get(path).status == 200]
                stored = documents()
                downloads = {url: digest for url, digest in stored.items()}
                unavailable = [url for url in downloads if client.get(url).status != 200]
                for url in unavailable:
                    del downloads[url]
                from diversometer.models import DiversometerPage

                german = DiversometerPage.objects.live().filter(locale__language_code="de")
                diversometer = german.first().get_url_parts()[2]
                client.close()
                say(
                    f"{len(pages)} pages, {len(downloads)} public documents "
                    f"({len(unavailable)} not public), Diversometer {diversometer}"
                )
                before = snapshot()
                stop = threading.Event()
                editor = Editor(editor_pages(), args.publish_every, stop)
                editor.start()
                tally, seconds = h.run_load(
                    lambda: h.Client("127.0.0.1", server.port),
                    make_action(pages, downloads, diversometer),
                    args.clients,
                    args.duration,
                )
                stop.set()
                editor.join(60)
                time.sleep(0.5)
                after = snapshot()
                from wagtail.models import Page

                live_titles = {
                    page_id: Page.objects.get(pk=page_id).title for page_id in editor.last_titles
                }
                memory = server.worker_memory()
    finally:
        shutil.rmtree(workdir, ignore_errors=True)

    print()
    print(
        f"PostgreSQL {pg_version}, {h.cores()} cores, gunicorn {args.workers} sync workers, "
        f"{args.clients} clients for {seconds:.1f}s (actions in flight at the end finish: "
        f"req/s over that time), load average now {h.load_average():.1f}"
    )
    print()
    print("| kind | requests | errors | req/s | p50 ms | p95 ms | max ms |")
    print("|---|---|---|---|---|---|---|")
    kinds = [kind for kind, _ in MIX]
    for kind in kinds:
        latencies = tally.latencies.get(kind, [])
        errors = sum(1 for error_kind, _ in tally.errors if error_kind == kind)
        summary = h.summarize(latencies, seconds)
        print(
            f"| {kind} | {summary['requests']} | {errors} | {summary['rps']:.1f} | "
            f"{summary['p50_ms']:.1f} | {summary['p95_ms']:.1f} | {summary['max_ms']:.1f} |"
        )
    total = h.summarize(tally.all_latencies(), seconds)
    other = sum(1 for error_kind, _ in tally.errors if error_kind not in kinds)
    print(
        f"| all | {total['requests']} | {len(tally.errors)} | {total['rps']:.1f} | "
        f"{total['p50_ms']:.1f} | {total['p95_ms']:.1f} | {total['max_ms']:.1f} |"
    )
    if other:
        print(f"({other} errors were exceptions in the client, e.g. {tally.errors[0]})")
    for kind, text in tally.errors[:10]:
        print(f"  error {kind}: {text}")
    if tally.errors:
        failures.append(f"{len(tally.errors)} errors")

    runs = tally.counts.get("runs submitted", 0)
    publish = h.summarize(editor.latencies, seconds)
    print()
    print("| check | before | after | growth | expected growth | ok |")
    print("|---|---|---|---|---|---|")
    rows = [
        ("Diversometer run counters", "run counters", runs),
        ("Diversometer replay-protection rows", "completed runs", runs),
        ("page revisions", "revisions", editor.published),
        ("pages", "pages", 0),
    ]
    for label, key, expected in rows:
        growth = after[key] - before[key]
        ok = growth == expected
        print(f"| {label} | {before[key]} | {after[key]} | {growth} | {expected} | {ok} |")
        if not ok:
            failures.append(f"{label}: grew by {growth}, expected {expected}")
    unchanged = before["documents"] == after["documents"]
    print(
        f"| stored documents (SHA-256 of {len(before['documents'])} files) | – | – | – | "
        f"unchanged | {unchanged} |"
    )
    if not unchanged:
        failures.append("stored documents changed")
    titles_ok = all(live_titles[pk] == title for pk, title in editor.last_titles.items())
    print(
        f"| live title = last published title ({len(live_titles)} pages) | – | – | – | – | "
        f"{titles_ok} |"
    )
    if not titles_ok:
        failures.append("a live title is not the last published one")
    print()
    print(
        f"Editor: {editor.published} publishes, p50 {publish['p50_ms']:.0f} ms, p95 "
        f"{publish['p95_ms']:.0f} ms, {len(editor.errors)} errors"
        + (f" (e.g. {editor.errors[0]})" if editor.errors else "")
    )
    if editor.errors:
        failures.append(f"{len(editor.errors)} publish errors")
    downloaded = tally.counts.get("download bytes", 0)
    print(
        f"Downloads: {len(tally.latencies.get('download', []))} bodies, "
        f"{downloaded / 1e6:.1f} MB, every SHA-256 checked against the stored file"
    )
    print(
        f"Diversometer: {runs} runs completed and answered with 303, "
        f"{tally.counts.get('runs abandoned', 0)} left unfinished when the time was up"
    )
    for kind in ("page", "search"):
        served = len(tally.latencies.get(kind, []))
        hits = tally.counts.get(f"{kind} cache hits", 0)
        print(f"Page cache: {hits} of {served} {kind} requests answered from the cache")
    print(
        "gunicorn workers RSS/PSS MiB after the run: "
        + ", ".join(f"{rss / 1024:.0f}/{pss / 1024:.0f}" for _, rss, pss in memory)
    )
    say(f"finished in {time.monotonic() - started:.0f}s")
    for failure in failures:
        say(f"FAILED: {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
