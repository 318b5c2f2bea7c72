# Mga pahina ng editor ng Nabo — Filipino. Pareho ang mga message id sa en/editor.ftl.
# Para sa mga nag-aasikaso ng listahan: mga editor, tagasalin, coordinator at admin.

## Pag-sign in at pag-sign out

login-title = Mag-sign in
login-intro = Para sa mga nag-aasikaso ng listahan: mga editor, tagasalin at coordinator.
login-account = Account
login-password = Password
login-submit = Mag-sign in
login-wrong = Mali ang account o ang password.
login-throttled = { $minutes ->
    [1] Masyadong maraming maling pagsubok. Subukang muli pagkalipas ng isang minuto.
    [one] Masyadong maraming maling pagsubok. Subukang muli pagkalipas ng { $minutes } minuto.
   *[other] Masyadong maraming maling pagsubok. Subukang muli pagkalipas ng { $minutes } minuto.
}
login-required = Mag-sign in muna para makapagpatuloy.
login-signed-out = Naka-sign out ka na.
nav-editing = Pag-edit
nav-sign-out = Mag-sign out
editor-signed-in-as = Naka-sign in bilang { $account } ({ $role })
role-admin = administrator
role-coordinator = coordinator
role-editor = editor
role-translator = tagasalin

## Mga pagtanggi

error-form-expired-title = Hindi maipadala ang form
error-form-expired-text = Para sa iyong kaligtasan, tinatanggap lang ang isang form mula sa sarili nitong pahina. Bumalik, i-reload ang pahina, at subukang muli.
error-forbidden-title = Hindi pinapayagan
error-forbidden-text = Hindi ito maaaring gawin ng account mo. Mga serbisyo lang sa sarili nilang mga lugar ang binabago ng mga editor.
error-too-many-title = Masyadong maraming request
error-too-many-text = Maghintay lang sandali at subukang muli.

## Listahan ng mga serbisyo

editor-dashboard-title = Mga serbisyo
editor-new-resource = Bagong serbisyo
editor-find-label = Maghanap ng serbisyo ayon sa pangalan o mga salita
editor-find-button = Hanapin
editor-area-label = Lugar
editor-all-areas = Lahat ng lugar
editor-count = { $count ->
    [0] Walang nahanap na serbisyo
    [1] Isang serbisyo
    [one] { $count } serbisyo
   *[other] { $count } serbisyo
}
editor-col-name = Pangalan
editor-col-area = Lugar
editor-col-categories = Mga kategorya
editor-edit = I-edit
editor-page-previous = Nakaraan
editor-page-next = Susunod
editor-archived-heading = Mga naka-archive na serbisyo
editor-archived-none = Walang naka-archive.
editor-archived-when = In-archive noong { $date } ni { $account }

## Pag-edit ng serbisyo

editor-new-title = Bagong serbisyo
editor-edit-title = I-edit: { $name }
editor-version = Bersyon { $version }, na-save noong { $date }
editor-section-basics = Tungkol sa serbisyo
editor-section-texts = Mga teksto
editor-section-contact = Address at kontak
editor-section-access = Oras ng pagbubukas at access
editor-texts-in = Mga teksto sa wikang { $language }
editor-texts-source = ang wikang unang ginamit sa pagsulat ng mga teksto
editor-add-language = Magdagdag ng mga teksto sa ibang wika
editor-choose-language = Pumili ng wika
editor-field-id = Id
editor-field-id-hint = Maliliit na titik, numero at gitling lang, halimbawa: jobcenter-aarhus. Hindi na ito mapapalitan pagkatapos.
editor-field-area = Munisipyo o lugar
editor-field-categories = Mga uri ng tulong
editor-field-source-language = Wikang unang ginamit sa pagsulat ng mga teksto
editor-field-name = Pangalan
editor-field-summary = Buod (isang pangungusap)
editor-field-description = Paglalarawan
editor-field-access = Paano makakuha ng tulong
editor-field-street = Kalye at numero
editor-field-postcode = Postal code
editor-field-city = Bayan
editor-field-country = Code ng bansa
editor-field-country-hint = Dalawang malalaking titik, halimbawa: DK
editor-field-lat = Latitude
editor-field-lon = Longitude
editor-field-phone = Telepono
editor-field-email = Email
editor-field-website = Website
editor-field-opening-hours = Oras ng pagbubukas
editor-field-opening-hours-hint = Sa anyo ng OpenStreetMap, halimbawa: Mo-Fr 09:00-15:00; PH off
editor-field-languages-spoken = Mga wikang ginagamit sa serbisyo
editor-field-languages-spoken-hint = Mga code ng wika na pinaghihiwalay ng kuwit, halimbawa: da, ar, so
editor-field-attributes = Access
editor-field-record = Ang serbisyo
editor-field-verified-at = Huling sinuri
editor-create = Gumawa
editor-save = I-save
editor-archive = I-archive
editor-restore = Ibalik
editor-history = Kasaysayan
editor-back = Bumalik sa listahan
editor-view-public = Ipakita ang pampublikong pahina
editor-created = Nagawa na. Mahahanap na ang serbisyo sa paghahanap.
editor-saved = Na-save bilang bersyon { $version }. Makikita na ang pagbabago sa paghahanap.
editor-unchanged = Walang binago.
editor-archived = Na-archive na. Hindi na ito lalabas sa paghahanap, pero maaari itong ibalik.
editor-restored = Naibalik bilang bersyon { $version }. Mahahanap na ulit ito sa paghahanap.
editor-errors-summary = { $count ->
    [1] Hindi na-save ang serbisyo: pakiayos ang isang problema.
    [one] Hindi na-save ang serbisyo: pakiayos ang { $count } problema.
   *[other] Hindi na-save ang serbisyo: pakiayos ang { $count } problema.
}
editor-exists = May serbisyo nang gumagamit ng id na ito, o naka-archive ito. Pumili ng ibang id, o ibalik ang naka-archive.
problem-required = Kailangan ito.
problem-invalid = Hindi tinatanggap ang inilagay rito.
problem-unknown = Hindi kilala ng listahan ang inilagay rito.
problem-duplicate = Dalawang beses itong inilagay.
problem-too-long = Masyadong mahaba ito.

## Kapag sabay na nag-save ang dalawang tao

editor-conflict-title = May ibang nag-save ng serbisyong ito habang nag-e-edit ka
editor-conflict-text = Hindi pa naka-save ang mga binago mo. Ikumpara ang mga ito sa naka-save na bersyon, saka i-save ulit para manatili ang sa iyo, o i-reload para magsimula sa naka-save na bersyon.
editor-conflict-field = Field
editor-conflict-yours = Bersyon mo
editor-conflict-saved = Naka-save na bersyon ({ $version })
editor-conflict-empty = (walang laman)
editor-conflict-reload = Magsimulang muli mula sa naka-save na bersyon

## Kasaysayan

history-title = Kasaysayan: { $name }
history-version = Bersyon { $version }
history-when = Kailan
history-who = Sino
history-kind-import = In-import
history-kind-edit = In-edit
history-kind-archive = In-archive
history-kind-restore = Ibinalik mula sa archive
history-kind-revert = Ibinalik ang isang naunang bersyon
history-kind-delete = Binura
history-kind-verify = Kinumpirmang tama
history-by-import = isang import
history-field = Field
history-before = Dati
history-after = Pagkatapos
history-no-changes = Walang field na nagbago.
history-first = Unang bersyon.
history-unknown = Mas luma ang bersyong ito kaysa sa kasaysayang itinatago.
history-revert = Ibalik ang bersyong ito
history-current = Kasalukuyang bersyon
history-reverted = Ibinalik ang bersyon { $old } bilang bersyon { $version }.

## Nabigasyon sa mga pahina ng editor

nav-translations = Mga salin
nav-checking = Kailangang suriin
nav-reports = Mga ulat

## Mga salin

translations-title = Mga salin
translations-language-label = Isalin sa
translations-show = Ipakita
translations-count = { $count ->
    [0] Walang kulang o lumang salin.
    [1] Isang serbisyo ang kailangang isalin.
    [one] { $count } serbisyo ang kailangang isalin.
   *[other] { $count } serbisyo ang kailangang isalin.
}
translations-col-resource = Serbisyo
translations-col-missing = Kulang
translations-col-outdated = Luma na
translations-col-views = Bilang ng pagtingin
translations-translate = Isalin
translations-export = I-download bilang XLIFF ang mga kulang
translations-export-from = Isalin mula sa
translations-import-heading = I-upload pabalik ang mga salin
translations-import-label = XLIFF file
translations-import-submit = I-import
translations-imported = { $count ->
    [1] Na-save ang isang salin.
    [one] Na-save ang { $count } salin.
   *[other] Na-save ang { $count } salin.
}
translations-untranslated = { $count ->
    [1] May isang tekstong hindi naisalin.
    [one] May { $count } tekstong hindi naisalin.
   *[other] May { $count } tekstong hindi naisalin.
}
translations-refused = Hindi na-save ang mga ito:
status-missing = kulang
status-outdated = luma na
status-current = napapanahon
status-reviewed = nasuri na
translate-title = Isalin: { $name }
translate-into = Sa wikang { $language }
translate-source = Orihinal na teksto ({ $language })
translate-target = Salin ({ $language })
translate-status = Katayuan: { $status }
translate-proposal = Mungkahi mula sa translation memory: suriin muna ito bago i-save.
translate-save = I-save ang salin
translate-review = Markahang nasuri na
translate-saved = Na-save ang salin.
translate-reviewed = Namarkahang nasuri na.
editor-translations-heading = Mga salin
editor-translate-into = Isalin sa wikang { $language }

## Pagkumpirma

editor-verify = Kumpirmahing tama ito ngayong araw
editor-verified = Nakumpirmang tama ngayong araw.
editor-last-verified = Huling kinumpirma noong { $date }
editor-never-verified = Hindi pa kinukumpirma
checking-title = Kailangang suriin
checking-intro = { $months ->
    [1] Mga serbisyong walang kumumpirma sa loob ng isang buwan, nauuna ang pinakaluma.
    [one] Mga serbisyong walang kumumpirma sa loob ng { $months } buwan, nauuna ang pinakaluma.
   *[other] Mga serbisyong walang kumumpirma sa loob ng { $months } buwan, nauuna ang pinakaluma.
}
checking-months = Ilang buwang hindi kinumpirma
checking-col-verified = Huling kinumpirma
checking-col-by = Sino
checking-never = hindi pa kailanman
checking-none = Lahat ng narito ay nakumpirma kamakailan.

## Mga ulat mula sa field

reports-title = Mga ulat mula sa field
reports-none = Walang bukas na ulat.
reports-col-resource = Serbisyo
reports-col-category = Ano ang nagbago
reports-col-note = Tala
reports-col-date = Ipinadala noong
reports-resolve = Tapos na
reports-dismiss = Balewalain
reports-closed = Naisara na ang ulat.
report-category-closed = Nagsara na ito
report-category-moved = Lumipat na ito
report-category-hours = Mali ang oras ng pagbubukas
report-category-phone = Mali ang numero ng telepono
report-category-other = Iba pa
report-link = May nagbago ba? Sabihin sa amin
report-title = May nagbago ba?
report-intro = Sabihin sa mga editor kung ano ang hindi na tama tungkol sa { $name }.
report-privacy = Huwag isulat ang pangalan ng kahit sino. Huwag isulat ang anumang tungkol sa taong tinutulungan mo.
report-category-label = Ano ang nagbago?
report-note-label = Maikling tala (hindi kailangan)
report-note-hint = Hanggang 280 karakter lang. Huwag maglagay ng pangalan, numero ng telepono o anumang personal na impormasyon.
report-submit = Ipadala
report-thanks = Salamat. Titingnan ito ng mga editor ng lugar na ito.
report-invalid = Piliin kung ano ang nagbago, at huwag lumampas sa 280 karakter ang tala.

## Mga account (para sa mga administrator)

nav-accounts = Mga account
accounts-title = Mga account
accounts-col-login = Pangalan sa pag-sign in
accounts-col-role = Tungkulin
accounts-col-scope = Mga lugar o wika
accounts-col-state = Katayuan
accounts-active = aktibo
accounts-disabled = naka-disable
accounts-disable = I-disable
accounts-enable = I-enable
accounts-reset = Bagong password
accounts-new = Bagong account
accounts-id = Pangalan sa pag-sign in
accounts-id-hint = Maliliit na titik, numero at gitling lang, halimbawa: amina-aarhus
accounts-role = Tungkulin
accounts-areas = Mga lugar (para sa mga editor)
accounts-areas-hint = Pumili ng isa o higit pa; kasama sa isang lugar ang mga lugar na nasa loob nito.
accounts-languages = Mga wika (para sa mga tagasalin)
accounts-create = Gumawa ng account
accounts-password-for = Ang password para sa { $account }:
accounts-password-once = Ngayon lang ito ipapakita, at isang beses lang. Ibigay ito sa tao sa ligtas na paraan; makakapag-sign in agad siya gamit ito.
accounts-refused = Hindi na-save ang account.

## Mga API key ng mga site ng partner (para lang sa mga administrator)

nav-keys = Mga key ng partner
keys-title = Mga API key ng mga site ng partner
keys-intro = Kailangan ng key ang mga munisipyo at organisasyong nagpapakita ng paghahanap ng Nabo sa sarili nilang website. Sa mga browser, gumagana lang ang key sa mga web address na nakalista para dito, at kasindalas lang ng pinapayagan ng limit nito.
keys-issued-for = Bagong key para sa { $partner }:
keys-once = Kopyahin ito ngayon at ibigay sa partner: ngayon lang ito ipapakita, isang beses lang, at hindi na ito makikita ulit.
keys-embed = Ipe-paste ng partner ang dalawang linyang ito sa page nito:
keys-refused = Hindi nagawa ang key:
keys-none = Wala pang key.
keys-col-name = Partner
keys-col-origins = Mga web address
keys-col-rate = Limit
keys-col-state = Katayuan
keys-per-minute = { $rate } bawat minuto
keys-active = Ginagamit
keys-revoked = Binawi
keys-revoke = Bawiin
keys-new = Bagong key
keys-name = Partner (para kanino ang key)
keys-origins = Mga web address na puwedeng gumamit ng key
keys-origins-hint = Halimbawa: https://kommune.example, pinaghihiwalay ng space o kuwit. Iwanang blangko para sa key na gagamitin lang mula sa isang server.
keys-rate = Mga request bawat minuto
keys-create = Gumawa ng key
