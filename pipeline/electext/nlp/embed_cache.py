"""The NER's token vectors, with each word's embedding computed once per process instead of once per use.

The small model's NER reads token vectors from its own encoder: an embedding of four attributes of
each token (its norm, prefix, suffix and shape, hashed into four tables, then mixed by a maxout and a
layer norm), followed by four convolutional layers over the sentence. The embedding depends on nothing
but those four attributes, and an archive uses the same few thousand words over and over: in the
corpus, a token's four attributes had already been seen in an earlier article for 85% of tokens, and
within one article only half the tokens are new. The embedding was 1.9 of the NER's 9 ms an article.

So :class:`EmbedCache` keeps each attribute combination's embedding and computes only the ones not
seen before. A matrix library's product of many rows need not give a row the same last bits as a
product of that row alone (OpenBLAS blocks by the number of rows), and a cache filled by one article's
product would make another article's vectors depend on what came before. So every new embedding is
computed alone, row by row: a word's embedding is a function of the word, whatever the order of the
batch, the number of processes or the history of the process, and the outputs stay byte-identical
whatever ``--jobs``. The convolutional layers, which read each token's neighbours, run on every
token as thinc runs them, to the same bits (:meth:`EmbedCache._encode`).

The vectors differ from spaCy's own, batch-computed ones in their last bits; the entities found from
them are the same on the corpus and on 925,000 tokens of other English prose (see docs/performance.md). The
cache holds at most :data:`EMBEDDINGS_KEPT` words (about 10 MB) and starts afresh when full.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any, cast

import numpy as np
import numpy.typing as npt
from spacy.tokens import Doc

# Embeddings kept per encoder: each 96 floats and a key, about 600 bytes.
EMBEDDINGS_KEPT = 16_384
# The layers of spaCy's HashEmbedCNN embedding, by thinc's names, in order.
EMBED_LAYERS = ("extract_features", "list2ragged", "with_array", "with_array", "ragged2list")
FloatArray = npt.NDArray[np.float32]


@dataclass
class EmbedCache:
    """One encoder's layers, split where the embedding ends, and the embeddings computed so far."""

    features: Any  # doc -> the four attributes of each token
    tables: Any  # attributes -> the four hashed embeddings, concatenated
    maxout: Any
    norm: Any
    encoder: Any  # the convolutional layers, over a list of arrays
    linear: Any
    blocks: list[tuple[Any, Any, Any]] | None  # each convolutional layer's (window, maxout, norm)
    rows: dict[bytes, int] = field(default_factory=dict)  # by attribute_keys
    store: FloatArray | None = None  # row i: the embedding of the attributes rows maps to i
    # Threads of one program (a Dask worker with several) share a pipeline: one updates the cache at a time.
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def vectors(self, doc: Doc) -> FloatArray:
        """The token vectors of ``doc``: what the encoder's ``predict([doc])`` computes, with the
        embedding of each word looked up."""
        attributes = self.features.predict([doc])[0]
        with self.lock:
            embedded = self._embedded(attribute_keys(attributes), attributes.dtype)
        return self.linear.predict(self._encode(embedded))  # type: ignore[no-any-return]

    def _embedded(self, keys: list[bytes], dtype: npt.DTypeLike) -> FloatArray:
        """Each token's embedding, the new ones computed and kept."""
        new = [key for key in dict.fromkeys(keys) if key not in self.rows]
        if len(self.rows) + len(new) > EMBEDDINGS_KEPT:
            self.rows.clear()  # full: start afresh (a word's embedding does not depend on when it is made)
            new = list(dict.fromkeys(keys))
        if new:
            fresh = self._embed(np.frombuffer(b"".join(new), dtype=dtype).reshape(len(new), -1))
            first = len(self.rows)
            if self.store is None or len(self.store) < first + len(fresh):
                size = max(EMBEDDINGS_KEPT, first + len(fresh))
                grown = np.zeros((size, fresh.shape[1]), dtype=fresh.dtype)
                if self.store is not None:
                    grown[:first] = self.store[:first]
                self.store = grown
            self.store[first : first + len(fresh)] = fresh
            self.rows.update((key, first + offset) for offset, key in enumerate(new))
        assert self.store is not None
        return self.store[[self.rows[key] for key in keys]]

    def _embed(self, attributes: npt.NDArray[np.uint64]) -> FloatArray:
        """The embedding of each row alone (a matrix-vector product per row): the same bits for a
        word whatever else is computed with it."""
        tables = self.tables.predict(attributes)
        weights = self.maxout.get_param("W")
        weights = weights.reshape((-1, weights.shape[-1]))
        mixed = np.stack([weights @ row for row in tables])
        mixed += self.maxout.get_param("b").reshape(-1)
        return layer_norm(self.norm, _best_pieces(mixed, self.maxout.get_dim("nP")))

    def _encode(self, embedded: FloatArray) -> FloatArray:
        """The convolutional layers, as thinc runs them (the same padding, windows, products, layer
        norms and sums, in the same order), without a model call per layer and with each maxout's
        pieces compared by NumPy: thinc's own maxout took 1 ms an article here. The result is the
        same to the bit (``tests/test_embed_cache.py``)."""
        if self.blocks is None:
            return self.encoder.predict([embedded])[0]  # type: ignore[no-any-return]
        ops = self.encoder.layers[0].ops
        pad = self.encoder.attrs["pad"]
        flat = ops.flatten([embedded], pad=pad)
        for window, maxout, norm in self.blocks:
            columns = window.ops.seq2col(flat, window.attrs["window_size"])
            n_out, pieces, n_in = maxout.get_dim("nO"), maxout.get_dim("nP"), maxout.get_dim("nI")
            weights = maxout.ops.reshape2f(maxout.get_param("W"), n_out * pieces, n_in)
            mixed = maxout.ops.gemm(columns, weights, trans2=True)
            mixed += maxout.ops.reshape1f(maxout.get_param("b"), n_out * pieces)
            flat = flat + layer_norm(norm, _best_pieces(mixed, pieces))
        return ops.unflatten(flat, np.array([len(embedded)], dtype="i"), pad=pad)[0]  # type: ignore[no-any-return]


def attribute_keys(attributes: npt.NDArray[np.uint64]) -> list[bytes]:
    """Each token's row of attributes as one key, its bytes: one-to-one with the row's values, and made,
    hashed and compared several times faster than a tuple of its numbers (a tuple per token, looked up
    twice, was 2% of an article's time)."""
    rows = np.ascontiguousarray(attributes)
    return cast(list[bytes], rows.view(np.dtype((np.void, rows.shape[1] * rows.itemsize))).ravel().tolist())


def _best_pieces(mixed: FloatArray, pieces: int) -> FloatArray:
    """A maxout's output from its flat product (rows of units × pieces)."""
    return best_of_pieces(mixed.reshape((len(mixed), -1, pieces)))


def layer_norm(norm: Any, values: FloatArray) -> FloatArray:
    """thinc's ``LayerNorm`` forward, to the bit: NumPy's operations in the order ``mean``, ``var`` and
    thinc apply them, but with the mean and the centred values computed once (``var`` computes both
    again) and no model call. A fifth of the encoder's time went to the four layer norms."""
    count = np.intp(values.shape[1])  # what NumPy's mean and var divide by
    mean = np.add.reduce(values, axis=1, keepdims=True)
    np.true_divide(mean, count, out=mean, casting="unsafe")
    centred = values - mean
    variance = np.add.reduce(np.square(centred), axis=1, keepdims=True)
    np.true_divide(variance, count, out=variance, casting="unsafe")
    variance += 1e-08
    # float32 throughout: a Python float does not widen an array (the stubs say float64)
    normed = cast(FloatArray, centred * variance ** (-1.0 / 2.0))
    normed *= norm.get_param("G")
    normed += norm.get_param("b")
    return normed


def best_of_pieces(grouped: FloatArray) -> FloatArray:
    """The largest of each unit's pieces, for an array of (rows, units, pieces): exact whatever
    compares them, and piece by piece, because NumPy's reduction over a short last axis (and thinc's
    maxout) is several times slower."""
    best = grouped[..., 0].copy()
    for piece in range(1, grouped.shape[-1]):
        np.maximum(best, grouped[..., piece], out=best)
    return best


def embed_cache(tok2vec: Any) -> EmbedCache | None:
    """An :class:`EmbedCache` for the NER's own encoder when it is spaCy's ``HashEmbedCNN`` shape
    (four hashed attribute tables, a maxout and a layer norm, convolutional layers, a linear output),
    None for any other encoder (static vectors, a transformer, a listener), which then runs whole."""
    try:
        body, to_array, linear = tok2vec.layers
        embedding, encoder = body.layers
        parts = embedding.layers
        names = tuple(part.name.split("(")[0] for part in parts)
        mix = parts[3].layers[0]  # with_array(maxout>>layernorm>>dropout)
        (maxout, norm), dropout = mix.layers[0].layers, mix.layers[1]
    except (AttributeError, ValueError, IndexError):
        return None
    if names != EMBED_LAYERS or "hashembed" not in parts[2].name or "static" in parts[2].name:
        return None
    if (maxout.name, norm.name, dropout.name, to_array.name, linear.name) != (
        "maxout",
        "layernorm",
        "dropout",
        "list2array",
        "linear",
    ):
        return None
    return EmbedCache(
        blocks=_blocks(encoder),
        features=parts[0],
        tables=parts[2].layers[0],
        maxout=maxout,
        norm=norm,
        encoder=encoder,
        linear=linear,
    )


def _blocks(encoder: Any) -> list[tuple[Any, Any, Any]] | None:
    """The (window, maxout, layer norm) of each residual layer of spaCy's ``MaxoutWindowEncoder``,
    or None for layers of another shape (which then run through thinc as they are)."""
    try:
        residuals = encoder.layers[0].layers
        names = [[layer.name for layer in residual.walk()] for residual in residuals]
    except (AttributeError, IndexError):
        return None
    expected = [
        "residual(expand_window>>maxout>>layernorm>>dropout)",
        "expand_window>>maxout>>layernorm>>dropout",
        "expand_window",
        "maxout>>layernorm>>dropout",
        "maxout>>layernorm",
        "dropout",
        "maxout",
        "layernorm",
    ]
    if not residuals or any(found != expected for found in names) or "pad" not in encoder.attrs:
        return None
    blocks = []
    for residual in residuals:
        layers = {layer.name: layer for layer in residual.walk()}
        blocks.append((layers["expand_window"], layers["maxout"], layers["layernorm"]))
    return blocks
