// Writes titles.json, organization-words.json and non-names.json from the hand-written lists below
// (compiled by the project from general English usage and news style guides; no list was copied).
import { writeJson, sortNames } from './data-files.mjs';

const words = (text) =>
  text
    .split('|')
    .map((w) => w.trim())
    .filter(Boolean);
const uniq = (list) => sortNames(new Set(list));

// Office nouns that head a title on their own ("the Minister", "Governor Smith", "head of ...").
const offices = words(`
  Minister|Secretary|President|Chairman|Chairwoman|Chairperson|Chair|Director|Ambassador|Envoy|Spokesperson|
  Spokesman|Spokeswoman|Governor|Mayor|Speaker|Chancellor|King|Queen|Prince|Princess|Emir|Sultan|Sheikh|
  Shah|Emperor|Empress|Crown Prince|Monarch|Commander|Chief|Head|head|CEO|CFO|COO|CTO|Founder|Co-founder|
  Cofounder|Akim|Hakim|Senator|Congressman|Congresswoman|Congressperson|Representative|Rep.|Sen.|Gov.|
  Lawmaker|Legislator|Deputy|MP|MEP|Judge|Justice|Magistrate|Prosecutor|Attorney|Counsel|Ombudsman|
  Auditor|Comptroller|Treasurer|Premier|Coach|Manager|Editor|Editor-in-Chief|Publisher|Correspondent|
  Reporter|Columnist|Analyst|Professor|Lecturer|Researcher|Scientist|Dean|Rector|Provost|Principal|
  Superintendent|Commissioner|Administrator|Coordinator|Adviser|Advisor|Counselor|Counsellor|Consul|
  Consul General|Attaché|Attache|Chargé d'Affaires|Charge d'Affaires|Diplomat|Delegate|Representative|
  Rapporteur|Mediator|Negotiator|Inspector|Controller|Regulator|Officer|Executive|Chief Executive|
  Economist|Strategist|Commentator|Pastor|Priest|Bishop|Archbishop|
  Cardinal|Pope|Patriarch|Imam|Mufti|Grand Mufti|Rabbi|Chief Rabbi|Ayatollah|Cleric|Metropolitan|
  Caliph|Vizier|Viceroy|Regent|Duke|Duchess|Earl|Countess|Baron|Baroness|Marquess|Viscount|
  Lord Mayor|Alderman|Councillor|Councilor|Councilman|Councilwoman|Commissar|Hetman|Ataman|Khan|
  Tsar|Czar|Raja|Maharaja|Nawab|Chief Minister|Taoiseach|Tánaiste|Tanaiste|Chairman of the Board|
  Leader|Ruler|Spokesman|Captain|Skipper|
  
  Presenter|Producer|Director-General|Secretary-General|Under-Secretary|Undersecretary|
  Minister-Counsellor|Vice-Chancellor|Vice-President|Vice-Chairman|Vice-Premier|Vice-Governor|
  Deputy-Director|Commander-in-Chief|Chief-of-Staff|Head of State|Head of Government|Commandant|
  Provost Marshal|Adjutant|Aide|Aide-de-Camp|Attorney-General|Solicitor-General|Surgeon General|
  Registrar|Clerk|Sergeant-at-Arms|Chief Whip|Majority Leader|Minority Leader|Floor Leader|
  Chairman-designate
`);

// Offices that are multi-word units and should be matched as one title.
const compoundOffices = words(`
  Prime Minister|Deputy Prime Minister|First Deputy Prime Minister|Vice Prime Minister|Secretary of State|
  Secretary-General|Secretary General|Under-Secretary-General|Under Secretary-General|Deputy Secretary-General|
  Assistant Secretary-General|Chief of the General Staff|Chief of General Staff|Chief of the Defence Staff|
  Chief of the Defense Staff|Chief of Staff|Chief of Defence|Chief of Defense|Chairman of the Joint Chiefs of Staff|
  Vice Chairman of the Joint Chiefs of Staff|Joint Chiefs of Staff|Commander-in-Chief|Commander in Chief|
  Supreme Commander|Supreme Allied Commander Europe|Supreme Allied Commander|Supreme Leader|Chief Executive Officer|
  Chief Financial Officer|Chief Operating Officer|Chief Technology Officer|Chief Information Officer|
  Chief Investment Officer|Chief Marketing Officer|Chief Economist|Chief Scientist|Chief Justice|
  Chief Executive|Chief Minister|Chief Secretary|Chief Prosecutor|Chief Rabbi|Chief Negotiator|
  Chief Spokesman|Chief Spokesperson|Chief of Police|Chief Constable|Chief Whip|Chief of Naval Operations|
  Chief of Naval Staff|Chief of the Air Staff|Chief of Air Staff|Chief of Army Staff|Chief of the Army Staff|
  Chief of the Naval Staff|Vice President|Vice-President|Vice Chairman|Vice Chair|Vice Premier|Vice Chancellor|
  Vice Minister|Vice Governor|Vice Admiral|Attorney General|Attorney-General|Solicitor General|Inspector General|
  Surgeon General|Comptroller General|Auditor General|Auditor-General|Accountant General|Postmaster General|
  Director General|Director-General|Deputy Director General|Director of National Intelligence|
  Director of Central Intelligence|National Security Adviser|National Security Advisor|
  Homeland Security Adviser|Press Secretary|Press Secretary of the President|Presidential Press Secretary|
  Foreign Minister|Foreign Secretary|Foreign Affairs Minister|Minister of Foreign Affairs|
  Minister for Foreign Affairs|Defense Minister|Defence Minister|Minister of Defense|Minister of Defence|
  Minister of National Defense|Minister of National Defence|Defense Secretary|Defence Secretary|
  Secretary of Defense|Secretary of War|Interior Minister|Minister of Internal Affairs|Minister of the Interior|
  Minister of Interior|Home Secretary|Home Minister|Minister of Home Affairs|Finance Minister|Minister of Finance|
  Treasury Secretary|Secretary of the Treasury|Chancellor of the Exchequer|Finance Secretary|Economy Minister|
  Minister of Economy|Minister of the Economy|Economic Minister|Trade Minister|Minister of Trade|
  Commerce Secretary|Secretary of Commerce|Trade Secretary|Energy Minister|Minister of Energy|Energy Secretary|
  Secretary of Energy|Justice Minister|Minister of Justice|Justice Secretary|Health Minister|Minister of Health|
  Health Secretary|Secretary of Health and Human Services|Education Minister|Minister of Education|
  Education Secretary|Secretary of Education|Agriculture Minister|Minister of Agriculture|Agriculture Secretary|
  Secretary of Agriculture|Labor Secretary|Labour Minister|Labor Minister|Secretary of Labor|
  Transport Minister|Transportation Secretary|Secretary of Transportation|Minister of Transport|
  Environment Minister|Minister of Environment|Climate Minister|Culture Minister|Minister of Culture|
  Sports Minister|Minister of Sports|Information Minister|Minister of Information|Communications Minister|
  Digital Minister|Industry Minister|Minister of Industry|Emergency Situations Minister|
  Minister of Emergency Situations|Emergencies Minister|Minister of Emergencies|Minister of State|
  Minister without Portfolio|Minister-President|Minister President|Cabinet Secretary|Cabinet Minister|
  Secretary of Homeland Security|Homeland Security Secretary|Secretary of the Interior|Interior Secretary|
  Secretary of Veterans Affairs|Secretary of the Army|Secretary of the Navy|Secretary of the Air Force|
  Army Secretary|Navy Secretary|Air Force Secretary|Secretary of Housing and Urban Development|
  Ambassador-at-Large|Ambassador at Large|Permanent Representative|Special Representative|Special Envoy|
  Special Rapporteur|High Representative|High Commissioner|Chargé d'Affaires|Consul General|Head of Mission|
  Head of State|Head of Government|Head of Delegation|Speaker of the House|House Speaker|
  Speaker of Parliament|Senate Majority Leader|Senate Minority Leader|House Majority Leader|
  House Minority Leader|Majority Leader|Minority Leader|Majority Whip|Minority Whip|Senate President|
  President-elect|Prime Minister-designate|First Lady|First Gentleman|Crown Prince|Crown Princess|
  Prince of Wales|Princess of Wales|Grand Duke|Supreme Court Justice|Associate Justice|Lord Chancellor|
  Lord Chief Justice|Lord Mayor|Lord Speaker|Leader of the Opposition|Opposition Leader|Party Leader|
  Party Chairman|General Secretary|First Secretary|Second Secretary|Third Secretary|Deputy Head|
  Deputy Chief|Deputy Commander|Deputy Director|Deputy Minister|First Deputy Minister|Deputy Chairman|
  Deputy Governor|Deputy Mayor|Deputy Speaker|Deputy Secretary|Assistant Secretary|Assistant Secretary of State|
  Under Secretary|Under Secretary of State|Undersecretary of State|Under Secretary of Defense|
  Deputy Secretary of State|Deputy Secretary of Defense|Deputy Defense Minister|Deputy Foreign Minister|
  Deputy Interior Minister|Managing Director|Executive Director|Executive Chairman|Executive Vice President|
  Senior Vice President|General Manager|General Counsel|Board Chairman|Board Member|Managing Editor|
  Editor-in-Chief|Editor in Chief|Head Coach|Team Captain|Central Bank Governor|Governor of the Central Bank|
  Mayor of London|Governor-General|Governor General|Lieutenant Governor|Lieutenant-Governor|
  Commander of the Ground Forces|Commander of the Air Force|Commander of the Navy|Commander-in-Chief of the Navy|
  Commander of the Land Forces|Commander of the Air Defense Forces|Commander of the National Guard|
  Commander-in-Chief of the National Guard|Commander of the Gendarmerie|Commander of the Border Service|
  Chief of the Border Service|Head of the Presidential Administration|Chief of Staff of the President|
  White House Chief of Staff|White House Press Secretary|Pentagon Press Secretary|Pentagon Spokesman|
  State Department Spokesman|Foreign Ministry Spokesman|Foreign Ministry Spokesperson|Foreign Ministry Spokeswoman|
  Defense Ministry Spokesman|Kremlin Spokesman|Kremlin Press Secretary|Military Attaché|Defense Attaché|
  Defence Attaché|Military Attache|Defense Attache|Defence Attache|Akim of the Region|Regional Governor|
  State Secretary|Secretary of the Security Council|Security Council Secretary|National Security Council
`);

// Words that qualify an office before it ("Deputy Defense Minister", "acting President").
const modifiers = words(`
  Deputy|First Deputy|Vice|Acting|Interim|Assistant|Associate|Executive|Senior|Junior|Principal|Chief|Head|
  Former|Ex-|ex-|Outgoing|Incoming|Late|Then|then-|Newly Appointed|Newly Elected|Retired|Honorary|Permanent|
  Special|Co-|Joint|General|Lead|Regional|National|Federal|State|Provincial|Municipal|Local|District|
  Foreign|Defense|Defence|Interior|Finance|Economy|Economic|Trade|Commerce|Industry|Energy|Justice|Health|
  Education|Agriculture|Labor|Labour|Transport|Transportation|Environment|Climate|Culture|Sports|Information|
  Digital|Emergency|Emergencies|Home|Treasury|Security|Intelligence|Military|Naval|Army|Navy|Air Force|
  Presidential|Prime Ministerial|Royal|Imperial|Supreme|Grand|High|Lord|Press|Media|Legal|Technical|
  Science|Scientific|Research|Financial|Operating|Marketing|Technology|Investment|Communications|
  Development|Tourism|Housing|Veterans|Foreign Affairs|Internal Affairs|Home Affairs|Social|Welfare|
  Family|Youth|Women|Public|Water|Mining|Oil|Petroleum|Telecommunications|Infrastructure|Construction|
  Fisheries|Forestry|Planning|Budget|Revenue|Customs|Tax|Immigration|Border|Aviation|Space|Nuclear
`);

// Honorifics and forms of address that stand outside a name.
const honorifics = words(`
  Mr.|Mr|Mrs.|Mrs|Ms.|Ms|Miss|Mx.|Mx|Dr.|Dr|Prof.|Prof|Professor|Sir|Dame|Lord|Lady|Rev.|Rev|Revd|Reverend|
  The Rev.|Fr.|Msgr.|Monsignor|Rabbi|Imam|Sheikh|Shaikh|Sheik|Hon.|Hon|
  Honourable|Honorable|Rt. Hon.|Rt Hon|Right Honourable|His Excellency|Her Excellency|H.E.|
  His Majesty|Her Majesty|His Royal Highness|Her Royal Highness|HRH|His Holiness|His Highness|Her Highness|
  Madam|Madame|Mme|Mme.|Mlle|Monsieur|Herr|Frau|Señor|Senor|Señora|Senora|Doña|Sayyid|Seyyed|
  Hajji|Haji|Bey|Hanım|Hanim|Pasha|Effendi|Mirza|Sahib|Shri|Sri|Smt.|Shrimati|Pandit|Ustad|Mullah|
  Mawlana|Maulana|Ven.|Venerable
`);

// Head nouns that make a capitalised run an organization name ("Ministry of Defense", "Baykar Technologies").
const heads = words(`
  Ministry|Department|Directorate|Agency|Office|Bureau|Service|Services|Council|Committee|Commission|Authority|
  Administration|Forces|Force|Army|Navy|Air Force|Space Force|Marine Corps|Marines|Coast Guard|National Guard|
  Gendarmerie|Police|Militia|Guard|Guards|Brigade|Division|Regiment|Battalion|Corps|Fleet|Command|Headquarters|
  Staff|General Staff|Academy|School|University|College|Institute|Institution|Center|Centre|Laboratory|
  Laboratories|Observatory|Museum|Library|Hospital|Clinic|Party|Movement|Front|Alliance|Coalition|Bloc|
  Bank|Fund|Union|Association|Federation|Confederation|Foundation|Trust|Society|Organization|Organisation|
  Court|Tribunal|Parliament|Assembly|Senate|Congress|Duma|Majlis|Mazhilis|Mazhilis|Knesset|Bundestag|Diet|
  Cabinet|Government|Presidency|Secretariat|Chamber|House|Legislature|Inspectorate|Prosecutor's Office|
  Prosecutor General's Office|Corporation|Company|Co.|Group|Holding|Holdings|Industries|Industry|Airlines|
  Airways|Air Lines|Aerospace|Aviation|Defense|Defence|Systems|Technologies|Technology|Dynamics|
  Electronics|Motors|Motor|Automotive|Petroleum|Oil|Gas|Energy|Power|Electric|Steel|Mining|Chemicals|
  Pharmaceuticals|Pharma|Telecom|Telecommunications|Communications|Media|Broadcasting|Television|TV|Radio|
  News|Press|Times|Post|Herald|Journal|Gazette|Tribune|Daily|Network|Networks|Studios|Entertainment|
  Railways|Railway|Shipping|Logistics|Shipyard|Shipbuilding|Works|Factory|Plant|Enterprises|Enterprise|
  Partners|Capital|Investments|Securities|Insurance|Exchange|Stock Exchange|Consortium|Cooperative|
  Co-operative|Club|League|Team|Forum|Mission|Task Force|Taskforce|Consulate|Embassy|Delegation|Representation|Secretariat|Board|Panel|
  Caucus|Network|Watch|Institute of Technology|Research Institute|Think Tank|Centre for Strategic Studies|
  Church|Mosque|Synagogue|Diocese|Archdiocese|Patriarchate|Order|Brotherhood|Committee of State Security|
  Border Service|Border Guard|Customs Service|Intelligence Service|Security Service|Secret Service|
  Directorate General|Directorate-General|Inc.|Ltd|Authority|Commissariat|Ombudsman|Registry|Mint|Treasury|
  Akimat|Maslikhat|Kurultai|Khural|Rada|Sejm|Storting|Riksdag|Folketing|Althing|Cortes|Oireachtas|Dáil|Seimas|
  Saeima|Riigikogu|Eduskunta|Sabor|Skupstina|Skupština|Jirga|Loya Jirga|Lok Sabha|Rajya Sabha|Shura Council|
  Milli Majlis|Jogorku Kenesh|Oliy Majlis|National Congress|Legislative Council|Legislative Assembly|
  Magazine|Weekly|Monthly|Quarterly|Review|Municipality|
  Prefecture|Governorate|Province Government|City Council|County Council
`);

// Acronyms that are units, currencies, time zones, job titles or technical terms: all-capital
// words that name no organization, person or place ("16:00 UTC", "4GB", "US$", "the CEO").
const nonNameAcronyms = words(`
  UTC|GMT|BST|CET|CEST|EET|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AEST|AEDT|IST|JST|MSK|
  USD|EUR|GBP|JPY|CNY|RMB|RUB|KZT|TRY|INR|CHF|CAD|AUD|NZD|HKD|SGD|KRW|BRL|ZAR|UAH|
  KB|MB|GB|TB|PB|GHz|MHz|MW|GW|KW|kW|kWh|MWh|GWh|KM|MPH|RPM|
  CEO|CFO|COO|CTO|CIO|CMO|VP|SVP|EVP|MD|MP|MEP|PM|VIP|PR|HR|IT|R&D|
  IQ|GDP|GNP|CPI|PMI|IPO|M&A|ETF|EPS|YoY|QoQ|
  HTML|HTTP|HTTPS|URL|PDF|SDK|API|OS|CPU|GPU|RAM|ROM|USB|LCD|LED|OLED|DVD|CD|PC|PCs|GPS|SMS|MMS|WiFi|Wi-Fi|
  AI|VR|AR|ID|PIN|DNA|RNA|HIV|AIDS|SARS|MERS|COVID|TB|ICU|ER|CCTV|TNT|IED|RPG|SAM|UAV|UAVs|ICBM|AK|
  AM|FM|TV|HD|UHF|VHF|ASAP|FAQ|DIY|RSVP|PS|NB|AKA|aka|vs|OK|
  QC|KC|SC|OBE|MBE|CBE|KBE|DBE|PhD|MBA|MSc|BSc|LLB|LLM|FRS|RN|DDS|CPA
`);

const companySuffixes = words(`
  Inc.|Inc|Incorporated|Corp.|Corp|Corporation|Co.|Co|Company|Ltd|Ltd.|Limited|LLC|L.L.C.|LLP|LP|L.P.|PLC|plc|
  P.L.C.|AG|SA|S.A.|S.A.S.|SAS|SE|S.E.|SpA|S.p.A.|Srl|S.r.l.|GmbH|KG|KGaA|N.V.|NV|B.V.|BV|AB|ASA|A/S|AS|Oy|Oyj|
  AŞ|A.Ş.|AS.|JSC|PJSC|OJSC|CJSC|OAO|ZAO|PAO|OOO|LLP.|Pty Ltd|Pty. Ltd.|Pty|Bhd|Berhad|Sdn Bhd|Tbk|PT|
  K.K.|KK|Co., Ltd.|Co. Ltd|Holdings|Holding|Group|Industries|International|Intl|Intl.|Worldwide|Global|
  Enterprises|Partners|& Co.|& Sons|Brothers|Bros.|Technologies|Systems|Solutions|Ventures|Capital
`);

// Capitalised words that never name anything on their own: function words that open sentences,
// sentence adverbs, weekdays, months, and headline and dateline words.
const nonNames = words(`
  I|I'm|I've|I'd|I'll|A|An|The|This|That|These|Those|It|Its|It's|He|She|They|We|You|Me|Him|Her|Them|Us|
  His|Hers|Their|Theirs|Our|Ours|Your|Yours|My|Mine|Who|Whom|Whose|What|Which|Where|When|Why|How|Whoever|
  Whatever|Whichever|Wherever|Whenever|However|Meanwhile|Moreover|Furthermore|Nevertheless|Nonetheless|
  Therefore|Thus|Hence|Accordingly|Consequently|Additionally|Also|Besides|Indeed|Instead|Otherwise|Still|Yet|
  According|Earlier|Later|Previously|Currently|Recently|Now|Today|Yesterday|Tomorrow|Tonight|Then|Once|
  Finally|Firstly|Secondly|Thirdly|Lastly|First|Second|Third|Next|Last|Overall|Altogether|Initially|
  Eventually|Ultimately|Subsequently|Separately|Similarly|Likewise|Notably|Specifically|Particularly|
  Especially|Importantly|Significantly|Interestingly|Unfortunately|Fortunately|Clearly|Obviously|Apparently|
  Reportedly|Allegedly|Officially|Publicly|Privately|Traditionally|Historically|Generally|Usually|Typically|
  Often|Sometimes|Never|Always|Already|Again|Soon|Since|While|Whilst|Although|Though|Because|As|If|Unless|
  Until|Till|After|Before|During|Despite|Following|Amid|Amidst|Among|Amongst|Between|Within|Without|Through|
  Throughout|Across|Against|Along|Around|About|Above|Below|Beneath|Beside|Beyond|Under|Over|Into|Onto|Upon|
  Toward|Towards|From|With|For|Of|On|In|At|By|To|Up|Down|Out|Off|Via|Per|Like|Unlike|Near|Regarding|
  Concerning|Including|Excluding|Except|Plus|Minus|And|But|Or|Nor|So|Both|Either|Neither|Not|No|Yes|All|
  Any|Some|Many|Much|Most|More|Less|Least|Few|Fewer|Several|Each|Every|Other|Another|Such|Same|Own|Only|
  Just|Even|Very|Too|Quite|Rather|Almost|Nearly|Perhaps|Maybe|Probably|Possibly|Certainly|Surely|Here|There|
  Everyone|Everybody|Everything|Someone|Somebody|Something|Anyone|Anybody|Anything|Nobody|Nothing|None|
  One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Thirty|Forty|Fifty|Hundred|
  Thousand|Million|Billion|Trillion|Dozens|Hundreds|Thousands|Millions|Is|Are|Was|Were|Be|Been|Being|Has|
  Have|Had|Do|Does|Did|Will|Would|Shall|Should|Can|Could|May|Might|Must|Let|Please|Thanks|Thank|Hello|
  Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|
  January|February|March|April|May|June|July|August|September|October|November|December|Feb|Mar|Apr|
  Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Spring|Summer|Autumn|Fall|Winter|Morning|Afternoon|Evening|Night|
  Week|Month|Year|Day|Days|Weeks|Months|Years|Decade|Century|Update|Updated|Breaking|Exclusive|Analysis|
  Opinion|Editorial|Comment|Interview|Photo|Photos|Video|Watch|Read|Listen|Live|Related|Advertisement|
  Share|Subscribe|Source|Sources|Reporting|Editing|Writing|Additional|Copyright|News|Report|Reports|
  Story|Stories|Latest|Top|Featured|Trending|Home|Menu|Search|Login|Sign|Click|Note|Notes|Caption|Credit|
  Credits|File|Image|Images|Picture|Pictures|Gallery|Summary|Background|Context|Factbox|Explainer|Timeline|
  Q|Q.|Mr|Mrs|Ms|Dr|Sir|OK|Okay|Well|Oh|Ah|Yeah|Hey|Why|Wow|Ever|Whether|Else|Where's|What's|Who's|
  There's|Here's|That's|Let's|Don't|Doesn't|Didn't|Isn't|Aren't|Wasn't|Weren't|Won't|Can't|Couldn't|
  Wouldn't|Shouldn't|Hasn't|Haven't|Hadn't|Addressing|Speaking|Commenting|Responding|Asked|
  Given|Based|Regardless|Nonetheless|Anyway|Besides|Instead|Further|Overall|Elsewhere|Abroad|Domestically|
  Internationally|Globally|Locally|Nationally|Regionally|Politically|Economically|Militarily|Financially
`);

writeJson('titles.json', {
  offices: uniq(offices),
  compoundOffices: uniq(compoundOffices),
  modifiers: uniq(modifiers),
  honorifics: uniq(honorifics),
});
writeJson('organization-words.json', { heads: uniq(heads), companySuffixes: uniq(companySuffixes) });
// Peoples, faiths and movements named by a plural or collective noun ("the Rohingya", "Kurds",
// "Sunnis"): alone they name a group, not a person, organization or place; they may still begin a
// name ("Uyghur Human Rights Project"), so they are kept apart from the words above.
const groupWords = words(`
  Rohingya|Rohingyas|Uyghur|Uyghurs|Uighur|Uighurs|Kurd|Kurds|Pashtun|Pashtuns|Hazara|Hazaras|Tajiks|Uzbeks|
  Tamil|Tamils|Sinhalese|Baloch|Balochi|Sindhi|Punjabi|Bengali|Bengalis|Bangladeshis|Pakistanis|Afghans|
  Muslim|Muslims|Christian|Christians|Catholic|Catholics|Protestant|Protestants|Orthodox|Jew|Jews|Hindu|Hindus|
  Sikh|Sikhs|Buddhist|Buddhists|Sunni|Sunnis|Shia|Shiite|Shiites|Shias|Alawite|Alawites|Druze|Yazidi|Yazidis|
  Copt|Copts|Coptic|Maronite|Maronites|Evangelical|Evangelicals|Mormon|Mormons|Amish|Bedouin|Bedouins|
  Hutu|Hutus|Tutsi|Tutsis|Maasai|Masai|Zulu|Xhosa|Yoruba|Igbo|Hausa|Fulani|Amhara|Oromo|Tigrayan|Tigrayans|
  Somalis|Berber|Berbers|Tuareg|Arabs|Persians|Turks|Kazakhs|Kyrgyz|Tatars|Chechens|Roma|Romani|Sami|Inuit|
  Aboriginal|Aborigines|Maori|Latinos|Latinas|Hispanics|Asians|Africans|Europeans|Westerners|Republicans|
  Democrats|Conservatives|Liberals|Socialists|Communists|Islamists|Jihadists|Loyalists|Separatists|Royalists
`);

writeJson('non-names.json', {
  words: uniq(nonNames),
  acronyms: uniq(nonNameAcronyms),
  groups: uniq(groupWords),
});
console.log(
  `titles.json: ${uniq(offices).length} offices, ${uniq(compoundOffices).length} compound offices, ` +
    `${uniq(modifiers).length} modifiers, ${uniq(honorifics).length} honorifics; ` +
    `organization-words.json: ${uniq(heads).length} heads, ${uniq(companySuffixes).length} suffixes; ` +
    `non-names.json: ${uniq(nonNames).length} words, ${uniq(nonNameAcronyms).length} acronyms, ${uniq(groupWords).length} group words`,
);
