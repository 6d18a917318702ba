"""French: number words, months, titles, places and organisations, as data."""

from __future__ import annotations

from align_check.checks.lexicon import Lexicon, codes, entities, numbers, words

_CARDINALS = numbers("""
zéro=0; deux=2; trois=3; quatre=4; cinq=5; six=6; sept=7; huit=8; neuf=9; dix=10; onze=11;
douze=12; treize=13; quatorze=14; quinze=15; seize=16; vingt=20; vingts=20; trente=30;
quarante=40; cinquante=50; soixante=60; septante=70; huitante=80; octante=80; nonante=90;
un=1; une=1
""")

_MULTIPLIERS = numbers("""
cent=100; cents=100; mille=1000; million=1000000; millions=1000000; milliard=1000000000;
milliards=1000000000; billion=1000000000000; billions=1000000000000
""")

_ORDINALS = numbers("""
premier=1; première=1; premiers=1; premières=1; deuxième=2; second=2; seconde=2;
troisième=3; quatrième=4; cinquième=5; sixième=6; septième=7; huitième=8; neuvième=9;
dixième=10; onzième=11; douzième=12; treizième=13; quatorzième=14; quinzième=15;
seizième=16; vingtième=20; trentième=30; quarantième=40; cinquantième=50; centième=100;
millième=1000
""")

_VAGUE = numbers("""
dizaine=10; douzaine=12; quinzaine=15; vingtaine=20; trentaine=30; quarantaine=40;
cinquantaine=50; soixantaine=60; centaine=100; millier=1000; dizaines=10; douzaines=12;
quinzaines=15; vingtaines=20; trentaines=30; quarantaines=40; cinquantaines=50;
soixantaines=60; centaines=100; milliers=1000
""")

_CURRENCIES = codes("""
euro=EUR; euros=EUR; livre sterling=GBP; livres sterling=GBP; livre=GBP; livres=GBP;
dollar=USD; dollars=USD; franc suisse=CHF; francs suisses=CHF; yen=JPY; yens=JPY
""")

_BOUNDS = codes("""
plus de=above; plus d'=above; un peu plus de=above; un peu plus d'=above; bien plus de=above;
bien plus d'=above; au-delà de=above; au delà de=above; au moins=above; pas moins de=above;
pas moins d'=above; moins de=below; moins d'=below; un peu moins de=below; un peu moins
d'=below; presque=below; près de=below; près d'=below; tout près de=below; quasi=below;
quasiment=below; pas plus de=below; pas plus d'=below; au plus=below; au maximum=below;
jusqu'à=below; jusqu'a=below; environ=about; quelque=about; autour de=about; autour
d'=about; approximativement=about; à peu près=about; aux alentours de=about; de l'ordre
de=about; de l'ordre d'=about; env.=about
""")
"""Qualifiers bounding a figure ("plus de deux millions", "près de 100 pays")."""

_NEGATIVE = words("""
sans non pas jamais rien aucun aucune aucuns aucunes aucunement nul nulle nuls nulles
nullement ni guère point sauf excepté hormis hors faute absence absent* manqu* échou*
évit* empêch* refus* exclu exclue exclus exclues exclure excluent exclut interdi* hésit*
oubli* cess* néglig* dout* tard* peu moins rare* mal plutôt seul seule seuls seules
seulement uniquement limit* restrei* restrict* ménag* fini* termin* arrêt* dépass* excéd*
maxim* minim* perd* perte* défaut exempt* dispens* exception* ignor* absten* abstien*
omet* omis omission*
""")
"""Words that say no without "ne" ("sans", "pas de", "aucun"); words whose negation is a
litotes or a double negation, as verbs of lacking, avoiding, stopping, holding back or going
beyond ("n'hésitez pas" = "feel free", "ne cesse de" = "keeps", "ne se limite pas à" = "is
more than", "n'a pas fini de" = "will continue to", "ne dépassant pas" = "maximal"); words
that restrict ("seulement")."""

_MONTHS = numbers("""
janvier=1; janv.=1; février=2; fevrier=2; févr.=2; fév.=2; mars=3; avril=4; avr.=4; mai=5;
juin=6; juillet=7; juil.=7; août=8; aout=8; septembre=9; sept.=9; octobre=10; oct.=10;
novembre=11; nov.=11; décembre=12; decembre=12; déc.=12
""")

_WEEKDAYS = numbers("""
lundi=1; mardi=2; mercredi=3; jeudi=4; vendredi=5; samedi=6; dimanche=7
""")

_TITLES = words("""
abbé capitaine colonel docteur dr général lord m. madame mademoiselle me messieurs mlle
mlles mm. mme mmes monsieur pr prince princesse professeur reine roi saint sainte sir st
""")

_ROLES = words("""
ambassadeur ambassadrice chancelier chancelière commissaire directeur directrice gouverneur
homologue maire ministre ministres préfet président présidente secrétaire
""")

_POSSESSORS = words(
    "fédéral fédérale fédéraux fédérales national nationale nationaux nationales nos notre pays"
)
"""Words that stand for the country a text is from."""

_GENERIC = words("""
accord accords affaires agence annexe article assemblée autorité autorités bureau chapitre
charte code comité commissaire commission communiqué conseil constitution convention cour
direction directive déclaration département gouvernement intérieur justice loi mesdames
messieurs ministre ministres ministère nations page parlement partager partie premier presse
programme protocole préfecture préfet présidence président présidente publié règlement
république schéma service services sommet sécurité sénat titre traité tribunal unies union
état états étrangères
agriculture armées budget commerce comptes culture défense écologie économie éducation
emploi énergie enseignement environnement finances industrie innovation jeunesse logement
numérique outre-mer recherche santé solidarités sports supérieur territoires transition
transports travail
""")
"""Besides the words of institutions, the portfolios of ministers ("ministre du Travail"):
capitalised, but not names, and translated."""

_STOPWORDS = words("""
a afin ainsi après au aussi aux avant avec avoir bien car ce ceci cela ces cet cette chez
comme d' dans de depuis des donc dont du elle elles en entre est et fait il ils je l' la le
les leur leurs lors lui mais me même ne ni nos notre nous on ont or ou où par pas plus pour
qu' que qui quoi sa sans se ses si son sont sous sur te tous tout toute toutes très tu un
une vers vos votre vous y été être
""")

_ENTITY_NAMES = entities("""
GOD: Dieu; FR: France; GB: Royaume-Uni | Grande-Bretagne | R.-U.; DE: Allemagne; IT: Italie;
ES: Espagne; PT: Portugal; BE: Belgique; NL: Pays-Bas; LU: Luxembourg; IE: Irlande; AT:
Autriche; CH: Suisse; PL: Pologne; SE: Suède; DK: Danemark; FI: Finlande; NO: Norvège; GR:
Grèce; CZ: République tchèque | Tchéquie; SK: Slovaquie; HU: Hongrie; RO: Roumanie; BG:
Bulgarie; HR: Croatie; SI: Slovénie; EE: Estonie; LV: Lettonie; LT: Lituanie; CY: Chypre;
MT: Malte; IS: Islande; US: États-Unis | Etats-Unis | É.-U.; CA: Canada; MX: Mexique; BR:
Brésil; CN: Chine; JP: Japon; IN: Inde; RU: Russie; UA: Ukraine; TR: Turquie; MA: Maroc; DZ:
Algérie; TN: Tunisie; EG: Égypte | Egypte; SY: Syrie; IQ: Irak | Iraq; IR: Iran; AF:
Afghanistan; LY: Libye; AU: Australie; NZ: Nouvelle-Zélande; ZA: Afrique du Sud; SA: Arabie
saoudite; KR: Corée du Sud; ENG: Angleterre; SCT: Écosse | Ecosse; WLS: Pays de Galles; NIR:
Irlande du Nord; EUROPE: Europe; AFRICA: Afrique; ASIA: Asie; CHANNEL: Manche; MED:
Méditerranée; MIDEAST: Moyen-Orient; LONDON: Londres; BRUSSELS: Bruxelles; GENEVA: Genève;
LISBON: Lisbonne; WARSAW: Varsovie; VIENNA: Vienne; MOSCOW: Moscou; HAGUE: La Haye; DOVER:
Douvres; DUNKIRK: Dunkerque; EDINBURGH: Édimbourg; ATHENS: Athènes; LYON: Lyon; MARSEILLE:
Marseille; ROME: Rome; EU: UE | Union européenne; UN: ONU | Nations unies | Nations Unies;
NATO: OTAN; PNR: PNR; IMF: FMI; WHO: OMS; OECD: OCDE; ECB: BCE; WTO: OMC; UNHCR: HCR; NGO:
ONG; GDP: PIB; VAT: TVA; ECHR: CEDH; ICC: CPI; ILO: OIT; SME: PME; EC: Commission
européenne; EP: Parlement européen
""")

_ENTITY_FORMS = entities("""
FR: français* | franco-* | francais*; GB: britanni*; DE: allemand* | germano-*; IT: italien*
| italo-*; ES: espagnol*; PT: portugais*; BE: belge*; NL: néerlandais*; IE: irlandais*; CH:
suisse*; PL: polonais*; GR: grec*; US: américain* | américano-*; CN: chinois*; RU: russe*;
UA: ukrainien*; TR: turc* | turque*; MA: marocain*; DZ: algérien*; SY: syrien*; ENG:
anglais*; SCT: écossais*; EUROPE: europ*; EU: europ* | communautaire*; AFRICA: africain*;
MED: méditerranéen*; PNR: dossiers passagers | données des passagers; UN: onusien*
""")

FRENCH = Lexicon(
    code="fr",
    name="French",
    decimal_comma=True,
    cardinals=_CARDINALS,
    multipliers=_MULTIPLIERS,
    joiners=words("et"),
    articles_one=words("un une"),
    ordinals=_ORDINALS,
    vague=_VAGUE,
    percent_words=("pour cent", "pourcent", "pour-cent"),
    currencies=_CURRENCIES,
    currency_links=("d'", "de"),
    range_starts=words("de entre"),
    range_links=words("a au et à"),
    definites=words("les ces"),
    bounds=_BOUNDS,
    negation_particles=words("ne n'"),
    negation_words=words(
        "pas plus jamais rien aucun aucune aucuns aucunes aucunement guère nullement nul nulle ni"
    ),
    negative_subjects=words("aucun aucune rien nul nulle personne ni"),
    restrictions=words("que qu'"),
    comparatives=words("plus moins mieux pire autant aussi"),
    negation_idioms=(
        "on ne peut plus",
        "on ne peut mieux",
        "n' importe",
        "au lieu",
        "à moins",
        "loin de",
        "en dehors",
        "autre que",
        "autres que",
        "à peine",
    ),
    negative_words=_NEGATIVE,
    negative_prefixes=("in", "im", "il", "ir", "non", "dés"),
    clause_links=words("et mais ou car donc puis"),
    clause_openings=words("et ou mais qui dont où pour afin notamment car soit lorsque"),
    alternatives=words("ou"),
    months=_MONTHS,
    capital_months=False,
    weekdays=_WEEKDAYS,
    titles=_TITLES,
    roles=_ROLES,
    generic=_GENERIC,
    possessors=_POSSESSORS,
    list_links=words("et ou"),
    list_ands=words("et"),
    articles=words("la le les l' de du des d'"),
    list_openers=words("par comme notamment"),
    of_words=words("du de d'"),
    only_words=words("seulement uniquement"),
    in_language=words("en"),
    language_names=words("français française anglais anglaise"),
    stopwords=_STOPWORDS,
    entity_names=_ENTITY_NAMES,
    entity_forms=_ENTITY_FORMS,
)
"""The French table."""
