#!/usr/bin/env python3
"""Benchmark page delivery with gunicorn and PostgreSQL on this machine (not a test).

Usage (from the repository root)::

    .venv/bin/python bench/pages.py [--duration 10] [--concurrency C] [--workers N]
                                    [--extra 45] [--check]

Set-up: a throwaway PostgreSQL cluster (tests/postgres_pass.py, removed afterwards),
``migrate``, ``load_demo_content``, ``collectstatic``; production-like settings
(DEBUG=false, a SECRET_KEY generated for this run, plain HTTP on loopback, WhiteNoise,
locmem cache, rate limits off); gunicorn with ``config/gunicorn.conf.py``, N sync
workers (default: one per core), on 127.0.0.1.

Page types: the home page, a project page, the library, a search (``/suche/?q=Vielfalt``)
and a Diversometer result (the demo Diversometer is submitted once through its form to get
a real result URL). For each:

* **uncached**: C client threads (default 2 × N) with keep-alive ``http.client``
  connections request the page for ``--duration`` seconds: requests/s, p50/p95/max ms;
  then one client alone for half the duration (latency without queueing);
* **cached**: the same with ``PAGE_CACHE_SECONDS=300`` when home/page_cache.py exists
  (after a warm-up), otherwise reported as not measured;
* **static**: the HTML of the same page saved to a file and served by a static file
  server in the same run: WhiteNoise (the library that serves /static/ in production) as a
  WSGI app in gunicorn with the same N sync workers, so the comparison isolates Django's
  work (``python -m http.server`` would be single-threaded and slower than the site);
  the ratio is cached (or uncached) req/s ÷ static req/s;
* **SQL queries** per page type, in this process with Django's test client and
  ``CaptureQueriesContext`` (first request and a repeated one), then for the library and
  the project list again after adding ``--extra`` copies of a publication and of a
  project: equal counts mean the queries do not grow with the number of items;
* **memory** per gunicorn worker after the uncached runs: RSS and PSS from /proc;
* **page weight**: HTML plus the stylesheets and scripts it references, in bytes as
  served and gzip-compressed (images are not counted).

The load generator runs on the same machine and competes for its cores; the load average
is printed. ``--check`` exits with 1 when one of the issue's targets is missed (cached ≥ ½
static throughput, uncached p95 < 150 ms, queries independent of the list size, page
weight < 150 kB); without it the script only prints.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import math
import random
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _harness as h  # noqa: E402

PAGE_TYPES = ("home", "project", "library", "search", "diversometer result")
SEARCH_PATH = "/suche/?q=Vielfalt"
P95_TARGET_MS = 150
WEIGHT_TARGET = 150 * 1000
CACHED_RATIO_TARGET = 0.5


def say(message):
    print(f"[pages] {message}", flush=True)


def page_path(page):
    return page.specific.get_url_parts()[2]


def discover():
    """Paths of the page types (German site), from the database."""
    from wagtail.models import Locale

    from diversometer.models import DiversometerPage
    from projects.models import ProjectPage
    from publications.models import PublicationIndexPage

    german = Locale.objects.get(language_code="de")
    project = ProjectPage.objects.live().filter(locale=german).order_by("path").first()
    library = PublicationIndexPage.objects.live().filter(locale=german).first()
    diversometer = DiversometerPage.objects.live().filter(locale=german).first()
    return {
        "home": "/",
        "project": page_path(project),
        "library": page_path(library),
        "search": SEARCH_PATH,
        "diversometer start": page_path(diversometer),
        # All projects: the default filter shows only current ones.
        "project list": page_path(project.get_parent()) + "?status=alle",
    }


def count_queries(paths):
    """{name: (first, repeated)} SQL queries per request, with the test client."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    counts = {}
    for name, path in paths.items():
        numbers = []
        for _ in range(2):
            with CaptureQueriesContext(connection) as captured:
                response = client.get(path)
            if response.status_code != 200:
                raise RuntimeError(f"{path}: {response.status_code} in the test client")
            numbers.append(len(captured.captured_queries))
        counts[name] = tuple(numbers)
    return counts


def listed_items(path):
    """How many items a listing page says it has, from the test client's context."""
    from django.test import Client

    response = Client().get(path)
    page_obj = response.context["page_obj"]
    return page_obj.paginator.count, len(page_obj.object_list)


def listing(name, path):
    return listed_items(path), count_queries({name: path})[name]


def add_copies(extra):
    """Copy one publication and one project ``extra`` times beside the originals."""
    from wagtail.models import Locale

    from projects.models import ProjectPage
    from publications.models import PublicationPage

    german = Locale.objects.get(language_code="de")
    for model in (PublicationPage, ProjectPage):
        source = model.objects.live().filter(locale=german).order_by("path").first()
        parent = source.get_parent()
        for number in range(extra):
            source.copy(
                to=parent,
                update_attrs={
                    "title": f"{source.title} ({number + 2})",
                    "slug": f"{source.slug}-bench-{number + 2}",
                },
                keep_live=True,
                copy_revisions=False,
                log_action=None,
            )


def page_weight(client, html):
    """(HTML bytes, CSS bytes, JS bytes, gzip total) of one page and what it references."""
    sizes = {"css": 0, "js": 0}
    compressed = len(gzip.compress(html, 6))
    for kind, url in h.assets(html.decode()):
        if "://" in url or url.startswith("//"):
            continue  # nothing should come from another host; not fetched
        response = client.get(url)
        if response.status != 200:
            raise RuntimeError(f"{url}: {response.status}")
        sizes[kind] += len(response.body)
        compressed += len(gzip.compress(response.body, 6))
    return len(html), sizes["css"], sizes["js"], compressed


def measure(port, path, duration, concurrency, warmup=10):
    client = h.Client("127.0.0.1", port)
    for _ in range(warmup):
        client.get(path)
    client.close()
    tally, seconds = h.run_load(
        lambda: h.Client("127.0.0.1", port), h.get_action([path]), concurrency, duration
    )
    summary = h.summarize(tally.all_latencies(), seconds)
    summary["errors"] = len(tally.errors)
    if tally.errors:
        say(f"  {len(tally.errors)} errors, e.g. {tally.errors[0]}")
    return summary


def run_cases(label, port, paths, args, results):
    for name in PAGE_TYPES:
        summary = measure(port, paths[name], args.duration, args.concurrency)
        results[(label, name)] = summary
        say(
            f"{label:>9} {name:<20} {summary['rps']:8.1f} req/s  p50 {summary['p50_ms']:6.1f}"
            f"  p95 {summary['p95_ms']:6.1f} ms  (load {h.load_average():.1f})"
        )
        if label == "uncached":
            single = measure(port, paths[name], args.duration / 2, 1, warmup=0)
            results[("single", name)] = single


def fmt(value, digits=1):
    return (
        "–"
        if value is None or (isinstance(value, float) and math.isnan(value))
        else (f"{value:.{digits}f}")
    )


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=float, default=10, help="seconds per case")
    parser.add_argument("--workers", type=int, default=h.cores(), help="gunicorn workers")
    parser.add_argument("--concurrency", type=int, help="client threads (default 2 × workers)")
    parser.add_argument("--extra", type=int, default=45, help="copies for the list-size check")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)
    args.concurrency = args.concurrency or 2 * args.workers
    started = time.monotonic()
    workdir = Path(h.workdir())
    has_page_cache = importlib.util.find_spec("home.page_cache") is not None
    say(
        f"{h.cores()} cores, load {h.load_average():.1f}; gunicorn {args.workers} sync workers, "
        f"{args.concurrency} clients, {args.duration:g}s per case"
    )
    results = {}
    try:
        with h.postgres(say) as (database_url, pg_version):
            environ = h.production_env(database_url, workdir, PAGE_CACHE_SECONDS=0)
            h.prepare_site(environ, say)
            h.setup_django(environ)
            paths = discover()
            server_log = workdir / "gunicorn.log"

            with h.Server(environ, workers=args.workers, log=server_log) as server:
                client = h.Client("127.0.0.1", server.port)
                walker = h.FormWalker(client, random.Random(1))  # noqa: S311
                result_path, _ = walker.complete(paths["diversometer start"])
                paths["diversometer result"] = result_path
                for name in PAGE_TYPES:
                    say(f"{name}: {paths[name]}")
                html = {}
                for name in PAGE_TYPES:
                    response = client.get(paths[name])
                    if response.status != 200:
                        raise RuntimeError(f"{paths[name]}: {response.status}")
                    html[name] = response.body
                weights = {name: page_weight(client, html[name]) for name in PAGE_TYPES}
                client.close()
                run_cases("uncached", server.port, paths, args, results)
                memory = server.worker_memory()

            if has_page_cache:
                cached_env = {**environ, "PAGE_CACHE_SECONDS": "300"}
                with h.Server(cached_env, workers=args.workers, log=server_log) as server:
                    run_cases("cached", server.port, paths, args, results)
            else:
                say("home/page_cache.py does not exist: cached pages not measured")

            static_root = workdir / "static-html"
            static_root.mkdir()
            static_paths = {}
            for number, name in enumerate(PAGE_TYPES):
                (static_root / f"page{number}.html").write_bytes(html[name])
                static_paths[name] = f"/page{number}.html"
            static_env = {**environ, "BENCH_STATIC_ROOT": str(static_root)}
            with h.Server(
                static_env, app="bench._harness:static_app()", workers=args.workers, log=server_log
            ) as server:
                run_cases("static", server.port, static_paths, args, results)

            # Records the template context for listed_items (and adds "testserver").
            from django.test.utils import setup_test_environment

            setup_test_environment()
            queries = count_queries({name: paths[name] for name in PAGE_TYPES})
            lists = {"library": paths["library"], "project list": paths["project list"]}
            before = {name: listing(name, path) for name, path in lists.items()}
            began = time.monotonic()
            add_copies(args.extra)
            say(f"added {args.extra} publications and projects in {time.monotonic() - began:.1f}s")
            after = {name: listing(name, path) for name, path in lists.items()}
    finally:
        shutil.rmtree(workdir, ignore_errors=True)

    missed = report(args, pg_version, results, queries, before, after, memory, weights)
    say(f"finished in {time.monotonic() - started:.0f}s")
    if args.check and missed:
        for line in missed:
            say(f"MISSED: {line}")
        return 1
    return 0


def report(args, pg_version, results, queries, before, after, memory, weights):
    missed = []
    print()
    print(
        f"PostgreSQL {pg_version}, {h.cores()} cores, gunicorn {args.workers} sync workers, "
        f"{args.concurrency} clients on loopback, {args.duration:g}s per case, "
        f"load average now {h.load_average():.1f}"
    )
    print()
    print(
        "| page | uncached req/s | p50 ms | p95 ms | 1 client p50/p95 ms | cached req/s | "
        "p50 ms | p95 ms | static req/s | p50 ms | p95 ms | cached (uncached) ÷ static |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for name in PAGE_TYPES:
        un = results[("uncached", name)]
        one = results[("single", name)]
        ca = results.get(("cached", name))
        st = results[("static", name)]
        ratio_un = un["rps"] / st["rps"]
        ratio = f"{ca['rps'] / st['rps']:.2f} ({ratio_un:.2f})" if ca else f"– ({ratio_un:.2f})"
        print(
            f"| {name} | {fmt(un['rps'])} | {fmt(un['p50_ms'])} | {fmt(un['p95_ms'])} | "
            f"{fmt(one['p50_ms'])}/{fmt(one['p95_ms'])} | "
            f"{fmt(ca['rps']) if ca else '–'} | {fmt(ca['p50_ms']) if ca else '–'} | "
            f"{fmt(ca['p95_ms']) if ca else '–'} | {fmt(st['rps'])} | {fmt(st['p50_ms'])} | "
            f"{fmt(st['p95_ms'])} | {ratio} |"
        )
        errors = sum(r["errors"] for key, r in results.items() if key[1] == name)
        if errors:
            missed.append(f"{name}: {errors} errors")
        if one["p95_ms"] >= P95_TARGET_MS:
            missed.append(f"{name}: uncached p95 {one['p95_ms']:.0f} ms (1 client) ≥ 150 ms")
        if not ca:
            missed.append(f"{name}: cached throughput not measured (no home/page_cache.py)")
        elif ca["rps"] < CACHED_RATIO_TARGET * st["rps"]:
            missed.append(f"{name}: cached {ca['rps']:.0f} req/s < ½ static {st['rps']:.0f}")
    print()
    print("| page | SQL queries (first request) | SQL queries (repeated) |")
    print("|---|---|---|")
    for name in PAGE_TYPES:
        print(f"| {name} | {queries[name][0]} | {queries[name][1]} |")
    print()
    print("| listing | items (on the page) | queries | items after copies | queries |")
    print("|---|---|---|---|---|")
    for name in before:
        (n0, shown0), q0 = before[name]
        (n1, shown1), q1 = after[name]
        print(f"| {name} | {n0} ({shown0}) | {q0[1]} | {n1} ({shown1}) | {q1[1]} |")
        if q0[1] != q1[1]:
            missed.append(f"{name}: {q0[1]} queries at {n0} items, {q1[1]} at {n1}")
    print()
    print("| gunicorn worker | RSS MiB | PSS MiB |")
    print("|---|---|---|")
    for pid, rss, pss in memory:
        print(f"| {pid} | {rss / 1024:.0f} | {pss / 1024:.0f} |")
    print()
    print("| page | HTML bytes | CSS bytes | JS bytes | total bytes | total gzip bytes |")
    print("|---|---|---|---|---|---|")
    for name in PAGE_TYPES:
        html, css, js, compressed = weights[name]
        total = html + css + js
        print(f"| {name} | {html} | {css} | {js} | {total} | {compressed} |")
        if total >= WEIGHT_TARGET:
            missed.append(f"{name}: {total} bytes ≥ 150 kB")
    print()
    return missed


if __name__ == "__main__":
    sys.exit(main())
