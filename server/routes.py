"""The HTTP routes (under ``/v1``). Handlers only translate; rules live in
the modules that ``server.service.Collection`` calls.

Handlers are plain ``def`` so Starlette runs them in its worker threads
while the event loop keeps accepting connections.
"""

import json
import logging
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Request
from fastapi.responses import Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from server.auth import Caller
from server.errors import InvalidUpload
from server.schemas import (
    CONVERSATION_ID_PATTERN,
    AudioManifestIn,
    AudioStatus,
    BundleIn,
    ChunkResult,
    ConversationList,
    ConversationOut,
    ConversationStatus,
    EnrollIn,
    EnrollOut,
    Health,
    UploadResult,
    WithdrawalIn,
    WithdrawalOut,
)
from server.service import Collection

logger = logging.getLogger(__name__)

MAX_CHUNK_BYTES = 8 * 1024 * 1024
_bearer = HTTPBearer(auto_error=False, description="A reader or device token.")
ConversationId = Annotated[
    str, Path(pattern=CONVERSATION_ID_PATTERN, description="The desktop's id.")
]
ChunkIndex = Annotated[int, Path(ge=0, le=99_999)]
router = APIRouter(prefix="/v1")


def _collection(request: Request) -> Collection:
    collection: Collection = request.app.state.collection
    return collection


def _caller(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Caller:
    token = None if credentials is None else credentials.credentials
    return _collection(request).authenticate(token)


async def _raw_json(request: Request) -> dict[str, Any]:
    # The content hash covers the body exactly as sent, before validation
    # turns 1 into 1.0; FastAPI has already parsed it, so this is cached.
    body = json.loads(await request.body())
    if not isinstance(body, dict):
        raise InvalidUpload("The bundle must be a JSON object.")
    return body


async def _chunk_bytes(request: Request) -> bytes:
    # Read in pieces and stop early: uvicorn itself puts no limit on bodies.
    data = bytearray()
    async for piece in request.stream():
        data.extend(piece)
        if len(data) > MAX_CHUNK_BYTES:
            raise InvalidUpload("An audio chunk may hold at most 8 MiB.")
    return bytes(data)


CollectionDep = Annotated[Collection, Depends(_collection)]
CallerDep = Annotated[Caller, Depends(_caller)]


@router.get("/health", tags=["service"])
def health(collection: CollectionDep) -> Health:
    """The service answers and its database is reachable (no token needed)."""
    return Health(status="ok", database=collection.database_name())


@router.post("/enroll", tags=["devices"])
def enroll(payload: EnrollIn, collection: CollectionDep) -> EnrollOut:
    """Trade a one-time enrolment code for a device token (shown once)."""
    device_id, token = collection.enroll(payload.code, payload.device_name)
    return EnrollOut(device_id=device_id, token=token)


@router.put("/conversations/{conversation_id}", tags=["conversations"])
def upload_conversation(
    conversation_id: ConversationId,
    bundle: BundleIn,
    raw: Annotated[dict[str, Any], Depends(_raw_json)],
    caller: CallerDep,
    collection: CollectionDep,
) -> UploadResult:
    """Upload an approved bundle; the same content_hash again changes nothing.

    Device tokens only. 410 if the conversation was withdrawn, 409 if a
    withdrawn participant's name appears as a speaker or participant.
    """
    return collection.upload(caller, conversation_id, bundle, raw)


@router.get("/conversations", tags=["conversations"])
def list_conversations(
    caller: CallerDep, collection: CollectionDep
) -> ConversationList:
    """Readers: conversations their role may read. Devices: their own uploads."""
    return ConversationList(conversations=collection.list_for(caller))


@router.get("/conversations/{conversation_id}", tags=["conversations"])
def read_conversation(
    conversation_id: ConversationId, caller: CallerDep, collection: CollectionDep
) -> ConversationOut:
    """A whole conversation; 404 when absent or not visible to the role."""
    return collection.read(caller, conversation_id)


@router.get("/conversations/{conversation_id}/status", tags=["conversations"])
def conversation_status(
    conversation_id: ConversationId, caller: CallerDep, collection: CollectionDep
) -> ConversationStatus:
    """Upload state for the uploading device or a steward; no transcript."""
    return collection.status(caller, conversation_id)


@router.delete("/conversations/{conversation_id}", tags=["withdrawal"])
def withdraw_conversation(
    conversation_id: ConversationId, caller: CallerDep, collection: CollectionDep
) -> WithdrawalOut:
    """Withdraw a whole conversation: content and audio gone, tombstone kept."""
    return collection.withdraw_conversation(caller, conversation_id)


@router.post("/conversations/{conversation_id}/withdrawals", tags=["withdrawal"])
def withdraw_participant(
    conversation_id: ConversationId,
    payload: WithdrawalIn,
    caller: CallerDep,
    collection: CollectionDep,
) -> WithdrawalOut:
    """Withdraw one participant's turns and name; other turns stay as they are."""
    return collection.withdraw_participant(caller, conversation_id, payload.participant)


@router.put("/conversations/{conversation_id}/audio", tags=["audio"])
def put_audio_manifest(
    conversation_id: ConversationId,
    manifest: AudioManifestIn,
    caller: CallerDep,
    collection: CollectionDep,
) -> AudioStatus:
    """Declare the audio's chunks by SHA-256; a different manifest restarts."""
    return collection.put_audio_manifest(caller, conversation_id, manifest)


@router.get("/conversations/{conversation_id}/audio", tags=["audio"])
def audio_status(
    conversation_id: ConversationId, caller: CallerDep, collection: CollectionDep
) -> AudioStatus:
    """Which chunks arrived: the device resumes by sending the missing ones;
    readers who may read the conversation see what they can fetch."""
    return collection.audio_status(caller, conversation_id)


@router.put(
    "/conversations/{conversation_id}/audio/{chunk_index}",
    tags=["audio"],
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "application/octet-stream": {
                    "schema": {"type": "string", "format": "binary"}
                }
            },
        }
    },
)
def put_audio_chunk(
    conversation_id: ConversationId,
    chunk_index: ChunkIndex,
    data: Annotated[bytes, Depends(_chunk_bytes)],
    caller: CallerDep,
    collection: CollectionDep,
) -> ChunkResult:
    """One chunk's raw bytes; checked against the manifest's SHA-256."""
    return collection.put_audio_chunk(caller, conversation_id, chunk_index, data)


@router.get(
    "/conversations/{conversation_id}/audio/{chunk_index}",
    tags=["audio"],
    response_class=Response,
    responses={
        200: {
            "description": "The chunk's bytes, in the manifest's media type.",
            "content": {"audio/*": {"schema": {"type": "string", "format": "binary"}}},
        }
    },
)
def read_audio_chunk(
    conversation_id: ConversationId,
    chunk_index: ChunkIndex,
    caller: CallerDep,
    collection: CollectionDep,
) -> Response:
    """One received chunk, for readers whose role may read the conversation."""
    data, media_type = collection.read_audio_chunk(caller, conversation_id, chunk_index)
    return Response(content=data, media_type=media_type)
