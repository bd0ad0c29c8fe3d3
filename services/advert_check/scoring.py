"""A deterministic, explainable score: 100 minus named costs, each listed in the breakdown."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from .readability import Readability
from .wording import RawFinding

__all__ = ["HIGH_FINDING_CEILING", "BreakdownItem", "grade_for", "score"]

# Points per finding by severity, and the most a category can cost in total. High findings are legal
# risks and are not capped; low findings are advice and capped so they never dominate.
SEVERITY_POINTS = {"high": 20.0, "medium": 8.0, "low": 1.0}
MEDIUM_CATEGORY_CAP = 24.0
LOW_POINTS = {
    "complex_word": (1.0, 8.0),
    "long_sentence": (2.0, 8.0),
    "passive_voice": (0.5, 3.0),
    "unexplained_acronym": (1.0, 4.0),
    "gendered_term": (2.0, 6.0),
    "exclusionary_jargon": (2.0, 6.0),
}
LOW_DEFAULT = (1.0, 4.0)
# Gender-coded words cost their imbalance (masculine minus feminine, or the reverse), 1 point each, to 4.
GENDER_IMBALANCE_POINTS, GENDER_CAP = 1.0, 4.0
MISSING_SIGNAL_POINTS = 3.0
# UK public-sector guidance: reading age 9-11; we start charging above 14 (FK grade 9).
READING_AGE_FREE, READING_AGE_POINTS, READING_AGE_CAP = 14.0, 2.0, 8.0
SENTENCE_FREE, SENTENCE_POINTS, SENTENCE_CAP = 20.0, 1.0, 5.0
WORD_COUNT_POINTS = 2.0
# Any high finding keeps the score below "fair": a legal risk cannot sit behind a good number.
HIGH_FINDING_CEILING = 69

GRADES = ((90, "excellent"), (80, "good"), (70, "fair"), (50, "needs work"), (0, "poor"))


@dataclass(frozen=True, slots=True)
class BreakdownItem:
    rule: str
    points: float
    reason: str
    count: int = 0


def grade_for(value: int) -> str:
    """The word for a score band."""
    return next(name for floor, name in GRADES if value >= floor)


def score(findings: list[RawFinding], missing: list[str], read: Readability) -> tuple[int, list[BreakdownItem]]:
    """The score and every cost that made it."""
    items: list[BreakdownItem] = []
    by_sev_cat: Counter[tuple[str, str]] = Counter()
    for f in findings:
        if f.category not in ("gender_masculine", "gender_feminine"):
            by_sev_cat[(f.severity, f.category)] += 1

    for (sev, cat), n in sorted(by_sev_cat.items(), key=lambda kv: ("hml".index(kv[0][0][0]), kv[0][1])):
        if sev == "high":
            pts = SEVERITY_POINTS["high"] * n
            reason = f"{n} high-severity {cat} finding(s) at {SEVERITY_POINTS['high']:g} each"
        elif sev == "medium":
            pts = min(SEVERITY_POINTS["medium"] * n, MEDIUM_CATEGORY_CAP)
            reason = (
                f"{n} medium {cat} finding(s) at {SEVERITY_POINTS['medium']:g} each, capped at {MEDIUM_CATEGORY_CAP:g}"
            )
        else:
            each, cap = LOW_POINTS.get(cat, LOW_DEFAULT)
            pts = min(each * n, cap)
            reason = f"{n} low {cat} finding(s) at {each:g} each, capped at {cap:g}"
        items.append(BreakdownItem(rule=f"{sev}:{cat}", points=-pts, reason=reason, count=n))

    masc = sum(f.category == "gender_masculine" for f in findings)
    fem = sum(f.category == "gender_feminine" for f in findings)
    if masc != fem:
        lean = "masculine" if masc > fem else "feminine"
        pts = min(abs(masc - fem) * GENDER_IMBALANCE_POINTS, GENDER_CAP)
        items.append(
            BreakdownItem(
                rule="gender_balance",
                points=-pts,
                reason=f"{masc} masculine- and {fem} feminine-coded words: leans {lean} by {abs(masc - fem)} "
                f"(advisory, capped at {GENDER_CAP:g})",
                count=abs(masc - fem),
            )
        )

    for sig in missing:
        items.append(
            BreakdownItem(
                rule=f"missing:{sig}",
                points=-MISSING_SIGNAL_POINTS,
                reason=f"missing inclusion signal: {sig}",
                count=1,
            )
        )

    if read.sentence_count:
        if read.reading_age > READING_AGE_FREE:
            over = read.reading_age - READING_AGE_FREE
            pts = min(round(over * READING_AGE_POINTS, 1), READING_AGE_CAP)
            items.append(
                BreakdownItem(
                    "reading_age",
                    -pts,
                    f"reading age {read.reading_age:g} is above {READING_AGE_FREE:g} "
                    f"(target 9-11): {READING_AGE_POINTS:g} per year, capped at {READING_AGE_CAP:g}",
                )
            )
        if read.average_sentence_length > SENTENCE_FREE:
            over = read.average_sentence_length - SENTENCE_FREE
            pts = min(round(over * SENTENCE_POINTS, 1), SENTENCE_CAP)
            items.append(
                BreakdownItem(
                    "average_sentence_length",
                    -pts,
                    f"sentences average {read.average_sentence_length:g} words "
                    f"(target 15-20): {SENTENCE_POINTS:g} per word over {SENTENCE_FREE:g}, "
                    f"capped at {SENTENCE_CAP:g}",
                )
            )
        lo, hi = read.word_count_guidance_min, read.word_count_guidance_max
        if not lo <= read.word_count <= hi:
            items.append(
                BreakdownItem("word_count", -WORD_COUNT_POINTS, f"{read.word_count} words; guidance is {lo}-{hi}")
            )

    total = 100.0 + sum(i.points for i in items)
    value = max(0, min(100, round(total)))
    if any(f.severity == "high" for f in findings) and value > HIGH_FINDING_CEILING:
        items.append(
            BreakdownItem(
                "high_finding_ceiling",
                float(HIGH_FINDING_CEILING - value),
                f"a high-severity finding caps the score at {HIGH_FINDING_CEILING}",
            )
        )
        value = HIGH_FINDING_CEILING
    return value, items
