"""The library entry points: text or files in, :class:`~pipeline.records.ArticleResult` out.

The CLI is a thin layer over these. Everything here is deterministic: the same text and version
give the same result, so outputs can be diffed and cached by content hash.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from pipeline import __version__
from pipeline.annotate import load_pipeline, model_label
from pipeline.assemble import assemble, evidence
from pipeline.checks import number_format, run_checks
from pipeline.errors import ElectextError
from pipeline.facts import Span, split_sentences
from pipeline.figures import find_figures
from pipeline.ingest import SIDECAR_SUFFIX, Article, article_from_text, read_article
from pipeline.link import link
from pipeline.mentions import find_mentions
from pipeline.records import ArticleInfo, ArticleResult, ErrorRecord, OfficialMatch, PipelineInfo, Warning
from pipeline.refcheck import check_against_reference
from pipeline.refdb import DEFAULT_REFERENCE, open_reference, reference_label
from pipeline.resources import load_resources

ARTICLE_SUFFIXES = (".txt",)


def extract_article(
    article: Article, model: str | None = None, reference: Path | None = DEFAULT_REFERENCE
) -> ArticleResult:
    """Run every stage on one ingested article; ``reference=None`` skips the official-results checks."""
    nlp = load_pipeline(model)
    resources = load_resources()
    body = article.text[article.body_start :]
    doc = nlp(body)
    offset = article.body_start
    sentences = split_sentences(article.text, offset, len(article.text), [s.start_char + offset for s in doc.sents])
    mentions = find_mentions(doc, article.text, offset, resources, year=article.year)
    figures = find_figures(article.text, offset)
    facts = link(article.text, sentences, mentions, figures, year=article.year)
    drafts = assemble(article, facts, mentions.people)
    checks = run_checks(drafts)
    if drafts:
        checks += number_format(
            article.text[article.body_start :], lambda s, e: evidence(article, [Span(s + offset, e + offset)])[0]
        )
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
    official: list[OfficialMatch] = []
    if reference is not None:
        official, official_checks = check_against_reference(
            [draft.contest for draft in drafts], open_reference(reference), article.published, resources
        )
        checks += official_checks
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
        ),
        contests=[draft.contest for draft in drafts],
        checks=checks,
        official=official,
        warnings=warnings,
        pipeline=PipelineInfo(version=__version__, model=model_label(nlp), reference=reference_label(reference)),
    )


def extract_text(
    text: str,
    source: str = "<text>",
    *,
    article_id: str | None = None,
    metadata: dict[str, str] | None = None,
    model: str | None = None,
    reference: Path | None = DEFAULT_REFERENCE,
) -> ArticleResult:
    """Extract every contest an article's text reports.

    >>> result = extract_text(open("corpus/articles/mid-beds-tamworth.txt").read())  # doctest: +SKIP
    >>> [c.constituency.value for c in result.contests]  # doctest: +SKIP
    ['Mid Bedfordshire', 'Tamworth', ...]
    """
    article = article_from_text(text, source=source, article_id=article_id, metadata=metadata)
    return extract_article(article, model, reference)


def iter_inputs(paths: Iterable[Path]) -> Iterator[Path]:
    """Files as given, folders walked recursively in sorted order (sidecars skipped)."""
    for path in paths:
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs.sort()
                for name in sorted(files):
                    candidate = Path(root) / name
                    if candidate.suffix.lower() in ARTICLE_SUFFIXES and not name.endswith(SIDECAR_SUFFIX):
                        yield candidate
        else:
            yield path


def extract_paths(
    paths: Iterable[Path], model: str | None = None, reference: Path | None = DEFAULT_REFERENCE
) -> Iterator[ArticleResult | ErrorRecord]:
    """Stream results for files and folders; a bad file yields an :class:`ErrorRecord`, not an exception."""
    for path in iter_inputs(paths):
        try:
            yield extract_article(read_article(path), model, reference)
        except ElectextError as error:
            yield ErrorRecord(source=str(path), stage=error.stage, error=type(error).__name__, message=str(error))
        except Exception as error:  # a bug must not cost the user the rest of the batch
            yield ErrorRecord(
                source=str(path),
                stage="extract",
                error=type(error).__name__,
                message=f"{path}: internal error ({type(error).__name__}: {error}); please report it with this file",
            )
