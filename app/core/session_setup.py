"""A new session's plan (title, guide, collection, seats) and the rules it must meet.

A seat is a channel of the recording. Seats start out on the device input of
the same number; the sound check may find that a participant's microphone is
plugged into another input, and the :class:`InputMap` then routes that input
to their seat, so the stored seat (and the consent given for it) stays put.
"""

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from app.core.model import Seat
from app.errors import RealTalkError
from app.store.store import Store

logger = logging.getLogger(__name__)

MAX_NAME = 60
MAX_TITLE = 120


class SetupInvalid(RealTalkError):
    """The new session's plan breaks a setup rule."""


@dataclass(frozen=True)
class PlannedParticipant:
    """A participant as the facilitator entered them: chosen name and seat."""

    name: str
    channel: int
    is_facilitator: bool = False


@dataclass(frozen=True)
class SessionPlan:
    """Everything the setup page collects before consent."""

    title: str
    guide_id: str
    collection: str | None
    device: str
    device_channels: int
    sample_rate: int
    participants: tuple[PlannedParticipant, ...]


def problems(plan: SessionPlan) -> list[str]:
    """Every rule the plan breaks, as plain sentences (empty when it is fine)."""
    found = []
    if not plan.title.strip():
        found.append("Give the conversation a title.")
    if len(plan.title) > MAX_TITLE:
        found.append(f"Keep the title under {MAX_TITLE} characters.")
    if not plan.participants:
        found.append("Add at least one participant.")
    found.extend(_name_problems(plan.participants))
    found.extend(_seat_problems(plan.participants, plan.device_channels))
    return found


def _name_problems(participants: Sequence[PlannedParticipant]) -> list[str]:
    names = [p.name.strip() for p in participants]
    found = []
    if any(not name for name in names):
        found.append("Every participant needs a name (a made-up one is fine).")
    if any(len(name) > MAX_NAME for name in names):
        found.append(f"Keep names under {MAX_NAME} characters.")
    if len({name.casefold() for name in names}) != len(names):
        found.append("Two participants have the same name; make them different.")
    if sum(p.is_facilitator for p in participants) > 1:
        found.append("Mark only one participant as the facilitator.")
    return found


def _seat_problems(
    participants: Sequence[PlannedParticipant], device_channels: int
) -> list[str]:
    channels = [p.channel for p in participants]
    found = []
    if len(set(channels)) != len(channels):
        found.append(
            "Two participants share a microphone channel; give each their own."
        )
    if any(not 0 <= channel < device_channels for channel in channels):
        found.append(
            f"The device has {device_channels} input channel(s); "
            "choose channels it has."
        )
    return found


def validate(plan: SessionPlan) -> None:
    """Raise SetupInvalid with every problem if the plan breaks a rule."""
    found = problems(plan)
    if found:
        raise SetupInvalid(" ".join(found))


def create_conversation(store: Store, plan: SessionPlan) -> str:
    """Validate the plan and store the conversation with its seated participants.

    The conversation is stored before consent so each decision is recorded
    the moment it is made. If the app dies before recording starts, an empty
    conversation marked as recording is left behind for the library's
    recovery to show; the flow deletes it only when the facilitator cancels.
    """
    validate(plan)
    others = [p for p in plan.participants if not p.is_facilitator]
    conversation_id = store.create_conversation(
        plan.title.strip(),
        plan.sample_rate,
        [Seat(p.channel, p.name.strip()) for p in others],
        channels=plan.device_channels,
        guide=plan.guide_id,
        collection=plan.collection,
    )
    for facilitator in (p for p in plan.participants if p.is_facilitator):
        store.add_participant(
            conversation_id,
            Seat(facilitator.channel, facilitator.name.strip()),
            is_facilitator=True,
        )
    store.update_conversation(conversation_id, device=plan.device)
    logger.info(
        "Session %s set up: %d participants",
        conversation_id[:8],
        len(plan.participants),
    )
    return conversation_id


@dataclass(frozen=True)
class InputMap:
    """Which device input feeds each seat's channel (identity until a swap)."""

    inputs: Mapping[int, int]

    @classmethod
    def identity(cls, channels: Sequence[int]) -> "InputMap":
        """Every seat on the device input of its own number."""
        return cls({channel: channel for channel in channels})

    def input_of(self, channel: int) -> int:
        """The device input feeding seat ``channel``."""
        return self.inputs[channel]

    def seat_of_input(self, device_input: int) -> int | None:
        """The seat fed by ``device_input``, or None."""
        return next((s for s, i in self.inputs.items() if i == device_input), None)

    def swapped(self, first: int, second: int) -> "InputMap":
        """A map with the inputs of seats ``first`` and ``second`` exchanged."""
        inputs = dict(self.inputs)
        inputs[first], inputs[second] = inputs[second], inputs[first]
        return InputMap(inputs)

    def without(self, channel: int) -> "InputMap":
        """A map with seat ``channel`` no longer recorded."""
        return InputMap({s: i for s, i in self.inputs.items() if s != channel})
