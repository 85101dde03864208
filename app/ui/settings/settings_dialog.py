"""The settings dialog: model, processor, guide, data folder, language, text size."""

import logging
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import settings as app_settings
from app.settings import Settings
from app.ui import text_size
from app.ui.background import run_in_background
from app.ui.error_dialog import show_error
from app.ui.settings import choices
from app.ui.translations import LANGUAGES

logger = logging.getLogger(__name__)

# Ten years: far beyond any ethics board's schedule, and a bound for the field.
MAX_RETENTION_DAYS = 3650


class SettingsDialog(QDialog):
    """Edits the user's settings; saving writes them through app.settings."""

    settings_saved = Signal(object)

    def __init__(
        self, current: Settings, data_folder: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._current = current
        self._data_folder = data_folder
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))
        self._build_fields()
        self._lay_out()
        self._show(current)

    def _build_fields(self) -> None:
        self.model_box = self._combo(self.tr("Transcription model"))
        self.import_button = QPushButton(self.tr("&Import a model folder…"), self)
        self.import_button.setAccessibleName(self.tr("Import a model folder"))
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.device_box = self._combo(self.tr("Processor for transcription"))
        self.guide_box = self._combo(self.tr("Default conversation guide"))
        self.language_box = self._combo(self.tr("Language of the app"))
        self.text_size_box = QSpinBox(self)
        self.text_size_box.setAccessibleName(self.tr("Text size in percent"))
        self.text_size_box.setRange(
            text_size.SMALLEST_PERCENT, text_size.LARGEST_PERCENT
        )
        self.text_size_box.setSingleStep(text_size.STEP_PERCENT)
        self.text_size_box.setSuffix(" %")
        self.retention_box = QSpinBox(self)
        self.retention_box.setAccessibleName(
            self.tr("Days the raw recording is kept after its approved version synced")
        )
        self.retention_box.setRange(1, MAX_RETENTION_DAYS)
        self.retention_box.setSuffix(self.tr(" days"))
        self.data_folder_field = QLineEdit(str(self._data_folder), self)
        self.data_folder_field.setReadOnly(True)
        self.data_folder_field.setAccessibleName(self.tr("Data folder"))
        self.data_folder_field.setMinimumWidth(
            self.data_folder_field.fontMetrics().averageCharWidth() * 40
        )
        self.open_folder_button = QPushButton(self.tr("Open &folder"), self)
        self.open_folder_button.setAccessibleName(self.tr("Open the data folder"))
        self.open_folder_button.clicked.connect(self._on_open_folder_button_clicked)

    def _combo(self, accessible_name: str) -> QComboBox:
        box = QComboBox(self)
        box.setAccessibleName(accessible_name)
        return box

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Model:"), _row(self.model_box, self.import_button))
        form.addRow(self.tr("&Processor:"), self.device_box)
        form.addRow(self.tr("Default &guide:"), self.guide_box)
        language_note = _note(self.tr("A new language shows after a restart."), self)
        form.addRow(self.tr("&Language:"), _column(self.language_box, language_note))
        form.addRow(self.tr("&Text size:"), self.text_size_box)
        retention_note = _note(
            self.tr(
                "After that the recording is erased for good; the approved "
                "transcript stays, here and in the collection."
            ),
            self,
        )
        form.addRow(
            self.tr("&Keep recordings after sync:"),
            _column(self.retention_box, retention_note),
        )
        form.addRow(
            self.tr("&Data folder:"),
            _row(self.data_folder_field, self.open_folder_button),
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save
            | QDialogButtonBox.StandardButton.Cancel,
            self,
        )
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _show(self, current: Settings) -> None:
        self._fill_models(current.model)
        device_names = {
            "auto": self.tr("Automatic (graphics card when it works)"),
            "cuda": self.tr("Graphics card (GPU)"),
            "cpu": self.tr("Processor (CPU)"),
        }
        for device in choices.DEVICES:
            self.device_box.addItem(device_names[device], device)
        _select(self.device_box, current.device)
        for guide in choices.available_guides():
            self.guide_box.addItem(guide.title, guide.id)
        if self.guide_box.findData(current.default_guide) < 0:
            self.guide_box.addItem(current.default_guide, current.default_guide)
        _select(self.guide_box, current.default_guide)
        for code, name in LANGUAGES.items():
            self.language_box.addItem(name, code)
        _select(self.language_box, current.language)
        self.text_size_box.setValue(current.text_scale_percent)
        self.retention_box.setValue(current.retention_days)

    def _fill_models(self, chosen: str) -> None:
        self.model_box.clear()
        names = choices.installed_models()
        if chosen not in names:
            names.append(chosen)
        for name in names:
            self.model_box.addItem(name, name)
        _select(self.model_box, chosen)

    def chosen_settings(self) -> Settings:
        """The settings as the dialog shows them now."""
        return replace(
            self._current,
            model=str(self.model_box.currentData()),
            device=str(self.device_box.currentData()),
            default_guide=str(self.guide_box.currentData()),
            language=str(self.language_box.currentData()),
            text_scale_percent=self.text_size_box.value(),
            retention_days=self.retention_box.value(),
        )

    def _on_buttons_accepted(self) -> None:
        chosen = self.chosen_settings()
        app_settings.save_settings(chosen)
        logger.info("Settings saved")
        self.settings_saved.emit(chosen)
        self.accept()

    def _on_open_folder_button_clicked(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._data_folder)))

    def _on_import_button_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the folder of a Whisper model")
        )
        if not folder:
            return
        self.import_button.setEnabled(False)
        run_in_background(
            lambda: choices.import_model_folder(Path(folder)),
            self._on_model_imported,
            self._on_import_failed,
        )

    def _on_model_imported(self, name: str) -> None:
        self.import_button.setEnabled(True)
        self._fill_models(name)

    def _on_import_failed(self, error: Exception) -> None:
        self.import_button.setEnabled(True)
        show_error(self, error)


def _row(*widgets: QWidget) -> QWidget:
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    return holder


def _column(*widgets: QWidget) -> QWidget:
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    return holder


def _note(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setObjectName("note")
    return label


def _select(box: QComboBox, value: str) -> None:
    index = box.findData(value)
    box.setCurrentIndex(max(index, 0))
