"""The pieces both unlock dialogs share: a passphrase field and a message line."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QWidget


def passphrase_field(accessible_name: str, parent: QWidget) -> QLineEdit:
    """A line edit that hides what is typed."""
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(accessible_name)
    return field


def show_passphrase_box(fields: list[QLineEdit], parent: QWidget) -> QCheckBox:
    """A check box that shows or hides the typed passphrase in ``fields``."""
    box = QCheckBox(
        QCoreApplication.translate("PassphraseForm", "Show what I type"), parent
    )

    def toggle(shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for field in fields:
            field.setEchoMode(mode)

    box.toggled.connect(toggle)
    return box


def message_label(parent: QWidget) -> QLabel:
    """An inline message line for problems the user can fix in the dialog."""
    label = QLabel(parent)
    label.setObjectName("inlineMessage")
    label.setWordWrap(True)
    label.setAccessibleName(QCoreApplication.translate("PassphraseForm", "Message"))
    label.hide()
    return label


def explanation_label(text: str, parent: QWidget) -> QLabel:
    """A paragraph of plain explanation that wraps."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    # A wrapped label gives its window no useful width; about 60 characters
    # per line keeps paragraphs readable at every text size.
    label.setMinimumWidth(label.fontMetrics().averageCharWidth() * 60)
    return label
