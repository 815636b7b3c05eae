# newsgraph built-in lexicon: places that are not states.
#
# [place] fields: name. Regions, territories, provinces and cities other than capitals, and
# seas and continents: a capitalized run that matches one names a place, never a person, and
# does not make a country node (SCHEMA §1: a city or region that is only a place is not a
# country). Names that are also common given names (Virginia, Florence, Austin) are
# left out: a place entry would hide the person.

[place]
Abkhazia
Africa
Alabama
Alaska
Alberta
Aleppo
Alexandria

Antalya
Antarctica
Antwerp
Arctic
Arizona
Arkansas
Asia
Assam
Aswan
Atlanta
Auckland
Bali
Balkans
Balochistan
Baltic Sea
Bangalore
Barcelona
Basel
Basque Country
Basra
Bavaria
Belfast
Bengaluru
Benghazi
Bihar
Birmingham
Black Sea
Bombay
Borneo
Boston
Brisbane
Brooklyn
Buenos Aires
Busan
Calais
Calcutta
California
Cape Town
Cardiff
Casablanca
Catalonia
Caucasus
Cebu
Central America
Central Asia
Chechnya
Chennai
Chiang Mai
Chicago
Chongqing
Cologne
Colorado
Connecticut
Corsica
Crimea
Dagestan
Darfur
Davos
Deir ez-Zor
Delaware
Detroit
Donbas
Donbass
Donetsk
Dresden
Dubai
Durban
East Africa
East Asia
East China Sea
East Jerusalem
Eastern Europe
Edinburgh
Eilat
England
Erbil
Europe
Fallujah
Far East
Faroe Islands
Frankfurt
Fukushima
Gaza
Gaza Strip
Geneva
Glasgow
Golan Heights
Greenland
Guadalajara
Guam
Guangdong
Guangzhou
Gujarat
Haifa
Hamburg
Hawaii
Hebron
Helmand
Herat
Hiroshima
Ho Chi Minh City
Homs
Hong Kong
Horn of Africa
Hyderabad
Idaho
Idlib
Illinois
Incheon
Inner Mongolia
Iowa
Istanbul
Izmir
Jaffa
Jammu
Java
Jeddah
Johannesburg
Kabul Province
Kaliningrad
Kandahar
Kano
Kansas
Karachi
Kashmir
Kentucky
Kerala
Khan Younis
Kharkiv
Kherson
Khyber Pakhtunkhwa
Kirkuk
Kolkata
Kosovo Polje
Kurdistan
Kyoto
Lagos
Lahore
Las Vegas
Latin America
Leipzig
Liverpool
Los Angeles
Louisiana
Luhansk
Lviv
Lyon
Macao
Macau
Madras
Maharashtra
Manchester
Manhattan
Manipur
Mariupol
Marseille
Maryland
Massachusetts
Mazar-i-Sharif
Mecca
Medellin
Medina
Mediterranean
Melbourne
Miami
Michigan
Middle East
Milan
Mindanao
Minnesota
Misrata
Mississippi
Missouri
Mombasa
Montana
Monterrey
Montreal
Mosul
Mumbai
Munich
Nablus
Nagasaki
Nagorno-Karabakh
Naples
Nebraska
Nevada
New Hampshire
New Jersey
New Mexico
New Orleans
New York
New York City

North Africa
North America
North Dakota
Northern Ireland
Novosibirsk
Oceania
Odesa
Odessa
Ohio
Okinawa
Oklahoma
Ontario
Oregon
Osaka
Panama Canal
Patagonia
Pennsylvania
Persian Gulf
Perth
Peshawar
Philadelphia
Phuket
Porto Alegre
Puerto Rico
Punjab
Quebec
Quetta
Rafah
Ramadi
Ramallah
Raqqa
Rawalpindi
Red Sea
Red Square
Rio de Janeiro
Rotterdam
Sahel
Saigon
Saint Petersburg
San Francisco
Sao Paulo
Sardinia
Scandinavia
Scotland
Sderot
Seattle
Seville
Shanghai
Sharjah
Shenzhen
Siberia
Sichuan
Sicily
Silicon Valley
Sinai
Sindh
Sirte
Sochi
South America
South Asia
South China Sea
South Dakota
South Ossetia
Southeast Asia
St Petersburg
Strait of Hormuz
Strasbourg
Stuttgart
Suez Canal
Sumatra
Sydney
São Paulo
Taiwan Strait
Tel Aviv
Tennessee
Texas
Tiananmen Square
Tianjin
Tibet
Tigray
Tijuana
Times Square
Toronto
Trafalgar Square
Transnistria
Turin
Utah
Uttar Pradesh
Valencia
Vancouver
Venice
Vladivostok
Wales
Wall Street
West Africa
West Bank
West Virginia
Western Europe
Western Sahara
Wisconsin
Wuhan
Wyoming
Xinjiang
Yekaterinburg
Yokohama
Zabul
Zaporizhzhia
Zurich
