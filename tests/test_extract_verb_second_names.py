"""A German subject after its verb keeps its name apart from the object after it.

Invented sentences.  In „Am Montag kündigte Petra Lindqvist Gespräche an“ the verb stands in second
position and the subject after it; the object noun that follows is capitalised like a surname.  The
article tells it apart: the noun stands elsewhere after an article, or the surname stands alone.
A real three-word name keeps its third word.
"""

from __future__ import annotations

from support.extraction import doc_of


def names(text: str) -> list[str]:
    return [p.name for p in doc_of(text, "de").persons]


def test_an_object_noun_after_the_subject_is_no_surname_when_the_surname_stands_alone() -> None:
    text = ("Am Montag kündigte Petra Lindqvist Gespräche mit der Opposition an. "
            "In Stockholm sagte Lindqvist, es gehe voran.")
    assert names(text) == ["Petra Lindqvist"]


def test_an_object_noun_that_the_article_uses_with_an_article_is_no_surname() -> None:
    text = "Nach dem Treffen erklärte Kanzler Olaf Berger Reformen für nötig. Die Reformen seien überfällig."
    assert names(text) == ["Olaf Berger"]


def test_a_third_name_word_the_article_uses_alone_stays() -> None:
    text = "Am Montag sagte Recep Tayyip Erdogan in Ankara, man bleibe neutral. Erdogan sprach von Frieden."
    assert names(text) == ["Recep Tayyip Erdogan"]


def test_a_double_surname_used_together_stays() -> None:
    text = "Am Montag sagte Joseph Borg Cassar, man bleibe neutral. Borg Cassar sprach von Frieden."
    assert names(text) == ["Joseph Borg Cassar"]
