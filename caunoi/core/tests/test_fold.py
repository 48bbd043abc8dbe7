"""The Vietnamese fold: one function for every index and every query."""

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from caunoi.core.fold import fold, fold_terms

VIETNAMESE = (
    "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
)
vietnamese_text = st.text(
    alphabet=st.sampled_from(VIETNAMESE + VIETNAMESE.upper() + " -'0123456789"), max_size=40
)


def test_examples_from_the_brief():
    assert fold("Hà Nội") == fold("ha noi") == fold("HÀ NỘI") == "ha noi"
    assert fold("Viêng Chăn") == "vieng chan"
    assert fold("Đối ngoại nhân dân") == "doi ngoai nhan dan"
    assert fold("ĐÀ NẴNG") == "da nang"
    assert fold("  Quảng   Châu ") == "quang chau"
    assert fold(None) == ""
    assert fold_terms("Hội  hữu nghị") == ["hoi", "huu", "nghi"]


@given(vietnamese_text)
def test_nfc_and_nfd_input_fold_the_same(text):
    assert fold(unicodedata.normalize("NFC", text)) == fold(unicodedata.normalize("NFD", text))


@given(vietnamese_text)
def test_fold_is_idempotent(text):
    assert fold(fold(text)) == fold(text)


@given(vietnamese_text)
def test_fold_leaves_only_plain_lowercase_ascii_for_vietnamese(text):
    folded = fold(text)
    assert folded == folded.lower()
    assert all(ord(ch) < 128 for ch in folded)
    assert "đ" not in folded


@given(vietnamese_text)
def test_case_does_not_matter(text):
    assert fold(text.upper()) == fold(text.lower())


@given(vietnamese_text, vietnamese_text)
def test_a_folded_part_is_found_in_the_folded_whole(left, right):
    assert fold(right) in fold(left + " " + right + " x") or not fold(right)
