"""English nouns whose usual sense is a disease or an ill of the body ("malaria", "measles",
"cholera", "meningitis", "snakebite"): a killing or a fight whose subject or object is one of them
is medicine's, not an attack. Built from WordNet 3.0 (Princeton University, the WordNet licence) by
tools/build_disease_nouns.py, which says how they are chosen. Data as a module: loaded at import,
read-only, so the pure matcher may ask it.
"""

from __future__ import annotations

DISEASE_NOUNS = frozenset(
    """
achondroplasia acidosis acne ada-scid adenocarcinoma adenoma adenomyosis adhesion ague alkalosis
amblyopia amputation amyloidosis anemia angina anosmia anthrax ards arteriosclerosis arthritis
asbestosis ascites aspergillosis asthenia asthma astigmatism asystole atelectasis atherosclerosis
autoimmunity bacteremia beriberi bighead blackheart blackwater blain blindness blue-blindness
bluetongue botulism bronchiolitis bronchitis bronchopneumonia brucellosis cachexia carcinoid
carcinoma cataract chickenpox chilblains chlamydia chlorosis cholera chondrosarcoma chorea cirrhosis
claudication clubfoot contagion cowpox crack-up croup cyst cystitis dandruff deaf-muteness
deaf-mutism deafness debility deformity demineralization dengue dermatitis diabetes dieback
diphtheria diplopia disability disablement disease disfunction dwarfism dysentery dysfunction
dystrophy ebola eclampsia eczema emphysema endometriosis enteropathy ergot erysipelas erythema
farsightedness feebleness fibroid fibroma fibrosis filariasis fistula fluorosis frailty
gastroenteritis gingivitis glanders glaucoma glioblastoma glioma glomerulonephritis glossolalia
goiter goitre gonorrhea gonorrhoea gout granuloma green-blindness haemophilia heatstroke hemangioma
hemiplegia hemochromatosis hemophilia hepatitis hepatoma herpes hickey histiocytosis hydronephrosis
hyperopia hypogonadism hypovolemia ichthyosis ileus illness impetigo indisposition infarct
infarction infection infirmity influenza insolation ischaemia ischemia kala-azar keratoconus
keratosis ketoacidosis knock-knee lameness leishmaniasis leprosy leptospirosis lesion leukaemia
leukemia leukocytosis leukopenia lichen lipoma liposarcoma listeriosis lockjaw lupus lymphadenopathy
lymphoma lyssa malaria malformation malignancy malnutrition mange measles melanoma meningioma
meningitis meningoencephalitis mesothelioma molluscum mononucleosis mumps myasthenia myelofibrosis
myeloma myopathy myopia myxomatosis nearsightedness neoplasm nephritis nephropathy neurasthenia
neuroblastoma neurofibromatosis neuroma neuropathy neurosyphilis neutropenia noma osteoarthritis
osteomalacia osteoporosis osteosarcoma papilloma paralysis paraplegia paresis peduncle pellagra
pemphigus periodontitis pertussis pestilence pestis pharyngitis phenylketonuria pheochromocytoma
phthisis pimple pleurisy pneumoconiosis pneumonia polio poliomyelitis polycythemia polyp porphyria
pre-eclampsia preeclampsia presbyopia priapism prostration psoriasis ptosis purpura pustule
pyelonephritis quadriplegia rabies red-blindness reflux retinoblastoma retinopathy rhabdomyosarcoma
rheumatism rickets rinderpest rosacea rubella rum-blossom salmonellosis sarcoidosis sarcoma sars
scabies schistosomiasis scid scleroderma sclerosis scotoma scrapie scrofula sepsis septicaemia
septicemia shortsightedness sickness silicosis smallpox snakebite snow-blindness stasis stenosis
stricture struma stye sunstroke symphysis syphilis tay-sachs teratoma tetanus thalassemia
thrombocytopenia toxoplasmosis trachoma trichomoniasis tubercle tuberculosis tularemia tumor tumour
typhoid typhus ulcer ulceration unfitness uremia urethritis vaccinia valgus varicella variola varus
vitiligo volvulus whitlow x-scid yellow-blindness zoster
    """.split()
)
