"""The library entry points: text or files in, :class:`~electext.core.records.ArticleResult` out.

The CLI is a thin layer over these. Everything here is deterministic: the same text and version
give the same result, so outputs can be diffed and cached by content hash.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from electext.checks.ballots import with_ballots, with_official_dates
from electext.checks.consistency import number_format, run_checks
from electext.checks.date_checks import date_checks
from electext.checks.refcheck import arbitrate_with_record, check_against_reference
from electext.checks.verdicts import finalize
from electext.core import rx
from electext.core.errors import ElectextError, TimeLimitError, TooLargeError
from electext.core.records import (
    ArticleInfo,
    ArticleResult,
    Check,
    ErrorRecord,
    OfficialMatch,
    PipelineInfo,
    Warning,
)
from electext.core.version import __version__
from electext.extract.assemble import Draft, assemble, evidence
from electext.extract.assemble.written import written_names
from electext.extract.facts import Fact, Span, split_sentences
from electext.extract.figures import find_figures
from electext.extract.linking.link import link
from electext.extract.mentions import Mentions, find_mentions
from electext.ingest.article import (
    CHARS_PER_TOKEN,
    DEFAULT_MAX_CHARS,
    DEFAULT_MAX_TOKENS,
    SIDECAR_SUFFIX,
    Article,
    article_from_text,
    token_limit,
)
from electext.ingest.sources import (
    DEFAULT_OPTIONS,
    HTML_SUFFIXES,
    STDIN,
    TEXT_SUFFIXES,
    ReadOptions,
    SourceFailure,
    read_source,
)
from electext.lexicon import patterns
from electext.lexicon.active import Lexicon, using
from electext.lexicon.resources import Resources, load_resources
from electext.nlp.annotate import load_pipeline, model_label, pipeline_for_article, sentence_starts
from electext.nlp.blas import blas_limited_to_one_thread
from electext.nlp.model_choice import predicted_label
from electext.reference.refdb import DEFAULT_REFERENCE, open_reference, reference_label

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# The CPU-time bound of one article under a deadline (see article_deadline).
DEADLINE_BASE_SECONDS = 30.0
DEADLINE_SECONDS_PER_CHAR = 0.001
# What a folder is searched for. JSON and JSONL files are read when named as inputs: folders hold too
# many other JSON files (metadata sidecars, gold annotations, our own outputs) to guess.
ARTICLE_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES
# Given an article about to be extracted and the pipeline that would extract it (version, model,
# reference database), a result already on disk from the same content and pipeline, or None.
Reuse = Callable[[Article, PipelineInfo], ArticleResult | None]


def extract_article(
    article: Article,
    model: str | None = None,
    reference: Path | None = DEFAULT_REFERENCE,
    max_tokens: int | None = DEFAULT_MAX_TOKENS,
    lexicon: Lexicon | None = None,
) -> ArticleResult:
    """Run every stage on one ingested article; refuse one of more than ``max_tokens`` tokens.

    ``reference`` is the official-results database to check the figures against (``None``: no
    official-results checks); ``lexicon`` the language and country knowledge (``None``: the one in use)."""
    with using(lexicon):
        return _extract_article(article, model, reference, max_tokens)


def _extract_article(
    article: Article, model: str | None, reference: Path | None, max_tokens: int | None
) -> ArticleResult:
    nlp, doc = _tagged(article, model, max_tokens)
    resources = load_resources()
    facts, mentions = _linked(article, doc, resources)
    drafts = with_ballots(assemble(article, facts, mentions.people), article)
    official, checks = _checks(article, drafts, reference, resources)
    contests, checks, official = written_names(
        with_official_dates([draft.contest for draft in drafts], official), checks, official
    )
    return ArticleResult(
        article=ArticleInfo(
            id=article.id,
            source=article.source,
            sha256=article.sha256,
            title=article.title,
            byline=article.byline,
            role=article.role,
            published=article.published,
            chars=len(article.original),
            url=article.url,
            encoding=article.encoding,
            text=article.original if article.format != "text" else None,
        ),
        contests=contests,
        checks=checks,
        official=official,
        warnings=_warnings(article, drafts),
        pipeline=PipelineInfo(version=__version__, model=model_label(nlp), reference=reference_label(reference)),
    )


def read_facts(article: Article, model: str | None = None) -> list[Fact]:
    """Every fact the linker reads in one article, in reading order, each with the rule that read it
    (``electext explain``): what assembly builds the contests from. Offsets are into ``article.text``."""
    _, doc = _tagged(article, model, DEFAULT_MAX_TOKENS)
    facts, _ = _linked(article, doc, load_resources())
    return facts


def _tagged(article: Article, model: str | None, max_tokens: int | None) -> tuple[Language, Doc]:
    """Stage 2: the article's body tagged by the process's pipeline; one of more than ``max_tokens``
    tokens is refused before the model runs."""
    nlp = pipeline_for_article(model)
    body = article.text[article.body_start :]
    # Our own --max-chars has already bounded the text; spaCy's guard must not refuse what it allowed.
    nlp.max_length = max(nlp.max_length, len(body) + 1)
    doc = nlp.make_doc(body)  # tokenizing is cheap; tagging, parsing and NER cost memory per token
    if max_tokens is not None and len(doc) > max_tokens:
        raise TooLargeError(
            f"{article.source}: {len(doc):,} tokens is over the limit of {max_tokens:,} (one per "
            f"{CHARS_PER_TOKEN} characters of --max-chars); prose has about one per 5 characters"
        )
    with blas_limited_to_one_thread():  # as on BLIS, whatever the process's own setting (nlp/blas.py)
        return nlp, nlp(doc)


def _linked(article: Article, doc: Doc, resources: Resources) -> tuple[list[Fact], Mentions]:
    """Stages 3-4 on a tagged article: sentences, mentions and figures, linked into facts."""
    offset = article.body_start
    sentences = split_sentences(
        article.text, offset, len(article.text), [start + offset for start in sentence_starts(doc)]
    )
    mentions = find_mentions(doc, article.text, offset, resources, year=article.year)
    figures = find_figures(article.text, offset)
    return link(article.text, sentences, mentions, figures, year=article.year), mentions


def _checks(
    article: Article, drafts: list[Draft], reference: Path | None, resources: Resources
) -> tuple[list[OfficialMatch], list[Check]]:
    """Stage 6: the article against itself, then against the official record (``None``: no record),
    then its dates; the verdicts finalised over all of them."""
    offset = article.body_start
    checks = run_checks(drafts)
    if drafts:
        checks += number_format(
            article.text[article.body_start :], lambda s, e: evidence(article, [Span(s + offset, e + offset)])[0]
        )
    official: list[OfficialMatch] = []
    if reference is not None:
        record = open_reference(reference)
        official, official_checks = check_against_reference(
            [draft.contest for draft in drafts], record, article.published, resources, article.original
        )
        checks = arbitrate_with_record(checks, official, record) + official_checks
    if drafts:
        checks += date_checks(
            article.text,
            article.body_start,
            lambda s, e: evidence(article, [Span(s, e)])[0],
            official,
            article.year,
        )
    return official, finalize(checks, article.original, [draft.contest for draft in drafts], official, article.year)


def _warnings(article: Article, drafts: list[Draft]) -> list[Warning]:
    """What a reader should know about the extraction itself: a seat name resolved, no result found,
    text skipped as too long to be words."""
    warnings = [
        Warning(
            code="seat_name_resolved",
            message=draft.contest.constituency.derived,
            evidence=draft.contest.constituency.evidence[:1],
        )
        for draft in drafts
        if draft.contest.constituency.derived
    ]
    if not drafts:
        warnings.append(Warning(code="no_result", message="the article reports no election result"))
    warnings += [
        Warning(
            code="long_run_skipped",
            message=f"characters {article.original_span(start, end)[0]:,}-{article.original_span(start, end)[1]:,} "
            f"({end - start:,} characters without a space) were skipped: too long to be words",
        )
        for start, end in article.blanked
    ]
    return warnings


def extract_text(
    text: str,
    source: str = "<text>",
    *,
    article_id: str | None = None,
    metadata: dict[str, str] | None = None,
    model: str | None = None,
    max_chars: int | None = DEFAULT_MAX_CHARS,
    reference: Path | None = DEFAULT_REFERENCE,
    lexicon: Lexicon | None = None,
) -> ArticleResult:
    """Extract every contest an article's text reports.

    ``lexicon`` is what the stages know of the language and country (``Lexicon.load(folder)``;
    ``None``: the process's, ``ELECTEXT_LEXICON`` or ``en_gb``).

    >>> result = extract_text(open("corpus/articles/mid-beds-tamworth.txt").read())  # doctest: +SKIP
    >>> [c.constituency.value for c in result.contests]  # doctest: +SKIP
    ['Mid Bedfordshire', 'Tamworth', ...]
    """
    with using(lexicon):
        article = article_from_text(text, source=source, article_id=article_id, metadata=metadata, max_chars=max_chars)
        return extract_article(article, model, reference, token_limit(max_chars))


def iter_inputs(paths: Iterable[Path]) -> Iterator[Path]:
    """Files as given, folders walked recursively in sorted order (sidecars skipped).

    Symbolic links to folders are not followed (a link loop cannot trap the walk); links to files
    are read like files, and a broken or looping one becomes an error record.
    """
    for path in paths:
        if path != STDIN and path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs.sort()
                for name in sorted(files):
                    candidate = Path(root) / name
                    if candidate.suffix.lower() in ARTICLE_SUFFIXES and not name.endswith(SIDECAR_SUFFIX):
                        yield candidate
        else:
            yield path


def planned(
    paths: Iterable[Path],
    model: str | None = None,
    options: ReadOptions = DEFAULT_OPTIONS,
    reuse: Reuse | None = None,
    reference: Path | None = DEFAULT_REFERENCE,
) -> Iterator[ArticleResult | ErrorRecord | Article]:
    """The inputs in order, read: a record already known (an input that could not be read, a result
    ``--resume`` reuses) or an article still to extract. The one reading loop of every engine."""
    pipeline: PipelineInfo | None = None
    for path in iter_inputs(paths):
        for article in read_source(path, options):
            if isinstance(article, SourceFailure):
                yield error_record(article.source, article.error)
                continue
            if reuse is None:
                yield article
                continue
            if pipeline is None:  # what a reusable result must have been made with; once per batch
                label = predicted_label(model) or model_label(load_pipeline(model))
                pipeline = PipelineInfo(version=__version__, model=label, reference=reference_label(reference))
            yield reuse(article, pipeline) or article


def extract_guarded(
    article: Article, model: str | None, reference: Path | None, max_tokens: int | None
) -> ArticleResult | ErrorRecord:
    """:func:`extract_article`, with any failure turned into the article's error record, and its CPU
    time bounded by :func:`article_deadline` where the process allows it (:func:`electext.core.rx.deadline`)."""
    run = partial(extract_article, article, model, reference, max_tokens)
    return guarded(article.source, run, deadline=article_deadline(article))


def article_deadline(article: Article) -> float:
    """CPU seconds one article may take: generous, and growing with its length as the stages' time does
    (here a 6,000-character article takes 0.07 s and one of 200,000 characters, the default
    ``--max-chars``, about 4 s; the bounds are 36 s and 230 s), so only a machine many times slower or
    a stage that has lost its linear time runs into it."""
    return DEADLINE_BASE_SECONDS + len(article.text) * DEADLINE_SECONDS_PER_CHAR


def extract_paths(
    paths: Iterable[Path],
    model: str | None = None,
    options: ReadOptions = DEFAULT_OPTIONS,
    reuse: Reuse | None = None,
    reference: Path | None = DEFAULT_REFERENCE,
    lexicon: Lexicon | None = None,
) -> Iterator[ArticleResult | ErrorRecord]:
    """Stream results for files and folders; a bad file yields an :class:`ErrorRecord`, not an exception.

    A JSON or JSONL file yields one record per article it holds. ``reuse`` (``--resume``) may return
    an existing result for an article's content, which is then yielded instead of extracting again.
    ``lexicon`` is in use while each article is read and extracted, not while the caller holds a result.
    """
    items = planned(paths, model, options, reuse, reference)
    while True:
        with using(lexicon):
            item = next(items, None)
            if item is None:
                return
            result = (
                item if not isinstance(item, Article) else extract_guarded(item, model, reference, options.max_tokens)
            )
        yield result


def guarded(
    source: str, run: Callable[[], ArticleResult], stage: str = "extract", deadline: float | None = None
) -> ArticleResult | ErrorRecord:
    """``run()``, or the error record that says why it failed: one article never stops a batch. With
    ``deadline``, ``run()`` gets that many CPU seconds in all (:func:`electext.core.rx.deadline`)."""
    try:
        if deadline is None:
            return run()
        with rx.deadline(deadline):
            return run()
    except TimeoutError as exceeded:  # the article's deadline, or a match's or a scan's bound
        return error_record(source, TimeLimitError(f"{source}: {time_limit_message(exceeded)}"))
    except ElectextError as error:
        return error_record(source, error)
    except Exception as error:  # a bug must not cost the user the rest of the batch
        return ErrorRecord(
            source=source,
            stage=stage,
            error=type(error).__name__,
            message=f"{source}: internal error ({type(error).__name__}: {error}); please report it with this file",
        )


def time_limit_message(exceeded: TimeoutError) -> str:
    """What ran past its time, as :mod:`electext.core.rx` found it: the stage running when the article's
    alarm went off; the pattern whose matching took a bound's time; or the stage whose own loop over a
    fast pattern's matches did (``regex`` counts that against the pattern's bound)."""
    not_prose = "; the text is probably not prose (please report it with this file)"
    if isinstance(exceeded, rx.DeadlineExceeded):
        where = f", stopped in {exceeded.stage}" if exceeded.stage else ""
        return f"extraction ran past its {exceeded.seconds:g} s of CPU time{where}{not_prose}"
    if isinstance(exceeded, rx.BoundExceeded) and exceeded.in_pattern:
        pattern = exceeded.pattern if len(exceeded.pattern) <= 60 else exceeded.pattern[:60] + "…"
        return (
            f"a pattern match ran past its {exceeded.seconds:g} s bound (pattern {pattern!r}, "
            f"in {exceeded.stage}){not_prose}"
        )
    if isinstance(exceeded, rx.BoundExceeded):
        return (
            f"{exceeded.stage} ran past the {exceeded.seconds:g} s bound of a scan of the text in its own "
            f"work on the matches ({exceeded.matching:.2f} s of {exceeded.elapsed:.2f} s was the pattern's)"
            f"{not_prose}"
        )
    return f"a pattern match ran past its {patterns.REGEX_TIMEOUT:g} s bound{not_prose}"  # regex used directly


def error_record(source: str, error: ElectextError) -> ErrorRecord:
    return ErrorRecord(source=source, stage=error.stage, error=type(error).__name__, message=str(error))
