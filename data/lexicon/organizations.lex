# newsgraph built-in lexicon: organizations.
#
# Well-known organizations that English-language news names: news agencies, photo
# agencies, broadcasters and papers (also to recognise bylines, credits and agency tags
# such as "(Reuters)", "AFP/Getty Images"), international organizations, major parties,
# large companies, NGOs and think tanks, armed groups, and government bodies that are
# not a seat standing for the whole state (the seats, e.g. White House, Kremlin,
# Downing Street, Knesset, are in countries.lex and are deliberately NOT repeated here).
#
# Fields (TAB-separated):
#   name     canonical name
#   type     media | igo | party | company | ngo | militant | body
#   aliases  acronyms, dotted and undotted forms, other names; - when none
#   country  ISO 3166-1 alpha-3 of the home state (from countries.lex), or - for
#            international bodies and groups that span states
#
# The ~ rule is the one of countries.lex: a ~ alias is also a common word, a name, or
# a form shared with another organization (~ABC: ABC News and the Australian
# Broadcasting Corporation; ~Congress: the US Congress and the Indian National
# Congress; ~Labour; ~PTI; ~RSF). Accept it only in clear contexts. A form shared by
# two organizations is ~ in both. When the name itself is an ordinary word (Time, Vox,
# Memorial, Renaissance, Fortune), the aliases repeat it with ~.
# Maintained by hand; checked by scripts/lexicon/check_lexicons.py.

[organization]

# media: news agencies
Reuters	media	Thomson Reuters|Reuters News	GBR
Agence France-Presse	media	AFP|Agence France Presse|France-Presse|France Presse	FRA
Associated Press	media	AP|A.P.|The Associated Press|AP News	USA
Bloomberg News	media	Bloomberg|Bloomberg L.P.|Bloomberg TV|Bloomberg Television	USA
Interfax	media	Interfax news agency	RUS
TASS	media	ITAR-TASS|Tass	RUS
RIA Novosti	media	RIA|RIA news agency	RUS
Sputnik	media	Sputnik News	RUS
RT	media	Russia Today|RT News|~RT	RUS
Xinhua	media	Xinhua News Agency|New China News Agency	CHN
Yonhap	media	Yonhap News Agency	KOR
Kyodo News	media	Kyodo	JPN
Anadolu Agency	media	Anadolu|~AA	TUR
ANSA	media	-	ITA
EFE	media	Agencia EFE	ESP
Deutsche Presse-Agentur	media	dpa|DPA	DEU
Korean Central News Agency	media	KCNA	PRK
WAFA	media	Wafa|Palestinian News and Information Agency	PSE
IRNA	media	Islamic Republic News Agency	IRN
Tasnim News Agency	media	Tasnim	IRN
Fars News Agency	media	~Fars	IRN
Saudi Press Agency	media	~SPA	SAU
Syrian Arab News Agency	media	SANA	SYR
Press Trust of India	media	~PTI	IND
Central News Agency	media	~CNA|Focus Taiwan	TWN
The Canadian Press	media	Canadian Press	CAN

# media: photo and video agencies
European Pressphoto Agency	media	~EPA|EPA-EFE	DEU
Getty Images	media	Getty	USA
Shutterstock	media	-	USA
ZUMA Press	media	ZUMA|ZUMA Wire	USA
Sipa Press	media	Sipa|SIPA|Sipa USA	FRA
Ruptly	media	-	DEU

# media: broadcasters
BBC	media	British Broadcasting Corporation|BBC News|BBC World Service|BBC World News	GBR
CNN	media	Cable News Network|CNN International	USA
Fox News	media	Fox News Channel|~Fox	USA
MSNBC	media	MS NOW	USA
NBC News	media	NBC	USA
CBS News	media	CBS	USA
ABC News	media	~ABC	USA
NPR	media	National Public Radio	USA
PBS	media	Public Broadcasting Service|PBS NewsHour	USA
CNBC	media	-	USA
Sky News	media	~Sky	GBR
ITV News	media	ITV	GBR
Channel 4 News	media	Channel 4	GBR
Al Jazeera	media	Al Jazeera English|Aljazeera|Al-Jazeera	QAT
Al Arabiya	media	Al-Arabiya	SAU
France 24	media	France24	FRA
Radio France Internationale	media	RFI	FRA
Euronews	media	-	FRA
Deutsche Welle	media	DW	DEU
RAI	media	Rai|RAI News	ITA
Canadian Broadcasting Corporation	media	CBC|CBC News|Radio-Canada	CAN
Australian Broadcasting Corporation	media	~ABC|ABC Australia	AUS
NHK	media	Japan Broadcasting Corporation|NHK World	JPN
China Central Television	media	~CCTV	CHN
CGTN	media	China Global Television Network	CHN
CNA	media	Channel NewsAsia|~CNA	SGP
Voice of America	media	VOA	USA
Radio Free Europe/Radio Liberty	media	RFE/RL|Radio Free Europe|Radio Liberty|Radio Svoboda	USA
Channel One Russia	media	Channel One|Pervy Kanal	RUS
TRT World	media	TRT	TUR
NDTV	media	-	IND
Geo News	media	Geo TV	PAK
Press TV	media	PressTV	IRN
Al-Manar	media	Al Manar	LBN
Al Mayadeen	media	Al-Mayadeen	LBN
Channel 12	media	N12|Israel's Channel 12	ISR
teleSUR	media	Telesur	VEN

# media: newspapers, magazines and online outlets
The New York Times	media	New York Times|NYT|NY Times|N.Y. Times	USA
The Washington Post	media	Washington Post|WaPo	USA
The Wall Street Journal	media	Wall Street Journal|WSJ	USA
USA Today	media	-	USA
Los Angeles Times	media	LA Times|L.A. Times	USA
Politico	media	Politico Europe	USA
Axios	media	-	USA
The Hill	media	-	USA
Newsweek	media	-	USA
Time	media	Time magazine|~Time	USA
The Atlantic	media	-	USA
The New Yorker	media	New Yorker	USA
Forbes	media	-	USA
Business Insider	media	~Insider	USA
HuffPost	media	Huffington Post	USA
ProPublica	media	-	USA
Al-Monitor	media	Al Monitor	USA
Foreign Policy	media	~Foreign Policy	USA
The Economist	media	Economist	GBR
Financial Times	media	FT|The Financial Times	GBR
The Guardian	media	Guardian|The Observer|~Observer	GBR
The Times	media	Times of London|~The Times	GBR
The Sunday Times	media	-	GBR
The Daily Telegraph	media	The Telegraph|Telegraph|Sunday Telegraph	GBR
The Independent	media	~Independent	GBR
Daily Mail	media	~Mail|MailOnline|The Mail on Sunday|Mail on Sunday	GBR
The Sun	media	~Sun	GBR
Daily Mirror	media	~Mirror|The Mirror	GBR
Middle East Eye	media	MEE	GBR
Le Monde	media	-	FRA
Le Figaro	media	Figaro	FRA
Libération	media	Liberation	FRA
Der Spiegel	media	Spiegel	DEU
Die Zeit	media	Zeit|Zeit Online	DEU
Frankfurter Allgemeine Zeitung	media	FAZ|Frankfurter Allgemeine	DEU
Süddeutsche Zeitung	media	Sueddeutsche Zeitung|~SZ	DEU
Bild	media	Bild Zeitung|Bild am Sonntag	DEU
Die Welt	media	Welt	DEU
Corriere della Sera	media	Corriere	ITA
La Repubblica	media	Repubblica	ITA
El País	media	El Pais	ESP
El Mundo	media	-	ESP
Neue Zürcher Zeitung	media	NZZ|Neue Zuercher Zeitung	CHE
Kathimerini	media	-	GRC
Hürriyet	media	Hurriyet|Hurriyet Daily News	TUR
Daily Sabah	media	~Sabah	TUR
Haaretz	media	-	ISR
The Times of Israel	media	Times of Israel	ISR
The Jerusalem Post	media	Jerusalem Post|JPost	ISR
Yedioth Ahronoth	media	Ynet|Ynetnews|Yedioth	ISR
Al-Ahram	media	Al Ahram|Ahram Online	EGY
Asharq Al-Awsat	media	Asharq al-Awsat	SAU
Arab News	media	-	SAU
The National	media	~The National	ARE
The Hindu	media	-	IND
The Times of India	media	Times of India|TOI	IND
The Indian Express	media	Indian Express	IND
Dawn	media	~Dawn	PAK
South China Morning Post	media	SCMP	CHN
Global Times	media	-	CHN
People's Daily	media	Renmin Ribao	CHN
China Daily	media	-	CHN
The Straits Times	media	Straits Times	SGP
Nikkei	media	Nikkei Asia|Nihon Keizai Shimbun	JPN
Asahi Shimbun	media	Asahi	JPN
Yomiuri Shimbun	media	Yomiuri	JPN
The Korea Herald	media	Korea Herald	KOR
JoongAng Ilbo	media	Korea JoongAng Daily|JoongAng	KOR
Chosun Ilbo	media	Chosun	KOR
The Jakarta Post	media	Jakarta Post	IDN
Bangkok Post	media	-	THA
The Sydney Morning Herald	media	Sydney Morning Herald|SMH	AUS
The Australian	media	-	AUS
The New Zealand Herald	media	New Zealand Herald|NZ Herald	NZL
The Globe and Mail	media	Globe and Mail	CAN
Clarín	media	Clarin	ARG
La Nación	media	La Nacion	ARG
Folha de S.Paulo	media	Folha|Folha de Sao Paulo	BRA
O Globo	media	-	BRA
Daily Maverick	media	-	ZAF
Kommersant	media	-	RUS
Novaya Gazeta	media	-	RUS
Meduza	media	-	LVA
The Moscow Times	media	Moscow Times	NLD
Ukrainska Pravda	media	-	UKR
The Kyiv Independent	media	Kyiv Independent	UKR

# igo: United Nations system
United Nations	igo	UN|U.N.|United Nations Organization|~UNO	-
UN Security Council	igo	U.N. Security Council|United Nations Security Council|UNSC|~Security Council	-
UN General Assembly	igo	U.N. General Assembly|United Nations General Assembly|UNGA|~General Assembly	-
UN Human Rights Council	igo	U.N. Human Rights Council|United Nations Human Rights Council|UNHRC|~Human Rights Council	-
UNHCR	igo	UN Refugee Agency|U.N. refugee agency|UN refugee agency|United Nations High Commissioner for Refugees	-
UNICEF	igo	Unicef|United Nations Children's Fund	-
UNESCO	igo	Unesco|United Nations Educational, Scientific and Cultural Organization	-
UNDP	igo	United Nations Development Programme|UN Development Programme	-
UNEP	igo	United Nations Environment Programme|UN Environment Programme	-
UNRWA	igo	United Nations Relief and Works Agency|UN Relief and Works Agency	-
World Food Programme	igo	WFP|World Food Program|UN World Food Programme	-
Food and Agriculture Organization	igo	FAO|UN Food and Agriculture Organization	-
World Health Organization	igo	~WHO|World Health Organisation	-
International Atomic Energy Agency	igo	IAEA|UN nuclear watchdog	-
International Labour Organization	igo	ILO|International Labor Organization	-
International Maritime Organization	igo	~IMO	-
OCHA	igo	UN Office for the Coordination of Humanitarian Affairs|UN humanitarian office	-
OHCHR	igo	UN Human Rights Office|Office of the High Commissioner for Human Rights|UN human rights office	-
International Organization for Migration	igo	IOM|UN migration agency	-
UNODC	igo	UN Office on Drugs and Crime|United Nations Office on Drugs and Crime	-
UNFCCC	igo	UN Framework Convention on Climate Change|UN climate body	-
Intergovernmental Panel on Climate Change	igo	IPCC	-
International Court of Justice	igo	ICJ|World Court	-
International Criminal Court	igo	~ICC	-
International Monetary Fund	igo	IMF	-
World Bank	igo	World Bank Group|IBRD	-
World Trade Organization	igo	WTO|World Trade Organisation	-
UNIFIL	igo	UN Interim Force in Lebanon	-
Organisation for the Prohibition of Chemical Weapons	igo	OPCW|Organization for the Prohibition of Chemical Weapons	-

# igo: Europe
European Union	igo	EU|E.U.	-
European Commission	igo	~EC|Brussels Commission|~Commission	-
European Parliament	igo	~EP|Europarl	-
European Council	igo	-	-
Council of the European Union	igo	Council of the EU|EU Council	-
European Central Bank	igo	ECB	-
Court of Justice of the European Union	igo	CJEU|European Court of Justice|ECJ	-
European Court of Human Rights	igo	ECHR|ECtHR|Strasbourg court	-
Council of Europe	igo	CoE	-
European Investment Bank	igo	EIB	-
European Bank for Reconstruction and Development	igo	EBRD	-
European External Action Service	igo	EEAS	-
Frontex	igo	-	-
Europol	igo	-	-
European Space Agency	igo	ESA	-
NATO	igo	North Atlantic Treaty Organization|Nato|N.A.T.O.|North Atlantic Alliance|OTAN|~Alliance	-
OSCE	igo	Organization for Security and Co-operation in Europe|Organization for Security and Cooperation in Europe	-

# igo: world and regional
G7	igo	G-7|Group of Seven	-
G20	igo	G-20|Group of 20|Group of Twenty	-
BRICS	igo	-	-
Shanghai Cooperation Organisation	igo	SCO|Shanghai Cooperation Organization	-
ASEAN	igo	Association of Southeast Asian Nations	-
APEC	igo	Asia-Pacific Economic Cooperation	-
African Union	igo	~AU|A.U.	-
ECOWAS	igo	Economic Community of West African States	-
Alliance of Sahel States	igo	~AES	-
SADC	igo	Southern African Development Community	-
East African Community	igo	EAC	-
IGAD	igo	Intergovernmental Authority on Development	-
Arab League	igo	League of Arab States	-
Gulf Cooperation Council	igo	GCC|Cooperation Council for the Arab States of the Gulf	-
Organisation of Islamic Cooperation	igo	OIC|Organization of Islamic Cooperation	-
OPEC	igo	Organization of the Petroleum Exporting Countries	-
OPEC+	igo	OPEC Plus	-
International Energy Agency	igo	IEA	-
Interpol	igo	INTERPOL|International Criminal Police Organization	-
Organization of American States	igo	OAS	-
Mercosur	igo	Mercosul	-
CARICOM	igo	Caribbean Community	-
Pacific Islands Forum	igo	~PIF	-
Commonwealth of Nations	igo	~Commonwealth	-
Organisation internationale de la Francophonie	igo	Francophonie|OIF	-
Collective Security Treaty Organization	igo	CSTO	-
Commonwealth of Independent States	igo	CIS	-
Quadrilateral Security Dialogue	igo	~Quad	-
AUKUS	igo	-	-
OECD	igo	Organisation for Economic Co-operation and Development|Organization for Economic Cooperation and Development	-
Bank for International Settlements	igo	BIS	-
Asian Development Bank	igo	ADB	-
Asian Infrastructure Investment Bank	igo	AIIB	-
African Development Bank	igo	AfDB	-

# party: United States, Canada, Australia, New Zealand
Democratic Party	party	~Democrats|Democratic National Committee|DNC	USA
Republican Party	party	GOP|~Republicans|Grand Old Party|Republican National Committee|RNC	USA
Liberal Party of Canada	party	~Liberals|~Liberal Party	CAN
Conservative Party of Canada	party	~Conservatives|~Tories	CAN
New Democratic Party	party	NDP	CAN
Australian Labor Party	party	~Labor|ALP|~Labor Party	AUS
Liberal Party of Australia	party	~Liberals|~Liberal Party	AUS
New Zealand Labour Party	party	~Labour|~Labour Party	NZL

# party: United Kingdom and Ireland
Labour Party	party	~Labour Party|~Labour|UK Labour|British Labour Party	GBR
Conservative Party	party	~Conservatives|~Tories|~Tory party|Conservative and Unionist Party	GBR
Liberal Democrats	party	Lib Dems|LibDems|Lib Dem|Liberal Democrat	GBR
Scottish National Party	party	SNP	GBR
Reform UK	party	~Reform	GBR
Sinn Féin	party	Sinn Fein	IRL
Fianna Fáil	party	Fianna Fail	IRL
Fine Gael	party	-	IRL

# party: Western Europe
Renaissance	party	Renaissance party|La République En Marche|LREM|En Marche|~Renaissance	FRA
National Rally	party	Rassemblement National|~RN|National Front|Front National	FRA
La France Insoumise	party	LFI|France Unbowed	FRA
Les Républicains	party	Les Republicains|~LR	FRA
French Socialist Party	party	~Socialist Party|~PS|Parti Socialiste	FRA
Christian Democratic Union	party	CDU|~Christian Democrats	DEU
Christian Social Union	party	CSU	DEU
Social Democratic Party of Germany	party	SPD|~Social Democrats	DEU
Alliance 90/The Greens	party	Die Grünen|German Greens|~Greens	DEU
Free Democratic Party	party	FDP|Free Democrats	DEU
Alternative for Germany	party	AfD|Alternative für Deutschland	DEU
Sahra Wagenknecht Alliance	party	BSW	DEU
Austrian People's Party	party	ÖVP|OVP	AUT
Freedom Party of Austria	party	FPÖ|FPO|~Freedom Party	AUT
Brothers of Italy	party	Fratelli d'Italia|FdI	ITA
Lega	party	~League|Northern League|Lega Nord	ITA
Forza Italia	party	-	ITA
Partito Democratico	party	~PD|Italian Democratic Party	ITA
Five Star Movement	party	M5S|Movimento 5 Stelle	ITA
Spanish Socialist Workers' Party	party	PSOE|~Socialists	ESP
Partido Popular	party	~PP|~People's Party	ESP
Vox	party	~Vox	ESP
Chega	party	-	PRT
Party for Freedom	party	PVV	NLD
New Flemish Alliance	party	N-VA	BEL
New Democracy	party	~ND|Nea Dimokratia	GRC
Syriza	party	SYRIZA	GRC

# party: Nordic, Central and Eastern Europe, Turkey, Caucasus
Sweden Democrats	party	-	SWE
Finns Party	party	True Finns|Perussuomalaiset	FIN
Law and Justice	party	PiS	POL
Civic Platform	party	~PO	POL
Fidesz	party	Fidesz-KDNP	HUN
Tisza Party	party	~Tisza	HUN
Smer	party	Smer-SD	SVK
Serbian Progressive Party	party	SNS	SRB
Georgian Dream	party	-	GEO
Servant of the People	party	-	UKR
United Russia	party	-	RUS
Communist Party of the Russian Federation	party	KPRF	RUS
Justice and Development Party	party	AKP|AK Party|AK Parti	TUR
Republican People's Party	party	CHP	TUR

# party: Middle East and Africa
Likud	party	-	ISR
Yesh Atid	party	-	ISR
National Unity	party	National Unity party|~National Unity	ISR
Otzma Yehudit	party	Jewish Power|Otzma Yehudit party	ISR
Fatah	party	-	PSE
Muslim Brotherhood	party	Ikhwan	EGY
African National Congress	party	ANC	ZAF
Democratic Alliance	party	~DA	ZAF
Economic Freedom Fighters	party	EFF	ZAF
uMkhonto weSizwe Party	party	MK Party|uMkhonto weSizwe	ZAF
All Progressives Congress	party	~APC	NGA
Peoples Democratic Party	party	PDP	NGA
ZANU-PF	party	Zanu-PF|Zimbabwe African National Union-Patriotic Front	ZWE

# party: Asia and Latin America
Chinese Communist Party	party	CCP|CPC|Communist Party of China|~Communist Party	CHN
Communist Party of Vietnam	party	CPV|Vietnamese Communist Party|~Communist Party	VNM
Workers' Party of Korea	party	WPK|Korean Workers' Party	PRK
Communist Party of Cuba	party	PCC|Cuban Communist Party|~Communist Party	CUB
Bharatiya Janata Party	party	BJP	IND
Indian National Congress	party	~Congress|~Congress Party|~INC	IND
Aam Aadmi Party	party	~AAP	IND
All India Trinamool Congress	party	Trinamool Congress|TMC|AITC	IND
Pakistan Tehreek-e-Insaf	party	~PTI|Pakistan Tehreek-i-Insaf	PAK
Pakistan Muslim League (N)	party	PML-N|PMLN	PAK
Pakistan Peoples Party	party	~PPP|Pakistan People's Party	PAK
Awami League	party	-	BGD
Bangladesh Nationalist Party	party	~BNP	BGD
Jamaat-e-Islami	party	~Jamaat	BGD
Liberal Democratic Party	party	LDP|Liberal Democratic Party of Japan	JPN
Komeito	party	-	JPN
People Power Party	party	~PPP	KOR
Democratic Party of Korea	party	DPK|Minjoo Party	KOR
Democratic Progressive Party	party	~DPP	TWN
Kuomintang	party	KMT|~Nationalist Party	TWN
Taiwan People's Party	party	~TPP	TWN
People's Action Party	party	~PAP	SGP
Pheu Thai	party	Pheu Thai Party	THA
People's Party of Thailand	party	~Move Forward|Move Forward Party	THA
Brazilian Workers' Party	party	~PT|Partido dos Trabalhadores	BRA
Morena	party	MORENA|National Regeneration Movement|~Morena	MEX
Institutional Revolutionary Party	party	PRI	MEX
National Action Party	party	~PAN	MEX
La Libertad Avanza	party	LLA	ARG
Justicialist Party	party	Peronists|Peronist party|Partido Justicialista	ARG
United Socialist Party of Venezuela	party	PSUV	VEN

# party: European groups
European People's Party	party	EPP	-

# company: technology and telecoms
Apple	company	Apple Inc.	USA
Microsoft	company	Microsoft Corp.	USA
Google	company	Alphabet|Alphabet Inc.	USA
Amazon	company	Amazon.com|~Amazon	USA
Meta Platforms	company	~Meta|Facebook|Instagram|WhatsApp	USA
Nvidia	company	NVIDIA	USA
Tesla	company	Tesla Inc.	USA
OpenAI	company	-	USA
Anthropic	company	-	USA
xAI	company	-	USA
SpaceX	company	Starlink	USA
X Corp.	company	Twitter|X Corp	USA
Intel	company	-	USA
AMD	company	Advanced Micro Devices	USA
Oracle	company	~Oracle	USA
IBM	company	International Business Machines	USA
Palantir	company	Palantir Technologies	USA
Samsung	company	Samsung Electronics|Samsung Group	KOR
SK Hynix	company	-	KOR
Hyundai	company	Hyundai Motor	KOR
TSMC	company	Taiwan Semiconductor Manufacturing Company|Taiwan Semiconductor	TWN
Foxconn	company	Hon Hai	TWN
ASML	company	-	NLD
Huawei	company	Huawei Technologies	CHN
Tencent	company	-	CHN
Alibaba	company	Alibaba Group	CHN
ByteDance	company	TikTok	CHN
DeepSeek	company	-	CHN
BYD	company	-	CHN
Sony	company	-	JPN
SoftBank	company	SoftBank Group	JPN
Siemens	company	-	DEU

# company: vehicles, aerospace and defence
Toyota	company	Toyota Motor	JPN
Honda	company	Honda Motor	JPN
Volkswagen	company	VW|Volkswagen Group	DEU
BMW	company	-	DEU
Mercedes-Benz	company	Mercedes-Benz Group|Daimler	DEU
Stellantis	company	-	NLD
General Motors	company	GM	USA
Ford	company	Ford Motor|Ford Motor Company|~Ford	USA
Boeing	company	-	USA
Airbus	company	-	FRA
Lockheed Martin	company	Lockheed	USA
RTX	company	Raytheon	USA
Northrop Grumman	company	Northrop	USA
BAE Systems	company	BAE	GBR
Rheinmetall	company	-	DEU
Thales	company	-	FRA
Saab	company	-	SWE
Rostec	company	-	RUS
Rosatom	company	-	RUS
Maersk	company	A.P. Moller-Maersk	DNK

# company: energy, mining, materials
Gazprom	company	-	RUS
Rosneft	company	-	RUS
Lukoil	company	-	RUS
Novatek	company	-	RUS
Naftogaz	company	-	UKR
Saudi Aramco	company	Aramco	SAU
ADNOC	company	Abu Dhabi National Oil Company	ARE
QatarEnergy	company	Qatar Petroleum	QAT
ExxonMobil	company	Exxon|Exxon Mobil	USA
Chevron	company	-	USA
Shell	company	~Shell|Royal Dutch Shell	GBR
BP	company	British Petroleum	GBR
TotalEnergies	company	~Total	FRA
Equinor	company	-	NOR
Eni	company	ENI	ITA
PetroChina	company	CNPC|China National Petroleum Corporation	CHN
Petrobras	company	-	BRA
Pemex	company	Petróleos Mexicanos	MEX
Glencore	company	-	CHE
Rio Tinto	company	-	GBR
BHP	company	-	AUS
Reliance Industries	company	~Reliance	IND
Tata Group	company	Tata|Tata Sons	IND
Adani Group	company	Adani	IND

# company: finance
JPMorgan Chase	company	JPMorgan|JP Morgan|J.P. Morgan	USA
Goldman Sachs	company	-	USA
Morgan Stanley	company	-	USA
Bank of America	company	BofA	USA
Citigroup	company	Citi|Citibank	USA
BlackRock	company	-	USA
Berkshire Hathaway	company	-	USA
HSBC	company	-	GBR
UBS	company	-	CHE
Credit Suisse	company	-	CHE
Deutsche Bank	company	-	DEU
BNP Paribas	company	~BNP	FRA
Sberbank	company	Sber	RUS
VTB	company	VTB Bank	RUS

# company: consumer, health, media
Walmart	company	-	USA
Pfizer	company	-	USA
Moderna	company	-	USA
BioNTech	company	-	DEU
AstraZeneca	company	-	GBR
Novo Nordisk	company	-	DNK
Nestlé	company	Nestle	CHE
Coca-Cola	company	Coca-Cola Company|~Coke	USA
McDonald's	company	McDonalds	USA
Walt Disney Company	company	Disney	USA

# ngo: humanitarian, rights, environment, press freedom, sport
Amnesty International	ngo	Amnesty	GBR
Human Rights Watch	ngo	HRW	USA
International Committee of the Red Cross	ngo	ICRC|~Red Cross	CHE
International Federation of Red Cross and Red Crescent Societies	ngo	IFRC	CHE
Palestine Red Crescent Society	ngo	PRCS|Palestinian Red Crescent	PSE
Médecins Sans Frontières	ngo	MSF|Doctors Without Borders|Medecins Sans Frontieres	CHE
Greenpeace	ngo	-	NLD
Oxfam	ngo	Oxfam International	GBR
Save the Children	ngo	-	GBR
World Wide Fund for Nature	ngo	WWF|World Wildlife Fund	CHE
Transparency International	ngo	-	DEU
Reporters Without Borders	ngo	~RSF|Reporters Sans Frontières|Reporters Sans Frontieres	FRA
Committee to Protect Journalists	ngo	CPJ	USA
Freedom House	ngo	-	USA
International Crisis Group	ngo	Crisis Group|ICG	BEL
Gates Foundation	ngo	Bill & Melinda Gates Foundation|Bill and Melinda Gates Foundation	USA
Open Society Foundations	ngo	Open Society	USA
International Rescue Committee	ngo	IRC	USA
Norwegian Refugee Council	ngo	~NRC	NOR
CARE International	ngo	~CARE	CHE
Caritas	ngo	Caritas Internationalis	VAT
Memorial	ngo	~Memorial|Memorial Human Rights Centre	RUS
Anti-Corruption Foundation	ngo	FBK	RUS
Levada Center	ngo	Levada|Levada-Center	RUS
Bellingcat	ngo	-	NLD
OCCRP	ngo	Organized Crime and Corruption Reporting Project	NLD
B'Tselem	ngo	-	ISR
Syrian Observatory for Human Rights	ngo	SOHR|Syrian Observatory	GBR
White Helmets	ngo	Syria Civil Defence|Syrian Civil Defence	SYR
WikiLeaks	ngo	Wikileaks	-
World Economic Forum	ngo	WEF	CHE
Munich Security Conference	ngo	~MSC	DEU
Gavi	ngo	Gavi, the Vaccine Alliance|GAVI	CHE
Global Fund	ngo	Global Fund to Fight AIDS, Tuberculosis and Malaria	CHE
International Olympic Committee	ngo	IOC	CHE
FIFA	ngo	-	CHE
UEFA	ngo	-	CHE
World Anti-Doping Agency	ngo	WADA	CAN

# ngo: think tanks and research institutes
Council on Foreign Relations	ngo	CFR	USA
Brookings Institution	ngo	Brookings	USA
Carnegie Endowment for International Peace	ngo	Carnegie Endowment|~Carnegie	USA
Atlantic Council	ngo	-	USA
Center for Strategic and International Studies	ngo	CSIS	USA
RAND Corporation	ngo	RAND|Rand Corporation	USA
Heritage Foundation	ngo	-	USA
Institute for the Study of War	ngo	ISW	USA
Chatham House	ngo	Royal Institute of International Affairs	GBR
Royal United Services Institute	ngo	RUSI	GBR
International Institute for Strategic Studies	ngo	IISS	GBR
Stockholm International Peace Research Institute	ngo	SIPRI	SWE

# militant
Taliban	militant	Islamic Emirate	AFG
Tehrik-i-Taliban Pakistan	militant	TTP|Pakistani Taliban|Tehreek-e-Taliban Pakistan	PAK
Haqqani network	militant	Haqqanis	AFG
Hamas	militant	Islamic Resistance Movement|HAMAS	PSE
Izz ad-Din al-Qassam Brigades	militant	Qassam Brigades|al-Qassam Brigades|Ezzedine al-Qassam Brigades	PSE
Palestinian Islamic Jihad	militant	Islamic Jihad|PIJ	PSE
Al-Aqsa Martyrs' Brigades	militant	Al-Aqsa Martyrs Brigade	PSE
Hezbollah	militant	Hizbollah|Hizbullah|Hizballah|Hezbollah movement	LBN
Islamic State	militant	ISIS|ISIL|Daesh|Daech|Islamic State of Iraq and the Levant|Islamic State of Iraq and Syria|Islamic State group|~IS	-
Islamic State Khorasan Province	militant	ISIS-K|ISKP|IS-K	AFG
Islamic State West Africa Province	militant	ISWAP	NGA
al-Qaeda	militant	al-Qaida|Al Qaeda|Al-Qaeda|al Qaeda|Al-Qaida|al Qaida	-
al-Qaeda in the Arabian Peninsula	militant	AQAP	YEM
al-Qaeda in the Islamic Maghreb	militant	AQIM	-
Jama'at Nusrat al-Islam wal-Muslimin	militant	JNIM	MLI
Boko Haram	militant	-	NGA
al-Shabab	militant	al-Shabaab|Al-Shabaab|Al Shabaab|Al-Shabab|Shabaab	SOM
Houthis	militant	Houthi|Ansar Allah|Ansarallah|Houthi movement	YEM
Hayat Tahrir al-Sham	militant	HTS	SYR
Nusra Front	militant	Jabhat al-Nusra|al-Nusra Front	SYR
Kata'ib Hezbollah	militant	Kataib Hezbollah	IRQ
Popular Mobilization Forces	militant	PMF|Hashd al-Shaabi|Popular Mobilisation Forces	IRQ
Kurdistan Workers' Party	militant	PKK	TUR
People's Defense Units	militant	YPG	SYR
Syrian Democratic Forces	militant	~SDF	SYR
Wagner Group	militant	~Wagner|PMC Wagner|Africa Corps	RUS
Rapid Support Forces	militant	~RSF	SDN
M23	militant	March 23 Movement|M23 rebels	COD
Allied Democratic Forces	militant	~ADF	UGA
Lord's Resistance Army	militant	LRA	UGA
Tigray People's Liberation Front	militant	TPLF	ETH
Polisario Front	militant	Polisario	-
FARC	militant	Revolutionary Armed Forces of Colombia	COL
National Liberation Army of Colombia	militant	ELN	COL
Lashkar-e-Taiba	militant	LeT|Lashkar-e-Toiba	PAK
Jaish-e-Mohammed	militant	JeM|Jaish-e-Muhammad	PAK
Balochistan Liberation Army	militant	BLA|Baloch Liberation Army	PAK
Liberation Tigers of Tamil Eelam	militant	LTTE|Tamil Tigers	LKA
Abu Sayyaf	militant	-	PHL
Jemaah Islamiyah	militant	~JI	IDN
New People's Army	militant	NPA	PHL
Arakan Army	militant	-	MMR
Kachin Independence Army	militant	~KIA	MMR
Irish Republican Army	militant	IRA|Provisional IRA	GBR
ETA	militant	Euskadi Ta Askatasuna|~ETA	ESP
Sinaloa Cartel	militant	Sinaloa cartel	MEX
Jalisco New Generation Cartel	militant	CJNG|Jalisco cartel	MEX
MS-13	militant	Mara Salvatrucha	SLV

# body: United States
United States Congress	body	~Congress|U.S. Congress|US Congress	USA
United States Senate	body	~Senate|U.S. Senate|US Senate	USA
United States House of Representatives	body	~House|U.S. House|US House|~House of Representatives	USA
Supreme Court of the United States	body	~Supreme Court|U.S. Supreme Court|US Supreme Court|SCOTUS	USA
Federal Reserve	body	~Fed|Federal Reserve Board|Federal Reserve System|U.S. Federal Reserve	USA
Central Intelligence Agency	body	CIA	USA
Federal Bureau of Investigation	body	FBI	USA
National Security Agency	body	~NSA	USA
Department of Defense	body	DoD|Defense Department|Department of War|War Department	USA
Department of Homeland Security	body	DHS|Homeland Security Department	USA
Department of Justice	body	DOJ|Justice Department	USA
United States Department of the Treasury	body	Treasury Department|U.S. Treasury|US Treasury	USA
National Security Council	body	~NSC	USA
United States Central Command	body	CENTCOM|U.S. Central Command	USA
Immigration and Customs Enforcement	body	~ICE	USA
NASA	body	National Aeronautics and Space Administration	USA
USAID	body	United States Agency for International Development|U.S. Agency for International Development	USA
Secret Service	body	U.S. Secret Service|~Secret Service	USA

# body: United Kingdom, Ireland
House of Commons	body	~Commons|~House of Commons	GBR
House of Lords	body	~Lords	GBR
Bank of England	body	BoE|BOE	GBR
MI6	body	Secret Intelligence Service	GBR
MI5	body	~Security Service	GBR
GCHQ	body	-	GBR
Ministry of Defence	body	~MoD|~Ministry of Defence	GBR
Home Office	body	-	GBR
HM Treasury	body	~Treasury	GBR

# body: Europe, Russia, Ukraine
Bundeswehr	body	-	DEU
Bundesbank	body	Deutsche Bundesbank	DEU
Federal Intelligence Service	body	BND	DEU
DGSE	body	Directorate-General for External Security	FRA
Swiss National Bank	body	SNB	CHE
Federal Security Service	body	FSB	RUS
Russian Foreign Intelligence Service	body	SVR	RUS
GRU	body	Main Intelligence Directorate|Russian military intelligence	RUS
Federation Council	body	-	RUS
Central Bank of Russia	body	Bank of Russia|Russian central bank	RUS
Security Service of Ukraine	body	SBU	UKR
Defence Intelligence of Ukraine	body	HUR|GUR|Ukrainian military intelligence	UKR
National Anti-Corruption Bureau of Ukraine	body	NABU	UKR
National Bank of Ukraine	body	NBU	UKR
Armed Forces of Ukraine	body	ZSU|Ukrainian Armed Forces	UKR

# body: Middle East, Asia
Israel Defense Forces	body	IDF|Israeli military|Israeli army	ISR
Mossad	body	-	ISR
Shin Bet	body	Shabak|Israel Security Agency	ISR
Bank of Israel	body	-	ISR
Islamic Revolutionary Guard Corps	body	IRGC|Revolutionary Guards|Revolutionary Guard|Sepah	IRN
Quds Force	body	-	IRN
Guardian Council	body	Council of Guardians	IRN
Turkish National Intelligence Organization	body	~MIT|MİT	TUR
Public Investment Fund	body	~PIF	SAU
Inter-Services Intelligence	body	ISI	PAK
Research and Analysis Wing	body	~RAW|R&AW	IND
Reserve Bank of India	body	RBI	IND
People's Liberation Army	body	PLA|Chinese military	CHN
National People's Congress	body	NPC	CHN
People's Bank of China	body	PBOC|PBoC	CHN
Ministry of State Security	body	MSS	CHN
Politburo Standing Committee	body	~Politburo	CHN
Bank of Japan	body	BOJ|BoJ	JPN
Japan Self-Defense Forces	body	~SDF|Self-Defense Forces	JPN
National Intelligence Service	body	~NIS	KOR
