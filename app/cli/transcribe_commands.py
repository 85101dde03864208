"""``realtalk transcribe`` and ``realtalk models ...``.

``transcribe`` reads audio into memory and writes nothing but its output
(a file named by ``-o``, or stdout): no store, no temp files.
"""

import argparse
import sys
from pathlib import Path

from app.cli import argument_types
from app.core.model import Transcript
from app.export import json_format, subtitles, text
from app.export.metadata import ExportMetadata, ExportVersion
from app.settings import load_settings
from app.transcribe import models
from app.transcribe.audio_input import read_recording
from app.transcribe.device import DEVICES, LoadedModel
from app.transcribe.engine import transcribe_recording
from app.transcribe.loading import load_chosen_model

# Progress goes to stderr only for recordings at least this long.
PROGRESS_MIN_SECONDS = 120.0
RENDERERS = {
    "json": json_format.render_json,
    "txt": text.render_txt,
    "vtt": subtitles.render_vtt,
    "srt": subtitles.render_srt,
}


def register(subparsers: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Add the ``transcribe`` and ``models`` commands."""
    _register_transcribe(subparsers)
    _register_models(subparsers)


def _register_transcribe(
    subparsers: "argparse._SubParsersAction[argparse.ArgumentParser]",
) -> None:
    parser = subparsers.add_parser(
        "transcribe", help="transcribe audio files without storing anything"
    )
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE")
    parser.add_argument(
        "--seats",
        type=argument_types.seat_names,
        help="seat names, one per channel: Ana,Ben,...",
    )
    add_model_arguments(parser)
    parser.add_argument("--format", choices=sorted(RENDERERS), default="json")
    parser.add_argument("-o", "--output", type=Path, help="write here, not stdout")
    parser.set_defaults(handler=run_transcribe)


def _register_models(
    subparsers: "argparse._SubParsersAction[argparse.ArgumentParser]",
) -> None:
    parser = subparsers.add_parser("models", help="list, import or choose models")
    commands = parser.add_subparsers(dest="models_command", metavar="COMMAND")
    commands.required = True
    commands.add_parser("list", help="show the installed models").set_defaults(
        handler=run_models_list
    )
    importer = commands.add_parser("import", help="copy a model folder in")
    importer.add_argument("folder", type=Path, metavar="DIR")
    importer.add_argument("--name", help="name to give the model")
    importer.set_defaults(handler=run_models_import)
    chooser = commands.add_parser("use", help="make a model the default")
    chooser.add_argument("name", metavar="NAME")
    chooser.set_defaults(handler=run_models_use)
    downloader = commands.add_parser("download", help="download a model by name")
    downloader.add_argument("name", metavar="NAME")
    downloader.set_defaults(handler=run_models_download)


def run_transcribe(arguments: argparse.Namespace) -> int:
    """Transcribe the files and write the transcript."""
    audio, rate = read_recording(arguments.files)
    seats = arguments.seats
    loaded = load_from_arguments(arguments)
    progress = _progress if audio.shape[0] / rate >= PROGRESS_MIN_SECONDS else None
    transcript = transcribe_recording(
        audio,
        rate,
        seats,
        loaded,
        arguments.language,
        progress,
        same_clock=len(arguments.files) == 1,
    )
    _write(_render(transcript, arguments.format), arguments.output)
    return 0


def run_models_list(arguments: argparse.Namespace) -> int:
    """Print the installed models, marking the one in use."""
    current = load_settings().model
    for info in models.list_models():
        mark = "*" if info.name == current else " "
        print(f"{mark} {info.name}\t{info.source}")
    return 0


def run_models_import(arguments: argparse.Namespace) -> int:
    """Copy a model folder into the data folder."""
    info = models.import_model(arguments.folder, arguments.name)
    print(f"Imported model {info.name}.")
    return 0


def run_models_use(arguments: argparse.Namespace) -> int:
    """Make a model the default for new transcriptions."""
    info = models.use_model(arguments.name)
    print(f"Now using model {info.name}.")
    return 0


def run_models_download(arguments: argparse.Namespace) -> int:
    """Download a model by name (needs a network)."""
    info = models.download_model_by_name(arguments.name)
    print(f"Downloaded model {info.name}.")
    return 0


def add_model_arguments(parser: argparse.ArgumentParser) -> None:
    """The options that choose a model and where it runs."""
    parser.add_argument("--model", help="model name or model folder")
    parser.add_argument("--device", choices=DEVICES)
    parser.add_argument("--compute-type", help="CTranslate2 compute type, e.g. int8")
    parser.add_argument(
        "--threads", type=argument_types.thread_count, help="CPU threads (0: automatic)"
    )
    parser.add_argument("--language", help="language code such as en or fr")


def load_from_arguments(arguments: argparse.Namespace) -> LoadedModel:
    """Load the model the options (or else the settings) name."""
    loaded = load_chosen_model(
        arguments.model, arguments.device, arguments.compute_type, arguments.threads
    )
    if loaded.warning:
        print(f"realtalk: {loaded.warning}", file=sys.stderr)
    return loaded


def _progress(done: int, total: int) -> None:
    print(f"\rtranscribing: {done}/{total} segments", end="", file=sys.stderr)
    if done == total:
        print(file=sys.stderr)


def _render(transcript: Transcript, output_format: str) -> bytes:
    # Nothing has been reviewed yet: this is the full transcript, not a share.
    metadata = ExportMetadata(
        title="",
        seats=tuple(transcript.seats),
        duration=transcript.duration,
        model=transcript.model,
        device=transcript.device,
        version=ExportVersion.TRANSCRIPT,
    )
    return RENDERERS[output_format](transcript.turns, metadata)


def _write(data: bytes, output: Path | None) -> None:
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    output.write_bytes(data)
