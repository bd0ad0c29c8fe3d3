"""What must stay: the panel needs employers, job titles, skills, software, qualifications, law, dates."""

import pytest

from services.redaction.service import Redactor

CANDIDATE = {"first_name": "Grace", "last_name": "Wood", "town": "Bootle"}

MUST_STAY = [
    ("I have worked at Sefton Council since 2016.", "Sefton Council"),
    ("I have worked at Sefton Council since 2016.", "2016"),
    ("Before that I was a guard with Merseyrail.", "Merseyrail"),
    ("I raised purchase orders in Agresso daily.", "Agresso"),
    ("I hold an NVQ Level 3 in Health and Social Care.", "NVQ Level 3"),
    ("I apply the Care Act 2014 every day.", "Care Act 2014"),
    ("I record visits on Nourish and Liquidlogic.", "Nourish"),
    ("Senior Care Assistant, Crosby Lodge Care Home (2016-2023)", "Senior Care Assistant"),
    ("Senior Care Assistant, Crosby Lodge Care Home (2016-2023)", "2016-2023"),
    ("I have an enhanced DBS check.", "DBS"),
    ("I am confident with Excel, Word and Outlook.", "Excel"),
    ("I know the Mental Capacity Act 2005 well.", "Mental Capacity Act 2005"),
    ("I trained in Makaton and safeguarding.", "Makaton"),
    ("Employment: Jan 2019 - Mar 2022, Team Leader, Asda Bootle.", "Jan 2019 - Mar 2022"),
    ("I hold CIPD Level 5 and PRINCE2 Foundation.", "CIPD Level 5"),
    ("I visited clients across Bootle and Litherland.", "Litherland"),
    ("I work at Aintree University Hospital.", "Aintree"),
]


@pytest.mark.parametrize(("text", "kept"), MUST_STAY)
def test_must_stay(redactor: Redactor, text: str, kept: str) -> None:
    result = redactor.redact(text, CANDIDATE)
    start = text.index(kept)
    hit = [text[e.start:e.end] for e in result.entities if e.start < start + len(kept) and start < e.end]
    assert not hit, hit
    assert kept in result.text


def test_empty_text_is_fine(redactor: Redactor) -> None:
    assert redactor.redact("", CANDIDATE).entities == ()
