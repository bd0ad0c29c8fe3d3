"""Biased, exclusionary and complex wording, acronyms and over-long essential criteria."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .lexicon import Category, CompiledEntry, Lexicon, Severity
from .readability import Sentence, is_word

__all__ = ["MAX_ESSENTIAL_CRITERIA", "RawFinding", "find_acronyms", "find_essential_criteria", "find_wording"]

# Design choice: Disability Confident's guaranteed interview is for people who meet the *minimum*
# criteria; every extra essential criterion shrinks that pool. Eight is a common ceiling in public-sector
# person specifications, so more than eight is flagged.
MAX_ESSENTIAL_CRITERIA = 8
_ESSENTIAL_SUGGESTION = f"Keep {MAX_ESSENTIAL_CRITERIA} or fewer essential criteria; make the rest desirable."
_ESSENTIAL_SOURCE = (
    "DWP Disability Confident (interview disabled applicants meeting the minimum criteria); "
    f"FairHire threshold of {MAX_ESSENTIAL_CRITERIA}"
)


@dataclass(frozen=True, slots=True)
class RawFinding:
    category: Category
    severity: Severity
    start: int
    end: int
    rule: str
    message: str
    suggestion: str | None
    source: str


class _SentenceIndex:
    def __init__(self, sentences: list[Sentence]) -> None:
        self.sentences = sentences
        self.starts = [s.start for s in sentences]

    def at(self, offset: int) -> Sentence | None:
        i = bisect.bisect_right(self.starts, offset) - 1
        if i >= 0 and offset < self.sentences[i].end:
            return self.sentences[i]
        return None


_CLAUSE_BREAK = re.compile(r"[;:,()]|\bbut\b|\bhowever\b|\band\b", re.IGNORECASE)


# No "\n": the cue search stays inside the sentence, and a line break inside a sentence is wrapping.
_HARD_BREAK = re.compile(r"[.;!?]|\bbut\b|\bhowever\b|\bwhereas\b", re.IGNORECASE)
_WORDS = re.compile(r"\S+")


def _cue_span(entry: CompiledEntry, text: str, sent: Sentence | None, start: int, end: int) -> tuple[int, int] | None:
    """The entry's cue: in the same clause, within `cue_window` words before the match or right after it."""
    assert entry.cue_before is not None and entry.cue_after is not None
    window = entry.cue_window
    lo = max(sent.start if sent else 0, start - 200)
    hi = min(sent.end if sent else len(text), end + 200)
    before = text[lo:start]
    breaks = list(_HARD_BREAK.finditer(before))
    if breaks:
        lo += breaks[-1].end()
        before = before[breaks[-1].end() :]
    words = list(_WORDS.finditer(before))
    if len(words) > window:
        lo += words[-window].start()
    cut = _HARD_BREAK.search(text, end, hi)
    if cut:
        hi = cut.start()
    before_cues = list(entry.cue_before.finditer(text, lo, start))
    found = before_cues[-1] if before_cues else entry.cue_after.match(text, end, hi)
    if found is None:
        return None
    # Only the cue words themselves: "you will be (working towards)" keeps its negation.
    return found.span("cue") if "cue" in found.re.groupindex and found.group("cue") else found.span()


_ESSENTIAL_HEADING = re.compile(
    r"^\s*(?:essentials?(?:\s+(?:(?:criteria|requirements|skills|qualifications|experience|knowledge|abilities"
    r"|attributes|qualities)(?:\s*(?:,|and|&|/)\s*)?)+)?|must[- ]haves?|what you (?:must|will need to|need to) have"
    r"|you (?:must|will need to) have|minimum (?:criteria|requirements))\s*:?\s*$",
    re.IGNORECASE,
)
# Headings over a list of what the applicant must bring, without saying "Essential".
_REQUIREMENT_HEADING = re.compile(
    r"^\s*(?:what\s+(?:we\s+are|we['’]re)\s+looking\s+for|who\s+(?:we\s+are|we['’]re)\s+looking\s+for"
    r"|what\s+(?:you(?:\s+will|['’]ll)?\s+need|we\s+need(?:\s+from\s+you)?|you(?:\s+will|['’]ll)?\s+bring)"
    r"|about\s+you|you(?:\s+will|['’]ll)\s+(?:need|have)|you\s+(?:have|bring|are)|what\s+you\s+have|who\s+you\s+are"
    r"|person\s+specification|(?:key\s+)?requirements"
    r"|(?:skills|knowledge),?\s+(?:and|&)\s+(?:experience|qualifications)|qualifications|the\s+ideal\s+candidate"
    r"|to\s+be\s+successful|your\s+skills)\b[^\n]{0,40}$",
    re.IGNORECASE,
)
# What may come before an attribute at the head of a list item: "- (You will have) a degree ...".
_ITEM_HEAD = re.compile(
    r"\s*(?:[-•*·▪]\s*)?(?:(?:for|on|during)\s+[^,\n]{1,40},\s*)?(?:(?:an?|the|some|your|ideally|preferably|someone\s+(?:who\s+is|with)|being"
    r"|you\s+(?:will\s+|must\s+|should\s+)?(?:have|hold|be|are|need)|you['’]ll\s+(?:have|hold|be|need)"
    r"|(?:must|to)\s+(?:have|hold|be)|have|hold)\s+)*",
    re.IGNORECASE,
)
_TRAIT_PAIR = re.compile(r"[\w-]+(?:,\s+[\w-]+)?,?\s+(?:and|or)\s+|[\w-]+,\s+", re.IGNORECASE)
_ITEM_VERB = re.compile(r"[^.;:\n]*?\b(?:will|are|were|was|can|may)\b", re.IGNORECASE)
# A trait word used for a skill at the head of an item is not a trait: "- Confident using Excel".
_SKILL_COMPLEMENT = re.compile(
    r"\s+(?:of|in|using|with|at|when|to\s+use|skills?|abilit(?:y|ies)|knowledge|experience|thinking|reasoning)\b",
    re.IGNORECASE,
)
# ... and after a trait frame: "you'll be a confident user of Excel" is a skill, "assertive with suppliers" a trait.
_SKILL_USE = re.compile(r"\s+(?:(?:users?|speakers?|writers?)\s+of|using|(?:in\s+)?using|to\s+use)\b", re.IGNORECASE)
# A service-user phrase ("young person", "young people") is the applicant after a preference cue:
# "this post would suit a young person", "ideal for young people". EHRC "Advertising a job".
_PREFERENCE_BEFORE = re.compile(
    r"\b(?:(?:would|will|best)\s+)?suits?\s+(?:an?\s+)?\Z|\b(?:ideal|perfect|great|best\s+suited|well\s+suited)\s+(?:for|to)"
    r"\s+(?:an?\s+)?\Z|\b(?:looking|searching)\s+for\s+(?:an?\s+)?(?:[\w-]+,?\s+(?:and\s+)?){0,2}\Z"
    r"|\b(?:seeking|prefer|preference\s+for)\s+(?:an?\s+)?\Z",
    re.IGNORECASE,
)
# How far back an entry's `unless_before` looks, within the match's paragraph (about two sentences).
BEFORE_WINDOW = 220
# "his"/"her" about a service user is not the post holder: "support a resident who has lost his job".
_SERVICE_USER_WHO = re.compile(
    r"\b(?:residents?|tenants?|clients?|customers?|patients?|service\s+users?|neighbours?|child(?:ren)?|pupils?"
    r"|learners?|students?|visitors?|carers?|famil(?:y|ies)|members?\s+of\s+the\s+public|older\s+(?:person|people))\s+who\b",
    re.IGNORECASE,
)
# ... nor is an attribute whose subject is the service user: "Students who attended a grammar school may apply
# for our bursary" describes the people the job serves, not the applicant.
_SERVICE_USER_SUBJECT = re.compile(
    _SERVICE_USER_WHO.pattern + r"\s+(?:(?:have|has|had|are|were|is|was)\s+)?\Z", re.IGNORECASE
)
# The person the post holder supports: "You'll support a young man with autism" describes a service user.
_SUPPORTED_BEFORE = re.compile(
    r"\b(?:support|supporting|help|helping|care\s+for|caring\s+for|work\s+with|working\s+with|look\s+after|"
    r"looking\s+after|visit|visiting|mentor|mentoring|assist|assisting|befriend|befriending)\s+(?:a|an|the|our|one)\s+\Z",
    re.IGNORECASE,
)
_PERSON_AFTER = re.compile(
    r"\s+(?:man|woman|men|women|person|people|lad|girl|boy|adult|mum|dad|carer)s?\b", re.IGNORECASE
)
# An item marked essential in place, without an "Essential" heading: "- Degree in English (essential)",
# "- NEBOSH diploma - essential", a line labelled "Essential: a degree". The mark is the requirement cue
# for the whole item.
_MARKED_ESSENTIAL = re.compile(
    r"[(\[]\s*essential\s*[)\]]\s*\.?\s*$|\s[-–:]\s*essential\s*\.?\s*$|^\s*essential\s*[:–-]\s*\S", re.IGNORECASE
)
_OTHER_HEADING = re.compile(
    r"^\s*(?:desirable|nice to have|it would be (?:good|great|nice)|how to apply|about|what we (?:can )?offer"
    r"|benefits|closing|why (?:work|join))",
    re.IGNORECASE,
)


def _essential_lists(sentences: list[Sentence], heading: re.Pattern[str] = _ESSENTIAL_HEADING) -> list[tuple[int, int]]:
    """(heading, end) sentence indexes of each "Essential" list: the items are sentences heading+1 .. end-1."""
    lists = []
    i = 0
    while i < len(sentences):
        if heading.match(sentences[i].text) and (heading is _ESSENTIAL_HEADING or sentences[i].heading):
            j = i + 1
            # A short line after an item that ends in a comma is the item wrapped onto a second line
            # ("... the Anti-social Behaviour,\n  Crime and Policing Act 2014"), not a new heading.
            while j < len(sentences) and not _OTHER_HEADING.match(sentences[j].text) and (
                not sentences[j].heading or sentences[j - 1].text.rstrip().endswith(",")
            ):
                j += 1
            lists.append((i, j))
            i = j
        else:
            i += 1
    return lists


def _negated(
    lex: Lexicon, text: str, sent: Sentence | None, start: int, end: int, skip: tuple[int, int] | None = None
) -> bool:
    # Bounded windows: a cue is within a few words, and a 50,000-character "sentence" must stay cheap.
    lo = max(sent.start if sent else 0, start - 160)
    hi = min(sent.end if sent else len(text), end + 160)
    before = text[lo:start]
    if skip is not None and lo <= skip[0] < start:
        # The requirement cue itself ("not suitable for", "need not apply") is not a negation of it.
        before = text[lo : skip[0]] + " " + text[min(skip[1], start) : start]
    # Only the clause the match is in: "no car needed, but a degree is essential" keeps the degree.
    breaks = list(_CLAUSE_BREAK.finditer(before))
    if breaks:
        before = before[breaks[-1].end() :]
    window = " ".join(before.split()[-lex.negation_window :])
    if lex.negation_before.search(window):
        return True
    return bool(lex.negation_after.match(text, end, hi))


def _whole_word(text: str, start: int, end: int) -> str:
    s, e = start, end
    while s > 0 and (text[s - 1].isalnum() or text[s - 1] in "-'’"):
        s -= 1
    while e < len(text) and (text[e].isalnum() or text[e] in "-'’"):
        e += 1
    return text[s:e].lower().strip("-'’")


def _listed(
    entry: CompiledEntry,
    text: str,
    sent: Sentence | None,
    start: int,
    end: int,
    essential: list[tuple[int, int]],
    required: list[tuple[int, int]],
) -> bool:
    """Whether a cue entry's match stands as a requirement because of the list it is in."""
    if sent is None or entry.list_items == "never":
        return False
    in_essential = any(a <= start < b for a, b in essential)
    if entry.list_items in ("anywhere", "essential") and in_essential:
        return True
    if entry.list_items == "essential":
        return False
    if not (in_essential or any(a <= start < b for a, b in required)):
        return False
    if _ITEM_HEAD.fullmatch(text, sent.start, start) is None:
        # A trait after another at the head of the item: "- Competitive and ambitious, with big ideas".
        if entry.list_items != "item_head":
            return False
        head = _ITEM_HEAD.match(text, sent.start, start)
        if head is None or _TRAIT_PAIR.fullmatch(text, head.end(), start) is None:
            return False
    # "- Students on placement will be supported by you": the attribute is the subject, not the requirement.
    if not in_essential and _ITEM_VERB.match(text, end, sent.end):
        return False
    return entry.list_items == "anywhere" or _SKILL_COMPLEMENT.match(text, end) is None


def _applies(entry: CompiledEntry, text: str, title: str) -> bool:
    if entry.unless_context is None and entry.only_context is None:
        return True
    scope = title if entry.context_scope == "title" else f"{title}\n{text}"
    if entry.only_context is not None and not entry.only_context.search(scope):
        return False
    return entry.unless_context is None or not entry.unless_context.search(scope)


def find_wording(lex: Lexicon, text: str, title: str, sentences: list[Sentence]) -> list[RawFinding]:
    """Every list match that survives the safe-phrase, negation, positive-action and context rules."""
    index = _SentenceIndex(sentences)
    # Being listed under an "Essential" heading is itself a requirement cue.
    essential = [(sentences[i + 1].start, sentences[j - 1].end) for i, j in _essential_lists(sentences) if j > i + 1]
    essential += [(x.start, x.end) for x in sentences if "ssential" in x.text and _MARKED_ESSENTIAL.search(x.text)]
    required = [
        (sentences[i + 1].start, sentences[j - 1].end)
        for i, j in _essential_lists(sentences, _REQUIREMENT_HEADING)
        if j > i + 1
    ]
    # Term lists run on the lower-cased text (much faster, same offsets) unless lower-casing changes its length.
    low = text.lower()
    lowered = len(low) == len(text)
    safe_rx, safe_hay = (lex.safe_phrases_fast, low) if lowered and lex.safe_phrases_fast else (lex.safe_phrases, text)
    # Both span lists are sorted and non-overlapping, so containment and overlap are a bisect each
    # (an advert of 3,000 repeated phrases would otherwise be quadratic).
    safe_starts: list[int] = []
    safe_ends: list[int] = []
    for m in safe_rx.finditer(safe_hay):
        safe_starts.append(m.start())
        safe_ends.append(m.end())
    taken_starts: list[int] = []
    taken_ends: list[int] = []
    positive: dict[int, bool] = {}
    out: list[RawFinding] = []
    for entry in lex.entries:
        if lowered and entry.literals and not any(k in low for k in entry.literals):
            continue
        if not _applies(entry, text, title):
            continue
        if entry.needs and not any(k in low for k in entry.needs):
            continue
        hit = "hit" in entry.regex.groupindex
        rx, hay = (entry.fast, low) if lowered and entry.fast is not None else (entry.regex, text)
        for m in rx.finditer(hay):
            # A pattern may match its context too ("Ex-military (men) preferred"); `hit` is what is reported.
            s, e = m.span("hit") if hit and m.group("hit") is not None else m.span()
            if s == e:
                continue
            i = bisect.bisect_right(safe_starts, s) - 1
            if (
                i >= 0
                and e <= safe_ends[i]
                and not (
                    entry.category == "age"
                    and _PREFERENCE_BEFORE.search(text, max(0, safe_starts[i] - 40), safe_starts[i])
                )
            ):
                continue
            # The second half of a compound is not the plain word: "self-sufficient" is not "sufficient".
            if entry.category == "complex_word" and s > 1 and text[s - 1] == "-" and text[s - 2].isalpha():
                continue
            if (
                entry.category == "gendered_term"
                and text[s : s + 4].lower() in ("his ", "her ", "him ")
                and _SERVICE_USER_WHO.search(text, max(0, s - 80), s)
            ):
                continue
            if entry.category in lex.negation_categories and _SERVICE_USER_SUBJECT.search(text, max(0, s - 80), s):
                continue
            if entry.except_words and _whole_word(text, s, e) in entry.except_words:
                continue
            if entry.unless_before is not None and entry.unless_before.search(
                text, max(text.rfind("\n\n", 0, s), s - BEFORE_WINDOW), s
            ):
                continue
            if (
                entry.category == "age"
                and _PERSON_AFTER.match(text, e)
                and _SUPPORTED_BEFORE.search(text, max(0, s - 40), s)
            ):
                continue
            # One finding per span: the longer, earlier-listed rule wins (lists are ordered by severity).
            # An `alongside` entry only gives way to findings of its own category.
            if entry.alongside:
                if any(f.category == entry.category and f.start < e and s < f.end for f in out):
                    continue
            else:
                i = bisect.bisect_left(taken_starts, e)
                if i > 0 and taken_ends[i - 1] > s:
                    continue
            sent = index.at(s)
            cue = None
            if entry.cue_before is not None:
                cue = _cue_span(entry, text, sent, s, e)
                if cue is None and not _listed(entry, text, sent, s, e, essential, required):
                    continue
                if cue is not None and entry.list_items == "item_head" and _SKILL_USE.match(text, e):
                    continue
            if entry.category in lex.positive_action_categories and sent is not None:
                if sent.start not in positive:
                    positive[sent.start] = lex.lawful(entry.category, sent.text)
                if positive[sent.start]:
                    continue
            if entry.category in lex.negation_categories and _negated(lex, text, sent, m.start(), e, cue):
                continue
            if not entry.alongside:
                i = bisect.bisect_left(taken_starts, s)
                taken_starts.insert(i, s)
                taken_ends.insert(i, e)
            out.append(
                RawFinding(
                    category=entry.category,
                    severity=entry.severity,
                    start=s,
                    end=e,
                    rule=entry.id,
                    message=entry.message.replace("{text}", text[s:e]),
                    suggestion=entry.suggestion,
                    source=entry.source,
                )
            )
    return out


# Capitals, digits and "&", with a lower-case letter allowed only between capitals ("DfT", "NaPTAN", "RoSPA",
# "SuDS") and a plural "s" at the end ("PEEPs", "LiPs"); "McDonald", "YouTube" and "iPad" are not acronyms.
_ACRONYM_CORE = r"[A-Z](?:[A-Z0-9&]|[a-z](?=[A-Z0-9&])){1,7}"
_ACRONYM = re.compile(rf"(?<![\w@/.])({_ACRONYM_CORE}s?)(?![\w@/])")
# Letter-and-number codes that are not abbreviations to spell out: postcode districts ("HW1-HW4 postcodes",
# "HW1 2AB"), driving-licence categories ("category C1 licence") and pay grades ("Grade HS3").
_CODE = r"[A-Z]{1,2}\d{1,2}[A-Z]?"
_CODE_SHAPE = re.compile(_CODE)
_CODE_BEFORE = re.compile(
    r"(?:\b(?:grade|band|scale|point|category|categories|cat\.?|postcodes?|post\s+codes?)\s+"
    rf"(?:{_CODE}\s*(?:[-–,/&]|or|and|to)\s*)*|{_CODE}\s*(?:[-–/]|to)\s*)\Z",
    re.IGNORECASE,
)
_CODE_AFTER = re.compile(
    rf"(?:\s*(?:[-–,/&]|or|and|to)\s*{_CODE})*\s*"
    r"(?:post\s*codes?|postcode\s+areas?|licen[cs]es?|entitlement|vehicles?|(?-i:\d[A-Z]{2})\b)",
    re.IGNORECASE,
)


def _is_code(text: str, start: int, end: int) -> bool:
    """A postcode district, licence category or pay grade, told by its shape and the words around it."""
    if not _CODE_SHAPE.fullmatch(text, start, end):
        return False
    return bool(_CODE_BEFORE.search(text[max(0, start - 40) : start]) or _CODE_AFTER.match(text, end, end + 60))


_NAME_WORD_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")
_EXPLAINED_AFTER = re.compile(rf"\(({_ACRONYM_CORE}?)s?\)")
_EXPLAINED_BEFORE = re.compile(rf"\b({_ACRONYM_CORE}?)s?\s*\(\s*[A-Za-z][a-z]")


def find_acronyms(lex: Lexicon, text: str, sentences: list[Sentence]) -> list[RawFinding]:
    """The first use of each acronym that is never spelled out ("Disclosure and Barring Service (DBS)")."""
    # Spelled out somewhere: "Full Name (ACR)" or "ACR (Full Name)", found in one pass each.
    explained = {m.group(1) for m in _EXPLAINED_AFTER.finditer(text)}
    explained |= {m.group(1) for m in _EXPLAINED_BEFORE.finditer(text)}
    seen: set[str] = set()
    shouty: dict[int, bool] = {}
    out: list[RawFinding] = []
    for m in _ACRONYM.finditer(text):
        token = m.group(1)
        plural = token.endswith("s") and token[-2].isupper()
        core = token[:-1] if plural else token
        if core in seen or token in lex.known_acronyms or core in lex.known_acronyms:
            continue
        if not any(c.isalpha() for c in core) or len(core) < 2:
            continue
        if any(c.isdigit() for c in core) and _is_code(text, m.start(1), m.start(1) + len(core)):
            continue
        # "HM Revenue and Customs", "HM Land Registry": His Majesty's, part of a body's name, not an abbreviation.
        if core == "HM" and _NAME_WORD_AFTER.match(text, m.end(1)):
            continue
        # (A plural written "PEEPs" is an acronym: shouting would be "PEEPS".)
        if len(core) >= 4 and core.isupper() and not plural and core not in lex.ambiguous_acronyms \
                and is_word(core.lower()):
            continue  # emphasis ("YOUNG"), not an acronym
        # A shouted line ("ABOUT THE ROLE") is a heading, not a list of acronyms; so is a short one of ordinary
        # words ("THE JOB", "HOW TO APPLY", "WHO WE ARE").
        line_start = text.rfind("\n", 0, m.start()) + 1
        if line_start not in shouty:
            line_end = text.find("\n", m.end())
            line = text[line_start : line_end if line_end != -1 else len(text)]
            letters = [c for c in line if c.isalpha()]
            words = re.findall(r"[A-Za-z]+", line)
            shouty[line_start] = (len(letters) > 12 and sum(c.isupper() for c in letters) / len(letters) > 0.8) or (
                len(words) >= 2 and all(w.isupper() and is_word(w.lower()) for w in words))
        if shouty[line_start]:
            continue
        seen.add(core)
        if core in explained:
            continue
        out.append(
            RawFinding(
                category="unexplained_acronym",
                severity="low",
                start=m.start(1),
                end=m.start(1) + len(core),
                rule="acronym.unexplained",
                message=f'"{core}" is not spelled out; many applicants will not know it.',
                suggestion=f'Spell it out the first time, for example "Full Name ({core})".',
                source=lex.acronym_source,
            )
        )
    return out


_BULLET = re.compile(r"(?:[-•*·▪]|\(?\d{1,2}[.)]|\(?[a-z][.)])")
# An item the employer arranges or the applicant may gain later is not a criterion they must meet now:
# "Police vetting, which we arrange", "A licence, or willing to get one (we pay)".
_NOT_A_CRITERION = re.compile(
    r"\b(?:which|that)\s+we\s+(?:will\s+)?(?:arrange|organise|pay\s+for|fund|provide|carry\s+out)"
    r"|\bwe\s+(?:will\s+|['’]ll\s+)?(?:arrange|pay|fund|provide|train)\b"
    r"|\bor\s+(?:be\s+)?(?:willing|prepared|happy|keen|able)\s+to\s+(?:gain|get|obtain|achieve|work\s+towards|study|train)"
    r"|\bor\s+working\s+towards\b",
    re.IGNORECASE,
)


def _bulleted(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return _BULLET.fullmatch(text[line_start:start].strip()) is not None


def _criteria(text: str, sentences: list[Sentence], i: int, j: int, *, prose_counts: bool) -> int:
    """How many criteria a list holds: its bullet points (or, with no bullets, its sentences when
    `prose_counts`), leaving out items the employer arranges or the applicant may gain later."""
    items = [sentences[k] for k in range(i + 1, j)]
    bulleted = [s for s in items if _bulleted(text, s.start)]
    if bulleted or not prose_counts:
        # Prose after the bullets ("We welcome applications from...") is not a criterion.
        items = bulleted
    return sum(_NOT_A_CRITERION.search(s.text) is None for s in items)


# A count the advert states itself, for a list the headings above do not find (twelfth session, batches 29 and 31):
# "Candidates must evidence every one of the 16 essential criteria below", "all twelve essential criteria".
_COUNT_WORDS = {w: n for n, w in enumerate((
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"))}
_STATED_COUNT = re.compile(r"\b(?:all|every\s+one\s+of\s+the|each\s+of\s+the)\s+"
                           rf"(?P<n>\d{{1,2}}|{'|'.join(_COUNT_WORDS)})\s+essential\s+criteria\b", re.IGNORECASE)


def find_essential_criteria(text: str, sentences: list[Sentence]) -> list[RawFinding]:
    """Flag an "Essential" list with more than MAX_ESSENTIAL_CRITERIA items: as the advert states the count, or
    counted under its heading."""
    lists = [
        (i, _criteria(text, sentences, i, j, prose_counts=True), "essential") for i, j in _essential_lists(sentences)
    ]
    # Under "What you need"-style headings only bullet points count: prose there is not a criterion.
    lists += [
        (i, _criteria(text, sentences, i, j, prose_counts=False), "required")
        for i, j in _essential_lists(sentences, _REQUIREMENT_HEADING)
    ]
    counted = [(sentences[i].start, sentences[i].end, f"{items} {kind} criteria.") for i, items, kind in lists
               if items > MAX_ESSENTIAL_CRITERIA]
    stated = []
    for m in _STATED_COUNT.finditer(text):
        word = m.group("n").casefold()
        items = int(word) if word.isdigit() else _COUNT_WORDS[word]
        if items > MAX_ESSENTIAL_CRITERIA:
            stated.append((m.start(), m.end(), f"{items} essential criteria, all to be met."))
    # where the advert states the count, the finding is on its words, not on a heading
    return [
        RawFinding(
            category="unnecessary_requirement",
            severity="medium",
            start=start,
            end=end,
            rule="requirement.too_many_essential",
            message=f"{count} Each one shrinks the pool who qualify for a guaranteed interview; keep to the few the "
            "job cannot be done without.",
            suggestion=_ESSENTIAL_SUGGESTION,
            source=_ESSENTIAL_SOURCE,
        )
        for start, end, count in stated or counted
    ]
