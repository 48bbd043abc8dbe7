"""Highlights mark the matched word starts on the original, accented text, HTML-escaped."""

import html
import re
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from caunoi.core.search.highlight import highlight
from caunoi.core.search.text import query_words


def test_folded_matches_are_marked_on_the_accented_original():
    assert highlight("Hà Nội", ["ha", "noi"]) == "<mark>Hà</mark> <mark>Nội</mark>"
    assert highlight("ĐÀ NẴNG", ["da"]) == "<mark>ĐÀ</mark> NẴNG"
    assert highlight("Viêng Chăn", ["vie"]) == "<mark>Viê</mark>ng Chăn"
    assert highlight("Mạng lưới C40", ["c40"]) == "Mạng lưới <mark>C40</mark>"
    assert highlight("Hà-Nội", ["noi"]) == "Hà-<mark>Nội</mark>"


def test_only_word_starts_are_marked():
    assert highlight("Hanoi và Nội Bài", ["noi"]) == "Hanoi và <mark>Nội</mark> Bài"


def test_decomposed_text_keeps_its_marks_inside_the_highlight():
    nfd = unicodedata.normalize("NFD", "Hà Nội")
    marked = highlight(nfd, ["ha", "noi"])
    assert marked == f"<mark>{nfd[:3]}</mark> <mark>{nfd[4:]}</mark>"


def test_everything_is_escaped():
    assert highlight("<b>Hà</b> & Nội", ["ha"]) == "&lt;b&gt;<mark>Hà</mark>&lt;/b&gt; &amp; Nội"
    assert highlight("<script>", ["script"]) == "&lt;<mark>script</mark>&gt;"
    assert highlight("", ["ha"]) == ""
    assert highlight("Hà Nội", []) == "Hà Nội"


def test_overlapping_words_make_one_mark():
    assert highlight("Hanoi", ["ha", "han"]) == "<mark>Han</mark>oi"


text = st.text(
    alphabet=st.sampled_from("aàảăằâầđĐdeêếoôộơờuưữyỹ HNVC40<>&\"'-.\u0301\u0323"), max_size=30
)


@given(text, text)
def test_removing_the_marks_gives_back_the_original(original, query):
    marked = highlight(original, query_words(query))
    assert html.unescape(re.sub(r"</?mark>", "", str(marked))) == original


@given(text)
def test_a_word_is_always_highlighted_in_its_own_text(original):
    words = query_words(original)
    marked = str(highlight(original, words))
    assert ("<mark>" in marked) == bool(words)
