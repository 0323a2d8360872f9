"""Small word lists the extraction rules share: general English, never taken from articles."""
from __future__ import annotations

NER_TYPES = {"PERSON": "Person", "ORG": "Organization", "GPE": "Place", "LOC": "Place", "FAC": "Place", "LAW": "Treaty"}
TREATY_WORDS = frozenset(
    "treaty agreement agreements accord accords convention pact protocol memorandum charter".split()
)
# Prepositions that cannot end a name: a span ending in one was cut short by the model.
NAME_INNER_PREPOSITIONS = frozenset("of to for in on at".split())
# Nouns that describe a person; "X, a professor at ..." makes X a person.
PERSON_NOUNS = frozenset(
    """professor expert analyst scientist researcher scholar fellow economist historian lawyer
    spokesman spokeswoman spokesperson minister president chairman chairwoman chair head chief director
    ambassador envoy diplomat official officer general admiral commander senator congressman
    congresswoman lawmaker deputy secretary leader founder editor journalist correspondent reporter
    author writer member adviser advisor aide negotiator representative governor mayor premier
    chancellor king queen prince prime colonel lieutenant captain major sergeant judge prosecutor
    columnist commentator observer politician activist candidate""".split()
)
# Honorifics written before a person's name, and those that say the person is a woman ("Mrs May").
HONORIFICS = ("Mrs", "Ms", "Miss", "Mme", "Madame", "Dame", "Mr", "Sir")
FEMALE_HONORIFICS = frozenset("mrs ms miss mme madame dame".split())
# Words that start a role title; never the first name of a person.
TITLE_WORDS = PERSON_NOUNS | frozenset(
    """mr mrs ms dr sir former acting deputy vice foreign defence defense state then late special counsel
    undersecretary sen rep gov gen lt col sgt capt adm cmdr maj rev pres amb supreme""".split()
)
# Context words that mark a news outlet: "X reports", "correspondent of X".
MEDIA_AFTER = frozenset("reports correspondent correspondents".split())
MEDIA_BEFORE = frozenset("correspondent correspondents reporter".split())
# One-word "organisations" that name no particular body on their own.
GENERIC_ORGANIZATION_WORDS = frozenset(
    """llc inc corp ltd co plc group company cabinet government ministry parliament army navy hill
    administration department agency committee council court police military forces""".split()
)
# Last words of sports clubs' names: "Sheffield United", "Queens Park Rangers" are no people.
TEAM_WORDS = frozenset(
    """united city town county rovers rangers athletic athletico albion wanderers villa hotspur orient
    thistle academical harriers argyle alexandra wednesday fc afc sc club reserves xi select""".split()
)
# Column headings and row labels of results tables: never a team's name.
TABLE_LABELS = frozenset(
    """total totals extras points pts average avg played won drawn lost draw goals for against pct gb
    division group round standings results result scorers attendance halftime half time bowling batting
    innings overs wickets fall score scores final semifinal semi quarterfinal leg first second third
    fourth fifth last place rank w l d t p pos no""".split()
)
# Parts of a country that field national sides of their own: in a results table they are the
# nation, not a club (countries themselves are known from the gazetteer and GeoNames).
NATIONAL_SIDES = frozenset(["england", "scotland", "wales", "northern ireland"])
# Last words of company names: "Sun Hung Kai Properties", "Warner Bros" are no people or places.
COMPANY_WORDS = frozenset(
    """inc corp corporation co ltd llc plc sa ag nv gmbh bv spa ab oy asa group holdings holding properties
    industries airlines airways bank bancorp bros brothers sons partners associates technologies systems
    communications motors electronics pharmaceuticals securities capital investments enterprises resources
    petroleum chemicals steel mining insurance financial telecom""".split()
)
# Last words of places that are no towns: "Ocala National Forest", "Cameron Parish".
PLACE_WORDS = frozenset("forest forests parish range reservoir canyon plateau desert county township foothills".split())
# The AP's abbreviations of US states, as datelines write them ("Miami, Fla."), with the state.
US_STATE_ABBREVIATIONS = {
    "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California", "Colo.": "Colorado",
    "Conn.": "Connecticut", "Del.": "Delaware", "Fla.": "Florida", "Ga.": "Georgia", "Ill.": "Illinois",
    "Ind.": "Indiana", "Kan.": "Kansas", "Ky.": "Kentucky", "La.": "Louisiana", "Md.": "Maryland",
    "Mass.": "Massachusetts", "Mich.": "Michigan", "Minn.": "Minnesota", "Miss.": "Mississippi",
    "Mo.": "Missouri", "Mont.": "Montana", "Neb.": "Nebraska", "Nev.": "Nevada", "N.H.": "New Hampshire",
    "N.J.": "New Jersey", "N.M.": "New Mexico", "N.Y.": "New York", "N.C.": "North Carolina",
    "N.D.": "North Dakota", "Okla.": "Oklahoma", "Ore.": "Oregon", "Pa.": "Pennsylvania",
    "R.I.": "Rhode Island", "S.C.": "South Carolina", "S.D.": "South Dakota", "Tenn.": "Tennessee",
    "Tex.": "Texas", "Vt.": "Vermont", "Va.": "Virginia", "Wash.": "Washington", "W.Va.": "West Virginia",
    "Wis.": "Wisconsin", "Wyo.": "Wyoming",
}
# Nouns just before a name that make it a body: "Belgian club Standard Liege", "the daily Le Monde".
ORGANIZATION_BEFORE = frozenset(
    """club firm company daily newspaper weekly magazine agency side team bank
    carrier airline maker manufacturer broker brokerage insurer publisher distributor consortium
    conglomerate retailer operator network broadcaster""".split()
)
# Nouns just after a name that make it a body: "Deportivo chairman", "Cofinec CEO", "Rotor players"
# ("supporters", "fans" and "rivals" go with people as well: "Trump supporters").
ORGANIZATION_AFTER = frozenset(
    """chairman ceo shares shareholders stock captain coach manager striker midfielder defender goalkeeper
    skipper players subsidiary""".split()
)
