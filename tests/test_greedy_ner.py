"""The lockstep NER decoder gives every token the entity annotation spaCy's own NER gives it, and hands
spaCy the documents and models it cannot reproduce exactly."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from electext.nlp.annotate import load_pipeline
from electext.nlp.greedy_ner import decodable, decode, use_greedy_ner
from electext.nlp.model_choice import model_names
from spacy.language import Language
from spacy.tokens import Doc

pytestmark = pytest.mark.model

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "articles"
# Shapes the decoder must get right: preset party entities (from the ruler) at a sentence's start and
# end and next to the model's own entities, runs of whitespace, a result table's short lines, a
# document that ends inside an entity, one token, only whitespace.
TEXTS = [
    "Labour's Alistair Strathern won Mid Bedfordshire. The Conservatives came second, Lib Dems third.",
    "The seat went to Reform UK. Plaid Cymru held Ynys Môn on 3 July 2024 with 10,590 votes (32.5%).",
    "RESULT\n\n\nLabour  12,680\nConservative 11,488\n\nLiberal Democrats 1,032\n  Green Party 675\n",
    'Sir Keir Starmer said: "We won in Tamworth." The count at the Bedford Corn Exchange ended at 3am.',
    "The by-election was called after Nadine Dorries stood down; the result was declared by Bedford Borough Council",
    "Labour",
    "  \n ",
]

Annotations = list[tuple[int, int, int, int]]


def annotations(doc: Doc) -> Annotations:
    return [(token.ent_iob, token.ent_type, token.ent_kb_id, token.ent_id) for token in doc]


def before_ner(nlp: Language, text: str) -> Doc:
    """The document as the NER receives it: tokenised, split into sentences, parties preset."""
    doc = nlp.make_doc(text)
    for name, component in nlp.pipeline:
        if name == "electext_ner":
            return doc
        doc = component(doc)
    raise AssertionError("the pipeline has no electext_ner")


def decoded_and_spacys(nlp: Language, doc: Doc) -> tuple[Annotations, Annotations]:
    ours, theirs = doc.copy(), doc.copy()
    assert decode(nlp.get_pipe("electext_ner"), ours), "the decoder handed this document to spaCy"
    nlp.get_pipe("ner")(theirs)
    return annotations(ours), annotations(theirs)


def test_the_pipeline_runs_the_models_ner_through_the_decoder() -> None:
    nlp = load_pipeline()
    assert "electext_ner" in nlp.pipe_names
    assert "ner" in nlp.disabled  # kept, as the decoder's model and fallback
    assert nlp.pipe_names.index("electext_parties") < nlp.pipe_names.index("electext_ner")


@pytest.mark.parametrize("text", TEXTS)
def test_each_token_gets_spacys_entity_annotation(text: str) -> None:
    nlp = load_pipeline()
    ours, theirs = decoded_and_spacys(nlp, before_ner(nlp, text))
    assert ours == theirs
    assert any(iob == 3 for iob, *_ in ours) == bool(text.strip())  # not two empty answers agreeing


def test_corpus_articles_get_spacys_entities() -> None:
    nlp = load_pipeline()
    for path in sorted(CORPUS.glob("*.txt"))[::16]:  # eight articles of different outlets and styles
        ours, theirs = decoded_and_spacys(nlp, before_ner(nlp, path.read_text(encoding="utf-8")))
        assert ours == theirs, path.name


def test_an_empty_document_and_a_blocked_token_go_to_spacy() -> None:
    nlp = load_pipeline()
    component = nlp.get_pipe("electext_ner")
    assert not decode(component, nlp.make_doc(""))
    doc = before_ner(nlp, "Tamworth voted Labour for the first time since 1997.")
    doc.set_ents([], blocked=[doc[0:1]], default="unmodified")  # no entity may cover "Tamworth"
    ours, theirs = doc.copy(), doc.copy()
    assert not decode(component, ours)
    assert annotations(component(ours)) == annotations(nlp.get_pipe("ner")(theirs))
    assert ours[0].ent_iob_ == "B" and not ours[0].ent_type_  # spaCy's own result: blocked kept


def test_a_preset_label_new_to_the_model_gets_actions_as_in_spacy() -> None:
    nlp = spacy.load(model_names()[0], exclude=["tagger", "parser", "attribute_ruler", "lemmatizer", "senter"])
    nlp.add_pipe("sentencizer", first=True)
    ruler = nlp.add_pipe("entity_ruler", before="ner")
    # a label whose hash has the top bit set: read as a signed number it would be no label at all
    label = next(f"ELECTEXT_TEST_{n}" for n in range(100) if nlp.vocab.strings.add(f"ELECTEXT_TEST_{n}") >= 2**63)
    ruler.add_patterns([{"label": label, "pattern": "Corn Exchange"}])  # type: ignore[attr-defined]
    assert use_greedy_ner(nlp)
    before = nlp.get_pipe("ner").moves.n_moves
    text = "The count at the Bedford Corn Exchange ended at 3am, and Labour's Alistair Strathern won."
    doc = before_ner(nlp, text)
    ours, theirs = doc.copy(), doc.copy()
    assert decode(nlp.get_pipe("electext_ner"), ours)  # adds the label's actions, as spaCy would
    assert nlp.get_pipe("ner").moves.n_moves == before + 4
    nlp.get_pipe("ner")(theirs)
    assert annotations(ours) == annotations(theirs)
    assert [ent.text for ent in ours.ents if ent.label_ == label] == ["Corn Exchange"]


def test_a_beam_ner_is_left_to_spacy() -> None:
    nlp = spacy.blank("en")
    beam = nlp.add_pipe("beam_ner")
    beam.add_label("PARTY")  # type: ignore[attr-defined]
    nlp.initialize()
    assert not decodable(beam)
    assert not use_greedy_ner(nlp, "beam_ner")
    assert nlp.pipe_names == ["beam_ner"]
