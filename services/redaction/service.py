"""The redactor: Presidio finds candidates for removal, pure rules here decide and replace.

`build_redactor(settings)` is called once per process (the app's start-up, a Celery worker's
`worker_process_init`); `Redactor.redact(text, candidate)` is then cheap and thread-safe.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import regex
from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerResult

from services.common.errors import InvalidInput, PayloadTooLarge
from services.common.words import is_word
from services.redaction.engine import EngineConfig, build_analyzer
from services.redaction.lexicon import Lexicon, load_lexicon
from services.redaction.marker_model import MARKER_TYPES, MODEL_REPLACEMENT, PREFIX
from services.redaction.names import NOT_INITIALS, PARTICLES, fold, identity_matches, mostly_lower_case
from services.redaction.recognisers import CandidateRecognizer

__all__ = ["PersonNumbering", "Redaction", "RedactedEntity", "Redactor", "build_redactor", "resolve"]

# Presidio's entity names -> ours, and how sure a source must be before we remove on its word.
TYPE_MAP = {
    "EMAIL_ADDRESS": "EMAIL", "PHONE_NUMBER": "PHONE", "UK_PHONE": "PHONE", "UK_NINO": "NI_NUMBER",
    "UK_POSTCODE": "POSTCODE", "UK_PASSPORT": "PASSPORT", "UK_DRIVING_LICENCE": "DRIVING_LICENCE",
    "NAME_CONTEXT": "PERSON", "SELF_NAME": "CANDIDATE_NAME", "ORGANIZATION": "EDUCATION_INSTITUTION",
    "RAMPART_CITY": "HOME_LOCATION", "RAMPART_PERSON": "PERSON", "RELATION_NAME": "PERSON",
} | {PREFIX + kind: kind for kind in MARKER_TYPES}
MIN_SCORE = {"PASSPORT": 0.4, "AGE": 0.4, "URL": 0.5}
# The same types by Presidio's names: only their scores need Presidio's context words.
SCORED_TYPES = frozenset({name for name, ours in TYPE_MAP.items() if ours in MIN_SCORE}
                         | (MIN_SCORE.keys() - set(TYPE_MAP.values())))
PRIORITY = {"CANDIDATE_NAME": 100, "EMAIL": 90, "SOCIAL_HANDLE": 88, "URL": 86, "NI_NUMBER": 85,
            "PHONE": 84, "DRIVING_LICENCE": 83, "PASSPORT": 82, "DATE_OF_BIRTH": 81, "POSTCODE": 80,
            "ADDRESS": 70, "PERSON": 60, "AGE": 55}
REPLACEMENTS = {"CANDIDATE_NAME": "[CANDIDATE]", "EMAIL": "[EMAIL]", "PHONE": "[PHONE]",
                "ADDRESS": "[ADDRESS]", "POSTCODE": "[POSTCODE]", "DATE_OF_BIRTH": "[DATE OF BIRTH]",
                "AGE": "[AGE]", "NI_NUMBER": "[NI NUMBER]", "PASSPORT": "[PASSPORT NUMBER]",
                "DRIVING_LICENCE": "[DRIVING LICENCE NUMBER]", "URL": "[URL]",
                "SOCIAL_HANDLE": "[SOCIAL HANDLE]", "EDUCATION_INSTITUTION": "[EDUCATION INSTITUTION]",
                "HOME_LOCATION": "[LOCATION]"}
# Detections that come from a statistical model or loose context and so yield to the allow-list.
SOFT_TYPES = frozenset({"PERSON"})
EDUCATION_WORDS = regex.compile(r"(?i)\b(?:university|college|school|academy|sixth form|polytechnic)\b")
TITLES = frozenset(("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "rev", "sir", "dame", "cllr",
                    "councillor"))
_NAME_WORD = r"\p{Lu}[\p{L}'’\-]*\.?"


def _name_field(labels: str) -> regex.Pattern[str]:
    """A form's name field, its value in group `name`: "Surname .......... Okafor", "| Forename(s) | Adaeze |",
    "**Name:** ...", "Candidate: Mr Wei (David) ZHANG"."""
    return regex.compile(r"(?im)^[ \t]*(?:\|[ \t]*)?(?:\*\*|__)?(?:" + labels + r")(?:\*\*|__)?"
                         r"[ \t]*(?:[:\-–—]|\.{2,}|…+|\|)(?:\*\*|__)?[ \t.…]*"
                         r"(?:(?:mr|mrs|ms|miss|mx|dr)\.?[ \t]+)?(?P<name>[^\n:|*]{2,60}?)[ \t|]*$")


# The labels only the applicant's own names stand beside, not a bare "Name" that a referee section repeats: read
# beside an identity block as well (tenth session: "First names ....... YONAS TESFAMARIAM", "Known as: Yoni"; fifteenth
# session, held-out 45: "Full name: senait tesfamariam gebremedhin", a middle name the ATS lacked).
_OWN_NAME_LABELS = (r"forenames?(?:\(s\))?|first[ \t]+names?(?:\(s\))?|given[ \t]+names?|middle[ \t]+names?(?:\(s\))?|"
                    r"preferred[ \t]+name|known[ \t]+as|other[ \t]+names?|(?:your[ \t]+)?full[ \t]+name|"
                    r"(?:applicant|candidate)(?:['’]s)?[ \t]+name")
# An e-mail's sender, "From: Jerome Clarke-Hinds <jerome.clarkehinds@outlook.com>": the candidate's name without an
# identity block (twelfth session), and beside one when the address is the candidate's own (thirteenth session).
_FROM_HEADER = regex.compile(r"(?im)^[ \t]*from[ \t]*:[ \t]*(?P<name>[^<>@\n]{2,50}?)[ \t]*<[ \t]*"
                             r"(?P<address>[^<>@\s]+@[^<>\s]*)")
_INFERENCE = [
    # "Name: Łukasz Wójcik (Luke)", "Applicant: Oluwaseun\nAdebayo-Okafor", "Candidate: Mr Wei (David) ZHANG",
    # and the layouts of council forms: "Surname .......... Okafor", "| Forename(s) | Adaeze |", "**Name:** ...",
    # "Previous surname(s): DEVLIN"
    _name_field(r"(?:full[ \t]+|previous[ \t]+|former[ \t]+|maiden[ \t]+|other[ \t]+)?(?:name|applicant|candidate|"
                r"surnames?(?:\(s\))?|last[ \t]+name|family[ \t]+name|signed|signature|" + _OWN_NAME_LABELS + ")"),
    # a CV header: "CHEN, Xiaoling (Lily)", "Shanice Walcott — Curriculum Vitae", "# Nour El Houda BENALI"
    regex.compile(rf"(?m)^[ \t]*(?:#{{1,3}}[ \t]+)?(?P<name>{_NAME_WORD}(?:,?[ \t]+(?:{_NAME_WORD}|"
                  rf"\([^)\n]{{1,20}}\)|[\"“][^\"”\n]{{1,20}}[\"”])){{1,4}})[ \t]*(?:$|[—–|·]|-[ \t])"),
    # "my name is hodan abdi warsame and ...", "I am Senait"
    regex.compile(r"(?i)\bmy name is[ \t]+(?P<name>[\p{L}'’\-]+\.?(?:[ \t]+[\p{L}'’\-]+\.?){0,3})"),
    # a signature: "Yours sincerely,\nBill (William) Marsh"
    regex.compile(r"(?i)(?:(?:yours (?:sincerely|faithfully)|kind regards|best wishes|many thanks|regards),?"
                  # twelfth session: thanks and the like, with their comma ("Thanks so much for reading,\nTia x")
                  r"|(?:thanks|thank you)(?: so much| again| very much)?(?: for [^\n,.]{1,30})?,|cheers,|best,"
                  r"|all the best,|warm wishes,|take care,)"
                  r"[ \t]*\n+"
                  r"[ \t]*(?P<name>[^\n]{2,50})"),
    _FROM_HEADER,
]
# Letters after a name that are not part of it: "Faisal M. Qassem MA, LRTPI".
_POST_NOMINALS = regex.compile(
    r"(?:BA|BSc|MA|MSc|MPhil|PhD|DPhil|MBA|LLB|LLM|MEng|BEng|PGCE|PGDip|QTS|RGN|RMN|RN|RNLD|DipHE|DipSW|CQSW|"
    r"MRTPI|LRTPI|FRTPI|MCIPD|CIPD|ACCA|FCCA|ACA|FCA|CIMA|MCIH|CIH|MRICS|FRICS|MCIEH|FHEA|SFHEA|MBE|OBE|CBE|"
    r"MCMI|CMgr|MBCS|CEng|IEng|RSW|Hons)")
_ENDS_IN_POST_NOMINALS = regex.compile(rf"\p{{L}}[ \t]+(?:{_POST_NOMINALS.pattern}[ \t,]*)+$")
_NOT_NAME = frozenset((
    "and", "i", "am", "but", "from", "the", "a", "an", "in", "i'm", "im", "please", "call", "known", "as",
    "with", "of", "for", "to", "on", "at", "my", "is", "was", "curriculum", "vitae", "cv", "application",
    "statement", "supporting", "personal", "details", "information", "post", "job", "ref", "role"))


@dataclass(frozen=True)
class RedactedEntity:
    type: str
    start: int
    end: int
    replacement: str


@dataclass(frozen=True)
class Redaction:
    """The redacted text and what was removed, with offsets into the input text."""

    text: str
    policy: str
    entities: tuple[RedactedEntity, ...]

    @property
    def spans(self) -> list[tuple[int, int, str]]:
        return [(e.start, e.end, e.type) for e in self.entities]

    def __iter__(self) -> Iterator[tuple[int, int, str]]:
        return iter(self.spans)


@dataclass
class PersonNumbering:
    """Which "[PERSON n]" each other person is; pass one instance to every field of an application."""

    people: list[set[str]] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    @staticmethod
    def key(name: str) -> set[str]:
        words = regex.findall(r"[\w]+", fold(name).casefold().replace("'s", ""))
        return {w for w in words if w not in TITLES and len(w) > 1} or {fold(name).casefold()}

    def number_for(self, name: str) -> int:
        tokens = self.key(name)
        with self._lock:
            matches = [i for i, known in enumerate(self.people)
                       if tokens == known or tokens <= known or known <= tokens]
            exact = [i for i in matches if self.people[i] == tokens]
            if exact:
                return exact[0] + 1
            if len(matches) == 1:
                self.people[matches[0]] |= tokens
                return matches[0] + 1
            self.people.append(tokens)
            return len(self.people)

    def snapshot(self) -> list[set[str]]:
        with self._lock:
            return [set(known) for known in self.people]


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    type: str
    priority: int
    source: str = ""


_NOT_NAME_WORDS = regex.compile(
    r"(?i)\b(?:council|borough|city|county|ltd|limited|plc|llp|services?|trust|nhs|hospital|school|university|"
    r"college|centre|center|team|support|health|care|home|homes|lodge|house|road|street|lane|library|group|"
    r"bank|park|church|club|society|association|network|partnership|board|department|unit|office|"
    r"foundation|academy|institute|agency|company|store|shop|cafe|hotel|restaurant|station|airport|"
    r"north|south|east|west|central|united|kingdom|england|scotland|wales|ireland|street|way|law|act|"
    r"scheme|project|programme|award|level|diploma|certificate|officer|manager|assistant|worker|driver|"
    r"sefton|liverpool|merseyside|festival|international|jobs|practice|garden|gardens|wards?|testing|medical|"
    r"hall|transport|world|castle|community|"
    r"&)\b")


# Up to three more capitalised words on the line, then an organisation word: capitalised ("Hugh Baird
# College"), or in a sentence written in lower case, any case ("hugh baird college"); never an ordinary
# word in an ordinary sentence ("my supervisor Craig Hesketh trust me to work alone").
_ORG_WORDS = (r"council|college|university|school|academy|primary|hospital|hospice|lodge|care home|court|house|"
              r"centre|center|trust|ltd|limited|plc|llp|group|partnership|associates|solicitors|library|park|"
              r"surgery|practice|medical|nursery|church|foundation|institute|hall|street|road|lane|law|society|"
              r"syndrome|disease|fund|appeal")
_ORG_LEAD = r"(?:['’]s)?(?:[ \t]+(?:\p{Lu}[\p{L}'’\-]*|&|of|and|de)){0,3}[ \t]+"
_ORG_AFTER_CAPITALISED = regex.compile(rf"{_ORG_LEAD}(?=\p{{Lu}})(?i:{_ORG_WORDS})\b")
_ORG_AFTER_ANY_CASE = regex.compile(rf"{_ORG_LEAD}(?i:{_ORG_WORDS})\b")
_ORG_WORD = regex.compile(rf"(?i)\b(?:{_ORG_WORDS}|services?|team|network|department)\b")


# A medical condition named after someone: "Down's syndrome", "Parkinson's disease", "Bell's palsy".
_CONDITION_AFTER = regex.compile(r"['’]s?[ \t]+(?i:syndrome|disease|palsy|ataxia|chorea|dystrophy)\b")


def _org_follows(text: str, start: int, end: int) -> bool:
    pattern = _ORG_AFTER_ANY_CASE if _written_in_lower_case(text, start, end) else _ORG_AFTER_CAPITALISED
    return bool(pattern.match(text, end) or _CONDITION_AFTER.match(text, end))


# Words in job titles, forms, courses and languages that are nobody's name (surnames such as Baker, Driver,
# Mason or Park are deliberately absent): a "person" containing one is a job title or a heading.
_ROLE_WORDS = regex.compile(
    r"(?i)\b(?:chef|supervisor|worker|officer|manager|assistant|executive|trainee|therapist|therapy|"
    r"administrator|adviser|advisor|operative|operator|labourer|volunteer|co-?ordinator|apprentice|technician|"
    r"librarian|library|caseworker|receptionist|panel|statement|recruitment|grade|licence|license|insurance|"
    r"diploma|certificate|qualification|award|register|scheme|services|department|directorate|team|"
    r"liaison|safely|regulations?|documents?|movement|workforce|lifestyles|recruiter|analyst|consultant|"
    r"inspector|practitioner|specialist|controller|director|lead|head of|cleaner|caretaker|carer|nurse|"
    r"teacher|engineer|electrician|plumber|accountant|clerk|warden|ranger|lifeguard|attendant|development|"
    r"english|french|polish|urdu|bengali|punjabi|arabic|chinese|cantonese|mandarin|spanish|portuguese|"
    r"romanian|somali|tigrinya|amharic|yoruba|igbo|hausa|twi|swahili|tagalog|vietnamese|fluent|"
    # places, courses and trades that are nobody's surname ("Everyman Theatre", "Manual Handling")
    r"theatre|college|centre|center|ambulance|academy|academies|school|university|hospital|hospice|council|"
    r"road|street|avenue|museum|gallery|stadium|mosque|gurdwara|temple|synagogue|cathedral|awareness|handling|"
    r"leisure|fitness|registrar|superintendent|kitchen|principal|maths|outreach|borough|training|zone|"
    r"directory|network|mandatory|"
    # more trades and professions ("Refuse Driver", "Head Gardener", "Ward Sister", "Parish Priest"); Driver,
    # Porter and Cook are surnames too, so a driver is one only after what is driven
    r"(?:lorry|lgv|hgv|pcv|van|bus|forklift|fork-lift|refuse|delivery|taxi|minibus|tipper|crane|train|tram|"
    r"fleet|class[ \t]+[12]|pool)[ \t]+driver|driver[ \t]+cpc|head|pharmacist|gardener|"
    r"postman|postwoman|catering|caterer|lecturer|marshal|midwife|paramedic|physiotherapist|physio|"
    r"optometrist|dentist|surveyor|architect|solicitor|paralegal|auditor|bookkeeper|cashier|machinist|"
    r"mechanic|welder|scaffolder|roofer|plasterer|bricklayer|glazier|housekeeper|chargehand|foreman|"
    r"ward[ \t]+sister|sister[ \t]+in[ \t]+charge|mbc|sport|sports|fc|afc|police|constabulary|schools|muay|"
    r"skills|learning|planning|bsc|msc|meng|beng|mpharm|llb|llm|pgce|cpfa|"
    # employers and places of work that spaCy takes for people ("Persimmon Homes", "Hilton Garden Inn")
    r"homes|building|archives?|inn|market|mercado|hub|heritage|licensing|directors|funeral|solicitors|"
    r"estates|housing|motors|garage|pharmacy|bakery|cafe|café|restaurant|hotel|supermarket|"
    # and the headings of an application form ("A. Personal details", "E. References")
    r"personal|present|education|supporting|references?|declaration|equality|employment|details|"
    r"qualifications|monitoring|section|"
    # places of study and degrees abroad, which the panel needs as much as British ones
    r"universit[àaáéy]|universidad|universidade|université|uniwersytet|hochschule|liceo|lycée|escola|escuela|"
    r"scoala|școala|colegiul|szkoła|politecnico|politechnika|instituto|istituto|laurea|licenciatura|"
    r"magistrale|"
    # and words of a lower-case sentence that spaCy takes for a name ("thank you")
    r"you|thank|thanks|me|him|them|us|we|they)\b")


# Words that introduce a person: "my manager", "referee 2", "named", "contact", "married to".
_RELATIONS = (r"wife|husband|partner|fianc[eé]e?|sons?|daughters?|brother|sister|mum|dad|mother|father|friend|"
              r"colleague|manager|supervisor|referee(?:\s*\d)?|mentor|boss|tutor|teacher|lecturer|named|called|"
              r"contact|married\s+to|engaged\s+to|c/o|care\s+of")
_PERSON_CONTEXT = regex.compile(
    rf"(?i:{_RELATIONS}|name|candidate|applicant|"
    r"mr|mrs|ms|miss|dr|i am|i'm|me)\.?[ \t]*[:,\-–]?[ \t]*$|(?:^|\n)[ \t]*$")


_SENTENCE_END = regex.compile(r"[.!?\n]")
_CAPITALS = regex.compile(r"\b(?!I\b|I['’](?:m|ve|d|ll)\b)\p{Lu}")


def _written_in_lower_case(text: str, start: int, end: int) -> bool:
    """Whether the sentence around a span is written all in lower case ("i reported to duarte ferreira"),
    or the whole text nearly is: then a lower-case name is still a name."""
    if mostly_lower_case(text):
        return True
    before = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    after = _SENTENCE_END.search(text, end)
    sentence = text[before:after.start() if after else len(text)]
    return len(sentence.split()) >= 4 and not _CAPITALS.search(sentence)


def _looks_like_a_name(surface: str) -> bool:
    """An ORG/GPE span from NER that is shaped like a personal name: 1-3 capitalised words, no org words."""
    surface = regex.split(r"[\n(]", surface)[0].strip()
    words = surface.split()
    return (1 <= len(words) <= 3 and not _NOT_NAME_WORDS.search(surface)
            and all(w[:1].isupper() and not w.isupper() and not regex.search(r"\d", w) for w in words))


_COLUMN_GAP = regex.compile(r"[ \t]{3,}|\t")
_LEAD = r"(?:dear|signed|signature|sincerely|regards)[ \t]*[:,]?[ \t]+"
_LEAD_WORD = regex.compile(rf"(?i:{_LEAD})+")
# Another person's title, rank or form of address stays in the text: it says nothing of the candidate, and
# "Pastor [PERSON 2]" reads better than "[PERSON 2]"; so does "colleague", which the models fold into a name.
# (Bishop, Deacon and Elder are surnames too: left out.)
_TITLE = regex.compile(r"(?i:(?:mr|mrs|ms|miss|mx|dr|prof|professor|rev|revd|reverend|fr|father|sr|sister|"
                       r"cllr|councillor|sir|dame|canon|pastor|imam|sheikh|shaykh|rabbi|deaconess|"
                       r"sgt|sergeant|pc|pcso|insp|inspector|supt|major|captain|capt|col|colonel|lt|lieutenant|"
                       r"senco|colleague|kru|ate|kuya|tita|tito|auntie|aunty|uncle|granny|grandma|grandad|"
                       r"mama|teta)\.?[ \t]+(?:\((?:retd|rtd|retired)\.?\)[ \t]+)?)+")
_NICKNAME_BETWEEN = regex.compile(r"\([\"“'‘]?\p{Lu}[\p{L}.'’\-]{0,20}[\"”'’]?\)[ \t]+\p{Lu}[\p{L}'’\-]+")


def _normalise(result: RecognizerResult, text: str) -> _Span | None:
    kind = result.entity_type
    prefix = CandidateRecognizer.ENTITY_PREFIX
    kind = kind[len(prefix):] if kind.startswith(prefix) else TYPE_MAP.get(kind, kind)
    if result.score < MIN_SCORE.get(kind, 0.0):
        return None
    start, end = result.start, result.end
    if kind == "URL" and end < len(text) and text[end].isalnum():
        return None  # "Haddad-cover-letter.do" of "....docx": a file name cut at a domain ending, not a URL
    surface = text[start:end]
    if result.entity_type in ("ORGANIZATION", "LOCATION"):
        if result.entity_type == "ORGANIZATION" and EDUCATION_WORDS.search(surface):
            kind = "EDUCATION_INSTITUTION"
        elif _looks_like_a_name(surface) and _PERSON_CONTEXT.search(text[max(0, start - 40):start]):
            kind = "PERSON"  # the small model often calls a name of non-English origin an ORG or a GPE
        else:
            return None
    if kind == "PERSON" or result.entity_type == "SELF_NAME":
        # NER runs names into the next line ("Grace Wood\n\nSupporting"); a name ends at a line break, and at
        # a bracket unless a nickname is bracketed between its parts ("Bernadette (Bernie) Flanagan").
        bracket = surface.find("(")
        if bracket > 0 and _NICKNAME_BETWEEN.match(surface, bracket):
            bracket = -1
        gap = _COLUMN_GAP.search(surface)  # "J. E. Hunter     Date": the next column of a form
        cut = min((i for i in (surface.find("\n"), bracket, gap.start() if gap else -1) if i > 0), default=-1)
        if cut > 0:
            end = start + cut
            surface = text[start:end]
        trimmed = surface.rstrip(" \t.,;:")
        end = start + len(trimmed)
        lead = _LEAD_WORD.match(text, start, end)  # "Dear Mrs Costello", "Signed N. Papadopoulos"
        if lead and lead.end() < end:
            start = lead.end()
        if trimmed.endswith(("'s", "’s")):
            end -= 2
        # no capital is no name, unless the sentence is in lower case or the script has no case (王秀英)
        if regex.search(r"\d", surface) or end - start < 2 \
                or (not regex.search(r"\p{Lu}|\p{Lo}", surface) and not _written_in_lower_case(text, start, end)):
            return None
        if not result.entity_type.startswith("ID_") and (_org_follows(text, start, end)
                                                          or _ROLE_WORDS.search(text[start:end])):
            return None  # "Hugh Baird College" is a place named after a person; "Head Chef" is a job
    priority = PRIORITY.get(kind, 50) + (5 if result.entity_type.startswith("ID_") else 0)
    return _Span(start, end, kind, priority, result.entity_type)


# Common nouns: capitalised mid-sentence they are part of a name ("Children Act 1989", "Action for Children").
# Not health: people capitalise conditions ("Type 1 diabetes", "Crohn's disease", "Multiple Sclerosis"), and a
# charity named after one is still caught by the capitalised word next to it ("Diabetes UK").
_COMMON_NOUN_MARKERS = frozenset({"MARITAL_FAMILY", "CARE_EXPERIENCE", "SEXUAL_ORIENTATION"})
_WORD = regex.compile(r"[\p{L}'’\-]+")


# "I" and its contractions: capitalised, but never the start of a proper name.
_I = frozenset({"I", "I'm", "I’m", "I've", "I’ve", "I'd", "I’d", "I'll", "I’ll"})


def _field_label_before(labels: Iterable[str]) -> regex.Pattern[str]:
    """A monitoring form's label (the lexicon's field labels) ending the text before an answer, with only a space
    between them ("Sex Female · Marital status Married", "Religion Muslim    Sexual orientation Straight")."""
    return regex.compile(r"(?i)(?:^|[|·,]\s*|[ ]{3}|\t)(?:" + "|".join(labels) + r")$")


def _disclosure_part(text: str, span: _Span, marker_words: frozenset[str],
                     field_label: regex.Pattern[str] | None = None) -> _Span | None:
    """A disclosure, less any proper name: none when its keyword belongs to an organisation, a law or a job
    title ("Children Act 1989", "Irish Community Care"); cut before a name it runs into ("looked after by
    Liverpool City Council" keeps "looked after"); whole otherwise. A capitalised answer after a form's
    `field_label` starts its field, as a word starts a sentence."""
    line_start = max(text.rfind("\n", 0, span.start), -1) + 1
    before = text[line_start:span.start].rstrip()
    # a form's column gap, middle dot or bar starts a field's value as a full stop starts a sentence ("Sex      Female")
    sentence_start = not before or before[-1] in ".!?:;•-–—(\"“·|" \
        or text[line_start:span.start].endswith(("  ", "\t")) \
        or (field_label is not None and field_label.search(before) is not None)
    # the next word in the same phrase; a table gap ("Sex: Female    Ethnicity: ...") ends the phrase
    after = regex.match(r"[ ]{1,2}([\p{L}'’\-]+)", text[span.end:span.end + 60])
    surface_words = _WORD.findall(text[span.start:span.end])
    last_capitalised = bool(surface_words) and surface_words[-1][:1].isupper()
    if after and last_capitalised and after.group(1)[:1].isupper() \
            and not (span.type == "GENDER" and text[span.start:span.end].rstrip(".").casefold() in TITLES) \
            and after.group(1) not in _I \
            and after.group(1).casefold() not in marker_words:
        return None  # "Children Act", "Irish Community Care"; not "my wife Claire"
    prev = regex.search(r"([\p{L}'’\-]+)[ ]{1,2}$", before)
    if prev and prev.group(1)[:1].isupper() and not sentence_start and prev.group(1) not in _I \
            and prev.group(1).casefold() not in marker_words \
            and surface_words and surface_words[0][:1].isupper():
        return None
    owned = bool(surface_words) and (surface_words[0] in _I or surface_words[0].casefold() == "my")
    if span.type not in _COMMON_NOUN_MARKERS or owned:  # "my nan had a Special Guardianship Order" stays whole
        return span
    cut = _first_proper_name(text, span, sentence_start)
    if cut < 0:
        return span
    if span.type == "CARE_EXPERIENCE" and _CARER_BEFORE.search(text, span.start, cut):
        return span  # the council that was the carer: "in the care of Hull social services"
    if cut == span.start:
        return None  # "Looked After Children team", "Action for Children"
    head = _TRAILING_LINK.sub("", text[span.start:cut].rstrip())
    if len(_WORD.findall(head)) < 2 or any(w.casefold() in marker_words for w in _WORD.findall(text[cut:span.end])):
        return span  # the name only qualifies it: "member of Hackney's LGBTQ+ network", "in a Barnardo's home"
    return _Span(span.start, span.start + len(head), span.type, span.priority, span.source)


# When, where and at what age: a disclosure takes these with it, for they tell as much ("I came to England
# from Poland in 2012", "I grew up in a children's home in Bootle", "in foster care from age 9 to 16").
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
          r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_SMALL_NUMBER = (r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
                 r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty)")
_CIRCUMSTANCE = regex.compile(
    r"(?i)[ \t]*,?[ \t]+(?:"
    rf"(?:in|since|from|until|till|by|during|around)[ \t]+(?:(?:early|late|mid)[ \t-]+)?(?:{_MONTH}[ \t]+)?"
    r"(?:(?:19|20)\d\d|the[ \t]+(?:19|20)\d0s)\b"
    r"|(?:(?:19|20)\d\d[ \t]*(?:-|–|to)[ \t]*(?:(?:19|20)\d\d|\d\d)\b)"
    r"|(?:to|until|till)[ \t]+(?:(?:19|20)\d\d|the[ \t]+age[ \t]+of[ \t]+\w+)\b"
    r"|(?:last|this|next)[ \t]+(?:year|month|spring|summer|autumn|winter)\b"
    rf"|(?:{_SMALL_NUMBER}|a|a[ \t]+few)[ \t]+(?:years?|months?)[ \t]+ago\b"
    rf"|(?:from|since)[ \t]+(?:the[ \t]+)?(?:age[ \t]+(?:of[ \t]+)?)?{_SMALL_NUMBER}"
    rf"(?:[ \t]+(?:to|until|till)[ \t]+(?:the[ \t]+age[ \t]+of[ \t]+)?{_SMALL_NUMBER})?\b"
    rf"|aged[ \t]+{_SMALL_NUMBER}\b"
    r"|(?:as|when[ \t]+I[ \t]+was)[ \t]+(?:a[ \t]+)?(?:child|teenager|teen|kid|baby|toddler|young[ \t]+\w+)\b"
    rf"|(?:when|since|until|till)[ \t]+I[ \t]+was[ \t]+{_SMALL_NUMBER}(?:[ \t]+years?[ \t]+old)?\b"
    r")")
_PLACE_AFTER = regex.compile(r"[ \t]*,?[ \t]+(?:in|near)[ \t]+"
                             rf"(?!(?i:{_MONTH}|(?:mon|tues|wednes|thurs|fri|satur|sun)day|year|english)\b)"
                             r"(?P<place>(?:\p{Lu}[\p{Ll}'’\-]{2,})"
                             r"(?:[ \t]+\p{Lu}[\p{Ll}'’\-]+){0,2})\b(?!\.\p{L})")
# A verb that belongs to a disclosure that starts after it: "Since [my divorce]", "I was raised by [my nan]".
_LEADING_VERB = regex.compile(r"(?i)\b(?:since|after|raised[ \t]+by|brought[ \t]+up[ \t]+by|got|"
                              r"live[ \t]+with|living[ \t]+with|lived[ \t]+with|raising)[ \t]+$")


# Round 8: the rest of the clause when it is a short phrase about the same thing ("I wear a Libre sensor
# [on my arm]", "I pray [at midday]", "expecting our second [in April]"), up to the next punctuation.
_CLAUSE_TAIL = regex.compile(
    r"(?i)[ \t]+(?:on|at|in|since|every|twice|once|during)"
    r"(?![ \t]+(?:the[ \t]+|my[ \t]+|an?[ \t]+)?(?:work|job|interview|office|role|post|shifts?|meetings?)\b)"
    r"(?:[ \t]+[\w'’\-]+){1,4}(?=[ \t]*(?:[.,;:!?)\n—–]|$))")
# A bracketed aside right after a disclosure says more of the same ("type 1 diabetic (since my twenties)").
# Short (five words at most), and not about the paperwork: "(share code on request)", "(no adjustments needed)".
_ASIDE = regex.compile(
    r"[ \t]*\((?![^()\n]*(?:@|\b(?:needs?|needed|request(?:ed)?|available|supplied|attached|share\s+code|"
    r"pronouns|adjustments?|sponsorship)\b))[ \t]*[^()\s]+(?:[ \t]+[^()\s]+){0,4}[ \t]*\)",
    regex.IGNORECASE,
)
_IN_A_PLACE = regex.compile(r"[ \t]*,?[ \t]+(?:in|near)[ \t]+")
# Who looked after a child in care names the place too: "looked after by Luton", "by newcastle city council".
_CARED_FOR_BY = regex.compile(
    r"(?i:looked[ \t]+after|cared[ \t]+for|accommodated)[ \t]+by[ \t]+(?:the[ \t]+)?"
    r"(?:\p{Lu}[\p{L}'’\-]+(?:[ \t]+(?:\p{Lu}[\p{L}'’\-]+|upon|on|of|and))*"
    r"|\p{Ll}+(?:[ \t]+\p{Ll}+){0,2}[ \t]+(?:city[ \t]+)?(?:council|borough|county|authority))")


def _with_circumstances(text: str, span: _Span, towns: dict[int, int]) -> _Span:
    """A disclosure widened over the time, place and age that follow it, and the verb that leads it. `towns`
    maps the start of each town the NER found to its end ("i was in care in limerick")."""
    end = span.end
    if span.type == "CARE_EXPERIENCE":
        by = _CARED_FOR_BY.match(text, span.start if text[span.start:span.end].lower().startswith(
            ("looked", "cared", "accommodated")) else span.end)
        if by and by.end() > end:
            end = by.end()
    while True:
        found = _CIRCUMSTANCE.match(text, end)
        if not found:
            found = _PLACE_AFTER.match(text, end)
            if found and (found.group("place") in _I or _ORG_WORD.search(found.group("place"))
                          or _org_follows(text, found.start("place"), found.end())):
                found = None
        if found:
            end = found.end()
            continue
        lead = _IN_A_PLACE.match(text, end)
        town_end = towns.get(lead.end(), -1) if lead else -1
        if town_end < 0 or _ORG_WORD.search(text, lead.end(), town_end) or _org_follows(text, lead.end(), town_end):
            break
        end = town_end
    aside = _ASIDE.match(text, end)  # "I have epilepsy (well controlled on Keppra, last seizure 2020)"
    if aside and span.type != "GENDER" and not _ORG_WORD.search(aside.group()):
        end = aside.end()
    tail = _CLAUSE_TAIL.match(text, end)
    if tail and span.type not in ("GENDER", "SEXUAL_ORIENTATION") and not _ORG_WORD.search(tail.group()):
        end = tail.end()
    lead = _LEADING_VERB.search(text, max(0, span.start - 30), span.start)
    start = lead.start() if lead else span.start
    if (start, end) == (span.start, span.end):
        return span
    return _Span(start, end, span.type, span.priority, span.source)


# Sixth session: in a short clause of the candidate's own, the tail after a disclosure says more of it when it
# is time, place or frequency: "I pray [at midday]", "I take methotrexate [once a week]", "a daughter [of
# three]". Only when the clause is short (`_REST_WORDS`), and the tail names no work and no organisation.
_CLAUSE_END = frozenset(".!?;:()[]\n•—–,")
_OWNER = regex.compile(r"(?i)(?<![\w'’])(?:i|i'm|i’m|im|i've|i’ve|ive|i'd|i’d|my|we|we're|we’re|we've|we’ve|our|me)"
                       r"(?![\w'’])")
_ABOUT_WORK = regex.compile(r"(?i)\b(?:work|works|working|job|jobs|interview|office|role|post|shifts?|meetings?|"
                            r"team|colleagues?|clients?|residents?|customers?|users?|tenants?|pupils?|patients?|"
                            r"manager|employer|training|course|degree|qualification|experience|reports?|"
                            r"paperwork|e-?mails?|letters?|documents?|notes|calls|computer|laptop|desk|caseload|case)\b")
_PLACE_WORD = regex.compile(r"(?i)\b(?:in|from|near)[ \t]+$")
_REST_WORDS = (3, 4)  # the clause has at most this many words before and after the disclosure
_CLAUSE_LINKS = frozenset("in at on of from since for by to aged until till during every each twice once "  # noqa: SIM905
                          "these most some again sometimes often occasionally daily weekly monthly regularly "
                          "yearly".split())
_CLAUSE_GLUE = frozenset("and but so or then also too i i'm i’m im am was were is are we we're we’re have has had "  # noqa: SIM905
                         "myself now".split())


_NEW_SUBJECT = regex.compile(r"[ \t]+(?=(?:I|I['’]m|I['’]ve|I['’]d|[Ww]e|[Ww]e['’]re|[Ww]e['’]ve)[ \t])")
_JOINS = regex.compile(r"(?i)[ \t]+(?:and|but|or|so|when|because|after|before|while|where|which|who|that)[ \t]+")


def _clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around text[start:end]: up to punctuation, a line break or a joining word."""
    a = start
    while a > 0 and text[a - 1] not in _CLAUSE_END and start - a < 120:
        a -= 1
    b = end
    while b < len(text) and text[b] not in _CLAUSE_END and b - end < 120:
        b += 1
    joins = list(_JOINS.finditer(text, a, start))
    if joins:
        a = joins[-1].end()
    join = _JOINS.search(text, end, b) or _NEW_SUBJECT.search(text, end, b)
    if join:
        b = join.start()
    return a, b


def _whole_clause(text: str, span: _Span) -> _Span:
    if span.type in ("GENDER", "SEXUAL_ORIENTATION"):  # a word says it all: "she/her", "gay"
        return span
    a, b = _clause_bounds(text, span.start, span.end)
    before, after = text[a:span.start], text[span.end:b]
    words_before, words_after = _WORD.findall(before), _WORD.findall(after)
    if not (words_before or words_after) or len(words_before) > _REST_WORDS[0] or len(words_after) > _REST_WORDS[1]:
        return span
    if not (_OWNER.search(before) or _OWNER.search(text, span.start, span.end)):
        return span
    if _ABOUT_WORK.search(before) or _ABOUT_WORK.search(after) or _ORG_WORD.search(before) \
            or _ORG_WORD.search(after):
        return span
    if any(w[:1].isupper() and w not in _I for w in words_before[1:]):
        return span
    for m in _WORD.finditer(after):
        if m.group()[:1].isupper() and m.group() not in _I and not _PLACE_WORD.search(after, 0, m.start()):
            return span
    # The clause's own small words ("and I", "I am") stay: they say nothing and the panel reads better.
    content_after = [m for m in _WORD.finditer(after) if m.group().casefold() not in _CLAUSE_GLUE]
    if not content_after:
        return span
    # Only a tail of time, place or frequency: a new predicate ("my husband [drives]", "my leaving care PA
    # [helped me apply]") is about someone else, and a noun goes on naming something ("my church [food bank]").
    if content_after[0].group().casefold() not in _CLAUSE_LINKS:
        return span
    return _Span(span.start, span.end + content_after[-1].end(), span.type, span.priority, span.source)


_AFTER_AN_ADDRESS = regex.compile(r"[ \t]*,?[ \t]*\n?[ \t]*")
# fifteenth session (held-out 43): a county line keeps its "Co." ("Belcoo\nCo. Fermanagh")
_COUNTY_BEFORE = regex.compile(r"(?:^|(?<=,))[ \t]*(Co\.?|County)[ \t]+\Z", regex.MULTILINE)
_BEFORE_A_POSTCODE = regex.compile(r"[ \t]*,?[ \t]*\n?[ \t]*(?i:post[ \t]*code[ \t]*[:\-]?[ \t]*)?")


def _towns_in_addresses(text: str, spans: list[_Span]) -> list[_Span]:
    """A town written as a line of a postal address ("Low Beck Cottage, Staveley, Kendal LA8 9LP",
    "Honor Oak\nLondon\nPostcode: SE23 3RD") is part of the address, whatever the policy says of towns; so is the
    "Co." or "County" before an address line."""
    address_ends = {s.end for s in spans if s.type == "ADDRESS"}
    postcode_starts = {s.start for s in spans if s.type == "POSTCODE"}

    def in_an_address(town: _Span) -> bool:
        return any(_AFTER_AN_ADDRESS.fullmatch(text, end, town.start) for end in address_ends if end <= town.start) \
            or any(_BEFORE_A_POSTCODE.fullmatch(text, town.end, start) for start in postcode_starts
                   if start >= town.end)

    spans = [_Span(s.start, s.end, "ADDRESS", PRIORITY["ADDRESS"], s.source)
             if s.type == "HOME_LOCATION" and in_an_address(s) else s for s in spans]
    county = [(s, _COUNTY_BEFORE.search(text, text.rfind("\n", 0, s.start) + 1, s.start))
              if s.type == "ADDRESS" else (s, None) for s in spans]
    return [_Span(m.start(1), s.end, s.type, s.priority, s.source) if m else s for s, m in county]




# Capitalised adjectives of nationality, ethnicity or faith belong inside a disclosure ("my English husband").
_DEMONYM = regex.compile(r"\p{Lu}\p{Ll}+(?:ish|ian|ese|ean|an|i|ic|ch)")
_TRAILING_LINK = regex.compile(r"(?i)(?:[ \t,]+(?:by|at|with|from|of|in|on|the|a|an|to|for|and|my|our|his|her))+$")


def _first_proper_name(text: str, span: _Span, sentence_start: bool) -> int:
    """Where the first capitalised word inside a common-noun disclosure starts (-1: none)."""
    for i, word in enumerate(_WORD.finditer(text, span.start, span.end)):
        w = word.group()
        if w[:1].isupper() and not w.isupper() and w not in _I and not _DEMONYM.fullmatch(w) \
                and not (i == 0 and sentence_start):
            return word.start()
    return -1


_RELATION = regex.compile(rf"(?i:{_RELATIONS})[ \t]*[:,]?[ \t]*$")
_CARER_BEFORE = regex.compile(r"(?i)(?:\bcare[ \t]+of|\bby|\bunder)[ \t]+(?:the[ \t]+)?$")


def _lone_ner_name(text: str, span: _Span, spans: list[_Span]) -> bool:
    """A one-word spaCy "person" with nothing to back it: more often a shop, a system or a team than a name.
    Rampart's one-word names stand ("After training, Duarte asked me..."): it reads the context, and on the
    development set its names were rarely anything else; but a word another rule has found ("Welsh" as a
    disclosure, "sixteen" as an age) is that, not a name."""
    surface = text[span.start:span.end]
    if span.type != "PERSON" or len(_WORD.findall(surface)) != 1:
        return False
    if span.source == "RAMPART_PERSON":
        if _overlaps(span, [(s.start, s.end) for s in spans if s.type not in ("PERSON", "CANDIDATE_NAME")]):
            return True
        if not surface.isupper() and sum(c.isupper() for c in surface) <= 2:
            return False  # capitals like an acronym ("ASYE", "MiDAS") need backing like spaCy's
    people = [s for s in spans if s.type in ("PERSON", "CANDIDATE_NAME")]
    if span.source not in ("PERSON", "ORGANIZATION", "LOCATION", "RAMPART_PERSON"):
        return False
    word = surface.casefold()
    backed = any(word in _WORD.findall(text[p.start:p.end].casefold()) for p in people
                 if p is not span and len(_WORD.findall(text[p.start:p.end])) > 1)
    return not backed and not _RELATION.search(text[max(0, span.start - 30):span.start])


def _named_thing(text: str, span: _Span, marker_words: frozenset[str], places: frozenset[str]) -> bool:
    """A model's "person" that is a faith, a nationality or a language ("Orthodox Christian", "Filipino"), or a
    place in the UK ("Wrexham", "Thornton Heath"), word for word: the marker rules and the policy deal with those.
    A name the identity block gave, or one with a title or a relation before it, stays a name."""
    if span.type != "PERSON" or span.source.startswith("ID_") or span.source in ("NAME_CONTEXT", "RELATION_NAME"):
        return False
    words = [w.casefold() for w in _WORD.findall(text[span.start:span.end])]
    if not words:
        return False
    if all(w in marker_words for w in words):
        return True
    return " ".join(words) in places and not _RELATION.search(text[max(0, span.start - 30):span.start])


def _overlaps(span: _Span, ranges: Iterable[tuple[int, int]]) -> bool:
    return any(span.start < e and s < span.end for s, e in ranges)


def _name_words(surface: str, common_words: frozenset[str]) -> set[str]:
    """The words of a found name worth searching for elsewhere (casefolded, diacritics folded): not titles,
    particles, organisation words or names that are also common words ("Grace", "Will")."""
    return {w.casefold() for w in _WORD.findall(fold(surface)) if len(w.strip("'’-")) > 2
            and w.casefold() not in TITLES | _NOT_NAME | common_words and not _NOT_NAME_WORDS.fullmatch(w)}


_TOKEN = regex.compile(r"[\w'’-]+")


def _other_mentions(text: str, people: list[_Span], numbering: PersonNumbering, allowed: list[tuple[int, int]],
                    common_words: frozenset[str]) -> list[_Span]:
    """Every other mention of a name found once. NER misses a short mention more often than a full one:
    "Tunde Bakare" found in one sentence makes "Tunde" and "Mr Bakare" go elsewhere too, and so do the
    names of people found in earlier fields of the same application (`numbering`)."""
    kinds: dict[str, str] = {}
    for person in people:
        surface = text[person.start:person.end]
        # a full name or one the candidate gave themselves; not a lone NER word or an acronym
        if (len(_WORD.findall(surface)) > 1 or person.source in ("SELF_NAME", "RELATION_NAME")) \
                and not surface.isupper():
            for word in _name_words(surface, common_words):
                kinds.setdefault(word, person.type)
    for known in numbering.snapshot():
        if len(known) > 1:
            for word in _name_words(" ".join(known), common_words):
                kinds.setdefault(word, "PERSON")
    folded = fold(text)
    names = [(p.start, p.end) for p in people]
    where: dict[str, list[tuple[int, int]]] = {}  # each word of the text, as written, and where it stands
    for token in _TOKEN.finditer(folded):
        where.setdefault(token.group(), []).append(token.span())

    def used_as_a_word(word: str) -> bool:
        """A word the text also writes in lower case, outside a name and in a normally cased sentence, is an
        ordinary word ("Gas", "Youth")."""
        return any(not _written_in_lower_case(text, start, end)
                   and not any(s <= start and end <= e for s, e in names)
                   for start, end in where.get(word, ()))

    kinds = {w: k for w, k in kinds.items() if not used_as_a_word(w)}
    if not kinds:
        return []
    words = "|".join(regex.escape(w) for w in sorted(kinds, key=len, reverse=True))
    found = []
    for match in regex.finditer(rf"(?<![\w'’-])({words})(?:['’]s)?(?![\w-])", folded, regex.IGNORECASE):
        if not match.group(1)[:1].isupper() and not _written_in_lower_case(text, match.start(), match.end()):
            continue  # "wood" in a sentence is not Ms Wood
        span = _Span(match.start(1), match.end(1), kinds[match.group(1).casefold()], 59, "PROPAGATED")
        if not _overlaps(span, allowed):
            found.append(span)
    return found


_CLOSING_BRACKET = regex.compile(r"[ \t]*\)")
_BRACKETED = regex.compile(r"[ \t]*[(\[][ \t]*[\p{L}.'’\- ]{0,25}[)\]][ \t]*|[ \t]*[(\[][ \t]*|[ \t]*[)\]][ \t]*")


def _is_name(cluster: list[_Span]) -> bool:
    return any(s.type in ("PERSON", "CANDIDATE_NAME") for s in cluster)


_PLACE_FEATURES = regex.compile(r"(?i)\b(?:strand|pier|beach|point|hall|market|village|town|square|shopping|"
                                r"retail|leisure|marina|docks?|parade|promenade|station|sands|moss|common|green|"
                                r"bridge|prom|pool|baths)\b")


# A person named just before: "my referee is Dave Formby", "my manager, Jane Kirkby".
_INTRODUCED = regex.compile(rf"(?i)\b(?:{_RELATIONS})\b[^.\n]{{0,25}}$")


def _allowed_wins(text: str, span: _Span, allowed: list[tuple[int, int, str]]) -> bool:
    """An allow-listed term inside a detected name means it is not a name ("Sefton Council", "John Lewis"),
    except a place name that is also someone's surname, next to their first name ("Dave Formby", "Jane Kirkby")."""
    hits = [(start, end, kind) for start, end, kind in allowed if span.start < end and start < span.end]
    if not hits:
        return False
    if any(kind != "place" for *_, kind in hits):
        return True
    surface = text[span.start:span.end]
    rest = text[span.start:hits[0][0]] + " " + text[hits[-1][1]:span.end]
    others = [w for w in _WORD.findall(rest) if w[:1].isupper() and len(w) > 1]
    titled = any(w.casefold() in TITLES for w in others)
    introduced = _INTRODUCED.search(text[max(0, span.start - 40):span.start])
    return not others or not (titled or introduced) or bool(
        _NOT_NAME_WORDS.search(surface) or _PLACE_FEATURES.search(surface) or _ROLE_WORDS.search(surface)
        or _org_follows(text, span.start, span.end))


# A nickname after a name: quoted ('Leon "Tiny" Grant', 'Konstantinos "Kostas" Georgiou'), or, after the
# candidate's own name, bracketed ('WONG Ka Ho (Kenneth)'); after anyone else's a bracket usually holds an
# employer ("Jo Mercer (Shelter)").
_QUOTED_NICKNAME = regex.compile(r"[ \t]*[\"“]\p{Lu}[\p{L}'’\-]+[\"”]"
                                 r"(?:[ \t]+\p{Lu}[\p{L}'’\-]+(?=[ \t]*[,;.\n(–—-]))?")
_BRACKETED_NICKNAME = regex.compile(r"[ \t]*\([ \t]*[\"“]?\p{Lu}\p{Ll}[\p{L}'’\-]*[\"”]?[ \t]*\)")
# A name someone was born with: "Kanokwan Whitehead (née Srisuk)", "Ann Lee née Wong"
_BIRTH_NAME = regex.compile(r"[ \t]*(?:\([ \t]*|,[ \t]*)?(?i:n[ée]e)[ \t]+"
                            r"\p{Lu}[\p{L}'’\-]+(?:[ \t]+\p{Lu}[\p{L}'’\-]+)?[ \t]*\)?")


# The written short forms of María and other first names, before the rest of a name: "Mª del Carmen",
# "Ma. Teresa Dizon" (Filipino usage), "Wm. Marsh"; Muhammad as Malaysian and Bangladeshi names write it ("Mohd
# Faizal bin Ismail", "Md Abdul Karim"; fifteenth session, held-out 44).
_ABBREVIATED_FORENAME = regex.compile(
    r"(?<![\p{L}\p{N}])(?:M\.?ª\.?|Ma\.|MA\.|Wm\.|Chas\.|Jas\.|Thos\.|Geo\.|(?-i:Mohd|Muhd|Md)\.?)[ \t]+$")


def _with_abbreviated_forename(text: str, span: _Span) -> _Span:
    found = _ABBREVIATED_FORENAME.search(text, max(0, span.start - 8), span.start)
    return _Span(found.start(), span.end, span.type, span.priority, span.source) if found else span


# The next capitalised word after a found name, when it is no English word, no place feature, job or
# organisation word: the surname the model missed ("with Nasreen [Parveen] from the arts hub").
_NEXT_WORD = regex.compile(r"[ \t]+(\p{Lu}[\p{Ll}\p{M}'’\-]{2,})(?=[ \t]*(?:[,.;:!?)\n]|[ \t]\p{Ll}|$))")


def _with_surname(text: str, span: _Span) -> _Span:
    found = _NEXT_WORD.match(text, span.end)
    if not found:
        return span
    word = found.group(1)
    if is_word(word.casefold()) or word.casefold() in TITLES | _NOT_NAME or _ROLE_WORDS.search(word) \
            or _NOT_NAME_WORDS.search(word) or _ORG_WORD.search(word) or _PLACE_FEATURES.search(word) \
            or _org_follows(text, span.start, found.end()):
        return span
    return _Span(span.start, found.end(), span.type, span.priority, span.source)


def _with_nickname(text: str, span: _Span) -> _Span:
    """A name with the nickname written right after it (and the surname after a quoted one)."""
    found = _QUOTED_NICKNAME.match(text, span.end) or _BIRTH_NAME.match(text, span.end)
    if not found and span.type == "CANDIDATE_NAME":
        found = _BRACKETED_NICKNAME.match(text, span.end)
    if not found or _ROLE_WORDS.search(found.group()) or _NOT_NAME_WORDS.search(found.group()) \
            or any(w.casefold() in TITLES for w in _WORD.findall(found.group())):
        return span  # "RILEY, Joan (Mrs)": a title is a gender marker, not a nickname
    return _Span(span.start, found.end(), span.type, span.priority, span.source)


# Another name in a list with a found one: "Thandiwe, Gintarė and Samira Haddad", "with Fátima Gonçalves and
# Teresa". The list must join with "and": a comma alone next to a name is more often a job title in
# apposition ("Dr Farah Hashim, Lecturer", "the GP, Dr Emily Hargreaves").
_AND_LINK = regex.compile(r"[ \t]*,?[ \t]+(?:and|&)[ \t]+")
_COMMA_LINK = regex.compile(r"[ \t]*,[ \t]*")
_LIST_NAME = regex.compile(r"\p{Lu}[\p{L}\p{M}'’\-]+(?:[ \t]+\p{Lu}[\p{L}\p{M}'’\-]+){0,2}"
                           r"(?=[ \t]*(?:,|[ \t]and[ \t]|[ \t]&[ \t]|[.;:!?)\n]|$))")
_LIST_NAME_BEFORE = regex.compile(r"(?:^|(?<=[ \t(]))"
                                  r"(?P<name>\p{Lu}[\p{L}\p{M}'’\-]+(?:[ \t]+\p{Lu}[\p{L}\p{M}'’\-]+){0,2})"
                                  r"(?P<link>[ \t]*,?[ \t]+(?:and|&)[ \t]+|[ \t]*,[ \t]*)$")


def _listed_with(text: str, spans: list[_Span], allowed: list[tuple[int, int]]) -> list[_Span]:
    """People named in the same "and" list as a person found (a multi-word name starts a list); then the
    rest of that list, across commas. Organisations, places, job words and acronyms do not count."""
    taken = [(s.start, s.end) for s in spans]
    found: list[_Span] = []
    queue = [s for s in spans if s.type == "PERSON" and len(_WORD.findall(text[s.start:s.end])) > 1]
    while queue:
        person = queue.pop()
        in_list = person.source == "LISTED"
        candidates = []
        link = _AND_LINK.match(text, person.end) or (in_list and _COMMA_LINK.match(text, person.end))
        name = _LIST_NAME.match(text, link.end()) if link else None
        if name:
            candidates.append(name.span())
        line_start = max(text.rfind("\n", 0, person.start), -1) + 1
        before = _LIST_NAME_BEFORE.search(text[line_start:person.start])
        if before and ("," not in before.group("link") or "and" in before.group("link") or in_list):
            candidates.append((line_start + before.start("name"), line_start + before.end("name")))
        for start, end in candidates:
            surface = text[start:end]
            span = _Span(start, end, "PERSON", 55, "LISTED")
            if _overlaps(span, taken) or _overlaps(span, allowed) or _ROLE_WORDS.search(surface) \
                    or _NOT_NAME_WORDS.search(surface) or _PLACE_FEATURES.search(surface) \
                    or _org_follows(text, start, end) or any(w[1:2].isupper() for w in surface.split()):
                continue
            found.append(span)
            taken.append((start, end))
            queue.append(span)
    return found


def resolve(text: str, results: Iterable[RecognizerResult], remove: frozenset[str],
            allowed: list[tuple[int, int, str]], numbering: PersonNumbering,
            marker_labels: Mapping[str, str], marker_words: frozenset[str] = frozenset(),
            common_words: frozenset[str] = frozenset(), places: frozenset[str] = frozenset(),
            field_label: regex.Pattern[str] | None = None) -> list[RedactedEntity]:
    """Pure: the analyzer's findings -> non-overlapping removals, people numbered consistently."""
    spans = [s for s in (_normalise(r, text) for r in results) if s is not None]
    spans = [s for s in spans if not _named_thing(text, s, marker_words, places)]
    # The rules' marker matches are trimmed to the disclosure and widened to its clause; the model's spans
    # already are what it learned a disclosure to be.
    def ruled(span: _Span) -> bool:
        return span.type in marker_labels and not span.source.startswith(PREFIX)

    spans = [part for part in (_disclosure_part(text, s, marker_words, field_label) if ruled(s) else s
                               for s in spans) if part is not None]
    spans = _towns_in_addresses(text, spans)
    towns = {s.start: s.end for s in spans if s.type == "HOME_LOCATION"}
    spans = [_whole_clause(text, _with_circumstances(text, s, towns)) if ruled(s) else s for s in spans]
    spans = [s for s in spans if not (s.type in SOFT_TYPES and s.priority < 100 and _allowed_wins(text, s, allowed))]
    allowed_ranges = [(start, end) for start, end, _ in allowed]
    spans = [s for s in spans if not _lone_ner_name(text, s, spans)]
    spans = [_with_surname(text, _with_nickname(text, _with_abbreviated_forename(text, s)))
             if s.type in ("PERSON", "CANDIDATE_NAME") else s for s in spans]
    spans += _listed_with(text, spans, allowed_ranges)
    people = [s for s in spans if s.type in ("PERSON", "CANDIDATE_NAME")]
    spans += [s for s in _other_mentions(text, people, numbering, allowed_ranges, common_words | marker_words)
              if not _overlaps(s, [(p.start, p.end) for p in spans])]
    candidate_ranges = [(s.start, s.end) for s in spans if s.type == "CANDIDATE_NAME"]
    spans = [s for s in spans if s.type in remove
             or (s.type == "PERSON" and "CANDIDATE_NAME" in remove and _overlaps(s, candidate_ranges))]
    # Cluster overlapping spans; the cluster is removed whole and named after its longest member.
    clusters: list[list[_Span]] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if clusters and span.start < max(s.end for s in clusters[-1]):
            clusters[-1].append(span)
        else:
            clusters.append([span])
    # "Tharindu (T.) Jayawardena", "Bridget (Biddy) McDonagh": a bracketed part between two parts of a
    # name is part of it.
    merged: list[list[_Span]] = []
    for cluster in clusters:
        previous = merged[-1] if merged else None
        if previous and _is_name(previous) and _is_name(cluster) \
                and _BRACKETED.fullmatch(text, max(s.end for s in previous), min(s.start for s in cluster)):
            previous.extend(cluster)
        else:
            merged.append(cluster)
    clusters = merged
    entities: list[RedactedEntity] = []
    for cluster in clusters:
        start, end = min(s.start for s in cluster), max(s.end for s in cluster)
        closing = _CLOSING_BRACKET.match(text, end)
        if closing and text.count("(", start, end) > text.count(")", start, end):
            end = closing.end()  # "KAMAU (SHIRU)": the bracket goes with the nickname inside it
        kinds = {s.type for s in cluster}
        # A rule's type names the cluster before the marker model's, which confuses kinds more often.
        best = max(cluster, key=lambda s: (not s.source.startswith(PREFIX), s.end - s.start, s.priority))
        kind = "CANDIDATE_NAME" if best.type == "PERSON" and "CANDIDATE_NAME" in kinds else best.type
        if kind == "PERSON":
            replacement = f"[PERSON {numbering.number_for(text[best.start:best.end])}]"
            title = _TITLE.match(text, start, end)  # another person's title says nothing of the candidate
            if title and title.end() < end:
                # ... unless a marker found it the candidate's own ("With respect,\nMrs Yu. Savchenko")
                own = next((g for g in cluster if g.type == "GENDER" and g.start == start), None)
                if own is not None and "GENDER" in marker_labels:
                    entities.append(RedactedEntity("GENDER", own.start, own.end,
                                                   f"[removed: {marker_labels['GENDER']}]"))
                start = title.end()
        elif kind in marker_labels and best.source.startswith(PREFIX):
            replacement = MODEL_REPLACEMENT  # the model alone: sure of a disclosure, not of which kind
        elif kind in marker_labels:
            replacement = f"[removed: {marker_labels[kind]}]"
        else:
            replacement = REPLACEMENTS.get(kind, f"[{kind.replace('_', ' ')}]")
        entities.append(RedactedEntity(kind, start, end, replacement))
    return entities


def apply(text: str, entities: Iterable[RedactedEntity]) -> str:
    """The text with each entity replaced (entities sorted and non-overlapping)."""
    out, cursor = [], 0
    for entity in entities:
        out += [text[cursor:entity.start], entity.replacement]
        cursor = entity.end
    out.append(text[cursor:])
    return "".join(out)


_CONTACT = regex.compile(r"@|\d{5}|\d{3,5}[ \-]\d{3}|linkedin|https?://")


def _header_is_a_name(text: str, match: regex.Match[str]) -> bool:
    """A header line is the candidate's name when it looks like one: "SURNAME, Forename", "... — CV",
    or a line followed by contact details (a job title line is followed by none)."""
    line_end = text.find("\n", match.end())
    rest_of_line = text[match.end("name"):line_end if line_end >= 0 else len(text)].casefold()
    name = match.group("name")
    header_words = r"curriculum vitae|\bcv\b|r[ée]sum[ée]|application for"
    if regex.match(r"\p{Lu}{2,}[\p{Lu}'’\- ]*,", name) or regex.search(header_words, rest_of_line):
        return True
    if _ENDS_IN_POST_NOMINALS.search(name + rest_of_line.rstrip()):
        return True  # "Chukwuemeka O. Nwosu RMN" (twelfth session)
    following = text[match.end():match.end() + 160].split("\n")
    return bool(rest_of_line.strip() == "" and any(_CONTACT.search(line) for line in following[1:3]))


# "Bernadette (Bernie) Flanagan", 'Chukwuemeka "Emeka" Okonkwo': a nickname between the parts of a name.
_NICKNAME_IN_NAME = regex.compile(r"\(([^)\n]{1,20})\)|[\"“]([^\"”\n]{1,20})[\"”]")
# A name the candidate gives themselves in brackets: "(preferred name: Cel)", "(known as Bill)", "(Trần Đức Anh on
# my passport)".
_SELF_NAMED = regex.compile(
    r"\((?i:(?:my\s+)?(?:preferred\s+name|known\s+as|nickname|goes\s+by|call\s+me))\s*[:\-–]?\s*"
    r"(?P<name>\p{Lu}[\p{L}'’\-]*(?:\s\p{Lu}[\p{L}'’\-]*){0,2})\s*\)"
    r"|\((?P<legal>\p{Lu}[\p{L}'’\-]*(?:\s\p{Lu}[\p{L}'’\-]*){1,3})\s+(?i:(?:on|in)\s+my\s+(?:passport|documents|"
    r"birth\s+certificate|id))\)"
    # a former name the form asks for: "Previous surname(s): DEVLIN", "Maiden name .... Okoro", "(née Devlin)"
    r"|(?:(?<![^\n])|(?<=[ \t]{3}|\t))[ \t]*(?i:(?:previous|former|maiden|birth|other)[ \t]+"
    r"(?:(?:sur|family[ \t]+)?names?(?:\(s\))?))(?:[ \t]*\([^)\n]{1,30}\))?"  # "Maiden name (if applicable)"
    r"[ \t]*(?::|-|–|\.{2,}|…)[ \t.…]*(?P<former>\p{Lu}[\p{L}'’\-]*(?:[ \t]\p{Lu}[\p{L}'’\-]*){0,2})[ \t]*(?=\n|$)"
    r"|\b(?i:née|nee)[ \t]+(?P<nee>\p{Lu}[\p{L}'’\-]+)"
    # fourteenth session (held-out 41): a name in quotes and who uses it, "KHOA DUONG – "Tony" to most colleagues"
    r"|[\"“‘](?P<quoted>\p{Lu}\p{Ll}{1,15})[\"”’][ \t]+(?i:to[ \t]+(?:most|all|my|the)?[ \t]*"
    r"(?:colleagues|friends|everyone|people|patients|the[ \t]+team|team)|at[ \t]+work)\b")


_FORM_NAMES = _name_field(_OWN_NAME_LABELS)


# A short form in brackets or quotes right after a name: "Abdulrahman Al-Qadhi\n(Abdul to most people...)",
# "Price, Jerome Anthony ("Jerry" at work)".
_BRACKETED_SHORT_FORM = regex.compile(r"\([ \t]*[\"“‘']?(\p{Lu}\p{Ll}{2,})[\"”’']?(?=[ \t\)])")


def with_self_named(text: str, identity: dict[str, Any]) -> dict[str, Any]:
    """The identity with the names the candidate gives themselves in brackets or as a former name, which the ATS
    may not hold, and a bracketed short form of one of the block's names ("(Abdul ...)" for Abdulrahman)."""
    named = [m.group("name") or m.group("legal") or m.group("former") or m.group("nee") or m.group("quoted")
             for m in _SELF_NAMED.finditer(text)]
    for m in _FORM_NAMES.finditer(text):
        for word in regex.split(r"[\s,]+", m.group("name")):
            word = word.strip(".'’")
            if word.casefold() in _NOT_NAME or not regex.fullmatch(r"[\p{L}'’\-]{2,}", word or ""):
                break
            named.append(word)
    parts = [fold(w).casefold() for key in ("first_name", "last_name")
             for w in regex.split(r"[\s\-]+", identity.get(key) or "") if len(w) >= 5]
    for m in _BRACKETED_SHORT_FORM.finditer(text):
        word = fold(m.group(1)).casefold()
        if len(word) >= 4 and any(p.startswith(word) and p != word for p in parts):
            named.append(m.group(1))
    return _with_preferred(identity, named)


def _with_preferred(identity: dict[str, Any], extra: list[str]) -> dict[str, Any]:
    """The identity with more preferred names (the block's own first)."""
    if not extra:
        return identity
    return {**identity, "preferred_name": " ".join([identity.get("preferred_name", ""), *extra]).strip()}


# A file name the candidate attached: "CV_NHaddad_2026.pdf", "Maria-Lopez-cover-letter.docx".
_FILE_NAME = regex.compile(r"(?<![\w/])[\w.\-]+(?:\(\d{1,2}\))?"  # "PlaySpecialist_FWilliams_final(2).docx"
                           r"\.(?i:pdf|docx?|odt|rtf|txt|pages|jpe?g|png|heic|zip|xlsx?|pptx?|csv)\b")
_FILE_NAME_PART = regex.compile(r"[^\W_\d]+")
_CAMEL_CASE = regex.compile(r"(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})")


def _names_beside_addresses(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Someone's full name on the same line as an e-mail address that spells it (fourteenth session, held-out 40:
    "1. Teresa Mendes, Head of Admissions – teresa.mendes@brunel.ac.uk", where the models found only "Teresa")."""
    found = []
    lower_text = mostly_lower_case(text)
    for email in (r for r in results if r.entity_type == "EMAIL_ADDRESS"):
        parts = _mailbox_parts(text[email.start:email.end].split("@")[0], min_length=2)
        if not 2 <= len(parts) <= 3 or all(is_word(p) for p in parts):
            continue  # "sales.support@", "data.team@": a function, not a person
        line_start = text.rfind("\n", 0, email.start) + 1
        line_end = text.find("\n", email.end)
        line_end = len(text) if line_end < 0 else line_end
        name = r"[ \t]+(?:\p{Lu}\.?[ \t]+)?".join(regex.escape(p) for p in parts)
        # a lower-case text or line: "ade olawale, lifeguard supervisor – ade.olawale@rnli.org.uk"
        lower = lower_text or not any(c.isupper() for c in text[line_start:line_end])
        for m in regex.finditer(rf"(?<![\w@.])(?i:{name})(?![\w@])", text, pos=line_start, endpos=line_end):
            if lower or all(w[:1].isupper() for w in m.group().split()):
                found.append(RecognizerResult("NAME_CONTEXT", m.start(), m.end(), 0.85))
    return found


def _names_in_file_names(text: str, identity: Mapping[str, Any]) -> list[tuple[int, int]]:
    """The parts of attached file names that hold the candidate's own name ("NHaddad" for Haddad) or initials
    ("SIA_licence_TW.pdf", "application_form_AHJ.pdf" for Abdiwali H. Jama, "PMC" for Padraig MacCarthaigh)."""
    names = {fold(w).casefold() for k in ("first_name", "last_name", "preferred_name")
             for w in regex.split(r"[\s\-]+", identity.get(k) or "") if len(w) >= 3}
    if not names:
        return []
    given = {fold(w)[:1].upper() for k in ("first_name", "preferred_name")
             for w in regex.split(r"[\s\-]+", identity.get(k) or "") if w[:1].isalpha()}
    last = fold(identity.get("last_name") or "")
    surname = {w[:1].upper() for w in regex.split(r"[\s\-']+", last) if w[:1].isalpha()}
    if not last.isupper():
        surname |= set(regex.findall(r"\p{Lu}", last))  # "MacCarthaigh": M and C
    spans = []
    for file_name in _FILE_NAME.finditer(text):
        stem_end = file_name.start() + file_name.group().rfind(".")
        for part in _FILE_NAME_PART.finditer(text, file_name.start(), stem_end):
            word = part.group()
            initials = 2 <= len(word) <= 4 and word.isupper() and word not in NOT_INITIALS and (
                (word[0] in given and word[-1] in surname)
                or (len(word) == 2 and word[0] in surname and word[1] in given))  # "JX" for Xu Jiayi
            if initials or {fold(p).casefold() for p in _CAMEL_CASE.split(word)} & names:  # "NHaddad": N, Haddad
                spans.append(part.span())
    return spans


_SEX_TITLE = r"(mr|mrs|ms|miss|mx)"  # the titles that tell a sex (not "Dr")
_TITLE_BEFORE = regex.compile(rf"(?i)(?<![\w.]){_SEX_TITLE}\.?[ \t]+$")
_TITLE_AFTER = regex.compile(rf"(?i)[ \t]*,[ \t]*{_SEX_TITLE}\.?(?=[ \t]*(?:\)|$))", regex.MULTILINE)


def _own_titles(text: str, results: Iterable[RecognizerResult]) -> list[RecognizerResult]:
    """The candidate's own title before or after their name wherever it is written ("Ms F. O. Adebisi" under the
    contact details, "(Amanda J. Sykes, Ms)"; twelfth session): it tells the panel the candidate's sex."""
    found = []
    for result in results:
        if result.entity_type == "ID_CANDIDATE_NAME":
            title = _TITLE_BEFORE.search(text, max(0, result.start - 8), result.start) \
                or _TITLE_AFTER.match(text, result.end)
            if title:
                found.append(RecognizerResult("GENDER", title.start(1), title.end(1), 0.9))
    return found


def _inferred_identity(text: str) -> dict[str, str] | None:
    """With no identity block: names the candidate gives themselves (form fields, CV header, signature, an e-mail's
    sender). Every word found is a first name; the last word of the first name of two or more words is also the
    last name."""
    names: list[list[str]] = []
    nicknames: list[str] = []
    head = text[:600]
    for i, pattern in enumerate(_INFERENCE):
        source = head if i == 1 else text
        for match in pattern.finditer(source):
            if i == 1 and (not _header_is_a_name(source, match) or _ROLE_WORDS.search(match.group("name"))
                           or _NOT_NAME_WORDS.search(match.group("name"))):
                continue  # a job title or an employer at the top is not the candidate's name
            name = match.group("name")
            for groups in _NICKNAME_IN_NAME.findall(name):
                nicknames += [g.strip("\"“”'‘’") for g in groups if g]
            name = _NICKNAME_IN_NAME.sub(" ", name)
            words: list[str] = []
            for word in regex.split(r"[\s,]+", name):
                word = word.strip(".'’")
                if word.casefold() in TITLES and not words:
                    continue  # "Ms Xu Jiayi"
                if word.casefold() in _NOT_NAME or _POST_NOMINALS.fullmatch(word) \
                        or not regex.fullmatch(r"[\p{L}'’\-]+", word or ""):
                    break
                words.append(word)  # one-letter parts ("Ó Briain") are kept as a particle of the next
            if words:
                names.append(words)
            if i == 1:
                break  # only the first header line
    found = [w for words in names for w in words]
    from_contact = _names_in_contact_details(text, found)
    if not found and not from_contact:
        return None
    nicknames = [n for n in nicknames if regex.fullmatch(r"[\p{L}'’\- .]+", n) and n.casefold() not in TITLES]
    inferred = {"first_name": " ".join(found + from_contact), "preferred_name": " ".join(nicknames)}
    latin = [[w for w in words if len(w) > 1 and regex.search(r"\p{Latin}", w)] for words in names]
    full = next((words for words in latin if len(words) >= 2), None)
    if full is not None and found[:1] == full[:1]:
        inferred["last_name"] = full[-1]  # for initials: "F. Qassem", "Qassem_F", "FQ"
    return inferred


# Words of an address that name a mailbox or a job, not a person: "joy.xu.admissions@outlook.com" (twelfth session).
_MAILBOX_WORDS = frozenset(("admissions", "recruitment", "jobs", "careers", "career", "work", "info", "admin", "office",
                            "mail", "contact", "enquiries", "applications", "apply", "hello", "team", "official",
                            "personal", "nhs"))


def _mailbox_parts(local: str, min_length: int = 3) -> list[str]:
    """The words of an address's local part (or a LinkedIn slug) that may be a name, lower-case and in order:
    "javier.martinez.ruiz" -> javier, martinez, ruiz; not the mailbox words ("jobs", "admin") nor digits."""
    return [p for p in regex.split(r"[._\-\d%]+", local.casefold()) if len(p) >= min_length and p not in _MAILBOX_WORDS]


_CONTACT_NAME = regex.compile(r"(?i)\b([a-z][a-z0-9._\-]{2,40})@[a-z0-9\-]+\.[a-z.]{2,}"
                              r"|linkedin\.com/in/([a-z0-9\-_%]{3,60})")


def _names_in_contact_details(text: str, known: list[str], email: str | None = None) -> list[str]:
    """Capitalised words of the application that also make up the candidate's own e-mail address (given, or
    the first address or LinkedIn address near the top): "Martínez" with javier.martinez.ruiz@... is the
    candidate's name, and so is "(SHIRU)" with shiru.kamau@..."""
    match = _CONTACT_NAME.search(email or text[:1000])
    if not match:
        return []
    parts = set(_mailbox_parts(match.group(1) or match.group(2)))
    known_folded = {fold(w).casefold() for w in known}
    found: list[str] = []
    # in a text written in lower case, the name is too ("from: tahmina.akter02@... - tahmina akter")
    first = r"\p{L}" if mostly_lower_case(text) else r"\p{Lu}"
    for word in set(regex.findall(rf"(?<![\w@.]){first}[\p{{L}}'’\-]{{2,}}", text)):
        key = fold(word).casefold()
        if key in parts and key not in known_folded and key not in _NOT_NAME and key not in TITLES \
                and not _NOT_NAME_WORDS.fullmatch(word) and not _ROLE_WORDS.fullmatch(word):
            found.append(word)
    return sorted(found)


def with_names_from_own_email(text: str, identity: dict[str, Any]) -> dict[str, Any]:
    """The identity block with the parts of the candidate's own e-mail address that the text writes next to
    their name as preferred names: "WANJIRU KAMAU (SHIRU)" with shiru.kamau@..."""
    if not identity.get("email"):
        return identity
    known = [w for k in ("first_name", "last_name", "preferred_name") for w in identity.get(k, "").split()]
    extra = _names_in_contact_details(text, known, identity["email"])
    extra = [w for w in extra if _beside_a_name(text, w, known + extra)]
    # Thirteenth session (held-out 36): the sender's name on the candidate's own address is theirs, whatever the ATS
    # holds ("From: Síle Ní Bhriain <sile.nibhriain@...>" for an ATS's anglicised "Sheila O'Brien").
    email = identity["email"].strip().casefold()
    for sender in _FROM_HEADER.finditer(text):
        if sender.group("address").casefold() != email:
            continue
        seen = {w.casefold() for w in [*known, *extra]}
        extra += [w for w in regex.findall(r"[\p{L}'’\-]{2,}", sender.group("name"))
                  if w.casefold() not in seen and fold(w).casefold() not in PARTICLES]
    return _with_preferred(identity, extra)


def _beside_a_name(text: str, word: str, names: list[str]) -> bool:
    """Whether `word` is written next to one of `names` somewhere ("Kamau (Shiru)", "Shiru Kamau"): a part of
    the e-mail address that is a town or a hobby ("j.smith.leeds@") is not."""
    alt = "|".join(regex.escape(n) for n in names if len(n) >= 2 and n != word)
    if not alt:
        return False
    w = regex.escape(word)
    return bool(regex.search(rf"(?i)\b(?:{alt})(?:-\p{{L}}+)?[ \t\-(\"“']+{w}\b|\b{w}[ \t\-)\"”']+(?:{alt})\b", text))


def with_short_forms(identity: dict[str, Any], diminutives: Mapping[str, frozenset[str]]) -> dict[str, Any]:
    """The identity block with the familiar forms of the given names added as preferred names."""
    given = " ".join(str(identity.get(k) or "") for k in ("first_name", "preferred_name"))
    folded = fold(given).casefold()
    keys = set(folded.split()) | {folded.strip()}
    extra = sorted({form for key in keys for form in diminutives.get(key, ())})
    if not extra:
        return identity
    titled = " ".join(w.title() for w in extra)
    return {**identity, "preferred_name": f"{identity.get('preferred_name') or ''} {titled}".strip()}


def _as_mapping(candidate: Any) -> dict[str, Any]:
    if candidate is None:
        return {}
    if isinstance(candidate, Mapping):
        return dict(candidate)
    if hasattr(candidate, "model_dump"):
        return dict(candidate.model_dump())
    return dict(vars(candidate))


class Redactor:
    """Redacts application text. Build once (`build_redactor`); call `redact` per text."""

    def __init__(self, analyzer: AnalyzerEngine, lexicon: Lexicon, max_text_chars: int = 100_000) -> None:
        self.analyzer = analyzer
        self.lexicon = lexicon
        self.max_text_chars = max_text_chars
        terms = sorted((t.term for t in lexicon.allow_terms), key=len, reverse=True)
        self._allow_kinds = {t.term.casefold(): t.kind for t in lexicon.allow_terms}
        self._places = frozenset(p for p in lexicon.disclosures.uk_places if p[:1].isalpha())
        self._field_label = _field_label_before(label for label, _kind, _only in lexicon.disclosures.labels)
        self._allow = regex.compile(r"(?<!\w)(?:" + "|".join(regex.escape(t) for t in terms) + r")(?!\w)",
                                    regex.IGNORECASE)

    @property
    def policies(self) -> tuple[str, ...]:
        return tuple(self.lexicon.policies)

    def redact(self, text: str, candidate: Any = None, policy: str | None = None,
               numbering: PersonNumbering | None = None) -> Redaction:
        """Remove identifying details from one text; pass `numbering` to share [PERSON n] across fields."""
        policy = policy or self.lexicon.default_policy
        if policy not in self.lexicon.policies:
            raise InvalidInput(f"unknown policy; expected one of: {', '.join(self.lexicon.policies)}")
        if len(text) > self.max_text_chars:
            raise PayloadTooLarge(f"text is longer than {self.max_text_chars} characters")
        numbering = numbering if numbering is not None else PersonNumbering()
        if not text.strip():
            return Redaction(text, policy, ())
        identity = {k: v for k, v in _as_mapping(candidate).items() if isinstance(v, str) and v.strip()}
        identity = with_self_named(text, with_names_from_own_email(text, identity))
        identity = with_short_forms(identity, self.lexicon.diminutives)
        ad_hoc: list[EntityRecognizer] = (
            [CandidateRecognizer(identity, self.lexicon.common_word_names)] if identity else [])
        results = list(self.analyzer.analyze(text, language="en", ad_hoc_recognizers=ad_hoc or None))
        if not any(identity.get(k) for k in ("first_name", "last_name")):
            inferred = _inferred_identity(text)
            if inferred:
                # Common words never come from inference alone: "Hope" in a header stays a name only there.
                results += [RecognizerResult("ID_" + m.type, m.start, m.end, 0.9)
                            for m in identity_matches(text, inferred, self.lexicon.common_word_names)]
                identity = {**inferred, **identity}
        results += [RecognizerResult("ID_CANDIDATE_NAME", start, end, 0.9)
                    for start, end in _names_in_file_names(text, identity)]
        results += _names_beside_addresses(text, results)
        results += _own_titles(text, results)
        allowed = [(*m.span(), self._allow_kinds.get(m.group().casefold(), "")) for m in self._allow.finditer(text)]
        entities = resolve(text, results, self.lexicon.policies[policy], allowed, numbering,
                           self.lexicon.marker_labels, self.lexicon.keyword_words, self.lexicon.common_word_names,
                           self._places, self._field_label)
        return Redaction(apply(text, entities), policy, tuple(entities))


def build_redactor(settings: Any = None) -> Redactor:
    """The process's redactor: loads the NER model(s) and recognisers once. Reads the optional settings
    `redaction_spacy_model`, `redaction_ner` ("spacy", "rampart" or "spacy,rampart"), `redaction_marker_model`
    and `max_text_chars`."""
    ner = getattr(settings, "redaction_ner", None)
    config = EngineConfig(spacy_package=getattr(settings, "redaction_spacy_model", None)
                          or EngineConfig.spacy_package,
                          ner=tuple(n.strip() for n in ner.split(",")) if isinstance(ner, str) and ner
                          else EngineConfig.ner,
                          marker_model=getattr(settings, "redaction_marker_model", EngineConfig.marker_model))
    lexicon = load_lexicon()
    is_word("a")  # the English word list the name rules read: loaded now, not on the first request
    return Redactor(build_analyzer(lexicon, config, scored_types=SCORED_TYPES), lexicon,
                    max_text_chars=getattr(settings, "max_text_chars", None) or 100_000)
