## Insight without personal data: referrals, unmet needs, the reports for coordinators and partners, and the privacy page.

# The role of an account that records referrals (beside role-editor, role-translator…).
role-volunteer = mjitolea
accounts-group = Kikundi cha mtaa (kwa wajitolea)
accounts-group-hint = Herufi ndogo za Kilatini (a–z), tarakimu na "-", kwa mfano aarhus-gellerup. Rufaa za mjitolea huhesabiwa kwa kikundi chake.

## Recording a referral from a service's page or its card.
referral-heading = Rekodi rufaa
referral-hint = Inahesabu kwamba leo umemwonyesha mwanamke njia ya kwenda kwenye huduma hii, na lugha anayozungumza. Hakuna kinachorekodiwa kumhusu yeye.
referral-language = Lugha yake
referral-record = Rekodi rufaa
referral-recorded = Rufaa imerekodiwa. Asante.
referral-queued = Imewekwa kwenye simu hii: itatumwa utakapokuwa mtandaoni tena.
referral-sign-in = Wajitolea wanaweza kuingia ili kuhesabu rufaa.
# $reason is a short explanation from the server, e.g. "day 2026-01-02 is in the future".
referral-refused = Rufaa haikurekodiwa: { $reason }

## "Nothing fitted": a volunteer says none of the results helps.
unmet-heading = Hakuna kilichofaa?
# Above the same form on a search that found nothing.
unmet-heading-none = Tuambie kilichohitajika
unmet-hint = Tuambie, ili hitaji hilo lihesabiwe. Aina ya hitaji pekee ndiyo huhesabiwa — kamwe si maneno uliyotafuta, isipokuwa watu wengi wametafuta kitu kilekile, na hakuna chochote kukuhusu wewe.
unmet-needed = Kilichohitajika (si lazima)
unmet-needed-none = Haikuelezwa
unmet-send = Hakuna kilichofaa
unmet-thanks = Asante. Hitaji limehesabiwa.

## The reports (for coordinators; partners read the same figures through the API).
nav-insights = Takwimu
insights-title = Takwimu
insights-intro = Takwimu zisizo na majina kutoka kwa matumizi ya kila siku: wanawake walipewa rufaa kwenda wapi, kwa lugha zipi, na walihitaji nini ambacho orodha haikuweza kutoa.
insights-year = Mwaka
insights-show = Onyesha
insights-referrals = Rufaa
insights-unmet = Mahitaji yasiyotimizwa
insights-by-area = Kwa eneo
insights-by-category = Kwa aina ya msaada
insights-by-language = Kwa lugha
insights-by-group = Kwa kikundi cha mtaa
insights-total = Jumla
insights-no-area = Hakuna eneo lililochaguliwa
insights-no-category = Aina ya msaada haikutambuliwa
insights-no-group = Hakuna kikundi cha mtaa
insights-legend-small = <5: chini ya tano; haionyeshwi, ili mtu yeyote asitambulike.
insights-legend-hidden = x: imefichwa ili idadi ndogo isiweze kukokotolewa kutoka kwenye jumla.
insights-months-note = Mwezi huonyeshwa baada ya kwisha. Idadi zilizo chini ya tano hazionyeshwi kamwe — wala hapa, wala kwenye faili zinazopakuliwa, wala kupitia API.
insights-download-csv = Pakua kama CSV
insights-download-json = Pakua kama JSON
# The text alternative of a bar chart; $table is the title of the table below it that holds the same figures.
insights-chart-description = Chati ya miambaa ya jumla za "{ $table }". Takwimu hizohizo ziko kwenye jedwali lililo hapa chini.
insights-summary = Muhtasari wa { $year }
insights-summary-referrals = Rufaa zote
insights-summary-categories = Rufaa kwa aina ya msaada
insights-summary-languages = Lugha za wanawake waliopewa rufaa
insights-summary-top-unmet = Mahitaji ambayo mara nyingi hayakutimizwa
insights-texts = Yaliyotafutwa bila kupatikana
insights-texts-hint = Maandishi huhifadhiwa tu ikiwa yametumika katika angalau utafutaji tano ndani ya wiki moja.
insights-none = Hakuna kilichorekodiwa mwaka huu.

## The privacy page.
footer-privacy-link = Nabo inarekodi nini
privacy-title = Nabo inarekodi nini
privacy-intro = Nabo hutumika katika mazungumzo na wanawake wanaowaamini wajitolea. Imetengenezwa ili isihifadhi kamwe chochote kinachoweza kuonyesha wao ni akina nani.
privacy-never-heading = Hakirekodiwi kamwe
privacy-never-people = Majina, anwani, namba za simu, namba za utambulisho au hadithi za wanawake unaowasaidia.
privacy-never-addresses = Anwani yako ya IP au kivinjari chako, pamoja na chochote unachotafuta au kufungua.
privacy-never-search = Unachotafuta, jinsi ulivyokiandika. Kumbukumbu za maombi huacha nje maneno ya utafutaji.
privacy-never-time = Saa ya siku ambapo rufaa au utafutaji ulifanyika.
privacy-recorded-heading = Kinarekodiwa, bila majina
privacy-recorded-referrals = Rufaa, mjitolea aliyeingia anapoirekodi: huduma, lugha ya mwanamke, siku na kikundi cha mtaa cha mjitolea. Si mjitolea huyo ni nani.
privacy-recorded-unmet = Utafutaji ambao haukupata chochote, au "Hakuna kilichofaa": huhesabiwa kwa wiki, lugha, eneo na aina ya hitaji.
privacy-recorded-texts = Maneno ya utafutaji kama huo, baada tu ya angalau utafutaji tano ndani ya wiki hiyohiyo kuyatumia; hadi hapo seva huyahesabu kwenye kumbukumbu yake kwa msimbo ambao haiwezi kuugeuza tena kuwa maneno.
privacy-recorded-views = Mara ngapi ukurasa wa kila huduma ulifunguliwa: namba moja kwa kila huduma.
privacy-phone-heading = Huwekwa kwenye simu yako tu
privacy-phone-saved = Huduma unazohifadhi, na rufaa zinazosubiri kutumwa ukiwa huna mtandao. Hakuna kati ya hivi kinachofika kwenye seva hadi kitumwe.
privacy-retention-heading = Kwa muda gani
privacy-retention = Rufaa huhifadhiwa kama zilivyorekodiwa kwa siku 90. Baada ya hapo huongezwa kwenye idadi za wiki yao na kufutwa.
privacy-reports-heading = Nani anaona takwimu
privacy-reports = Waratibu wa programu, pamoja na manispaa na mashirika inayofanya nayo kazi. Wanaona idadi kwa mwezi, eneo, aina ya msaada na lugha; idadi iliyo chini ya tano haionyeshwi kamwe, wala idadi inayoweza kukokotolewa kutoka kwa nyingine.
