from pathlib import Path

from app.ui.settings import choices


def test_without_the_transcription_package_only_the_default_model_is_offered() -> None:
    if choices.can_import_models():
        assert "tiny.en" in choices.installed_models()
        return

    assert choices.installed_models() == ["tiny.en"]


def test_guides_are_listed_by_file_name_with_their_titles(tmp_path: Path) -> None:
    (tmp_path / "b.json").write_text('{"title": "Second"}')
    (tmp_path / "a.json").write_text("not json")

    guides = choices.available_guides(tmp_path)

    assert guides == [choices.Guide("a", "a"), choices.Guide("b", "Second")]


def test_a_missing_guides_folder_gives_no_guides(tmp_path: Path) -> None:
    assert choices.available_guides(tmp_path / "absent") == []
