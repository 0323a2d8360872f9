"""Word lists and phrase patterns for typed relations: general English, never taken from articles."""
from __future__ import annotations

import re

from kg.lang.en.lexicon import TREATY_WORDS

# Nouns that head a role title: "Deputy Foreign *Minister*", "Secretary *General*".
ROLE_HEADS = frozenset(
    """minister secretary president chairman chairwoman chair ambassador spokesman spokeswoman
    spokesperson director head chief envoy representative chancellor premier commander counterpart
    leader governor mayor senator general king queen emperor diplomat ministers presidents
    secretaries ambassadors leaders speaker official officer nominee commissioner administrator
    congressman congresswoman adviser advisor aide counsel negotiator candidate trustee colonel admiral
    whip executive manager comptroller treasurer judge""".split()
)
PLURAL_ROLE_HEADS = frozenset("ministers presidents secretaries ambassadors leaders".split())
ROLE_MODIFIERS = frozenset(
    """deputy vice foreign defense defence first acting former state prime top senior permanent special
    interior finance economy economic trade justice energy assistant under undersecretary executive
    press national security adviser advisor chief general of then late majority minority ranking
    intelligence military homeland presidential supreme party adjunct associate visiting distinguished
    political policy communications new current longtime outgoing incoming interim caretaker allied staff
    sitting regional provincial federal joint retired solicitor adjutant postmaster auditor""".split()
)
# Role heads that take their body after "to": "U.S. Ambassador to Syria X" is the United States' envoy.
TO_ROLE_HEADS = frozenset("ambassador ambassadors envoy envoys representative delegate emissary".split())
# "X, who heads the committee", "X led the coalition": the verb (base form) and the post it gives.
# (Not "direct" or "command": "Trump directed the State Department to ..." gives an order, not a post.)
LEAD_VERBS = {"lead": "Leader", "head": "Head", "chair": "Chair"}
# Titles that name a post of the United States government alone, as written without a country
# ("Secretary of State John Kerry"; Britain's are "Foreign Secretary", "Defence Secretary").
US_ONLY_TITLES = frozenset(
    """secretary of state|defense secretary|secretary of defense|treasury secretary|secretary of the treasury|
    homeland security secretary|secretary of homeland security|national security adviser|national security advisor|
    director of national intelligence|deputy secretary of state|assistant secretary of state|
    under secretary of state|undersecretary of state|deputy national security adviser|national intelligence director|
    deputy secretary of defense|deputy defense secretary|deputy treasury secretary""".replace("\n", "").split("|"))
US_ONLY_TITLES = frozenset(" ".join(t.split()) for t in US_ONLY_TITLES)
# Abbreviated titles, as spaCy tokenises them, and the title they stand for.
ROLE_ABBREVIATIONS = {"sen.": "Senator", "rep.": "Representative", "gov.": "Governor", "amb.": "Ambassador",
                      "gen.": "General", "adm.": "Admiral", "lt.": "Lieutenant", "col.": "Colonel",
                      "pres.": "President"}
# US party letters in tags such as "(R-Ariz.)" and party adjectives before a title ("Republican Sen.").
PARTY_NAMES = {"r": "Republican Party", "d": "Democratic Party", "republican": "Republican Party",
               "democratic": "Democratic Party", "democrat": "Democratic Party", "gop": "Republican Party"}
# "Sen." or "Rep." before a name with a US party tag: the chamber (gazetteer ids).
US_CHAMBERS = {"sen": "us-senate", "senator": "us-senate", "rep": "us-house", "representative": "us-house",
               "sens": "us-senate", "senators": "us-senate", "reps": "us-house", "representatives": "us-house",
               "congressman": "us-house", "congresswoman": "us-house"}
PAST_MARKERS = ("former", "then", "late", "at that time", "at the time", "formerly", "ex-", "retired")
# Role heads that mean working at a body rather than holding a post in it.
AFFILIATION_HEADS = frozenset(
    """professor expert analyst researcher fellow scholar scientist lecturer economist member
    spokesman spokeswoman spokesperson employee staffer correspondent journalist reporter editor
    columnist student graduate teacher anchor host contributor writer attorney lawyer engineer
    consultant physician surgeon pilot detective inspector strategist pollster anchorman anchorwoman newsman
    newswoman""".split()
)

# "X writes in the Washington Examiner": the author writes for the outlet.
COLUMN_VERBS = frozenset("write contribute opine".split())

# Meetings: verbs that state one with a person as object or after "with"/"to".
MEET_VERBS = frozenset("meet confer consult host receive".split())
TALK_VERBS = frozenset("talk speak negotiate".split())
# "A discussed Syria with B", "A and B discussed trade": a talk, whose partner only "with" names.
DISCUSS_VERBS = frozenset("discuss".split())
# Verbs of meeting someone in person, with the person as object: "greeted", "welcomed", "hosted".
GREET_VERBS = frozenset("greet welcome embrace".split())
# Nouns that a light verb ("held talks", "had a meeting") turns into a meeting.
MEETING_NOUNS = frozenset("talks meeting meetings summit negotiations conversation call discussion discussions "
                          "phone telephone conference appearance dinner lunch breakfast conversations calls summits "
                          "handshake".split())
# What two people sign together: "A and B signed the agreement" is a meeting.
SIGNED_NOUNS = frozenset("agreement agreements deal accord accords declaration document documents memorandum pact "
                         "treaty treaties statement communique protocol".split())
LIGHT_VERBS = frozenset("hold have conduct share exchange".split())  # "shared a handshake with X"
# Verbs that call a meeting off: "cancelled his meeting with X".
CANCEL_VERBS = frozenset("cancel postpone delay skip scrap suspend reschedule".split())
PHONE_WORDS = frozenset("phone telephone call phoned telephoned".split())
# Being side by side in public: "Kim, standing next to Moon, said", "said Trump, in remarks alongside X".
BESIDE_WORDS = frozenset("alongside beside".split())  # and "next to"
BESIDE_VERBS = frozenset("stand sit speak appear".split())
# Nouns of a public appearance: a meeting only beside someone, or "joint" and with someone
# ("in a joint statement with X"); alone they are one person's ("in a statement", "in remarks to reporters").
APPEARANCE_NOUNS = frozenset("remarks statement appearance briefing declaration".split())
# "In their first meeting, A and B called for ...", "during their phone call, A told B": the clause
# the meeting frames; the prepositions that frame it.
FRAME_PREPOSITIONS = frozenset("in at during after following".split())

# Treaty actions: the verb (base form) and the action the graph records.
TREATY_VERBS = {
    "sign": "signed", "join": "signed", "accede": "signed",
    "ratify": "ratified",
    "suspend": "suspended", "freeze": "suspended",
    "withdraw": "withdrew", "exit": "withdrew", "quit": "withdrew", "leave": "withdrew", "abandon": "withdrew",
    "scrap": "withdrew", "ditch": "withdrew", "pull": "withdrew",
    "violate": "violated", "breach": "violated", "flout": "violated", "contravene": "violated",
}
# Nouns between a verb and a treaty: "suspended its participation in the CFE".
TREATY_LINK_NOUNS = frozenset("participation membership part involvement obligations compliance terms provisions "
                              "limits".split())
TREATY_NOUNS = TREATY_WORDS | {"deal"}
# Words in the name or description of a body that acts for states: a party to treaties.
STATE_BODY_WORDS = frozenset(
    """senate congress parliament duma rada bundestag knesset assembly government administration ministry
    department kremlin house cabinet council commission union nations alliance bloc league community
    states federation republic kingdom""".split()
)

HEADQUARTERS_BETWEEN = re.compile(
    r"^\s*(?:,|'s|\u2019s)?\s*(?:whose\s+headquarters\s+(?:is|are)\s+(?:located\s+|situated\s+|based\s+)?in|"
    r"(?:which\s+is\s+|is\s+|being\s+|was\s+)?(?:headquartered|based)\s+in|(?:headquarters|HQ|head\s+office)\s+"
    r"(?:(?:is|are)\s+(?:located\s+|situated\s+)?)?in|"
    r"with\s+(?:its\s+)?(?:headquarters|HQ)\s+in)\s*(?:the\s+)?(?:nearby\s+)?$", re.I)
# Bodies that stand where they are: "Yonsei University in Seoul" says where it is based.
INSTITUTION_WORDS = frozenset("university college institute school academy hospital center centre".split())
# "the Vienna-based agency": a place, "-based", then the body within a few words.
BASED_AFTER = re.compile(r"^-based\s+(?:[\w.'-]+\s+){0,3}$")
# "the Crimean city of Sevastopol": a nationality adjective or place, a kind of place, "of", the place.
PLACE_KIND_OF = re.compile(
    r"(?:^|\s)(?:the\s+)?(?P<owner>(?:(?:North|South|East|West|New|Saudi|Sri)\s+)?[A-Z][\w-]+)(?:'s|\u2019s)?\s+(?:(?:northern|southern|eastern|western|central|"
    r"north-?eastern|north-?western|south-?eastern|south-?western|port|capital|border|coastal|industrial|"
    r"breakaway|occupied|disputed|embattled|besieged|strategic)\s+){0,2}"
    r"(?:city|town|village|port|region|province|district|state|capital|enclave|peninsula|territory|"
    r"oblast|county|republic)\s+of\s+$")
PLACE_KINDS = frozenset("city town village port region province district state capital enclave peninsula "
                        "territory oblast county republic governorate area".split())
# Last words of the names of places that stand inside a country or city: "Iran's Evin Prison".
FACILITY_WORDS = frozenset("prison airport base square palace bridge dam port harbor harbour station stadium "
                           "camp plant reactor facility island islands valley".split())
# "the Baba Amr neighborhood of Homs": a part of a place, then the place.
PART_OF_PLACE_BETWEEN = re.compile(
    r"^\s+(?:neighbou?rhood|district|suburb|quarter|section|area|borough|outskirts)\s+of\s+(?:the\s+)?$", re.I)
# "a unit of", "a branch of": the body before it is part of the body after it.
PART_BETWEEN = re.compile(
    r"^\s*,\s*(?:which\s+is\s+)?(?:a|an|the)?\s*(?:\w+\s+){0,2}(?:unit|branch|arm|division|subsidiary|"
    r"department|directorate|committee|subcommittee|agency|body|wing|part|member|office|service)\s+of\s+"
    r"(?:the\s+)?$", re.I)  # not "X, owned by Y": a hand review found ownership read as a part wrong

# Honorifics and ranks that may stand between a title and the name: "Supreme Leader Ayatollah Ali Khamenei",
# "Joint Chiefs Chairman Gen. Martin Dempsey", "Defense Minister Sheikh X" (the title is the one before them).
HONORIFICS = frozenset("""ayatollah grand sheikh sheik gen. adm. lt. col. maj. brig. marine army navy dr. mr. mrs. ms.
    rabbi prince cardinal archbishop rev. sir dame""".split())
# Title heads whose place before them is a subject area, not the body of the post: "Middle East adviser X",
# "Syria envoy X", "Russia expert X" (the post belongs to whoever appointed them).
PORTFOLIO_HEADS = frozenset("""adviser advisor envoy negotiator coordinator czar expert analyst correspondent editor
    specialist director representative chief hand diplomat""".split())
# Titles of a US chamber's leadership; a bare "Sen."/"Rep." is a form of address (only the party is read).
CHAMBER_LEADER_TITLES = {"speaker": "us-house", "majority leader": None, "minority leader": None,
                         "majority whip": None, "minority whip": None}
# Titles of those who conduct an inquiry: a place before one is the inquiry's subject, not the body of
# the post ("Russia special counsel X", "Benghazi independent counsel X").
INQUIRY_HEADS = frozenset(["counsel"])
# Titles that lead something: "of" and a common noun after one names the unit led ("head of analysis",
# "director of research"), which stays in the role, or the role would say the person leads the body.
UNIT_HEADS = frozenset("head director chief chairman chairwoman chair manager leader".split())
# First words of a rank ("Rear Adm.", "Vice Admiral", "Lance Cpl."): never a body of their own.
RANK_MODIFIERS = frozenset("rear vice lance petty staff master brigadier lieutenant".split())
# Head nouns of a nation's own bodies, named with its adjective: "the Haitian Parliament", "the Bulgarian
# Socialist Party", "the Russian Defence Ministry" sit in that country. (Not an embassy, a mission or a
# delegation, which sit abroad; nor a "Council", "Observatory" or "Institute", which are as often a group in
# exile or abroad: "the Syrian National Council" sat in Istanbul.)
NATIONAL_BODY_HEADS = frozenset(
    """parliament government ministry army navy military police party court cabinet senate assembly congress
    legislature guard guards forces agency bank""".split())
# States that no longer exist and the gazetteer's countries whose land they held: "Frankfurt, West Germany"
# and "Kiev, Soviet Union" name a town of today's Germany or Ukraine in the state of the day.
FORMER_STATES = {
    "west-germany": frozenset(["germany"]), "east-germany": frozenset(["germany"]),
    "soviet-union": frozenset("""russia ukraine belarus kazakhstan uzbekistan turkmenistan kyrgyzstan tajikistan georgia
        armenia azerbaijan moldova lithuania latvia estonia""".split()),
    "yugoslavia": frozenset("serbia croatia slovenia bosnia-and-herzegovina montenegro north-macedonia kosovo".split()),
    "czechoslovakia": frozenset(["czech-republic", "slovakia"]),
}



# Platforms people post on: "Jane Doe, Twitter" under a quotation says where she wrote it, not who employs her.
PLATFORMS = frozenset("twitter x facebook instagram youtube telegram tiktok snapchat reddit medium substack "
                      "linkedin weibo wechat vkontakte vk gab parler gettr rumble threads bluesky mastodon".split())
# A reporter's title after a body names the beat, when an outlet stands before it ("ABC News White House correspondent X").
BEAT_HEADS = frozenset("correspondent correspondents reporter reporters".split())
# The titles "press" is part of ("press secretary"); before another title it is the verb ("the Senate press General X").
PRESS_HEADS = frozenset("""secretary secretaries officer officers aide aides attache attaché spokesman spokeswoman
    spokesperson assistant adviser advisor director""".split())
