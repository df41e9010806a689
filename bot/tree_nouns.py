"""English nouns whose usual sense is a tree, a shrub or another woody plant ("baobab",
"acacia", "eucalyptus"): what French "abattu" fells when it kills no one. Built from WordNet 3.0
(Princeton University, the WordNet licence) by tools/build_tree_nouns.py, which says how they are
chosen. Data as a module: loaded at import, read-only, so the pure matcher may ask it.
"""

from __future__ import annotations

TREE_NOUNS = frozenset(
    """
abele absinthe acacia allspice almond althea andromeda apricot araucaria arbor arbutus areca
artemisia aspen azalea banksia banyan baobab barberry barilla bayberry beech belvedere bennet
bergamot bilberry bird-on-the-wing bitter-bark bittersweet blackcap blackjack blackthorn blood-twig
blueberry bluebonnet bonsai bottle-tree boysenberry bramble breadfruit briar bridal-wreath
broom-weed buckthorn burdock butter-print butternut buttonwood calamus camelia camellia candlewood
caper capsicum carissa cashew cassia cassie casuarina catalpa catgut cedar chicot cirio clementine
cloudberry clover-root conifer coral-wood cornel cotoneaster cottonwood coville crabapple cranberry
croton dahl dangle-berry daphne deodar derris dewberry dhak dhal dita dogwood durian eglantine
elderberry elk-wood ephedra estragon eucalypt filbert five-finger flower-of-an-hour
flowers-of-an-hour forsythia frangipani frost-weed fuchsia furze ganja gardenia gari gingko ginkgo
goose-tansy gooseberry gorse grapefruit grevillea gri-gri ground-berry grouse-berry guava
gumbo-limbo hackberry hawthorn hazel hazelnut he-huckleberry heath hercules-club hibiscus hollyhock
honey-flower honeypot honeysuckle hornbeam hortensia huckleberry hydrangea inga ironwood islay
jacaranda jackfruit jalapeno japonica jessamine jew-bush jujube juniper kaki kali kalmia
kiss-me-over-the-garden-gate kola kumquat laurel-tree lavender leatherwood lemon-wood lightwood
lilac lingonberry litchi lodgepole longan loosestrife loquat lupin lupine macadamia madrona mallee
mallow mango mangosteen mangrove manzanita marble-wood marihuana marri matai medlar mesquite
milk-vetch mimosa miro montezuma moose-wood morello mugwort mulberry multiflora myrtle nagi
nectarine needle-bush needle-wood neem nightshade nutmeg nutmeg-yew ocotillo palas palmetto palmyra
papaw papaya paprika patchouli pawpaw peach peach-wood pepperidge periwinkle persimmon philadelphus
pichi pimento pine-weed pinon pinwheel pinyon pistachio pixy plum plum-yew poinsettia pollard
pomegranate pomelo ponderosa privet protea puka quince rabbit-weed rambutan rangpur raspberry rattan
rattle-top redbud rest-harrow rewa-rewa rhododendron rimu roble rooibos rosebush roselle rowan
rozelle sagebrush salai salal sallow saltbush saman sapling sassafras satsuma she-oak shrub silkwood
single-leaf siris sloe soap-weed soursop spurge squaw-bush star-thistle sugi sulla sweetbriar
syringa tamarack tamarind tamarindo tamarisk tangerine tar-wood tarragon thrift tipu trumpet-wood
tung velvet-leaf wahoo waratah whin wing-nut wormwood ylang-ylang yucca zaman
    """.split()
)
