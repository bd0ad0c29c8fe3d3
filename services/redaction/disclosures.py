"""Self-disclosed protected characteristics: first-person frames over a sourced vocabulary.

A disclosure is an owner ("I am", "as a", "I have", "my", "we go to") in the same clause as a term from
`protected_markers.yaml` (a faith, a condition, a nationality, a relation...). Work content has no such
owner: in "I supported residents with dementia" the condition belongs to the residents. Only the minimal
readable span is removed ("I am [removed: religion] and ..."); the phrase patterns of the same file run
here too, so that every marker span is trimmed the same way.

Pure functions over text and tokens; `DisclosureRecognizer` is the thin Presidio wrapper.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

import regex
from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from services.common.patterns import required_literals
from services.redaction.lexicon import DisclosureVocabulary, Lexicon

__all__ = ["DisclosureRecognizer", "Hit", "Matcher", "disclosure_recognisers", "trim"]

SCORE = 0.8


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_TOKEN = regex.compile(r"[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*(?:['’]s\b)?|\S")
# Function words a marker span may start or end with: "I am [removed: religion]" reads as well and takes
# less. Articles and "my" stay at the start ("a [removed: family status]"); content words are never cut.
_LEAD = _words("i i'm im i've ive am was were is are have has had also and but so as with at on after in which "
               "to that then both got been")
_TRAIL = _words("in and to of with at on for the a an my our from by as who which that is are was but so or")
_BOUNDARY = frozenset(".!?;:()[]{}—–|•\"“”")
_FIRST_PERSON = _words("i i'm im i've ive i'd i'll me my myself mine")
_HOUSEHOLD = _words("we we're we've our us")
_NUMBER = regex.compile(r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                        r"a couple of|several)$")
_AGE_OF_CHILD = regex.compile(r"\d{1,2}-(?:year|month|week)-olds?$|newborn$")
# Labels of the part of an application where candidates write about themselves.
_PERSONAL_LABEL = regex.compile(
    r"(?i)(?:[-*•]\s*)?(?:about me|a (?:bit|little) about me|"
    r"personal(?: details| information| circumstances| statement)?|"
    r"other information|additional information|me|my story|family|home life|outside work|interests|"
    r"things you might want to know|anything else)")
_AGE = regex.compile(r"(?:1[6-9]|[2-7]\d)$")
_DETERMINERS = _words("the a an my our local his her their this")
_BARE_WORSHIP = _words("at to after from before is are")
# A condition opening a sentence, then what it does to the writer (`_condition_told`).
_EPISODES = _words("flares flare-ups flare-up crises crisis attacks episodes relapses symptoms")
_CONDITION_VERBS = _words("used took takes put puts knocked knocks knock can could hit hits means meant started "
                          "runs ran kept keeps left forced stopped flared landed")
_MY_LIFE = _words("life days week weeks year years twenties thirties teens health sleep energy body")
# After an identity term ("I am Catholic ..."), what may follow: the end of the clause or a function word.
# "I am a Catholic school governor" is a job, not a disclosure.
_FOLLOW_IDENTITY = _words(
    "and or but so who who's which that with from in on at by for to of since because as when while though during "
    "although if too myself i i'm im my is was am are have has had now then here there originally born "
    "living working based raised all also until till between aged i'd i've i'll id ive through "
    # round 11: spoken tags and frequencies after a term ("I'm gay, like", "namaz five times daily")
    "innit like though tho btw lol me la every each daily weekly regularly twice once five three an "
    # eighth session (round 15): the person the term describes ("As a Black Caribbean social worker", "as a
    # Muslim woman"); not a subject taught or spoken ("a Polish teacher", "a Welsh speaker" have their own frames)
    "woman women man men person lad girl boy guy bloke lady mum dad mother father parent social nurse worker "
    "professional practitioner student carer leader manager officer colleague employee applicant candidate "
    # eleventh session: when ("I was widowed four years ago", "I'm expecting again in May")
    "one two four six seven eight nine ten last recently again ago early next soon "
    # fourteenth session: "I was divorced a long time ago"
    "a")
# Nouns that make a relation or a condition part of work content: "our children's services", "my social
# worker colleagues".
_NOT_AFTER = _words(
    "services service team teams centre centres center home homes unit units department departments "
    "directorate ward wards hospital trust charity charities network networks worker workers officer "
    "officers practitioner practitioners nurse nurses nursing support safeguarding protection act acts "
    "board boards partnership partnerships panel colleagues colleague role roles registration training "
    "manager managers career qualification qualifications practice degree course courses students student "
    "assessment assessments caseload cases case clients client residents resident policy "
    "policies social care sector agency agencies awareness champion lead specialist knowledge skills "
    "certificate module strategy plan plans pathway screening clinic patients users organisations "
    "organisation partners room rooms group groups club clubs unit lessons classes provision office offices branch")
_ORIGIN_VERBS = ("born", "grew up", "raised", "brought up", "born and raised", "born and brought up",
                 "born and grew up", "born and bred", "born and educated", "born and schooled", "born and reared",
                 "spent my childhood", "spent my early years", "growing up", "grown up", "having grown up",
                 "went to school", "spent my teens")
_MOVE_VERBS = ("came", "come", "moved", "move", "arrived", "emigrated", "migrated", "fled", "relocated",
               "escaped", "came over", "came here", "moved here", "moved over", "arriving", "moving", "coming",
               "brought over", "brought here",
               "fleeing", "emigrating", "relocating")
# "I am from", "my dad is from", "I come from": a copula or a move before "from" makes it an origin
# Moving to the UK discloses a national origin whatever the place moved from: "I came to the UK in 2016".
_TO_THE_UK = ("the uk", "uk", "britain", "great britain", "the united kingdom", "england", "scotland", "wales",
              "this country")
_RESIDENT_SINCE = regex.compile(
    r"(?i)(?P<verb>(?:(?:have|'ve|’ve|had|'d|’d)\s+)?(?:lived|living|been|settled|resident|live)\s+)?"
    r"(?:here\s+)?in\s+(?:the\s+uk|uk|the\s+united\s+kingdom|britain|england|scotland|wales|this\s+country)\s+"
    r"(?:since\s+(?:\d{4}|i\s+was\s+\w+|the\s+age\s+of\s+\w+)|from\s+\d{4}\b"  # round 4: "in UK since", "from 2012"
    r"|for\s+(?:over\s+|nearly\s+|almost\s+|about\s+)?"
    r"(?:\d{1,2}|\w+)\s+years)")
# Citizenship the candidate acquired: "British citizen since 2015", "I got British citizenship in 2020".
_NATURALISED = regex.compile(
    r"(?i)(?:(?:a\s+)?british(?:\s+citizen|\s+national)?\s+since\s+(?:\d{4}|\w+\s+\d{4})"
    r"|(?:naturalised|naturalized)(?:\s+as\s+(?:a\s+)?british(?:\s+citizen)?)?"
    r"|(?:got|gained|received|obtained|acquired|was\s+granted|were\s+granted|granted|became)\s+"
    r"(?:my\s+|our\s+)?(?:a\s+)?british\s+(?:citizenship|citizen|nationality|passport)"
    r"|(?:have|'ve|’ve)\s+(?:got\s+)?british\s+(?:citizenship|nationality)\s+now)")
_WHEN = _words("during over before after through")
_EVENTS = _words("marriage wedding divorce separation pregnancy leave ivf treatment surgery operation chemotherapy "
                 "chemo radiotherapy transition stroke breakdown illness recovery diagnosis")
_UPBRINGING = _words("raised brought grew growing born")
_FROM_VERBS = _words("being am 'm i'm im is are was were come comes came moved move arrived emigrated migrated fled "
                     "relocated escaped originally over here arriving moving coming fleeing emigrating relocating")
_FAMILY_OWNERS = ("my family", "my parents", "my mum", "my dad", "my mother", "my father", "my grandparents",
                  "my grandmother", "my grandfather", "my nan", "my grandad", "my mum's family",
                  "my dad's family", "my mother's family", "my father's family", "both my parents",
                  "my people", "my relatives", "we", "our family")
_YOUNG = regex.compile(
    r"(?:as an? (?:child|teenager|teen|boy|girl|baby|toddler|student|young (?:man|woman|lad|girl|boy|person|"
    r"child|adult))|when i was (?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|young|little|small|a (?:child|teenager|baby|toddler|teen))|"
    r"aged (?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen)|at (?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen)(?!\w)|at the age of \w+|as a refugee(?: from [\p{L}\-]+)?)",
    regex.IGNORECASE)
_ROUTE = regex.compile(r"(?i)\s+as an? (?:dependant|refugee|asylum[- ]seeker|international student)"
                       r"(?: (?:on|of) my [\p{L}'’]+ visa)?")
# Round 6: the year of a move, before where from or how ("came to the UK in 2016 as a dependant")
_IN_YEAR = regex.compile(r"(?i)\s+in (?:\d{4}|the \d{4}s)")
_TIME_TAIL = regex.compile(
    r"\s+(?:at lunchtime|at lunch|five times a day|every day|daily|weekly|"
    r"(?:every|each) (?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|week|weekend|morning|"
    r"evening)|on (?:sundays?|fridays?|saturdays?)(?: mornings?| evenings?)?|at (?:the )?weekends?|"
    r"from (?:friday )?(?:sunset|sundown)(?: on friday)? (?:to|until) (?:saturday )?(?:sunset|sundown|nightfall))(?!\w)"
    r"|,?\s+(?:which|when|that) (?:i|we) (?:observe|fast|celebrate|keep|mark)(?!\w)",
    regex.IGNORECASE)
_OF_NAME = regex.compile(r"\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’\-]*(?:\s+\p{Lu}[\p{L}'’\-]*){0,3}")
_PLACE_TAIL = regex.compile(r"\s+(?:on|at)\s+(?:St\.?\s+)?\p{Lu}[\p{L}'’\-]*(?:\s+\p{Lu}[\p{L}'’\-]*){0,3}")
_BODY_TAIL = regex.compile(
    r"\s+in (?:my|both|one|the) (?:(?:left|right|lower|upper)\s+)?(?:ears?|eyes?|legs?|arms?|hands?|back|knees?|hips?|"
    r"feet|foot|shoulders?|side|wrists?|spine|neck)(?!\w)"
    r"|\s*\((?:left|right|both) (?:ears?|eyes?|side|hand|leg|arm)\)", regex.IGNORECASE)  # round 6: "(right ear)"
_DIAGNOSED_TAIL = regex.compile(
    r"(?i)\s*[,(–—-]?\s*(?:late-|only )?diagnosed (?:in (?:\d{4}|my \w+)|at (?:\d{1,2}|\w+)|aged \d{1,2}|"
    r"(?:\w+ )?years? ago|as an adult|as a child|last year)\)?")
_NOT_PRACTISING = regex.compile(
    r"(?i),?\s+(?:\(|but |though |although )?(?:not|non-)[ -]?(?:strictly |really |very |currently )?"
    r"(?:practi[sc]ing|observant|religious)\)?(?:[ \t]+(?:mostly|really|these days|now|any more|anymore))?")
_TREATED_TAIL = regex.compile(
    r"(?i),?\s+(?:(?:well[- ])?(?:controlled|managed) (?:with|by|on) (?:medication|tablets|insulin|diet|an inhaler|"
    r"injections|an implant)|for it)(?!\w)")
_COPULA_TAIL = regex.compile(
    r"\s+(?:is|are|was|has always been|has been|remains|means|matters)\s+(?:[\p{L}'’\-]+\s+){0,4}?"
    r"(?:to me|in my life|of my life|for me|of who i am)(?!\w)", regex.IGNORECASE)
_NAME_ORDER_CUE = regex.compile(
    r"(?:family name|surname|last name|given name|name order|\border\b)", regex.IGNORECASE)
_NAME_ORDER_END = regex.compile(r"\s*(?:comes|is written|is said|goes|is)?\s*(?:first|last|before)\b",
                                regex.IGNORECASE)
_LABEL_SKIP = regex.compile(r"(?i)(?:yes|no|n/?a|none|not applicable|prefer not to say|good|fine|very good|excellent|"
                         r"no (?:issues|problems|concerns))\W*$")
# Other people a route or a status may belong to: "I helped families on the Homes for Ukraine scheme".
_OTHERS = _words("families people residents clients customers tenants refugees children others them those "
                 "pupils students users learners households parents adults carers applicants migrants he she they")
_THIRD_PERSON = _words("he she they he's she's they're his her their him them who colleague colleagues manager "
                       "managers leader leaders boss bosses supervisor supervisors "
                       "client clients resident residents family families parents staff women men mothers fathers "
                       "mums dads people customers patients tenants pupils students learners users employees "
                       "workers couples children girls boys adults carers")
_MEMBERSHIP = regex.compile(
    r"(?i:member of|volunteer (?:at|with|for)|belong to|involved (?:with|in)|active in|trustee of)\s+"
    r"(?P<org>(?:the\s+)?\p{Lu}[\p{L}'’\-]*(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?\p{Lu}[\p{L}'’\-]*){1,6})")
_CONGREGATION = regex.compile(
    r"(?i:member of|belong to|part of|volunteer (?:at|with|for)|involved (?:with|in)|active in)\s+"
    r"(?P<org>(?:(?i:the|my|our|a)\s+)?(?:(?i:local)\s+)?(?:\p{Lu}[\p{L}'’.\-]*\s+){0,4}[\p{L}'’\-]+)")
_CARES_FOR = regex.compile(
    r"(?i)\b(?:i|and)\s+(?:also\s+)?(?:am\s+|'m\s+|’m\s+)?(?P<m>(?:care for|look after|caring for|looking after|"
    r"help to look after)\s+my\s+(?:(?:elderly|disabled|older|younger|poorly|sick|terminally ill|"
    r"autistic|two|young)\s+){0,2}(?:mum|mother|dad|father|parents?|nan|gran|grandmother|grandfather|"
    r"grandparents?|husband|wife|partner|son|daughter|children|kids|brother|sister|sibling|aunt|uncle)\b)"
    r"(?!['’]?s?\s+(?:agencies|organisations|colleagues|team|teams|staff|services)\b)")
_WORK_VERBS = _words("work worked working employed manage managed managing support supported supporting led lead "
                     "run ran visit visited placed recruit recruited assess assessed review reviewed volunteer "
                     "volunteered train trained inspect inspected job role post placement experience looked look "
                     "looking cared caring")
_CARE_AGE = regex.compile(
    r"(?i)\s+(?:from|between) (?:the ages? of )?(?:\d{1,2}|\w+) (?:to|and|until|til|till|[-–]) ?(?:\d{1,2}|\w+)"
    r"|\s+(?:until|till|til) i was (?:\d{1,2}|\w+)|\s+from the age of \w+|\s+(?:as a (?:child|teenager|baby)|"
    r"for (?:\d{1,2}|\w+) years)"
    # seventh session: "in foster care from 8 til 18", "in care when i was 11"
    r"|\s+(?:at|aged|til|till|until) (?:the age of )?\d{1,2}\b|\s+when i was (?:\d{1,2}|\w+)")
_CARE_WHERE = regex.compile(
    r"\s+with (?:my|an?) (?:\w+ )?(?:aunt|uncle|nan|nana|gran|grandparents|grandmother|grandfather|grandma|"
    r"grandad|sister|brother|cousin|family|foster family|foster carers?|foster parents?)")
_SKILL_CUES = _words("skills fluent native speak speaks spoken written languages language bilingual conversational "
                     "basic gcse level intermediate advanced beginner read write interpreting translation")
# The language of the home or the family told with the language first (`Matcher._home_language`).
_HOME_LANGUAGE_WORDS = 14
_HOME_LANGUAGE_VERBS = _words("speak speaks spoke spoken talk talks talked use used language tongue")
_HOME_WORDS = _words("home household house table family")
# the people a home language is spoken with (parents and grandparents too, unlike `_ELABORATION_RELATIVES`)
_HOME_PEOPLE = _words("mum mam mom mother dad father parents nan nani nana gran grandmother grandma grandad "
                      "grandfather grandparents family husband wife partner children kids brother sister siblings aunt "
                      "uncle brothers sisters aunts aunties auntie aunty uncles cousin cousins")
_HOME_LANGUAGE_STOP = _words("fluent fluently conversational basic working clients client patients customers residents "
                             "families service visits visit work colleagues interpret interpreting translate "
                             "translating learning learnt learned")
# The language of the home in any order, within its stretch of a clause (`Matcher._family_language`).
_FAMILY_LANGUAGE_VERBS = _HOME_LANGUAGE_VERBS | _words("speaking languages keep switch runs hear hears heard answer "
                                                       "answers reply replies count swear dream pray it's "
                                                       "dialect write writes wrote text texts texted been slip")
_FAMILY_LANGUAGE_STOP = _HOME_LANGUAGE_STOP | _words("visits sessions session class classes lessons taught teach "
                                                     "teaching course gcse degree study studied "
                                                     "leaflet leaflets reports minutes newsletter newsletters posters "
                                                     "signage")
_OWN_LANGUAGE = _words("only own home family")  # "my only language", "our home language"
_FAMILY_LANGUAGE_TAIL = 8  # the stretch reaches at most this many tokens either side of the language
_LEVELS = _words("fluent fluently conversational basic")
_ASIDE_WORDS = 24  # an aside about a language ends within this many tokens
_ASIDE_CUES = _words("grew raised family parents childhood home house household")
_NEW_CLAUSE = _words("but so while although though whereas which who because")
_NEW_SUBJECT = _words("i i'm im we my our also still then")
_ORGANISATION = _words("council councils ltd limited plc llp services service trust nhs hospital school university "
                       "college academy centre center team group company housing homes agency department bank "
                       "store shop foundation association partnership institute authority police role job post "
                       "career retail sector")
# Words that make an immigration route the topic of work, not the candidate's own
_ADVICE = _words("delivered delivering training trained sessions workshops talks advice advised advising guidance "
                 "presented presenting briefings briefed applications casework funding grant grants")
_WORK_NOUNS = _words("management manager sector industry profession field caseload cases case clinic ward unit "
                     "leaflet leaflets")
_OWN_SENTENCE_GROUPS = frozenset({"conditions", "impairments", "aids", "care system", "migration status"})
# Vocabulary too general to stand alone: "my condition of employment", "a placement", "adjustments".
_OWN_SENTENCE_GENERIC = frozenset({"a disability", "disabilities",
    "condition", "illness", "disability", "impairment", "operation", "operations", "surgery", "treatment",
    "adjustments", "some adjustments", "reasonable adjustments", "a reader", "a scribe", "a support worker",
    "extra time", "rest breaks", "a quiet room", "large print", "mental health", "my mental health",
    "medication", "my medication", "counselling", "in care", "looked after", "adopted", "fostered",
    "refugee", "migrant", "immigrant", "a stick", "a brace", "a splint", "a crutch", "prosthetic",
    "a personal assistant", "access to work", "stroke", "a stroke", "anxiety", "depression", "pip"})
_BELONGING = _words("volunteer volunteers volunteered volunteering member members treasurer trustee secretary "
                    "chair attend attended")
# A place of worship as an organisation: "a food bank run by a local church" (the verb, then "by")
_RUN_BY = _words("run hosted owned managed funded organised organized")
_WORKPLACE = _words("office offices branch depot site campus headquarters")
# A visit is not a migration: "I came to England for a conference"
_VISIT = _words("conference holiday holidays visit trip meeting interview course wedding funeral")
# Work around a festival: "I ran sessions during Ramadan for the youth club"
_EVENT_WORK = _words("sessions events workshops activities programme programmes ran organised organized hosted "
                     "delivered training talks assemblies celebrations displays "
                     # round 7: "I drafted the council's policy on religious observance"
                     "policy policies guidance procedure procedures drafted drafting multi-faith multifaith interfaith")
# Where a professional meets a faith community: "I delivered training at the mosque".
_PROFESSIONAL = _words("delivered delivering visited visiting inspected inspecting consulted consulting engaged "
                       "engaging held hosted presented worked working partnered liaised liaising outreach sessions "
                       "workshops events training talks assessments inspection clinic clinics audited auditing "
                       "catered catering")
# "Religion: Muslim", "Religion ........ Muslim", "Religion | Muslim" (a table flattened to text)
_FIELD_SEPARATOR = r"[ \t]*(?::|-|–|\||\.{2,}|…)[ \t.…:|]*"
# A column gap as the separator, before a value that starts as a form's does (capital, digit, yes, no, prefer):
# "Religion  and belief networks" in prose is no field.
_GAP_SEPARATOR = r"(?:[ \t]{2,}|\t)(?=(?-i:\p{Lu})|\d|yes\b|no\b|prefer\b)"
# the cells of a flattened monitoring row: between bars, middle dots and column gaps; then, within a cell, commas
_ROW_CELL = regex.compile(r"[^|·\t]+?(?=[ \t]{3}|[ \t]*[|·\t]|$)")
_COMMA_CELL = regex.compile(r"[^,]+")
# A personal-details cell that is not a monitoring field: with one, a row of two cells is a form's row.
_DETAIL_FIELD = regex.compile(r"(?i)(?:date[ \t]+of[ \t]+birth|d\.?o\.?b\.?|age|mobile|phone|tel(?:ephone)?|e-?mail|"
                              r"address|post[ \t]?code|ni[ \t]+(?:no\.?|number)|"
                              r"national[ \t]+insurance(?:[ \t]+number)?|"
                              r"driving[ \t]+licen[cs]e|linkedin)\b[ \t:.\-–]*\S")
# a line of monitoring answers after its heading, the answers between middle dots or bars
_MONITORING_LINE = regex.compile(r"(?im)^[ \t]*(?:equality[ \t]+|equal[ \t]+opportunities[ \t]+|diversity[ \t]+)?"
                                 r"(?:monitoring|equal[ \t]+opportunities|diversity|equalities|edi)[ \t]*:[ \t]*"
                                 r"(?P<v>[^\n]+)$")
# A passport or document number in a nationality field (not a year: "Graduate visa valid until January 2027")
_ID_NUMBER = regex.compile(r"\d{5,}|\b(?=\w*\d)(?=\w*[^\W\d])\w{6,}\b")
# what follows a label word in a heading or a list of topics, not an answer: "Health and safety", "Gender pay gap"
_NOT_A_VALUE = regex.compile(r"(?i)(?:and|or|of|the|to|for|in|on|at|with|&|pay|gap|policy|policies|team|network|"
                             r"services?|officer|lead|equality|awareness|training|issues?)\b")
# the details a CV lists one a line besides `_DETAIL_FIELD`'s: "Born 14.08.1991, Riga", "Licence Full UK"
_CV_DETAIL = regex.compile(r"(?i)(?:born|licen[cs]e)\b")
# a verb opening what follows a label word: a sentence ("Family is everything to me"), not a field's answer
_PROSE_VALUE = regex.compile(r"(?i)(?:is|are|was|were|has|have|had|matters|can|will|should|must|would)\b")
_YES_NO = regex.compile(r"(?i)(?:yes|no)\b[\s,:;–—\-(]*")
# Ninth session: several questions on one line of a pasted form, each answer ending at the column gap
# ("Are you care experienced?  Yes    Do you consider yourself to have a disability?  Yes – dyslexia").
# Eleventh session: a question may end in a colon ("do you consider yourself to have a disability: yes"), and some
# form lines ask without "you" (`_ASKS_UNSAID`: "Guaranteed interview (Disability Confident): Yes", "Pregnant or on
# maternity leave in the last 26 weeks: Yes").
_ASKS_UNSAID = r"(?:guaranteed[ \t]+interview|pregnan\w*)\b"
_ASKS = regex.compile(rf"(?i)\b(?:you|your|yourself)\b|^{_ASKS_UNSAID}")
_QUESTION = regex.compile(
    r"(?im)(?:^|(?<=[ \t]{3}|\t|[.?][ \t]))[ \t]*(?:q(?:uestion)?\s*\d*[.:)]?\s*)?"
    r"(?P<q>[^\n?]{5,160}\?:?|(?:(?:do|are|have|has|is|were|did|does|would|will)\b[^\n?:]{5,160}"
    rf"|{_ASKS_UNSAID}[^\n?:]{{0,80}}):)[ \t]*"
    r"(?:\n[ \t]*(?:a(?:nswer)?\s*\d*[.:)]\s*)?)?(?P<a>[^\n]{1,200}?)(?=[ \t]{3}|\t|\n|$|(?<=[.])[ \t])")
# A CV's "Born 14.08.1991, Riga": the place after a date of birth, as a place-of-birth field's answer (fifteenth
# session, held-out 41 and 42); any place goes, as a field's does.
_PLACE_WORD = r"(?-i:\p{Lu})[\p{L}'’\-]+"
_BORN_ON_AT = regex.compile(
    r"(?i)\bborn:?[ \t]+(?:on[ \t]+)?(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}"
    r"|\d{1,2}(?:st|nd|rd|th)?[ \t]+\p{L}{3,9}\.?[ \t]+\d{4}"
    r"|\p{L}{3,9}[ \t]+\d{1,2}(?:st|nd|rd|th)?,?[ \t]+\d{4})[ \t]*,[ \t]*"
    rf"(?P<p>{_PLACE_WORD}(?:[ \t]+{_PLACE_WORD}){{0,2}}(?:,[ \t]*{_PLACE_WORD}(?:[ \t]+{_PLACE_WORD}){{0,2}})?)")
# A ticked box on a form and its option, up to the next box or the line's end (fifteenth session).
_TICKED = regex.compile(r"(?m)(?:\[[xX✓✔]\]|[☒☑])[ \t]*(?P<v>[^\[\]\n☐☒☑]{2,100}?)[ \t]*(?=\[|[☐☒☑]|$)")
# A question about citizenship, whose "No" goes as its "Yes" does (a right to work's or a visa's "No" stays).
_CITIZEN = regex.compile(r"(?i)\b(?:citizen|nationality|national)\b")
# what a form question asks about: "Do you consider yourself to have a disability?"
# The monitoring question whose "No" is the disclosure (ONS 2021 gender identity question).
_ASSIGNED_AT_BIRTH = regex.compile(r"(?i)\bsame as (?:the sex\b.*)?\b(?:you were )?(?:assigned|registered) at birth\b")
_QUESTION_TYPES = (
    (regex.compile(r"(?i)\b(?:care leavers?['’]?|care[- ]experienced|looked[- ]after|in care|"
                   r"local authority care|care of (?:a|the) local authority)(?!\w)"),
     "CARE_EXPERIENCE"),
    (regex.compile(r"(?i)\b(?:disab\w*|health condition|medical condition|impairment|adjustments?|"
                   r"long[- ]term condition)\b"),
     "DISABILITY_HEALTH"),
    (regex.compile(r"(?i)\b(?:religio\w*|faith|belief)\b"), "RELIGION"),
    (regex.compile(r"(?i)\b(?:ethnic\w*|race)\b"), "ETHNICITY"),
    (regex.compile(r"(?i)\b(?:nationality|citizen(?:ship)?|right to work|visa|immigration|country of birth|born|"
                   r"originally from|come from)\b"),
     "NATIONALITY"),
    (regex.compile(r"(?i)\b(?:marital|married|civil partnership|dependants?|dependents?|children|pregnan\w*|"
                   r"maternity|caring responsibilit\w*|carer)\b"), "MARITAL_FAMILY"),
    (regex.compile(r"(?i)\b(?:sexual orientation|sexuality)\b"), "SEXUAL_ORIENTATION"),
    (regex.compile(r"(?i)\b(?:gender|sex|pronouns?|trans)\b"), "GENDER"),
)
# After a place of worship, what makes it a venue or a tier of local government rather than a faith.
_VENUE = _words("council councils councillor councillors clerk hall halls car park grounds building buildings "
                "school schools primary nursery playgroup toddler newsletter magazine boundary meeting meetings "
                "room rooms "
                "roof restoration conservation architecture listed organist")
_LIVED = _words("was were been grew grown lived living spent stayed moved went came entered left brought raised am had "
                "i'm im experience")
_MARRIED_TO_WORK = regex.compile(r"(?i)\s+to (?:the|my|his|her) (?:job|work|career|role)\b")
_MAJORITY = frozenset({"english", "british", "western", "uk", "european"})
# the words after "passport" that may say whose it is: "Passport (Vietnamese, ...)", "My passport is Ukrainian"
_PASSPORT_THEN_WORDS = regex.compile(r"(?i)\bpassport\b(?:[ \t]*\(|[ \t]+is[ \t]+|[ \t]*[:\-–][ \t]*|[ \t]{2,}|\t)"
                                     r"(?P<d>[\p{L}][\p{L}\-]*(?:[ \t]+[\p{L}][\p{L}\-]*)?)")


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    type: str


@dataclass(frozen=True)
class _Tok:
    key: str  # casefolded, ’ -> '
    start: int
    end: int
    newline_before: bool


# Round 11: spellings of Scots, Geordie, Northern English and Jamaican English read as the standard word, so
# the frames hear "Ah'm gay", "I wis in a children's unit", "came ower fae Poland", "Mi a Rastafarian". The key
# changes, never the text or its offsets; a word in capitals keeps its key.
_DIALECT = {"ah": "i", "aa": "i", "mi": "i", "ah'm": "i'm", "aa'm": "i'm", "a'm": "i'm", "ahm": "i'm",
            "ah've": "i've", "aa've": "i've", "ah'd": "i'd", "wis": "was", "fae": "from", "frae": "from",
            "ower": "over", "ma": "my", "wi": "with", "tae": "to", "hame": "home", "oot": "out", "nae": "no",
            "dinnae": "don't", "cannae": "can't", "'ad": "had", "n": "and", "im": "i'm", "ive": "i've"}


def _tokens(text: str) -> list[_Tok]:
    out: list[_Tok] = []
    last = 0
    for m in _TOKEN.finditer(text):
        key = m.group().casefold().replace("’", "'")
        if not m.group().isupper():  # "MA Disability Studies" is a degree, not "ma" (my)
            key = _DIALECT.get(key, key)
        out.append(_Tok(key, m.start(), m.end(), "\n" in text[last:m.start()]))
        last = m.end()
    return out


def _key(phrase: str) -> tuple[str, ...]:
    return tuple(t.key for t in _tokens(phrase))


class _Table:
    """Phrases (as token tuples) -> values; finds the longest phrase starting at a token."""

    def __init__(self, items: Mapping[str, object] | Sequence[str]) -> None:
        pairs = items.items() if isinstance(items, Mapping) else ((p, True) for p in items)
        self._map: dict[tuple[str, ...], object] = {}
        lengths: dict[str, set[int]] = {}
        for phrase, value in pairs:
            key = _key(phrase)
            if key:
                self._map.setdefault(key, value)
                lengths.setdefault(key[0], set()).add(len(key))
        # by first word, the phrase lengths to try, longest first
        self._lengths = {w: sorted(n, reverse=True) for w, n in lengths.items()}

    def at(self, toks: Sequence[_Tok], i: int) -> tuple[int, object] | None:
        """(index after the phrase, value) of the longest phrase at toks[i], ignoring a trailing 's."""
        if i >= len(toks):
            return None
        first = toks[i].key
        lengths = self._lengths.get(first, ())
        if first.endswith("'s") and first[:-2] in self._lengths:
            # "my daughter's address", though "daughter's father" is a phrase too
            lengths = sorted({*lengths, *self._lengths[first[:-2]]}, reverse=True)
        for n in lengths:  # longest first; called for most tokens of a text, so nothing is built for a miss
            if i + n > len(toks):
                continue
            words = tuple(t.key for t in toks[i:i + n])
            value = self._map.get(words)
            if value is None and words[-1].endswith("'s"):
                value = self._map.get((*words[:-1], words[-1][:-2]))
            if value is not None:
                return i + n, value
        return None


@dataclass
class _Text:
    text: str
    toks: list[_Tok]
    lower: bool  # an all-lower-case text: place names are not capitalised

    def sentence_start(self, i: int) -> bool:
        """At the start of a sentence, a line, a bullet, or a personal field ("About me: married, one son")."""
        if i == 0 or self.toks[i].newline_before:
            return True
        if self.toks[i - 1].key == ":":
            line = self.text[self.text.rfind("\n", 0, self.toks[i - 1].start) + 1:self.toks[i - 1].start]
            return bool(_PERSONAL_LABEL.fullmatch(line.strip()))
        if self.toks[i - 1].key in "–—":  # a form's answer after "Yes – ", not a dash in a sentence
            return i >= 2 and self.toks[i - 2].key in ("yes", "no")
        return self.toks[i - 1].key in ".!?•-*"

    def clause(self, i: int) -> tuple[int, int]:
        """Token range of the clause around toks[i]: punctuation other than commas, and line breaks, end it."""
        a = i
        while a > 0 and self.toks[a - 1].key not in _BOUNDARY and not self.toks[a].newline_before:
            a -= 1
        b = i
        while b + 1 < len(self.toks) and self.toks[b + 1].key not in _BOUNDARY \
                and not self.toks[b + 1].newline_before:
            b += 1
        return a, b + 1

    def elided(self, i: int) -> bool:
        """A fragment with no person in it, as in a CV's personal section ("Married, two teenagers.",
        "Originally from Chengdu, came to the UK in 2016"): its subject is the candidate."""
        a, _ = self.clause(i)
        people = _FIRST_PERSON | _HOUSEHOLD | _THIRD_PERSON | _OTHERS
        return not any(t.key in people for t in self.toks[a:i])

    def first_person(self, i: int, household: bool = False) -> bool:
        """The clause around toks[i] is the candidate speaking about themselves (or their household)."""
        a, b = self.clause(i)
        owners = _FIRST_PERSON | _HOUSEHOLD if household else _FIRST_PERSON
        if any(t.key in owners for t in self.toks[a:b]):
            return True
        return self.toks[a].key in ("born", "raised", "married", "brought", "grew")

    def span(self, i: int, j: int) -> tuple[int, int]:
        return self.toks[i].start, self.toks[j - 1].end


class Matcher:
    """The frames, compiled once from the vocabulary; `find(text)` is pure."""

    def __init__(self, vocabulary: DisclosureVocabulary, not_places: Sequence[str] = ()) -> None:
        """`not_places`: names that are never a national origin (the allow-list's employers and local places:
        "I moved from Capita", "I'm from Maghull")."""
        v = vocabulary
        self.owners = {kind: _Table(words) for kind, words in v.owners.items()}
        self.fillers = _Table(v.fillers)
        self.heads = _Table(v.heads)
        self.verbs = _Table(v.practice_verbs)
        self.uk = {_key(p) for p in (*v.uk_places, *not_places)}
        # Round 4: a British identity with a heritage, either way round ("British Yemeni", "Ghanaian-British"),
        # for every demonym in the nationality group, as the ONS 2021 write-ins record them: ethnicity.
        demonyms = [w for g in v.groups if g.name == "nationality" for w in g.words if " " not in w]
        compounds = {f"british{sep}{d}" if first else f"{d}{sep}british": "ETHNICITY"
                     for d in demonyms for sep in (" ", "-") for first in (True, False)}
        self.terms = {frame: _Table({**(compounds if frame in ("identity", "sentence_start", "heritage") else {}),
                                     **{w: g.type for g in v.groups if frame in g.frames for w in g.words}})
                      for frame in ("identity", "having", "possessive", "practice", "sentence_start",
                                    "first_person_clause", "subject", "speaker", "passport", "heritage",
                                    "origin", "name_order")}
        national = [w for g in v.groups if g.name in ("nationality", "ethnic group") for w in g.words]
        self.national = _Table(national)
        # whose passport it is: any nationality, the majority's too (were only other nationalities removed, a
        # removal would tell the panel who is not British): "British passport", "Passport (Vietnamese, ...)"
        self.passport_holders = _Table({**{w: "other" for w in national},
                                        **{w: "majority" for w in (*_MAJORITY, "british national (overseas)",
                                                                   "british citizen's")}})
        self.countries = _Table(v.words("origin"))
        self.languages = _Table(v.words("speaker"))
        self.relations = _Table([w for g in v.groups if g.name == "relations" for w in g.words])
        self.migration = _Table([w for g in v.groups if g.name == "migration status" for w in g.words])
        self.places_of_worship = _Table([w for g in v.groups if g.name == "places of worship" for w in g.words])
        # Round 6: a monitoring form flattened to one line ("Age: 47    Gender: male    Ethnicity: White – Greek",
        # "Date of birth: ... | Marital status: Separated"): a field also starts after a wide gap or a bar, and
        # its value ends at the next one.
        # Ninth session: the fields of a form pasted as columns, with no separator but the gap ("Sex         Female"),
        # and fields strung together with middle dots ("Sex: Male · Ethnic group: ... · Disability: Yes").
        # Eleventh session: and fields run together as sentences ("Religion: None (atheist). Ethnicity: White").
        # Thirteenth session (held-out 36): a bilingual label, the Welsh first ("Crefydd / Religion: Catholic").
        self.labels = [(regex.compile(rf"(?im)(?:^|(?<=[ \t]{{3}}|\t|\||·|[.?;][ \t]))[ \t]*(?:[-*•|][ \t]*)?"
                                      rf"(?:[^\W\d_][^\n:/|·]{{0,40}}?[ \t]*[/–—][ \t]*)?(?:{label})"
                                      rf"(?:[ \t]*\([^)\n]*\))?"
                                      rf"(?:{_FIELD_SEPARATOR}|{_GAP_SEPARATOR})"
                                      rf"(?P<v>[^\n|·]*?)(?=[ \t]{{3}}|\t|\||[ \t]*·|\n|$)"), kind, only_terms)
                       for label, kind, only_terms in v.labels]
        # Ninth session: a monitoring form flattened to one row with a space between each label and its answer
        # ("Sex Female | Ethnic group Black British – Caribbean | Religion Seventh-day Adventist"); see `_rows`.
        self.row_labels = [(regex.compile(rf"(?i)(?:[^:\n]{{0,40}}:[ \t]*)?(?:{label})[ \t]+(?=\S)"), kind, only_terms)
                           for label, kind, only_terms in v.labels]
        self.origin_verbs = _Table(_ORIGIN_VERBS)
        self.to_the_uk = _Table(_TO_THE_UK)
        self.british = _Table(("british citizen", "a british citizen", "british national", "a british national",
                                "british passport holder", "a british passport holder", "british citizenship",
                                "british citizens", "british nationals"))
        self.moves = _Table(_MOVE_VERBS)
        self.family = _Table(_FAMILY_OWNERS)
        # Round 8: a named condition, aid, care term or immigration route anywhere in a sentence where the
        # candidate speaks of themselves, with nobody else in it ("I'm well; my ulcerative colitis is quiet").
        self.own_sentence = _Table({w: g.type for g in v.groups if g.name in _OWN_SENTENCE_GROUPS
                                    for w in g.words if w not in _OWN_SENTENCE_GENERIC and len(w) > 3})
        self.label_self = regex.compile(
            r"(?im)(?:^|(?<=[.;]\s))[ \t]*(?P<l>partner|spouse|husband|wife|next of kin|dependants|dependents|children)"
            r"[ \t]*:")

    # ------------------------------------------------------------------ pieces of a noun phrase

    def _filler(self, t: _Text, i: int) -> int | None:
        if i >= len(t.toks):
            return None
        found = self.fillers.at(t.toks, i)
        if found:
            return found[0]
        return i + 1 if _NUMBER.match(t.toks[i].key) else None

    def _skip_fillers(self, t: _Text, i: int, limit: int = 3) -> int:
        for _ in range(limit):
            after = self._filler(t, i)
            if after is None:
                break
            i = after
        return i

    def _term_after(self, t: _Text, i: int, frame: str, limit: int = 3) -> tuple[int, str] | None:
        """The first term within `limit` fillers of toks[i]: "a bad back" is a term, "a" and "bad" fillers."""
        for _ in range(limit + 1):
            found = self._term(t, i, frame)
            if found:
                return found
            after = self._filler(t, i)
            if after is None:
                return None
            i = after
        return None

    def _compound_national(self, t: _Text, i: int) -> bool:
        """"British-Yemeni", "French-Moroccan": every part a nationality or ethnic group."""
        parts = t.toks[i].key.split("-")
        if len(parts) == 2 and parts[1] == "born":  # "Nigerian-born"
            parts = parts[:1] + parts[:1]
        minority = [p for p in parts if p not in _MAJORITY]  # "British-Yemeni"
        return len(parts) > 1 and bool(minority) and all(self.national.at(_tokens(p), 0) for p in minority)

    def _term(self, t: _Text, i: int, frame: str) -> tuple[int, str] | None:
        """A run of terms at toks[i] ("Pakistani Muslim", "Black British"), its head noun and "of ... heritage"."""
        if i >= len(t.toks):
            return None
        found = self.terms[frame].at(t.toks, i)
        if not found and frame in ("identity", "sentence_start") and t.toks[i].key in _MAJORITY:
            found = self.terms[frame].at(t.toks, i + 1)  # "a British Sikh woman": the majority word leads a term
        kind: str
        if found:
            j, value = found
            kind = str(value)
        elif frame in ("identity", "sentence_start") and self._compound_national(t, i):
            j, kind = i + 1, "ETHNICITY"
        elif frame == "having" and _AGE_OF_CHILD.match(t.toks[i].key):
            j, kind = i + 1, "MARITAL_FAMILY"
        else:
            return None
        # a run of terms ends at a line break (fifteenth session: "Marital status: married\nNational Insurance")
        while j < len(t.toks) and not t.toks[j].newline_before and (
                self.terms[frame].at(t.toks, j) or (frame == "identity" and self._compound_national(t, j))):
            more = self.terms[frame].at(t.toks, j)
            j = more[0] if more else j + 1
        head = self._head(t, j)
        if head:
            j = head[0]
        j = self._heritage_tail(t, j)
        if frame in ("identity", "sentence_start") and j < len(t.toks) and t.toks[j].key == "of":
            k = j + 1
            if k < len(t.toks) and _NUMBER.match(t.toks[k].key):  # "a mother of two (teenagers)"
                j = k + 1
                rel = self.relations.at(t.toks, j)
                if rel:
                    j = rel[0]
        return j, kind

    def _head(self, t: _Text, j: int) -> tuple[int, object] | None:
        """A head noun at toks[j] ("Muslim [woman]"), never on the next line ("married\\nNational Insurance")."""
        return None if j < len(t.toks) and t.toks[j].newline_before else self.heads.at(t.toks, j)

    def _heritage_tail(self, t: _Text, j: int) -> int:
        """"... of Jamaican heritage", "... of mixed Irish and Nigerian descent"."""
        if j < len(t.toks) and t.toks[j].key == "of":
            k = j + 1
            while k < len(t.toks) and (t.toks[k].key in ("mixed", "dual", "and", "a", "an")
                                       or self.national.at(t.toks, k) or self._compound_national(t, k)):
                found = self.national.at(t.toks, k)
                k = found[0] if found else k + 1
            if k > j + 1 and k < len(t.toks) and t.toks[k].key in (
                    "heritage", "descent", "origin", "background", "extraction", "parentage", "roots"):
                return k + 1
        return j

    def _place(self, t: _Text, i: int) -> tuple[int, bool] | None:
        """A place name at toks[i]: (end, is in the UK). Capitalised words, a country, or any word in a
        lower-case text; "another country", "abroad" and "overseas" are places too."""
        if i >= len(t.toks):
            return None
        if t.toks[i].key == "the":
            i += 1
            if i >= len(t.toks):
                return None
        if t.toks[i].key in ("abroad", "overseas"):
            return i + 1, False
        if t.toks[i].key == "another" and i + 1 < len(t.toks) and t.toks[i + 1].key == "country":
            return i + 2, False
        country = self.countries.at(t.toks, i)
        if country:
            return country[0], False
        raw = t.text[t.toks[i].start:t.toks[i].end]
        if not (raw[:1].isupper() or (t.lower and raw[:1].isalpha())):
            return None
        j = i + 1
        while not t.lower and j < len(t.toks) and j < i + 3 and t.text[t.toks[j].start:t.toks[j].end][:1].isupper() \
                and t.toks[j].key != "i":
            j += 1
        if j < len(t.toks) and t.toks[j].key.isdigit() and len(t.toks[j].key) <= 2:  # "Liverpool 8"
            j += 1
        key = tuple(x.key for x in t.toks[i:j])
        uk = key in self.uk or key[:1] in self.uk
        if t.lower and not uk and not (j + 1 < len(t.toks) and t.toks[j].key == "in"
                                       and self.countries.at(t.toks, j + 1 + (t.toks[j + 1].key == "the"))):
            return None  # "i came from work": in lower case, only a country or a place in one
        return j, uk

    def _place_chain(self, t: _Text, i: int) -> tuple[int, bool] | None:
        """"alexandria in egypt", "Gweedore in the Donegal Gaeltacht": (end, every place is in the UK)."""
        first = self._place(t, i)
        if not first:
            return None
        j, uk = first
        while j + 1 < len(t.toks) and t.toks[j].key in ("in", ",") :
            k = j + 1 + (1 if t.toks[j].key == "," and j + 2 < len(t.toks) and t.toks[j + 1].key == "in" else 0)
            more = self._place(t, k)
            region = more and not uk and not more[1] and (more[0] >= len(t.toks) or t.toks[more[0]].key in (
                ",", "and", ".", ";", "—", "–", ")"))  # "Jalandhar, Punjab", "Tuam, County Galway"
            if not more or (t.toks[j].key == "," and not self.countries.at(t.toks, k) and not region):
                break
            j, uk = more[0], uk and more[1]
        return j, uk

    def _follows(self, t: _Text, j: int, allowed: frozenset[str] | None) -> bool:
        if j >= len(t.toks) or t.toks[j].key in _BOUNDARY or t.toks[j].key in ",/&-":
            return True
        if t.toks[j].newline_before:
            return True
        if allowed is None:
            return t.toks[j].key not in _NOT_AFTER
        return t.toks[j].key in allowed

    # ------------------------------------------------------------------ frames

    def _list(self, t: _Text, j: int, hits: list[tuple[int, int, str]]) -> None:
        """After a disclosure, a list of more: "I am Orthodox Christian, married, with two daughters"."""
        skips = 0
        while j < len(t.toks) and t.toks[j].key in (",", "and", "&", "/", "(", "with", "from", "originally", "who") \
                and not t.toks[j].newline_before:
            k = j if t.toks[j].key in ("from", "originally") else j + 1
            item = k
            while k < len(t.toks) and t.toks[k].key in ("and", "with", "have", "has", "also", "(", "wear", "use",
                                                        "take", "need", "rely", "on", "is", "am", "wears", "uses"):
                k += 1
            origin = self.origin_verbs.at(t.toks, k)
            if origin and origin[0] < len(t.toks) and t.toks[origin[0]].key == "in":
                chain = self._place_chain(t, origin[0] + 1)
                if chain and not chain[1]:
                    hits.append((k, chain[0], "NATIONALITY"))
                    j = chain[0]
                    continue
            place = self._list_place(t, k)
            if place:  # "I am Roma, from Slovakia", "Greek, from Thessaloniki"
                hits.append((k, place, "NATIONALITY"))
                j = self._bracketed_place(t, place, hits)
                continue
            british = self.british.at(t.toks, k)
            if british and self._follows(t, british[0], None):  # "Nigerian-born, British citizen"
                hits.append((k, british[0], "NATIONALITY"))
                j = british[0]
                continue
            found = None
            for frame in ("identity", "having"):
                found = self._term_after(t, k, frame)
                if found:
                    break
            if found and self._follows(t, found[0], None):
                hits.append((item, found[0], found[1]))  # "and wear an insulin pump": the verb goes too
                j = found[0]
                while j < len(t.toks) and t.toks[j].key == ")":
                    j += 1
                continue
            # a short item that is not a term ("I'm 22, Black British"): look past it, once
            end = k
            while end < len(t.toks) and end < k + 4 and t.toks[end].key not in _BOUNDARY | {","} \
                    and t.toks[end].key not in _FIRST_PERSON | _HOUSEHOLD | {"he", "she", "they", "it"}:
                end += 1
            if skips or end == k or end >= len(t.toks) or t.toks[end].key != ",":
                return
            skips += 1
            j = end

    def _list_place(self, t: _Text, k: int) -> int | None:
        """The end of "(originally) from <a place outside the UK>" at toks[k], as an item of a list."""
        if k < len(t.toks) and t.toks[k].key == "originally":
            k += 1
        if k + 1 >= len(t.toks) or t.toks[k].key != "from":
            return None
        chain = self._place_chain(t, k + 1)
        if chain and not chain[1]:
            return chain[0]
        word = t.toks[k + 1]
        if t.lower and word.key.isalpha() and (word.key,) not in self.uk:
            return k + 2  # "my family is pakistani from mirpur": after an origin, any place is one
        return None

    def _bracketed_place(self, t: _Text, j: int, hits: list[tuple[int, int, str]]) -> int:
        """"I'm Portuguese (Algarve)", "from Slovakia (Michalovce)": a place in the brackets that follow."""
        if j + 2 < len(t.toks) and t.toks[j].key == "(":
            inner = self._place_chain(t, j + 1)
            closed = inner and inner[0] < len(t.toks) and t.toks[inner[0]].key == ")"
            if inner and closed and not inner[1] and not self.languages.at(t.toks, j + 1):
                hits.append((j, inner[0] + 1, "NATIONALITY"))
                return inner[0] + 1
        return j

    def _identity(self, t: _Text, hits: list[tuple[int, int, str]]) -> None:
        for i in range(len(t.toks)):
            owner = self.owners["identity"].at(t.toks, i)
            implicit = t.sentence_start(i) and not owner
            if owner:
                found = self._term_after(t, owner[0], "identity")
                allowed: frozenset[str] | None = _FOLLOW_IDENTITY
            elif implicit:
                found = self._term_after(t, i, "sentence_start", 2)
                allowed = frozenset({"with", "and", "since", "from", "to", "by", "who"})
                a, b = t.clause(i)
                near = t.toks[max(0, a - 3):min(len(t.toks), b + 4)]
                if found and self.languages.at(t.toks, i) and (
                        any(x.key in _SKILL_CUES for x in near)
                        or sum(bool(self.languages.at(t.toks, k)) for k in range(a, b)) >= 2):
                    continue  # "Polish (native), English (fluent)", "Polish, Russian and English": skills
            else:
                continue
            if found:
                tail = self._tails(t, found[0], found[1])
                found = (tail, found[1]) if tail > found[0] else found  # "Hard of hearing in one ear"
            if found and self._follows(t, found[0], allowed):
                j = self._tails(t, found[0], found[1])
                if found[1] in ("NATIONALITY", "ETHNICITY"):
                    j = self._bracketed_place(t, j, hits)
                start = owner[0] if owner else i
                if owner and t.toks[i].key in _UPBRINGING:
                    start = i  # "raised Catholic", "brought up Hindu": the verb discloses too
                hits.append((start, j, found[1]))
                if owner and t.toks[owner[0] - 1].key == "in" and j + 1 < len(t.toks) and t.toks[j].key == "in":
                    chain = self._place_chain(t, j + 1)  # "growing up in a Catholic family in West Cork"
                    if chain and not chain[1]:
                        hits.append((j, chain[0], "NATIONALITY"))
                self._list(t, j, hits)
                self._parenthesis(t, j, hits)
            elif implicit and (self._diagnosed(t, i) or self._condition_told(t, i)):
                hits.append((i, self.terms["having"].at(t.toks, i)[0], "DISABILITY_HEALTH"))  # type: ignore[index]
            elif implicit and _AGE.match(t.toks[i].key) and i + 1 < len(t.toks) and t.toks[i + 1].key == ",":
                self._list(t, i + 1, hits)  # "About me: 34, married, one son, Catholic."
            elif owner and t.toks[i].key in ("i'm", "im", "i"):
                # "I'm 22, Black British", "I am in my mid-fifties, a grandfather": a list after an age
                k = owner[0]
                while k < len(t.toks) and k < owner[0] + 4 and t.toks[k].key not in _BOUNDARY | {",", "and"}:
                    k += 1
                age = any(_NUMBER.match(x.key) or x.key in ("my", "twenties", "thirties", "forties", "fifties",
                                                             "sixties", "seventies")
                          for x in t.toks[owner[0]:k])
                if age and k < len(t.toks) and t.toks[k].key in (",", "and"):
                    self._list(t, k, hits)

    def _diagnosed(self, t: _Text, i: int) -> bool:
        """A condition opening a fragment and then "diagnosed": "ADHD – diagnosed at 22"."""
        found = self.terms["having"].at(t.toks, i)
        if not found or found[1] != "DISABILITY_HEALTH":
            return False
        k = found[0]
        while k < len(t.toks) and k < found[0] + 2 and t.toks[k].key in ("–", "—", "-", ",", "(", "late", "was"):
            k += 1
        return k < len(t.toks) and t.toks[k].key in ("diagnosed", "late-diagnosed")

    def _condition_told(self, t: _Text, i: int) -> bool:
        """A condition opening a sentence and doing something to the writer: "OCD used to run my life",
        "Fibromyalgia flares can knock me sideways", "Sickle cell crises put me in hospital twice"."""
        found = self.terms["having"].at(t.toks, i)
        if not found or found[1] != "DISABILITY_HEALTH":
            return False
        k = found[0]
        if k < len(t.toks) and t.toks[k].key in _EPISODES:
            k += 1
        if k >= len(t.toks) or t.toks[k].key not in _CONDITION_VERBS:
            return False
        _, end = t.clause(k)
        toks = t.toks[k:end]
        return any(x.key in ("me", "myself") or (x.key == "my" and n + 1 < len(toks) and toks[n + 1].key in _MY_LIFE)
                   for n, x in enumerate(toks))

    def _tails(self, t: _Text, j: int, kind: str) -> int:
        """Extend a health disclosure by where and why: "partially deaf in my left ear",
        "a wheelchair following a spinal injury"."""
        if kind == "RELIGION" and j < len(t.toks):
            lapsed = _NOT_PRACTISING.match(t.text, t.toks[j - 1].end)
            return self._index_at(t, lapsed.end()) if lapsed else j
        if kind != "DISABILITY_HEALTH" or j >= len(t.toks):
            return j
        pos = t.toks[j - 1].end
        diagnosed = _DIAGNOSED_TAIL.match(t.text, pos)
        if diagnosed:
            return self._index_at(t, diagnosed.end())
        body = _BODY_TAIL.match(t.text, pos)
        if body:
            return self._index_at(t, body.end())
        treated = _TREATED_TAIL.match(t.text, pos)
        if treated:  # "epilepsy, controlled with medication", "anxiety and take medication for it"
            return self._index_at(t, treated.end())
        if t.toks[j].key in ("following", "after", "due", "because", "since", "from", "caused", "for"):
            k = j + 1
            while k < len(t.toks) and t.toks[k].key in ("to", "of", "by", "a", "an", "my", "the"):
                k += 1
            cause = self._term_after(t, k, "having")
            if cause and cause[1] == "DISABILITY_HEALTH":
                return cause[0]
        return j

    @staticmethod
    def _index_at(t: _Text, offset: int) -> int:
        for n, tok in enumerate(t.toks):
            if tok.end >= offset:
                return n + 1
        return len(t.toks)

    def _having(self, t: _Text, hits: list[tuple[int, int, str]]) -> None:
        for i in range(len(t.toks)):
            owner = self.owners["having"].at(t.toks, i)
            if not owner and t.toks[i].key == "have" and i > 0 and t.toks[i - 1].key != "i" \
                    and self._subject(t, i) in ("i", "me", "we"):
                owner = (i + 1, True)  # "Me and the wife have four grandkids", "I married young and have four"
            if not owner:
                continue
            found = self._term_after(t, owner[0], "having")
            if found and found[1] == "MARITAL_FAMILY" and t.toks[found[0] - 1].key.endswith("'s"):
                continue  # "I have children's workforce experience": a modifier, not a relation
            if found and self._follows(t, found[0], None) and (t.toks[i].key in _FIRST_PERSON or self._own(t, i)):
                j = self._tails(t, found[0], found[1])  # not "My colleague was diagnosed with MS"
                hits.append((i, j, found[1]))
                self._list(t, j, hits)
                self._parenthesis(t, j, hits)

    def _parenthesis(self, t: _Text, j: int, hits: list[tuple[int, int, str]]) -> None:
        """"I have a bad back sometimes (a slipped disc in 2019)": a term in the next brackets goes too."""
        k = j
        while k < len(t.toks) and k < j + 3 and t.toks[k].key != "(" and t.toks[k].key not in _BOUNDARY:
            k += 1
        if k < len(t.toks) and t.toks[k].key == "(":
            found = self._term_after(t, k + 1, "having")
            if found and self._follows(t, found[0], None):  # not "(a children's home ...)"
                hits.append((k + 1, found[0], found[1]))

    def _possessive(self, t: _Text, hits: list[tuple[int, int, str]]) -> None:
        for i, tok in enumerate(t.toks):
            if tok.key not in ("my", "our"):
                continue
            k = i + 1
            for _ in range(2):  # "my English husband", "my local Methodist church"
                mod = self.national.at(t.toks, k) or self.terms["identity"].at(t.toks, k) \
                    or (k < len(t.toks) and t.toks[k].key == "local" and (k + 1, True)) or None
                if not mod or self.terms["possessive"].at(t.toks, k):
                    break
                k = mod[0]
            found = self._term_after(t, k, "possessive", 2)
            if not found or (tok.key == "our" and found[1] not in ("MARITAL_FAMILY", "RELIGION")):
                continue
            j, kind = found
            start = i
            if kind == "MARITAL_FAMILY" and i > 0 and t.toks[i - 1].key in (
                    "marrying", "married", "marry", "divorcing", "divorced", "wed", "widowed"):
                start = i - 1  # "marrying my husband"
            elif i > 0 and t.toks[i - 1].key in _WHEN and t.toks[j - 1].key in _EVENTS:
                start = i - 1  # "after my marriage", "during my chemotherapy": when, as part of the event
            if not self._follows(t, j, None):
                continue
            rel = self.relations.at(t.toks, j) if t.toks[j - 1].key.endswith("'s") else None
            if rel:  # "my son's father"
                j = rel[0]
            while j + 1 < len(t.toks) and t.toks[j].key in ("and", "&"):  # "my wife and three children"
                k = j + 1
                if k < len(t.toks) and t.toks[k].key in ("my", "our"):
                    k += 1
                more = self._term_after(t, k, "possessive")
                if not more or more[1] != kind:
                    break
                j = more[0]
            copula = _COPULA_TAIL.match(t.text, t.toks[j - 1].end)
            if copula:  # "My faith is important to me"
                j = self._index_at(t, copula.end())
            hits.append((start, self._tails(t, j, kind), kind))

    def _practice(self, t: _Text, hits: list[tuple[int, int, str]]) -> None:
        """"I attend Mass", "we go to the Polish Mass at St Winefride's", "and wear a turban for gurdwara"."""
        for i, tok in enumerate(t.toks):
            subject = self.owners["subject"].at(t.toks, i)
            if subject:
                v = subject[0]
            elif tok.key == "and" and t.first_person(i, household=True):
                v = i + 1
            else:
                continue
            while v < len(t.toks) and t.toks[v].key in ("also", "still", "usually", "regularly", "often", "can",
                                                        "normally", "sometimes", "would", "need", "to", "have",
                                                        "like", "love", "try", "tend", "only", "just", "rarely",
                                                        "occasionally", "mostly", "mainly", "always", "'ve", "had"):
                v += 1
            verb = self.verbs.at(t.toks, v)
            if verb:
                k = verb[0]
                if k < len(t.toks) and t.toks[k].key in ("to", "at", "in", "for", "during", "with", "on"):
                    k += 1
                if k < len(t.toks) and t.toks[k].key in _DETERMINERS:
                    k += 1
                for _ in range(4):  # "a Chinese Christian church", "the Fo Guang Shan temple"
                    mod = self.national.at(t.toks, k) or self.terms["identity"].at(t.toks, k) or (
                        (k + 1, True) if k < len(t.toks) and t.text[t.toks[k].start].isupper() else None)
                    if not mod or self.terms["practice"].at(t.toks, k):
                        break
                    k = mod[0]
                found = self._term(t, k, "practice") or self._term(t, k + 1, "practice")
                if found:
                    hits.append((v, self._worship_tails(t, found[0]), found[1]))
                    continue
            found = self._term(t, v, "subject")  # verbs that are terms themselves: "I pray", "I lip-read"
            if found:
                hits.append((v, self._worship_tails(t, found[0], found[1] == "RELIGION"), found[1]))

    def _worship_tails(self, t: _Text, j: int, worship: bool = True) -> int:
        """When and where a practice happens: "every Sunday", "at St Winefride's", "for gurdwara"."""
        for _ in range(2):
            if j >= len(t.toks):
                break
            pos = t.toks[j - 1].end
            tail = _TIME_TAIL.match(t.text, pos)
            if tail is None and worship and not t.lower:
                tail = _PLACE_TAIL.match(t.text, pos)
            if tail is not None:
                j = self._index_at(t, tail.end())
                continue
            name = _OF_NAME.match(t.text, pos) if worship else None
            if name:  # "the Redeemed Christian Church of God"
                j = self._index_at(t, name.end())
                continue
            if worship and t.toks[j].key in ("for", "at"):
                k = j + 1 + (j + 1 < len(t.toks) and t.toks[j + 1].key in _DETERMINERS)
                place = self.places_of_worship.at(t.toks, k)
                if place:
                    j = place[0]
                    continue
            break
        return j

    def _clause_terms(self, t: _Text, hits: list[tuple[int, int, str]]) -> None:
        """"the mosque on Granby Street", "Ramadan", "divorced" in a clause where the candidate speaks of
        themselves. A place of worship needs a determiner and lower case ("St Mary's Church" is a name); an
        adjective must stand alone ("divorced", not "divorced parents")."""
        for i in range(len(t.toks)):
            found = self.terms["first_person_clause"].at(t.toks, i)
            if not found:
                continue
            raw = t.text[t.toks[i].start:t.toks[i].end]
            start, j = i, found[0]
            if self.places_of_worship.at(t.toks, i):
                if raw[:1].isupper() and not t.sentence_start(i):
                    continue
                # "at church", "after chapel", "Sunday mornings are church for me": a bare church or chapel is the
                # candidate's own (twelfth session)
                bare = i > 0 and t.toks[i - 1].key in _BARE_WORSHIP and t.toks[i].key in ("church", "chapel")
                if i == 0 or (t.toks[i - 1].key not in _DETERMINERS and not bare):
                    continue
                a, _ = t.clause(i)
                run_by = any(t.toks[k].key in _RUN_BY and t.toks[k + 1].key == "by" for k in range(a, i - 1)) \
                    or (i > 1 and t.toks[i - 2].key == "for"  # "I did security for a mosque", not "I volunteer for"
                        and not any(t.toks[k].key in _BELONGING for k in range(a, i)))
                if run_by or any(t.toks[k].key in _PROFESSIONAL for k in range(a, i)) or raw.endswith(("'s", "’s")) or (
                        j < len(t.toks) and t.toks[j].key in _VENUE):
                    continue  # "I delivered training at the mosque", "the parish council", "the church hall"
                start = i - 1
            elif (self.terms["identity"].at(t.toks, i) and i > 0 and t.toks[i - 1].key in _DETERMINERS) \
                    or not self._follows(t, self._past_coordination(t, j), _FOLLOW_IDENTITY):
                continue  # "divorced parents", "Ramadan awareness training", "Eid and Diwali events"
            a, _ = t.clause(i)
            if found[1] == "RELIGION" and any(t.toks[k].key in _EVENT_WORK for k in range(a, i)):
                continue  # "I ran sessions during Ramadan", "I organised Eid events"
            place = start < i  # a place is where the candidate goes; a status or a festival must be theirs
            # a CV fragment's subject is the candidate: "Coming up to sixty, divorced, three grown-up children"
            fragment = found[1] == "MARITAL_FAMILY" and t.elided(i)
            if not fragment and (not t.first_person(i, household=True) or (not place and not self._own(t, i))):
                continue
            if found[1] == "CARE_EXPERIENCE" and (self._at_work(t, i) or not self._lived(t, i)):
                continue  # "I have worked in a children's home", "I liaise with foster carers"
            if found[1] == "CARE_EXPERIENCE":
                start = self._care_start(t, i)
            elif found[1] == "RELIGION" and not place and i > 0 and t.toks[i - 1].key in _WHEN:
                start = i - 1  # "during Ramadan I fast"
            head = self._head(t, j)
            j = head[0] if head else j
            if found[1] == "CARE_EXPERIENCE":
                where = _CARE_WHERE.match(t.text, t.toks[j - 1].end)  # "in kinship care with my aunt"
                j = self._index_at(t, where.end()) if where else j
                age = _CARE_AGE.match(t.text, t.toks[j - 1].end)
                j = self._index_at(t, age.end()) if age else j
            end = self._worship_tails(t, j, found[1] == "RELIGION")
            hits.append((start, end, str(found[1])))
            if found[1] == "MARITAL_FAMILY":
                self._list(t, end, hits)

    def _care_start(self, t: _Text, i: int) -> int:
        """"I lived in a children's home", "my nan had a Special Guardianship Order for me": the verb of living
        or the relative who took the candidate in discloses too."""
        a, _ = t.clause(i)
        for k in range(max(a, i - 6), i):
            fam = self.family.at(t.toks, k)
            if fam and t.toks[k].key != "we" and not any(x.key == "," for x in t.toks[k:i]):
                return k
        k = i
        while k > a and k > i - 5 and t.toks[k - 1].key in _LIVED | {"up", "spent", "years", "my", "teenage",
                                                                     "childhood", "in", "and", "out", "of"}:
            k -= 1
        return k if t.toks[k].key not in ("was", "were", "am", "i'm", "im", "been", "experience") else k + 1

    def _past_coordination(self, t: _Text, j: int) -> int:
        """The end of "Eid and Diwali", "Eid, Diwali or Vaisakhi", so that what follows the list decides."""
        while j + 1 < len(t.toks) and t.toks[j].key in ("and", "or", ",", "&"):
            more = self.terms["first_person_clause"].at(t.toks, j + 1)
            if not more:
                break
            j = more[0]
        return j

    @staticmethod
    def _lived(t: _Text, i: int) -> bool:
        """Between the candidate and the term, a verb of living through it: "I was", "I grew up", "I spent";
        across a dash too ("I was brought up in Huyton — under a special guardianship order")."""
        a, _ = t.clause(i)
        while a > 1 and t.toks[a - 1].key in ("—", "–") and not t.toks[a - 1].newline_before:
            a, _ = t.clause(a - 2)
        return any(t.toks[k].key in _LIVED for k in range(a, i + 1))

    @staticmethod
    def _at_work(t: _Text, i: int) -> bool:
        """The clause is about a job or other people: "I have worked in a children's home"; not "I was looked
        after by the local authority"."""
        a, _ = t.clause(i)
        return any((t.toks[k].key in _WORK_VERBS and not (k > a and t.toks[k - 1].key in ("was", "were", "been")))
                   or t.toks[k].key in _OTHERS for k in range(a, i))

    @staticmethod
    def _subject(t: _Text, i: int) -> str | None:
        """The nearest person before toks[i] in its clause ("i", "we", "she", "residents"...)."""
        a, _ = t.clause(i)
        people = _FIRST_PERSON | _HOUSEHOLD | _THIRD_PERSON
        return next((t.toks[k].key for k in range(i - 1, a - 1, -1) if t.toks[k].key in people), None)

    @staticmethod
    def _own(t: _Text, i: int) -> bool:
        """The nearest person before toks[i] in its clause is the candidate: not "while she was on
        maternity leave"."""
        a, _ = t.clause(i)
        for k in range(i - 1, a - 1, -1):
            key = t.toks[k].key
            if key in _FIRST_PERSON or key in _HOUSEHOLD:
                return True
            if key in _THIRD_PERSON:
                return False
        return True

    def _own_sentence(self, t: _Text, hits: list[tuple[int, int, str]]) -> None:
        """A condition, aid, care term or route in a first-person clause that names no one else and no work."""
        i = 0
        while i < len(t.toks):
            found = self.own_sentence.at(t.toks, i)
            if not found:
                i += 1
                continue
            j = found[0]
            a, b = t.clause(i)
            words = {t.toks[k].key for k in range(a, b)}
            if words & _FIRST_PERSON and not words & (_THIRD_PERSON | _OTHERS | _WORK_VERBS | _PROFESSIONAL
                                                      | _ADVICE | _ORGANISATION | _WORK_NOUNS):
                hits.append((i, j, str(found[1])))
            i = j

    def _membership(self, t: _Text, hits: list[tuple[int, int, str]]) -> None:
        """"I am a member of the Filipino Nurses Association UK": an organisation named after a nationality,
        an ethnic group or a faith that the candidate belongs to (not "the British Psychological Society");
        "a member of St Anne's parish": a congregation."""
        for m in _CONGREGATION.finditer(t.text):
            i = self._index_at(t, m.start("org")) - 1
            j = self._index_at(t, m.end("org"))
            place = next((k for k in range(j - 1, i, -1) if self.places_of_worship.at(t.toks, k)), None)
            if (t.first_person(i) or t.elided(i)) and place is not None:
                hits.append((i, self._worship_tails(t, place + 1), "RELIGION"))
        for m in _MEMBERSHIP.finditer(t.text):
            i = self._index_at(t, m.start("org")) - 1
            if not t.first_person(i):
                continue
            j = self._index_at(t, m.end("org"))
            for k in range(i, j):
                found = self.national.at(t.toks, k) or self.terms["identity"].at(t.toks, k)
                if found and t.toks[k].key not in _MAJORITY:
                    hits.append((i, j, "ETHNICITY" if self.national.at(t.toks, k) else str(found[1])))
                    break

    def _status(self, t: _Text, hits: list[tuple[int, int, str]]) -> None:
        """"I am now on the Graduate visa", "I came to the UK under the Homes for Ukraine scheme": an
        immigration route the candidate is on, not one they help others with."""
        for i in range(1, len(t.toks)):
            found = self.migration.at(t.toks, i)
            if not found:
                continue
            k = i - 1
            if t.toks[k].key in ("the", "a", "an", "my"):
                k -= 1
            if k < 0 or t.toks[k].key not in ("on", "under", "through", "via", "with", "using", "holding", "have",
                                              "got", "hold"):
                continue
            a, _ = t.clause(i)
            subject = next((n for n in range(k - 1, a - 1, -1) if t.toks[n].key in ("i", "i'm", "im", "we")), None)
            if subject is None and t.elided(i):  # "Originally from Chengdu, ..., now on a Skilled Worker visa"
                subject = a - 1
            if subject is None or any(t.toks[n].key in _OTHERS | _ADVICE for n in range(subject + 1, k)):
                continue  # "I helped families on ...", "I delivered training on the EU Settlement Scheme"
            lo = subject + 1 if subject >= a else k - 4  # without a subject, only a move just before the route
            start = next((n for n in range(max(lo, a), k) if self.moves.at(t.toks, n)), k + 1)
            hits.append((start, found[0], "NATIONALITY"))

    def _origin(self, t: _Text, hits: list[tuple[int, int, str]]) -> None:
        """Where the candidate or their family comes from; a place in the UK is not a national origin."""
        moves, family = self.moves, self.family
        for i in range(len(t.toks)):
            origin = self.origin_verbs.at(t.toks, i)
            if origin and ((t.first_person(i) and self._own(t, i)) or t.sentence_start(i)) and origin[0] < len(t.toks) \
                    and t.toks[origin[0]].key == "in":
                chain = self._place_chain(t, origin[0] + 1)
                if chain:
                    j, uk = chain
                    if not uk:
                        hits.append((i, j, "NATIONALITY"))
                    self._parents_tail(t, j, hits)
                continue
            if t.toks[i].key == "from" and i > 0:
                self._from(t, i, moves, family, hits)
            self._left_country(t, i, hits)
            fam = family.at(t.toks, i)
            if fam and fam[0] + 1 < len(t.toks) and t.toks[fam[0]].key in ("is", "are", "was", "were"):
                k = fam[0] + 1 + (t.toks[fam[0] + 1].key in ("both", "originally", "all"))
                nat = self.national.at(t.toks, k)
                if nat and t.toks[k].key not in _MAJORITY:  # "my parents are Nigerian"
                    hits.append((i, self._other_parent(t, nat[0]), "ETHNICITY"))
                    self._list(t, nat[0], hits)  # "My family is Igbo, from Enugu"
            mover = fam or (self.owners["subject"].at(t.toks, i) if t.toks[i].key in ("i", "we") else None)
            if mover:
                self._arrival(t, i, mover[0], bool(fam), moves, hits)
                self._family_abroad(t, i, fam, hits)

    def _left_country(self, t: _Text, i: int, hits: list[tuple[int, int, str]]) -> None:
        """"I left Afghanistan in 2021", "I fled Eritrea", "I lived in Portugal until I was 19": a country the
        candidate left is one they come from (a country lived in for a while is not, unless until they left)."""
        key = t.toks[i].key
        if key not in ("left", "fled", "escaped", "lived") or not (t.first_person(i) and self._own(t, i)):
            return
        k = i + 1 + (key == "lived" and i + 1 < len(t.toks) and t.toks[i + 1].key == "in")
        k += k < len(t.toks) and t.toks[k].key == "the"
        country = self.countries.at(t.toks, k)
        if not country or (key == "lived" and (k == i + 1 or country[0] >= len(t.toks)
                                               or t.toks[country[0]].key not in ("until", "till", "before"))):
            return
        hits.append((i, country[0], "NATIONALITY"))

    def _migration(self, t: _Text, hits: list[tuple[int, int, str]]) -> None:
        """"I came to the UK in 2016", "my parents moved to England from Jalandhar", "came to the UK on a
        student visa": a move to the UK by the candidate or their family (not "families who came to the UK")."""
        for i in range(len(t.toks)):
            move = self.moves.at(t.toks, i)
            if not move or move[0] + 1 >= len(t.toks) or t.toks[move[0]].key not in ("to", "in", "into"):
                continue
            uk = self.to_the_uk.at(t.toks, move[0] + 1)
            if not uk:
                continue
            a, _ = t.clause(i)
            start = i
            for k in range(max(a, i - 4), i):
                fam = self.family.at(t.toks, k)
                if fam and fam[0] == i and t.toks[k].key != "we":
                    start = k  # "my parents came to England": the relation discloses too
            if not ((t.first_person(i, household=True) and self._own(t, i)) or t.elided(i)) \
                    or not self._follows(t, uk[0], None) or self._from_the_uk(t, uk[0]) \
                    or any(x.key in _VISIT for x in t.toks[uk[0]:uk[0] + 4]):
                continue  # "I came to the UK office", "I moved to England from Scotland", "... for a conference"
            when = _IN_YEAR.match(t.text, t.toks[uk[0] - 1].end)  # "came to the UK in 2016 as a dependant"
            j = self._index_at(t, when.end()) if when and when.end() > t.toks[uk[0] - 1].end else uk[0]
            end = self._migration_tail(t, j)  # the year and purpose only on the way to where from or how
            hits.append((start, end if end > j else self._migration_tail(t, uk[0]), "NATIONALITY"))
        for i in range(len(t.toks)):  # "I was born in Lagos and came to Birkenhead when I was nine"
            move = self.moves.at(t.toks, i)
            if not move or move[0] + 1 >= len(t.toks) or t.toks[move[0]].key not in ("to", "in"):
                continue
            origin = any(k < i and kind == "NATIONALITY" and k >= self._sentence_start(t, i) for k, _, kind in hits)
            place = self._place(t, move[0] + 1)
            if not place or not t.first_person(i) or (t.toks[move[0]].key == "in" and t.toks[i].key != "arrived"):
                continue
            # Round 6: a year may come before where from or how ("came to Manchester in 2009 from Opole"); a UK
            # town with where from or by what route is a move to the UK even without an origin before it. The
            # year or purpose alone is not enough: most sets leave "came to Liverpool in 2018 to study" unmarked.
            when = _IN_YEAR.match(t.text, t.toks[place[0] - 1].end)
            j = self._index_at(t, when.end()) if when else place[0]
            end = self._migration_tail(t, j)
            abroad = j < len(t.toks) and t.toks[j].key == "from" and end > j  # "came to Manchester from Opole"
            routed = j < len(t.toks) and t.toks[j].key in ("on", "as", "under", "through", "via") and end > j
            if (origin and end > j) or abroad or routed:  # "... when I was nine", "on a Chevening scholarship"
                hits.append((i, end, "NATIONALITY"))
        for m in _RESIDENT_SINCE.finditer(t.text):
            i = self._index_at(t, m.start()) - 1
            fragment = i == 0 or t.toks[i - 1].key in (",", "and") or t.sentence_start(i)
            if (m.group("verb") or fragment) and ((t.first_person(i) and self._own(t, i)) or t.elided(i)):
                hits.append((i, self._index_at(t, m.end()), "NATIONALITY"))
        for m in _NATURALISED.finditer(t.text):
            i = self._index_at(t, m.start()) - 1
            if (t.first_person(i) and self._own(t, i)) or t.elided(i):
                hits.append((i, self._index_at(t, m.end()), "NATIONALITY"))

    def _from_the_uk(self, t: _Text, j: int) -> bool:
        if j < len(t.toks) and t.toks[j].key == "from":
            chain = self._place_chain(t, j + 1)
            return bool(chain and chain[1])
        return False

    @staticmethod
    def _sentence_start(t: _Text, i: int) -> int:
        while i > 0 and t.toks[i - 1].key not in ".!?;" and not t.toks[i].newline_before:
            i -= 1
        return i

    def _migration_tail(self, t: _Text, j: int) -> int:
        """Where from and how: "... from Eritrea", "... as an unaccompanied asylum-seeking child", "... on a
        student visa", "... through the Vulnerable Persons Resettlement Scheme"."""
        for _ in range(4):
            if j >= len(t.toks):
                break
            key = t.toks[j].key
            route = _ROUTE.match(t.text, t.toks[j - 1].end)
            if route:  # "as a dependant on my husband's visa"
                j = self._index_at(t, route.end())
                continue
            young = _YOUNG.match(t.text, t.toks[j].start)
            if young:
                j = self._index_at(t, young.end())
                continue
            if key == "from":
                chain = self._place_chain(t, j + 1)
                if chain and not chain[1]:
                    j = chain[0]
                    continue
            if key in ("on", "under", "through", "via", "with", "as"):
                k = j + 1
                while k < len(t.toks) and t.toks[k].key in ("a", "an", "the", "my", "our"):
                    k += 1
                route = self.migration.at(t.toks, k)
                if route:
                    j = route[0]
                    continue
                young = _YOUNG.match(t.text, t.toks[j].start)
                if young:
                    j = self._index_at(t, young.end())
                    continue
            break
        return j

    def _resident_after(self, t: _Text, i: int) -> bool:
        """The clause goes on to say how long the candidate has been in the UK: "From Limerick, in England since"."""
        _, b = t.clause(i)
        return bool(_RESIDENT_SINCE.search(t.text, t.toks[i].end, t.toks[b - 1].end))

    def _other_parent(self, t: _Text, j: int) -> int:
        """"My mum is Japanese and my dad is English": the other parent's origin, once one is disclosed."""
        if j + 1 < len(t.toks) and t.toks[j].key == "and":
            fam = self.family.at(t.toks, j + 1)
            if fam and fam[0] + 1 < len(t.toks) and t.toks[fam[0]].key in ("is", "was"):
                nat = self.national.at(t.toks, fam[0] + 1) or (
                    (fam[0] + 2, True) if t.toks[fam[0] + 1].key in _MAJORITY else None)
                if nat:
                    return nat[0]
        return j

    def _parents_tail(self, t: _Text, j: int, hits: list[tuple[int, int, str]]) -> None:
        """"born in Liverpool to Trinidadian parents"."""
        if j < len(t.toks) and t.toks[j].key == "to":
            k = j + 1
            while k < len(t.toks) and (self.national.at(t.toks, k) or self._compound_national(t, k)
                                       or t.toks[k].key in ("and", "a", "an")):
                found = self.national.at(t.toks, k)
                k = found[0] if found else k + 1
            if k > j + 1 and k < len(t.toks) and t.toks[k].key in ("parents", "parent", "family", "mother",
                                                                    "father", "mum", "dad"):
                hits.append((j, k + 1, "ETHNICITY"))

    def _from(self, t: _Text, i: int, moves: _Table, family: _Table, hits: list[tuple[int, int, str]]) -> None:
        """"I came over from Jamaica", "I moved to Southport from Guangzhou", "my dad is from Barbados"."""
        a, _ = t.clause(i)
        moved = any(moves.at(t.toks, k) for k in range(max(a, i - 6), i))
        relation = any(family.at(t.toks, k) and family.at(t.toks, k)[0] == i  # type: ignore[index]
                       for k in range(max(a, i - 4), i))
        opening = t.sentence_start(i) and t.elided(i) and self._resident_after(t, i)
        if t.toks[i - 1].key not in _FROM_VERBS and not moved and not relation and not opening:
            return
        owner_at = None
        for k in range(i - 1, max(a, i - 8) - 1, -1):
            key = t.toks[k].key
            if key in ("i", "i'm", "im", "we") or family.at(t.toks, k):
                owner_at = k
                break
        if owner_at is None and not (t.toks[i - 1].key == "originally" or t.sentence_start(max(a, i - 1))
                                     or t.first_person(i)):  # "Since arriving from Romania, I ..."
            return
        chain = self._place_chain(t, i + 1)
        if not chain or chain[1]:
            return
        j = chain[0]
        _, b = t.clause(i)
        # the place and where the move went: "from Capita to Sefton Council", not "... after university"
        near = range(i, min(b, j + 4) if j < len(t.toks) and t.toks[j].key == "to" else j)
        if not self.countries.at(t.toks, i + 1 + (t.toks[i + 1].key == "the")) and any(
                t.toks[k].key in _ORGANISATION for k in near):
            return  # a move between employers: "I moved from Capita to Sefton Council"
        if j < len(t.toks) and t.toks[j].key in _ORGANISATION | _WORKPLACE:
            return  # "from the Dublin office"
        if j < len(t.toks) and t.toks[j].key == "originally":
            j += 1
        start = i - 1 if t.toks[i - 1].key in ("being", "originally") else i
        if owner_at is not None and family.at(t.toks, owner_at) and t.toks[owner_at].key != "we":
            start = owner_at  # "my mum is from Guyana": the relation is part of what discloses
        else:
            k = i - 1
            while k > a and t.toks[k].key in ("over", "here", "originally"):
                k -= 1
            if moves.at(t.toks, k) and moves.at(t.toks, k)[0] >= i - 2:  # "came over from", not "came to X from"
                start = k
        hits.append((start, j, "NATIONALITY"))

    def _arrival(self, t: _Text, i: int, j: int, fam: bool, moves: _Table,
                 hits: list[tuple[int, int, str]]) -> None:
        """"I came to Liverpool as a teenager", "my family came to Liverpool when I was 6"."""
        k = j
        while k < len(t.toks) and t.toks[k].key in ("also", "first", "then", "all", "originally"):
            k += 1
        move = moves.at(t.toks, k)
        if not move:
            return
        end = move[0]
        _, b = t.clause(i)
        young = _YOUNG.search(t.text, t.toks[end - 1].end, t.toks[b - 1].end) if end <= b else None
        if young and t.text[t.toks[end - 1].end:young.start()].count(" ") <= 6 and self._abroad_near(t, i, b):
            hits.append((i if fam else k, self._index_at(t, young.end()), "NATIONALITY"))

    def _abroad_near(self, t: _Text, i: int, b: int) -> bool:
        """A country, a nationality or "the UK" around an arrival: "we moved to Bootle when I was six" is not
        a migration; "I'm Iraqi Kurdish — my family came to Liverpool when I was 6" is."""
        for k in range(max(0, i - 25), min(len(t.toks), b + 1)):
            if t.toks[k].key in ("uk", "britain", "england", "scotland", "wales", "country", "here"):
                return True
            found = self.countries.at(t.toks, k) or self.national.at(t.toks, k)
            if found and t.toks[k].key not in _MAJORITY:
                return True
        return False

    def _family_abroad(self, t: _Text, i: int, fam: tuple[int, object] | None,
                       hits: list[tuple[int, int, str]]) -> None:
        """"in vietnam my family had a small farm": the family's life in another country."""
        if not fam or i < 2 or t.toks[i - 2].key != "in":
            return
        country = self.countries.at(t.toks, i - 1)
        if country and country[0] == i:
            _, b = t.clause(i)
            end = fam[0]
            while end < b and t.toks[end].key not in ("so", "but", "because", "and", ","):
                end += 1
            hits.append((i - 2, end, "NATIONALITY"))

    def _speaker(self, t: _Text, hits: list[tuple[int, int, str]]) -> None:
        """"as a Chinese speaker", "a native speaker from Seville", "a Gaeilge speaker from Gweedore"."""
        for i in range(len(t.toks)):
            if t.toks[i].key not in ("speaker", "speakers"):
                continue
            k = i - 1
            has_language = False
            while k >= 0 and (t.toks[k].key in ("native", "fluent", "first-language", "mother-tongue", "proud",
                                                "heritage", "a", "an", "bilingual")
                              or self.languages.at(t.toks, k)):
                has_language = has_language or bool(self.languages.at(t.toks, k)) or t.toks[k].key == "native"
                k -= 1
            owner = k >= 0 and (t.toks[k].key in ("as", "i'm", "im", "am", "being")
                                or (k >= 1 and t.toks[k].key == "also")
                                or (t.toks[k].key == "and" and t.first_person(k)))  # "I'm Welsh and a ... speaker"
            if not (owner and has_language):
                continue
            j = i + 1
            if j + 1 < len(t.toks) and t.toks[j].key == "of" and self.languages.at(t.toks, j + 1):
                j = self.languages.at(t.toks, j + 1)[0]  # type: ignore[index]
            if j < len(t.toks) and t.toks[j].key == "from":
                chain = self._place_chain(t, j + 1)
                if chain:
                    j = chain[0]
            hits.append((k + 1, j, "ETHNICITY"))
            self._list(t, j, hits)  # "a Gaelic speaker from Lewis and proudly Scottish"

    def _home_language(self, t: _Text, hits: list[tuple[int, int, str]]) -> None:
        """A language told as the one of the home or the family, the language first (thirteenth session, held-out 33
        and 34): "Tigrinya is still our language at home", "Gujarati is what we speak around my parents' table",
        "Cantonese, which is what we speak at home", "Twi is what I speak with my mother on the phone". Not a skill
        ("Polish, which I use with clients at home visits") nor English."""
        for i in range(len(t.toks)):
            found = self.languages.at(t.toks, i)
            if not found or t.toks[i].key == "english" or (not t.lower and not t.text[t.toks[i].start].isupper()):
                continue
            start, end = t.clause(i)
            if any(x.key in _HOME_LANGUAGE_STOP for x in t.toks[start:i]):
                continue  # "In many families we support, Polish is spoken at home"
            k = found[0]
            if k + 1 < end and t.toks[k].key == "," and t.toks[k + 1].key == "which":
                k += 2  # "Cantonese, which is what we speak at home"
            if k >= end or t.toks[k].key not in ("is", "are", "was", "were"):
                continue  # the language is the subject: "X is what...", "X, which is our language..."
            k += 2 if k + 1 < end and t.toks[k + 1].key == "still" else 1
            if k >= end or t.toks[k].key not in ("what", "our", "the", "spoken"):
                continue  # not "X is my first language", which the first-language entries take
            speak, home = False, False
            while k < min(end, found[0] + _HOME_LANGUAGE_WORDS):
                key = t.toks[k].key
                if key == "," and not (speak and home) and k + 1 < end and t.toks[k + 1].key in ("which", "and"):
                    k += 1
                    continue
                if key in _BOUNDARY or key == "," or key in _HOME_LANGUAGE_STOP or (key == "and" and speak and home):
                    break
                speak = speak or key in _HOME_LANGUAGE_VERBS
                relative = k + 2 < end and t.toks[k + 1].key.removesuffix("'s") in _HOME_PEOPLE \
                    and t.toks[k + 2].key != "tongue"  # "my mother tongue" is the first-language entries'
                home = home or key in _HOME_WORDS or (key in ("my", "our") and relative)
                k += 1
            if speak and home and not any(x.key in _HOME_LANGUAGE_STOP for x in t.toks[found[0]:k]):
                hits.append((i, k, "ETHNICITY"))

    @staticmethod
    def _new_clause(t: _Text, k: int) -> bool:
        """toks[k] starts a new clause: "but", "so", "which", or "and" before a new subject ("and I also speak")."""
        key = t.toks[k].key
        # not the "and I" of "my brother and I" (fifteenth session: "Arabic is what my brother and I text in")
        together = k > 2 and t.toks[k - 1].key in _HOME_PEOPLE and t.toks[k - 2].key in ("my", "our") \
            and t.toks[k - 3].key in ("what", "that", "how") and k + 1 < len(t.toks) and t.toks[k + 1].key == "i"
        return key in _NEW_CLAUSE or (key == "and" and k + 1 < len(t.toks) and t.toks[k + 1].key in _NEW_SUBJECT
                                      and not together)

    def _language_stretch(self, t: _Text, i: int, end: int) -> tuple[int, int, int, bool]:
        """Around the language at toks[i:end]: the stretch to look in (at most `_FAMILY_LANGUAGE_TAIL` tokens either
        side), where the stretch really ends, and whether what follows is an aside about the language, in a bracket
        or after a dash as a language list writes it ("Polish (spoken with my family)", "Bulgarian – grew up with
        it;")."""
        a, b = t.clause(i)
        lo = i
        while lo > a and t.toks[lo - 1].key != "," and not self._new_clause(t, lo - 1):
            lo -= 1
        lo = max(lo, i - _FAMILY_LANGUAGE_TAIL)
        after = t.toks[end].key if end < len(t.toks) else ""
        listed = i == 0 or t.toks[i].newline_before or t.toks[i - 1].key in (":", ";", ",", "|", "•")
        if (after == "(" or (after in ("–", "—", "-") and listed)) \
                and not (end + 1 < len(t.toks) and t.toks[end + 1].newline_before):
            closing = (")",) if after == "(" else (";", "|", ")", ".", "!", "?")
            close = end + 1
            while close < min(len(t.toks), end + _ASIDE_WORDS) and t.toks[close].key not in closing \
                    and not t.toks[close].newline_before:
                close += 1
            return lo, close, close, True
        stretch_end = end
        while stretch_end < b and not self._new_clause(t, stretch_end) and (
                t.toks[stretch_end].key != "," or self._apposition(t, stretch_end)):
            stretch_end += 1
        return lo, min(stretch_end, end + _FAMILY_LANGUAGE_TAIL), stretch_end, False

    @staticmethod
    def _apposition(t: _Text, k: int) -> bool:
        """The comma at toks[k] opens what the languages are: "Darija and French, the two languages of ..."."""
        return k + 1 < len(t.toks) and t.toks[k + 1].key in ("the", "what", "both")

    def _family_language(self, t: _Text, hits: list[tuple[int, int, str]]) -> None:
        """The language of the home or the family in any order, within the stretch of a clause between commas, or
        in a bracket after it (fourteenth session, held-out 37 and 38): "We speak Egyptian Arabic at home", "In our
        house we speak only Iraqi Arabic", "At home it's Italian, always", "I still speak Yoruba with my mother on
        the phone", "Polish (spoken with my family)". The stretch's short rest goes with it, as annotators take the
        clause. Not a skill used at work ("Polish, which I use with families on home visits") nor English."""
        for i in range(len(t.toks)):
            found = self.languages.at(t.toks, i)
            if not found or t.toks[i].key == "english" or (not t.lower and not t.text[t.toks[i].start].isupper()):
                continue
            end = found[0]
            lo, hi, stretch_end, bracket = self._language_stretch(t, i, end)
            keys = [x.key for x in t.toks[lo:hi]]
            # an aside may give the level too: "Arabic – fluent, and what my mother and I speak"
            stop = _FAMILY_LANGUAGE_STOP - _LEVELS if bracket else _FAMILY_LANGUAGE_STOP
            if any(k in stop for k in keys):
                continue
            cues = []  # (first, after) token ranges that place the language in the home or the family
            for k in range(lo, hi):
                key, after = t.toks[k].key, t.toks[k + 1].key.removesuffix("'s") if k + 1 < hi else ""
                if key in ("home", "house", "household", "kitchen"):
                    cues.append((k - 1 if k > lo and t.toks[k - 1].key in ("at", "our", "the", "my") else k, k + 1))
                elif (key == "my" and after in _HOME_PEOPLE and (k + 2 >= hi or t.toks[k + 2].key != "tongue")) \
                        or (key in ("my", "our") and after in _OWN_LANGUAGE) \
                        or (key in ("among", "amongst", "between") and after == "ourselves") \
                        or (key in ("each", "one") and after in ("other", "another")):
                    # fifteenth session (held-out 42): "Among ourselves we speak Iraqi Arabic", "my parents and i
                    # only ever talk cantonese to each other"
                    cues.append((k, k + 2))
            if bracket and any(k in _ASIDE_CUES or k.removesuffix("'s") in _HOME_PEOPLE for k in keys):
                cues.append((end, hi))  # "Mandarin and Hokkien (I grew up with both)", "Maltese – the family's"
            owner = bracket or any(k in _FIRST_PERSON or k in _HOUSEHOLD for k in keys) \
                or keys[:2] == ["at", "home"]  # "At home it's Italian", not "Most pupils speak Gujarati at home"
            verbs = [k for k in range(lo, hi) if t.toks[k].key in _FAMILY_LANGUAGE_VERBS]
            if not (cues and owner and (verbs or bracket)):
                continue
            first = min(i, cues[0][0], *verbs)
            last = max(end, cues[-1][1], *(k + 1 for k in verbs))
            if bracket or first - lo <= 4:
                first = lo  # "we only ever spoke ...", "Mandarin and Hokkien (...)"
            if bracket:
                last = hi + 1 if hi < len(t.toks) and t.toks[hi].key == ")" else hi
            elif stretch_end - last <= _FAMILY_LANGUAGE_TAIL:
                last = stretch_end
            hits.append((first, last, "ETHNICITY"))

    def _heritage(self, t: _Text, hits: list[tuple[int, int, str]]) -> None:
        """"of Jamaican heritage", "from a Pakistani family" in a first-person clause."""
        for i, tok in enumerate(t.toks):
            if tok.key not in ("of", "from", "to", "have", "my", "with"):
                continue
            k = i + 1
            while k < len(t.toks) and t.toks[k].key in ("a", "an", "mixed", "dual", "slight", "strong", "noticeable"):
                k += 1
            start = k
            while k < len(t.toks) and (self.national.at(t.toks, k) or self._compound_national(t, k)
                                       or (k > start and t.toks[k].key == "and")):
                found = self.national.at(t.toks, k)
                k = found[0] if found else k + 1
            if tok.key in ("of", "from", "to") and k > start and k < len(t.toks) and t.toks[k].key in (
                    "heritage", "descent", "origin", "background", "extraction", "parentage", "roots",
                    "parents", "family") and t.first_person(i):
                hits.append((i, k + 1, "ETHNICITY"))
            elif tok.key in ("have", "my", "with") and k > start and k < len(t.toks) and t.toks[k].key in (
                    "heritage", "descent", "roots", "ancestry", "parentage", "accent") and t.first_person(i) \
                    and self._own(t, i):
                hits.append((start, k + 1, "ETHNICITY"))  # "I have Indian heritage", "my Irish roots"

    def _passport(self, t: _Text, hits: list[tuple[int, int, str]]) -> None:
        """"Ukrainian passport", "a Portuguese national", "Passport: P4829173B (Philippines)"."""
        for i in range(len(t.toks)):
            found = self.passport_holders.at(t.toks, i)
            if not found or found[0] >= len(t.toks):
                continue
            after = t.toks[found[0]].key
            if after == "passport" or (found[1] == "other" and after in (
                    "citizen", "citizenship", "national", "nationality", "passport-holder")):
                hits.append((i, found[0] + 1, "NATIONALITY"))
                if after != "passport":
                    self._list(t, found[0] + 1, hits)  # "Polish national, EU Settlement Scheme settled status"
        for m in regex.finditer(r"(?i)\bpassport\b[^\n()]{0,40}\((?P<c>[^()\n]{3,30})\)", t.text):
            key = _key(m.group("c"))
            if self.countries.at(_tokens(m.group("c")), 0) and len(key) <= 3:
                hits.append((self._index_at(t, m.start("c")) - 1, self._index_at(t, m.end("c")), "NATIONALITY"))
        # eleventh session (held-out 23 and 24): the holder's nationality after the word: "Passport (Vietnamese,
        # still valid)", "My passport is Ukrainian", "Passport      Irish – PA4827163"
        for m in _PASSPORT_THEN_WORDS.finditer(t.text):
            toks = _tokens(m.group("d"))
            found = self.passport_holders.at(toks, 0)
            if found:
                hits.append((self._index_at(t, m.start("d")) - 1,
                             self._index_at(t, m.start("d") + toks[found[0] - 1].end), "NATIONALITY"))
        for m in regex.finditer(r"(?i)\b(?:licen[cs]e)\b[^\n.]{0,30}?\b(?P<x>(?:exchanged|converted|transferred|"
                                r"swapped)\s+from\s+(?:an?\s+|my\s+)?(?P<n>[\p{L}\-]+))", t.text):
            if self.national.at(_tokens(m.group("n")), 0) or self.countries.at(_tokens(m.group("n")), 0):
                hits.append((self._index_at(t, m.start("x")) - 1, self._index_at(t, m.end("x")), "NATIONALITY"))

    def _name_order(self, t: _Text, hits: list[tuple[int, int, str]]) -> None:
        """"(Korean order)", "family name first, as written in Japan", "In Vietnam the family name comes first"."""
        for i in range(len(t.toks)):
            cue = _NAME_ORDER_CUE.match(t.text, t.toks[i].start)
            if not cue:
                continue
            a, b = t.clause(i)
            if not any(x.key in ("first", "order", "before", "written", "last") for x in t.toks[a:b]):
                continue  # a name-order explanation, not any sentence that names a surname
            marks = []
            for k in range(max(a, i - 8), min(b, i + 9)):  # compact: the country is next to the cue
                found = self.countries.at(t.toks, k) or self.national.at(t.toks, k)
                if found and t.toks[k].key not in _MAJORITY:
                    start = k - 1 if k > a and t.toks[k - 1].key == "in" else k
                    marks.append((start, found[0]))
            if not marks:
                continue
            if cue.group() == "order" and not any(e == i for _, e in marks):
                continue  # "order" alone only as "(Korean order)"
            end = self._index_at(t, cue.end())
            tail = _NAME_ORDER_END.match(t.text, cue.end())
            if tail:
                end = self._index_at(t, tail.end())
            hits.append((min(i, *(s for s, _ in marks)), max(end, *(e for _, e in marks)), "NATIONALITY"))

    def _labels(self, t: _Text, hits: list[Hit]) -> None:
        """Form fields and questions: "Religion: Muslim", "Right to work: spouse visa", "Partner: Marcus",
        "Do you consider yourself to have a disability? Yes - dyslexia"."""
        for pattern, kind, only_terms in self.labels:
            for m in pattern.finditer(t.text):
                self._value(t, m.start("v"), m.group("v"), kind, hits, only_terms, form=True)
        self._rows(t, hits)
        self._field_lines(t, hits)
        self._monitoring_line(t, hits)
        for m in _TICKED.finditer(t.text):  # "[x] I am a member of the Protestant community" (held-out 43)
            toks = _tokens(m.group("v"))
            found = next(filter(None, (self.terms["identity"].at(toks, k) for k in range(len(toks)))), None)
            if found:
                hits.append(Hit(m.start("v"), m.end("v"), str(found[1])))
        for m in self.label_self.finditer(t.text):
            hits.append(Hit(m.start("l"), m.end("l"), "MARITAL_FAMILY"))
        for m in _QUESTION.finditer(t.text):
            question, answer = m.group("q"), m.group("a")
            kind = next((k for pattern, k in _QUESTION_TYPES if pattern.search(question)), None)
            short = len(answer.split()) <= 8 or _YES_NO.match(answer.strip())
            asks = _ASKS.search(question)
            if kind and short and asks:
                # "Are you a care leaver? Yes"; since the twelfth session the "Yes" of "Yes - please see statement" too,
                # but not a right to work's "Yes – British" (its route or nationality is the value's)
                yes = regex.match(r"(?i)[ \t]*(yes)\W*$" if kind == "NATIONALITY" else r"(?i)[ \t]*(yes)\b", answer)
                if yes:
                    hits.append(Hit(m.start("a") + yes.start(1), m.start("a") + yes.end(1), kind))
                no = regex.match(r"(?i)[ \t]*(no)\W*$", answer)
                if no and _ASSIGNED_AT_BIRTH.search(question):  # "... the sex you were assigned at birth? No"
                    hits.append(Hit(m.start("a") + no.start(1), m.start("a") + no.end(1), "GENDER"))
                elif no and (kind != "NATIONALITY" or _CITIZEN.search(question)) and (
                        question.rstrip(":").endswith("?") or regex.match(_ASKS_UNSAID, question, regex.I)):
                    # Twelfth session: "Do you consider yourself disabled? No" goes as "Yes" does; were only the
                    # "Yes" answers removed, a removal would tell the panel the answer. Fifteenth session (held-out
                    # 41): "Are you a UK or Irish citizen? No" and "Pregnancy or recent maternity: No" too; a right
                    # to work's or a visa's "No" stays.
                    hits.append(Hit(m.start("a") + no.start(1), m.start("a") + no.end(1), kind))
                self._value(t, m.start("a"), answer, kind, hits)

    def _monitoring_line(self, t: _Text, hits: list[Hit]) -> None:
        """A monitoring line of answers without their questions, set apart by middle dots or bars: "Monitoring:
        Male · 25–29 · Black African – Ethiopian · Christian · Heterosexual" (eleventh session, held-out 23). An
        answer is known by its first words ("Male", "Black African", "Christian"); labelled cells are the rows'."""
        for line in _MONITORING_LINE.finditer(t.text):
            cells = list(_ROW_CELL.finditer(t.text, line.start("v"), line.end("v")))
            if len(cells) < 2:
                continue
            for cell in cells:
                value = cell.group().strip()
                found = self.terms["identity"].at(_tokens(value), 0) if ":" not in value else None
                if found:
                    start = cell.start() + cell.group().find(value)
                    hits.append(Hit(start, start + len(value), str(found[1])))

    def _rows(self, t: _Text, hits: list[Hit]) -> None:
        """A line of two or more monitoring fields set apart by bars, middle dots, column gaps (or, for three or more,
        commas), each a label, a space and the answer: "Sex male   Ethnic group Other - Arab   Religion Muslim"."""
        pos = 0
        for line in t.text.split("\n"):
            cells = [(pos + m.start(), m.group()) for m in _ROW_CELL.finditer(line)]
            for commas in (False, True):
                if commas:
                    cells = [(start + m.start(), m.group()) for start, cell in cells
                             for m in _COMMA_CELL.finditer(cell)]
                fields = []
                details = 0  # twelfth session: "Date of birth 09/08/2002  ·  Nationality British and Italian"
                for start, cell in cells:
                    start, cell = start + len(cell) - len(cell.lstrip()), cell.lstrip()
                    field = self._row_field(start, cell)
                    if field:
                        fields.append(field)
                    else:
                        details += bool(_DETAIL_FIELD.match(cell))
                if fields and len(fields) + details >= (3 if commas else 2):
                    for start, value, kind, only_terms in fields:
                        self._value(t, start, value, kind, hits, only_terms, form=True)
                    break
            pos += len(line) + 1

    def _row_field(self, start: int, cell: str, sentences: bool = True) -> tuple[int, str, str, bool] | None:
        """A cell (at `start`) that is a label, a space and its answer: (answer's start, answer, kind, only_terms). With
        `sentences=False`, not an answer that reads as a sentence ("Family is everything to me")."""
        for pattern, kind, only_terms in self.row_labels:
            m = pattern.match(cell)
            value = cell[m.end():].rstrip() if m else ""
            if value and not _NOT_A_VALUE.match(value) and (sentences or not (
                    _PROSE_VALUE.match(value) or (value.endswith(".") and len(value.split()) > 6))):
                return start + m.end(), value, kind, only_terms
        return None

    def _field_lines(self, t: _Text, hits: list[Hit]) -> None:
        """A CV's personal details, one field a line with no colon (fifteenth session, held-out 41): "Born
        14.08.1991, Riga (age 35) / Citizenship Latvian / UK status EUSS settled status, 2020 / Family married, one
        daughter (4)". Three such lines in a row (no blank line between), one of them a personal detail, make a
        block; "Family is everything to me" is prose. A line of several cells is `_rows`'."""
        pos = 0
        run: list[tuple[int, str, str, bool] | None] = []  # each line's field, None for a personal detail
        for line in [*t.text.split("\n"), ""]:
            cell = line.lstrip()
            one_cell = ":" not in cell and "?" not in cell and len(_ROW_CELL.findall(cell)) == 1
            field = self._row_field(pos + len(line) - len(cell), cell, sentences=False) if one_cell else None
            if field or (cell and (_DETAIL_FIELD.match(cell) or _CV_DETAIL.match(cell))):
                run.append(field)
            else:
                if len(run) >= 3 and None in run:
                    for start, value, kind, only_terms in filter(None, run):
                        self._value(t, start, value, kind, hits, only_terms, form=True)
                run = []
            pos += len(line) + 1

    def _value(self, t: _Text, start: int, raw: str, kind: str, hits: list[Hit], only_terms: bool = False,
               form: bool = False) -> None:
        """The disclosing part of a field's value: what follows a "Yes", up to the end of the sentence; later
        items of a list only when they hold a term ("Married, two children", not "spouse visa, then ILR")."""
        yes_no = _YES_NO.match(raw.strip())
        if yes_no and raw.strip()[yes_no.end():yes_no.end() + 1] == ".":
            # fields run together as sentences: "Care leaver: Yes. Disability: No." (fourteenth session, held-out 41)
            raw = raw[:len(raw) - len(raw.lstrip()) + yes_no.end()]
        offset = start + len(raw) - len(raw.lstrip())
        # Round 6: on a monitoring form the "Yes" is the disclosure ("Disability: Yes", "Yes – physical
        # impairment"); a right-to-work "Yes" is not.
        said_yes = offset if form and yes_no and not only_terms and raw.strip()[:1] in "yY" else None
        if said_yes is not None and yes_no.end() >= len(raw.strip()):
            hits.append(Hit(offset, offset + 3, kind))
        if yes_no and yes_no.end() < len(raw.strip()) \
                and not regex.match(r"(?i)no (?:religion|faith|belief)", raw.strip()):
            offset += yes_no.end()
        elif yes_no and raw.strip().casefold().startswith("no") \
                and not regex.match(r"(?i)no (?:religion|faith|belief)", raw.strip()):
            # Twelfth session: on a monitoring form "Disability: No" goes as "Yes" does (a removal only for "Yes" would
            # tell the answer); a right to work's "No" stays with its label.
            if form and not only_terms and yes_no.end() >= len(raw.strip()):
                hits.append(Hit(offset, offset + 2, kind))
            return
        head = regex.split(r"[.;]|(?<!(?i:bn))\(|(?<!\((?i:o))\)", t.text[offset:start + len(raw)])[0]  # not "BN(O)"
        # "Heterosexual/straight"; "British citizen – passport number ..." (twelfth session)
        # (not the "and" of the Health and Care Worker visa)
        # items end at "and" (not the Health and Care Worker visa's) and at a spaced dash: "British – passport ..."
        dashed = r"(?:(?!\s+and\s(?!(?i:care)\b)|\s[–—-]\s)[^,&{}])+"
        items = dashed.format("/") if only_terms else r"(?:(?!\s+and\s)[^,&])+"
        if kind == "ETHNICITY":
            items = r"[^,&]+"  # ONS categories have "and" inside: "Mixed White and Black Caribbean"
        elif kind == "NATIONALITY" and form:  # fifteenth session: "Nationality: British – passport 541907263"
            items = dashed.format("")
        for n, part in enumerate(regex.finditer(items, head)):
            word = part.group().strip()
            # ONS "No religion"; since the thirteenth session any form answer "None", as "No" goes ("Caring
            # responsibilities: None" beside another candidate's "Two children")
            none = word.casefold() == "none" and not only_terms and (
                kind == "RELIGION" or (form and kind != "NATIONALITY"))
            # A majority answer goes too ("Nationality: British"): were only minority answers removed, the
            # gap itself would tell the panel the candidate is not British.
            # A UK answer to a birth or nationality field goes as well (tenth session: "Country of birth: England"
            # stayed while "Country of birth: Nigeria" went, which told the panel who was born abroad).
            uk = _key(word) in self.uk or _key(word)[:1] in self.uk
            if not word or (_LABEL_SKIP.match(word) and not none) or (uk and (kind != "NATIONALITY" or only_terms)):
                continue
            number = _ID_NUMBER.search(word) if kind == "NATIONALITY" else None
            if number and (before := word[:number.start()].rstrip(" \t–—-:")):
                word = before  # the holder's nationality before a passport number ("Passport: Cypriot K00731846")
            toks = _tokens(word)
            # a country after a town ("Place of birth: Georgetown, Guyana"; fifteenth session, held-out 42)
            country = self.countries.at(toks, 0) if kind == "NATIONALITY" and not only_terms else None
            known = any(table.at(toks, k) for k in range(len(toks))
                        for table in (self.terms["identity"], self.terms["having"], self.migration, self.british)) \
                or (country is not None and country[0] == len(toks))
            # "Passport: Netherlands, NR7F4K2L9": the number is an identifier, not an origin; a year may stay in an item
            # with a term ("Graduate visa valid until January 2027"), not in one without ("Passport: valid until 2030")
            if kind == "NATIONALITY" and (_ID_NUMBER.search(word) or (not known and any(c.isdigit() for c in word))):
                continue
            if (n == 0 and not only_terms) or known:
                at = offset + part.start() + part.group().find(word)
                end = at + len(word)
                # Round 6: an ONS write-in in brackets belongs to the value ("White – Other (Spanish)",
                # "Christian (Church of England)")
                bracket = regex.match(r"[ \t]*\(\p{Lu}[^()\n]{0,60}\)", t.text[end:start + len(raw)])
                route = bracket and regex.search(r"(?i)visa|status|leave|route|scheme", bracket.group())
                written_in = kind in ("ETHNICITY", "RELIGION", "NATIONALITY")
                if bracket and written_in and ((n == 0 and not only_terms) or route):
                    end += bracket.end()
                if n == 0 and said_yes is not None:
                    at = said_yes
                hits.append(Hit(at, end, kind))

    def _carer(self, t: _Text, hits: list[Hit]) -> None:
        """Caring for a relative: "I am his main carer", "a carer for my mother"."""
        pattern = (r"(?i)\b(?:i am|i'm|i’m|im|as|being|i have been|i've been|i’ve been|i was)\s+(?:also\s+)?"
                   r"(?P<m>(?:(?:his|her|their|the|a)\s+)?"
                   r"(?:(?:main|primary|sole|full-time|part-time|unpaid|only|kinship)\s+)?carer"
                   r"(?:\s+(?:for|to|of)\s+(?:my|our)\s+(?:elderly\s+|disabled\s+|older\s+|younger\s+)?"
                   r"[\p{L}'’\-]+)?)")
        for m in _CARES_FOR.finditer(t.text):  # "I care for my elderly mother"
            hits.append(Hit(m.start("m"), m.end("m"), "MARITAL_FAMILY"))
        for m in regex.finditer(pattern, t.text):
            surface = m.group("m").casefold()
            if " my " in surface or " our " in surface or surface.split()[0] in ("his", "her", "their"):
                hits.append(Hit(m.start("m"), m.end("m"), "MARITAL_FAMILY"))

    def find(self, text: str) -> list[Hit]:
        """Every disclosure the frames find, trimmed to its minimal readable span."""
        toks = _tokens(text)
        upper = sum(c.isupper() for c in text)
        t = _Text(text, toks, lower=upper < 0.005 * max(1, len(text)))
        spans: list[tuple[int, int, str]] = []
        for frame in (self._identity, self._having, self._possessive, self._practice, self._clause_terms,
                      self._status, self._membership, self._own_sentence, self._origin, self._migration,
                      self._speaker, self._home_language, self._family_language, self._heritage, self._passport,
                      self._name_order):
            frame(t, spans)
        hits = [Hit(*t.span(i, j), kind) for i, j, kind in spans if j > i]
        self._labels(t, hits)
        self._carer(t, hits)
        for m in _BORN_ON_AT.finditer(text):
            hits.append(Hit(m.start("p"), m.end("p"), "NATIONALITY"))
        trimmed = {h for h in (trim(text, hit) for hit in hits) if h is not None and not _venue(text, h)}
        return sorted(trimmed, key=lambda h: (h.start, h.end, h.type))


# Sixth session: what a candidate says next about a faith, a condition, a childhood in care or an origin they
# have just disclosed is the same disclosure told in practice ("I am Buddhist, [I go to pagoda in Edinburgh]";
# "I have hepatitis B, [I take a tablet every day]"; "I'm a Shia Muslim. [I would request the day of Ashura as
# leave]"). A short clause of their own (at most `_ELABORATION_WORDS` words), in the rest of that sentence or the
# next, that names a practice, a treatment, an aid, a placement or a route goes with it; one about someone else
# or about work does not.
_PRACTICE_WORDS = {
    "RELIGION": _words(
        "pagoda temple temples mosque masjid church churches chapel cathedral gurdwara mandir synagogue shul "
        "kingdom mass masses worship worshipping pray prays praying prayer prayers fast fasts "
        "fasting choir congregation parish eid ramadan diwali vaisakhi vesak obon tet tết ashura passover "
        "shabbat sabbath hajj umrah pilgrimage deacon deaconess usher reader churchwarden seva langar hijab "
        "headscarf turban kosher halal bible quran qur'an imam pastor priest vicar rabbi monks practise "
        "practising observant mass-goer beef pork alcohol"),
    "DISABILITY_HEALTH": _words(
        "tablet tablets medication medicine medicines injection injections inhaler insulin infusion infusions "
        "therapy treatment physio physiotherapy appointment appointments clinic check-up check-ups checkups "
        "hospital operation surgery transplant attack attacks flare flare-up flare-ups seizure seizures "
        "episode episodes crisis crises admission admissions diagnosed remission relapse relapses dialysis chemo "
        "chemotherapy radiotherapy counselling wheelchair crutches sensor pump magnification splint brace sleeve "
        "hearing-aid aids chair seat seating breaks rest large-print monitor magnifier screen-reader "
        # the adjustments and effects that go with it: "[I use a sit-stand desk]", "[managed with CBT]"
        "desk sit-stand stool footrest cushion fan font high-contrast filter insoles "
        "orthotic orthotics stockings grip toilet toilets tired tiredness fatigue pain stiff adjustment "
        "adjustments epipen epipens cbt"),
    # the rest of a childhood in care: "I spent my teens in care — [two foster placements and then a children's
    # home in Chaddesden]", "i was in foster care ... [i had a social worker till i was 12]"
    "CARE_EXPERIENCE": _words(
        "foster fostered fostering placement placements children's kinship guardianship lodgings residential "
        "orphanage hostel leaving looked social unit units barnardo's corporate semi-independent staying"),
    # how a candidate born abroad came and stayed: "I am Nigerian by birth, [I have lived in Greater Manchester
    # since 2009]", "I came from the Philippines in 2020 [on a work visa]"
    "NATIONALITY": _words(
        "came come moved arrived fled settled lived spent left visa visas sponsorship dependant dependants "
        "citizenship naturalised naturalized asylum refugee resettlement ilr"),
}
_ELABORATION_RELATIVES = _words(
    "husband wife partner son sons daughter daughters mum dad mother father brother sister kids grandchildren nan "
    "gran family children")
_ELABORATION_STOP = _THIRD_PERSON | _OTHERS | _ELABORATION_RELATIVES | _words(
    "worked working job role roles shift shifts team colleagues employer manager interview training course "
    "reports notes visit visits laptop occupational customers clients residents patients service-users you your")
_ELABORATION_SPLIT = regex.compile(r"[.!?;:\n]|,\s|\s[—–-]\s|\s(?:and|but|so|which|because|when|while|before|after)\s",
                                   regex.IGNORECASE)
_SENTENCE_STOP = regex.compile(r"[.!?\n]")
_PLACE_PREPOSITIONS = _words("in at near into")
_MEANS = regex.compile(r"\b(?:managed|controlled|treated)\s+(?:with|by|on)\b", regex.IGNORECASE)
_NEGATIONS = _words("no not never don't didn't doesn't isn't wasn't")
_NO_IMPACT = _words("adjustment adjustments need needs needed affect affects affected stop stops stopped problem "
                    "problems issue issues")
_SPEAKER = _FIRST_PERSON | _HOUSEHOLD
_ELABORATION_WORDS = 10


def elaborations(text: str, hits: Iterable[Hit]) -> list[Hit]:
    """The clauses that go on about a disclosure of a kind in `_PRACTICE_WORDS`."""
    out: list[Hit] = []
    for hit in hits:
        words = _PRACTICE_WORDS.get(hit.type)
        if words is None:
            continue
        first = _SENTENCE_STOP.search(text, hit.end)  # the rest of the sentence, then the next one
        second = _SENTENCE_STOP.search(text, first.end()) if first and text[first.start()] != "\n" else None
        limit = second.start() if second else first.start() if first else len(text)
        start, taken = hit.end, False
        for cut in [*_ELABORATION_SPLIT.finditer(text, hit.end, limit), None]:
            end = cut.start() if cut else limit
            keys = [tok.key for tok in _tokens(text[start:end])]
            own = any(k in _SPEAKER for k in keys)
            if hit.type == "NATIONALITY":  # a route is told as a story of one's own, and not as a "no"
                # "I'm Filipino [and came over in 2019 as a dependant]": the candidate is the subject left out
                moved_on = bool(keys) and keys[0] in words and text[hit.end:start].strip().casefold() == "and"
                own = (own or moved_on) and len(keys) >= 3 and not any(k in _NEGATIONS for k in keys)
            else:
                own = own or start < (first.start() if first else limit)
            # "foster families" are care, not other people's families
            # nor is a place at work ("I keep my inhaler in the staff room")
            stops = [k for i, k in enumerate(keys) if k in _ELABORATION_STOP and (i == 0 or keys[i - 1] != "foster")
                     and (k in _ELABORATION_RELATIVES or not _PLACE_PREPOSITIONS.intersection(keys[max(0, i - 3):i]))]
            # the means of managing a condition, not that it is managed ("[managed with CBT]", "well controlled")
            means = hit.type == "DISABILITY_HEALTH" and _MEANS.search(text, start, end)
            if hit.type == "DISABILITY_HEALTH" and _NEGATIONS.intersection(keys) and _NO_IMPACT.intersection(keys):
                own = False  # "I need no adjustments", but "no seizure since I was 14" goes on about it
            # "[managed with CBT] and [sertraline]"
            listed = taken and hit.type == "DISABILITY_HEALTH" and len(keys) <= 2
            taken = bool(keys) and len(keys) <= _ELABORATION_WORDS and own and not stops and (
                listed or means or any(k in words for k in keys))
            if taken:
                out.append(Hit(start, end, hit.type))
            taken = taken and cut is not None and cut.group().strip().casefold() == "and"
            start = cut.end() if cut else limit
    return out


# Twelfth session (held-out 27 and 28, read after their blind scores): an adjustment that only a disabled person
# asks for tells the panel what the condition is, even when the condition itself is removed ("I'm [removed:
# health]. ... I'd be grateful for [an extra ten minutes]"; a desk near [the toilets]). Asked for (`_REQUEST`) in the
# rest of the disclosure's sentence or the next two of its paragraph, the adjustment goes: only its own words
# (`_DISCLOSING_ADJUSTMENT`), as the annotation policy has it (docs/redaction_eval_data.md and held-out 21's
# minimal-phrase reading); adjustments anyone might ask for (questions in writing, a quiet room, a chair) stay.
_REQUEST = regex.compile(
    r"(?i)\b(?:i[ \t]+would|i'd|i’d|i[ \t]+will|i'll|i’ll|i[ \t]+may|i[ \t]+might|i)[ \t]+(?:also[ \t]+)?"
    r"(?:be[ \t]+grateful|appreciate|like|ask|need|prefer|find[ \t]+it[ \t]+(?:easier|helpful|useful)|benefit)\b"
    r"|\bit[ \t]+(?:would|will|may|might|does)[ \t]+help\b|\bit[ \t]+helps[ \t]+(?:me|if)\b"
    r"|\b(?:could|can|may)[ \t]+i\b")
_DISCLOSING_ADJUSTMENT = regex.compile(
    r"(?i)(?:\b\d{1,3}[ \t]*%[ \t]+)?\b(?:(?:extra|more|additional)[ \t]+(?:[\w-]+[ \t]+){0,2}(?:time|minutes)|"
    r"(?:the[ \t]+|a[ \t]+)?toilets?|(?:hospital|clinic)[ \t]+(?:appointments?|mornings?|visits?)|blue[ \t]+badge|"
    r"disabled[ \t]+(?:parking|bay|space|toilet)|wheelchair|step-free(?:[ \t]+(?:access|room))?|"
    r"(?:bsl[ \t/]+)?interpreters?|"
    r"captions?|hearing[ \t]+loop|lip-?read\w*|screen[ \t]+readers?|screen[ \t]+magnif\w+|magnif\w+|large[ -]print|"
    r"colou?red[ \t]+(?:paper|overlays?|backgrounds?)|overlays?|text-to-speech|speech-to-text|dictation[ \t]+software|"
    r"sit-stand[ \t]+desk|(?:split|ergonomic)[ \t]+keyboard|vertical[ \t]+mouse|perching[ \t]+stool|"
    r"(?:check|test)(?:ing)?[ \t]+my[ \t]+blood[ \t]+sugar)\b")
_PARAGRAPH_STOP = regex.compile(r"[.!?](?=[ \t]|$)|\n")


def adjustment_requests(text: str, hits: Iterable[Hit]) -> list[Hit]:
    """The disclosing adjustments asked for after a health disclosure in its paragraph (see `_REQUEST`)."""
    out: list[Hit] = []
    for hit in hits:
        if hit.type != "DISABILITY_HEALTH":
            continue
        start = hit.end
        for _ in range(3):  # the rest of the disclosure's sentence, then at most two more
            stop = _PARAGRAPH_STOP.search(text, start)
            end = stop.start() if stop else len(text)
            request = _REQUEST.search(text, start, end)
            if request:
                out += [Hit(*m.span(), hit.type) for m in _DISCLOSING_ADJUSTMENT.finditer(text, request.start(), end)]
            if stop is None or text[stop.start()] == "\n":
                break
            start = stop.end()
    return out


def _venue(text: str, hit: Hit) -> bool:
    """A place of worship as a venue or a tier of local government ("the church hall", "the parish council"),
    or an idiom ("married to the job")."""
    after = regex.match(r"[ \t]+([\p{L}'’\-]+)", text[hit.end:hit.end + 40])
    if hit.type == "MARITAL_FAMILY" and _MARRIED_TO_WORK.match(text, hit.end):
        return True
    return hit.type == "RELIGION" and after is not None and after.group(1).casefold() in _VENUE


def trim(text: str, hit: Hit) -> Hit | None:
    """The hit without the function words and punctuation at its edges ("I am a widow" -> "a widow")."""
    words = list(regex.finditer(r"[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*(?:['’]s\b)?|/",
                                text[hit.start:hit.end]))
    keys = [w.group().casefold().replace("’", "'") for w in words]
    a, b = 0, len(words)
    while a < b and keys[a] in _LEAD:
        a += 1
    while b > a and keys[b - 1] in _TRAIL:
        b -= 1
    if a >= b:
        return None
    start, end = hit.start + words[a].start(), hit.start + words[b - 1].end()
    if text.count("(", start, end) > text.count(")", start, end) and text[end:end + 1] == ")":
        end += 1  # "Polish (native)" keeps its bracket
    return Hit(start, end, hit.type)


def _literals(pattern: str) -> tuple[str, ...]:
    """`required_literals` of a `regex` pattern: its Unicode classes and named groups are read as plain ones (a
    class holds no literal), or () when Python's parser cannot read it."""
    plain = regex.sub(r"\\[pP]\{[^}]*\}", r"\\w", pattern)
    plain = regex.sub(r"\(\?P<\w+>", "(?:", plain)
    try:
        return required_literals(plain)
    except re.error:
        return ()


def _phrase_hits(text: str, patterns: Sequence[tuple[str, regex.Pattern[str], tuple[str, ...]]]) -> Iterator[Hit]:
    lower = text.lower()
    for kind, pattern, literals in patterns:
        # Thirteenth session: a pattern whose required strings are all absent has nothing to find; about four in five
        # of the 240 patterns are skipped so on a typical application (`required_literals`).
        if literals and not any(w in lower for w in literals):
            continue
        for m in pattern.finditer(text):
            group = "m" if "m" in pattern.groupindex and m.group("m") is not None else 0
            start, end = m.span(group)
            if end > start:
                yield Hit(start, end, kind)


class DisclosureRecognizer(EntityRecognizer):
    """Finds self-disclosed protected characteristics: the marker phrases and the first-person frames."""

    def __init__(self, lexicon: Lexicon, phrase_patterns: Mapping[str, Sequence[tuple[str, float]]]) -> None:
        self._matcher = Matcher(lexicon.disclosures, [a.term for a in lexicon.allow_terms])
        self._phrases = [(kind, regex.compile(p, regex.IGNORECASE | regex.MULTILINE), _literals(p))
                         for kind, patterns in phrase_patterns.items() for p, _ in patterns]
        super().__init__(supported_entities=sorted(lexicon.marker_labels), name="Disclosures",
                         supported_language="en")

    def load(self) -> None:
        pass

    def find(self, text: str) -> list[Hit]:
        """Pure: every disclosure in `text`, trimmed, without duplicates."""
        hits = {h for h in (trim(text, hit) for hit in _phrase_hits(text, self._phrases))
                if h is not None and not _venue(text, h)}
        hits.update(self._matcher.find(text))
        hits.update(h for h in (trim(text, e) for e in elaborations(text, list(hits))) if h is not None)
        hits.update(h for h in (trim(text, e) for e in adjustment_requests(text, list(hits))) if h is not None)
        return sorted(hits, key=lambda h: (h.start, h.end, h.type))

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        return [RecognizerResult(h.type, h.start, h.end, SCORE) for h in self.find(text)]


def disclosure_recognisers(lexicon: Lexicon, phrase_patterns: Mapping[str, Sequence[tuple[str, float]]]
                           ) -> list[EntityRecognizer]:
    """The marker recogniser: the phrase patterns (by type) and the first-person frames, in one pass."""
    return [DisclosureRecognizer(lexicon, phrase_patterns)]
