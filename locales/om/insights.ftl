## Insight without personal data: referrals, unmet needs, the reports for coordinators and partners, and the privacy page.

# The role of an account that records referrals (beside role-editor, role-translator…).
role-volunteer = tola ooltuu
accounts-group = Garee naannoo (tola ooltotaaf)
accounts-group-hint = Qubee xixiqqaa Laatinii (a–z), lakkoofsotaa fi "-", fakkeenyaaf aarhus-gellerup. Dabarsi tola ooltuu tokkoo gareedhaaf lakkaa'ama.

## Recording a referral from a service's page or its card.
referral-heading = Dabarsa galmeessaa
referral-hint = Har'a dubartii tokkoof karaa gara tajaajila kanaa akka agarsiiftanii fi afaan ishee dubbattu lakkaa'a. Waa'ee ishee homtuu hin galmaa'u.
referral-language = Afaan ishee
referral-record = Dabarsa galmeessaa
referral-recorded = Dabarsi galmaa'eera. Galatoomaa.
referral-queued = Bilbila kana irratti kuufameera: yeroo interneetii deebitanii argattan ni ergama.
referral-sign-in = Tola ooltonni dabarsa lakkaa'uuf seenuu danda'u.
# $reason is a short explanation from the server, e.g. "day 2026-01-02 is in the future".
referral-refused = Dabarsi hin galmoofne: { $reason }

## "Nothing fitted": a volunteer says none of the results helps.
unmet-heading = Wanti tokkollee hin mijanne?
# Above the same form on a search that found nothing.
unmet-heading-none = Maal akka barbaachise nutti himaa
unmet-hint = Akka barbaachisummaan kun lakkaa'amuuf nutti himaa. Gosa barbaachisummaa qofatu lakkaa'ama — jechoonni isin barbaaddan gonkumaa hin lakkaa'aman, yoo namoonni baay'een waanuma tokko barbaadan malee; waa'ee keessanis homtuu hin lakkaa'amu.
unmet-needed = Maaltu barbaachise (dirqama miti)
unmet-needed-none = Hin ibsamne
unmet-send = Wanti tokkollee hin mijanne
unmet-thanks = Galatoomaa. Barbaachisummaan lakkaa'ameera.

## The reports (for coordinators; partners read the same figures through the API).
nav-insights = Istaatistiksii
insights-title = Istaatistiksii
insights-intro = Lakkoofsota maqaa malee itti fayyadama guyyaa guyyaa irraa: dubartoonni eessatti dabarfaman, afaanota kamiin, fi wanta isaan barbaachisee tarreen tajaajilootaa dhiyeessuu hin dandeenye.
insights-year = Waggaa
insights-show = Agarsiisaa
insights-referrals = Dabarsota
insights-unmet = Barbaachisummaawwan hin guutamne
insights-by-area = Naannoodhaan
insights-by-category = Gosa gargaarsaatiin
insights-by-language = Afaaniin
insights-by-group = Garee naannootiin
insights-total = Waliigala
insights-no-area = Naannoon hin filatamne
insights-no-category = Gosti gargaarsaa hin beekamne
insights-no-group = Garee naannoo hin qabu
insights-legend-small = <5: shanii gadi; akka namni tokkollee hin beekamneef hin agarsiifamu.
insights-legend-hidden = x: akka lakkoofsi xiqqaan waliigala irraa hin shallagamneef dhokfameera.
insights-months-note = Ji'i tokko erga xumurameen booda agarsiifama. Lakkoofsonni shanii gadii gonkumaa hin agarsiifaman — asittis, faayiloota buufaman keessattis, API dhaanis.
insights-download-csv = Akka CSV tti buusaa
insights-download-json = Akka JSON tti buusaa
# The text alternative of a bar chart; $table is the title of the table below it that holds the same figures.
insights-chart-description = Chaartii utubaa waliigala "{ $table }". Lakkoofsonni wal fakkaatan gabatee armaan gadii keessa jiru.
insights-summary = Cuunfaa bara { $year }
insights-summary-referrals = Dabarsota walumaa galatti
insights-summary-categories = Dabarsota gosa gargaarsaatiin
insights-summary-languages = Afaanota dubartoota dabarfamanii
insights-summary-top-unmet = Barbaachisummaawwan irra caalaa hin guutamne
insights-texts = Barbaadame, hin argamne
insights-texts-hint = Barreeffamoota torban tokko keessatti yoo xiqqaate barbaacha shaniin fayyadaman qofatu kuufama.
insights-none = Bara kana keessa homtuu hin galmoofne.

## The privacy page.
footer-privacy-link = Wanta Nabo galmeessu
privacy-title = Wanta Nabo galmeessu
privacy-intro = Nabo haasaa dubartoota tola ooltota amanan wajjin godhamu keessatti itti fayyadamama. Wanta isaan eenyu akka ta'an beeksisuu danda'u tokkollee akka hin qabanne godhamee hojjetame.
privacy-never-heading = Gonkumaa hin galmaa'u
privacy-never-people = Maqaa, teessoo, lakkoofsa bilbilaa, lakkoofsa eenyummaa ykn seenaa dubartoota isin gargaartanii.
privacy-never-addresses = Teessoo IP keessanii ykn biraawzarii keessanii, wanta isin barbaaddan ykn bantan wajjin.
privacy-never-search = Wanta isin barbaaddan, akkuma barreessitanitti. Galmeen gaaffilee jechoota barbaachaa hin qabatu.
privacy-never-time = Sa'aatii guyyaa dabarsi ykn barbaachi itti godhame.
privacy-recorded-heading = Maqaa malee galmaa'a
privacy-recorded-referrals = Dabarsa, yeroo tola ooltuun seente galmeessitu: tajaajila, afaan dubartittii, guyyaa fi garee naannoo tola ooltuu. Tola ooltuun eenyu akka taate miti.
privacy-recorded-unmet = Barbaacha homaa hin argatin, ykn "Wanti tokkollee hin mijanne": torbaniin, afaaniin, naannoodhaan fi gosa barbaachisummaatiin lakkaa'ama.
privacy-recorded-texts = Jechoota barbaacha akkasii, yoo barbaachi yoo xiqqaate shan torbanuma tokko keessatti itti fayyadame qofa; hanga sanaatti sarvarri koodii gara jechaatti deebisuu hin dandeenyeen yaadannoo keessatti lakkaa'a.
privacy-recorded-views = Fuulli tajaajila hundaa si'a meeqa akka banname: tajaajila tokkoof lakkoofsa tokko.
privacy-phone-heading = Bilbila keessan qofa irratti kuufama
privacy-phone-saved = Tajaajilawwan isin olkaa'attan, fi dabarsota yeroo interneetii hin qabne ergamuuf eegaa jiran. Kana keessaa homtuu hanga ergamutti sarvara hin ga'u.
privacy-retention-heading = Hammam turuu
privacy-retention = Dabarsonni akkuma galmaa'anitti guyyaa 90f kuufamu. Sana booda lakkoofsa torban isaaniitti dabalamanii haqamu.
privacy-reports-heading = Lakkoofsota eenyutu arga
privacy-reports = Qindeessitoota sagantaa, akkasumas kommuuneewwanii fi dhaabbilee sagantaan waliin hojjetu. Isaan lakkoofsota ji'aan, naannoodhaan, gosa gargaarsaatiin fi afaaniin argu; lakkoofsi shanii gadii gonkumaa hin agarsiifamu, lakkoofsi kanneen biroo irraa shallagamuu danda'us hin agarsiifamu.
