"""A dialog where a facilitator writes their own conversation guide."""

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.core import guides
from app.core.guides import Guide, GuideInvalid


class GuideDialog(QDialog):
    """Title, opening, prompts (one per line) and closing of a new guide."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New conversation guide"))
        self._language = language
        self.title = QLineEdit(self)
        self.title.setAccessibleName(self.tr("Guide title"))
        self.opening = QPlainTextEdit(self)
        self.opening.setAccessibleName(self.tr("Opening words"))
        self.opening.setTabChangesFocus(True)
        self.prompts = QPlainTextEdit(self)
        self.prompts.setAccessibleName(self.tr("Prompts, one per line"))
        self.prompts.setTabChangesFocus(True)
        self.closing = QPlainTextEdit(self)
        self.closing.setAccessibleName(self.tr("Closing words"))
        self.closing.setTabChangesFocus(True)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save
            | QDialogButtonBox.StandardButton.Cancel,
            self,
        )
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Opening"), self.opening)
        form.addRow(self.tr("&Prompts (one per line)"), self.prompts)
        form.addRow(self.tr("C&losing"), self.closing)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.guide: Guide | None = None

    def _on_buttons_accepted(self) -> None:
        lines = self.prompts.toPlainText().splitlines()
        data = {
            "id": guides.guide_id_from_title(self.title.text()),
            "title": self.title.text(),
            "language": self._language,
            "opening": self.opening.toPlainText(),
            "prompts": [line for line in lines if line.strip()],
            "closing": self.closing.toPlainText(),
        }
        try:
            self.guide = guides.parse_guide(data)
        except GuideInvalid as error:
            self.problem.setText(str(error))
            return
        self.accept()
