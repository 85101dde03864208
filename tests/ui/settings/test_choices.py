from pathlib import Path

from app.ui.settings import choices


def test_the_bundled_model_is_offered_first() -> None:
    assert choices.installed_models()[0] == "tiny.en"


def test_an_imported_model_folder_is_offered(tmp_path: Path) -> None:
    folder = tmp_path / "whisper-tiny-de"
    folder.mkdir()
    for name in ("model.bin", "config.json", "tokenizer.json"):
        (folder / name).write_text("{}")

    name = choices.import_model_folder(folder)

    assert name == "whisper-tiny-de"
    assert name in choices.installed_models()


def test_guides_are_listed_by_file_name_with_their_titles(tmp_path: Path) -> None:
    (tmp_path / "b.json").write_text('{"title": "Second"}')
    (tmp_path / "a.json").write_text("not json")

    guides = choices.available_guides(tmp_path)

    assert guides == [choices.Guide("a", "a"), choices.Guide("b", "Second")]


def test_a_missing_guides_folder_gives_no_guides(tmp_path: Path) -> None:
    assert choices.available_guides(tmp_path / "absent") == []
