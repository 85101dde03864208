from pathlib import Path

from app.core import guides
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


def test_the_facilitators_own_guides_are_offered_after_the_bundled_ones() -> None:
    own = guides.Guide(
        "our-circle", "Our circle", "en", "Welcome.", ("What changed?",), "Thanks."
    )
    guides.save_user_guide(own)

    offered = choices.available_guides()

    assert [g.id for g in offered][-1] == "our-circle"
    assert {"real-talk", "real-talk-es"} <= {g.id for g in offered}
