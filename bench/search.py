#!/usr/bin/env python3
"""Benchmark full-text search over the document library (not a test).

Usage (from the repository root)::

    .venv/bin/python bench/search.py [--documents N] [--queries Q]
                                     [--database sqlite|postgresql|both] [--seed S]

For each database the script starts a child process (``--child``) with its own
settings (DEBUG=true, SECRET_KEY=bench, LOG_LEVEL=WARNING, TASKS_BACKEND=immediate,
a temporary MEDIA_ROOT and DATABASE_URL). The child migrates a fresh database,
creates N ``publications.LibraryDocument`` rows with generated German
administrative text (``bulk_create``, no files written, no signals), builds the
search index for that model the way ``update_index`` does, then runs Q searches
round-robin over a fixed query list through ``Document.objects.search(...)``
(the configured Wagtail/modelsearch database backend), each evaluated with
``list(results[:20])`` and timed with ``time.perf_counter``. It prints one JSON
line; the parent prints a table.

SQLite uses a temporary file database; PostgreSQL a throwaway cluster started
with the helpers of tests/postgres_pass.py (PG_BIN, default
/usr/lib/postgresql/15/bin). Temporary files and the cluster are removed also
after a failure. Data is deterministic for a given --seed.

Measured per database: migrate, seed and index build time (s), query latency
p50/p95/max (ms), median number of matches per query (``results.count()``,
untimed) and the child's peak RSS (``resource.getrusage``).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

RESULT_PREFIX = "BENCH_RESULT "
RESULTS_PER_PAGE = 20
INDEX_CHUNK_SIZE = 1000
BULK_BATCH_SIZE = 500

# Vocabulary ---------------------------------------------------------------


def words(text):
    return text.split()


# Domain words with inflected forms and compounds; function words are mixed in
# separately so that sentences look like administrative prose.

NOUNS = words("""
Verwaltung Verwaltungen Verwaltungsmitarbeitende Verwaltungsmitarbeitenden Verwaltungshandeln
Verwaltungsleitung Vielfalt Vielfaltsstrategie Chancengleichheit Gleichstellung
Gleichstellungsbeauftragte Gleichbehandlung Willkommenskultur Beschäftigte Beschäftigten
Fortbildung Fortbildungen Fortbildungsangebot Fortbildungsangebote Bürgerinnen Bürger
Bürgerbeteiligung Bürgeramt Dienstleistung Dienstleistungen Antrag Anträge Anträgen
Antragstellung Antragsteller Antragstellerinnen Förderung Förderungen Fördermittel
Förderprogramm Förderprogramme Förderrichtlinie Netzwerk Netzwerke Netzwerken Netzwerkarbeit
Barrierefreiheit Personalentwicklung Personalentwicklungskonzept Personalgewinnung Personalrat
Personalrats Führungskräfte Führungskräften Führungskraft Mitarbeitende Mitarbeitenden
Kolleginnen Kollegen Ausbildung Auszubildende Nachwuchskräfte Qualifizierung Weiterbildung
Beratung Beratungsstelle Beratungsangebote Beteiligung Teilhabe Inklusion Integration
Integrationskurs Migrationshintergrund Zuwanderung Diskriminierung Antidiskriminierung
Sensibilisierung Schulung Schulungen Workshop Workshops Leitbild Leitlinien Leitfaden
Handlungsempfehlungen Maßnahme Maßnahmen Maßnahmenplan Zielgruppe Zielgruppen Konzept Konzepte
Strategie Umsetzung Evaluation Bericht Berichte Berichtszeitraum Dokumentation Ergebnisse
Erfahrungen Kommune Kommunen Landkreis Landesverwaltung Bundesverwaltung Behörde Behörden
Dienststelle Dienststellen Amt Ämter Referat Abteilung Fachbereich Senatsverwaltung Ministerium
Haushalt Haushaltsmittel Finanzierung Zuwendung Zuwendungen Verfahren Verfahrens Vergabe
Digitalisierung Onlinezugang Formular Formulare Bescheid Bescheide Frist Fristen Zuständigkeit
Vereinbarkeit Familie Beruf Teilzeit Arbeitszeit Gesundheit Gesundheitsmanagement Sprache
Sprachkenntnisse Mehrsprachigkeit Übersetzung Gebärdensprache Leichte Kommunikation
Öffentlichkeitsarbeit Veranstaltung Veranstaltungen Kooperation Kooperationen Partner
Partnerinnen Träger Verein Vereine Ehrenamt Engagement Projekt Projekte Projektförderung
Quartier Stadtteil Nachbarschaft Jugendliche Senioren Frauen Männer Menschen Behinderung
Schwerbehinderung Rechte Pflichten Gesetz Verordnung Richtlinie Datenschutz Transparenz
Qualität Standards Monitoring Kennzahlen Befragung Umfrage Anteil Entwicklung Zukunft
""")

VERBS = words("""
fördern fördert unterstützt unterstützen beraten berät entwickeln entwickelt umsetzen setzt
beantragen beantragt prüfen prüft bewilligen bewilligt stärken stärkt verbessern verbessert
gewährleisten gewährleistet sicherstellen berücksichtigen berücksichtigt beteiligen beteiligt
informieren informiert schulen qualifizieren vernetzen vernetzt gestalten gestaltet erarbeiten
erarbeitet evaluieren evaluiert abbauen baut ermöglichen ermöglicht anbieten bietet
""")

ADJECTIVES = words("""
öffentliche öffentlichen kommunale kommunalen interkulturelle interkulturellen barrierefreie
barrierefreien digitale digitalen gleichberechtigte vielfältige vielfältigen nachhaltige
nachhaltigen transparente verbindliche verbindlichen zuständige zuständigen regionale
regionalen gemeinsame gemeinsamen neue neuen wichtige wichtigen erfolgreiche erfolgreichen
gesetzliche gesetzlichen zentrale zentralen geeignete geeigneten jährliche jährlichen
""")

FUNCTION_WORDS = words("""
der die das den dem des und oder für mit von im in zur zum auf bei durch über nach
als auch sowie eine einer einen ein nicht werden wird sind ist wurde können sollen
""")

# Fixed query list: single words and pairs, inflected forms, words not in the corpus.
QUERIES = [
    "Verwaltung",
    "Verwaltungen",
    "Verwaltungsmitarbeitende",
    "Vielfalt",
    "Chancengleichheit",
    "Willkommenskultur",
    "Beschäftigte",
    "Beschäftigten",
    "Fortbildung",
    "Fortbildungen",
    "Bürgerinnen",
    "Dienstleistung",
    "Antrag",
    "Anträge",
    "Förderung",
    "Netzwerk",
    "Barrierefreiheit",
    "Personalentwicklung",
    "Gleichstellung",
    "Quantencomputer",
    "Raumfahrt",
    "Zebrastreifen",
    "Vielfalt Verwaltung",
    "Förderung Antrag",
    "Fortbildung Führungskräfte",
    "Barrierefreiheit Dienstleistung",
    "Willkommenskultur Beschäftigte",
    "Chancengleichheit Frauen",
    "Verwaltungen Bürgerinnen",
    "Personalentwicklung Qualifizierung",
    "Netzwerk Raumfahrt",
    "Quantencomputer Zebrastreifen",
]

TITLE_KINDS = [
    "Leitfaden",
    "Handreichung",
    "Jahresbericht",
    "Konzept",
    "Dokumentation",
    "Positionspapier",
    "Evaluationsbericht",
    "Merkblatt",
    "Arbeitshilfe",
    "Förderrichtlinie",
]
TITLE_TOPICS = [
    "Vielfalt in der Verwaltung",
    "Chancengleichheit im öffentlichen Dienst",
    "Willkommenskultur für neue Beschäftigte",
    "Barrierefreiheit digitaler Dienstleistungen",
    "Personalentwicklung und Fortbildung",
    "Förderung von Netzwerken im Quartier",
    "Interkulturelle Öffnung der Behörden",
    "Antragstellung für Fördermittel",
    "Bürgerbeteiligung in den Kommunen",
    "Gleichstellung von Frauen und Männern",
]
TITLE_SUFFIXES = ["", " – Kurzfassung", " (Entwurf)", " – Teil 2", " in Leichter Sprache"]
FORMATS = [("pdf", 8), ("docx", 2), ("odt", 1)]


# Data ---------------------------------------------------------------------


class TextGenerator:
    """Deterministic German administrative prose with a Zipf-like word frequency."""

    def __init__(self, rng):
        self.rng = rng
        content = list(dict.fromkeys(NOUNS + VERBS + ADJECTIVES))
        rng.shuffle(content)
        self.words = FUNCTION_WORDS + content
        weights = [3.0 / (rank + 1) for rank in range(len(FUNCTION_WORDS))]
        weights += [1.0 / (rank + 1) ** 0.8 for rank in range(len(content))]
        total = 0.0
        self.cum_weights = []
        for weight in weights:
            total += weight
            self.cum_weights.append(total)

    def sentence(self, length):
        words = self.rng.choices(self.words, cum_weights=self.cum_weights, k=length)
        first = words[0]
        words[0] = first[:1].upper() + first[1:]
        return " ".join(words) + "."

    def document(self, word_count):
        sentences = []
        remaining = word_count
        while remaining > 0:
            length = min(remaining, self.rng.randint(8, 20))
            length = max(length, 1)
            sentences.append(self.sentence(length))
            remaining -= length
        return " ".join(sentences)

    def title(self, number):
        year = self.rng.randint(2015, 2025)
        kind = self.rng.choice(TITLE_KINDS)
        topic = self.rng.choice(TITLE_TOPICS)
        suffix = self.rng.choice(TITLE_SUFFIXES)
        return f"{kind} {topic} {year}{suffix} (Nr. {number})"


def seed_documents(model, count, seed):
    from django.utils import timezone

    rng = random.Random(seed)  # noqa: S311 - deterministic test data, not crypto
    generator = TextGenerator(rng)
    formats = [name for name, _ in FORMATS]
    format_weights = [weight for _, weight in FORMATS]
    now = timezone.now()
    words_total = 0
    batch = []
    for number in range(1, count + 1):
        word_count = rng.randint(300, 1500)
        words_total += word_count
        file_format = rng.choices(formats, weights=format_weights)[0]
        batch.append(
            model(
                title=generator.title(number),
                file=f"documents/bench-{number}.{file_format}",
                file_size=word_count * 7,
                file_format=file_format,
                language="de",
                page_count=word_count // 350 + 1,
                extracted_text=generator.document(word_count),
                extraction_status="ok",
                extracted_at=now,
            )
        )
        if len(batch) >= BULK_BATCH_SIZE:
            model.objects.bulk_create(batch)
            batch = []
    if batch:
        model.objects.bulk_create(batch)
    return words_total


def build_index(model):
    """Index one model as modelsearch's update_index command does, without the others."""
    from django.db import transaction
    from modelsearch.backends import get_search_backend

    backend = get_search_backend()
    index = backend.get_index_for_model(model)
    rebuilder = backend.rebuilder_class(index)
    index = rebuilder.start()
    index.add_model(model)
    queryset = model.get_indexed_objects().order_by("pk")
    with transaction.atomic():
        start = 0
        while True:
            chunk = list(queryset[start : start + INDEX_CHUNK_SIZE])
            if not chunk:
                break
            index.add_items(model, chunk)
            start += INDEX_CHUNK_SIZE
    rebuilder.finish()
    return backend


def percentile(values, fraction):
    """Nearest-rank percentile of a non-empty list."""
    ordered = sorted(values)
    rank = max(1, round(fraction * len(ordered) + 0.5 - 1e-9))
    return ordered[min(rank, len(ordered)) - 1]


def server_version(connection):
    if connection.vendor == "sqlite":
        return connection.Database.sqlite_version
    version = connection.pg_version  # e.g. 150014
    return f"{version // 10000}.{version % 10000}"


def run_child(args):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import resource

    import django

    django.setup()

    from django.core.management import call_command
    from django.db import connection
    from wagtail.documents import get_document_model

    started = time.perf_counter()
    call_command("migrate", verbosity=0, interactive=False)
    migrate_s = time.perf_counter() - started

    Document = get_document_model()  # noqa: N806
    started = time.perf_counter()
    words_total = seed_documents(Document, args.documents, args.seed)
    seed_s = time.perf_counter() - started

    started = time.perf_counter()
    backend = build_index(Document)
    build_s = time.perf_counter() - started

    # One untimed pass: warms the connection and caches, counts matches.
    matches = {}
    for query in QUERIES:
        list(Document.objects.search(query)[:RESULTS_PER_PAGE])
        matches[query] = Document.objects.search(query).count()

    timings = []
    per_query = {}
    for number in range(args.queries):
        query = QUERIES[number % len(QUERIES)]
        started = time.perf_counter()
        list(Document.objects.search(query)[:RESULTS_PER_PAGE])
        elapsed = (time.perf_counter() - started) * 1000
        timings.append(elapsed)
        per_query.setdefault(query, []).append(elapsed)

    slowest = sorted(
        ((statistics.median(values), query) for query, values in per_query.items()),
        reverse=True,
    )[:5]
    if args.explain:
        query = slowest[0][1]
        queryset = Document.objects.search(query)[:RESULTS_PER_PAGE].get_queryset()
        options = {"analyze": True} if connection.vendor == "postgresql" else {}
        print(f"EXPLAIN {query!r} on {connection.vendor}:\n{queryset.explain(**options)}")

    result = {
        "database": connection.vendor,
        "server_version": server_version(connection),
        "backend": f"{type(backend).__module__}.{type(backend).__name__}",
        "documents": Document.objects.count(),
        "words_total": words_total,
        "queries": len(timings),
        "migrate_s": migrate_s,
        "seed_s": seed_s,
        "build_s": build_s,
        "p50_ms": percentile(timings, 0.50),
        "p95_ms": percentile(timings, 0.95),
        "max_ms": max(timings),
        "matches_median": statistics.median(matches.values()),
        "slowest": [
            {"query": query, "median_ms": ms, "matches": matches[query]} for ms, query in slowest
        ],
        "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }
    print(RESULT_PREFIX + json.dumps(result), flush=True)
    return 0


# Parent -------------------------------------------------------------------


def child_command(args, database_url):
    return [
        sys.executable,
        str(Path(__file__).resolve()),
        "--child",
        "--database-url",
        database_url,
        "--documents",
        str(args.documents),
        "--queries",
        str(args.queries),
        "--seed",
        str(args.seed),
        *(["--explain"] if args.explain else []),
    ]


def run_in_child(args, database_url, workdir, pg):
    media = Path(workdir) / "media"
    media.mkdir(exist_ok=True)
    env = pg.clean_environment(
        DJANGO_SETTINGS_MODULE="config.settings",
        DEBUG="true",
        SECRET_KEY="bench",  # noqa: S106 - throwaway database
        DATABASE_URL=database_url,
        MEDIA_ROOT=str(media),
        LOG_LEVEL="WARNING",
        TASKS_BACKEND="immediate",
        PYTHONUNBUFFERED="1",
    )
    env.pop("ELASTICSEARCH_URL", None)
    started = time.monotonic()
    process = subprocess.Popen(  # noqa: S603 - fixed argv, our own interpreter and script
        child_command(args, database_url),
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    result = None
    try:
        for line in process.stdout:
            if line.startswith(RESULT_PREFIX):
                result = json.loads(line[len(RESULT_PREFIX) :])
            else:
                print(line, end="", flush=True)
        returncode = process.wait()
    except BaseException as error:
        if isinstance(error, pg.Interrupted):
            process.send_signal(error.signum)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        raise
    if returncode != 0 or result is None:
        raise RuntimeError(f"benchmark child failed with exit code {returncode}")
    result["wall_s"] = time.monotonic() - started
    return result


def run_sqlite(args, pg):
    workdir = tempfile.mkdtemp(prefix="vielfalt-bench-search-", dir="/tmp")  # noqa: S108
    try:
        return run_in_child(args, f"sqlite:///{workdir}/bench.sqlite3", workdir, pg)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def run_postgresql(args, pg):
    bin_dir = Path(os.environ.get("PG_BIN") or pg.DEFAULT_PG_BIN)
    reason = pg.prerequisites(bin_dir)
    if reason:
        raise RuntimeError(f"PostgreSQL skipped: {reason}")
    pg.become_subreaper()
    cluster = pg.Cluster(bin_dir, run_as=pg.SUPERUSER if os.geteuid() == 0 else None)
    try:
        base = cluster.create_directory()
        cluster.initdb()
        cluster.start()
        cluster.psql("-c", f"CREATE DATABASE {pg.DATABASE_NAME}")
        workdir = tempfile.mkdtemp(prefix="vielfalt-bench-search-", dir="/tmp")  # noqa: S108
        try:
            return run_in_child(args, pg.database_url(base, cluster.port), workdir, pg)
        finally:
            shutil.rmtree(workdir, ignore_errors=True)
    finally:
        for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
            signal.signal(signum, signal.SIG_IGN)
        stopped = cluster.stop()
        pg.reap_children()
        removed = cluster.remove()
        if not (stopped and removed):
            print(f"WARNING: cluster cleanup incomplete: {cluster.base}", file=sys.stderr)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        for signum in (signal.SIGTERM, signal.SIGHUP):
            signal.signal(signum, pg.raise_interrupted)


COLUMNS = [
    ("database", "{database}"),
    ("N", "{documents}"),
    ("seed s", "{seed_s:.1f}"),
    ("index build s", "{build_s:.1f}"),
    ("p50 ms", "{p50_ms:.1f}"),
    ("p95 ms", "{p95_ms:.1f}"),
    ("max ms", "{max_ms:.1f}"),
    ("matches/query (median)", "{matches_median:g}"),
    ("peak RSS MiB", "{peak_rss_mib:.0f}"),
    ("wall s", "{wall_s:.0f}"),
]


def print_table(results):
    rows = [[header for header, _ in COLUMNS]]
    for result in results:
        rows.append([template.format(**result) for _, template in COLUMNS])
    widths = [max(len(row[column]) for row in rows) for column in range(len(COLUMNS))]
    for number, row in enumerate(rows):
        print(" | ".join(cell.rjust(width) for cell, width in zip(row, widths, strict=True)))
        if number == 0:
            print("-+-".join("-" * width for width in widths))


def run_parent(args):
    from tests import postgres_pass as pg

    for signum in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, pg.raise_interrupted)
    databases = ["sqlite", "postgresql"] if args.database == "both" else [args.database]
    results = []
    failed = False
    for database in databases:
        print(
            f"== {database}: {args.documents} documents, {args.queries} queries, seed {args.seed}",
            flush=True,
        )
        try:
            runner = run_sqlite if database == "sqlite" else run_postgresql
            results.append(runner(args, pg))
        except (RuntimeError, OSError, subprocess.SubprocessError, pg.PassError) as error:
            print(f"== {database}: FAILED: {error}", flush=True)
            failed = True
        except (KeyboardInterrupt, pg.Interrupted):
            print("interrupted", flush=True)
            return 130
    if results:
        print()
        print_table(results)
        for result in results:
            slowest = ", ".join(
                f"{item['query']!r} {item['median_ms']:.1f} ms ({item['matches']} matches)"
                for item in result["slowest"][:3]
            )
            print(
                f"{result['database']} {result['server_version']} "
                f"({result['backend'].rsplit('.', 1)[-1]}, {result['words_total']} words): "
                f"slowest {slowest}"
            )
    return 1 if failed else 0


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=10000, help="documents (10000)")
    parser.add_argument("--queries", type=int, default=200, help="timed queries (200)")
    parser.add_argument(
        "--database", choices=["sqlite", "postgresql", "both"], default="both", help="(both)"
    )
    parser.add_argument("--seed", type=int, default=1, help="random seed (1)")
    parser.add_argument(
        "--explain", action="store_true", help="print the query plan of the slowest query"
    )
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--database-url", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.documents < 1 or args.queries < 1:
        parser.error("--documents and --queries must be at least 1")
    return args


def main(argv):
    args = parse_args(argv)
    if args.child:
        if args.database_url:
            os.environ["DATABASE_URL"] = args.database_url
        return run_child(args)
    return run_parent(args)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
