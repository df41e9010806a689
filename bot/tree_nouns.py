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
blueberry bluebonnet bonsai bottle-tree boysenberry bramble breadfruit break-axe briar bridal-wreath
broom-weed buckthorn burdock bush butter-print butternut buttonwood cacao calamus camelia camellia
candlewood cannabis caper capsicum carissa cashew cassia cassie casuarina catalpa catgut cayenne
cedar chicot cirio clementine cloudberry clover-root coca coco conifer coral-wood cornel cotoneaster
cottonwood coville crabapple cranberry croton dahl daisy-bush dangle-berry daphne deodar derris
dewberry dhak dhal dita dogwood durian eglantine elderberry elk-wood ephedra erica estragon eucalypt
filbert fire-bush fire-on-the-mountain five-finger flamboyant flower-of-an-hour flowers-of-an-hour
forsythia framboise frangipani frost-weed fuchsia fuji furze gall-berry ganja gardenia gari gingko
ginkgo goose-tansy gooseberry gorse grapefruit grevillea gri-gri ground-berry grouse-berry guava
gumbo-limbo hackberry hawthorn hazel hazelnut he-huckleberry heath heather hercules-club hibiscus
holly hollyhock honey-flower honeypot honeysuckle hornbeam hortensia huckleberry hydrangea inga
iron-tree ironwood islay jacaranda jackfruit jalapeno japonica jasmine jessamine jew-bush jujube
juniper kaki kali kalmia kiss-me-over-the-garden-gate kola kumquat lady-of-the-night laurel
laurel-tree lavender leatherwood lemon-wood life-of-man lightwood lilac lingonberry litchi
live-and-die lodgepole longan loosestrife loquat lupin lupine macadamia madrona mallee mallow
mandarin mango mangosteen mangrove manzanita marble-wood marihuana marijuana marri matai medlar
mesquite milk-vetch mimosa miro molle montezuma moose-wood morello mugwort mulberry multiflora
myrtle nagi nectarine needle-bush needle-wood neem nightshade nutmeg nutmeg-yew ocotillo palas
palmetto palmyra papaw papaya paprika patchouli pawpaw peach peach-wood pepperidge periwinkle
persimmon philadelphus pichi pimento pine pine-weed pinon pinwheel pinyon pistachio pixy plum
plum-yew poinsettia poison-berry pollard pomegranate pomelo ponderosa pride-of-india privet protea
puka quince rabbit-weed rambutan rangpur raspberry rattan rattle-top red-berry redbud rest-harrow
rewa-rewa rhododendron rimu roble rooibos rose rosebush roselle rowan rozelle sagebrush salai salal
sallow saltbush saman samba sapling sassafras satsuma senna she-oak shrub silkwood silver-bush
single-leaf siris sloe snow-in-summer snow-on-the-mountain soap-weed soursop spurge squaw-bush
star-thistle sugar-bush sugi sulla sweetbriar switch-ivy syringa tamarack tamarind tamarindo
tamarisk tangerine tar-wood tarragon thrift tipu titi tree trumpet-wood tung velvet-leaf wahoo
waratah whin willow wing-nut wormwood ylang-ylang yucca zaman
    """.split()
)
