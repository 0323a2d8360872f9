"""Head words that say what kind of thing a name names: general English, never taken from articles.

The last word of a name (or the word before "of", or a leading geographic word) is its head:
"Western Wall" and "River Clyde" are places, "Dawa Party" and "Ministry of Defence" are bodies.
"""
from __future__ import annotations

PLACE_HEADS = frozenset(
    """wall gate bridge square airport church cathedral chapel mosque temple synagogue museum base station
    palace street avenue river lake sea ocean mountain mountains mount fort port island islands peninsula
    valley desert strait gulf bay canal plaza zone village province region oblast governorate border
    line cape camp garden gardens""".split()
)
LEADING_PLACE_WORDS = frozenset("river lake mount mountains fort port gulf cape strait sea camp".split())
ORGANIZATION_HEADS = frozenset(
    """party ministry committee council agency department university college institute foundation company
    corporation bank army navy forces command commission union league association organization
    organisation group network service bureau court parliament assembly senate congress government
    administration academy movement brigade battalion militia""".split()
)
# First words shared by many bodies' names: "House" is not short for the House Armed Services
# Committee, nor "National" for the National Security Council.
GENERIC_FIRST_WORDS = frozenset(
    """house senate white national united new north south east west central royal federal state states
    european american international world global foreign joint supreme general first""".split()
)
