"""The one way errors reach the user in the app (STYLE.md, habit 9)."""

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import RealTalkError

logger = logging.getLogger(__name__)


def unexpected_message() -> str:
    """The plain sentence for an error nobody foresaw, in the UI language."""
    return QCoreApplication.translate(
        "ErrorDialog",
        "Something went wrong that RealTalk did not expect. Nothing was deleted. "
        "Try again; if it happens again, send the log file to your support contact.",
    )


def user_message(error: BaseException) -> str:
    """The plain sentence to show for ``error``."""
    if isinstance(error, RealTalkError):
        return str(error)
    return unexpected_message()


def show_error(parent: QWidget | None, error: BaseException, title: str = "") -> None:
    """Log the detail and show the plain message in a dialog."""
    if isinstance(error, RealTalkError):
        logger.info("Shown to user: %s", type(error).__name__)
    else:
        logger.error(
            "Unexpected error shown to user",
            exc_info=(type(error), error, error.__traceback__),
        )
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or parent_title(parent))
    box.setText(user_message(error))
    box.setAccessibleName(QCoreApplication.translate("ErrorDialog", "Error message"))
    box.exec()


def parent_title(parent: QWidget | None) -> str:
    """The title for a message box: the app's name unless the parent has one."""
    if parent is not None and parent.window().windowTitle():
        return parent.window().windowTitle()
    return "RealTalk Recorder"
