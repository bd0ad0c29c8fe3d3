"""Recognisers: Presidio's UK ones switched on, ours where Presidio has none, and the per-request one.

Each recogniser here is a Presidio `EntityRecognizer`; the regular expressions are module constants so
the tests can read them as tables.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import regex
import tldextract
from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import EmailRecognizer

from services.common.words import is_word
from services.redaction.disclosures import disclosure_recognisers
from services.redaction.lexicon import Lexicon
from services.redaction.names import fold, identity_matches, mostly_lower_case

__all__ = [
    "CandidateRecognizer",
    "OfflineEmailRecognizer",
    "RegexRecognizer",
    "custom_recognisers",
]

# tldextract fetches the public suffix list over the network unless told not to: use the snapshot
# bundled with the package, and no cache directory (nothing written, nothing fetched).
OFFLINE_TLD_EXTRACT = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


class OfflineEmailRecognizer(EmailRecognizer):
    """Presidio's email recogniser, validating domains against the bundled public suffix list."""

    def validate_result(self, pattern_text: str) -> bool:
        return OFFLINE_TLD_EXTRACT(pattern_text).fqdn != ""


class RegexRecognizer(EntityRecognizer):
    """Finds one entity type with regular expressions; the named group `m`, when present, is the span."""

    def __init__(self, entity: str, patterns: Sequence[tuple[str, float]], name: str,
                 flags: int = regex.IGNORECASE | regex.MULTILINE) -> None:
        self._compiled = [(regex.compile(p, flags), score) for p, score in patterns]
        super().__init__(supported_entities=[entity], name=name, supported_language="en")

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        entity = self.supported_entities[0]
        results = []
        for pattern, score in self._compiled:
            for m in pattern.finditer(text):
                group = "m" if "m" in pattern.groupindex and m.group("m") is not None else 0
                start, end = m.span(group)
                if end > start:
                    results.append(RecognizerResult(entity, start, end, score))
        return results


PHONE_PATTERNS = [
    # +44 7700 900214, +44 (0)151 123 4567, 0044 ..., 07700 900214, (0151) 123 4567, 0151-123-4567,
    # 01704 123456: ten (or nine) digits after the trunk 0, in any grouping.
    (r"(?<![\w+/])(?:(?:\+|00)44[\s\-.]?(?:\(0\)[\s\-.]?)?|\(0|0)\d{1,4}\)?"
     r"(?:[\s\-.]?\d){5,8}(?![\w/])", 0.7),
    # "(+44) 07700 900249" (the trunk 0 kept after the country code) and "(0)7700 900477"
    (r"(?<![\w/])(?:\((?:\+|00)44\)[ \t\-.]?0?|\(0\)[ \t\-.]?)\d{2,4}(?:[ \t\-.]?\d){5,8}(?![\w/])", 0.7),
    # a referee abroad: "+852 5550 1827", "+1 (415) 555-0132", "+33 6 12 34 56 78" (8 to 15 digits in all)
    (r"(?<![\w+/])\+(?!44)[1-9]\d{0,2}(?=(?:[ \t\-.()]*\d){7,14}(?![ \t\-.()]*\d))(?:[ \t\-.]*\(?\d{1,5}\)?){2,6}"
     r"(?![\w/])", 0.7),
]

DOB_PATTERNS = [
    (r"\b(?:i was\s+)?born\s+in\s+(?:the\s+year\s+)?(?P<m>(?:19|20)\d{2})\b", 0.8),
    # "DOB: 3/2/91", "Date of birth ..... 3rd February 1991" (a form's dot leaders), "born on 3 Feb 1991", "(b. 28th Nov
    # 1992)" after a name (twelfth session)
    (r"(?:\b(?:d\.?o\.?b\.?|date of birth|born(?: on)?|birthday)|\(b\.)(?:\s*\([^)\n]{0,40}\))?\s*(?:is\s*)?"
     r"(?:[:\-–]|[.…]{2,})?[ \t.…]*(?P<m>"
     r"\d{1,2}(?:st|nd|rd|th)?[\s/.\-]+(?:\d{1,2}|[a-z]{3,9}\.?)[\s/.\-,]+\d{2,4}"
     r"|\d{4}(?:-\d{2}-\d{2}|\.[ \t]?\d{1,2}\.[ \t]?\d{1,2}\.?)"  # ISO, and year first with dots: "1991. 03. 08."
     r"|[a-z]{3,9}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})", 0.9),
]

_DECADES = r"(?:twenties|thirties|forties|fourties|fifties|sixties|seventies|20s|30s|40s|50s|60s|70s)"
_NUMBER_WORDS = (r"(?:sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy)(?:[\s-]"
                 r"(?:one|two|three|four|five|six|seven|eight|nine))?)")
_AN_AGE = r"(?:1[6-9]|[2-7]\d|" + _NUMBER_WORDS + r")"
_I_AM = r"(?:i am|i'm|i’m|im|i was|i will be|i'll be|i’ll be)"
AGE_PATTERNS = [
    (r"\b(?:i am|i'm|i’m|im|i'll be|i’ll be|i will be|aged|age|at the age of)\s*:?\s*(?:now\s+|just\s+)?"
     r"(?P<m>(?:1[6-9]|[2-7]\d)|"
     + _NUMBER_WORDS + r")(?=\s*(?:years|yrs|y/o|and|,|\.|;|\)|\(|$|\s+(?:with|but|so|now|this|next|in|who|having)|"
     r"[ \t]+[–—-][ \t]))",  # thirteenth session: "I'm 24 – the youngest in my team"
     0.85),
    # "As a 19-year-old I...", "I'm 45 years old", "32 years young, fit" (not "A 16-year-old young man")
    (r"(?:\b(?:i am|i'm|i’m|im|i was|as|being|me)[ \t,]+(?:(?:a|an|now|just|only)[ \t]+)*|^[ \t]*|[.!?;,:][ \t]+)"
     r"(?P<m>(?:(?:1[6-9]|[2-7]\d)|" + _NUMBER_WORDS + r")[\s-]*(?:years?|yrs?)[\s-]*(?:old|young))\b", 0.85),
    # a form field: "Age: 47    Gender: male", "Age group: 35–44", "| Age band | 65 or over |", "Age group    35–44";
    # thirteenth session: after a middle dot ("Gender: Woman · Age: 45-54") and a Welsh label first ("Oedran / Age")
    (r"(?:^|\n|[ \t]{2,}|\||[·•][ \t]*)[ \t]*(?:[^\W\d_][^\n:/|·]{0,25}/[ \t]*)?"
     r"(?:\*\*)?age(?:[ \t]+(?:group|band|range|bracket))?(?:\*\*)?"
     r"(?:[ \t]*(?:[:|]|\.{2,}|…)|[ \t]{2,}|\t)"
     r"[ \t.…]*(?P<m>(?:1[6-9]|[2-9]\d)(?:[ \t]*(?:[-–—]|to)[ \t]*(?:[1-9]\d)|\+|[ \t]+(?:or|and)[ \t]+"
     r"(?:over|above|older|under))?|(?:under|over)[ \t]+[1-9]\d)(?=[ \t]*(?:$|\n|\||[ \t]{2,}|[,;·•]))", 0.8),
    # twelfth session: a cell of a personal-details row, "Personal  | Mr · age 44 · married"
    (r"[·•|][ \t]*(?:age|aged)[ \t]+(?P<m>(?:1[6-9]|[2-9]\d))(?=[ \t]*(?:[·•|,;]|$))", 0.8),
    # the next birthday told beside the age: "I'm 44, 45 next week"; thirteenth session: "Age: 35 (36 next month)"
    (r"\b(?:i am|i'm|i’m|im|aged?)[ \t]*:?[ \t]+(?:1[6-9]|[2-7]\d)(?:,[ \t]+|[ \t]*\([ \t]*)"
     r"(?P<m>(?:1[6-9]|[2-7]\d)[ \t]+(?:next|this)[ \t]+"
     r"(?:week|month|year|birthday))\b", 0.8),
    # an age on its own in note-style personal lines: "Fifty-two.", "Sixty this year.", "– 38; married",
    # "Married, late forties, non-smoker", "Coming up to sixty, divorced"
    # twelfth session: after "about me" ("A bit about me: 29, he/him, Butetown born"; "about me, since the form asks.
    # 45, born in carna")
    (r"(?:^|[.!?][ \t]+|(?i:about[ \t]+(?:me|myself)\b[^.\n]{0,40}?[:.,][ \t]+))[ \t]*(?:[-–•*][ \t]*)?"
     r"(?P<m>(?:1[6-9]|[2-7]\d)|" + _NUMBER_WORDS + r")"
     r"(?=[ \t]*(?:[.;]|,[ \t]*(?:married|single|divorced|widowed|separated|engaged|born|he/him|she/her|they/them|"
     r"male|female|full[ \t]+(?:uk[ \t]+)?licence|non-smoker|mum|dad)\b"
     r"|[ \t]+(?:this|next)[ \t]+"
     r"(?:year|month|birthday|spring|summer|autumn|winter|january|february|march|april|may|june|july|august|"
     r"september|october|november|december)|[ \t]+and (?:very |still )?(?:fit|healthy|active|well)"
     # thirteenth session: "Forty-three and still learning", "Thirty-eight, still a news photographer at heart"
     r"|,?[ \t]+(?:and[ \t]+)?still[ \t]+\w"
     # fourteenth session: "Forty-three and, I hope, with plenty left to give"
     r"|[ \t]+and,[ \t]+(?:i[ \t]+(?:hope|think|promise|reckon)|touch[ \t]+wood|hopefully|honestly"
     r"|believe[ \t]+it)\b))", 0.7),
    # fourteenth session: the age in brackets after a date of birth, "Date of birth: 02/03/1995 (31)"
    (r"(?i:date[ \t]+of[ \t]+birth|d\.?o\.?b\.?|born)\b[^\n()]{0,30}?\([ \t]*(?P<m>(?:1[6-9]|[2-7]\d))"
     r"(?:[ \t]*(?:years?|yrs?)(?:[ \t]+old)?)?[ \t]*\)", 0.8),
    (r"(?:^|,|;)[ \t]*(?P<m>(?:early|mid|late)[\s-]?" + _DECADES + r")(?=[ \t]*(?:,|;|\.|$))", 0.75),
    (r"\b(?:coming up to|approaching|nearly|almost|turning|fast approaching)[ \t]+(?P<m>(?:[2-7]0|" + _NUMBER_WORDS
     + r"))(?=[ \t]*(?:[,.;]|$|[ \t]+(?:this|next|now|and)))", 0.7),
    # twelfth session: with the time it comes, "I'm turning forty next year"
    (r"\b(?:i am|i'm|i’m|im)[ \t]+(?P<m>(?:turning|coming up to|approaching)[ \t]+(?:[2-7]\d|" + _NUMBER_WORDS
     + r")[ \t]+(?:next|this)[ \t]+(?:year|month|week|spring|summer|autumn|winter|birthday))\b", 0.7),
    (r"\bin my (?P<m>(?:early |mid |mid-|late )?" + _DECADES + r")", 0.85),
    (r"\bnow (?:i'm |i am )?(?P<m>(?:over|approaching|nearly|almost|past) (?:50|60|40|fifty|sixty|forty))",
     0.6),
    # the candidate's own retirement ("I am semi-retired", "since I retired"); not a referee's "(retired)"
    (r"\b(?:i am|i'm|i’m|i|i have|i've|i’ve|since i|as a)[ \t]+(?:recently[ \t]+|semi-?[ \t]*|partly[ \t]+|"
     r"just[ \t]+|now[ \t]+|newly[ \t]+)?(?P<m>retired(?:[ \t]+(?:last|this)[ \t]+year|[ \t]+in[ \t]+(?:19|20)\d\d)?)"
     r"\b(?! (?:police|army|nurse|teacher|officer))", 0.4),
    # twelfth session: "I turned 50 this year", with the time it came
    (r"\bi(?:'ve|[ \t]+have)?[ \t]+(?:just[ \t]+|recently[ \t]+)?(?P<m>turned[ \t]+(?:1[6-9]|[2-7]\d|" + _NUMBER_WORDS
     + r")[ \t]+(?:this|last)[ \t]+(?:year|month|week|spring|summer|autumn|winter))\b", 0.8),
    # twelfth session: "I took early retirement from the Department for Work and Pensions"
    (r"\bi[ \t]+(?P<m>(?:took|have[ \t]+taken|'ve[ \t]+taken|’ve[ \t]+taken)[ \t]+(?:early[ \t]+|voluntary[ \t]+)?"
     r"retirement)(?=[ \t]*(?:[.,;)]|$)|[ \t]+(?:from|in|last|this|after|at|when|aged|two|three|four|five|six|and)\b)",
     0.6),
    # "I turned 50 last year", "when I turn sixty", "At 54, I ...", "I'm mid-forties", "as an over-50"
    (r"\b(?:i(?:'ve| have)? (?:just |recently )?turned|turning|when i turn(?:ed)?)\s+(?P<m>" + _AN_AGE + r")\b", 0.8),
    # thirteenth session: after a comma as well ("and, at 51, I'm already a grandad")
    # fourteenth session: after a semicolon too ("...; at 31 I am not much older than they are")
    # fifteenth session: after "so", "and", "but" ("so at 29 I am learning to work on four hours' sleep")
    (r"(?:^|[.!?]\s+|\n|[,;][ \t]+|\b(?i:so|and|but|now)[ \t]+)(?i:at)\s+(?P<m>(?:1[6-9]|[2-7]\d)|" + _NUMBER_WORDS
     + r"),?\s+(?=(?i:i|i'm|i’m)\b)", 0.7),
    # fifteenth session (held-out 45): an age with the year it is reached, after a comma in a sentence of one's own
    # ("I'm a Teri, born and brought up in Hawick, 38 this year"), and a birth so many years ago ("where my mum had
    # me, 27 years ago this October")
    (r"\b(?:i['’]m|i am)\b[^.\n]{0,60}?,[ \t]*(?P<m>1[6-9]|[2-7]\d)[ \t]+this[ \t]+year\b", 0.7),
    (r"\b(?:had[ \t]+me|i[ \t]+was[ \t]+born|gave[ \t]+birth[ \t]+to[ \t]+me)\b[^.\n]{0,40}?\b"
     r"(?P<m>1[6-9]|[2-7]\d)[ \t]+years[ \t]+ago\b", 0.7),
    # thirteenth session: a decade reached, with its time ("I hit 40 in July")
    (r"\bi[ \t]+(?:will[ \t]+)?(?:hit|reach|reached)[ \t]+(?P<m>[2-7]0|thirty|forty|fifty|sixty|seventy)[ \t]+"
     r"(?:in[ \t]+(?:january|february|march|april|may|june|july|august|september|october|november|december)|"
     r"(?:this|next|last)[ \t]+(?:year|month|spring|summer|autumn|winter))\b", 0.7),
    # fifteenth session (held-out 44): an age about to come, with its day or time ("I turn 30 on Saturday")
    (r"\bi(?:[ \t]+will|'ll|’ll)?[ \t]+turn[ \t]+(?P<m>1[6-9]|[2-7]\d|" + _NUMBER_WORDS + r")[ \t]+"
     r"(?:on[ \t]+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|tomorrow|next[ \t]+(?:week|month|year)|"
     r"in[ \t]+(?:january|february|march|april|may|june|july|august|september|october|november|december))\b", 0.7),
    # thirteenth session: an age after the name given ("my name is tommy (võ thanh tùng on my passport), 27, and")
    (r"\bmy name is[ \t]+[^,\n]{1,60}?,[ \t]*(?P<m>1[6-9]|[2-7]\d)[ \t]*,", 0.7),
    (r"\b" + _I_AM + r"\s+(?:now\s+)?(?:in\s+(?:my|the)\s+)?(?P<m>(?:early|mid|late)[\s-]?" + _DECADES + r")", 0.8),
    (r"\b(?:as an?|i am an?|i'm an?)\s+(?P<m>over[\s-]?(?:40|50|60|fifty|sixty|forty)s?)\b", 0.7),
    (r"\b" + _I_AM + r"\s+(?:a\s+)?(?P<m>" + _AN_AGE + r")[\s-]*(?:years?|yrs?)[\s-]*(?:old|young)\b", 0.85),
    # the year a candidate left school or was born gives their age away
    (r"\b(?:i\s+)?(?:left|leaving|finished|finishing)\s+school\s+(?:in|back in)\s+(?P<m>(?:19|20)\d{2})\b", 0.7),
    (r"\b(?:i am|i'm|i’m|now|as someone|as i am|as i'm)\s+(?:fast\s+|now\s+)?"
     r"(?P<m>(?:approaching|nearing|close to|near to|nearly at|coming up to)\s+retirement(?:\s+age)?)", 0.7),
    (r"\b(?:i am|i'm|i’m|as)\s+(?:a\s+)?(?P<m>(?:pensioner|school[\s-]leaver|state pensioner))\b", 0.7),
    (r"\b(?P<m>my (?:state |old age )?pension)\b", 0.5),
    # "as a mature student", "I'm an older worker", "as a millennial", "my 60th birthday", "at my age"
    (r"\b(?:i am|i'm|i’m|as)\s+(?:a|an|the)\s+(?P<m>(?:mature|older|oldest|younger|youngest)\s+(?:student|candidate|"
     r"applicant|worker|employee|person|learner|member of (?:the )?team|woman|man))\b", 0.7),
    (r"\b(?:i am|i'm|i’m|as)\s+(?:a|an)\s+(?P<m>(?:millennial|baby[\s-]boomer|boomer|gen[\s-]?z|gen[\s-]?x|"
     r"zoomer))\b", 0.7),
    (r"\bmy\s+(?P<m>(?:\d{2}(?:st|nd|rd|th)|(?:twenty|thirty|forty|fortie|fifty|fiftie|sixty|sixtie|seventy|"
     r"seventie)(?:th|eth))\s+birthday)", 0.7),
    (r"\b(?P<m>(?:i'm|i am|i’m) not getting any younger|at my age)\b", 0.6),
    # "I'm over 60", "I am nearly fifty", "a fifty-something", "as a woman in her fifties", "born in the 1960s"
    (r"\b(?:i am|i'm|i’m)\s+(?:now\s+)?(?P<m>(?:over|approaching|nearly|almost|past|just under|just over|under)\s+"
     r"(?:[2-7]0|twenty|thirty|forty|fifty|sixty|seventy))\b", 0.75),
    (r"\b(?:i am|i'm|i’m|as)\s+(?:a|an)\s+"
     r"(?P<m>(?:[2-7]0|thirty|forty|fifty|sixty|seventy)[\s-]?(?:something|odd))\b", 0.75),
    (r"\bas\s+(?:a|an|someone)\b[^.\n]{0,25}?\bin\s+(?:her|his|their|my)\s+(?P<m>(?:early |mid |mid-|late )?"
     + _DECADES + r")", 0.8),
    (r"\b(?:i was\s+)?born\s+in\s+the\s+(?P<m>(?:19|20)\d0s|(?:sixties|seventies|eighties|nineties))\b", 0.75),
    (r"\b(?:i am|i'm|i’m|i was)\s+(?:the\s+)?(?P<m>(?:oldest|youngest)\s+(?:person\s+|member\s+)?(?:in|on|of)\s+"
     r"(?:the\s+|my\s+|our\s+)?(?:team|crew|depot|office|group|class|ward|shift))\b", 0.7),
]

SOCIAL_HANDLE_PATTERNS = [
    (r"(?<![\w.@])@[A-Za-z0-9_](?:[A-Za-z0-9_.\-]{1,28}[A-Za-z0-9_])?(?![\w@])", 0.7),
    (r"\b(?:linkedin|twitter|x|instagram|facebook|tiktok|github|youtube)(?:\.com)?/(?:in/|@)?[\w\-.%]+", 0.8),
    # a messaging or social app's ID after its label: "KakaoTalk ID: jiyeon.park89", "WeChat: lily_chen88"
    (r"(?i:\b(?:kakao(?:talk)?|wechat|weixin|line[ \t]+id|telegram|whatsapp|skype|discord|snapchat|instagram|"
     r"tiktok|bluesky|mastodon|twitter)(?:[ \t]+(?:id|handle|username|user[ \t]?name|name))?[ \t]*:[ \t]*)"
     r"(?P<m>@?[A-Za-z][A-Za-z0-9_.\-]{2,40}[A-Za-z0-9_])(?![\w@])", 0.8),
]

URL_EXTRA_PATTERNS = [
    (r"\b(?:https?://|www\.)[^\s<>\"')]+", 0.8),
]

_STREET = (r"(?:road|rd|street|st|lane|ln|avenue|ave|drive|dr|close|way|crescent|court|place|"
           r"terrace|grove|gardens|gdns|walk|mews|park|hill|square|view|rise|row|parade|green|"
           r"boulevard|vale|meadow|meadows|croft|fold|wynd|brow|chase|approach)")
_NOT_A_STREET_WORD = (r"(?!(?:and|or|but|the|i|a|an|to|of|in|on|for|with|at|by|my|our|years?|hours?|days?|"
                      r"weeks?|months?|people|staff|clients|calls|miles|minutes)\b)")
_TOWNS_AFTER = (r"(?:[ \t]+(?:north|south|east|west|upper|lower))?"
                r"(?:,[ \t]*[a-z][\w'’\-]+(?:[ \t]+[a-z][\w'’\-]+)?){0,2}"
                r"(?=[ \t]*(?:,?[ \t]*[a-z]{1,2}\d|$|\.|;|\||·|\())")
ADDRESS_PATTERNS = [
    # "22 Linacre Lane", "Flat 3, 14 St John's Road, Bootle", "19 Segars Lane, Ainsdale, Southport."
    (r"(?<![\w/£$.,-])(?:(?:flat|apartment|apt|unit|room)\s*\d+[a-z]?,?\s+|(?:\d{1,2}/\d{1,2}|\d{1,2}f\d{1,2}|pf\d|g/\d),?\s+)?"
     r"\d{1,4}[a-z]?,?\s+"
     r"(?:" + _NOT_A_STREET_WORD + r"[a-z][\w'’\-]*[ \t]+){1,3}" + _STREET + r"\b(?:" + _TOWNS_AFTER + r")?", 0.6),
    # "Flat 9, Marsh House, Marsh Lane, Bootle": a flat in a named building, no street number
    (r"\b(?:flat|apartment|apt|unit)\s*\d+[a-z]?,?\s+(?:[a-z][\w'’\-]*[ \t]+){1,3}"
     r"(?:house|court|lodge|mews|buildings?|cottages?|tower|hall|heights|point)\b,?[ \t]*"
     r"(?:(?:[a-z][\w'’\-]*[ \t]+){1,3}" + _STREET + r"\b)?(?:" + _TOWNS_AFTER + r")?", 0.6),
    # a UK address block ending in a postcode, over one or several lines: "12 Moss Side\nFormby\nLiverpool\nL37 0AF";
    # also after "Address" or a separator on a contact line: "07700 900926 · 2 Kensington, Liverpool L7 8XB"
    (r"(?:^|(?<=ad+res+[ \t]*[:\-]?[ \t]*)|(?<=[·|•;][ \t]*))[ \t]*"
     r"(?P<m>(?:(?:flat|apartment|apt|unit|plot)[ \t]*\d+[a-z]?,?[ \t]+"
     r"(?:\d{1,4}[a-z]?,?[ \t]+)?|\d{1,4}[a-z]?,?[ \t]+)[\p{L}'’\-]+(?:[ \t]+[\p{L}'’\-]+){0,3}"
     r"(?:(?:[ \t]*,[ \t]*|[ \t]*\n[ \t]*)[\p{L}'’\-]+(?:[ \t]+[\p{L}'’\-]+){0,2}){0,3})"
     r"(?=(?:[ \t]*,[ \t]*|[ \t]*\n[ \t]*|[ \t]+)(?:post[ \t]*code[ \t]*:?[ \t]*)?"
     r"[a-z]{1,2}\d[a-z\d]?[ \t]*\d[a-z]{2}\b)", 0.65),
    # the rest of a line labelled as an address
    (r"(?:^|\b)(?:home\s+)?ad+res+\s*[:\-]\s*(?P<m>[^\n]{4,120}?)\s*$", 0.7),
]

NAME_CONTEXT_PATTERNS = [
    # Titles and labelled names: "Mrs Patel", "Dr. Adaeze Obi", "Name: ...", "Referee: ...".
    (r"\b(?P<m>(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Rev|Revd|Reverend|Sir|Dame|Lady|Lord|Cllr|Councillor|"
     r"Pastor|Father|Fr|Imam|Rabbi|Sheikh|Canon|Sister)\.?[ \t]+"
     r"\p{Lu}[\p{L}'’\-]+(?:[ \t]+\p{Lu}[\p{L}'’\-]+){0,2})", 0.75),
    # A relation, then a name: "my supervisor Craig Hesketh trusts me", "our manager, Ewa Nowak,", "my manager
    # was Chidi Obi"
    (r"\b(?i:my|our|his|her|their)[ \t]+(?i:(?:line[ \t]+|previous[ \t]+|current[ \t]+|old[ \t]+)?"
     r"(?:manager|supervisor|boss|mentor|tutor|referee|colleague|team[ \t]+leader|wife|husband|partner|"
     r"boyfriend|girlfriend|fianc[eé]e?|"
     r"son|daughter|brother|sister|mum|mother|dad|father|friend|neighbour|cousin|aunt|uncle|niece|nephew|"
     r"grandson|granddaughter))[ \t]*,?(?:[ \t]+(?i:was|is|were|called|named))?[ \t]+"
     r"(?P<m>\p{Lu}[\p{L}'’\-]+(?:[ \t]+\p{Lu}[\p{L}'’\-]+){0,2})", 0.7),
    # Eleventh session (held-out 25 and 26): a name, then the relation ("Min-ho, my husband, does the drop-off"); a
    # spouse after "married" or "lost" ("after my mum married Ian,", "I lost Karen in 2021")
    (r"(?!(?:Also|And|But|So|Then|Now|Sadly|Luckily|Unfortunately|However|Plus|Today|Recently|Later|Currently|Yes|"
     r"No|Well|Since|Meanwhile|Outside|Otherwise|Together|Personally|Instead|Finally|Sometimes|Usually)\b)"
     r"(?P<m>\p{Lu}[\p{L}'’\-]+(?:[ \t]+\p{Lu}[\p{L}'’\-]+)?),[ \t]+(?i:my|our)[ \t]+(?i:husband|wife|partner|"
     r"boyfriend|girlfriend|fianc[eé]e?|son|daughter|brother|sister|mum|mother|dad|father)\b", 0.7),
    (r"\b(?i:married|lost)[ \t]+(?:(?i:to)[ \t]+(?:(?i:an?[ \t]+(?:woman|man|lovely[ \t]+\p{Ll}+|\p{Ll}+)),?[ \t]+)?)?"
     r"(?P<m>\p{Lu}\p{Ll}[\p{L}'’\-]*)"
     r"(?=[ \t]+(?i:in|last|when|on|at|after|to)\b|[ \t]*[,.;])", 0.7),
    # Initials and a surname: "A. Siddiqui", "M. S. Islam", "J.M.T. Pinto" (not "U.K. Border Agency")
    (r"(?<![\p{L}.])(?P<m>(?!(?:U\.K|U\.S|E\.U|N\.H\.S|P\.E|R\.E|D\.T|I\.T)\.)(?:\p{Lu}\.[ \t]?){1,3}[ \t]?"
     r"(?!Levels?\b)\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?(?:[ \t]+\p{Lu}[\p{Ll}\p{M}'’]+)?)", 0.7),
    # A CV header in "SURNAME, Forename" form at the start of a line: "Ó CONCHÚIR, Seán", "DELA CRUZ, Maria"
    (r"^[ \t]*(?!(?:BSC|BA|MSC|MA|MPHIL|PHD|NVQ|GCSES?|HNC|HND|PGCE|LLB|LLM|MBA|CIPD|CIPFA|ACCA|CSCS|DBS|BTEC|QTS|"
     r"RGN|RMN|NOTE|NB|PS|RE|ENC)\b)"
     r"(?P<m>(?:\p{Lu}[\p{Lu}'’\-]*[ \t]+)?\p{Lu}[\p{Lu}'’\-]+,[ \t]*\p{Lu}[\p{Ll}\p{M}'’\-]+"
     r"(?:[ \t]+\p{Lu}[\p{Ll}\p{M}'’\-]+)?)(?=[ \t]*(?:$|[(|·•,]|[ \t]{2}))", 0.7),
    # A line that is a name with a short form bracketed inside it: "Tharindu (T.) Jayawardena", a signature
    (r"^[ \t]*(?P<m>\p{Lu}[\p{L}'’\-]+[ \t]+\([ \t]*[\"“'‘]?\p{Lu}[\p{L}.'’\-]{0,20}[\"”'’]?[ \t]*\)[ \t]+"
     r"\p{Lu}[\p{L}'’\-]+(?:[ \t]+\p{Lu}[\p{L}'’\-]+)?)[ \t]*$", 0.7),
    # A sign-off, then the name on the same line or the next: "Kind regards,\nThu", "Signed F. Lacatus"
    (r"(?:^|\n)[ \t]*(?i:signed|signature|yours[ \t]+(?:sincerely|faithfully|truly)|(?:kind(?:est)?|warm|best)[ \t]+"
     r"(?:regards|wishes)|regards|many[ \t]+thanks|thank[ \t]+you|thanks)[ \t]*[:,\-]?[ \t]*\n?[ \t]*"
     r"(?P<m>(?:\p{Lu}\.[ \t]*)*\p{Lu}[\p{L}'’\-]+(?:[ \t]+\p{Lu}[\p{L}'’\-]+){0,3})[ \t]*$", 0.7),
    (r"(?:^|\n)[ \t]*(?i:(?:full[ \t]+)?(?:name|applicant|candidate|referee(?:[ \t]*\d)?|manager|"
     r"line manager|supervisor|contact))[ \t]*[:\-][ \t]*"
     r"(?P<m>\p{Lu}[\p{L}'’\-]+(?:[ \t]+\p{Lu}[\p{L}'’\-]+){0,3})", 0.7),
]

# Names candidates give themselves: "most people call me Katka", "I go by Mide", "my full first name is Kwabena",
# "I have gone by Rose since school" (eleventh session).
SELF_NAME_PATTERNS = [
    (r"(?i:call(?:s|ed)?[ \t]+me|i[ \t]+go[ \t]+by|i(?:'ve|[ \t]+have)[ \t]+(?:always[ \t]+)?gone[ \t]+by|"
     r"i(?:'m|[ \t]+am)[ \t]+known[ \t]+as|"
     r"(?:knows?|knew)[ \t]+me[ \t]+as|(?<=[(,–—-][ \t]*)known[ \t]+as|"
     # twelfth session: "BAKER, Gareth Wyn (Mr)  –  known on site as Gaz"
     r"known[ \t]+(?:on[ \t]+site|at[ \t]+work|round[ \t]+here|locally|to[ \t]+(?:everyone|most[ \t]+people|friends|"
     r"colleagues|the[ \t]+team))[ \t]+as|"
     r"my[ \t]+(?:full[ \t]+|first[ \t]+|given[ \t]+|real[ \t]+|middle[ \t]+|birth[ \t]+|preferred[ \t]+)*"
     r"name[ \t]+is)"
     r"[ \t]+[\"“'‘]?(?P<m>(?!(?i:on|at|back|if|when|any|anytime|a|an|the|to|for|and|or|please|after|because)\b)"
     r"[\p{L}][\p{L}'’\-]+(?:[ \t]+\p{Lu}[\p{L}'’\-]+){0,3})", 0.8),
    # how to say it gives the name away too: 'Ciara O'Sullivan (pronounced "KEER-a O-SULL-i-van")'
    (r"(?i:pronounced|pronunciation|said|say it)[ \t]*:?[ \t]*(?i:as[ \t]+|like[ \t]+)?[\"“'‘]"
     r"(?P<m>[\p{L}'’\- ]{2,40}?)[\"”'’]", 0.8),
    (r"(?i:pronounced|pronunciation[ \t]*:|it(?:'s|’s|[ \t]+is)[ \t]+said)[ \t]+(?i:as[ \t]+|like[ \t]+)?"
     r"(?P<m>\p{Lu}[\p{L}'’\-]*(?:[ \t]+[\p{L}'’\-]+){0,3})(?=[ \t]*(?:[.;,)\n]|$))", 0.8),
    # a former name told as one: "(it was Kim So-yeon before I married)" (twelfth session)
    (r"(?i:\bit[ \t]+was|\bi[ \t]+was)[ \t]+(?P<m>\p{Lu}[\p{L}'’\-]+(?:[ \t]+\p{Lu}[\p{L}'’\-]+){0,3})[ \t]+"
     r"(?i:before[ \t]+i[ \t]+(?:married|got[ \t]+married|changed[ \t]+it))", 0.8),
    # a respelling in quotes at the end of a bracket: 'Caoimhe Brennan-Walsh ("KEE-va")', '(it is easier, "Voy-tek")'
    (r"\([^()\n]{0,30}[\"“](?P<m>\p{Lu}[\p{L}]*(?:-\p{L}+)+)[\"”][ \t]*\)", 0.8),
    # a short name in brackets after the full one: "Tomasz Kowalczyk (Tom at work)", "(Kate to my friends)"
    (r"\p{Lu}[\p{L}'’\-]+[ \t]*\([ \t]*(?P<m>\p{Lu}[\p{L}'’\-]+)[ \t]+(?i:at[ \t]+work|to[ \t]+(?:my[ \t]+)?"
     r"(?:friends|colleagues|everyone|family)|for[ \t]+short|to[ \t]+most[ \t]+people)[ \t]*\)", 0.8),
    # the second of two names given: "my colleagues call me Aman or "Gilly"", 'know me as andy or "lithuanian
    # andy"', 'call me "Dona São" or "Mrs P"'
    (r"(?i:call(?:s|ed)?[ \t]+me|i[ \t]+go[ \t]+by|known[ \t]+as|(?:knows?|knew)[ \t]+me[ \t]+as)[ \t]+"
     r"(?:[\"“'‘][^\"”'’\n]{1,30}[\"”'’]|[\p{L}][\p{L}'’\-]+)"
     r"[ \t]+(?i:or|and)[ \t]+(?i:(?:just|simply|sometimes|even)[ \t]+)?"
     r"(?:[\"“'‘](?P<m>[\p{L}][\p{L}'’\-. ]{0,30}?)[\"”'’]|(?P<m>\p{Lu}[\p{L}'’\-]+)"
     # twelfth session: in lower case, a name that ends the clause ("everyone here calls me pádraig or paddy.")
     r"|(?P<m>\p{Ll}[\p{L}'’\-]+)(?=[ \t]*(?:[.,;!)\n]|$)))", 0.8),
]

# Words in a script other than Latin, in an English application, are nearly always a name written in its own
# script ("KOVALENKO Oleksandra / Олександра Коваленко"); no English NER model reads them.
_OTHER_SCRIPT = (r"[\p{Cyrillic}\p{Greek}\p{Arabic}\p{Hebrew}\p{Armenian}\p{Georgian}\p{Ethiopic}\p{Devanagari}"
                 r"\p{Bengali}\p{Gurmukhi}\p{Gujarati}\p{Tamil}\p{Telugu}\p{Kannada}\p{Malayalam}\p{Sinhala}"
                 r"\p{Thai}\p{Lao}\p{Myanmar}\p{Khmer}\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
_OTHER_SCRIPT_WORD = rf"{_OTHER_SCRIPT}[{_OTHER_SCRIPT[1:-1]}\p{{M}}'’\-]*"
OTHER_SCRIPT_NAME_PATTERNS = [(rf"{_OTHER_SCRIPT_WORD}(?:[ \t]+{_OTHER_SCRIPT_WORD}){{0,3}}", 0.6)]

EDUCATION_PATTERNS = [
    (r"\b(?:\p{Lu}[\p{L}'’.\-]*[ \t]+(?:(?:\p{Lu}[\p{L}'’.\-]*|of|the|and|&)[ \t]+){0,4})"
     r"(?:University|College|Sixth Form(?: College)?|Academy|High School|Grammar School|Primary School|"
     r"Secondary School|School|Polytechnic)(?:[ \t]+of(?:[ \t]+\p{Lu}[\p{L}'’\-]+){1,3})?\b", 0.6),
    (r"\b(?:The[ \t]+)?(?:University|College|Polytechnic)[ \t]+of"
     r"(?:[ \t]+(?:the[ \t]+)?\p{Lu}[\p{L}'’\-]+){1,3}",
     0.6),
]

# The label with its bracketed aside ("Passport (for the right-to-work check)"), a label's colon, dash or dot leaders,
# and the two shapes of a number: one with five digits or more, and a labelled one of 8-10 characters with three.
_PASSPORT = r"\bpassport(?:[ \t]*\([^)\n]{1,40}\))?"
_LEADER = r"(?:[:\-]|\.{2,}|…+)"
_PASSPORT_NO = r"(?=(?:[a-z]*\d){5})[a-z0-9]{6,10}"
_PASSPORT_NO_LABELLED = r"(?=(?:[a-z]*\d){3})[a-z0-9]{8,10}"
_ANY_PASSPORT_NO = f"{_PASSPORT_NO}|{_PASSPORT_NO_LABELLED}"
# a passport field at a line's start or after a form's column gap
_PASSPORT_FIELD = (r"(?:^|(?<=[ \t]{3}|\t|\|))[ \t]*(?:[-•*][ \t]*)?(?:other[ \t]+)?passport(?:s|\(s\))?(?:[ \t]+held)?"
                   r"(?:[ \t]*\([^)\n]{1,40}\))?[ \t]*[:\-–]")
PASSPORT_PATTERNS = [
    # UK passports are nine digits; Presidio's pattern covers only the older two-letter form.
    # "Passport (Nigeria): A07123456", "my passport, number 801234567", "Passport - 5123 45678"
    (r"\bpassport(?:\s*\([^)\n]{1,40}\))?(?:,?\s*(?:no\.?|number|num|details|held|is))*(?:\s*\([^)\n]{1,40}\))?"
     r"\s*(?:[:\-–#,]|\.{2,}|…+)?\s*"
     rf"(?P<m>{_PASSPORT_NO}|(?=(?:\d ?){{8,10}}\b)\d{{2,5}}(?: \d{{2,6}}){{1,2}}"
     r"|[a-z]{1,2}[ \t]\d{6,9})\b", 0.85),
    # a number the label names, with fewer digits: "Passport no.: NWK4R81P6"
    (rf"\bpassport[ \t]+(?:no\.?|number)[ \t]*[:#\-][ \t]*(?P<m>{_PASSPORT_NO_LABELLED})\b", 0.85),
    # the number in brackets later in the sentence: "my passport says MARIA REYES AQUINO (P4817326B)"
    (rf"\bpassport\b[^.\n()]{{0,60}}\([ \t]*(?P<m>{_PASSPORT_NO})[ \t]*\)", 0.85),
    # the holder's nationality before the number: "Passport (vetting)    British, no. 539281746", "Passport: BN(O) no.
    # K04718263", "Passport for the ID check: Dutch no. NXR4K8J27"
    (rf"{_PASSPORT}[ \t]*{_LEADER}?[ \t]*[a-z][a-z .:'’()-]{{1,40}}?,?[ \t]+"
     r"(?:no\.?|n[°º]\.?|number)[ \t]*[:#]?[ \t]*"
     rf"(?P<m>{_PASSPORT_NO}|{_PASSPORT_NO_LABELLED})\b", 0.85),
    # fifteenth session (held-out 44): a passport field's line, a nationality or route before each number, one or two
    # numbers: "Passport: British – 547196830", "Other passports held: Philippine – P2739184B", "Passports: BN(O)
    # 582049163; HKSAR K39284716"
    (rf"{_PASSPORT_FIELD}[^\n]{{0,60}}?(?<=[ \t])(?P<m>{_ANY_PASSPORT_NO})\b", 0.85),
    (rf"{_PASSPORT_FIELD}[^\n]{{0,60}}?(?<=[ \t])(?:{_ANY_PASSPORT_NO})\b[^\n]{{0,10}}?[;,/]"
     rf"[^\n]{{0,30}}?(?<=[ \t])(?P<m>{_ANY_PASSPORT_NO})\b", 0.85),
    # the issuing country first: "Passport: Netherlands, NR7F4K2L9"
    (rf"{_PASSPORT}(?:[ \t]*{_LEADER}|[ \t]{{2,}}|\t)[ \t]*[a-z][a-z .'’-]{{1,30}}?,"
     r"[ \t]*(?:(?:no\.?|number)[ \t]*:?[ \t]*)?"
     rf"(?P<m>{_PASSPORT_NO_LABELLED})\b", 0.85),
]

# Northern Ireland (DVA) licences are eight digits, which only the label tells apart: "Licence (DVA NI): 61839274",
# "Full, clean – 52184907", "licence no. 58302914" (eleventh session, held-out 24).
DRIVING_LICENCE_PATTERNS = [
    (r"\blicen[cs]e\b(?:[ \t]*\([^)\n]{1,30}\))?[^\n\d]{0,40}?(?:no\.?|n[°º]\.?|number|[:–\-])[ \t]*"
     r"(?P<m>\d{8})(?![\d/])", 0.85),
]

HOME_LOCATION_PATTERNS = [
    (r"\b(?i:i live in|i'm based in|i am based in|i live locally in|living in|i grew up in|i was born in|"
     r"local to|resident of|i am from|i'm from|originally from|i moved to)[ \t]+"
     r"(?P<m>\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+)?)", 0.5),
]


def custom_recognisers(lexicon: Lexicon) -> list[EntityRecognizer]:
    """Our recognisers for UK formats and self-disclosures, built once per process."""
    by_type: dict[str, list[tuple[str, float]]] = {}
    for entry in lexicon.markers:
        by_type.setdefault(entry.type, []).append(
            (rf"(?<![\w]){entry.pattern}(?![\w])", 0.8))
    markers = disclosure_recognisers(lexicon, by_type)
    return [
        RegexRecognizer("UK_PHONE", PHONE_PATTERNS, "UkPhoneFormats"),
        RegexRecognizer("DATE_OF_BIRTH", DOB_PATTERNS, "DateOfBirth"),
        RegexRecognizer("AGE", AGE_PATTERNS, "Age"),
        RegexRecognizer("SOCIAL_HANDLE", SOCIAL_HANDLE_PATTERNS, "SocialHandle"),
        RegexRecognizer("URL", URL_EXTRA_PATTERNS, "UrlScheme"),
        RegexRecognizer("ADDRESS", ADDRESS_PATTERNS, "StreetAddress"),
        RegexRecognizer("UK_PASSPORT", PASSPORT_PATTERNS, "UkPassportNumber"),
        RegexRecognizer("UK_DRIVING_LICENCE", DRIVING_LICENCE_PATTERNS, "DrivingLicenceNumber"),
        # Case matters for names and institutions: no IGNORECASE.
        RegexRecognizer("NAME_CONTEXT", NAME_CONTEXT_PATTERNS, "NameContext", flags=regex.MULTILINE),
        RegexRecognizer("SELF_NAME", SELF_NAME_PATTERNS, "SelfName", flags=regex.MULTILINE),
        RegexRecognizer("NAME_CONTEXT", OTHER_SCRIPT_NAME_PATTERNS, "OtherScriptName"),
        RefereeListRecognizer(),
        LowerCaseNameRecognizer(),
        RegexRecognizer("EDUCATION_INSTITUTION", EDUCATION_PATTERNS, "EducationInstitution",
                        flags=regex.MULTILINE),
        RegexRecognizer("HOME_LOCATION", HOME_LOCATION_PATTERNS, "HomeLocation", flags=regex.MULTILINE),
        *markers,
    ]


# fifteenth session (held-out 46): a numbered or lettered section heading too ("G. References", "PART 8 – REFEREES")
_REFEREE_HEADING = regex.compile(
    r"(?im)^[ \t#*]*(?:(?:section|part)[ \t]+\w{1,3}[ \t]*[–—:.\-][ \t]*|\w{1,2}[.)][ \t]+)?"
    r"(?:referees?|references?)(?:[ \t]+details)?[ \t*:]*$")
_REFEREE_LABEL = regex.compile(
    r"(?im)^[ \t#*]*(?:referees?|references?)(?:[ \t]*\d)?[ \t*]*:[ \t]*(?P<items>\S[^\n]*)$")
_LISTED = (r"[ \t]*(?:\d+[.)]|[-•*–])?[ \t]*(?P<m>(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Rev|Pastor|Cllr)\.?[ \t]+)?"
           r"\p{Lu}[\p{L}'’\-]+(?:[ \t]+\(\p{Lu}[\p{L}'’\-]*\))?(?:[ \t]+\p{Lu}[\p{L}'’\-]*){0,2}"
           r"[ \t]+\p{Lu}[\p{L}'’\-]+)"
           r"[ \t]*(?=,|[–—(|]|[ \t]-[ \t]|$)")
_LISTED_NAME = regex.compile(_LISTED)
# in a text written all in lower case, a referee's name is too ("abdirahman yusuf, community liaison")
_LISTED_LOWER_CASE_NAME = regex.compile(_LISTED.replace(r"\p{Lu}", r"\p{L}"))
REFEREE_LINES = 8  # how far below a "References" heading a referee's line is looked for


# The words of the next section's heading, in capitals on a line of its own, which the list's window may reach.
_FORM_HEADING_WORD = regex.compile(r"(?i)\b(?:equal|equality|opportunities|diversity|monitoring|declaration|"
                                   r"personal|details|information|statement|section|part|additional)\b")


class RefereeListRecognizer(EntityRecognizer):
    """The people in a list of referees: each line (or ';'-separated item) under "References" that starts
    with a name and then a comma, a dash or a bracket ("2. Babatunde Akinola, Clinical Lead, LUHFT")."""

    def __init__(self) -> None:
        super().__init__(supported_entities=["NAME_CONTEXT"], name="RefereeList", supported_language="en")

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        items: list[tuple[int, int]] = []  # (start, end) of each listed item
        for heading in _REFEREE_HEADING.finditer(text):
            position = heading.end()
            for _ in range(REFEREE_LINES):
                line_end = text.find("\n", position + 1)
                line_end = len(text) if line_end < 0 else line_end
                items.append((position + 1, line_end))
                position = line_end
                if position >= len(text):
                    break
        for label in _REFEREE_LABEL.finditer(text):
            start = label.start("items")
            for part in label.group("items").split(";"):
                items.append((start, start + len(part)))
                start += len(part) + 1
        listed = _LISTED_LOWER_CASE_NAME if mostly_lower_case(text) else _LISTED_NAME
        results = []
        for start, end in items:
            found = listed.match(text, start, end)
            if found and not _FORM_HEADING_WORD.search(found.group("m")):  # "EQUAL OPPORTUNITIES" after the list
                results.append(RecognizerResult("NAME_CONTEXT", found.start("m"), found.end("m"), 0.7))
        return results


# In a text written all in lower case, a name after a relation: "my boyfriend minh, we", "my sister-in-law
# latifa helps", "the owner nguyễn văn long (mr long)". No capital marks it, so a word counts only when
# punctuation closes it (and it is not an ordinary word that can end a clause: "my mum too."), or when it is
# no English word at all: spelt with letters English does not use, or missing from the CMU dictionary.
_LOWER_CASE_RELATION = regex.compile(
    r"\b(?:my|our|his|her|their|the|\p{L}+['’]s)[ \t]+(?:(?:line|previous|current|old|new|late)[ \t]+)?"
    r"(?:manager|supervisor|boss|owner|mentor|tutor|colleague|wife|husband|partner|boyfriend|girlfriend|"
    r"fianc[eé]e?|son|daughter|brother|sister|mum|mom|mother|dad|father|friend|neighbour|cousin|aunt|auntie|"
    r"uncle|niece|nephew|nan|nana|gran|grandma|grandad|grandmother|grandfather|grandson|granddaughter|"
    r"(?:sister|brother|mother|father|son|daughter)-in-law)[ \t]*,?[ \t]+"
    r"(?P<m>\p{Ll}[\p{Ll}\p{M}'’\-]+(?:[ \t]+\p{Ll}[\p{Ll}\p{M}'’\-]+){0,2}?)"
    r"(?P<after>[ \t]*(?:[,.;:!?()\n]|$)|[ \t]+\p{Ll})")
_CLAUSE_END_WORDS = frozenset((  # noqa: SIM905 - a word list reads best as words
    "too also now then here there again today tonight anyway though instead first once twice more less well ill "
    "away home back out in on up down over off alone together yet still ago since before after later soon "
    "recently sometimes often always never already either as so and or but who which that when where while "
    "because if is was are were has had have did will would can could said says told does").split())


# ... and the candidate's own name under a sign-off: "thank you\nhà"
_LOWER_CASE_SIGN_OFF = regex.compile(
    r"(?m)^[ \t]*(?:thank[ \t]+you|thanks|many[ \t]+thanks|(?:kind[ \t]+|best[ \t]+)?regards|best[ \t]+wishes|"
    r"yours[ \t]+(?:sincerely|faithfully))[ \t]*[,.!]?[ \t]*\n+[ \t]*"
    r"(?P<m>\p{Ll}[\p{Ll}\p{M}'’\-]*(?:[ \t]+\p{Ll}[\p{Ll}\p{M}'’\-]*){0,3})[ \t]*$")


class LowerCaseNameRecognizer(EntityRecognizer):
    """Other people's names after a relation word, and the candidate's under a sign-off, in texts written
    (nearly) all in lower case."""

    def __init__(self) -> None:
        super().__init__(supported_entities=["RELATION_NAME", "SELF_NAME"], name="LowerCaseName",
                         supported_language="en")

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        if not mostly_lower_case(text):
            return []
        results = []
        for found in _LOWER_CASE_RELATION.finditer(text):
            words = found.group("m").split()
            closed = not found.group("after").strip().isalpha()
            if (closed and not any(w in _CLAUSE_END_WORDS for w in words)) \
                    or all(not w.isascii() or not is_word(w) for w in words):
                results.append(RecognizerResult("RELATION_NAME", found.start("m"), found.end("m"), 0.6))
        results += [RecognizerResult("SELF_NAME", m.start("m"), m.end("m"), 0.6)
                    for m in _LOWER_CASE_SIGN_OFF.finditer(text)]
        return results


class CandidateRecognizer(EntityRecognizer):
    """Per-request: the candidate's identity block, in every written form (see `names`)."""

    ENTITY_PREFIX = "ID_"

    def __init__(self, candidate: Mapping[str, Any], ambiguous: frozenset[str]) -> None:
        self._candidate = {k: v for k, v in candidate.items() if isinstance(v, str) and v.strip()}
        self._ambiguous = ambiguous
        kinds = ["CANDIDATE_NAME", "EMAIL", "PHONE", "ADDRESS", "POSTCODE", "DATE_OF_BIRTH", "NI_NUMBER",
                 "HOME_LOCATION"]
        super().__init__(supported_entities=[self.ENTITY_PREFIX + k for k in kinds], name="CandidateIdentity",
                         supported_language="en")

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        return [RecognizerResult(self.ENTITY_PREFIX + m.type, m.start, m.end, 1.0)
                for m in identity_matches(text, self._candidate, self._ambiguous, fold(text))]
