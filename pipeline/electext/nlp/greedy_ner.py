"""The model's NER, decoded with NumPy over the whole document at once: spaCy's entities, in a third of the time.

spaCy's transition-based NER reads a document one token at a time. At each token it scores every
action (``B-``, ``I-``, ``L-``, ``U-`` for each of 18 labels, and ``O``: 74 in ``en_core_web_sm``) and
takes the best valid one, checking each action's validity with a call per action per token. On this
project's machine that loop was 20 of the NER's 28 ms an article (``bench/stages.py``); the token
vectors it reads cost 8.

The loop does far more work than its state needs. A step reads three feature rows: the current
token's, and, only while an entity is open, its first token's and the previous token's (padding
otherwise); which actions are valid depends on that state and on the current and next tokens. So
wherever the loop arrives with no entity open, the action it takes is fixed by the token alone, and
this module computes that action for every token at once: one matrix product and one masked argmax
over the document. An entity opens only where that action is a ``B-``; each such entity is followed
forward on its own rows (its steps read where it began), all of them together, until its ``L-``.
Walking the document once then keeps the entities and ``U-`` units the loop would reach: those not
inside an earlier entity. An entity cannot run on into a new sentence or a preset entity, so these
walks are short: a handful of steps an article instead of hundreds.

Everything else is spaCy's own: the token vectors and the precomputed first layer are the component's
model, called as spaCy calls it; the arithmetic of a step follows spaCy's ``predict_states`` (feature
rows summed in the same order, then the bias, the maxout, the output layer, and classes added since
training set to the row's minimum); validity follows the rules of spaCy's ``ner.pyx``, with preset
entities from rule components forced as there; ties go to the first action, as in spaCy's
``arg_max_if_valid``; entities are written with spaCy's ``Doc.set_ents``. The one difference is the
library that multiplies the hidden layer by the output weights (NumPy's BLAS here, BLIS in spaCy's
loop), which may sum in another order, so a near-tie could in principle fall the other way. On the
corpus and on 925,000 tokens of other English prose every token's annotation is identical
(``tests/test_greedy_ner.py`` checks a sample; the measurement is in docs/performance.md).

A document this cannot decode exactly (an empty one, a token blocked from every entity, a preset
entity that does not start with a ``B``) goes to spaCy's own component, and a model that is not a
greedy transition-based NER of spaCy's v3 architecture on a NumPy backend (:func:`decodable`) keeps
spaCy's component alone (:func:`use_greedy_ner`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
from spacy.language import Language
from spacy.pipeline import EntityRecognizer
from spacy.tokens import Doc, Span

from electext.nlp.embed_cache import best_of_pieces, embed_cache

FACTORY = "electext_greedy_ner"
# spaCy's BILUO actions, by the first letter of their names (spacy/pipeline/_parser_internals/ner.pyx).
BEGIN, IN, LAST, UNIT, OUT = 0, 1, 2, 3, 4
ACTION_KINDS = {"B": BEGIN, "I": IN, "L": LAST, "U": UNIT, "O": OUT}
# Bits of a token's code in the validity table: the document's last token; the next token starts a
# sentence or a preset entity (either way nothing may run on into it); the token is whitespace.
LAST_TOKEN, NEXT_CLOSED, SPACE = 1, 2, 4
CODES = 8
# Token attributes the decoder reads, in this order.
ATTRS: list[int | str] = ["ENT_IOB", "ENT_TYPE", "SENT_START", "IS_SPACE", "ENT_KB_ID"]
# Raw ENT_IOB values.
IOB_MISSING, IOB_IN, IOB_OUT, IOB_BEGIN = 0, 1, 2, 3

IntArray = npt.NDArray[np.int64]


@dataclass(frozen=True)
class Actions:
    """The component's actions as arrays, and which are valid in each state for an ordinary token.

    ``labels`` are the entity labels (string hashes); an action's ``label`` indexes them (-1: none).
    ``valid[state, code]`` is a boolean row over actions, where state 0 is "no entity open" and
    ``k + 1`` "an entity of ``labels[k]`` is open"; ``code`` is the token's bits (``LAST_TOKEN`` ...).
    ``begin``, ``inside``, ``last`` and ``unit`` give each label's action of that kind."""

    kind: IntArray
    label: IntArray
    labels: tuple[int, ...]
    label_index: dict[int, int]  # label hash -> its index in labels
    valid: npt.NDArray[np.bool_]
    begin: IntArray
    inside: IntArray
    last: IntArray
    unit: IntArray


def read_actions(ner: EntityRecognizer) -> Actions:
    """The actions of ``ner`` as it stands (spaCy adds one per kind for each new preset label)."""
    names = [ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)]
    kinds = np.array([ACTION_KINDS[name.split("-", 1)[0]] for name in names], dtype=np.int64)
    label_names = [name.split("-", 1)[1] if "-" in name else "" for name in names]
    labels = sorted({name for name in label_names if name}, key=label_names.index)
    index = {name: k for k, name in enumerate(labels)}
    label = np.array([index.get(name, -1) for name in label_names], dtype=np.int64)
    by_kind = {kind: np.full(len(labels), -1, dtype=np.int64) for kind in (BEGIN, IN, LAST, UNIT)}
    for action, (kind, k) in enumerate(zip(kinds, label, strict=True)):
        if k >= 0 and kind in by_kind:
            by_kind[int(kind)][k] = action
    return Actions(
        kind=kinds,
        label=label,
        labels=tuple(ner.vocab.strings[name] for name in labels),
        label_index={ner.vocab.strings[name]: k for k, name in enumerate(labels)},
        valid=_validity(kinds, label, len(labels)),
        begin=by_kind[BEGIN],
        inside=by_kind[IN],
        last=by_kind[LAST],
        unit=by_kind[UNIT],
    )


def _validity(kinds: IntArray, label: IntArray, n_labels: int) -> npt.NDArray[np.bool_]:
    """spaCy's ``is_valid`` rules for a token with no preset entity at it or after it: an entity may
    not begin on the last token, before a sentence start, or on whitespace; it may not run on into
    the next token if that starts a sentence; ``O`` and ``U-`` are only valid with no entity open."""
    valid = np.zeros((n_labels + 1, CODES, len(kinds)), dtype=bool)
    labelled = label >= 0
    for code in range(CODES):
        closed_next = bool(code & (LAST_TOKEN | NEXT_CLOSED))
        space = bool(code & SPACE)
        valid[0, code] = (kinds == OUT) | (labelled & (kinds == UNIT) & (not space))
        valid[0, code] |= labelled & (kinds == BEGIN) & (not closed_next) & (not space)
        for k in range(n_labels):
            valid[k + 1, code] = (label == k) & ((kinds == LAST) | ((kinds == IN) & (not closed_next)))
    return valid


def decodable(ner: Any) -> bool:
    """Whether ``ner`` is a component this module decodes exactly: spaCy's ``EntityRecognizer``,
    greedy (beam width 1), with the v3 transition model (token vectors, a precomputed maxout layer
    over 3 features, an output layer), on a NumPy backend."""
    from thinc.api import NumpyOps

    if type(ner) is not EntityRecognizer or ner.cfg.get("beam_width", 1) != 1:
        return False
    model = ner.model
    if model.name != "parser_model" or not model.attrs.get("has_upper") or len(model.layers) != 3:
        return False
    lower, upper = model.get_ref("lower"), model.get_ref("upper")
    if lower.name != "precomputable_affine" or lower.maybe_get_dim("nF") != 3 or upper.name != "linear":
        return False
    if not all(isinstance(layer.ops, NumpyOps) for layer in model.walk()):
        return False
    try:
        names = [ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)]
    except Exception:  # an action the NER's own names cannot describe
        return False
    return all(name.split("-", 1)[0] in ACTION_KINDS for name in names)


class GreedyNer:
    """A pipeline component that runs ``ner``'s model with the lockstep decoder, and ``ner`` itself on
    a document the decoder cannot take."""

    def __init__(self, nlp: Language, name: str, source: str) -> None:
        self.name = name
        ner: Any = nlp.get_pipe(source)
        self.ner: EntityRecognizer = ner
        self._actions: Actions | None = None
        self._output: OutputLayer | None = None
        self.embeddings = embed_cache(ner.model.get_ref("tok2vec"))
        self._built_for: tuple[int, int] = (-1, -1)

    def __call__(self, doc: Doc) -> Doc:
        if not decode(self, doc):
            self.ner(doc)
        return doc

    def actions(self) -> Actions:
        """The actions, read again after spaCy has added some or resized the output layer."""
        self._refresh()
        assert self._actions is not None
        return self._actions

    def output(self) -> OutputLayer:
        """The model's output layer as a step reads it, read with the actions."""
        self._refresh()
        assert self._output is not None
        return self._output

    def _refresh(self) -> None:
        key = (self.ner.moves.n_moves, id(self.ner.model.get_ref("upper")))
        if self._actions is None or key != self._built_for:
            self._actions = read_actions(self.ner)
            self._output = read_output(self.ner)
            self._built_for = key


@Language.factory(FACTORY, default_config={"source": "ner"})
def make_greedy_ner(nlp: Language, name: str, source: str) -> GreedyNer:
    return GreedyNer(nlp, name, source)


def use_greedy_ner(nlp: Language, source: str = "ner") -> bool:
    """Run component ``source`` through the lockstep decoder: a :class:`GreedyNer` takes its place in
    the pipeline and ``source`` stays, disabled, as its model and fallback. Returns False, changing
    nothing, when ``source`` is not a component the decoder reproduces (:func:`decodable`)."""
    if source not in nlp.pipe_names or not decodable(nlp.get_pipe(source)):
        return False
    nlp.add_pipe(FACTORY, name=f"electext_{source}", after=source, config={"source": source})
    nlp.disable_pipe(source)
    return True


def decode(component: GreedyNer, doc: Doc) -> bool:
    """Set ``doc``'s entities as ``component.ner`` would; False, with ``doc`` untouched, for a
    document this cannot decode exactly."""
    n_tokens = len(doc)
    if n_tokens == 0:
        return False
    ner = component.ner
    attrs = doc.to_array(ATTRS)  # unsigned: labels and KB ids are 64-bit string hashes
    ent_type, sent_start, space, kb_id = attrs[:, 1], attrs[:, 2], attrs[:, 3], attrs[:, 4]
    iob = attrs[:, 0].astype(np.int64)
    actions = component.actions()
    if not set(np.unique(ent_type[ent_type != 0]).tolist()) <= actions.label_index.keys():
        # As spaCy does first: a preset entity's label gets actions of its own (and the output layer
        # outputs for them). Read from the document's tokens, so called only when there is one to add.
        ner._ensure_labels_are_added([doc])
        actions = component.actions()
    next_iob = np.append(iob[1:], IOB_MISSING)
    preset_begin, preset_in = iob == IOB_BEGIN, iob == IOB_IN
    blocked = preset_begin & (ent_type == 0)
    orphan_in = preset_in & ~np.insert(preset_in | preset_begin, 0, False)[:-1]
    if blocked.any() or orphan_in.any():
        return False  # a token blocked from every entity, or a preset entity that does not begin with B
    preset_label = np.full(n_tokens, -1, dtype=np.int64)
    for token in np.flatnonzero(ent_type).tolist():
        preset_label[token] = actions.label_index.get(int(ent_type[token]), -1)
    if (preset_label[preset_begin | preset_in] < 0).any():
        return False  # a preset label spaCy gave no actions
    forced = np.full(n_tokens, -1, dtype=np.int64)
    continues = next_iob == IOB_IN
    forced[preset_begin] = np.where(continues, actions.begin[preset_label], actions.unit[preset_label])[preset_begin]
    forced[preset_in] = np.where(continues, actions.inside[preset_label], actions.last[preset_label])[preset_in]
    next_closed = np.append((sent_start[1:] == 1) | (iob[1:] == IOB_BEGIN), False)
    code = (
        np.where(np.arange(n_tokens) == n_tokens - 1, LAST_TOKEN, 0)
        + np.where(next_closed, NEXT_CLOSED, 0)
        + np.where(space != 0, SPACE, 0)
    )
    embeddings = component.embeddings
    tokvecs = embeddings.vectors(doc) if embeddings is not None else ner.model.get_ref("tok2vec").predict([doc])
    step = StepModel(ner.model.get_ref("lower").predict(tokvecs), component.output())
    entities = _decode(step, n_tokens, actions, code, forced, preset_begin, preset_in, preset_label)
    if entities is None:
        return False
    doc.set_ents(
        [Span(doc, s, e, label=actions.labels[k], kb_id=int(kb_id[s])) for s, e, k in entities],
        default="outside",
    )
    return True


@dataclass(frozen=True)
class OutputLayer:
    """What a decoding step reads of the model besides the document's features: read once per model
    (again only when spaCy resizes it for a new label), not once per article."""

    feature_bias: npt.NDArray[np.float32]
    weights: npt.NDArray[np.float32]  # output layer, transposed: (hidden, actions)
    bias: npt.NDArray[np.float32]
    unseen: IntArray  # actions added after training: spaCy scores them at the row's minimum


def read_output(ner: EntityRecognizer) -> OutputLayer:
    model = ner.model
    upper = model.get_ref("upper")
    return OutputLayer(
        feature_bias=model.get_ref("lower").get_param("b"),
        weights=np.ascontiguousarray(upper.get_param("W").T),
        bias=upper.get_param("b"),
        unseen=np.array(sorted(model.attrs["unseen_classes"]), dtype=np.int64),
    )


class StepModel:
    """One document's precomputed first layer, and the scores of a step from it."""

    def __init__(self, cached: npt.NDArray[np.float32], output: OutputLayer) -> None:
        # (tokens + 1, features, hidden, pieces); row 0 is the padding
        self.features = tuple(cached[:, feature] for feature in range(cached.shape[1]))
        self.output = output

    def scores(self, hidden: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
        """Scores from the summed feature rows, as spaCy's ``predict_states``: bias, maxout, output."""
        output = self.output
        hidden += output.feature_bias
        scores: npt.NDArray[np.float32] = best_of_pieces(hidden) @ output.weights
        scores += output.bias
        if len(output.unseen):
            scores[:, output.unseen] = scores.min(axis=1, keepdims=True)
        return scores


def _decode(
    step: StepModel,
    n_tokens: int,
    actions: Actions,
    code: IntArray,
    forced: IntArray,
    preset_begin: npt.NDArray[np.bool_],
    preset_in: npt.NDArray[np.bool_],
    preset_label: IntArray,
) -> list[tuple[int, int, int]] | None:
    """The entities spaCy's greedy loop would find, as (start, end, label index); None where the path
    contradicts a preset entity.

    With no entity open a step's features are the token and two padding rows, so the action taken at
    every token *if it is reached with no entity open* is computed for the whole document at once. An
    entity opens only where that action is a ``B-``; from each such token the entity is followed
    forward (its steps read where it began), all of them in lockstep, until its ``L-``. Walking the
    document then keeps the entities and ``U-`` units that are reached: those not inside an earlier
    entity."""
    f0, f1, f2 = step.features
    closed = f0[1:] + f1[0]
    closed += f2[0]
    closed_valid = actions.valid[0][code]
    choice = np.where(closed_valid, step.scores(closed), -np.inf).argmax(axis=1)
    choice = np.where(forced >= 0, forced, choice)
    kind = actions.kind[choice]
    begins = np.flatnonzero(kind == BEGIN)
    label = actions.label[choice]
    ends = np.zeros(len(begins), dtype=np.int64)
    at = begins + 1
    going = np.arange(len(begins))
    while len(going):
        where, start, open_label = at[going], begins[going], label[begins[going]]
        hidden = f0[where + 1] + f1[start + 1]
        hidden += f2[where]
        chosen = np.where(actions.valid[open_label + 1, code[where]], step.scores(hidden), -np.inf).argmax(axis=1)
        pinned = forced[where]
        if (preset_begin[where] | (preset_in[where] & (preset_label[where] != open_label))).any():
            return None  # an entity open at a preset entity's start, or in one of another label
        chosen = np.where(pinned >= 0, pinned, chosen)
        done = actions.kind[chosen] == LAST
        ends[going[done]] = where[done] + 1
        at[going] += 1
        going = going[~done]
    entities: list[tuple[int, int, int]] = []
    reached = 0
    begin_end = dict(zip(begins.tolist(), ends.tolist(), strict=True))
    for token in np.flatnonzero((kind == BEGIN) | (kind == UNIT)).tolist():
        if token < reached:
            continue
        end = begin_end.get(token, token + 1)
        entities.append((token, end, int(label[token])))
        reached = end
    covered = np.zeros(n_tokens, dtype=bool)
    for first, end, _ in entities:
        covered[first + 1 : end] = True
    if (preset_in & ~covered).any() or (preset_begin & covered).any():
        return None  # a preset entity's inside reached with none open, or its start inside another
    return entities
