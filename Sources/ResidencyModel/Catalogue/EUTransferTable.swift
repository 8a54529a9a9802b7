// Standing under EU data transfer rules, as tab-separated text: country_iso2, country_name,
// eu_member, eea_member, eu_adequacy_decision (yes / no / partial).
//
// EU and EEA states say "no" under adequacy because the Commission's adequacy list covers third
// countries only: membership is read first. US is "partial" (EU-US Data Privacy Framework,
// certified organisations only), Canada "partial" (commercial organisations); Japan "yes" (private
// sector); Brazil "yes" since January 2026; the UK decision was renewed to 2031.
// Sources: European Commission, "Adequacy decisions" and the EU/EEA member lists.
//
// Countries missing here are outside the EU and EEA with no adequacy decision. EU outermost
// regions that ISO lists as separate codes (RE, GP, MQ, GF, YT, MF) and Åland (AX) are, as a
// conservative choice, not counted as EU: a claim about them is flagged rather than passed.
// Literal tabs separate the columns: keep them when editing.

enum EUTransferTable {
    static let tsv = """
country_iso2	country_name	eu_member	eea_member	eu_adequacy_decision
AT	Austria	yes	yes	no
BE	Belgium	yes	yes	no
BG	Bulgaria	yes	yes	no
HR	Croatia	yes	yes	no
CY	Cyprus	yes	yes	no
CZ	Czechia	yes	yes	no
DK	Denmark	yes	yes	no
EE	Estonia	yes	yes	no
FI	Finland	yes	yes	no
FR	France	yes	yes	no
DE	Germany	yes	yes	no
GR	Greece	yes	yes	no
HU	Hungary	yes	yes	no
IE	Ireland	yes	yes	no
IT	Italy	yes	yes	no
LV	Latvia	yes	yes	no
LT	Lithuania	yes	yes	no
LU	Luxembourg	yes	yes	no
MT	Malta	yes	yes	no
NL	Netherlands	yes	yes	no
PL	Poland	yes	yes	no
PT	Portugal	yes	yes	no
RO	Romania	yes	yes	no
SK	Slovakia	yes	yes	no
SI	Slovenia	yes	yes	no
ES	Spain	yes	yes	no
SE	Sweden	yes	yes	no
IS	Iceland	no	yes	no
LI	Liechtenstein	no	yes	no
NO	Norway	no	yes	no
CH	Switzerland	no	no	yes
GB	United Kingdom	no	no	yes
US	United States	no	no	partial
CA	Canada	no	no	partial
MX	Mexico	no	no	no
BR	Brazil	no	no	yes
CL	Chile	no	no	no
JP	Japan	no	no	yes
KR	South Korea	no	no	yes
IN	India	no	no	no
SG	Singapore	no	no	no
HK	Hong Kong	no	no	no
TW	Taiwan	no	no	no
ID	Indonesia	no	no	no
MY	Malaysia	no	no	no
TH	Thailand	no	no	no
AU	Australia	no	no	no
NZ	New Zealand	no	no	yes
IL	Israel	no	no	yes
AE	United Arab Emirates	no	no	no
BH	Bahrain	no	no	no
QA	Qatar	no	no	no
SA	Saudi Arabia	no	no	no
ZA	South Africa	no	no	no
CN	China	no	no	no
AD	Andorra	no	no	yes
AR	Argentina	no	no	yes
UY	Uruguay	no	no	yes
FO	Faroe Islands	no	no	yes
GG	Guernsey	no	no	yes
IM	Isle of Man	no	no	yes
JE	Jersey	no	no	yes
"""
}
