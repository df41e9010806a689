"""English nouns whose usual sense is a disease or an ill of the body ("malaria", "measles",
"cholera", "meningitis", "snakebite"): a killing or a fight whose subject or object is one of them
is medicine's, not an attack. Built from WordNet 3.0 (Princeton University, the WordNet licence) by
tools/build_disease_nouns.py, which says how they are chosen. Data as a module: loaded at import,
read-only, so the pure matcher may ask it.
"""

from __future__ import annotations

DISEASE_NOUNS = frozenset(
    """
achondroplasia acidosis acne ada-scid adenocarcinoma adenoma adenomyosis adhesion ague aids
alkalosis amblyopia amputation amyloidosis anemia angina anosmia anthrax ards arteriosclerosis
arthritis asbestosis ascites aspergillosis asthenia asthma astigmatism asystole atelectasis
atherosclerosis autoimmunity bacteremia bends beriberi bighead bite blackheart blackwater blain
blindness blue-blindness bluetongue boil botulism bronchiolitis bronchitis bronchopneumonia
brucellosis cachexia cancer canker carcinoid carcinoma cataract chickenpox chilblains chlamydia
chlorosis cholera chondrosarcoma chorea cirrhosis claudication clubfoot cold collapse contagion
cowpox crack-up creeps croup cyst cystitis dandruff deaf-muteness deaf-mutism deafness debility
deformity demineralization dengue dermatitis diabetes dieback diphtheria diplopia disability
disablement disease disfunction distemper dwarfism dysentery dysfunction dystrophy ebola eclampsia
eczema emphysema endemic endometriosis enteropathy ergot erysipelas erythema farsightedness
feebleness fester fibroid fibroma fibrosis filariasis fistula fluorosis frailty gall gangrene
gastroenteritis gimp gingivitis glanders glaucoma glioblastoma glioma glomerulonephritis glossolalia
goiter goitre gonorrhea gonorrhoea gout granuloma green-blindness haemophilia handicap heatstroke
heaves hemangioma hemiplegia hemochromatosis hemophilia hepatitis hepatoma herpes hickey
histiocytosis hydronephrosis hyperopia hypogonadism hypovolemia ichthyosis ileus illness impetigo
indisposition infarct infarction infection infirmity influenza insolation ischaemia ischemia itch
kala-azar keratoconus keratosis ketoacidosis knock-knee lameness leishmaniasis leprosy leptospirosis
lesion leukaemia leukemia leukocytosis leukopenia lichen limping lipoma liposarcoma listeriosis
lockjaw lupus lymphadenopathy lymphoma lyssa malaria malformation malignancy malnutrition mange
measles melanoma meningioma meningitis meningoencephalitis mesothelioma molluscum mono mononucleosis
mumps myasthenia myelofibrosis myeloma myopathy myopia myxomatosis nearsightedness neoplasm
nephritis nephropathy neurasthenia neuroblastoma neurofibromatosis neuroma neuropathy neurosyphilis
neutropenia noma osteoarthritis osteomalacia osteoporosis osteosarcoma palsy papilloma paralysis
paraplegia paresis peduncle pellagra pemphigus periodontitis pertussis pest pestilence pestis
pharyngitis phenylketonuria pheochromocytoma phthisis pimple plague pleurisy pneumoconiosis
pneumonia pock polio poliomyelitis polycythemia polyp porphyria pre-eclampsia preeclampsia
presbyopia priapism prolapse prostration psoriasis ptosis purpura pustule pyelonephritis
quadriplegia rabies red-blindness reflux retinoblastoma retinopathy rhabdomyosarcoma rheumatism
rickets rinderpest rosacea rubella rum-blossom salmonellosis sarcoidosis sarcoma sars scabies
schistosomiasis scid scleroderma sclerosis scotoma scours scrapie scrofula scurvy sepsis septicaemia
septicemia shingles shortsightedness sickness silicosis slough smallpox snakebite snow-blindness
sore staggers stasis stenosis strangles stricture struma stye sunstroke symphysis syphilis tay-sachs
teratoma tetanus thalassemia thrombocytopenia toxoplasmosis trachoma trembles trichomoniasis
tubercle tuberculosis tularemia tumor tumour typhoid typhus ulcer ulceration unfitness uremia
urethritis vaccinia valgus varicella variola varus vitiligo volvulus wasting whitlow wilt x-scid
yaws yellow-blindness zoster
    """.split()
)
