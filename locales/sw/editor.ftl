# Kurasa za wahariri wa Nabo — Kiswahili (sw). Vitambulisho vya ujumbe ni sawa na vya en/editor.ftl.
# Kwa watu wanaotunza orodha: wahariri, watafsiri, waratibu na wasimamizi.

## Kuingia na kutoka

login-title = Ingia
login-intro = Kwa watu wanaotunza orodha: wahariri, watafsiri na waratibu.
login-account = Akaunti
login-password = Nenosiri
login-submit = Ingia
login-wrong = Akaunti au nenosiri si sahihi.
login-throttled = { $minutes ->
    [one] Umejaribu bila mafanikio mara nyingi mno. Jaribu tena baada ya dakika moja.
   *[other] Umejaribu bila mafanikio mara nyingi mno. Jaribu tena baada ya dakika { $minutes }.
}
login-required = Tafadhali ingia ili kuendelea.
login-signed-out = Umetoka kwenye akaunti.
nav-editing = Uhariri
nav-sign-out = Toka
editor-signed-in-as = Umeingia kama { $account } ({ $role })
role-admin = msimamizi
role-coordinator = mratibu
role-editor = mhariri
role-translator = mtafsiri

## Maombi yaliyokataliwa

error-form-expired-title = Fomu haikuweza kutumwa
error-form-expired-text = Kwa usalama wako, fomu hupokelewa tu kutoka kwenye ukurasa wake yenyewe. Rudi nyuma, pakia upya ukurasa kisha ujaribu tena.
error-forbidden-title = Hairuhusiwi
error-forbidden-text = Akaunti yako hairuhusiwi kufanya hivi. Wahariri hubadilisha huduma za maeneo yao wenyewe.
error-too-many-title = Maombi mengi mno
error-too-many-text = Tafadhali subiri kidogo kisha ujaribu tena.

## Orodha ya huduma

editor-dashboard-title = Huduma
editor-new-resource = Huduma mpya
editor-find-label = Tafuta huduma kwa jina au maneno
editor-find-button = Tafuta
editor-area-label = Eneo
editor-all-areas = Maeneo yote
editor-count = { $count ->
    [0] Hakuna huduma iliyopatikana
    [one] Huduma moja
   *[other] Huduma { $count }
}
editor-col-name = Jina
editor-col-area = Eneo
editor-col-categories = Aina za msaada
editor-edit = Hariri
editor-page-previous = Ukurasa uliopita
editor-page-next = Ukurasa unaofuata
editor-archived-heading = Huduma zilizowekwa kwenye kumbukumbu
editor-archived-none = Hakuna kilichowekwa kwenye kumbukumbu.
editor-archived-when = Imewekwa kwenye kumbukumbu tarehe { $date } na { $account }

## Kuhariri huduma

editor-new-title = Huduma mpya
editor-edit-title = Hariri: { $name }
editor-version = Toleo { $version }, limehifadhiwa tarehe { $date }
editor-section-basics = Kuhusu huduma
editor-section-texts = Maandishi
editor-section-contact = Anwani na mawasiliano
editor-section-access = Saa za kufungua na masharti ya kufikia huduma
editor-texts-in = Maandishi kwa { $language }
editor-texts-source = lugha ambayo maandishi yaliandikwa kwanza
editor-add-language = Ongeza maandishi kwa lugha nyingine
editor-choose-language = Chagua lugha
editor-field-id = Kitambulisho
editor-field-id-hint = Herufi ndogo za Kilatini (a–z), tarakimu na vistari, kwa mfano: jobcenter-aarhus. Hakiwezi kubadilishwa baadaye.
editor-field-area = Manispaa au eneo
editor-field-categories = Aina za msaada
editor-field-source-language = Lugha ambayo maandishi yaliandikwa kwanza
editor-field-name = Jina
editor-field-summary = Muhtasari (sentensi moja)
editor-field-description = Maelezo
editor-field-access = Jinsi ya kupata msaada
editor-field-street = Mtaa na namba
editor-field-postcode = Msimbo wa posta
editor-field-city = Mji
editor-field-country = Msimbo wa nchi
editor-field-country-hint = Herufi kubwa mbili, kwa mfano: DK
editor-field-lat = Latitudo
editor-field-lon = Longitudo
editor-field-phone = Simu
editor-field-email = Barua pepe
editor-field-website = Tovuti
editor-field-opening-hours = Saa za kufungua
editor-field-opening-hours-hint = Kwa muundo wa OpenStreetMap, kwa mfano: Mo-Fr 09:00-15:00; PH off
editor-field-languages-spoken = Lugha zinazozungumzwa kwenye huduma
editor-field-languages-spoken-hint = Misimbo ya lugha ikitenganishwa kwa koma, kwa mfano: da, ar, so
editor-field-attributes = Masharti ya kufikia huduma
editor-field-record = Huduma nzima
editor-field-verified-at = Ilikaguliwa mara ya mwisho
editor-create = Unda
editor-save = Hifadhi
editor-archive = Weka kwenye kumbukumbu
editor-restore = Rejesha
editor-history = Historia
editor-back = Rudi kwenye orodha
editor-view-public = Onyesha ukurasa wa umma
editor-created = Imeundwa. Sasa huduma inaweza kupatikana kwenye utafutaji.
editor-saved = Imehifadhiwa kama toleo { $version }. Utafutaji sasa unaonyesha mabadiliko.
editor-unchanged = Hakuna kilichobadilishwa.
editor-archived = Imewekwa kwenye kumbukumbu. Haipatikani tena kwenye utafutaji, na inaweza kurejeshwa.
editor-restored = Imerejeshwa kama toleo { $version }. Inapatikana tena kwenye utafutaji.
editor-errors-summary = { $count ->
    [one] Huduma haikuhifadhiwa: tafadhali rekebisha tatizo moja.
   *[other] Huduma haikuhifadhiwa: tafadhali rekebisha matatizo { $count }.
}
editor-exists = Huduma yenye kitambulisho hiki tayari ipo, au imewekwa kwenye kumbukumbu. Chagua kitambulisho kingine, au rejesha ile iliyowekwa kwenye kumbukumbu.
problem-required = Hii inahitajika.
problem-invalid = Thamani hii haikubaliki.
problem-unknown = Orodha haiitambui thamani hii.
problem-duplicate = Hii imeandikwa mara mbili.
problem-too-long = Hii ni ndefu mno.

## Watu wawili wakihifadhi kwa wakati mmoja

editor-conflict-title = Mtu mwingine amehifadhi huduma hii ulipokuwa ukihariri
editor-conflict-text = Mabadiliko yako bado hayajahifadhiwa. Yalinganishe na toleo lililohifadhiwa, kisha hifadhi tena ili kubaki na yako, au pakia upya ukurasa ili kuanza na toleo lililohifadhiwa.
editor-conflict-field = Sehemu
editor-conflict-yours = Toleo lako
editor-conflict-saved = Toleo lililohifadhiwa ({ $version })
editor-conflict-empty = (tupu)
editor-conflict-reload = Anza upya kutoka kwenye toleo lililohifadhiwa

## Historia

history-title = Historia: { $name }
history-version = Toleo { $version }
history-when = Lini
history-who = Nani
history-kind-import = Imeingizwa kutoka nje
history-kind-edit = Imehaririwa
history-kind-archive = Imewekwa kwenye kumbukumbu
history-kind-restore = Imerejeshwa
history-kind-revert = Toleo la awali limerudishwa
history-kind-delete = Imefutwa
history-kind-verify = Imethibitishwa kuwa sahihi
history-by-import = uingizaji wa data
history-field = Sehemu
history-before = Kabla ya mabadiliko
history-after = Baada ya mabadiliko
history-no-changes = Hakuna sehemu iliyobadilika.
history-first = Toleo la kwanza.
history-unknown = Toleo hili ni la zamani kuliko historia iliyohifadhiwa.
history-revert = Rudisha toleo hili
history-current = Toleo la sasa
history-reverted = Toleo { $old } limerudishwa kama toleo { $version }.

## Urambazaji wa kurasa za wahariri

nav-translations = Tafsiri
nav-checking = Zinahitaji kukaguliwa
nav-reports = Ripoti

## Tafsiri

translations-title = Tafsiri
translations-language-label = Lugha ya tafsiri
translations-show = Onyesha
translations-count = { $count ->
    [0] Hakuna tafsiri inayokosekana wala iliyopitwa na wakati.
    [one] Huduma moja inahitaji kutafsiriwa.
   *[other] Huduma { $count } zinahitaji kutafsiriwa.
}
translations-col-resource = Huduma
translations-col-missing = Zinazokosekana
translations-col-outdated = Zilizopitwa na wakati
translations-col-views = Mara ilizotazamwa
translations-translate = Tafsiri
translations-export = Pakua maandishi yanayokosekana kama XLIFF
translations-export-from = Tafsiri kutoka
translations-import-heading = Pakia tafsiri zilizokamilika
translations-import-label = Faili la XLIFF
translations-import-submit = Ingiza
translations-imported = { $count ->
    [one] Tafsiri moja imehifadhiwa.
   *[other] Tafsiri { $count } zimehifadhiwa.
}
translations-untranslated = { $count ->
    [one] Sehemu moja ya maandishi haikutafsiriwa.
   *[other] Sehemu { $count } za maandishi hazikutafsiriwa.
}
translations-refused = Hizi hazikuhifadhiwa:
status-missing = haipo
status-outdated = imepitwa na wakati
status-current = ni ya sasa
status-reviewed = imepitiwa
translate-title = Tafsiri: { $name }
translate-into = Kwa { $language }
translate-source = Maandishi asilia ({ $language })
translate-target = Tafsiri ({ $language })
translate-status = Hali: { $status }
translate-proposal = Imependekezwa kutokana na tafsiri za awali: ikague kabla ya kuhifadhi.
translate-save = Hifadhi tafsiri
translate-review = Weka alama kuwa imepitiwa
translate-saved = Tafsiri imehifadhiwa.
translate-reviewed = Imewekwa alama kuwa imepitiwa.
editor-translations-heading = Tafsiri
editor-translate-into = Tafsiri kwa { $language }

## Uthibitisho

editor-verify = Thibitisha kuwa ni sahihi leo
editor-verified = Imethibitishwa kuwa sahihi leo.
editor-last-verified = Ilithibitishwa mara ya mwisho tarehe { $date }
editor-never-verified = Haijawahi kuthibitishwa
checking-title = Zinahitaji kukaguliwa
checking-intro = { $months ->
    [one] Huduma ambazo hakuna aliyezithibitisha kwa mwezi mmoja au zaidi. Za zamani zaidi zinaanza.
   *[other] Huduma ambazo hakuna aliyezithibitisha kwa miezi { $months } au zaidi. Za zamani zaidi zinaanza.
}
checking-months = Miezi bila kuthibitishwa
checking-col-verified = Ilithibitishwa mara ya mwisho
checking-col-by = Na nani
checking-never = haijawahi
checking-none = Kila kitu hapa kimethibitishwa hivi karibuni.

## Ripoti kutoka uwanjani

reports-title = Ripoti kutoka uwanjani
reports-none = Hakuna ripoti zilizo wazi.
reports-col-resource = Huduma
reports-col-category = Kilichobadilika
reports-col-note = Maelezo
reports-col-date = Ilitumwa tarehe
reports-resolve = Imekamilika
reports-dismiss = Ondoa
reports-closed = Ripoti imefungwa.
report-category-closed = Huduma imefungwa kabisa
report-category-moved = Huduma imehamia mahali pengine
report-category-hours = Saa za kufungua si sahihi
report-category-phone = Namba ya simu si sahihi
report-category-other = Kitu kingine
report-link = Kuna kilichobadilika? Tuambie
report-title = Kuna kilichobadilika?
report-intro = Waambie wahariri ni nini si sahihi tena kuhusu { $name }.
report-privacy = Usiandike majina. Usiandike chochote kuhusu mtu unayemsaidia.
report-category-label = Nini kimebadilika?
report-note-label = Maelezo mafupi (si lazima)
report-note-hint = Herufi 280 au chache zaidi. Usiandike majina, namba za simu wala taarifa binafsi.
report-submit = Tuma
report-thanks = Asante. Wahariri wa eneo hili wataikagua.
report-invalid = Chagua kilichobadilika, na uandike maelezo yasiyozidi herufi 280.

## Akaunti (kwa wasimamizi)

nav-accounts = Akaunti
accounts-title = Akaunti
accounts-col-login = Jina la kuingia
accounts-col-role = Jukumu
accounts-col-scope = Maeneo au lugha
accounts-col-state = Hali
accounts-active = inatumika
accounts-disabled = imezimwa
accounts-disable = Zima
accounts-enable = Washa
accounts-reset = Nenosiri jipya
accounts-new = Akaunti mpya
accounts-id = Jina la kuingia
accounts-id-hint = Herufi ndogo za Kilatini (a–z), tarakimu na vistari, kwa mfano: amina-aarhus
accounts-role = Jukumu
accounts-areas = Maeneo (kwa wahariri)
accounts-areas-hint = Chagua moja au zaidi; eneo linajumuisha pia maeneo yaliyo ndani yake.
accounts-languages = Lugha (kwa watafsiri)
accounts-create = Unda akaunti
accounts-password-for = Nenosiri la akaunti { $account }:
accounts-password-once = Nenosiri hili linaonyeshwa sasa tu, halitaonyeshwa tena. Mpe mhusika kwa njia salama; anaweza kuingia nalo papo hapo.
accounts-refused = Akaunti haikuhifadhiwa.

## Funguo za API za tovuti za washirika (kwa wasimamizi tu)

nav-keys = Funguo za washirika
keys-title = Funguo za API za tovuti za washirika
keys-intro = Manispaa na mashirika yanayoonyesha utafutaji wa Nabo kwenye tovuti zao yanahitaji ufunguo. Kwenye vivinjari, ufunguo hufanya kazi tu kwenye anwani za wavuti zilizoorodheshwa kwa ajili yake, na si zaidi ya mara ambazo kikomo chake kinaruhusu.
keys-issued-for = Ufunguo mpya wa { $partner }:
keys-once = Unakili sasa na umpe mshirika: unaonyeshwa mara hii moja tu na hautaonekana tena.
keys-embed = Mshirika hubandika mistari hii miwili kwenye ukurasa wake:
keys-refused = Ufunguo haukuundwa:
keys-none = Bado hakuna funguo.
keys-col-name = Mshirika
keys-col-origins = Anwani za wavuti
keys-col-rate = Kikomo
keys-col-state = Hali
keys-per-minute = { $rate } kwa dakika
keys-active = Unatumika
keys-revoked = Umebatilishwa
keys-revoke = Batilisha
keys-new = Ufunguo mpya
keys-name = Mshirika (ufunguo ni wa nani)
keys-origins = Anwani za wavuti zinazoruhusiwa kutumia ufunguo
keys-origins-hint = Kwa mfano https://kommune.example, zikitenganishwa kwa nafasi au koma. Acha wazi kwa ufunguo unaotumika kutoka kwenye seva tu.
keys-rate = Maombi kwa dakika
keys-create = Unda ufunguo
