"""Head words that say what kind of thing a name names: general English, never taken from articles.

The last word of a name (or the word before "of", or a leading geographic word) is its head:
"Western Wall" and "River Clyde" are places, "Dawa Party" and "Ministry of Defence" are bodies.
"""
from __future__ import annotations

PLACE_HEADS = frozenset(
    """wall gate bridge square airport church cathedral chapel mosque temple synagogue museum base station
    palace street avenue river lake sea ocean mountain mountains mount fort port island islands peninsula
    valley desert strait straits gulf bay canal plaza zone village province region oblast governorate border
    line cape camp garden gardens republic kingdom emirate library cemetery memorial monument stadium arena
    hotel prison pipeline district county dam reservoir tunnel harbor harbour""".split()
)
TREATY_HEADS = frozenset("treaty agreement accord accords protocol memorandum framework".split())  # not "pact": the Warsaw Pact is a body
# Of those, the words that say so outright: a name they head is a treaty however the model tagged it
# ("North American Free Trade Agreement", "Status of Forces Agreement", "Oslo Accords").
AGREEMENT_HEADS = frozenset("treaty agreement agreements accord accords".split())
LEADING_PLACE_WORDS = frozenset("river lake mount mountains fort port gulf cape strait sea camp".split())
ORGANIZATION_HEADS = frozenset(
    """party ministry committee council agency department university college institute foundation company
    corporation bank army navy forces command commission union league association organization
    organisation group network service bureau court parliament assembly senate congress government
    administration academy movement brigade battalion militia corps television broadcasting newspaper
    magazine cooperation forum alliance coalition stiftung institut fondation fundacion fund board pac
    survey""".split()  # "U.S. Geological Survey", "Ordnance Survey": an agency
)
# Heads that alone name no one body ("the Group of 20 summit" cut to "Group", "Alliance members", "Parliamentary
# Assembly President" cut to "Assembly"): a one-word name the gazetteer does not know. Not chambers and services
# that a country has one of ("Senate", "Congress", "Army").
GENERIC_BODY_WORDS = frozenset(
    """group alliance assembly committee council commission union league association organization organisation
    agency movement coalition forum foundation institute ministry department bureau board fund network company
    corporation university college academy cooperation""".split()
)
# First words that make a name a body, whatever follows: "Team Obama", "Team Mueller", "Team USA" name a team or
# an administration, not the person or place named after the word.
LEADING_BODY_WORDS = frozenset(["team"])
# First words shared by many bodies' names: "House" is not short for the House Armed Services
# Committee, nor "National" for the National Security Council.
GENERIC_FIRST_WORDS = frozenset(
    """house senate white national united new north south east west central royal federal state states
    european american international world global foreign joint supreme general first""".split()
)
# Words in the names of bodies and places, never of people ("Jackson Hole", "Virginia Beach").
NON_PERSON_WORDS = frozenset(
    """university college institute institution foundation center centre council committee party group
    company corporation corp inc ltd bank fund agency ministry department school academy hospital church
    airport base station island islands beach city county river lake mountain mountains valley bay
    street square park hall house news times post journal tv radio network channel club league union
    association alliance forces army navy force command court assembly parliament senate congress board
    organization organisation office bureau service services administration government republic
    kingdom state states province region district museum library prize award treaty agreement corps
    cemetery memorial hotel pipeline observatory pac dam reservoir tunnel""".split()
)
# Job titles and newsroom roles: a name whose head is one of them is a title, not an entity
# ("National Security Advisor", "National Security Reporter", "Newscast Desk", "Attorney General").
JOB_TITLE_HEADS = frozenset(
    """advisor adviser reporter correspondent editor writer columnist commentator producer anchor analyst
    spokesman spokeswoman spokesperson minister secretary president chairman chairwoman director ambassador
    envoy senator congressman congresswoman governor mayor chancellor premier commander counsel attorney
    deputy aide negotiator nominee commissioner administrator official officer lawmaker speaker general
    desk contributor""".split()
)
# Events are none of the entity types: "Sochi Olympics", "Inter-Korean Summit", "Lincoln Dinner", wars, uprisings,
# crises and military exercises ("Korean War", "Second Intifada", "Orange Revolution", "Eager Lion Exercise").
# Arabic words for army, front, brigade, movement, supporters and battalions that open armed groups'
# names ("Jaish al-Fateh", "Jabhat Fateh al-Sham", "Liwa al-Quds", "Ansar al-Sharia", "Kataib Hezbollah").
ARMED_GROUP_FIRST_WORDS = frozenset("jaish jaysh jabhat jabhet liwa harakat harakat ansar kataib katai'b saraya".split())
# Arabic words for cape, hill, valley, mountain, monastery, village, house, bridge, castle and meadow that
# open place names ("Ras Tanura", "Deir ez-Zor", "Beit Hanoun", "Jisr al-Shughour"); spring, hill and caravanserai
# ("Ain", "Tal", "Khan") open people's names too ("Ayn Rand", "Tal Becker"), so only before an Arabic article.
ARABIC_PLACE_FIRST_WORDS = frozenset("ras tel wadi jabal jebel deir dayr kafr kfar beit bayt jisr qasr marj".split())
ARABIC_PLACE_FIRST_WORDS_WITH_ARTICLE = frozenset("tal tell ain ayn khan".split())
# "Arc de Triomphe", "Place de la Concorde", "Plaza de Mayo", "Palais des Nations": French, Spanish and Italian
# names of monuments, squares and buildings open with the noun for the kind of place and "de" (of).
ROMANCE_PLACE_FIRST_WORDS = frozenset("arc place plaza piazza palais palazzo pont porte rue castillo chateau".split())
ROMANCE_OF = frozenset("de du des di del della".split())
ARABIC_ARTICLES = ("al-", "el-", "ar-", "as-", "ad-", "ez-", "es-", "az-", "an-", "ash-", "at-")
EVENT_HEADS = frozenset("""summit olympics games election elections festival championship dinner gala parade
    war wars intifada uprising revolution crisis massacre exercise exercises drills maneuvers manoeuvres""".split())
# A doctrine is a policy, none of the entity types either ("Carter Doctrine", "the Obama Doctrine").
IDEA_HEADS = frozenset("doctrine doctrines".split())
# Speeches and hymns that end a name are works, none of the entity types either ("Gettysburg Address", "the State
# of the Union Address", "New Year Speech", "the national anthem"); the last word, not the head before "of".
# Not "song": a Korean name may end in it ("Kim Chol Song").
WORK_HEADS = frozenset("address speech sermon anthem hymn ballad".split())
# Of NON_PERSON_WORDS, a common surname after a given name ("Monty Hall", "Gus Hall"): a person's name unless some
# mention's words call it a place. Not "house", "park" or "beach": "Clarence House", "Victoria Park", "Virginia Beach".
SURNAME_HEADS = frozenset(["hall"])
# Documents that end a name are none of the entity types either: "National Defense Strategy", "Worldwide Threat
# Assessment", "National Intelligence Estimate"; a review only of defence, posture, security and the like ("Nuclear
# Posture Review", "Strategic Defence and Security Review": "National Review" and "Financial Review" are outlets).
DOCUMENT_HEADS = frozenset("strategy assessment estimate".split())
REVIEWED_SUBJECTS = frozenset("posture defense defence security development diplomacy spending budget".split())
# Time zones written after a clock time ("9 p.m. ET", "KST"): never an entity.
TIME_ZONES = frozenset("et est edt ct cst cdt mt mst mdt pt pst pdt gmt utc bst cet cest eet eest msk kst jst aest".split())


def head_word(tokens: list[str]) -> str:
    """The word that says what a name names: the last, or the one before "of" (`Church of ...`),
    or a leading geographic word (`River Clyde`, `Mount Hermon`, `Lake Geneva`)."""
    if "of" in tokens[1:]:
        return tokens[tokens.index("of") - 1]
    if tokens[0] in LEADING_PLACE_WORDS:
        return tokens[0]
    return tokens[-1]
