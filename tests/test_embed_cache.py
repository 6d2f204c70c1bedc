"""The NER's token vectors with cached word embeddings: what the encoder computes, and the same bits for
an article whatever came before it, which keeps outputs identical whatever ``--jobs``."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import numpy as np
import pytest
from electext.nlp import embed_cache as module
from electext.nlp.annotate import load_pipeline
from electext.nlp.embed_cache import EmbedCache, attribute_keys, embed_cache
from spacy.tokens import Doc
from thinc.api import Linear

pytestmark = pytest.mark.model

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "articles"


def fresh_cache() -> EmbedCache:
    cache = embed_cache(load_pipeline().get_pipe("ner").model.get_ref("tok2vec"))
    assert cache is not None  # the small model's encoder is the shape the cache knows
    return cache


def article(index: int) -> str:
    return sorted(CORPUS.glob("*.txt"))[index].read_text(encoding="utf-8")


def test_the_vectors_are_the_encoders_own_to_rounding() -> None:
    nlp = load_pipeline()
    doc = nlp.make_doc(article(0))
    expected = nlp.get_pipe("ner").model.get_ref("tok2vec").predict([doc])
    assert np.allclose(fresh_cache().vectors(doc), expected, rtol=0, atol=1e-5)


def _keys(doc: Doc) -> set[tuple[int, ...]]:
    """The attribute combinations of the tokens of ``doc``."""
    return {tuple(row) for row in fresh_cache().features.predict([doc])[0].tolist()}


def test_an_articles_vectors_do_not_depend_on_what_came_before() -> None:
    nlp = load_pipeline()
    first, second = nlp.make_doc(article(1)), nlp.make_doc(article(2))
    alone = fresh_cache().vectors(second)
    after = fresh_cache()
    after.vectors(first)
    assert _keys(first) & _keys(second)  # shared words: the second article reads embeddings the first made
    assert np.array_equal(after.vectors(second), alone)  # bit for bit
    assert len(after.rows) == len(_keys(first) | _keys(second))  # each word embedded once


def test_the_cache_is_bounded_and_starts_afresh_when_full(monkeypatch: pytest.MonkeyPatch) -> None:
    nlp = load_pipeline()
    docs = [nlp.make_doc(article(index)) for index in (3, 4, 5)]
    unbounded = fresh_cache()
    expected = [unbounded.vectors(doc) for doc in docs]
    monkeypatch.setattr(module, "EMBEDDINGS_KEPT", 300)
    small = fresh_cache()
    for doc, vectors in zip(docs, expected, strict=True):
        assert np.array_equal(small.vectors(doc), vectors)
        assert len(small.rows) <= max(300, len(_keys(doc)))


def test_a_key_is_one_to_one_with_its_rows_attributes() -> None:
    rows = np.array([[1, 2, 3, 4], [1, 2, 3, 4], [4, 3, 2, 1], [2**64 - 1, 0, 0, 1]], dtype=np.uint64)
    keys = attribute_keys(rows)
    assert keys[0] == keys[1] and len(set(keys)) == 3
    back = np.frombuffer(b"".join(keys), dtype=rows.dtype).reshape(len(keys), -1)
    assert np.array_equal(back, rows)
    assert attribute_keys(np.asfortranarray(rows)) == keys  # another memory layout, the same keys


def test_an_encoder_of_another_shape_runs_whole() -> None:
    assert embed_cache(Linear(4, 4)) is None


def test_the_convolutional_layers_run_by_hand_give_thincs_own_bits() -> None:
    cache = fresh_cache()
    assert cache.blocks is not None  # the small model's encoder is run by hand
    doc = load_pipeline().make_doc(article(6))
    cache.vectors(doc)
    keys = attribute_keys(cache.features.predict([doc])[0])
    assert cache.store is not None
    embedded = cache.store[[cache.rows[key] for key in keys]]
    assert np.array_equal(cache._encode(embedded), cache.encoder.predict([embedded])[0])


def test_threads_sharing_the_cache_get_each_articles_own_vectors(monkeypatch: pytest.MonkeyPatch) -> None:
    nlp = load_pipeline()
    docs = [nlp.make_doc(article(index)) for index in range(8, 14)]
    expected = [fresh_cache().vectors(doc) for doc in docs]
    monkeypatch.setattr(module, "EMBEDDINGS_KEPT", 400)  # starts afresh often, while others read
    embed = EmbedCache._embed

    def slow_embed(self: EmbedCache, attributes: np.ndarray) -> np.ndarray:  # type: ignore[type-arg]
        time.sleep(0.002)  # widens the window in which another thread could change the cache
        return embed(self, attributes)

    monkeypatch.setattr(EmbedCache, "_embed", slow_embed)
    shared = fresh_cache()
    wrong: list[int] = []

    def run(offset: int) -> None:
        for round_ in range(6):
            index = (offset + round_) % len(docs)
            if not np.array_equal(shared.vectors(docs[index]), expected[index]):
                wrong.append(index)

    threads = [threading.Thread(target=run, args=(offset,)) for offset in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not wrong


def test_the_layer_norm_run_by_hand_gives_thincs_own_bits() -> None:
    norm = fresh_cache().norm
    rng = np.random.default_rng(7)
    for rows in (1, 3, 417):
        values = (rng.standard_normal((rows, norm.get_dim("nO"))) * rng.uniform(0.01, 50)).astype("float32")
        normed = module.layer_norm(norm, values)
        assert normed.dtype == np.float32
        assert np.array_equal(normed, norm.predict(values))
