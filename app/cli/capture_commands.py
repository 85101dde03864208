"""``realtalk devices``, ``record`` and ``recover``.

``record`` prints a line containing "recording" once capture runs, then each
event as it happens, and the conversation id as the last line of stdout, so
scripts can capture it. Ctrl-C and SIGTERM stop it cleanly.
"""

import argparse
import json
import logging
import os
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from types import FrameType
from typing import TYPE_CHECKING

from app.audio.devices import InputDevice, default_backend, find_device, input_devices
from app.audio.events import CaptureEvent
from app.audio.live import TranscriberFactory
from app.audio.recorder import (
    DeviceChoice,
    Recorder,
    RecordingPlan,
    RecordingSummary,
)
from app.audio.recovery import (
    LIVE_GAPS,
    BatchTranscriber,
    IncompleteTranscript,
    incomplete_transcripts,
    interrupted_conversations,
    recover_conversation,
)
from app.cli import argument_types
from app.cli.unlock import unlocked_store
from app.core.model import Turn
from app.errors import AudioError
from app.store.records import ConversationRecord
from app.store.store import Store

if TYPE_CHECKING:
    from app.transcribe.device import LoadedModel

logger = logging.getLogger(__name__)

Parsers = argparse._SubParsersAction
AUDIO_FORMATS = {".wav": ("WAV", "PCM_16"), ".flac": ("FLAC", "PCM_16")}


def register(subparsers: Parsers) -> None:
    """Add the capture commands."""
    _register_devices(subparsers)
    _register_record(subparsers)
    _register_recover(subparsers)


def _register_devices(subparsers: Parsers) -> None:
    devices = subparsers.add_parser("devices", help="input devices that can record")
    devices.add_argument("--json", action="store_true", help="print JSON")
    devices.set_defaults(handler=list_devices)


def _register_record(subparsers: Parsers) -> None:
    record = subparsers.add_parser("record", help="record a conversation")
    record.add_argument(
        "--device",
        action="append",
        required=True,
        metavar="DEV",
        help="device index or part of its name, optionally NAME@RATE; "
        "repeat for several devices",
    )
    channels = record.add_mutually_exclusive_group()
    channels.add_argument(
        "--channels",
        type=argument_types.positive_count,
        help="record the first N channels",
    )
    channels.add_argument(
        "--channel-map", help="channels to record, 1-based, e.g. 1,3,4 (one device)"
    )
    record.add_argument(
        "--seconds",
        type=argument_types.positive_seconds,
        help="stop after this many seconds",
    )
    argument_types.add_conversation_arguments(record)
    record.add_argument(
        "--no-transcribe",
        action="store_true",
        help="record only; transcribe later with realtalk recover (saves CPU on a "
        "slow laptop)",
    )
    record.add_argument("--progress-fd", type=int, help=argparse.SUPPRESS)
    record.set_defaults(handler=record_conversation)


def _register_recover(subparsers: Parsers) -> None:
    recover = subparsers.add_parser(
        "recover",
        help="finish recordings interrupted by a crash or power cut, and "
        "transcripts that miss some of the audio",
    )
    recover.add_argument("id", nargs="?", help="the conversation to recover")
    recover.add_argument("--all", action="store_true", help="recover every one")
    recover.add_argument(
        "--no-transcribe", action="store_true", help="do not transcribe the audio"
    )
    recover.set_defaults(handler=recover_conversations)


# devices


def list_devices(arguments: argparse.Namespace) -> int:
    """Print every input device, freshly queried (hot-plugged ones included)."""
    devices = input_devices(default_backend(), refresh=True)
    if arguments.json:
        print(json.dumps([device.as_dict() for device in devices], indent=2))
        return 0
    if not devices:
        print("No input devices found. Plug in a microphone and try again.")
    for device in devices:
        print(
            f"{device.index:3d}  {device.name}  ({device.host_api}, "
            f"{device.input_channels} in, {device.default_rate} Hz)"
        )
    return 0


# record


def record_conversation(arguments: argparse.Namespace) -> int:
    """Record until --seconds, Ctrl-C or SIGTERM; print the id last."""
    plan = _plan(arguments)
    with unlocked_store() as store:
        _mention_interrupted(store)
        recorder = Recorder(
            store,
            plan,
            on_event=_print_event,
            transcriber_factory=_live_transcription(arguments.no_transcribe),
            on_chunk=_progress_writer(arguments.progress_fd),
        )
        with _stop_on_signals(recorder.request_stop):
            recorder.start()
            while not recorder.wait(timeout=0.5):
                pass
        summary = recorder.stop()
        turns = len(store.turns(summary.conversation_id))
    _print_summary(summary, turns)
    print(summary.conversation_id, flush=True)
    return 0


def _print_summary(summary: RecordingSummary, turns: int) -> None:
    for device, ppm in summary.drift_ppm.items():
        print(f"device {device}: clock {ppm:+.1f} ppm against the first device")
    if summary.lost_seconds:
        print(f"lost: {summary.lost_seconds:.2f} s ({summary.overflows} overflows)")
    if summary.live_transcript:
        print(f"transcript: {turns} turns")
    else:
        reason = LIVE_GAPS[summary.live_outcome.value]
        print(
            f"transcript: incomplete ({reason}); complete it with: "
            f"realtalk recover {summary.conversation_id[:8]}"
        )


def _plan(arguments: argparse.Namespace) -> RecordingPlan:
    devices = input_devices(default_backend())
    choices = tuple(
        _choice(devices, wanted, arguments, len(arguments.device) > 1)
        for wanted in arguments.device
    )
    seats = tuple(arguments.seats) if arguments.seats else ()
    collection = argument_types.collection_of(arguments)
    return RecordingPlan(arguments.title, choices, seats, arguments.seconds, collection)


def _choice(
    devices: list[InputDevice], wanted: str, arguments: argparse.Namespace, many: bool
) -> DeviceChoice:
    name, _, rate = wanted.rpartition("@") if "@" in wanted else (wanted, "", "")
    device = find_device(devices, name)
    if arguments.channel_map:
        if many:
            raise AudioError("Give --channel-map only when recording one device.")
        channels = tuple(_channel_numbers(arguments.channel_map))
    else:
        channels = tuple(range(arguments.channels or device.input_channels))
    return DeviceChoice(device, channels, _rate(rate) if rate else None)


def _rate(text: str) -> int:
    if not text.isdigit() or int(text) <= 0:
        raise AudioError(
            f"{text!r} is not a sample rate; write the device as NAME@RATE, "
            "e.g. room@48000, or leave the rate out."
        )
    return int(text)


def _channel_numbers(text: str) -> list[int]:
    try:
        numbers = [int(part) - 1 for part in text.split(",")]
    except ValueError as error:
        raise AudioError("Write the channel map as numbers from 1: 1,3,4") from error
    if min(numbers) < 0 or len(set(numbers)) != len(numbers):
        raise AudioError("Channel numbers start at 1 and appear once each: 1,3,4")
    return numbers


def _mention_interrupted(store: Store) -> None:
    interrupted = interrupted_conversations(store)
    if interrupted:
        # Printed before capture starts: no "recording" in it (see above).
        print(
            f"realtalk: {len(interrupted)} interrupted conversation(s) found; "
            "finish them with: realtalk recover --all",
            file=sys.stderr,
        )


def _print_event(event: CaptureEvent) -> None:
    print(event.line(), flush=True)


def _progress_writer(
    descriptor: int | None,
) -> Callable[[int, int, int, int], None] | None:
    if descriptor is None:
        return None

    def acknowledge(channel: int, seq: int, start: int, frames: int) -> None:
        # Written after the chunk's commit returned: a test killing us may
        # rely on every line here being durable in the store.
        os.write(descriptor, f"chunk {channel} {seq} {start} {frames}\n".encode())

    return acknowledge


@contextmanager
def _stop_on_signals(stop: Callable[[], None]) -> Iterator[None]:
    def handle(number: int, frame: FrameType | None) -> None:
        stop()

    previous = {
        number: signal.signal(number, handle)
        for number in (signal.SIGINT, signal.SIGTERM)
    }
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


# recover


def recover_conversations(arguments: argparse.Namespace) -> int:
    """List what needs recovering, or finish one or all of them."""
    with unlocked_store() as store:
        interrupted = interrupted_conversations(store)
        incomplete = incomplete_transcripts(store)
        nothing = not (interrupted or incomplete)
        if not arguments.id and (nothing or not arguments.all):
            _print_recoverable(interrupted, incomplete)
            return 0
        transcribe = None if arguments.no_transcribe else _batch_transcription()
        if arguments.id:
            targets = [store.resolve_id(arguments.id)]
        else:
            targets = [conversation.id for conversation in interrupted]
            if transcribe is not None:
                targets += [entry.conversation.id for entry in incomplete]
        failures = sum(
            not _recover_one(store, conversation_id, transcribe)
            for conversation_id in targets
        )
    return 1 if failures else 0


def _recover_one(
    store: Store, conversation_id: str, transcribe: BatchTranscriber | None
) -> bool:
    """Recover one conversation and say what was done; False if it could not."""
    try:
        result = recover_conversation(store, conversation_id, transcribe)
    except AudioError as error:
        print(f"realtalk: {error}", file=sys.stderr)
        return False
    transcribed = "" if result.turns is None else f", {result.turns} turns"
    if result.interrupted:
        print(
            f"recovered {result.conversation_id}: {result.chunks} chunks, "
            f"{result.duration:.1f} s{transcribed}; it now waits for review"
        )
    else:
        print(
            f"transcribed {result.conversation_id} again: {result.duration:.1f} s"
            f"{transcribed}; its transcript covers all of its audio"
        )
    return True


def _print_recoverable(
    interrupted: list[ConversationRecord], incomplete: list[IncompleteTranscript]
) -> None:
    if not (interrupted or incomplete):
        print("No interrupted recordings.")
        return
    for conversation in interrupted:
        print(f"{conversation.id}  {conversation.created}  {conversation.title}")
    for entry in incomplete:
        record = entry.conversation
        print(
            f"{record.id}  {record.created}  {record.title}  "
            f"(transcript incomplete: {entry.reason})"
        )
    print("Finish them with: realtalk recover --all")


# transcription


def _loaded_model() -> "LoadedModel | None":
    from app.errors import ModelError
    from app.transcribe.loading import load_chosen_model

    try:
        loaded = load_chosen_model()
    except ModelError as error:
        print(f"realtalk: no transcription: {error}", file=sys.stderr)
        return None
    if loaded.warning:
        print(f"realtalk: {loaded.warning}", file=sys.stderr)
    return loaded


def _live_transcription(skip: bool) -> TranscriberFactory | None:
    if skip:
        return None
    model = _loaded_model()
    if model is None:
        return None
    from app.transcribe.live import LiveTranscriber

    def build(
        rate: int, seats: Sequence[str], on_turn: Callable[[Turn], None]
    ) -> LiveTranscriber:
        return LiveTranscriber(model, rate, seats, on_turn)

    return build


def _batch_transcription() -> BatchTranscriber | None:
    model = _loaded_model()
    if model is None:
        return None
    from app.transcribe.stored import stored_transcription

    return stored_transcription(model)
