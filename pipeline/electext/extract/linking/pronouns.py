"""Who "He" and "She" are: a sentence-initial pronoun or description stands for the previous sentence's
first person, unless what the article says of that person's sex (a courtesy title: "Mr Gillow",
"Mrs Greaves") disagrees with the pronoun; then it stands for the last person named before who agrees,
or for no one.
"""

from __future__ import annotations

from electext.extract.facts import Sentence, mentions_in
from electext.extract.mentions import Mention
from electext.lexicon import patterns

# The sex a pronoun refers to (a courtesy title's is in the lexicon: cues.json titles_of_men, titles_of_women)
_PRONOUN_SEX = {"he": "m", "his": "m", "she": "f", "her": "f"}
# How many earlier subjects a pronoun that disagrees with the latest may reach back to
_SUBJECTS_BACK = 3


def person_pronouns(
    text: str, sentences: list[Sentence], named: tuple[Mention, ...]
) -> tuple[list[Mention], list[tuple[int, int]]]:
    """ "She won 24,067 votes", "The Chancellor polled 23,293": a sentence-initial He/She or description
    is the previous sentence's first person. Returns the new person mentions and the descriptions' spans."""
    people: list[Mention] = []
    described: list[tuple[int, int]] = []
    previous_subject: Mention | None = None
    subject_sentence: Sentence | None = None  # where the subject was last named or referred to
    previous_sole = False
    sexes = _sexes(text, named)
    earlier: list[Mention] = []  # the subjects before the latest, latest last
    for sentence in sentences:
        pronoun = patterns.PRONOUN.match(text, sentence.start, sentence.end)
        in_sentence = mentions_in(sentence, named)
        if (
            pronoun
            and in_sentence
            and patterns.POSSESSIVE_BEFORE_SUBJECT.fullmatch(text, pronoun.start(), in_sentence[0].start)
        ):
            pronoun = None  # "His party colleague Gemma Rowe held the seat": Rowe is the subject
        if pronoun is None and previous_sole:
            # a description only when the sentence before names one person: in "Naomi Long 12,839, Peter
            # Robinson 11,306. The First Minister has lost his seat." the description is not the first
            pronoun = patterns.DESCRIPTIVE_SUBJECT.match(text, sentence.start, sentence.end)
        referent = _agreeing(pronoun.group(0), previous_subject, earlier, sexes) if pronoun else None
        if pronoun and referent is not None:
            described.append((pronoun.start(), pronoun.end()))
            people.append(
                Mention(
                    pronoun.start(),
                    pronoun.end(),
                    pronoun.group(0),
                    "person",
                    referent.value,
                    referent.party,
                    note="pronoun",
                )
            )
        previous_sole = len({p.value for p in in_sentence}) == 1
        if pronoun and previous_subject is not None:
            previous_sole = True  # "She won 24,067 votes to the 16,105 of X. Her share …": still about her
            subject_sentence = sentence
        elif in_sentence:
            if previous_subject is not None and previous_subject.value != in_sentence[0].value:
                earlier = [*earlier, previous_subject][-_SUBJECTS_BACK:]
            previous_subject, subject_sentence = in_sentence[0], sentence
        elif not pronoun and not _one_aside_after(subject_sentence, sentence):
            previous_subject, earlier = None, []
    return people, described


def _sexes(text: str, named: tuple[Mention, ...]) -> dict[str, str]:
    """Each person's sex where a courtesy title before one of their mentions gives it ("Mr Gillow")."""
    sexes: dict[str, str] = {}
    for person in named:
        before = max(0, person.start - 10)
        if patterns.MAN_TITLE_END.search(text, before, person.start):
            sexes.setdefault(person.value, "m")
        elif patterns.WOMAN_TITLE_END.search(text, before, person.start):
            sexes.setdefault(person.value, "f")
    return sexes


def _agreeing(pronoun: str, latest: Mention | None, earlier: list[Mention], sexes: dict[str, str]) -> Mention | None:
    """Who the pronoun stands for: the latest subject, unless its title says otherwise ("She" after a
    "Mr"); then the nearest earlier subject whose title agrees, else no one."""
    sex = _PRONOUN_SEX.get(pronoun.lower())
    if latest is None or sex is None or sexes.get(latest.value, sex) == sex:
        return latest
    return next((person for person in reversed(earlier) if sexes.get(person.value) == sex), None)


def _one_aside_after(subject_sentence: Sentence | None, sentence: Sentence) -> bool:
    """Is a sentence that names no one the first after its paragraph's subject? Then "He" after it is
    still that person: "He spent five weeks campaigning. On Thursday it was not enough. He polled 13,876"."""
    return (
        subject_sentence is not None
        and sentence.paragraph == subject_sentence.paragraph
        and (sentence.start - subject_sentence.end <= 2)
    )
