"""The ``electext`` command line: a thin layer over :mod:`electext.api`.

Exit codes: 0 every file processed, 1 some files failed (each has an error record), 2 usage error
(an output electext must not write: another program's database, a damaged one, a file electext did not
write or one changed since, where an output would go), 3 the output could not
be written (disk full, not writable, locked by another program): the run stopped there, and every
output is whole, either as it was or with the articles finished before it.

One module over 400 lines, on purpose: typer registers every command on one app, and the commands
share their options (model, encoding, reference, limits) and their error reporting; each command is a
thin function over :mod:`electext.api` or :mod:`electext.runtime`.
"""

from __future__ import annotations

import codecs
import json
import sys
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, NoReturn, cast

import typer

from electext.api import Reuse, extract_paths, iter_inputs, read_facts
from electext.core.errors import ElectextError, OutputError, OutputTargetError, OutputWriteError
from electext.core.records import ArticleResult, Check, ErrorRecord
from electext.core.version import __version__
from electext.ingest.article import DEFAULT_MAX_CHARS
from electext.ingest.sources import STDIN, ReadOptions, SourceFailure, read_source
from electext.outputs.explain import explained
from electext.outputs.export import FORMATS, ResultWriter, open_writer, output_target
from electext.outputs.schema import write_schemas
from electext.outputs.write import BatchWriter, Serialised, to_json
from electext.reference.refdb import BY_ELECTION, DEFAULT_REFERENCE, GENERAL, Reference, build, import_results

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Election articles in, checked results out.")

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_OUTPUT = 0, 1, 2, 3
# What stops a batch: the output cannot take any more (every later input would fail alike).
STOPS_THE_BATCH = (OutputWriteError, OutputTargetError)
# Without --jobs, one worker process per this many inputs, up to every core.
INPUTS_PER_DEFAULT_WORKER = 20
PathsArgument = Annotated[
    list[Path],
    typer.Argument(
        help="Article files (.txt, .html, .htm, .json, .jsonl) or folders (searched recursively for .txt, "
        ".html, .htm); - reads one article from standard input."
    ),
]
ModelOption = Annotated[
    str | None, typer.Option("--model", help="spaCy model name (default: $ELECTEXT_MODEL or en_core_web_sm).")
]
EncodingOption = Annotated[
    str | None,
    typer.Option(
        "--encoding", help="Decode text files with this encoding (default: BOM, then UTF-8, then cp1252 if clean)."
    ),
]
TextFieldOption = Annotated[str, typer.Option("--text-field", help="The article text's field in JSON/JSONL records.")]
MaxCharsOption = Annotated[
    int, typer.Option("--max-chars", min=1, help="Refuse articles longer than this many characters.")
]

ReferenceOption = Annotated[
    Path,
    typer.Option(
        "--reference",
        envvar="ELECTEXT_REFERENCE",
        help="Official-results database to fact-check against (default: the built-in one).",
    ),
]
NoReferenceOption = Annotated[bool, typer.Option("--no-reference", help="Skip the official-results checks.")]


def _reference(path: Path, disabled: bool) -> Path | None:
    if disabled:
        return None
    try:
        Reference(path)  # fail now, with a clear message, rather than once per article
    except ElectextError as error:
        typer.echo(f"Error: {error}", err=True)
        raise typer.Exit(EXIT_USAGE) from None
    return path


def _require_existing(paths: list[Path]) -> None:
    missing = [str(path) for path in paths if path != STDIN and not path.exists()]
    if missing:
        typer.echo(f"Error: no such file or folder: {', '.join(missing)}", err=True)
        raise typer.Exit(EXIT_USAGE)


def _read_options(encoding: str | None, text_field: str, max_chars: int) -> ReadOptions:
    if encoding is not None:
        try:
            codecs.lookup(encoding)
        except LookupError:
            typer.echo(f"Error: unknown encoding {encoding!r}", err=True)
            raise typer.Exit(EXIT_USAGE) from None
    return ReadOptions(encoding=encoding, text_field=text_field, max_chars=max_chars)


def _report_error(record: ErrorRecord) -> None:
    typer.echo(f"error: {record.source}: [{record.stage}] {record.message}", err=True)


def _stream(
    inputs: list[Path],
    engine: str,
    jobs: int | None,
    scheduler: str | None,
    model: str | None,
    options: ReadOptions,
    reuse: Reuse | None,
    reference: Path | None,
    serialise: bool,
) -> Iterator[ArticleResult | ErrorRecord | Serialised]:
    """The records of a batch, in input order, from one process, this machine's cores or Dask; with
    ``serialise``, the workers of a parallel run send results as the text to write."""
    from electext.runtime.parallel import default_jobs, extract_on_dask, extract_parallel

    if engine == "dask":
        return extract_on_dask(inputs, scheduler, jobs, model, options, reuse, reference, serialise)
    # A worker costs a model load (about two seconds): by default a small batch stays in this process.
    workers = min(jobs, len(inputs)) if jobs else min(default_jobs(), len(inputs) // INPUTS_PER_DEFAULT_WORKER)
    if workers > 1:
        return extract_parallel(inputs, workers, model, options, reuse, reference, serialise)
    return extract_paths(inputs, model, options, reuse, reference)


@app.command()
def extract(
    paths: PathsArgument,
    output: Annotated[Path, typer.Option("-o", "--output", help="Folder for the results.")] = Path("outputs"),
    format: Annotated[
        str,
        typer.Option(
            "--format",
            help="json: one file per article plus results.jsonl; jsonl: results.jsonl only; "
            "csv: candidates.csv and contests.csv; sqlite: a database (-o FILE.db, or DIR/results.db).",
        ),
    ] = "json",
    model: ModelOption = None,
    encoding: EncodingOption = None,
    text_field: TextFieldOption = "text",
    max_chars: MaxCharsOption = DEFAULT_MAX_CHARS,
    resume: Annotated[
        bool,
        typer.Option(
            "--resume", help="Skip articles whose output is already there for the same content (json, jsonl)."
        ),
    ] = False,
    reference: ReferenceOption = DEFAULT_REFERENCE,
    no_reference: NoReferenceOption = False,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs",
            "-j",
            min=1,
            help="Worker processes (default: every core, one per 20 inputs; 1: this process only).",
        ),
    ] = None,
    engine: Annotated[
        str, typer.Option("--engine", help="local: this machine's processes; dask: a Dask cluster.")
    ] = "local",
    scheduler: Annotated[
        str | None,
        typer.Option("--scheduler", help="Dask scheduler address (default: start a local cluster of --jobs workers)."),
    ] = None,
) -> None:
    """Extract every contest from articles into validated JSON (or CSV files, or a SQLite database)."""
    _check_extract_options(paths, format, engine, resume)
    options = _read_options(encoding, text_field, max_chars)
    checked_against = _reference(reference, no_reference)
    inputs = list(iter_inputs(paths))
    writer = _extract_writer(format, output, resume, inputs)
    reuse = writer.reusable if isinstance(writer, BatchWriter) and resume else None
    target = output_target(format, output)
    tally = Tally()
    hidden = not (any(path.is_dir() for path in paths) and sys.stderr.isatty())
    serialise = isinstance(writer, BatchWriter)  # CSV and SQLite writers read the records themselves
    records = _stream(inputs, engine, jobs, scheduler, model, options, reuse, checked_against, serialise)
    try:
        with typer.progressbar(length=len(inputs), label="Extracting", file=sys.stderr, hidden=hidden) as bar:
            for record in records:
                _take(writer, record, tally)
                bar.update(1)
        writer.close()
    except STOPS_THE_BATCH as error:
        _stop(writer, records, error, tally, target)
    reused = f", {writer.reused} reused" if isinstance(writer, BatchWriter) and resume else ""
    summary = f"{tally.articles} articles, {tally.contests} contests, {tally.failed} failed{reused}"
    typer.echo(f"{summary} -> {target}", err=True)
    raise typer.Exit(EXIT_FAILED if tally.failed else EXIT_OK)


@dataclass
class Tally:
    """What a batch has written so far."""

    articles: int = 0
    contests: int = 0
    failed: int = 0


def _take(writer: BatchWriter | ResultWriter, record: ArticleResult | Serialised | ErrorRecord, tally: Tally) -> None:
    """Write one record (a result that cannot be written becomes its error record) and count it."""
    written = _write(writer, record)
    if isinstance(written, ErrorRecord):
        writer.add(written)
        tally.failed += 1
        _report_error(written)
    else:
        tally.articles += 1
        tally.contests += written.contests if isinstance(written, Serialised) else len(written.contests)


def _stop(
    writer: BatchWriter | ResultWriter,
    records: Iterator[object],
    error: OutputError,
    tally: Tally,
    target: Path,
) -> NoReturn:
    """A write failed: stop the batch there, as every later input would fail alike, keep every output
    whole, and say in two lines what happened, what to do and what the target now holds (exit 3)."""
    kept = writer.abort()
    if isinstance(records, Generator):
        records.close()  # no more inputs are read or sent to workers (those in flight finish first)
    typer.echo(f"Error: {error}", err=True)
    typer.echo(f"stopped after {tally.articles} articles, {tally.failed} failed: {kept} -> {target}", err=True)
    raise typer.Exit(EXIT_USAGE if isinstance(error, OutputTargetError) else EXIT_OUTPUT)


def _check_extract_options(paths: list[Path], format: str, engine: str, resume: bool) -> None:
    """Refuse, with exit code 2, a missing input or an option value ``extract`` cannot honour."""
    if format not in FORMATS:
        typer.echo(f"Error: --format must be one of {', '.join(FORMATS)}, not {format!r}", err=True)
        raise typer.Exit(EXIT_USAGE)
    _require_existing(paths)
    if engine not in ("local", "dask"):
        typer.echo(f"Error: --engine must be local or dask, not {engine!r}", err=True)
        raise typer.Exit(EXIT_USAGE)
    if resume and format not in ("json", "jsonl"):
        typer.echo("Error: --resume works with --format json or jsonl", err=True)
        raise typer.Exit(EXIT_USAGE)


def _extract_writer(format: str, output: Path, resume: bool, inputs: list[Path]) -> BatchWriter | ResultWriter:
    """The writer for ``--format``; a target it must not use (a file not electext's where an output of
    ``inputs`` would go …) is a usage error (2), one it cannot write now (not writable, full, locked) an
    output failure (3)."""
    try:
        return (
            BatchWriter(output, per_article=format == "json", resume=resume, inputs=inputs)
            if resume
            else open_writer(format, output, inputs)
        )
    except OutputError as error:
        typer.echo(f"Error: {error}", err=True)
        raise typer.Exit(EXIT_USAGE if isinstance(error, OutputTargetError) else EXIT_OUTPUT) from None


def _write(
    writer: BatchWriter | ResultWriter, record: ArticleResult | Serialised | ErrorRecord
) -> ArticleResult | Serialised | ErrorRecord:
    """Write one result; a result that cannot be written (a file of the user's where the output would go)
    becomes its error record, written by the caller as every other failure is. A fault of the output itself
    (disk full, locked …) is raised: it stops the batch."""
    if isinstance(record, ErrorRecord):
        return record
    try:
        if isinstance(record, Serialised):
            cast(BatchWriter, writer).add(record)  # asked for only when the writer is one
        else:
            writer.add(record)
    except STOPS_THE_BATCH:
        raise
    except OutputError as error:
        return ErrorRecord(
            source=record.source if isinstance(record, Serialised) else record.article.source,
            stage=error.stage,
            error=type(error).__name__,
            message=str(error),
        )
    return record


@app.command()
def report(
    paths: PathsArgument,
    output: Annotated[Path, typer.Option("-o", "--output", help="Folder for the HTML pages.")] = Path("report"),
    results: Annotated[
        Path | None,
        typer.Option(
            "--results", help="Reuse results from this `electext extract` folder (matched by the article's sha256)."
        ),
    ] = None,
    model: ModelOption = None,
    encoding: EncodingOption = None,
    text_field: TextFieldOption = "text",
    max_chars: MaxCharsOption = DEFAULT_MAX_CHARS,
    reference: ReferenceOption = DEFAULT_REFERENCE,
    no_reference: NoReferenceOption = False,
) -> None:
    """Write a static HTML report: each article with its evidence highlighted, its contests and checks."""
    from electext.runtime.report import INDEX, ReportWriter, load_results, report_items

    _require_existing(paths)
    checked_against = _reference(reference, no_reference)
    try:
        reuse = load_results(results) if results is not None else {}
    except ElectextError as error:
        typer.echo(f"Error: {error}", err=True)
        raise typer.Exit(EXIT_USAGE) from None
    options = _read_options(encoding, text_field, max_chars)
    try:
        writer = ReportWriter(output, inputs=list(iter_inputs(paths)))
    except OutputError as error:
        typer.echo(f"Error: {error}", err=True)
        raise typer.Exit(EXIT_USAGE if isinstance(error, OutputTargetError) else EXIT_OUTPUT) from None
    try:
        for item in report_items(paths, model=model, reuse=reuse, reference=checked_against, options=options):
            if isinstance(item, ErrorRecord):
                writer.add_error(item)
                _report_error(item)
            else:
                writer.add_article(*item)
        index = writer.close()
    except OutputError as error:
        typer.echo(f"Error: {error}", err=True)
        typer.echo(f"stopped: the pages written before it are in place; {INDEX} is as it was -> {output}", err=True)
        raise typer.Exit(EXIT_USAGE if isinstance(error, OutputTargetError) else EXIT_OUTPUT) from None
    reused = sum(any(entry.result is r for r in reuse.get(entry.result.article.sha256, [])) for entry in writer.entries)
    typer.echo(
        f"{len(writer.entries)} articles ({reused} from --results), {len(writer.errors)} failed -> {index}", err=True
    )
    raise typer.Exit(EXIT_FAILED if writer.errors else EXIT_OK)


# Statuses as the summary prints them, alarms first in the legend.
STATUS_LABELS = {
    "fail": "FAIL",
    "check_extraction": "CHECK EXTRACTION",
    "imprecise": "IMPRECISE",
    "rounded": "ROUNDED",
    "pass": "PASS",
    "unverifiable": "UNVERIFIABLE",
}
_WIDTH = max(len(label) for label in STATUS_LABELS.values())


def _check_lines(checks: list[Check], index: int, indent: str) -> list[str]:
    """One check, with what a fact-checker needs to verify a disagreement in seconds: the kind of gap,
    the suggested correction, the sentence and the source; then the checks that follow from it."""
    check = checks[index]
    lines = [f"{indent}[{STATUS_LABELS[check.status]:^{_WIDTH}}] {check.id}: {check.message}"]
    if check.status in ("fail", "check_extraction"):
        pad = indent + " " * (_WIDTH + 3)
        details = [
            f"gap: {check.gap.replace('_', ' ')}" if check.gap else "",
            f"suggest: {check.suggestion}" if check.suggestion else "",
        ]
        if any(details):
            lines.append(pad + " · ".join(d for d in details if d))
        if check.sentence is not None:
            sentence = " ".join(check.sentence.text.split())
            lines.append(f'{pad}in: "{sentence[:300]}{"…" if len(sentence) > 300 else ""}"')
        if check.source:
            lines.append(f"{pad}source: {check.source}" + (f" ({check.against})" if check.against else ""))
    for follower, other in enumerate(checks):
        if other.follows == index:
            lines += [
                line.replace(indent, indent + "  ↳ ", 1) if n == 0 else "  " + line
                for n, line in enumerate(_check_lines(checks, follower, indent))
            ]
    return lines


def _summary(result: ArticleResult) -> str:
    lines = [f"{result.article.id} ({result.article.source})"]
    if not result.contests:
        lines.append("  no election result reported")
    checks = result.checks
    for contest in result.contests:
        head = f"  {contest.constituency.value} {contest.election.value}"
        if contest.mention_only:
            lines.append(head + " (mentioned only)")
            continue
        if contest.winner and (contest.winner.name or contest.winner.party):
            who = " ".join(x.value for x in (contest.winner.name, contest.winner.party) if x)
            head += f": won by {who}"
        if contest.result:
            head += f" ({contest.result.value}{' from ' + contest.gained_from.value if contest.gained_from else ''})"
        lines.append(head)
        for match in (m for m in result.official if m.contest == contest.constituency.value):
            found = f"{match.constituency} {match.election} of {match.date}" if match.status == "matched" else ""
            lines.append(f"    official results: {match.status.replace('_', ' ')} {found} ({match.basis})")
            if match.doubt:
                lines.append(f"    the match is uncertain: {match.doubt}")
        for index, check in enumerate(checks):
            if check.contest == contest.constituency.value and check.follows is None:
                lines += _check_lines(checks, index, "    ")
    for index, check in enumerate(checks):
        if check.contest is None and check.follows is None:
            lines += _check_lines(checks, index, "  ")
    return "\n".join(lines)


@app.command()
def check(
    paths: PathsArgument,
    model: ModelOption = None,
    encoding: EncodingOption = None,
    text_field: TextFieldOption = "text",
    max_chars: MaxCharsOption = DEFAULT_MAX_CHARS,
    reference: ReferenceOption = DEFAULT_REFERENCE,
    no_reference: NoReferenceOption = False,
) -> None:
    """Print a readable fact-check summary per article."""
    _require_existing(paths)
    options = _read_options(encoding, text_field, max_chars)
    checked_against = _reference(reference, no_reference)
    failed = False
    for record in extract_paths(list(iter_inputs(paths)), model, options, reference=checked_against):
        if isinstance(record, ErrorRecord):
            failed = True
            _report_error(record)
            continue
        typer.echo(_summary(record))
    raise typer.Exit(EXIT_FAILED if failed else EXIT_OK)


@app.command()
def show(
    path: Annotated[Path, typer.Argument(help="One article file, or - for standard input.")],
    model: ModelOption = None,
    encoding: EncodingOption = None,
    text_field: TextFieldOption = "text",
    max_chars: MaxCharsOption = DEFAULT_MAX_CHARS,
    reference: ReferenceOption = DEFAULT_REFERENCE,
    no_reference: NoReferenceOption = False,
) -> None:
    """Print one article's result as JSON on standard output (the first record of a JSON/JSONL file)."""
    _require_existing([path])
    options = _read_options(encoding, text_field, max_chars)
    record = next(extract_paths([path], model, options, reference=_reference(reference, no_reference)), None)
    if record is None:
        typer.echo(f"Error: {path} holds no article", err=True)
        raise typer.Exit(EXIT_FAILED)
    typer.echo(to_json(record), nl=False)
    raise typer.Exit(EXIT_FAILED if isinstance(record, ErrorRecord) else EXIT_OK)


@app.command()
def explain(
    path: Annotated[Path, typer.Argument(help="One article file, or - for standard input.")],
    model: ModelOption = None,
    encoding: EncodingOption = None,
    text_field: TextFieldOption = "text",
    max_chars: MaxCharsOption = DEFAULT_MAX_CHARS,
) -> None:
    """Print how one article was read: every fact the linker found, in reading order, with its seat,
    role, value, the named rule that read it and the words it was read from."""
    _require_existing([path])
    options = _read_options(encoding, text_field, max_chars)
    item = next(iter(read_source(path, options)), None)
    if item is None or isinstance(item, SourceFailure):
        typer.echo(f"Error: {item.error if item else f'{path} holds no article'}", err=True)
        raise typer.Exit(EXIT_FAILED)
    try:
        facts = read_facts(item, model)
    except ElectextError as error:
        typer.echo(f"Error: {error}", err=True)
        raise typer.Exit(EXIT_FAILED) from None
    for line in explained(item.text, facts):
        typer.echo(line)
    raise typer.Exit(EXIT_OK)


@app.command()
def schema(
    output: Annotated[Path, typer.Option("-o", "--output", help="Folder for the schema files.")] = Path("schemas"),
) -> None:
    """Regenerate the JSON Schema files from the record models."""
    for path in write_schemas(output):
        typer.echo(f"wrote {path}")


@app.command()
def version() -> None:
    """Print the electext version."""
    typer.echo(__version__)


reference_app = typer.Typer(no_args_is_help=True, help="The official-results database electext fact-checks against.")
app.add_typer(reference_app, name="reference")


@reference_app.command("build")
def reference_build(
    source: Annotated[Path, typer.Argument(help="The Commons Library psephology folder (db/data layout).")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Database file to write.")],
    overwrite: Annotated[bool, typer.Option("--overwrite", help="Replace an existing file.")] = False,
) -> None:
    """Build the reference database from the Commons Library's results (deterministic)."""
    _require_existing([source])
    build(source, output, overwrite=overwrite)
    elections = Reference(output).coverage()
    typer.echo(f"wrote {output}: {len(elections)} elections, {sum(e[2] for e in elections)} contests")


@reference_app.command("info")
def reference_info(reference: ReferenceOption = DEFAULT_REFERENCE) -> None:
    """Say what a reference database covers and where its figures come from."""
    database = Reference(reference)
    meta = database.meta()
    typer.echo(f"{reference}")
    for key in ("source", "coverage", "attribution"):
        if key in meta:
            typer.echo(f"  {key}: {meta[key]}")
    coverage = database.coverage()
    by_kind: dict[str, list[tuple[str, int, int]]] = {}
    for kind, date, seats, candidacies, _ in coverage:
        by_kind.setdefault(kind, []).append((date, seats, candidacies))
    for kind, rows in by_kind.items():
        seats = sum(row[1] for row in rows)
        people = sum(row[2] for row in rows)
        dates = ", ".join(row[0] for row in rows) if len(rows) <= 6 else f"{rows[0][0]} to {rows[-1][0]}"
        typer.echo(f"  {kind}: {len(rows)} polling days ({dates}), {seats} contests, {people} candidacies")


@reference_app.command("import")
def reference_import(
    folder: Annotated[Path, typer.Argument(help="Folder with constituencies.csv and candidacies.csv.")],
    reference: Annotated[
        Path, typer.Option("--reference", help="Your database (created as a copy of the built-in one if missing).")
    ],
    kind: Annotated[str, typer.Option("--kind", help=f"{GENERAL!r} or {BY_ELECTION!r}.")] = BY_ELECTION,
    date: Annotated[
        str | None, typer.Option("--date", help="Polling day (YYYY-MM-DD) for files without a date column.")
    ] = None,
    briefing: Annotated[str | None, typer.Option("--briefing", help="Source to cite, e.g. a briefing URL.")] = None,
    replace: Annotated[bool, typer.Option("--replace", help="Replace contests already in the database.")] = False,
) -> None:
    """Add results in the Commons Library's CSV layout to your own reference database."""
    _require_existing([folder])
    files = import_results(folder, reference, kind=kind, date=date, briefing=briefing, replace=replace)
    seats = sum(len(f.contests) for f in files)
    typer.echo(f"imported {seats} contests on {len(files)} polling days into {reference}")


def main() -> None:
    try:
        app()
    except ElectextError as error:
        typer.echo(f"Error: {error}", err=True)
        raise SystemExit(EXIT_FAILED) from None


@app.command("evaluate")
def evaluate_command(
    corpus: Annotated[Path, typer.Argument(help="Corpus folder (articles searched recursively).")] = Path("corpus"),
    gold: Annotated[Path | None, typer.Option("--gold", help="Gold folder (default: CORPUS/gold).")] = None,
    json_path: Annotated[Path | None, typer.Option("--json", help="Also write the full report as JSON.")] = None,
    misses: Annotated[int, typer.Option("--misses", help="How many misses to list.")] = 40,
    mutations: Annotated[int, typer.Option("--mutations", help="Corrupted copies per article (fact-check power).")] = 0,
    update_floors: Annotated[
        bool, typer.Option("--update-floors", help="Store these scores as the CI gate's floors.")
    ] = False,
    allow_lower: Annotated[bool, typer.Option("--allow-lower", help="Let --update-floors lower a floor.")] = False,
    model: ModelOption = None,
) -> None:
    """Score extraction against the gold annotations: P/R/F1 per field, check outcomes, misses."""
    from electext.outputs.write import atomic_write
    from electext.quality.evaluate import evaluate, format_table
    from electext.quality.floors import FloorError, gate_scores, update
    from electext.quality.mutations import format_power, power_test

    _require_existing([corpus])
    evaluation = evaluate(corpus, gold, model)
    typer.echo(format_table(evaluation, show_misses=misses))
    summary = evaluation.summary()
    report = None
    if mutations:
        report = power_test(corpus, mutations, gold, model)
        typer.echo(format_power(report))
        summary["mutations"] = {
            "per_article": mutations,
            "total": len(report.mutations),
            "flagged_share": round(report.flagged_share, 4),
            "official_total": len(report.official_mutations),
            "official_flagged_share": round(report.official_flagged_share, 4),
            "false_alarm_rate": round(report.false_alarm_rate, 4),
        }
    if json_path is not None:
        atomic_write(json_path, json.dumps(summary, indent=2, ensure_ascii=False) + "\n")
    if update_floors:
        if report is None:
            typer.echo("Error: --update-floors needs --mutations N so the fact-check floor is measured too", err=True)
            raise typer.Exit(EXIT_USAGE)
        try:
            path = update(corpus, gate_scores(evaluation, report, mutations), allow_lower=allow_lower)
        except FloorError as error:
            typer.echo(f"Error: {error}", err=True)
            raise typer.Exit(EXIT_FAILED) from None
        typer.echo(f"floors written to {path}")
