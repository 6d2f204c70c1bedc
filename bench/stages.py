"""Where a single process spends its time per article: each spaCy component electext runs, the stages
after the model, and the naive baseline (the same model with every component) for comparison.

Run from the project root (electext installed):

    python bench/stages.py                 # the corpus, 150 articles
    python bench/stages.py --articles 300

It answers "how fast could one process be?": the model components electext cannot drop bound the
single-process speed-up over the baseline, whatever the stages after them cost. Timings depend on the
machine and what else it is doing; nothing here is a test.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Iterable

from electext.nlp.blas import one_blas_thread

# One BLAS thread, as in every process electext starts; it must be set before NumPy is imported, so
# before the imports below.
one_blas_thread()

import spacy  # noqa: E402
from electext.api import extract_guarded  # noqa: E402
from electext.core import rx  # noqa: E402
from electext.ingest.article import DEFAULT_MAX_TOKENS, article_from_text  # noqa: E402
from electext.nlp.annotate import load_pipeline  # noqa: E402
from electext.nlp.blas import building_on  # noqa: E402
from electext.nlp.model_choice import model_names  # noqa: E402
from electext.reference.refdb import DEFAULT_REFERENCE  # noqa: E402
from spacy.lang.en.stop_words import STOP_WORDS  # noqa: E402
from thinc.api import NumpyOps  # noqa: E402
from throughput import corpus_round_robin  # noqa: E402  (bench/ is this script's folder: the same workload)

# How far the small model's NER looks either side of a token: its window encoder, four layers of one.
NER_REACH = 4


def per_article_ms(seconds: float, articles: int) -> str:
    return f"{1000 * seconds / articles:8.1f}"


def baseline_seconds(workload: list[str], blis: bool) -> float:
    """The naive baseline over the workload: every component, ``nlp.pipe`` as bench/throughput.py runs
    it, on thinc's default backend (BLIS) or on the one electext builds its model on (NumPy's BLAS)."""
    with building_on(NumpyOps(use_blis=blis)):
        nlp = spacy.load(model_names()[0])
    list(nlp.pipe(workload[:5]))  # warm-up: first calls allocate
    started = time.perf_counter()
    drain(nlp.pipe(workload, batch_size=32))
    return time.perf_counter() - started


def drain(items: Iterable[object]) -> None:
    for _ in items:
        pass


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=150, help="workload size (default 150)")
    args = parser.parse_args()
    workload = [text for _, text in corpus_round_robin(args.articles)]

    baseline_s = baseline_seconds(workload, blis=True)
    same_backend_s = baseline_seconds(workload, blis=False)

    nlp = load_pipeline()
    rx.allow_deadlines()  # as in the command's process: one time bound per article (pipeline/electext/core/rx.py)
    for text in workload[:5]:
        extract_guarded(article_from_text(text), None, DEFAULT_REFERENCE, DEFAULT_MAX_TOKENS)
    components = {"tokenizer": 0.0, **{name: 0.0 for name in nlp.pipe_names}}
    for text in workload:
        started = time.perf_counter()
        doc = nlp.make_doc(text)
        components["tokenizer"] += time.perf_counter() - started
        for name, component in nlp.pipeline:
            started = time.perf_counter()
            doc = component(doc)
            components[name] += time.perf_counter() - started
    model_s = sum(components.values())

    # What a cheap prefilter could spare the NER: sentences with no figure and no capitalised word after
    # their first cannot hold a name or a result.
    # The finer cut: the NER reads a token's neighbours up to four tokens away (its window encoder's
    # depth), so a run of the NER only around capitalised words that are not stop words (where the names
    # are) must still cover every token within NER_REACH of one.
    tokens = spared = near_capital = 0
    for doc in nlp.pipe(workload):
        near: set[int] = set()
        for token in doc:
            if token.text[:1].isupper() and token.lower_ not in STOP_WORDS:
                near.update(range(token.i - NER_REACH, token.i + NER_REACH + 1))
        near_capital += sum(1 for token in doc if not token.is_space and token.i in near)
        for sentence in doc.sents:
            words = [token for token in sentence if not token.is_space]
            tokens += len(words)
            figure = any(char.isdigit() for token in words for char in token.text)
            capitalised = any(token.is_alpha and (token.is_title or token.is_upper) for token in words[1:])
            if not figure and not capitalised:
                spared += len(words)

    articles = [article_from_text(text, source=f"bench-{index}") for index, text in enumerate(workload)]
    started = time.perf_counter()
    for article in articles:
        extract_guarded(article, None, DEFAULT_REFERENCE, DEFAULT_MAX_TOKENS)
    whole_s = time.perf_counter() - started

    print(f"{args.articles} articles; ms per article")
    print(f"baseline: every component of {model_names()[0]}, nlp.pipe {per_article_ms(baseline_s, args.articles)}")
    print(f"baseline on electext's backend (NumPy's BLAS)            {per_article_ms(same_backend_s, args.articles)}")
    for name, seconds in components.items():
        print(f"  electext model: {name:<28}{per_article_ms(seconds, args.articles)}")
    print(f"electext model, all components         {per_article_ms(model_s, args.articles)}")
    print(f"electext stages after the model        {per_article_ms(whole_s - model_s, args.articles)}")
    print(f"electext, one article end to end       {per_article_ms(whole_s, args.articles)}")
    print(f"tokens in sentences with no figure and no capitalised word after the first: {spared / tokens:.1%}")
    print(f"tokens within {NER_REACH} of a capitalised word that is not a stop word: {near_capital / tokens:.1%}")
    print(
        f"ceiling on the single-process speed-up if the stages cost nothing: {baseline_s / model_s:.2f}x; "
        f"now {baseline_s / whole_s:.2f}x; over the baseline on the same backend {same_backend_s / whole_s:.2f}x"
    )


if __name__ == "__main__":
    main()
