"""The question asked before a conversation is erased for good."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def confirm_delete(parent: QWidget, title: str) -> bool:
    """Ask whether to erase the conversation ``title``; True means erase."""
    question = QCoreApplication.translate(
        "DeleteConfirmation",
        "Delete “%1” for good?\n\nIts recording and transcript are erased: the key "
        "that unlocks its audio is destroyed, so nobody can bring it back, not "
        "even from a backup of this computer. This cannot be undone.",
    ).replace("%1", title)
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("DeleteConfirmation", "Delete conversation"),
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
