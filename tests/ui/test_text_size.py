from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from app.ui.text_size import apply_text_scale, clamp_percent


def test_text_scales_from_the_system_font_and_back(qapp: QApplication) -> None:
    base = QFont(qapp.font())
    try:
        larger = apply_text_scale(qapp, 150)
        assert qapp.font().pointSizeF() == larger.pointSizeF()
        assert larger.pointSizeF() == base.pointSizeF() * 1.5
        again = apply_text_scale(qapp, 150)
        assert again.pointSizeF() == larger.pointSizeF()
    finally:
        normal = apply_text_scale(qapp, 100)

    assert normal.pointSizeF() == base.pointSizeF()


def test_sizes_stay_within_what_layouts_hold() -> None:
    assert clamp_percent(10) == 80
    assert clamp_percent(1000) == 250
    assert clamp_percent(130) == 130
