"""English: number words, months, titles, places and organisations, as data."""

from __future__ import annotations

from align_check.checks.lexicon import Lexicon, codes, entities, numbers, words

_CARDINALS = numbers("""
zero=0; two=2; three=3; four=4; five=5; six=6; seven=7; eight=8; nine=9; ten=10; eleven=11;
twelve=12; thirteen=13; fourteen=14; fifteen=15; sixteen=16; seventeen=17; eighteen=18;
nineteen=19; twenty=20; thirty=30; forty=40; fifty=50; sixty=60; seventy=70; eighty=80;
ninety=90; one=1; a=1; an=1
""")

_MULTIPLIERS = numbers("""
hundred=100; thousand=1000; million=1000000; billion=1000000000; trillion=1000000000000;
hundreds=100; thousands=1000; millions=1000000; billions=1000000000
""")

_ORDINALS = numbers("""
first=1; second=2; third=3; fourth=4; fifth=5; sixth=6; seventh=7; eighth=8; ninth=9;
tenth=10; eleventh=11; twelfth=12; thirteenth=13; fourteenth=14; fifteenth=15; sixteenth=16;
seventeenth=17; eighteenth=18; nineteenth=19; twentieth=20; thirtieth=30; fortieth=40;
fiftieth=50; hundredth=100; thousandth=1000
""")

_VAGUE = numbers("""
dozen=12; dozens=12; score=20; scores=20
""")

_CURRENCIES = codes("""
euro=EUR; euros=EUR; pounds sterling=GBP; pound sterling=GBP; pound=GBP; pounds=GBP;
sterling=GBP; dollar=USD; dollars=USD; swiss francs=CHF; yen=JPY
""")

_BOUNDS = codes("""
more than=above; over=above; well over=above; just over=above; above=above; at least=above;
in excess of=above; upwards of=above; greater than=above; no less than=above; not less
than=above; no fewer than=above; not fewer than=above; less than=below; fewer than=below;
under=below; just under=below; below=below; almost=below; nearly=below; close to=below; up
to=below; at most=below; no more than=below; not more than=below; about=about;
around=about; approximately=about; roughly=about; some=about; approx.=about; circa=about;
an estimated=about
""")
"""Qualifiers bounding a figure ("more than 2,700 migrants", "almost two million people")."""

_NEGATIVE = words("""
no none nothing nobody nowhere nor neither without non lack* fail* unless except* instead
rather absent absence free devoid void ill avoid* prevent* refus* deny denies denied hardly
barely scarcely seldom
rarely little few beyond forget* forgot* hesitat* stop* ceas* neglect* doubt* exclude
excludes excluded excluding exclusion prohibit* forbid* forbade ban banned bans unable
only solely merely just limit* restrict* spare spared spares sparing finish* quit* exceed*
more less fewer later earlier maxim* minim* lose loses losing lost loss* exempt* waive*
ignor* refrain* omit* omission*
""")
"""Words that say no without negating a verb ("without", "no", "fail to", "unable"); words
whose negation is a litotes or a double negation, as verbs of lacking, avoiding, stopping,
holding back or going beyond, and comparatives ("not without", "don't forget" = "remember",
"not limited to" = "including", "not exceeding" = "at most", "not later than"); words that
restrict ("only", the French "ne ... que")."""

_MONTHS = numbers("""
january=1; jan.=1; jan=1; february=2; feb.=2; feb=2; march=3; mar.=3; april=4; apr.=4;
apr=4; may=5; june=6; jun.=6; july=7; jul.=7; august=8; aug.=8; aug=8; september=9; sept.=9;
sep.=9; sept=9; october=10; oct.=10; oct=10; november=11; nov.=11; nov=11; december=12;
dec.=12; dec=12
""")

_WEEKDAYS = numbers("""
monday=1; tuesday=2; wednesday=3; thursday=4; friday=5; saturday=6; sunday=7
""")

_TITLES = words("""
captain colonel dame doctor dr dr. general hon hon. honourable king lady lord miss mp mr mr.
mrs mrs. ms ms. prince princess prof prof. professor queen rev right rt rt. saint sir st st.
""")

_ROLES = words("""
ambassador chancellor commissioner counterpart director governor mayor minister ministers
prefect president secretary
""")

_POSSESSORS = words("federal national our nation country")
"""Words that stand for the country a text is from."""

_GENERIC = words("""
act affairs agency agreement annex article assembly authorities authority board bureau
cabinet chancellor chapter charter chief code commission commissioner committee constitution
convention council court declaration department deputy directive directorate foreign from
general government government's home i interior joint justice member members minister
minister's ministers ministry national nations office on page parliament part presidency
president press prime programme protocol published regulation release republic scheme
secretary secretary's security service services share state statement states summit title
treaty tribunal union united
agriculture business culture defence defense digital economy education employment energy
environment finance health housing industry innovation labour pensions research science
sport technology trade transport treasury work
""")
"""Besides the words of institutions, the portfolios of ministers ("Minister for Labour"):
capitalised, but not names, and translated."""

_STOPWORDS = words("""
a about after all also an and any are as at be been before being both but by can could did
do does each for from had has have he her here him his if in into is it its may might more
most must no nor not of on only or our over shall she should since so such than that the
their them then there these they this those to very was we were what when where which while
who whom whose will with would you your
""")

_ENTITY_NAMES = entities("""
GOD: God; FR: France; GB: United Kingdom | UK | U.K. | Britain | Great Britain; DE: Germany;
IT: Italy; ES: Spain; PT: Portugal; BE: Belgium; NL: Netherlands; LU: Luxembourg; IE:
Ireland; AT: Austria; CH: Switzerland; PL: Poland; SE: Sweden; DK: Denmark; FI: Finland; NO:
Norway; GR: Greece; CZ: Czech Republic | Czechia; SK: Slovakia; HU: Hungary; RO: Romania;
BG: Bulgaria; HR: Croatia; SI: Slovenia; EE: Estonia; LV: Latvia; LT: Lithuania; CY: Cyprus;
MT: Malta; IS: Iceland; US: United States | USA | US | U.S. | America; CA: Canada; MX:
Mexico; BR: Brazil; CN: China; JP: Japan; IN: India; RU: Russia; UA: Ukraine; TR: Turkey |
Türkiye; MA: Morocco; DZ: Algeria; TN: Tunisia; EG: Egypt; SY: Syria; IQ: Iraq; IR: Iran;
AF: Afghanistan; LY: Libya; AU: Australia; NZ: New Zealand; ZA: South Africa; SA: Saudi
Arabia; KR: South Korea; ENG: England; SCT: Scotland; WLS: Wales; NIR: Northern Ireland;
EUROPE: Europe; AFRICA: Africa; ASIA: Asia; CHANNEL: Channel | English Channel; MED:
Mediterranean; MIDEAST: Middle East; LONDON: London; BRUSSELS: Brussels; GENEVA: Geneva;
LISBON: Lisbon; WARSAW: Warsaw; VIENNA: Vienna; MOSCOW: Moscow; HAGUE: The Hague | Hague;
DOVER: Dover; DUNKIRK: Dunkirk; EDINBURGH: Edinburgh; ATHENS: Athens; LYON: Lyon | Lyons;
MARSEILLE: Marseille | Marseilles; ROME: Rome; EU: EU | European Union; UN: UN | United
Nations; NATO: NATO; PNR: PNR | Passenger Name Record | Passenger Name Records; IMF: IMF;
WHO: WHO; OECD: OECD; ECB: ECB; WTO: WTO; UNHCR: UNHCR; NGO: NGO | NGOs; GDP: GDP; VAT: VAT;
ECHR: ECHR; ICC: ICC; ILO: ILO; SME: SME | SMEs; EC: European Commission; EP: European
Parliament
""")

_ENTITY_FORMS = entities("""
FR: french | franco-*; GB: british | briton* | anglo-*; DE: german | germans; IT: italian*;
ES: spanish | spaniard*; PT: portuguese; BE: belgian*; NL: dutch; IE: irish; CH: swiss; PL:
polish | pole | poles; GR: greek*; US: american*; CN: chinese; RU: russian*; UA: ukrainian*;
TR: turkish | turk | turks; MA: moroccan*; DZ: algerian*; SY: syrian*; ENG: english; SCT:
scottish | scots; EUROPE: europ*; EU: europ* | community; AFRICA: african*; MED:
mediterranean; UN: united nations
""")

ENGLISH = Lexicon(
    code="en",
    name="English",
    decimal_comma=False,
    cardinals=_CARDINALS,
    multipliers=_MULTIPLIERS,
    joiners=words("and"),
    articles_one=words("a an one"),
    ordinals=_ORDINALS,
    vague=_VAGUE,
    percent_words=("per cent", "percent", "per-cent"),
    currencies=_CURRENCIES,
    currency_links=("of",),
    range_starts=words("between from"),
    range_links=words("and to"),
    definites=words("the these those"),
    bounds=_BOUNDS,
    negation_words=words("not never cannot"),
    negation_ending="n't",
    nonfinite_ending="ing",
    negation_idioms=(
        "not only",
        "not just",
        "not least",
        "not to mention",
        "or not",
        "if not",
        "not necessarily",
        "can't wait",
        "cannot wait",
        "rather than",
        "far from",
        "other than",
        "apart from",
        "let alone",
    ),
    negative_words=_NEGATIVE,
    negative_prefixes=("un", "in", "im", "il", "ir", "dis", "non"),
    negative_suffixes=("less",),
    clause_links=words("and but or so then"),
    clause_openings=words("and or but which who whose where whether while including to because"),
    alternatives=words("or"),
    months=_MONTHS,
    risky_months=words("apr aug dec feb jan march may nov oct sept"),
    capital_months=True,
    weekdays=_WEEKDAYS,
    day_links=words("of the"),
    titles=_TITLES,
    roles=_ROLES,
    generic=_GENERIC,
    possessors=_POSSESSORS,
    title_case=True,
    list_links=words("and or"),
    list_ands=words("and"),
    articles=words("the"),
    list_openers=words("by like including"),
    of_words=words("of"),
    of_articles=words("the"),
    possessive_ending="'s",
    only_words=words("only"),
    in_language=words("in"),
    language_names=words("french english"),
    stopwords=_STOPWORDS,
    entity_names=_ENTITY_NAMES,
    entity_forms=_ENTITY_FORMS,
)
"""The English table."""
