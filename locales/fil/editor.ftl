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
