"""New session: collection, guide, title, device and the participants' seats."""

import logging
from collections.abc import Sequence
from urllib.parse import urlsplit

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core import session_setup
from app.core.guides import Guide
from app.core.model import LOCAL_ONLY
from app.core.session_setup import SessionPlan
from app.ui.session.participants_model import NAME, ParticipantsModel
from app.ui.session.recorder_port import InputDevice

logger = logging.getLogger(__name__)


class SetupPage(QWidget):
    """Collects a SessionPlan; emits ``plan_confirmed`` once it meets the rules."""

    plan_confirmed = Signal(object)
    cancel_requested = Signal()
    new_guide_requested = Signal()
    devices_refresh_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._devices: list[InputDevice] = []
        self.participants = ParticipantsModel(self)
        self._build_fields()
        self._build_participants()
        self._build_buttons()
        self._lay_out()

    def _build_fields(self) -> None:
        self.collection = QComboBox(self)
        self.collection.addItem(self.tr("Local only (not shared)"), LOCAL_ONLY)
        self.collection.setAccessibleName(self.tr("Collection"))
        self.guide = QComboBox(self)
        self.guide.setAccessibleName(self.tr("Conversation guide"))
        self.new_guide_button = QPushButton(self.tr("&New guide…"), self)
        self.new_guide_button.clicked.connect(self.new_guide_requested)
        self.title = QLineEdit(self)
        self.title.setAccessibleName(self.tr("Title"))
        self.title.setPlaceholderText(self.tr("For example: Lab circle, spring"))
        self.device = QComboBox(self)
        self.device.setAccessibleName(self.tr("Audio input device"))
        self.refresh_button = QPushButton(self.tr("Re&fresh devices"), self)
        self.refresh_button.clicked.connect(self.devices_refresh_requested)

    def _build_participants(self) -> None:
        self.table = QTableView(self)
        self.table.setModel(self.participants)
        self.table.setAccessibleName(self.tr("Participants"))
        self.table.horizontalHeader().setSectionResizeMode(
            NAME, QHeaderView.ResizeMode.Stretch
        )
        self.add_button = QPushButton(self.tr("&Add participant"), self)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button = QPushButton(self.tr("&Remove participant"), self)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)

    def _build_buttons(self) -> None:
        self.problems = QLabel(self)
        self.problems.setWordWrap(True)
        self.problems.setAccessibleName(self.tr("What to fix"))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.continue_button = QPushButton(self.tr("&Continue to consent"), self)
        self.continue_button.setDefault(True)
        self.continue_button.clicked.connect(self._on_continue_button_clicked)

    def _lay_out(self) -> None:
        guide_row = QHBoxLayout()
        guide_row.addWidget(self.guide, 1)
        guide_row.addWidget(self.new_guide_button)
        form = QFormLayout()
        form.addRow(self.tr("Co&llection"), self.collection)
        form.addRow(self._label(self.tr("&Guide"), self.guide), guide_row)
        form.addRow(self.tr("&Title"), self.title)
        device_row = QHBoxLayout()
        device_row.addWidget(self.device, 1)
        device_row.addWidget(self.refresh_button)
        form.addRow(self._label(self.tr("&Device"), self.device), device_row)
        participant_buttons = QHBoxLayout()
        participant_buttons.addWidget(self.add_button)
        participant_buttons.addWidget(self.remove_button)
        participant_buttons.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.cancel_button)
        bottom.addStretch(1)
        bottom.addWidget(self.continue_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Participants (the names they choose)"), self))
        layout.addWidget(self.table, 1)
        layout.addLayout(participant_buttons)
        layout.addWidget(self.problems)
        layout.addLayout(bottom)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        # A form row whose field is a layout gets no buddy by itself, and a
        # label without one shows its "&" instead of a keyboard shortcut.
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def set_guides(self, guides: Sequence[Guide], selected_id: str) -> None:
        """List the guides and select ``selected_id`` when it is there."""
        self.guide.clear()
        for guide in guides:
            self.guide.addItem(guide.title, guide.id)
        index = self.guide.findData(selected_id)
        self.guide.setCurrentIndex(max(index, 0))

    def set_collections(self, urls: Sequence[str]) -> None:
        """Offer the collections this computer is enrolled with after local only."""
        while self.collection.count() > 1:
            self.collection.removeItem(1)
        for url in urls:
            label = self.tr("Collection at {host}").format(host=urlsplit(url).netloc)
            self.collection.addItem(label, url)

    def set_devices(self, devices: Sequence[InputDevice]) -> None:
        """List the input devices with their channel counts."""
        self._devices = list(devices)
        self.device.clear()
        for device in self._devices:
            label = self.tr("{name} ({channels} channels)").format(
                name=device.name, channels=device.input_channels
            )
            self.device.addItem(label, device.index)

    # One device per session: a circle on several separate USB microphones
    # can be recorded (clocks aligned) only with `realtalk record --device A
    # --device B`, so in the app the facilitator needs one multi-channel
    # interface.
    def selected_device(self) -> InputDevice | None:
        """The device chosen now, or None if there is none."""
        index = self.device.currentIndex()
        return self._devices[index] if 0 <= index < len(self._devices) else None

    def plan(self) -> SessionPlan:
        """The plan as entered (not yet checked)."""
        device = self.selected_device()
        return SessionPlan(
            title=self.title.text(),
            guide_id=str(self.guide.currentData() or ""),
            collection=self.collection.currentData(),
            device=device.name if device else "",
            device_channels=device.input_channels if device else 0,
            sample_rate=device.default_rate if device else 0,
            participants=self.participants.participants(),
        )

    def _on_add_button_clicked(self) -> None:
        row = self.participants.add_participant()
        self.table.setCurrentIndex(self.participants.index(row, NAME))
        self.table.edit(self.participants.index(row, NAME))

    def _on_remove_button_clicked(self) -> None:
        self.participants.remove_participant(self.table.currentIndex().row())

    def _on_continue_button_clicked(self) -> None:
        plan = self.plan()
        # The rules' sentences come from the core in English only, so a
        # Spanish-speaking facilitator reads what to fix in English.
        found = session_setup.problems(plan)
        if self.selected_device() is None:
            found.insert(0, self.tr("Connect a microphone or audio interface."))
        if not plan.guide_id:
            found.insert(0, self.tr("Choose a conversation guide."))
        self.problems.setText("\n".join(found))
        if not found:
            self.plan_confirmed.emit(plan)
