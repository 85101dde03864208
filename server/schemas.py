"""Request and response bodies of the HTTP API (they make the OpenAPI)."""

from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from server.roles import Visibility

CONVERSATION_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"
SHA256_PATTERN = r"^[0-9a-f]{64}$"
MAX_TURNS = 100_000
MAX_TEXT = 100_000


def _storable(text: str) -> str:
    # PostgreSQL refuses NUL in text and UTF-8 cannot hold lone surrogates;
    # both would otherwise surface as server errors deep in a transaction.
    if "\x00" in text:
        raise ValueError("text must not contain NUL characters")
    text.encode("utf-8")
    return text


Text = Annotated[str, Field(max_length=MAX_TEXT), AfterValidator(_storable)]
Name = Annotated[str, Field(max_length=200), AfterValidator(_storable)]
Seconds = Annotated[float, Field(ge=0, le=1e7, allow_inf_nan=False)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Prompt(_Strict):
    """A facilitator's prompt and when it was given (seconds from start)."""

    at: Seconds
    label: Text


class TurnIn(_Strict):
    """One turn as uploaded: the participant's name, or null for a withheld turn."""

    speaker: Name | None
    start: Seconds
    end: Seconds
    text: Text

    @model_validator(mode="after")
    def _ends_after_start(self) -> "TurnIn":
        if self.end < self.start:
            raise ValueError("a turn must not end before it starts")
        return self


class BundleIn(_Strict):
    """An approved conversation bundle; see README for ``content_hash``."""

    title: Text
    prompts: list[Prompt] = Field(max_length=10_000)
    visibility: Visibility
    turns: list[TurnIn] = Field(max_length=MAX_TURNS)
    participants: list[Name] | None = Field(default=None, max_length=1_000)
    content_hash: str = Field(pattern=SHA256_PATTERN)


class UploadResult(BaseModel):
    """What an upload did: created, replaced or unchanged."""

    id: str
    status: Literal["created", "replaced", "unchanged"]
    content_hash: str


class TurnOut(BaseModel):
    """One turn as readers see it (speaker null: withheld, no name attached)."""

    speaker: str | None
    start: float
    end: float
    text: str


class ConversationSummary(BaseModel):
    """A conversation in a listing."""

    id: str
    title: str
    visibility: Visibility
    content_hash: str | None
    turn_count: int
    uploaded_at: str


class ConversationList(BaseModel):
    """The conversations the caller may see."""

    conversations: list[ConversationSummary]


class ConversationOut(BaseModel):
    """A whole conversation as readers see it."""

    id: str
    title: str
    visibility: Visibility
    content_hash: str | None
    prompts: list[Prompt]
    participants: list[str] | None
    turns: list[TurnOut]


StatusState = Literal["present", "withdrawn", "absent"]


class ConversationStatus(BaseModel):
    """A device's view of its own upload: no transcript text.

    ``absent``: not uploaded, but a participant's withdrawal is recorded.
    """

    id: str
    state: StatusState
    content_hash: str | None
    visibility: Visibility | None
    withdrawn_participants: int


class EnrollIn(_Strict):
    """A one-time enrolment code and a name for the device."""

    code: Annotated[str, Field(min_length=1, max_length=200)]
    device_name: Annotated[str, Field(min_length=1), Name]


class EnrollOut(BaseModel):
    """The new device's id and its bearer token (shown only once)."""

    device_id: str
    token: str


class WithdrawalIn(_Strict):
    """The participant (speaker name) whose words are withdrawn."""

    participant: Annotated[str, Field(min_length=1), Name]


class WithdrawalOut(BaseModel):
    """What a withdrawal removed."""

    id: str
    withdrawn: Literal["conversation", "participant"]
    turns_removed: int


class AudioManifestIn(_Strict):
    """The chunks the approved audio will arrive in, each by SHA-256."""

    media_type: Annotated[str, Field(pattern=r"^audio/[A-Za-z0-9.+-]{1,60}$")]
    chunks: list[Annotated[str, Field(pattern=SHA256_PATTERN)]] = Field(
        min_length=1, max_length=100_000
    )


class AudioStatus(BaseModel):
    """Which chunks arrived; the client resumes by sending the missing ones."""

    id: str
    media_type: str
    chunk_count: int
    received: list[int]
    missing: list[int]
    complete: bool


class ChunkResult(BaseModel):
    """What a chunk upload did."""

    index: int
    status: Literal["stored", "unchanged"]


class Health(BaseModel):
    """The service answers and its database is reachable."""

    status: Literal["ok"]
    database: str


class Problem(BaseModel):
    """Where a request breaks the API's schema, and how."""

    loc: list[str]
    msg: str


class ErrorOut(BaseModel):
    """Every refusal: a plain message, a stable code and, for 422 from
    schema validation, the problems found."""

    detail: str
    error: str
    problems: list[Problem] | None = None
