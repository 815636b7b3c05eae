# newsgraph built-in lexicon: titles of offices and honorifics.
#
# [title] fields: surface form, canonical title (SCHEMA §1), class, and optionally the ISO
# alpha-3 code of the country whose office the surface form names when no country is given
# ("Secretary of State" is American, "Foreign Secretary" and "Defence Secretary" British).
# Surface forms are matched case-insensitively; the longest form ending at a title word wins,
# so "special envoy" beats "envoy". Modifiers not listed here ("top", "new", "veteran") are
# skipped; "former", "ex-" and "then" mark a past office.
#
# Classes decide what a title implies:
#   head         head of state or government: represents its country; aides of the country
#                advise its holder ("Kremlin aide" -> advises the president of Russia)
#   deputy       deputy head of state or government: represents
#   minister     cabinet member or law officer of the state: represents
#   diplomat     ambassador, envoy, negotiator: represents; "Y's envoy" advises Y
#   advisor      aide, adviser, chief of staff: represents; advises the person or office served
#   spokesperson speaks for a state or a person: represents; "Y's spokesman" advises Y
#   official     unnamed or named state official: represents
#   military     officer of the armed forces: represents
#   legislator   member or speaker of a legislature: a role, not a representative of the state
#   judicial     judge, prosecutor, ombudsman: a role
#   party        leader or officer of a party or movement: a role without a state
#   civic        posts in companies, banks, universities, NGOs: a role without a state
#   royal        prince, princess: part of the name, not an office
#   honorific    Mr, Mrs, Lord: part of how a person is named, not an office

[title]
president	president	head
president-elect	president-elect	head
prime minister	prime minister	head
premier	prime minister	head
PM	prime minister	head
chancellor	chancellor	head
king	king	head
queen	queen	head
emir	emir	head
amir	emir	head
sultan	sultan	head
monarch	monarch	head
supreme leader	supreme leader	head
head of state	head of state	head
head of government	head of government	head
taoiseach	prime minister	head	IRL
shah	shah	head
crown prince	crown prince	head
first minister	first minister	head
leader	leader	party
vice president	vice president	deputy
vice-president	vice president	deputy
vice premier	vice premier	deputy
deputy prime minister	deputy prime minister	deputy
first deputy prime minister	deputy prime minister	deputy
deputy chancellor	deputy chancellor	deputy
minister	minister	minister
cabinet minister	minister	minister
foreign minister	foreign minister	minister
foreign secretary	foreign minister	minister	GBR
minister of foreign affairs	foreign minister	minister
foreign affairs minister	foreign minister	minister
minister for foreign affairs	foreign minister	minister
secretary of state	secretary of state	minister	USA
defense minister	defense minister	minister
defence minister	defense minister	minister
defense secretary	defense minister	minister	USA
defence secretary	defense minister	minister	GBR
secretary of defense	defense minister	minister	USA
minister of defense	defense minister	minister
minister of defence	defense minister	minister
interior minister	interior minister	minister
home secretary	interior minister	minister	GBR
home minister	interior minister	minister
minister of the interior	interior minister	minister
homeland security secretary	homeland security secretary	minister	USA
finance minister	finance minister	minister
treasury secretary	finance minister	minister	USA
secretary of the treasury	finance minister	minister	USA
chancellor of the exchequer	chancellor of the exchequer	minister	GBR
minister of finance	finance minister	minister
trade minister	trade minister	minister
trade secretary	trade minister	minister	GBR
commerce secretary	commerce minister	minister	USA
commerce minister	commerce minister	minister
economy minister	economy minister	minister
economics minister	economy minister	minister
justice minister	justice minister	minister
justice secretary	justice minister	minister	GBR
attorney general	attorney general	minister
attorney-general	attorney general	minister
solicitor general	solicitor general	minister
solicitor-general	solicitor general	minister
lord chancellor	lord chancellor	minister	GBR
health minister	health minister	minister
health secretary	health minister	minister	GBR
education minister	education minister	minister
education secretary	education minister	minister
energy minister	energy minister	minister
energy secretary	energy minister	minister	USA
oil minister	oil minister	minister
agriculture minister	agriculture minister	minister
agriculture secretary	agriculture minister	minister	USA
farm minister	agriculture minister	minister
labor minister	labor minister	minister
labour minister	labor minister	minister
labor secretary	labor minister	minister	USA
transport minister	transport minister	minister
transport secretary	transport minister	minister	GBR
transportation secretary	transport minister	minister	USA
environment minister	environment minister	minister
environment secretary	environment minister	minister	GBR
culture minister	culture minister	minister
culture secretary	culture minister	minister	GBR
information minister	information minister	minister
intelligence minister	intelligence minister	minister
industry minister	industry minister	minister
europe minister	europe minister	minister
development minister	development minister	minister
development secretary	development minister	minister	GBR
international development secretary	development minister	minister	GBR
northern ireland secretary	northern ireland minister	minister	GBR
immigration minister	immigration minister	minister
business secretary	business minister	minister	GBR
business minister	business minister	minister
work and pensions secretary	work and pensions minister	minister	GBR
secretary	secretary	minister
ambassador	ambassador	diplomat
envoy	envoy	diplomat
special envoy	special envoy	diplomat
special representative	special representative	diplomat
peace envoy	envoy	diplomat
investment envoy	envoy	diplomat
emissary	envoy	diplomat
diplomat	diplomat	diplomat
top diplomat	diplomat	diplomat
senior diplomat	diplomat	diplomat
consul	consul	diplomat
consul general	consul	diplomat
high commissioner	high commissioner	diplomat
chargé d'affaires	charge d'affaires	diplomat
charge d'affaires	charge d'affaires	diplomat
negotiator	negotiator	diplomat
chief negotiator	negotiator	diplomat
trade negotiator	negotiator	diplomat
nuclear negotiator	negotiator	diplomat
representative	representative	diplomat
trade representative	trade representative	diplomat
adviser	advisor	advisor
advisor	advisor	advisor
senior adviser	senior advisor	advisor
senior advisor	senior advisor	advisor
national security adviser	national security advisor	advisor
national security advisor	national security advisor	advisor
security adviser	security advisor	advisor
security advisor	security advisor	advisor
foreign policy adviser	foreign policy advisor	advisor
foreign policy advisor	foreign policy advisor	advisor
economic adviser	economic advisor	advisor
economic advisor	economic advisor	advisor
chief economic adviser	economic advisor	advisor
special adviser	special advisor	advisor
special advisor	special advisor	advisor
counsellor	advisor	advisor
counselor	advisor	advisor
aide	aide	advisor
senior aide	aide	advisor
top aide	aide	advisor
foreign policy aide	aide	advisor
national security aide	national security aide	advisor
assistant	assistant	advisor
special assistant	assistant	advisor
chief of staff	chief of staff	advisor
deputy chief of staff	deputy chief of staff	advisor
spokesman	spokesperson	spokesperson
spokeswoman	spokesperson	spokesperson
spokesperson	spokesperson	spokesperson
deputy spokesman	deputy spokesperson	spokesperson
deputy spokeswoman	deputy spokesperson	spokesperson
deputy spokesperson	deputy spokesperson	spokesperson
press secretary	spokesperson	spokesperson
deputy press secretary	deputy spokesperson	spokesperson
official	official	official
senior official	official	official
government official	official	official
administration official	official	official
civil servant	official	official
general	general	military
lieutenant general	general	military
major general	general	military
brigadier general	general	military
brigadier	brigadier	military
field marshal	field marshal	military
colonel	colonel	military
lieutenant colonel	lieutenant colonel	military
lt col	lieutenant colonel	military
lt. col.	lieutenant colonel	military
lt.-col.	lieutenant colonel	military
col.	colonel	military
gen.	general	military
admiral	admiral	military
vice admiral	admiral	military
rear admiral	admiral	military
commander	commander	military
army chief	army chief	military
military chief	military chief	military
defence chief	military chief	military
captain	captain	military
sergeant	sergeant	military
senator	senator	legislator
sen.	senator	legislator
congressman	representative	legislator	USA
congresswoman	representative	legislator	USA
rep.	representative	legislator
lawmaker	lawmaker	legislator
legislator	legislator	legislator
MP	member of parliament	legislator
member of parliament	member of parliament	legislator
speaker	speaker	legislator
house speaker	speaker	legislator	USA
speaker of the house	speaker	legislator	USA
judge	judge	judicial
chief justice	chief justice	judicial
prosecutor	prosecutor	judicial
chief prosecutor	chief prosecutor	judicial
special prosecutor	special prosecutor	judicial
prosecutor general	prosecutor general	judicial
public prosecutor	prosecutor	judicial
ombudsman	ombudsman	judicial
public ombudsman	ombudsman	judicial
public defender	public defender	judicial
mayor	mayor	civic
governor	governor	civic
opposition leader	leader	party
deputy leader	deputy leader	party
chairman	chairman	civic
chairwoman	chairman	civic
chair	chairman	civic
secretary-general	secretary-general	civic
secretary general	secretary-general	civic
general secretary	secretary-general	civic
director	director	civic
executive director	executive director	civic
country director	country director	civic
managing director	managing director	civic
director general	director general	civic
director-general	director general	civic
chief executive	chief executive	civic
chief executive officer	chief executive	civic
CEO	chief executive	civic
chief economist	chief economist	civic
economist	economist	civic
founder	founder	civic
co-founder	founder	civic
head	head	civic
chief	chief	civic
commissioner	commissioner	civic
professor	professor	civic
prof.	professor	civic
ranger	ranger	civic
elder	elder	civic
editor	editor	civic
analyst	analyst	civic
prince	prince	royal
princess	princess	royal
duke	duke	royal
duchess	duchess	royal
mr	mr	honorific
mr.	mr	honorific
mrs	mrs	honorific
mrs.	mrs	honorific
ms	ms	honorific
ms.	ms	honorific
miss	miss	honorific
dr	dr	honorific
dr.	dr	honorific
sir	sir	honorific
dame	dame	honorific
lord	lord	honorific
lady	lady	honorific
baroness	baroness	honorific
baron	baron	honorific
sheikh	sheikh	honorific
sheik	sheikh	honorific
rev.	reverend	honorific
reverend	reverend	honorific
imam	imam	honorific
rabbi	rabbi	honorific
cardinal	cardinal	honorific
pope	pope	honorific
ayatollah	ayatollah	honorific
mullah	mullah	honorific
