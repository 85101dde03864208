import json
from pathlib import Path

import pytest

from app.core import guides
from app.core.guides import Guide, GuideInvalid


def test_the_real_talk_guide_ships_with_its_three_prompts() -> None:
    real_talk = guides.find_guide(guides.bundled_guides(), "real-talk")

    assert real_talk is not None
    assert real_talk.prompts == (
        "What needs to be celebrated?",
        "What causes friction?",
        "What needs to change?",
    )
    assert real_talk.cards[0] == real_talk.opening != ""
    assert real_talk.cards[-1] == real_talk.closing != ""


def test_a_facilitators_guide_is_saved_and_listed_after_the_bundled_ones() -> None:
    own = Guide("team-check-in", "Team check-in", "en", "", ("How are you?",), "")

    path = guides.save_user_guide(own)
    listed, rejected = guides.all_guides()

    assert path.parent == guides.user_guides_dir()
    assert listed[-1] == own
    assert all(g.bundled for g in listed[:-1])
    assert rejected == []


def test_a_guide_may_not_take_a_bundled_id() -> None:
    clash = Guide("real-talk", "Mine", "en", "", ("Hello?",), "")

    with pytest.raises(GuideInvalid, match="already uses"):
        guides.save_user_guide(clash)


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        ({"id": "x", "title": "T", "prompts": []}, "at least one prompt"),
        ({"id": "x", "title": "T", "prompts": ["ok", " "]}, "non-empty"),
        ({"id": "Bad Id", "title": "T", "prompts": ["a"]}, "lowercase"),
        ({"id": "x", "title": "", "prompts": ["a"]}, "needs a title"),
        ({"id": "x", "title": 3, "prompts": ["a"]}, "title must be text"),
        (["not", "an", "object"], "JSON object"),
    ],
)
def test_broken_guides_are_refused_with_the_reason(data: object, problem: str) -> None:
    with pytest.raises(GuideInvalid, match=problem):
        guides.parse_guide(data)


def test_a_damaged_guide_file_is_reported_not_hidden() -> None:
    folder = guides.user_guides_dir()
    folder.mkdir(parents=True)
    (folder / "broken.json").write_text("{not json", encoding="utf-8")
    (folder / "fine.json").write_text(
        json.dumps({"id": "fine", "title": "Fine", "prompts": ["Why?"]}),
        encoding="utf-8",
    )

    listed, rejected = guides.user_guides()

    assert [g.id for g in listed] == ["fine"]
    assert rejected == ["broken.json"]


def test_an_id_is_derived_from_a_title() -> None:
    assert guides.guide_id_from_title("Año nuevo: ¿qué cambió?") == "a-o-nuevo-qu-cambi"
    assert guides.guide_id_from_title("!!!") == "guide"


def test_saved_guides_are_private(isolated_home: Path) -> None:
    own = Guide("mine", "Mine", "en", "", ("Why?",), "")

    path = guides.save_user_guide(own)

    assert path.stat().st_mode & 0o077 == 0
