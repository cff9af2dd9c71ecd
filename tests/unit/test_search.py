import pytest
from sqlalchemy import event

NAMES = [
    "Zoë Martin",
    "Łukasz Nowak",
    "Søren Kierkegaard",
    "Đorđe Petrović",
    "Nguyễn Văn An",
    "Siobhán O'Brien",
    "Zoltan Kovacs",
    "Anna Zoellner",
    "Martina Rossi",
]


@pytest.fixture
def shop(services, add):
    ids = {name: add(name) for name in NAMES}
    ids["phone"] = add("Pat Phone", phone="07700 900123", email="pat.phone@example.com")
    return ids


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("zoe", "Zoë Martin"),
        ("lukasz", "Łukasz Nowak"),
        ("soren", "Søren Kierkegaard"),
        ("dorde", "Đorđe Petrović"),
        ("nguyen", "Nguyễn Văn An"),
        ("obrien", "Siobhán O'Brien"),
        ("O'BRIEN", "Siobhán O'Brien"),
        ("ZOË", "Zoë Martin"),
        ("kierke", "Søren Kierkegaard"),
        ("van an", "Nguyễn Văn An"),
    ],
)
def test_plain_typing_finds_accented_names(services, shop, typed: str, expected: str) -> None:
    names = [h.name for h in services.search.search(typed)]
    assert expected in names


def test_best_matches_come_first(services, shop) -> None:
    names = [h.name for h in services.search.search("zo")]
    # First names starting with the letters before surnames that merely contain them.
    assert names[:2] == ["Zoë Martin", "Zoltan Kovacs"]
    assert "Anna Zoellner" in names
    assert services.search.search("mart")[0].name == "Martina Rossi"


@pytest.mark.parametrize("typed", ["z", "zo", "n", "Ł"])
def test_one_or_two_letters_use_the_prefix_path(services, shop, typed: str) -> None:
    assert services.search.search(typed), typed


@pytest.mark.parametrize("typed", ["07700 900123", "900123", "0770090", "+44 7700 900123", "447700", "9001"])
def test_phone_numbers_in_any_format_or_fragment(services, shop, typed: str) -> None:
    assert [h.id for h in services.search.search(typed)] == [shop["phone"]]


def test_email_and_partial_email(services, shop) -> None:
    assert [h.id for h in services.search.search("Pat.Phone@example.com")] == [shop["phone"]]
    assert [h.id for h in services.search.search("pat.ph")] == [shop["phone"]]


def test_two_words_must_both_match(services, shop) -> None:
    assert [h.name for h in services.search.search("zoe m")] == ["Zoë Martin"]
    assert services.search.search("zoe rossi") == []


def _plans_of_searching(services, typed: str) -> list[str]:
    """EXPLAIN QUERY PLAN of the very statements the service runs for `typed`, with their parameters."""
    ran = []

    def capture(_conn, _cursor, statement, parameters, _context, _many):
        if statement.lstrip().upper().startswith("SELECT"):
            ran.append((statement, parameters))

    event.listen(services.db.engine, "before_cursor_execute", capture)
    try:
        services.search.search(typed)
    finally:
        event.remove(services.db.engine, "before_cursor_execute", capture)
    assert ran, typed
    with services.db.engine.connect() as conn:
        return [
            " ".join(str(r[-1]) for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params))
            for sql, params in ran
        ]


def test_search_uses_the_indexes_not_a_scan(services, shop) -> None:
    plans = _plans_of_searching(services, "ierkeg")  # inside a word: the trigram index
    assert any("VIRTUAL TABLE INDEX" in plan for plan in plans), plans
    for plan in _plans_of_searching(services, "zoe kierkegard"):  # a typo: the variant and word indexes
        assert " SCAN " not in f" {plan} ".replace("SCAN f VIRTUAL TABLE INDEX", ""), plan
    for plan in _plans_of_searching(services, "zo"):  # the start of a word: the word index
        assert "SCAN c" not in plan and "SCAN customers" not in plan, plan
        assert "USING" in plan and "INDEX" in plan, plan


def test_renamed_customer_is_found_by_the_new_name_only(services, shop) -> None:
    from app.services.customers import CustomerInput

    services.customers.update(shop["Zoë Martin"], CustomerInput(name="Zoë Dubois"))
    assert "Zoë Dubois" in [h.name for h in services.search.search("dubois")]
    assert "Zoë Martin" not in [h.name for h in services.search.search("martin")]
    assert "Zoë Dubois" in [h.name for h in services.search.search("du")]


def test_quotes_and_odd_characters_do_not_break_the_query(services, shop) -> None:
    for typed in ['"', 'zo"e', "AND", "*", "NEAR(", "%", "_", "'", "zoe OR 1=1"]:
        services.search.search(typed)  # must not raise
    assert services.search.search("%") == []


def test_a_name_with_two_matching_words_is_listed_once(services, add) -> None:
    twice = add("Małgorzata Mac Giolla Phádraig")
    for n in range(12):
        add(f"Mary Mason {n}")
    for typed in ("ma", "m", "mac", "malgorzata mac"):
        ids = [h.id for h in services.search.search(typed, limit=20)]
        assert len(ids) == len(set(ids)), typed
        assert twice in ids, typed
    # The limit counts customers, not index rows.
    assert len(services.search.search("m", limit=13)) == 13


def test_the_count_says_how_many_match_in_all(services, add) -> None:
    for n in range(30):
        add(f"Mateo Walker {n}")
    add("Małgorzata Mac Giolla Phádraig")
    hits, total = services.search.search_counted("ma", limit=20)
    assert len(hits) == 20 and total == 31
    hits, total = services.search.search_counted("ma", limit=20, cap=25)
    assert total == 26  # more than the cap: the window says "more than 25"
    assert services.search.search_counted("mac", limit=20) == (services.search.search("mac"), 1)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("zoe martn", "Zoë Martin"),  # a letter missing
        ("zoe martiin", "Zoë Martin"),  # a letter too many
        ("zoe marten", "Zoë Martin"),  # a wrong letter
        ("zoe matrin", "Zoë Martin"),  # two letters swapped
        ("lukas nowak", "Łukasz Nowak"),
        ("kierkegard", "Søren Kierkegaard"),
        ("sorne kierkegaard", "Søren Kierkegaard"),
        ("petrovic djorde", "Đorđe Petrović"),
    ],
)
def test_one_typo_per_word_still_finds_the_name(services, shop, typed: str, expected: str) -> None:
    names = [h.name for h in services.search.search(typed)]
    assert names[:1] == [expected], (typed, names)


def test_exact_matches_come_before_typo_matches(services, add) -> None:
    exact = add("Martyn Jones")
    marty = add("Marty Jones")  # one letter short of "martyn"
    add("Marta Jones")  # two letters away: not a typo
    hits, total = services.search.search_counted("martyn jones")
    assert [h.id for h in hits] == [exact, marty] and total == 2
    assert [h.id for h in services.search.search("jones martyn")] == [
        exact
    ]  # the last word may be unfinished


def test_a_last_word_that_starts_a_name_is_read_as_typed(services, add) -> None:
    maria = add("Maria Lopez")
    add("Mark Lopez")  # "mari" -> "mark" is one letter, but "mari" is on its way to "maria"
    assert [h.id for h in services.search.search("mari")] == [maria]
    assert [h.name for h in services.search.search("mrak")] == ["Mark Lopez"]  # no name starts so: a typo


def test_two_typos_in_one_word_find_nothing(services, shop) -> None:
    assert services.search.search("zoe mrtn") == []
    assert services.search.search("kirkegard") == []


def test_a_short_word_is_not_read_with_a_typo(services, add) -> None:
    add("Zoë Martin")
    assert services.search.search("zoa") == []  # three letters: one wrong is too much of the word


def test_a_renamed_customer_is_found_with_a_typo_in_the_new_name(services, shop) -> None:
    from app.services.customers import CustomerInput

    services.customers.update(shop["Zoë Martin"], CustomerInput(name="Zoë Fairweather"))
    assert [h.name for h in services.search.search("zoe fairwether")] == ["Zoë Fairweather"]


def test_an_erased_or_renamed_name_leaves_no_typo_spelling_behind(services, add) -> None:
    from sqlalchemy import select

    from app.models import NameVariant
    from app.services import privacy
    from app.services.customers import CustomerInput

    def known() -> set[str]:
        with services.db.read() as session:
            return set(session.scalars(select(NameVariant.word)))

    quill = add("Ann Quillfeather")
    add("Ann Jones")
    renamed = add("Bob Smithers")
    assert {"quillfeather", "ann", "smithers"} <= known()
    privacy.erase(services.db, quill)
    services.customers.update(renamed, CustomerInput(name="Bob Smith"))
    assert "quillfeather" not in known() and "smithers" not in known()
    assert {"ann", "smith", "bob", "jones"} <= known()  # still someone's
    assert services.search.search("ann jons")[0].name == "Ann Jones"
