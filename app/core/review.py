"""The end-of-session review: each participant's decision, edits and redactions.

:class:`ReviewState` is plain data for the store to persist; :class:`Review`
pairs it with the conversation's turns and enforces the rules:

- a participant edits, redacts and approves only their own turns (the
  facilitator is a participant like the others);
- an unattributed turn is shared only when the group approves unattributed
  turns explicitly, or after it is assigned to a participant, whose decision
  then covers it;
- anything not approved is withheld.

Character spans refer to a turn's current text (its edit if it has one).
Every redaction carries the time span its words were spoken in, so the
audio can be muted there too.
"""

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from app.core.model import MOST_PRIVATE_VISIBILITY, Turn, Visibility
from app.core.timing import TimeSpan, token_times, tokens
from app.errors import ReviewError

logger = logging.getLogger(__name__)


class Decision(StrEnum):
    """What a participant decided about sharing their turns."""

    UNDECIDED = "undecided"
    APPROVED = "approved"
    DECLINED = "declined"


@dataclass(frozen=True)
class TextSpan:
    """Characters ``start`` (inclusive) to ``end`` (exclusive) of a text."""

    start: int
    end: int


@dataclass(frozen=True)
class Edit:
    """A participant's correction of a turn; the original is kept for the audit."""

    original: str
    text: str


@dataclass(frozen=True)
class Redaction:
    """Text removed from a turn and the time span to mute in the audio.

    ``span`` is None when the whole turn is redacted. ``by`` is the
    participant who asked for it, or None for a group or steward redaction
    (such as ``realtalk review --redact``).
    """

    turn_id: int
    span: TextSpan | None
    time: TimeSpan
    by: str | None


class ReviewEventKind(StrEnum):
    """A kind of review decision, as the audit log names it."""

    APPROVED = "approved"
    DECLINED = "declined"
    UNDECIDED = "undecided"
    EDITED = "edited"
    REDACTED = "redacted"
    REDACTION_REMOVED = "redaction removed"
    ASSIGNED = "assigned"
    UNATTRIBUTED_APPROVED = "unattributed approved"
    UNATTRIBUTED_WITHHELD = "unattributed withheld"
    VISIBILITY_CHOSEN = "visibility chosen"
    SUGGESTION_KEPT = "suggestion kept"


@dataclass(frozen=True)
class ReviewEvent:
    """One decision for the audit log: who, which turn, and a short detail.

    ``participant`` is who decided (for an assignment: who the turn now
    belongs to); None for a group or steward decision.
    """

    kind: ReviewEventKind
    participant: str | None = None
    turn_id: int | None = None
    detail: str = ""


@dataclass
class ReviewState:
    """Every review decision of one conversation, as the store keeps it."""

    decisions: dict[str, Decision] = field(default_factory=dict)
    edits: dict[int, Edit] = field(default_factory=dict)
    redactions: list[Redaction] = field(default_factory=list)
    assignments: dict[int, str] = field(default_factory=dict)
    unattributed_approved: bool = False
    visibility: Visibility = MOST_PRIVATE_VISIBILITY
    # Suggested redactions someone looked at and chose to leave as they are.
    kept_suggestions: list[tuple[int, TextSpan]] = field(default_factory=list)


class Review:
    """The review rules applied to one conversation's turns and participants."""

    def __init__(
        self,
        turns: Sequence[Turn],
        participants: Sequence[str],
        state: ReviewState | None = None,
    ) -> None:
        self.turns = list(turns)
        self.participants = list(participants)
        self.state = state if state is not None else ReviewState()
        self._by_id = _index_turns(self.turns)
        self._events: list[ReviewEvent] = []
        _check_speakers(self.turns, self.participants)
        self._check_state()

    # Questions the UI and the shareable version ask.

    def turn(self, turn_id: int) -> Turn:
        """The turn with this id."""
        if turn_id not in self._by_id:
            raise ReviewError("That turn is not part of this conversation.")
        return self._by_id[turn_id]

    def owner(self, turn_id: int) -> str | None:
        """Who a turn belongs to: its speaker, its assignee, or nobody."""
        turn = self.turn(turn_id)
        return turn.speaker or self.state.assignments.get(turn_id)

    def turns_of(self, participant: str) -> list[Turn]:
        """The turns a participant reviews, in order."""
        self._check_participant(participant)
        return [t for t in self.turns if self.owner(id_of(t)) == participant]

    def decision(self, participant: str) -> Decision:
        """A participant's decision; undecided until they make one."""
        self._check_participant(participant)
        return self.state.decisions.get(participant, Decision.UNDECIDED)

    def text(self, turn_id: int) -> str:
        """A turn's current text: the participant's edit, else the original."""
        edit = self.state.edits.get(turn_id)
        return edit.text if edit is not None else self.turn(turn_id).text

    def is_kept(self, turn_id: int, span: TextSpan) -> bool:
        """Whether someone chose to leave this suggested span as it is."""
        return (turn_id, span) in self.state.kept_suggestions

    def redactions_in(self, turn_id: int) -> list[Redaction]:
        """The redactions recorded for one turn."""
        return [r for r in self.state.redactions if r.turn_id == turn_id]

    def is_shared(self, turn_id: int) -> bool:
        """Whether the turn's (redacted) words may leave the room."""
        owner = self.owner(turn_id)
        if owner is None:
            return self.state.unattributed_approved
        return self.decision(owner) is Decision.APPROVED

    # Decisions a participant makes about their own turns.

    def approve(self, participant: str) -> None:
        """Record that a participant agrees to share their turns."""
        self._decide(participant, Decision.APPROVED)

    def decline(self, participant: str) -> None:
        """Record that a participant's turns must not leave the room."""
        self._decide(participant, Decision.DECLINED)

    def undecide(self, participant: str) -> None:
        """Take back a decision; the participant's turns are withheld again."""
        self._decide(participant, Decision.UNDECIDED)

    def edit(self, participant: str, turn_id: int, text: str) -> None:
        """Replace the text of one of the participant's own turns."""
        self._check_own_turn(participant, turn_id)
        self._check_edit_allowed(turn_id, text)

        original = self.turn(turn_id).text
        if text == original:
            self.state.edits.pop(turn_id, None)
        else:
            self.state.edits[turn_id] = Edit(original=original, text=text)
        self._record(ReviewEventKind.EDITED, participant, turn_id)

    def redact(
        self, participant: str, turn_id: int, span: TextSpan | None = None
    ) -> Redaction:
        """Redact a span of one of the participant's turns, or all of it.

        Anyone in the room may redact an unattributed turn, since redacting
        only ever removes words.
        """
        self._check_participant(participant)
        owner = self.owner(turn_id)
        if owner is not None and owner != participant:
            raise ReviewError("You can only redact your own turns.")
        return self._add_redaction(turn_id, span, by=participant)

    def keep_suggestion(self, participant: str, turn_id: int, span: TextSpan) -> None:
        """Leave a suggested span of one's own (or an unattributed) turn as it is."""
        self._check_participant(participant)
        owner = self.owner(turn_id)
        if owner is not None and owner != participant:
            raise ReviewError("You can only decide about your own turns.")
        if not self.is_kept(turn_id, span):
            self.state.kept_suggestions.append((turn_id, span))
        self._record(ReviewEventKind.SUGGESTION_KEPT, participant, turn_id)

    def redact_for_group(self, turn_id: int, span: TextSpan | None = None) -> Redaction:
        """Redact any turn on the group's or the steward's behalf."""
        return self._add_redaction(turn_id, span, by=None)

    def remove_redaction(self, participant: str | None, redaction: Redaction) -> None:
        """Undo a redaction; only whoever made it (or the group) may undo it."""
        if redaction not in self.state.redactions:
            raise ReviewError("That redaction is not part of this review.")
        if redaction.by != participant:
            raise ReviewError("Only the person who made a redaction can undo it.")
        self.state.redactions.remove(redaction)
        self._record(ReviewEventKind.REDACTION_REMOVED, participant, redaction.turn_id)

    # Decisions the group makes together.

    def assign(self, turn_id: int, participant: str) -> None:
        """Give an unattributed turn to the participant who spoke it."""
        self._check_participant(participant)
        self._check_assignable(turn_id)
        self.state.assignments[turn_id] = participant
        self._record(ReviewEventKind.ASSIGNED, participant, turn_id)

    def approve_unattributed(self, approved: bool = True) -> None:
        """Record the group's decision on turns nobody has been assigned."""
        self.state.unattributed_approved = approved
        kind = ReviewEventKind.UNATTRIBUTED_APPROVED
        self._record(kind if approved else ReviewEventKind.UNATTRIBUTED_WITHHELD)

    def choose_visibility(self, level: Visibility | str) -> None:
        """Record who in the collection may read this conversation."""
        try:
            self.state.visibility = Visibility(level)
        except ValueError as error:
            names = ", ".join(v.value for v in Visibility)
            raise ReviewError(f"Choose one of these visibilities: {names}.") from error
        self._record(ReviewEventKind.VISIBILITY_CHOSEN, detail=self.state.visibility)

    def drain_events(self) -> list[ReviewEvent]:
        """The decisions made since the last call, oldest first, for the audit log."""
        events, self._events = self._events, []
        return events

    def _record(
        self,
        kind: ReviewEventKind,
        participant: str | None = None,
        turn_id: int | None = None,
        detail: str = "",
    ) -> None:
        self._events.append(ReviewEvent(kind, participant, turn_id, detail))
        # Ids and kinds only: names and text never reach the log.
        logger.info("review decision %s (turn %s)", kind.value, turn_id)

    # The rules, one question each.

    def _decide(self, participant: str, decision: Decision) -> None:
        self._check_participant(participant)
        self.state.decisions[participant] = decision
        self._record(ReviewEventKind(decision.value), participant)

    def _add_redaction(
        self, turn_id: int, span: TextSpan | None, by: str | None
    ) -> Redaction:
        redaction = Redaction(turn_id, span, self._time_of(turn_id, span), by)
        if redaction not in self.state.redactions:
            self.state.redactions.append(redaction)
            self._record(ReviewEventKind.REDACTED, by, turn_id)
        return redaction

    def _time_of(self, turn_id: int, span: TextSpan | None) -> TimeSpan:
        turn = self.turn(turn_id)
        if span is None:
            return TimeSpan(turn.start, turn.end)
        text = self.text(turn_id)
        _check_span(span, text)
        timed = token_times(turn, text)
        touched = [
            time
            for token, time in zip(tokens(text), timed, strict=True)
            if token.start < span.end and span.start < token.end
        ]
        if not touched:
            raise ReviewError("Select at least one word to redact.")
        return TimeSpan(min(t.start for t in touched), max(t.end for t in touched))

    def _check_state(self) -> None:
        """Refuse a saved state that belongs to other turns or participants."""
        state = self.state
        turn_ids = {*state.edits, *state.assignments}
        turn_ids |= {r.turn_id for r in state.redactions}
        names = {*state.decisions, *state.assignments.values()}
        if not turn_ids <= self._by_id.keys() or not names <= set(self.participants):
            raise ReviewError(
                "The saved review does not match this conversation; review it again."
            )

    def _check_participant(self, participant: str) -> None:
        if participant not in self.participants:
            raise ReviewError("Pick your name from this conversation's participants.")

    def _check_own_turn(self, participant: str, turn_id: int) -> None:
        self._check_participant(participant)
        owner = self.owner(turn_id)
        if owner is None:
            raise ReviewError("Assign this turn to whoever spoke it before editing it.")
        if owner != participant:
            raise ReviewError("You can only change your own turns.")

    def _check_edit_allowed(self, turn_id: int, text: str) -> None:
        if not text.strip():
            raise ReviewError(
                "To remove a whole turn, redact it instead of emptying it."
            )
        if any(r.span is not None for r in self.redactions_in(turn_id)):
            raise ReviewError("Undo the redactions in this turn before editing it.")

    def _check_assignable(self, turn_id: int) -> None:
        if self.turn(turn_id).speaker is not None:
            raise ReviewError("Only turns without a speaker can be assigned.")
        if turn_id in self.state.edits:
            raise ReviewError("This turn was already edited; undo the edit first.")


def _index_turns(turns: Sequence[Turn]) -> dict[int, Turn]:
    by_id = {id_of(turn): turn for turn in turns}
    if len(by_id) != len(turns):
        raise ReviewError("This transcript has repeated turns; import it again.")
    return by_id


def _check_speakers(turns: Sequence[Turn], participants: Sequence[str]) -> None:
    if any(t.speaker is not None and t.speaker not in participants for t in turns):
        raise ReviewError(
            "A turn's speaker is not among the participants; check the seats "
            "before reviewing."
        )


def id_of(turn: Turn) -> int:
    """A turn's id; the review needs the ids the store gives turns."""
    if turn.id is None:
        raise ReviewError("Save this transcript in the store before reviewing it.")
    return turn.id


def _check_span(span: TextSpan, text: str) -> None:
    if not 0 <= span.start < span.end <= len(text):
        raise ReviewError("Select the words to redact within the turn's text.")
