# newsgraph built-in lexicon: sovereign states.
#
# One row per state, sorted by name: all UN member states, the observer states
# (Vatican City, Palestine), Taiwan, Kosovo, and the historical states Soviet Union,
# Yugoslavia, Czechoslovakia and East Germany (West Germany is an alias of Germany).
#
# Fields (TAB-separated):
#   name      canonical short English name as news uses it
#   iso3      ISO 3166-1 alpha-3 (historical states: ISO 3166-3; Kosovo XKX)
#   aliases   other names, abbreviations, formal and older names
#   demonyms  adjectives and people-nouns, singular and plural
#   capitals  capital city and spelling variants; states with a separate seat of
#             government list both; historical states have none
#   seats     buildings, addresses and institutions whose name stands for the state
#             or its government in news ("the Kremlin", "Downing Street")
# Lists use | between items; an empty list is -.
#
# The ~ rule: an item prefixed with ~ is ALSO a common English word, a common personal
# name or surname, or a name shared with another entity (another country, a US state, a
# city elsewhere, an international venue). Accept it only in clear contexts (after a
# preposition of place, before a title or "government", in a dateline, ...).
# Examples: ~Georgia (US state, given name), ~Jordan (given name, river), ~Chad,
# ~Niger (river), ~Congo (two states), ~Dominican (Dominica and the Dominican Republic),
# ~Korea (both Koreas), ~Holland (surname), ~Kingston, ~Victoria, ~Male, ~Sofia,
# ~Brussels and ~The Hague (stand for the EU and the international courts).
# A ~ form may appear under two countries (~Congo, ~Congolese, ~Dominican); an unmarked
# form appears under one country only.
# When the canonical name itself is ambiguous (Chad, Georgia, Jordan, Niger) the aliases
# list repeats it with ~: the name is then treated as a ~ form when matched in text.
# Unambiguous main forms are not marked (Washington, Paris, Moscow, Turkey, America).
#
# Apostrophes are ASCII ('); normalise typographic quotes before matching.
# Maintained by hand; checked by scripts/lexicon/check_lexicons.py.

[country]
Afghanistan	AFG	Islamic Republic of Afghanistan|Islamic Emirate of Afghanistan	Afghan|Afghans|~Afghani|~Afghanis	Kabul	-
Albania	ALB	Republic of Albania	Albanian|Albanians	Tirana|Tirane	-
Algeria	DZA	People's Democratic Republic of Algeria	Algerian|Algerians	Algiers	-
Andorra	AND	Principality of Andorra	Andorran|Andorrans	Andorra la Vella	-
Angola	AGO	Republic of Angola	Angolan|Angolans	Luanda	-
Antigua and Barbuda	ATG	Antigua	Antiguan|Antiguans|Barbudan|Barbudans	~St. John's|~St John's|~Saint John's	-
Argentina	ARG	Argentine Republic	Argentine|Argentines|Argentinian|Argentinians|Argentinean|Argentineans	Buenos Aires	Casa Rosada
Armenia	ARM	Republic of Armenia	Armenian|Armenians	Yerevan	-
Australia	AUS	Commonwealth of Australia	Australian|Australians|~Aussie|~Aussies	Canberra	-
Austria	AUT	Republic of Austria	Austrian|Austrians	Vienna	Ballhausplatz|~Hofburg
Azerbaijan	AZE	Republic of Azerbaijan	Azerbaijani|Azerbaijanis|Azeri|Azeris	Baku	-
Bahamas	BHS	The Bahamas|Commonwealth of The Bahamas	Bahamian|Bahamians	~Nassau	-
Bahrain	BHR	Kingdom of Bahrain	Bahraini|Bahrainis	Manama	-
Bangladesh	BGD	People's Republic of Bangladesh	Bangladeshi|Bangladeshis	Dhaka|Dacca	-
Barbados	BRB	-	Barbadian|Barbadians|~Bajan|~Bajans	Bridgetown	-
Belarus	BLR	Republic of Belarus|Byelorussia|Belorussia	Belarusian|Belarusians|Belarussian|Belarussians|Byelorussian|Belorussian	Minsk	-
Belgium	BEL	Kingdom of Belgium	Belgian|Belgians	~Brussels	-
Belize	BLZ	-	Belizean|Belizeans	Belmopan	-
Benin	BEN	Republic of Benin	Beninese|Beninois	Porto-Novo|Cotonou	-
Bhutan	BTN	Kingdom of Bhutan	Bhutanese	Thimphu	-
Bolivia	BOL	Plurinational State of Bolivia|Republic of Bolivia	Bolivian|Bolivians	Sucre|La Paz	Palacio Quemado|Casa Grande del Pueblo
Bosnia and Herzegovina	BIH	Bosnia|Bosnia-Herzegovina|Bosnia and Hercegovina|Bosnia-Hercegovina|BiH	Bosnian|Bosnians|Herzegovinian|Herzegovinians	Sarajevo	-
Botswana	BWA	Republic of Botswana	Motswana|Batswana|Botswanan|Botswanans	Gaborone	-
Brazil	BRA	Federative Republic of Brazil|Brasil	Brazilian|Brazilians	Brasilia|Brasília	Planalto|Palácio do Planalto|Palacio do Planalto|Planalto Palace|Itamaraty
Brunei	BRN	Brunei Darussalam|Nation of Brunei	Bruneian|Bruneians	Bandar Seri Begawan	-
Bulgaria	BGR	Republic of Bulgaria	Bulgarian|Bulgarians	~Sofia	-
Burkina Faso	BFA	Burkina	Burkinabe|Burkinabè|Burkinabes	Ouagadougou	-
Burundi	BDI	Republic of Burundi	Burundian|Burundians	Gitega|Bujumbura	-
Cambodia	KHM	Kingdom of Cambodia|Kampuchea	Cambodian|Cambodians	Phnom Penh	-
Cameroon	CMR	Republic of Cameroon	Cameroonian|Cameroonians	Yaounde|Yaoundé	-
Canada	CAN	-	Canadian|Canadians	Ottawa	Parliament Hill|Rideau Hall
Cape Verde	CPV	Cabo Verde|Republic of Cabo Verde|Republic of Cape Verde	Cape Verdean|Cape Verdeans|Cabo Verdean|Cabo Verdeans	Praia	-
Central African Republic	CAF	~CAR|C.A.R.|Centrafrique	~Central African|~Central Africans	Bangui	-
Chad	TCD	~Chad|Republic of Chad	Chadian|Chadians	N'Djamena|Ndjamena|N'Djaména	-
Chile	CHL	Republic of Chile	Chilean|Chileans	~Santiago|Santiago de Chile	La Moneda|Palacio de La Moneda
China	CHN	PRC|P.R.C.|People's Republic of China|Mainland China	Chinese	Beijing|Peking	Zhongnanhai
Colombia	COL	Republic of Colombia	Colombian|Colombians	Bogota|Bogotá	Casa de Nariño|Casa de Narino
Comoros	COM	Union of the Comoros	Comoran|Comorans|Comorian|Comorians	~Moroni	-
Costa Rica	CRI	Republic of Costa Rica	Costa Rican|Costa Ricans	~San José|~San Jose	-
Croatia	HRV	Republic of Croatia	Croatian|Croatians|Croat|Croats	Zagreb	-
Cuba	CUB	Republic of Cuba	Cuban|Cubans	Havana|La Habana	-
Cyprus	CYP	Republic of Cyprus	Cypriot|Cypriots	Nicosia	-
Czech Republic	CZE	Czechia	Czech|Czechs	Prague	Prague Castle
Czechoslovakia	CSK	Czechoslovak Socialist Republic|Czech and Slovak Federative Republic	Czechoslovak|Czechoslovaks|Czechoslovakian|Czechoslovakians	-	-
Democratic Republic of the Congo	COD	DRC|D.R.C.|DR Congo|D.R. Congo|DRCongo|Congo-Kinshasa|~Congo|Democratic Republic of Congo|Zaire	~Congolese	Kinshasa	-
Denmark	DNK	Kingdom of Denmark	Danish|~Dane|Danes	Copenhagen	Folketing|Christiansborg
Djibouti	DJI	Republic of Djibouti	Djiboutian|Djiboutians	Djibouti|Djibouti City	-
Dominica	DMA	Commonwealth of Dominica	~Dominican|~Dominicans	Roseau	-
Dominican Republic	DOM	-	~Dominican|~Dominicans	Santo Domingo	-
East Germany	DDR	GDR|G.D.R.|German Democratic Republic	East German|East Germans	-	-
East Timor	TLS	Timor-Leste|Timor Leste|Democratic Republic of Timor-Leste	Timorese|East Timorese	Dili	-
Ecuador	ECU	Republic of Ecuador	Ecuadorian|Ecuadorians|Ecuadorean|Ecuadoreans	Quito	Carondelet|Carondelet Palace
Egypt	EGY	Arab Republic of Egypt	Egyptian|Egyptians	Cairo	-
El Salvador	SLV	Republic of El Salvador	Salvadoran|Salvadorans|Salvadorean|Salvadoreans	San Salvador	-
Equatorial Guinea	GNQ	Republic of Equatorial Guinea	Equatorial Guinean|Equatorial Guineans|Equatoguinean|Equatoguineans	Malabo	-
Eritrea	ERI	State of Eritrea	Eritrean|Eritreans	Asmara	-
Estonia	EST	Republic of Estonia	Estonian|Estonians	Tallinn	-
Eswatini	SWZ	Swaziland|Kingdom of Eswatini|Kingdom of Swaziland	Swazi|Swazis|Emaswati	Mbabane|Lobamba	-
Ethiopia	ETH	Federal Democratic Republic of Ethiopia	Ethiopian|Ethiopians	Addis Ababa	-
Fiji	FJI	Republic of Fiji	Fijian|Fijians	Suva	-
Finland	FIN	Republic of Finland	Finnish|~Finn|Finns	Helsinki	Eduskunta
France	FRA	French Republic	French|Frenchman|Frenchmen|Frenchwoman|Frenchwomen	Paris	Elysee|Élysée|Elysée|Elysee Palace|Élysée Palace|Elysée Palace|Quai d'Orsay|Matignon|Hotel Matignon|Hôtel Matignon|~Bercy
Gabon	GAB	Gabonese Republic	Gabonese	Libreville	-
Gambia	GMB	The Gambia|Republic of The Gambia	Gambian|Gambians	Banjul	-
Georgia	GEO	~Georgia|Sakartvelo	~Georgian|~Georgians	Tbilisi	-
Germany	DEU	Federal Republic of Germany|FRG|F.R.G.|West Germany|Deutschland	German|Germans|West German|West Germans	Berlin	Chancellery|Kanzleramt|Bundestag
Ghana	GHA	Republic of Ghana	Ghanaian|Ghanaians	Accra	Jubilee House
Greece	GRC	Hellenic Republic	Greek|Greeks	Athens	Maximos Mansion|Megaro Maximou
Grenada	GRD	-	Grenadian|Grenadians	~St. George's|~St George's|~Saint George's	-
Guatemala	GTM	Republic of Guatemala	Guatemalan|Guatemalans	Guatemala City	-
Guinea	GIN	Republic of Guinea|Guinea-Conakry	Guinean|Guineans	Conakry	-
Guinea-Bissau	GNB	Guinea Bissau|Republic of Guinea-Bissau	Bissau-Guinean|Bissau-Guineans	Bissau	-
Guyana	GUY	Co-operative Republic of Guyana|Cooperative Republic of Guyana	Guyanese	~Georgetown	-
Haiti	HTI	Republic of Haiti	Haitian|Haitians	Port-au-Prince	-
Honduras	HND	Republic of Honduras	Honduran|Hondurans	Tegucigalpa	-
Hungary	HUN	-	Hungarian|Hungarians	Budapest	-
Iceland	ISL	-	Icelandic|Icelander|Icelanders	Reykjavik|Reykjavík	Althing|Alþingi
India	IND	Republic of India|Bharat	Indian|Indians	New Delhi|Delhi	Rashtrapati Bhavan|~South Block|Raisina Hill|Lok Sabha|Rajya Sabha
Indonesia	IDN	Republic of Indonesia	Indonesian|Indonesians	Jakarta|Nusantara	Merdeka Palace
Iran	IRN	Islamic Republic of Iran|~Persia	Iranian|Iranians|~Persian|~Persians	Tehran|Teheran	~Majlis
Iraq	IRQ	Republic of Iraq	Iraqi|Iraqis	Baghdad	-
Ireland	IRL	Republic of Ireland|Irish Republic|Eire|Éire	Irish|Irishman|Irishmen|Irishwoman|Irishwomen	Dublin	Dáil|Dail|Dáil Éireann|Leinster House|Oireachtas
Israel	ISR	State of Israel	Israeli|Israelis	~Jerusalem	Knesset
Italy	ITA	Italian Republic	Italian|Italians	Rome	Palazzo Chigi|Quirinale|Quirinal Palace|Farnesina|Montecitorio
Ivory Coast	CIV	Côte d'Ivoire|Cote d'Ivoire|Republic of Côte d'Ivoire	Ivorian|Ivorians	Yamoussoukro|Abidjan	-
Jamaica	JAM	-	Jamaican|Jamaicans	~Kingston	-
Japan	JPN	-	Japanese	Tokyo	Kantei|Kasumigaseki|Nagatacho
Jordan	JOR	~Jordan|Hashemite Kingdom of Jordan	Jordanian|Jordanians	Amman	-
Kazakhstan	KAZ	Republic of Kazakhstan	Kazakh|Kazakhs|Kazakhstani|Kazakhstanis	Astana|Nur-Sultan	Akorda
Kenya	KEN	Republic of Kenya	Kenyan|Kenyans	Nairobi	-
Kiribati	KIR	Republic of Kiribati	I-Kiribati	Tarawa|South Tarawa	-
Kosovo	XKX	Republic of Kosovo	Kosovar|Kosovars|Kosovan|Kosovans	Pristina|Prishtina|Priština	-
Kuwait	KWT	State of Kuwait	Kuwaiti|Kuwaitis	Kuwait City	-
Kyrgyzstan	KGZ	Kyrgyz Republic|Kirghizia|Kirgizia	Kyrgyz|Kyrgyzstani|Kyrgyzstanis|Kirghiz	Bishkek	-
Laos	LAO	Lao PDR|Lao People's Democratic Republic	Lao|Laotian|Laotians	Vientiane	-
Latvia	LVA	Republic of Latvia	Latvian|Latvians	Riga	-
Lebanon	LBN	Lebanese Republic	Lebanese	Beirut	Baabda|Grand Serail
Lesotho	LSO	Kingdom of Lesotho	Basotho|Mosotho	Maseru	-
Liberia	LBR	Republic of Liberia	Liberian|Liberians	Monrovia	-
Libya	LBY	State of Libya	Libyan|Libyans	~Tripoli	-
Liechtenstein	LIE	Principality of Liechtenstein	Liechtensteiner|Liechtensteiners	Vaduz	-
Lithuania	LTU	Republic of Lithuania	Lithuanian|Lithuanians	Vilnius	-
Luxembourg	LUX	Grand Duchy of Luxembourg	Luxembourger|Luxembourgers|Luxembourgish	Luxembourg|Luxembourg City	-
Madagascar	MDG	Republic of Madagascar	Malagasy	Antananarivo	-
Malawi	MWI	Republic of Malawi	Malawian|Malawians	Lilongwe	-
Malaysia	MYS	-	Malaysian|Malaysians	Kuala Lumpur|Putrajaya	-
Maldives	MDV	Republic of Maldives	Maldivian|Maldivians	~Male|Malé	-
Mali	MLI	Republic of Mali	Malian|Malians	Bamako	-
Malta	MLT	Republic of Malta	Maltese	Valletta	-
Marshall Islands	MHL	Republic of the Marshall Islands	Marshallese	Majuro	-
Mauritania	MRT	Islamic Republic of Mauritania	Mauritanian|Mauritanians	Nouakchott	-
Mauritius	MUS	Republic of Mauritius	Mauritian|Mauritians	Port Louis	-
Mexico	MEX	United Mexican States	Mexican|Mexicans	Mexico City	Los Pinos|~Palacio Nacional
Micronesia	FSM	Federated States of Micronesia|FSM	~Micronesian|~Micronesians	Palikir	-
Moldova	MDA	Republic of Moldova|~Moldavia	Moldovan|Moldovans	Chisinau|Chișinău|Chişinău|Kishinev	-
Monaco	MCO	Principality of Monaco	Monegasque|Monégasque|Monegasques	Monaco	-
Mongolia	MNG	-	Mongolian|Mongolians	Ulaanbaatar|Ulan Bator	-
Montenegro	MNE	-	Montenegrin|Montenegrins	Podgorica	-
Morocco	MAR	Kingdom of Morocco	Moroccan|Moroccans	Rabat	-
Mozambique	MOZ	Republic of Mozambique	Mozambican|Mozambicans	Maputo	-
Myanmar	MMR	Burma|Republic of the Union of Myanmar	Burmese|Myanmarese	Naypyidaw|Naypyitaw|Nay Pyi Taw	-
Namibia	NAM	Republic of Namibia	Namibian|Namibians	Windhoek	-
Nauru	NRU	Republic of Nauru	Nauruan|Nauruans	Yaren	-
Nepal	NPL	Federal Democratic Republic of Nepal	Nepali|Nepalis|Nepalese	Kathmandu	-
Netherlands	NLD	~Holland|The Netherlands|Kingdom of the Netherlands	Dutch|Dutchman|Dutchmen|Dutchwoman|Dutchwomen|Netherlander|Netherlanders	Amsterdam|~The Hague	Binnenhof|Catshuis
New Zealand	NZL	NZ|N.Z.|Aotearoa	New Zealander|New Zealanders|~Kiwi|~Kiwis	~Wellington	~Beehive
Nicaragua	NIC	Republic of Nicaragua	Nicaraguan|Nicaraguans	Managua	-
Niger	NER	~Niger|Republic of the Niger|Republic of Niger	Nigerien|Nigeriens	Niamey	-
Nigeria	NGA	Federal Republic of Nigeria	Nigerian|Nigerians	Abuja	Aso Rock|Aso Villa
North Korea	PRK	DPRK|D.P.R.K.|Democratic People's Republic of Korea	North Korean|North Koreans	Pyongyang	-
North Macedonia	MKD	~Macedonia|Republic of North Macedonia|Republic of Macedonia|FYROM|Former Yugoslav Republic of Macedonia	~Macedonian|~Macedonians|North Macedonian|North Macedonians	Skopje	-
Norway	NOR	Kingdom of Norway	Norwegian|Norwegians	Oslo	Storting|Stortinget
Oman	OMN	Sultanate of Oman	Omani|Omanis	Muscat	-
Pakistan	PAK	Islamic Republic of Pakistan	Pakistani|Pakistanis	Islamabad	-
Palau	PLW	Republic of Palau	Palauan|Palauans	Ngerulmud|Melekeok	-
Palestine	PSE	State of Palestine|Palestinian territories|occupied Palestinian territories	Palestinian|Palestinians	~East Jerusalem|Ramallah	Palestinian Authority|Muqataa|Mukataa
Panama	PAN	Republic of Panama	Panamanian|Panamanians	~Panama City	-
Papua New Guinea	PNG	~PNG|Independent State of Papua New Guinea	Papua New Guinean|Papua New Guineans	Port Moresby	-
Paraguay	PRY	Republic of Paraguay	Paraguayan|Paraguayans	Asuncion|Asunción	-
Peru	PER	Republic of Peru	Peruvian|Peruvians	Lima	-
Philippines	PHL	Republic of the Philippines	Filipino|Filipinos|Filipina|Filipinas|Philippine	Manila	Malacañang|Malacanang|Malacañang Palace|Malacanang Palace|Malacañan Palace|Malacanan Palace
Poland	POL	Republic of Poland	Polish|~Pole|~Poles	Warsaw	Sejm
Portugal	PRT	Portuguese Republic	Portuguese	Lisbon	-
Qatar	QAT	State of Qatar	Qatari|Qataris	Doha	-
Republic of the Congo	COG	~Congo|Congo-Brazzaville|Congo Republic|Republic of Congo	~Congolese	Brazzaville	-
Romania	ROU	-	Romanian|Romanians	Bucharest	Cotroceni|Cotroceni Palace
Russia	RUS	Russian Federation	Russian|Russians	Moscow	Kremlin|State Duma|Duma
Rwanda	RWA	Republic of Rwanda	Rwandan|Rwandans	Kigali	-
Saint Kitts and Nevis	KNA	St Kitts and Nevis|St. Kitts and Nevis|Saint Christopher and Nevis|Federation of Saint Kitts and Nevis|St Kitts|St. Kitts|Saint Kitts	Kittitian|Kittitians|Nevisian|Nevisians	Basseterre	-
Saint Lucia	LCA	St Lucia|St. Lucia	Saint Lucian|Saint Lucians|St Lucian|St Lucians	Castries	-
Saint Vincent and the Grenadines	VCT	St Vincent and the Grenadines|St. Vincent and the Grenadines|Saint Vincent|St Vincent|St. Vincent	Vincentian|Vincentians|Saint Vincentian|Saint Vincentians	Kingstown	-
Samoa	WSM	Independent State of Samoa|Western Samoa	Samoan|Samoans	Apia	-
San Marino	SMR	Republic of San Marino|Most Serene Republic of San Marino	Sammarinese	San Marino|City of San Marino	-
São Tomé and Príncipe	STP	Sao Tome and Principe|Democratic Republic of São Tomé and Príncipe	Santomean|Santomeans|São Toméan|Sao Tomean	São Tomé|Sao Tome	-
Saudi Arabia	SAU	KSA|Kingdom of Saudi Arabia	Saudi|Saudis|Saudi Arabian|Saudi Arabians	Riyadh	-
Senegal	SEN	Republic of Senegal	Senegalese	Dakar	-
Serbia	SRB	Republic of Serbia	Serbian|Serbians|Serb|Serbs	Belgrade	-
Seychelles	SYC	Republic of Seychelles	Seychellois	~Victoria	-
Sierra Leone	SLE	Republic of Sierra Leone	Sierra Leonean|Sierra Leoneans	Freetown	-
Singapore	SGP	Republic of Singapore	Singaporean|Singaporeans	Singapore	-
Slovakia	SVK	Slovak Republic	Slovak|Slovaks|Slovakian|Slovakians	Bratislava	-
Slovenia	SVN	Republic of Slovenia	Slovenian|Slovenians|Slovene|Slovenes	Ljubljana	-
Solomon Islands	SLB	~Solomons	Solomon Islander|Solomon Islanders	Honiara	-
Somalia	SOM	Federal Republic of Somalia	Somali|Somalis|Somalian|Somalians	Mogadishu	-
South Africa	ZAF	Republic of South Africa|RSA	South African|South Africans	Pretoria|Tshwane|Cape Town|Bloemfontein	Union Buildings|Tuynhuys
South Korea	KOR	Republic of Korea|ROK|R.O.K.|~Korea	South Korean|South Koreans|Korean|Koreans	Seoul	Blue House|Cheong Wa Dae|~Yongsan
South Sudan	SSD	Republic of South Sudan	South Sudanese	Juba	-
Soviet Union	SUN	USSR|U.S.S.R.|Union of Soviet Socialist Republics	Soviet|Soviets	-	-
Spain	ESP	Kingdom of Spain	Spanish|Spaniard|Spaniards	Madrid	Moncloa|La Moncloa|~Zarzuela
Sri Lanka	LKA	Democratic Socialist Republic of Sri Lanka|Ceylon	Sri Lankan|Sri Lankans	Colombo|Sri Jayawardenepura Kotte|Kotte	-
Sudan	SDN	Republic of the Sudan|Republic of Sudan	Sudanese	Khartoum	-
Suriname	SUR	Surinam|Republic of Suriname	Surinamese	Paramaribo	-
Sweden	SWE	Kingdom of Sweden	Swedish|Swede|Swedes	Stockholm	Riksdag|Rosenbad
Switzerland	CHE	Swiss Confederation	Swiss	Bern|Berne	Federal Palace|Bundeshaus
Syria	SYR	Syrian Arab Republic	Syrian|Syrians	Damascus	-
Taiwan	TWN	Republic of China|ROC|R.O.C.|Chinese Taipei	Taiwanese	Taipei	Legislative Yuan|Executive Yuan
Tajikistan	TJK	Republic of Tajikistan|Tadjikistan	Tajik|Tajiks|Tajikistani|Tajikistanis	Dushanbe	-
Tanzania	TZA	United Republic of Tanzania	Tanzanian|Tanzanians	Dodoma|Dar es Salaam	-
Thailand	THA	Kingdom of Thailand|~Siam	Thai|Thais	Bangkok	-
Togo	TGO	Togolese Republic	Togolese	Lome|Lomé	-
Tonga	TON	Kingdom of Tonga	Tongan|Tongans	Nuku'alofa|Nukualofa	-
Trinidad and Tobago	TTO	Trinidad|Republic of Trinidad and Tobago	Trinidadian|Trinidadians|Tobagonian|Tobagonians	Port of Spain|Port-of-Spain	-
Tunisia	TUN	Republic of Tunisia|Tunisian Republic	Tunisian|Tunisians	Tunis	-
Turkey	TUR	Türkiye|Turkiye|Republic of Türkiye|Republic of Turkey	Turkish|Turk|Turks	Ankara	-
Turkmenistan	TKM	-	Turkmen|Turkmens|Turkmenistani	Ashgabat|Ashkhabad	-
Tuvalu	TUV	-	Tuvaluan|Tuvaluans	Funafuti	-
Uganda	UGA	Republic of Uganda	Ugandan|Ugandans	Kampala	-
Ukraine	UKR	-	Ukrainian|Ukrainians	Kyiv|Kiev	Bankova|Verkhovna Rada|~Rada
United Arab Emirates	ARE	UAE|U.A.E.|~Emirates	Emirati|Emiratis	Abu Dhabi	-
United Kingdom	GBR	UK|U.K.|Britain|Great Britain|United Kingdom of Great Britain and Northern Ireland	British|Briton|Britons|Brit|Brits	London	Downing Street|No 10|No. 10|Number 10|Number Ten|Whitehall|Foreign Office|Westminster
United States	USA	U.S.|US|USA|U.S.A.|America|United States of America	American|Americans	Washington|Washington, D.C.|Washington D.C.|Washington DC	White House|Pentagon|State Department|Capitol Hill|Oval Office|Foggy Bottom|~Capitol
Uruguay	URY	Oriental Republic of Uruguay	Uruguayan|Uruguayans	Montevideo	-
Uzbekistan	UZB	Republic of Uzbekistan	Uzbek|Uzbeks|Uzbekistani	Tashkent	-
Vanuatu	VUT	Republic of Vanuatu	Ni-Vanuatu|Vanuatuan	Port Vila	-
Vatican City	VAT	Vatican|Holy See|Vatican City State	-	Vatican City	Apostolic Palace
Venezuela	VEN	Bolivarian Republic of Venezuela	Venezuelan|Venezuelans	Caracas	Miraflores Palace|~Miraflores
Vietnam	VNM	Viet Nam|Socialist Republic of Vietnam|Socialist Republic of Viet Nam	Vietnamese	Hanoi	-
Yemen	YEM	Republic of Yemen	Yemeni|Yemenis	Sanaa|Sana'a	-
Yugoslavia	YUG	Socialist Federal Republic of Yugoslavia|SFRY|Federal Republic of Yugoslavia	Yugoslav|Yugoslavs|Yugoslavian|Yugoslavians	-	-
Zambia	ZMB	Republic of Zambia	Zambian|Zambians	Lusaka	-
Zimbabwe	ZWE	Republic of Zimbabwe	Zimbabwean|Zimbabweans	Harare	-
