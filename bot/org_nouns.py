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
academy admiralty affiliate agency association aviation band bank battalion bloc board bodyguard
brethren brigade brokerage bureau business cabinet cartel charity choir chorus church circus clinic
club coalition collective college commando commission committee commonwealth company confederacy
confederation conference conglomerate conservancy conservatory consortium contingent cooperative
corp corporation corps council crew cult dealership delegation denomination directorate ensemble
enterprise federation fellowship firm foundation franchise fraternity gang guild industry institute
institution insurer issuer kindergarten league legion lodge manufacturer militia newspaper obi
orchestra organisation organization outfit panel partnership party pharma philharmonic platoon
polytechnic preschool publisher regiment school secretariat sect seminary shipper society sorority
squad squadron subcommittee subsidiary symphony syndicate team troupe union varsity
    """.split()
)
