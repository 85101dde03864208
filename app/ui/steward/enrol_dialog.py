"""Enrol this computer with the DLC's collection."""

import logging
import socket
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.store.store import Store
from app.sync.enrolment import Enrolment, enroll
from app.sync.errors import InsecureCollectionUrl
from app.sync.urls import checked_collection_url
from app.ui.background import run_in_background
from app.ui.error_dialog import show_error

logger = logging.getLogger(__name__)


class EnrolDialog(QDialog):
    """Asks for the collection's address and one-time code, then enrols."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Enrol with the collection"))
        self.enrolment: Enrolment | None = None
        self._store = store
        self.url_field = QLineEdit(placeholderText="https://collection.example.org")
        self.code_field = QLineEdit()
        self.name_field = QLineEdit(socket.gethostname())
        self.ca_field = QLineEdit(
            placeholderText=self.tr("only for a self-hosted collection")
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self._lay_out()
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    def _lay_out(self) -> None:
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._on_browse_clicked)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_field)
        ca_row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(
            QLabel(
                self.tr(
                    "Your collection's administrator gives you the address and code."
                )
            )
        )
        form.addRow(self.tr("Collection address"), self.url_field)
        form.addRow(self.tr("Enrolment code"), self.code_field)
        form.addRow(self.tr("This computer's name"), self.name_field)
        form.addRow(self.tr("Certificate authority"), ca_row)
        form.addRow(self.buttons)
        self.code_field.setEchoMode(QLineEdit.EchoMode.Password)

    def _on_browse_clicked(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Certificate authority"),
            "",
            self.tr("PEM files (*.pem *.crt)"),
        )
        if chosen:
            self.ca_field.setText(chosen)

    def _on_buttons_accepted(self) -> None:
        url, code = self.url_field.text(), self.code_field.text().strip()
        name = self.name_field.text().strip() or socket.gethostname()
        ca_file = Path(self.ca_field.text()) if self.ca_field.text().strip() else None
        try:
            checked_collection_url(url)
        except InsecureCollectionUrl as error:
            show_error(self, error)
            return
        self.buttons.setEnabled(False)
        run_in_background(
            lambda: enroll(self._store, url, code, name, ca_file),
            self._on_enrol_done,
            self._on_enrol_failed,
        )

    def _on_enrol_done(self, enrolment: object) -> None:
        assert isinstance(enrolment, Enrolment)
        self.enrolment = enrolment
        self.accept()

    def _on_enrol_failed(self, error: Exception) -> None:
        self.buttons.setEnabled(True)
        show_error(self, error)
