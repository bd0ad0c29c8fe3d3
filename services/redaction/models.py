"""Request and response models for POST /v1/redact (a fixed contract: the ATS calls it exactly so)."""

from pydantic import BaseModel, ConfigDict, Field, StrictStr

__all__ = ["CandidateIdentity", "EntityOut", "RedactRequest", "RedactResponse"]


class CandidateIdentity(BaseModel):
    """The identity block the ATS holds for the candidate; every field optional."""

    model_config = ConfigDict(extra="ignore")

    first_name: StrictStr | None = None
    last_name: StrictStr | None = None
    preferred_name: StrictStr | None = None
    email: StrictStr | None = None
    phone: StrictStr | None = None
    address_line1: StrictStr | None = None
    address_line2: StrictStr | None = None
    town: StrictStr | None = None
    postcode: StrictStr | None = None
    date_of_birth: StrictStr | None = Field(default=None, description="ISO 8601 date, e.g. 1971-03-14")
    ni_number: StrictStr | None = None


class RedactRequest(BaseModel):
    text: StrictStr = Field(description="The text to redact (may be empty)")
    candidate: CandidateIdentity | None = None
    policy: StrictStr | None = Field(default=None, description="'standard' (default) or 'strict'")


class EntityOut(BaseModel):
    type: str
    start: int = Field(description="Offset into the input text")
    end: int = Field(description="Offset into the input text (exclusive)")
    replacement: str


class RedactResponse(BaseModel):
    text: str
    policy: str
    entities: list[EntityOut]
