"""Global search finds records typed any way, ranks and groups them, and respects scope."""

import unicodedata

import pytest
from django.db import transaction
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caunoi.core.fold import fold
from caunoi.core.search import search_flat, search_grouped
from caunoi.core.search.text import query_words
from caunoi.core.tests.testapp.models import Gadget, GadgetKind

NAMES = [
    "Hà Nội",
    "Viêng Chăn",
    "Đà Nẵng",
    "Đông Kinh",
    "Mạng lưới các thành phố C40",
    "Mạng lưới các thành phố sáng tạo UNESCO (UCCN)",
    "Hiệp hội Chính quyền điện tử thế giới WeGO",
    "Hanoi University",
]


def titles(user, query: str) -> set[str]:
    return {hit.title for hit in search_flat(user, query, limit=100)[1]}


@pytest.fixture
def gadgets(personas):
    made = {}
    for name in NAMES:
        made[name] = Gadget(name=name, owner_unit=personas.unit_a)
        made[name].save()
    return made


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("ha noi", {"Hà Nội"}),
        ("HÀ NỘI", {"Hà Nội"}),
        ("Hà Nội", {"Hà Nội"}),
        (unicodedata.normalize("NFD", "Hà Nội"), {"Hà Nội"}),
        ("vieng chan", {"Viêng Chăn"}),
        ("vieng", {"Viêng Chăn"}),  # the start of a word is enough
        ("VIÊNG CHĂN", {"Viêng Chăn"}),
        ("da nang", {"Đà Nẵng"}),
        ("đà nẵng", {"Đà Nẵng"}),
        ("ĐÀ", {"Đà Nẵng"}),
        ("dong", {"Đông Kinh"}),
        ("C40", {"Mạng lưới các thành phố C40"}),
        ("c4", {"Mạng lưới các thành phố C40"}),
        ("uccn", {"Mạng lưới các thành phố sáng tạo UNESCO (UCCN)"}),
        ("wego", {"Hiệp hội Chính quyền điện tử thế giới WeGO"}),
        ("WeGO", {"Hiệp hội Chính quyền điện tử thế giới WeGO"}),
        ("hanoi", {"Hanoi University"}),
        ("mang luoi thanh pho", set(NAMES[4:6])),
    ],
)
def test_examples_find_the_expected_records(personas, gadgets, query, expected):
    assert titles(personas.officer_a, query) == expected


@pytest.mark.django_db
def test_every_word_must_start_a_word_of_the_record(personas, gadgets):
    assert titles(personas.officer_a, "ha chan") == set()  # AND, not OR
    assert titles(personas.officer_a, "noi") == {"Hà Nội"}  # not inside "Hanoi"
    assert titles(personas.officer_a, "anoi") == set()
    assert titles(personas.officer_a, "") == set()
    assert titles(personas.officer_a, "?!…") == set()
    assert titles(personas.officer_a, "h") == set()  # one letter is too little to search on
    assert titles(personas.officer_a, "h n") == {"Hà Nội"}


@pytest.mark.django_db
def test_quotes_and_operators_in_a_query_are_plain_text(personas, gadgets):
    for query in ['"ha', "ha*", "NOT ha", "ha OR noi", "ha AND", "(ha", "%", "_", "ha'; --"]:
        search_flat(personas.officer_a, query)  # no SQL or FTS syntax error
    assert titles(personas.officer_a, '"ha" noi*') == {"Hà Nội"}


@pytest.mark.django_db
def test_results_are_grouped_by_type_and_ranked(personas, gadgets):
    kind = GadgetKind(name="Thủ đô Hà Nội", name_en="Capital Hanoi", slug="capital")
    kind.save()
    groups = search_grouped(personas.officer_a, "ha noi", per_type=5)
    assert [group.label for group in groups] == ["gadgets", "gadget kinds"]  # weight 2 first
    assert [hit.title for hit in groups[0].hits] == ["Hà Nội"]
    assert groups[1].hits[0].url == f"/testapp/gadget-kinds/{kind.pk}/"
    assert groups[0].list_url == "/testapp/gadgets/?q=ha+noi"
    short, long = (
        Gadget(name="Hội Nông dân", owner_unit=personas.unit_a),
        Gadget(
            name="Hội hữu nghị Việt Nam – Campuchia thành phố Hà Nội", owner_unit=personas.unit_a
        ),
    )
    short.save()
    long.save()
    ranked = [hit.title for hit in search_flat(personas.officer_a, "hoi")[1]]
    assert ranked.index("Hội Nông dân") < ranked.index(long.name)


@pytest.mark.django_db
def test_each_group_shows_a_few_hits_and_counts_them_all(personas):
    for i in range(7):
        Gadget(name=f"Hội hữu nghị {i}", owner_unit=personas.unit_a).save()
    (group,) = search_grouped(personas.officer_a, "huu nghi", per_type=3)
    assert (group.total, len(group.hits), group.more) == (7, 3, 4)
    total, page = search_flat(personas.officer_a, "huu nghi", limit=5, offset=5)
    assert total == 7 and len(page) == 2
    assert search_flat(personas.officer_a, "huu nghi", limit=5, offset=50) == (7, [])


@pytest.mark.django_db
def test_english_titles_are_shown_in_english(personas, settings):
    GadgetKind(name="Hữu nghị", name_en="Friendship", slug="friendship").save()
    from django.utils import translation

    with translation.override("en"):
        (hit,) = search_flat(personas.officer_a, "friendship")[1]
        assert hit.title == "Friendship" and hit.title_html == "<mark>Friendship</mark>"
    with translation.override("vi"):
        assert search_flat(personas.officer_a, "friendship")[1][0].title == "Hữu nghị"


@pytest.mark.django_db
def test_search_only_shows_records_the_user_may_see(personas):
    for unit in (personas.unit_a, personas.unit_a_child, personas.unit_b, personas.district):
        Gadget(name=f"Hồ sơ {unit.name}", owner_unit=unit).save()
    GadgetKind(name="Hồ sơ loại", slug="ho-so").save()
    expect = {
        "officer_a": {"Hồ sơ Liên hiệp hữu nghị A", "Hồ sơ Hội hữu nghị A1", "Hồ sơ loại"},
        "outsider_b": {"Hồ sơ Sở B", "Hồ sơ loại"},
        "ward_officer": {"Hồ sơ Quận Cũ", "Hồ sơ loại"},  # the dissolved district it succeeded
        "nobody": set(),
    }
    for name, expected in expect.items():
        assert titles(personas.get(name), "ho so") == expected, name
    assert len(titles(personas.auditor, "ho so")) == 5
    assert len(titles(personas.coordinator, "ho so")) == 5


@pytest.mark.django_db
def test_types_can_be_chosen(personas, gadgets):
    GadgetKind(name="Hà Nội", slug="hn").save()
    assert {h.type for h in search_flat(personas.officer_a, "ha noi")[1]} == {
        "testapp.gadget",
        "testapp.gadgetkind",
    }
    only = search_flat(personas.officer_a, "ha noi", types=["testapp.gadgetkind"])[1]
    assert [h.type for h in only] == ["testapp.gadgetkind"]


# --- Properties ------------------------------------------------------------------------------

VIETNAMESE = (
    "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
)
word = st.text(
    alphabet=st.sampled_from(VIETNAMESE + VIETNAMESE.upper() + "0123456789"), min_size=1, max_size=8
)
name = st.lists(word, min_size=1, max_size=4).map(" ".join)
PROPERTY = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def in_rollback(test):
    """Run one example inside a savepoint that is rolled back: examples do not see each other."""
    with transaction.atomic():
        test()
        transaction.set_rollback(True)


@pytest.mark.django_db
@PROPERTY
@given(target=name, others=st.lists(name, max_size=4))
def test_nfc_nfd_upper_case_and_plain_queries_find_the_same_records(personas, target, others):
    def check():
        wanted = Gadget(name=target, owner_unit=personas.unit_a)
        wanted.save()
        for text in others:
            Gadget(name=text, owner_unit=personas.unit_a).save()
        forms = [
            unicodedata.normalize("NFC", target),
            unicodedata.normalize("NFD", target),
            target.upper(),
            target.lower(),
            fold(target),
            fold(target).replace("d", "đ"),
        ]
        results = [
            {h.object_id for h in search_flat(personas.officer_a, q, limit=100)[1]} for q in forms
        ]
        assert all(found == results[0] for found in results), (forms, results)
        assert wanted.pk in results[0] or not query_words(target)  # one letter: no search

    in_rollback(check)


@pytest.mark.django_db
@PROPERTY
@given(
    records=st.lists(
        st.tuples(
            name, st.sampled_from(["unit_a", "unit_a_child", "unit_b", "ward"]), st.booleans()
        ),
        min_size=1,
        max_size=8,
    ),
    persona=st.sampled_from(["officer_a", "outsider_b", "ward_officer", "auditor", "nobody"]),
    pick=st.integers(min_value=0),
)
def test_results_never_include_out_of_scope_or_deleted_records(personas, records, persona, pick):
    def check():
        for text, unit, deleted in records:
            gadget = Gadget(name=text, owner_unit=getattr(personas, unit))
            gadget.save()
            if deleted:
                gadget.soft_delete()
        user = personas.get(persona)
        visible = set(Gadget.objects.restrict(user, "view").values_list("pk", flat=True))
        query = records[pick % len(records)][0].split(" ")[0]
        hits = {h.object_id for h in search_flat(user, query, limit=100)[1]}
        assert hits <= visible
        assert not hits & set(Gadget.all_objects.deleted().values_list("pk", flat=True))

    in_rollback(check)
