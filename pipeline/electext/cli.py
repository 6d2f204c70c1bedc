"""The ``electext`` command line: a thin layer over :mod:`electext.api`.

Exit codes: 0 every file processed, 1 some files failed (each has an error record), 2 usage error
(an output electext must not write: another program's database, a damaged one, a file electext did not
write or one changed since, where an output would go), 3 the output could not
be written (disk full, not writable, locked by another program): the run stopped there, and every
output is whole, either as it was or with the articles finished before it; 4 (``check`` only, unless
``--exit-zero``) every file processed and a check's verdict is fail, as a linter exits on a finding.

Batch commands show their progress and end with a summary on stderr (:mod:`electext.runtime.progress`):
stdout is the results' own.

One module over 400 lines, on purpose: typer registers every command on one app, and the commands
share their options (model, encoding, reference, limits) and their error reporting; each command is a
thin function over :mod:`electext.api` or :mod:`electext.runtime`.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Callable, Collection, Generator, Iterator
from pathlib import Path
from typing import Annotated, NoReturn, cast

import typer

from electext.api import Reuse, extract_paths, iter_inputs, read_facts
from electext.core.errors import ElectextError, OutputError, OutputTargetError, OutputWriteError
from electext.core.records import ALARM, VERDICTS, ArticleResult, ErrorRecord
from electext.core.version import __version__
from electext.ingest.article import DEFAULT_MAX_CHARS
from electext.ingest.sources import STDIN, ReadOptions, SourceFailure, read_source
from electext.nlp.model_choice import DEFAULT_MODELS, MODEL_ENV
from electext.outputs.check_text import article_json, article_text
from electext.outputs.explain import explained
from electext.outputs.export import FORMATS, ResultWriter, open_writer, output_target
from electext.outputs.schema import write_schemas
from electext.outputs.write import BatchWriter, Serialised, to_json
from electext.reference.refdb import BY_ELECTION, DEFAULT_REFERENCE, GENERAL, Reference, build, import_results
from electext.runtime.progress import NORMAL, QUIET, VERBOSE, BatchDisplay, Record, Tally

# -h as well as --help, on every command (a subcommand's context inherits its parent's help options).
HELP = {"help_option_names": ["-h", "--help"]}
app = typer.Typer(
    add_completion=False, no_args_is_help=True, context_settings=HELP, help="Election articles in, checked results out."
)

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_OUTPUT = 0, 1, 2, 3
EXIT_ALARM = 4  # check: a check's verdict is fail (as a linter exits on a finding)
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
    str | None,
    typer.Option(
        "--model",
        help=f"spaCy model: an installed package or a model folder (default: ${MODEL_ENV}, else the first "
        f"installed of {', '.join(DEFAULT_MODELS)}). Results record the one used as pipeline.model, NAME-VERSION.",
    ),
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
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="Print only errors: no progress bar, no summary.")]
VerboseOption = Annotated[bool, typer.Option("--verbose", "-v", help="Also print a line per article on stderr.")]
ProgressOption = Annotated[
    bool | None,
    typer.Option(
        "--progress/--no-progress",
        help="Show a progress bar on stderr: articles done of the total, the file being read, the rate and the "
        "time left (default: when stderr is a terminal, so CI logs and pipes stay clean).",
        show_default=False,
    ),
]


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


def _display(label: str, inputs: Collection[Path], quiet: bool, verbose: bool, progress: bool | None) -> BatchDisplay:
    """What a batch shows on stderr (:mod:`electext.runtime.progress`); -q with -v is a usage error."""
    if quiet and verbose:
        typer.echo("Error: --quiet and --verbose cannot be used together", err=True)
        raise typer.Exit(EXIT_USAGE)
    return BatchDisplay(label, inputs, QUIET if quiet else VERBOSE if verbose else NORMAL, progress)


def _stream(
    inputs: Collection[Path],
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
    quiet: QuietOption = False,
    verbose: VerboseOption = False,
    progress: ProgressOption = None,
) -> None:
    """Extract every contest from articles into validated JSON (or CSV files, or a SQLite database)."""
    _check_extract_options(paths, format, engine, resume)
    options = _read_options(encoding, text_field, max_chars)
    checked_against = _reference(reference, no_reference)
    inputs = list(iter_inputs(paths))
    display = _display("Extracting", inputs, quiet, verbose, progress)
    writer = _extract_writer(format, output, resume, inputs)
    reuse = writer.reusable if isinstance(writer, BatchWriter) and resume else None
    target = output_target(format, output)
    serialise = isinstance(writer, BatchWriter)  # CSV and SQLite writers read the records themselves
    tracked = display.track(inputs)
    records = _stream(tracked, engine, jobs, scheduler, model, options, reuse, checked_against, serialise)
    try:
        with display:
            for record in records:
                display.done(_take(writer, record))
            writer.close()
    except STOPS_THE_BATCH as error:
        _stop(writer, records, error, display.tally, target)
    tally = display.tally
    reused = f", {writer.reused} reused" if isinstance(writer, BatchWriter) and resume else ""
    display.note(f"{tally.articles} articles, {tally.contests} contests, {tally.failed} failed{reused} -> {target}")
    display.note(tally.verdict_line())
    raise typer.Exit(EXIT_FAILED if tally.failed else EXIT_OK)


def _take(writer: BatchWriter | ResultWriter, record: Record) -> Record:
    """Write one record; a result that cannot be written is written as its error record, returned."""
    written = _write(writer, record)
    if isinstance(written, ErrorRecord):
        writer.add(written)
    return written


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


def _write(writer: BatchWriter | ResultWriter, record: Record) -> Record:
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
    quiet: QuietOption = False,
    verbose: VerboseOption = False,
    progress: ProgressOption = None,
) -> None:
    """Write a static HTML report: each article with its evidence highlighted, its contests and checks."""
    from electext.outputs.write import load_results
    from electext.runtime.report import INDEX, ReportWriter, report_items

    _require_existing(paths)
    checked_against = _reference(reference, no_reference)
    try:
        reuse = load_results(results) if results is not None else {}
    except ElectextError as error:
        typer.echo(f"Error: {error}", err=True)
        raise typer.Exit(EXIT_USAGE) from None
    options = _read_options(encoding, text_field, max_chars)
    inputs = list(iter_inputs(paths))
    try:
        writer = ReportWriter(output, inputs=inputs)
    except OutputError as error:
        typer.echo(f"Error: {error}", err=True)
        raise typer.Exit(EXIT_USAGE if isinstance(error, OutputTargetError) else EXIT_OUTPUT) from None
    display = _display("Reporting", inputs, quiet, verbose, progress)
    items = report_items(display.track(inputs), model=model, reuse=reuse, reference=checked_against, options=options)
    try:
        with display:
            for item in items:
                if isinstance(item, ErrorRecord):
                    writer.add_error(item)
                else:
                    writer.add_article(*item)
                display.done(item if isinstance(item, ErrorRecord) else item[0])
            index = writer.close()
    except OutputError as error:
        typer.echo(f"Error: {error}", err=True)
        typer.echo(f"stopped: the pages written before it are in place; {INDEX} is as it was -> {output}", err=True)
        raise typer.Exit(EXIT_USAGE if isinstance(error, OutputTargetError) else EXIT_OUTPUT) from None
    reused = sum(any(entry.result is r for r in reuse.get(entry.result.article.sha256, [])) for entry in writer.entries)
    display.note(f"{len(writer.entries)} articles ({reused} from --results), {len(writer.errors)} failed -> {index}")
    display.note(display.tally.verdict_line())
    raise typer.Exit(EXIT_FAILED if writer.errors else EXIT_OK)


CheckFormat = Callable[[ArticleResult, Collection[str] | None], str | None]
CHECK_FORMATS: dict[str, CheckFormat] = {"text": article_text, "json": article_json}
OnlyOption = Annotated[
    list[str] | None,
    typer.Option(
        "--only",
        help=f"Show only the checks with these verdicts ({', '.join(VERDICTS)}; a comma list, or the option "
        "repeated), and only the articles that have one. The summary and the exit code still count every check.",
        show_default=False,
    ),
]
CheckFormatOption = Annotated[
    str,
    typer.Option(
        "--format",
        help="text: lines for a person; json: one JSON object per article on each line (JSON Lines: id, source, "
        "contests, verdicts, checks), an input that failed as its error record.",
    ),
]
ExitZeroOption = Annotated[
    bool,
    typer.Option("--exit-zero", help=f"Exit 0 even when a check's verdict is fail (otherwise exit {EXIT_ALARM})."),
]


@app.command()
def check(
    paths: PathsArgument,
    model: ModelOption = None,
    encoding: EncodingOption = None,
    text_field: TextFieldOption = "text",
    max_chars: MaxCharsOption = DEFAULT_MAX_CHARS,
    reference: ReferenceOption = DEFAULT_REFERENCE,
    no_reference: NoReferenceOption = False,
    only: OnlyOption = None,
    format: CheckFormatOption = "text",
    exit_zero: ExitZeroOption = False,
    quiet: QuietOption = False,
    verbose: VerboseOption = False,
    progress: ProgressOption = None,
) -> None:
    """Fact-check articles: each one's contests and verdicts on stdout, a table of the verdicts on stderr.

    Exit 0: no check is fail; 1: some inputs could not be processed (whatever the verdicts of the
    others); 2: usage error; 4: a check's verdict is fail (0 with --exit-zero), as a linter does, so a
    script or CI job can act on it.
    """
    _require_existing(paths)
    statuses = _statuses(only)
    if format not in CHECK_FORMATS:
        typer.echo(f"Error: --format must be one of {', '.join(CHECK_FORMATS)}, not {format!r}", err=True)
        raise typer.Exit(EXIT_USAGE)
    options = _read_options(encoding, text_field, max_chars)
    checked_against = _reference(reference, no_reference)
    inputs = list(iter_inputs(paths))
    display = _display("Checking", inputs, quiet, verbose, progress)
    with display:
        for record in extract_paths(display.track(inputs), model, options, reference=checked_against):
            display.done(record)
            if isinstance(record, ErrorRecord):
                shown = to_json(record, indent=None) if format == "json" else None
            else:
                shown = CHECK_FORMATS[format](record, statuses)
            if shown is not None:
                display.out(shown)
    tally = display.tally
    display.note(f"{tally.articles} articles checked, {tally.failed} failed")
    for line in tally.table():
        display.note(line)
    display.note(f"{tally.articles_with[ALARM]} of {tally.articles} articles have a {ALARM} verdict")
    if tally.failed:
        raise typer.Exit(EXIT_FAILED)
    raise typer.Exit(EXIT_ALARM if tally.verdicts[ALARM] and not exit_zero else EXIT_OK)


def _statuses(only: list[str] | None) -> frozenset[str] | None:
    """The verdicts ``--only`` names ("fail,check_extraction"; "check-extraction" too), or None for all."""
    if not only:
        return None
    named = {word.strip().lower().replace("-", "_") for value in only for word in value.split(",") if word.strip()}
    unknown = sorted(named - set(VERDICTS))
    if unknown or not named:
        typer.echo(f"Error: --only takes verdicts among {', '.join(VERDICTS)}, not {', '.join(unknown)!r}", err=True)
        raise typer.Exit(EXIT_USAGE)
    return frozenset(named)


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


def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"electext {__version__}")
        raise typer.Exit(EXIT_OK)


@app.callback()
def _options(
    show_version: Annotated[
        bool,
        typer.Option("--version", callback=_print_version, is_eager=True, help="Print the electext version and exit."),
    ] = False,
) -> None:
    """Election articles in, checked results out."""


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


def _evaluate_format(corpus: Path, gold: Path | None, chosen: str, floors: bool) -> str:
    """The gold format ``evaluate`` scores; an unknown one, or floors asked of realdev gold, is a usage error."""
    from electext.quality.realdev_score import CORPUS, FORMATS, resolve_format

    if chosen not in FORMATS:
        typer.echo(f"Error: --gold-format must be one of {', '.join(FORMATS)}, not {chosen!r}", err=True)
        raise typer.Exit(EXIT_USAGE)
    resolved = resolve_format(corpus, gold, chosen)
    if floors and resolved != CORPUS:
        typer.echo("Error: --update-floors stores the corpus gate's floors: it needs corpus-format gold", err=True)
        raise typer.Exit(EXIT_USAGE)
    return resolved


@app.command("evaluate")
def evaluate_command(
    corpus: Annotated[
        Path,
        typer.Argument(
            help="Corpus folder: articles (searched recursively) and their gold annotations, NAME.gold.json "
            "in CORPUS/gold or beside each article (the repository's is corpus/).",
            show_default=False,
        ),
    ],
    gold: Annotated[Path | None, typer.Option("--gold", help="Gold folder (default: CORPUS/gold).")] = None,
    json_path: Annotated[Path | None, typer.Option("--json", help="Also write the full report as JSON.")] = None,
    misses: Annotated[int, typer.Option("--misses", help="How many misses to list.")] = 40,
    mutations: Annotated[int, typer.Option("--mutations", help="Corrupted copies per article (fact-check power).")] = 0,
    update_floors: Annotated[
        bool, typer.Option("--update-floors", help="Store these scores as the CI gate's floors.")
    ] = False,
    allow_lower: Annotated[bool, typer.Option("--allow-lower", help="Let --update-floors lower a floor.")] = False,
    gold_format: Annotated[
        str,
        typer.Option(
            "--gold-format",
            help="corpus (corpus/gold), realdev (../shared/realdev, scored as its score.py scores it) or auto: "
            "read from the gold files (contests marked 'secondary' are realdev, 'mention_only' corpus).",
        ),
    ] = "auto",
    results: Annotated[
        Path | None,
        typer.Option(
            "--results",
            help="Score the results of this `electext extract -o` folder instead of extracting again (matched by "
            "the article's sha256; an article without one is extracted).",
        ),
    ] = None,
    model: ModelOption = None,
) -> None:
    """Score extraction against the gold annotations: P/R/F1 per field, check outcomes, misses."""
    from electext.outputs.write import atomic_write
    from electext.quality.evaluate import evaluate, format_table
    from electext.quality.floors import FloorError, gate_scores, update
    from electext.quality.mutations import format_power, power_test

    _require_existing([corpus, *([gold] if gold is not None else []), *([results] if results is not None else [])])
    gold_format = _evaluate_format(corpus, gold, gold_format, update_floors)  # the options first, then the data
    _require_gold(corpus, gold)
    evaluation = evaluate(corpus, gold, model, gold_format, results)
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


def _require_gold(corpus: Path, gold: Path | None) -> None:
    """Evaluating a folder without gold would score nothing and print a table of zeros: say so (exit 2)."""
    from electext.quality.gold import GOLD_SUFFIX, gold_pairs

    if not any(found is not None for _, found in gold_pairs(corpus, gold)):
        where = gold or f"{corpus}/gold or beside its articles"
        typer.echo(f"Error: no gold annotations (*{GOLD_SUFFIX}) for the articles of {corpus} in {where}", err=True)
        raise typer.Exit(EXIT_USAGE)
