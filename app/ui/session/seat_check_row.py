"""One seat on the sound check page: meter, Check button, verdict, Swap button."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.core.sound_check import GainWarning, SeatVerdict
from app.ui.session.meter import SeatMeter


class SeatCheckRow(QWidget):
    """Emits ``check_requested(channel)`` and ``swap_requested(channel, other)``."""

    check_requested = Signal(int)
    swap_requested = Signal(int, int)

    def __init__(self, channel: int, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.channel = channel
        self.name = name
        self.verdict: SeatVerdict | None = None
        self._swap_with: int | None = None
        self.meter = SeatMeter(name, self)
        self.check_button = QPushButton(self.tr("Check {name}").format(name=name), self)
        self.check_button.clicked.connect(self._on_check_button_clicked)
        self.result = QLabel(self.tr("Not checked yet"), self)
        self.result.setWordWrap(True)
        self.result.setAccessibleName(
            self.tr("Sound check of {name}").format(name=name)
        )
        self.swap_button = QPushButton(self)
        self.swap_button.setVisible(False)
        self.swap_button.clicked.connect(self._on_swap_button_clicked)
        top = QHBoxLayout()
        top.addWidget(self.meter, 1)
        top.addWidget(self.check_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.result, 1)
        bottom.addWidget(self.swap_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(bottom)

    @property
    def confirmed(self) -> bool:
        """Whether the last check found this seat's microphone hears them best."""
        return self.verdict is not None and self.verdict.confirmed

    def show_listening(self) -> None:
        """Tell the facilitator to have this participant speak now."""
        self.verdict = None
        self.check_button.setEnabled(False)
        self.swap_button.setVisible(False)
        self.result.setText(
            self.tr("Listening: {name}, please say your name.").format(name=self.name)
        )

    def show_verdict(self, verdict: SeatVerdict, other_name: str | None) -> None:
        """Show what the check found and offer a swap when the cable is wrong."""
        self.verdict = verdict
        self.check_button.setEnabled(True)
        self.check_button.setText(self.tr("Check {name} again").format(name=self.name))
        self._swap_with = verdict.swap_with
        parts = [self._placement_text(verdict, other_name)]
        parts += [self._warning_text(w) for w in verdict.warnings]
        self.result.setText(" ".join(parts))
        self.swap_button.setVisible(verdict.swap_with is not None)
        if verdict.swap_with is not None and other_name is not None:
            self.swap_button.setText(
                self.tr("Swap {name} and {other}").format(
                    name=self.name, other=other_name
                )
            )

    def reset(self, text: str) -> None:
        """Forget the verdict (after a swap) and say why."""
        self.verdict = None
        self._swap_with = None
        self.swap_button.setVisible(False)
        self.result.setText(text)

    def _placement_text(self, verdict: SeatVerdict, other_name: str | None) -> str:
        if verdict.confirmed:
            return self.tr("OK: {name}'s microphone hears them best.").format(
                name=self.name
            )
        if other_name is not None:
            return self.tr(
                "{name} is heard best on {other}'s microphone: the cables are "
                "probably swapped."
            ).format(name=self.name, other=other_name)
        return self.tr(
            "{name} is heard best on input {input}, which no seat uses."
        ).format(name=self.name, input=verdict.loudest_input + 1)

    def _warning_text(self, warning: GainWarning) -> str:
        if warning is GainWarning.CLIPPING:
            return self.tr("Too loud (clipping): turn this microphone's gain down.")
        return self.tr("Too quiet: move the microphone closer or turn the gain up.")

    def _on_check_button_clicked(self) -> None:
        self.check_requested.emit(self.channel)

    def _on_swap_button_clicked(self) -> None:
        if self._swap_with is not None:
            self.swap_requested.emit(self.channel, self._swap_with)
