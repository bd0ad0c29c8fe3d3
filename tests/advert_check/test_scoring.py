"""The score is deterministic and every point is explained in the breakdown."""

from services.advert_check.scoring import HIGH_FINDING_CEILING, grade_for
from services.advert_check.service import check_advert

GOOD = """Housing Options Adviser
Salary: £27,334 to £29,777 a year.

You will help residents who are at risk of losing their home. You will listen, check their options and
agree a plan with them. You will work with landlords and support services across the borough.

We are a Disability Confident employer. If you are disabled and meet the essential criteria, we guarantee you
an interview. If you are care experienced and meet the essential criteria, we also guarantee you an interview.
Tell us about any adjustments you need to apply or at interview.

We offer flexible working, including part-time hours and job sharing.
If you don't meet every criterion, we want to hear from you anyway.
You can choose a face-to-face or online interview.
For an informal chat, contact Priya Shah on 0151 000 0000.
Closing date: 14 December.
"""


def test_same_input_same_output() -> None:
    assert check_advert(GOOD).model_dump() == check_advert(GOOD).model_dump()


def test_breakdown_adds_up() -> None:
    for text in (GOOD, GOOD + "\nWe want a young, energetic rockstar. He will utilise the CRM."):
        result = check_advert(text)
        total = 100 + sum(b.points for b in result.score_breakdown)
        assert result.score == max(0, min(100, round(total)))


def test_good_advert_scores_well() -> None:
    result = check_advert(GOOD)
    assert result.missing_signals == []
    assert result.score >= 80, result.score_breakdown


def test_a_high_finding_caps_the_score() -> None:
    result = check_advert(GOOD + "\nNative English speakers only.")
    assert any(f.severity == "high" for f in result.findings)
    assert result.score <= HIGH_FINDING_CEILING


def test_gender_coded_words_never_dominate() -> None:
    masculine = " ".join(["We want a competitive, ambitious, assertive, decisive, dominant leader."] * 5)
    result = check_advert(GOOD + "\n" + masculine)
    cost = sum(-b.points for b in result.score_breakdown if b.rule == "gender_balance")
    assert 0 < cost <= 4
    assert result.gender_balance.leaning == "masculine"


def test_grades() -> None:
    assert [grade_for(v) for v in (100, 85, 75, 55, 10)] == [
        "excellent",
        "good",
        "fair",
        "needs work",
        "poor",
    ]


def test_empty_text_has_nothing_to_score() -> None:
    for text in ("", "   \n\t "):
        result = check_advert(text)
        assert result.scored is False
        assert result.findings == [] and result.missing_signals == []
        assert "Nothing to score" in (result.message or "")
