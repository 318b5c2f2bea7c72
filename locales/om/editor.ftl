# Fuulota gulaaltota Nabo — Afaan Oromoo (om). Eenyummaan ergaawwanii kan en/editor.ftl wajjin tokko.
# Namoota tarree tajaajilootaa kunuunsaniif: gulaaltota, turjumaanota, qindeessitootaa fi bulchitootaaf.

## Seenuu fi ba'uu

login-title = Seenuu
login-intro = Namoota tarree tajaajilootaa kunuunsaniif: gulaaltota, turjumaanotaa fi qindeessitootaaf.
login-account = Akkaawuntii
login-password = Jecha darbii
login-submit = Seenaa
login-wrong = Akkaawuntiin ykn jechi darbii dogoggora.
login-throttled = { $minutes ->
    [one] Yeroo baay'ee yaaltanii hin milkoofne. Daqiiqaa tokko booda irra deebi'aa yaalaa.
   *[other] Yeroo baay'ee yaaltanii hin milkoofne. Daqiiqaa { $minutes } booda irra deebi'aa yaalaa.
}
login-required = Itti fufuuf maaloo seenaa.
login-signed-out = Akkaawuntii keessaa baataniittu.
nav-editing = Gulaaluu
nav-sign-out = Ba'aa
editor-signed-in-as = Akkaawuntii kanaan seentaniittu: { $account } ({ $role })
role-admin = bulchaa
role-coordinator = qindeessaa
role-editor = gulaalaa
role-translator = turjumaana

## Gaaffilee didaman

error-form-expired-title = Unkaan hin ergamne
error-form-expired-text = Nageenya keessaniif, unkaan fuula isaa irraa qofa fudhatama. Duubatti deebi'aa, fuula haaromsaa, sana booda irra deebi'aa yaalaa.
error-forbidden-title = Hin hayyamamu
error-forbidden-text = Akkaawuntiin keessan kana gochuu hin danda'u. Gulaaltonni tajaajiloota naannoo ofii isaanii qofa jijjiiru.
error-too-many-title = Gaaffileen baay'ee ta'aniiru
error-too-many-text = Maaloo xiqqoo eegaatii irra deebi'aa yaalaa.

## Tarree tajaajilootaa

editor-dashboard-title = Tajaajiloota
editor-new-resource = Tajaajila haaraa
editor-find-label = Tajaajila maqaa ykn jechootaan barbaadaa
editor-find-button = Barbaadaa
editor-area-label = Naannoo
editor-all-areas = Naannoo hunda
editor-count = { $count ->
    [0] Tajaajilli tokkollee hin argamne
    [one] Tajaajila tokko
   *[other] Tajaajiloota { $count }
}
editor-col-name = Maqaa
editor-col-area = Naannoo
editor-col-categories = Gosa gargaarsaa
editor-edit = Gulaalaa
editor-page-previous = Fuula duraa
editor-page-next = Fuula itti aanu
editor-archived-heading = Tajaajiloota kuusaatti galfaman
editor-archived-none = Wanti kuusaatti galfame hin jiru.
editor-archived-when = Guyyaa { $date } kuusaatti galfame; kan galche: { $account }

## Tajaajila gulaaluu

editor-new-title = Tajaajila haaraa
editor-edit-title = Gulaaluu: { $name }
editor-version = Versiinii { $version }, guyyaa { $date } olkaa'ame
editor-section-basics = Waa'ee tajaajilaa
editor-section-texts = Barreeffamoota
editor-section-contact = Teessoo fi quunnamtii
editor-section-access = Sa'aatii hojii fi haala tajaajilli itti argamu
editor-texts-in = Barreeffamoota { $language }
editor-texts-source = afaan barreeffamoonni jalqaba itti barreeffaman
editor-add-language = Barreeffamoota afaan biraatiin dabalaa
editor-choose-language = Afaan filadhaa
editor-field-id = Eenyummaa (Id)
editor-field-id-hint = Qubee xixiqqaa Laatinii (a–z), lakkoofsotaa fi sarara gidduu (-), fakkeenyaaf: jobcenter-aarhus. Booda jijjiiramuu hin danda'u.
editor-field-area = Kommune ykn naannoo
editor-field-categories = Gosa gargaarsaa
editor-field-source-language = Afaan barreeffamoonni jalqaba itti barreeffaman
editor-field-name = Maqaa
editor-field-summary = Cuunfaa (hima tokko)
editor-field-description = Ibsa
editor-field-access = Akkaataa gargaarsa itti argattan
editor-field-street = Daandii fi lakkoofsa
editor-field-postcode = Lakkoofsa poostaa
editor-field-city = Magaalaa
editor-field-country = Koodii biyyaa
editor-field-country-hint = Qubee gurguddoo lama, fakkeenyaaf: DK
editor-field-lat = Laatiitiyuudii (latitude)
editor-field-lon = Loongiitiyuudii (longitude)
editor-field-phone = Bilbila
editor-field-email = Imeelii
editor-field-website = Marsariitii
editor-field-opening-hours = Sa'aatii hojii
editor-field-opening-hours-hint = Akkaataa OpenStreetMap tiin, fakkeenyaaf: Mo-Fr 09:00-15:00; PH off
editor-field-languages-spoken = Afaanota tajaajila kana keessatti dubbataman
editor-field-languages-spoken-hint = Koodii afaanotaa koomaan addaan baafame, fakkeenyaaf: da, ar, so
editor-field-attributes = Haala tajaajilli itti argamu
editor-field-record = Tajaajila guutuu
editor-field-verified-at = Yeroo dhumaaf kan mirkanaa'e
editor-create = Uumaa
editor-save = Olkaa'aa
editor-archive = Kuusaatti galchaa
editor-restore = Deebisaa
editor-history = Seenaa
editor-back = Gara tarreetti deebi'aa
editor-view-public = Fuula ummataaf mul'atu ilaalaa
editor-created = Uumameera. Tajaajilli kun amma barbaacha keessatti argama.
editor-saved = Versiinii { $version } ta'ee olkaa'ameera. Barbaachi amma jijjiirama kana agarsiisa.
editor-unchanged = Wanti jijjiirame hin jiru.
editor-archived = Kuusaatti galfameera. Kana booda barbaacha keessatti hin argamu, garuu deebifamuu ni danda'a.
editor-restored = Versiinii { $version } ta'ee deebifameera. Ammas barbaacha keessatti argama.
editor-errors-summary = { $count ->
    [one] Tajaajilli hin olkaa'amne: maaloo rakkoo tokko sirreessaa.
   *[other] Tajaajilli hin olkaa'amne: maaloo rakkoolee { $count } sirreessaa.
}
editor-exists = Tajaajilli eenyummaa kana qabu duraanuu jira, ykn kuusaatti galfameera. Eenyummaa biraa filadhaa, ykn isa kuusaa keessa jiru deebisaa.
problem-required = Kun dirqama.
problem-invalid = Gatiin kun hin fudhatamu.
problem-unknown = Tarreen tajaajilootaa gatii kana hin beeku.
problem-duplicate = Kun si'a lama galfameera.
problem-too-long = Kun baay'ee dheeraadha.

## Namoota lama yeroo tokkotti olkaa'an

editor-conflict-title = Utuu isin gulaalaa jirtanuu namni biraa tajaajila kana olkaa'eera
editor-conflict-text = Jijjiiramni keessan ammallee hin olkaa'amne. Versiinii olkaa'ame wajjin wal bira qabaa ilaalaa, sana booda kan keessan eeguuf irra deebi'aa olkaa'aa, ykn versiinii olkaa'ame irraa jalqabuuf fuula haaromsaa.
editor-conflict-field = Dirree
editor-conflict-yours = Versiinii keessan
editor-conflict-saved = Versiinii olkaa'ame ({ $version })
editor-conflict-empty = (duwwaa)
editor-conflict-reload = Versiinii olkaa'ame irraa haaraatti jalqabaa

## Seenaa

history-title = Seenaa: { $name }
history-version = Versiinii { $version }
history-when = Yoom
history-who = Eenyu
history-kind-import = Alaa galfame
history-kind-edit = Gulaalame
history-kind-archive = Kuusaatti galfame
history-kind-restore = Deebifame
history-kind-revert = Versiiniin duraa deebifame
history-kind-delete = Haqame
history-kind-verify = Sirrii ta'uun isaa mirkanaa'e
history-by-import = galchiinsa daataa
history-field = Dirree
history-before = Jijjiirama dura
history-after = Jijjiirama booda
history-no-changes = Dirreen tokkollee hin jijjiiramne.
history-first = Versiinii jalqabaa.
history-unknown = Versiiniin kun seenaa kuufame caalaa dulloomaadha.
history-revert = Versiinii kana deebisaa
history-current = Versiinii ammaa
history-reverted = Versiiniin { $old } versiinii { $version } ta'ee deebifameera.

## Fuulota gulaaltotaa keessa deemuu

nav-translations = Hiikuu
nav-checking = Kan mirkanaa'uu qabu
nav-reports = Gabaasota

## Hiikuu

translations-title = Hiikuu
translations-language-label = Afaan itti hiikamu
translations-show = Agarsiisaa
translations-count = { $count ->
    [0] Hiikni hin jirre ykn dulloome hin jiru.
    [one] Tajaajilli tokko hiikamuu qaba.
   *[other] Tajaajiloonni { $count } hiikamuu qabu.
}
translations-col-resource = Tajaajila
translations-col-missing = Kan hin jirre
translations-col-outdated = Kan dulloome
translations-col-views = Si'a ilaalame
translations-translate = Hiikaa
translations-export = Barreeffamoota hin hiikamne XLIFF tiin buusaa
translations-export-from = Afaan irraa hiikamu
translations-import-heading = Hiikawwan xumuraman galchaa
translations-import-label = Faayilii XLIFF
translations-import-submit = Galchaa
translations-imported = { $count ->
    [one] Hiikni tokko olkaa'ameera.
   *[other] Hiikawwan { $count } olkaa'amaniiru.
}
translations-untranslated = { $count ->
    [one] Barreeffamni tokko osoo hin hiikamin hafeera.
   *[other] Barreeffamoonni { $count } osoo hin hiikamin hafaniiru.
}
translations-refused = Kanneen armaan gadii hin olkaa'amne:
status-missing = hin jiru
status-outdated = dulloomeera
status-current = kan yeroo ammaa
status-reviewed = sakatta'ameera
translate-title = Hiikuu: { $name }
translate-into = Afaan itti hiikamu: { $language }
translate-source = Barreeffama jalqabaa ({ $language })
translate-target = Hiika ({ $language })
translate-status = Haala: { $status }
translate-proposal = Hiikawwan duraanii irraa yaada dhiyaate: osoo hin olkaa'in dura sakatta'aa.
translate-save = Hiika olkaa'aa
translate-review = Akka sakatta'ametti mallatteessaa
translate-saved = Hiikni olkaa'ameera.
translate-reviewed = Akka sakatta'ametti mallatteeffameera.
editor-translations-heading = Hiikawwan
editor-translate-into = Gara afaan kanaatti hiikaa: { $language }

## Mirkaneessuu

editor-verify = Har'a sirrii ta'uu isaa mirkaneessaa
editor-verified = Har'a sirrii ta'uun isaa mirkanaa'eera.
editor-last-verified = Yeroo dhumaaf guyyaa { $date } mirkanaa'e
editor-never-verified = Gonkumaa hin mirkanoofne
checking-title = Kan mirkanaa'uu qabu
checking-intro = { $months ->
    [one] Tajaajiloota ji'a tokkoo fi isaa ol namni tokkollee hin mirkaneessine. Kanneen baay'ee dulloomanitu dura dhufa.
   *[other] Tajaajiloota ji'a { $months } fi isaa ol namni tokkollee hin mirkaneessine. Kanneen baay'ee dulloomanitu dura dhufa.
}
checking-months = Ji'oota osoo hin mirkanaa'in
checking-col-verified = Yeroo dhumaaf kan mirkanaa'e
checking-col-by = Eenyuun
checking-never = gonkumaa
checking-none = Wanti asii jiru hundi dhiyeenya kana mirkanaa'eera.

## Gabaasota dirree irraa

reports-title = Gabaasota dirree irraa
reports-none = Gabaasni banaa ta'e hin jiru.
reports-col-resource = Tajaajila
reports-col-category = Maaltu jijjiirame
reports-col-note = Yaadannoo
reports-col-date = Guyyaa ergame
reports-resolve = Xumurame
reports-dismiss = Dhiisaa
reports-closed = Gabaasni cufameera.
report-category-closed = Tajaajilli cufameera
report-category-moved = Tajaajilli bakka biraatti godaaneera
report-category-hours = Sa'aatiin hojii dogoggora
report-category-phone = Lakkoofsi bilbilaa dogoggora
report-category-other = Waan biraa
report-link = Wanti jijjiirame jiraa? Nutti himaa
report-title = Wanti jijjiirame jiraa?
report-intro = Waa'ee { $name } wanta amma sirrii hin taane gulaaltotatti himaa.
report-privacy = Maqaa hin barreessinaa. Waa'ee nama isin gargaartanii homaa hin barreessinaa.
report-category-label = Maaltu jijjiirame?
report-note-label = Yaadannoo gabaabaa (dirqama miti)
report-note-hint = Qubee 280 hin caalin. Maqaa, lakkoofsa bilbilaa ykn odeeffannoo dhuunfaa hin barreessinaa.
report-submit = Ergaa
report-thanks = Galatoomaa. Gulaaltonni naannoo kanaa ni ilaalu.
report-invalid = Maaltu akka jijjiirame filadhaa, yaadannoon immoo qubee 280 hin caalin.

## Akkaawuntiiwwan (bulchitootaaf)

nav-accounts = Akkaawuntiiwwan
accounts-title = Akkaawuntiiwwan
accounts-col-login = Maqaa seensaa
accounts-col-role = Gahee
accounts-col-scope = Naannolee ykn afaanota
accounts-col-state = Haala
accounts-active = hojii irra jira
accounts-disabled = dhaabameera
accounts-disable = Dhaabaa
accounts-enable = Hojiitti deebisaa
accounts-reset = Jecha darbii haaraa
accounts-new = Akkaawuntii haaraa
accounts-id = Maqaa seensaa
accounts-id-hint = Qubee xixiqqaa Laatinii (a–z), lakkoofsotaa fi sarara gidduu (-), fakkeenyaaf: amina-aarhus
accounts-role = Gahee
accounts-areas = Naannolee (gulaaltotaaf)
accounts-areas-hint = Tokko ykn isaa ol filadhaa; naannoon tokko naannolee isa keessa jiranis ni hammata.
accounts-languages = Afaanota (turjumaanotaaf)
accounts-create = Akkaawuntii uumaa
accounts-password-for = Jecha darbii akkaawuntii { $account }:
accounts-password-once = Jechi darbii kun amma qofa mul'ata; kana booda irra deebi'ee hin mul'atu. Karaa nageenya qabuun nama sanaaf kennaa; namni sun battaluma ittiin seenuu danda'a.
accounts-refused = Akkaawuntiin hin olkaa'amne.

## Furtuuwwan API marsariitiiwwan michootaa (bulchitoota qofaaf)

nav-keys = Furtuuwwan michootaa
keys-title = Furtuuwwan API marsariitiiwwan michootaa
keys-intro = Kommuuneewwanii fi dhaabbileen barbaacha Nabo marsariitii ofii isaanii irratti agarsiisan furtuu barbaadu. Furtuun tokko biraawzarii keessatti teessoowwan marsariitii isaaf galmaa'an qofa irratti, akkasumas hanga daangaan isaa hayyamutti qofa hojjeta.
keys-issued-for = Furtuu haaraa michuu { $partner }:
keys-once = Amma garagalchaatii michuuf kennaa: yeroo kana qofa mul'ata; kana booda irra deebi'ee hin mul'atu.
keys-embed = Michuun sarara lamaan kana fuula isaa keessa maxxansa:
keys-refused = Furtuun hin uumamne:
keys-none = Ammaaf furtuun tokkollee hin jiru.
keys-col-name = Michuu
keys-col-origins = Teessoowwan marsariitii
keys-col-rate = Daangaa
keys-col-state = Haala
keys-per-minute = Daqiiqaatti { $rate }
keys-active = Hojii irra jira
keys-revoked = Haqameera
keys-revoke = Haqaa
keys-new = Furtuu haaraa
keys-name = Michuu (furtuun kun eenyuuf akka ta'e)
keys-origins = Teessoowwan marsariitii furtuu kana fayyadamuuf hayyamaman
keys-origins-hint = Fakkeenyaaf: https://kommune.example, iddoo duwwaa ykn koomaan addaan baafaman. Furtuun kun sarvara irraa qofa kan fayyadamu yoo ta'e, duwwaa dhiisaa.
keys-rate = Gaaffilee daqiiqaatti
keys-create = Furtuu uumaa
