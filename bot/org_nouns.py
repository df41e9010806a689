"""Common English nouns of organisations ("insurer", "newspaper", "militia", "league"): a
capitalised name written right after one is the organisation's, though named after a town ("the
insurer Porto Seguro", "the militia Liwa al-Quds").
Built from WordNet 3.0 (Princeton University, the WordNet licence) by tools/build_org_nouns.py,
which says how they are chosen. Data as a module: loaded at import, read-only, so the pure
matcher may ask it.
"""

from __future__ import annotations

ORG_NOUNS = frozenset(
    """
academy agency airline association automaker band bank battalion bloc board brand brethren brigade
broadcaster brokerage bureau business carmaker carrier cartel channel charity choir chorus church
circus club coalition collective commission committee commonwealth company confederacy conference
consortium cooperative corp corporation corps council crew cult daily dealership delegation
denomination directorate ensemble enterprise expo fair fellowship firm foundation fraternity gang
group guild industry institute institution insurer issuer kindergarten label league magazine maker
manufacturer militia network newspaper operator orchestra organization outfit partnership party
pharma philharmonic platoon polytechnic preschool publisher regiment retailer school sect seminary
society sorority squad squadron startup subcommittee symphony syndicate tabloid team troupe union
weekly
    """.split()
)
# Those WordNet lists as adjectives too ("daily", "weekly", "fair"): before a name, they may
# qualify what it names ("the weekly Kobo market"), not head an organisation in apposition.
ALSO_ADJECTIVES = frozenset(
    """
collective cooperative daily fair firm philharmonic union weekly
    """.split()
)
# Those of a unit of an armed force (below WordNet's military unit: "brigade", "battalion"),
# posted in the town it is named after.
UNIT_NOUNS = frozenset(
    """
battalion brigade company corps militia platoon regiment squad squadron
    """.split()
)
