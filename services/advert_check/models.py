"""Request and response models for POST /v1/adverts/check (a fixed contract: the ATS depends on it)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from .lexicon import Category, Severity

__all__ = [
    "AdvertCheckRequest",
    "AdvertCheckResult",
    "BreakdownEntry",
    "Finding",
    "GenderBalance",
    "ReadabilityReport",
    "SignalReport",
]


class AdvertCheckRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)

    text: str = Field(description="The advert as plain text; line breaks are kept and used.")
    title: str | None = Field(default=None, description="The job title, used for context rules.")


class Finding(BaseModel):
    category: Category
    severity: Severity
    start: int = Field(ge=0, description="Offset of the first character in `text`.")
    end: int = Field(ge=0, description="Offset just after the last character (text[start:end]).")
    text: str
    message: str
    suggestion: str | None
    rule: str = Field(description="The list entry that produced the finding.")
    source: str = Field(description="The law, guidance or paper the rule comes from.")


class ReadabilityReport(BaseModel):
    flesch_reading_ease: float
    flesch_kincaid_grade: float
    reading_age: float = Field(description="UK reading age: Flesch-Kincaid grade + 5. Target 9-11.")
    average_sentence_length: float = Field(description="Words per sentence. Target 15-20.")
    longest_sentence_length: int
    sentence_count: int
    word_count: int
    word_count_guidance_min: int
    word_count_guidance_max: int


class SignalReport(BaseModel):
    signal: str
    present: bool
    suggestion: str | None = Field(description="Suggested wording when the signal is missing.")
    source: str


class BreakdownEntry(BaseModel):
    rule: str
    points: float = Field(description="What this cost (negative) or gave back.")
    reason: str
    count: int = 0


class GenderBalance(BaseModel):
    masculine: int
    feminine: int
    leaning: Literal["masculine", "feminine", "balanced"]


class AdvertCheckResult(BaseModel):
    score: int = Field(ge=0, le=100)
    grade: str
    scored: bool = Field(description="False when there was nothing to score (empty text).")
    message: str | None = None
    readability: ReadabilityReport
    findings: list[Finding]
    missing_signals: list[str]
    suggested_wording: dict[str, str] = Field(description="Suggested wording for each missing signal.")
    signals: list[SignalReport]
    gender_balance: GenderBalance
    score_breakdown: list[BreakdownEntry]
    lexicon_version: str
    sentence_model_version: str | None = Field(
        default=None, description="The trained sentence model that added findings, or null when it is switched off."
    )
