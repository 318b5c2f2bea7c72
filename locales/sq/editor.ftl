# Faqet e redaktorëve të Nabo — shqip. Të njëjtat identifikues mesazhesh si në en/editor.ftl.
# Për ata që e mbajnë listën të përditësuar: redaktorët, përkthyesit, koordinatorët dhe administratorët.

## Hyrja dhe dalja

login-title = Hyrja
login-intro = Për ata që e mbajnë listën të përditësuar: redaktorët, përkthyesit dhe koordinatorët.
login-account = Llogaria
login-password = Fjalëkalimi
login-submit = Hyr
login-wrong = Llogaria ose fjalëkalimi është i gabuar.
login-throttled = { $minutes ->
    [one] Shumë përpjekje të dështuara. Provoni përsëri pas një minute.
   *[other] Shumë përpjekje të dështuara. Provoni përsëri pas { $minutes } minutash.
}
login-required = Ju lutemi hyni për të vazhduar.
login-signed-out = Keni dalë nga llogaria.
nav-editing = Redaktimi
nav-sign-out = Dil
editor-signed-in-as = Jeni identifikuar si { $account } ({ $role })
role-admin = administrator
role-coordinator = koordinator
role-editor = redaktor
role-translator = përkthyes

## Refuzimet

error-form-expired-title = Formulari nuk u dërgua dot
error-form-expired-text = Për sigurinë tuaj, një formular pranohet vetëm nga faqja së cilës i përket. Kthehuni prapa, ringarkoni faqen dhe provoni përsëri.
error-forbidden-title = Nuk lejohet
error-forbidden-text = Llogaria juaj nuk e ka këtë leje. Redaktorët ndryshojnë vetëm shërbimet e zonave të tyre.
error-too-many-title = Shumë kërkesa
error-too-many-text = Ju lutemi prisni pak dhe provoni përsëri.

## Lista e shërbimeve

editor-dashboard-title = Shërbimet
editor-new-resource = Shërbim i ri
editor-find-label = Gjeni një shërbim sipas emrit ose fjalëve
editor-find-button = Gjej
editor-area-label = Zona
editor-all-areas = Të gjitha zonat
editor-count = { $count ->
    [0] Nuk u gjet asnjë shërbim
    [one] Një shërbim
   *[other] { $count } shërbime
}
editor-col-name = Emri
editor-col-area = Zona
editor-col-categories = Llojet e ndihmës
editor-edit = Redakto
editor-page-previous = E mëparshmja
editor-page-next = Tjetra
editor-archived-heading = Shërbimet e arkivuara
editor-archived-none = Asgjë nuk është arkivuar.
editor-archived-when = Arkivuar më { $date } nga { $account }

## Redaktimi i një shërbimi

editor-new-title = Shërbim i ri
editor-edit-title = Redakto: { $name }
editor-version = Versioni { $version }, ruajtur më { $date }
editor-section-basics = Rreth shërbimit
editor-section-texts = Tekstet
editor-section-contact = Adresa dhe kontakti
editor-section-access = Orari dhe aksesi
editor-texts-in = Tekstet në { $language }
editor-texts-source = gjuha në të cilën shkruhen fillimisht tekstet
editor-add-language = Shto tekste në një gjuhë tjetër
editor-choose-language = Zgjidhni një gjuhë
editor-field-id = Identifikuesi (Id)
editor-field-id-hint = Shkronja të vogla latine (pa ë dhe ç), shifra dhe viza (-), për shembull: jobcenter-aarhus. Nuk mund të ndryshohet më vonë.
editor-field-area = Komuna ose zona
editor-field-categories = Llojet e ndihmës
editor-field-source-language = Gjuha në të cilën shkruhen fillimisht tekstet
editor-field-name = Emri
editor-field-summary = Përmbledhja (një fjali)
editor-field-description = Përshkrimi
editor-field-access = Si të merrni ndihmë
editor-field-street = Rruga dhe numri
editor-field-postcode = Kodi postar
editor-field-city = Qyteti
editor-field-country = Kodi i shtetit
editor-field-country-hint = Dy shkronja të mëdha, për shembull: DK
editor-field-lat = Gjerësia gjeografike
editor-field-lon = Gjatësia gjeografike
editor-field-phone = Telefoni
editor-field-email = E-maili
editor-field-website = Faqja e internetit
editor-field-opening-hours = Orari
editor-field-opening-hours-hint = Në formatin e OpenStreetMap, për shembull: Mo-Fr 09:00-15:00; PH off
editor-field-languages-spoken = Gjuhët që fliten në shërbim
editor-field-languages-spoken-hint = Kodet e gjuhëve të ndara me presje, për shembull: da, ar, so
editor-field-attributes = Aksesi
editor-field-record = Shërbimi
editor-field-verified-at = Kontrolluar së fundi
editor-create = Krijo
editor-save = Ruaj
editor-archive = Arkivo
editor-restore = Rikthe
editor-history = Historiku
editor-back = Kthehu te lista
editor-view-public = Shfaq faqen publike
editor-created = U krijua. Shërbimi tani gjendet në kërkim.
editor-saved = U ruajt si versioni { $version }. Kërkimi e tregon ndryshimin që tani.
editor-unchanged = Nuk u ndryshua asgjë.
editor-archived = U arkivua. Nuk gjendet më në kërkim dhe mund të rikthehet.
editor-restored = U rikthye si versioni { $version }. Gjendet përsëri në kërkim.
editor-errors-summary = { $count ->
    [one] Shërbimi nuk u ruajt: ju lutemi korrigjoni një problem.
   *[other] Shërbimi nuk u ruajt: ju lutemi korrigjoni { $count } probleme.
}
editor-exists = Një shërbim me këtë identifikues ekziston tashmë ose është arkivuar. Zgjidhni një identifikues tjetër ose riktheni shërbimin e arkivuar.
problem-required = Kjo është e detyrueshme.
problem-invalid = Kjo vlerë nuk pranohet.
problem-unknown = Lista nuk e njeh këtë vlerë.
problem-duplicate = Kjo është dhënë dy herë.
problem-too-long = Kjo është shumë e gjatë.

## Dy persona ruajnë njëkohësisht

editor-conflict-title = Dikush tjetër e ruajti këtë shërbim ndërsa ju po e redaktonit
editor-conflict-text = Ndryshimet tuaja nuk janë ruajtur ende. Krahasojini me versionin e ruajtur, pastaj ruani përsëri për të mbajtur tuajat, ose ringarkoni faqen për të filluar nga versioni i ruajtur.
editor-conflict-field = Fusha
editor-conflict-yours = Versioni juaj
editor-conflict-saved = Versioni i ruajtur ({ $version })
editor-conflict-empty = (bosh)
editor-conflict-reload = Fillo përsëri nga versioni i ruajtur

## Historiku

history-title = Historiku: { $name }
history-version = Versioni { $version }
history-when = Kur
history-who = Kush
history-kind-import = Importuar
history-kind-edit = Redaktuar
history-kind-archive = Arkivuar
history-kind-restore = Rikthyer nga arkivi
history-kind-revert = U rikthye një version i mëparshëm
history-kind-delete = Fshirë
history-kind-verify = Konfirmuar si i saktë
history-by-import = një import
history-field = Fusha
history-before = Para
history-after = Pas
history-no-changes = Asnjë fushë nuk ndryshoi.
history-first = Versioni i parë.
history-unknown = Ky version është më i vjetër se historiku i ruajtur.
history-revert = Rikthe këtë version
history-current = Versioni aktual
history-reverted = Versioni { $old } u rikthye si versioni { $version }.

## Navigimi në faqet e redaktorëve

nav-translations = Përkthimet
nav-checking = Për t'u kontrolluar
nav-reports = Raportimet

## Përkthimet

translations-title = Përkthimet
translations-language-label = Përkthe në
translations-show = Shfaq
translations-count = { $count ->
    [0] Nuk mungon asnjë përkthim dhe asnjë nuk është i vjetruar.
    [one] Një shërbim ka nevojë për përkthim.
   *[other] { $count } shërbime kanë nevojë për përkthim.
}
translations-col-resource = Shërbimi
translations-col-missing = Mungojnë
translations-col-outdated = Të vjetruara
translations-col-views = Shikime
translations-translate = Përkthe
translations-export = Shkarko si XLIFF ato që mungojnë
translations-export-from = Përkthe nga
translations-import-heading = Importo përkthimet
translations-import-label = Skedari XLIFF
translations-import-submit = Importo
translations-imported = { $count ->
    [one] U ruajt një përkthim.
   *[other] U ruajtën { $count } përkthime.
}
translations-untranslated = { $count ->
    [one] Një tekst mbeti pa u përkthyer.
   *[other] { $count } tekste mbetën pa u përkthyer.
}
translations-refused = Këto nuk u ruajtën:
status-missing = mungon
status-outdated = i vjetruar
status-current = i përditësuar
status-reviewed = i rishikuar
translate-title = Përkthe: { $name }
translate-into = Në { $language }
translate-source = Teksti burimor ({ $language })
translate-target = Përkthimi ({ $language })
translate-status = Gjendja: { $status }
translate-proposal = Propozuar nga kujtesa e përkthimeve: kontrollojeni para se ta ruani.
translate-save = Ruaj përkthimin
translate-review = Shëno si të rishikuar
translate-saved = Përkthimi u ruajt.
translate-reviewed = U shënua si i rishikuar.
editor-translations-heading = Përkthimet
editor-translate-into = Përkthe në { $language }

## Verifikimi

editor-verify = Konfirmo që sot është i saktë
editor-verified = U konfirmua sot si i saktë.
editor-last-verified = Konfirmuar së fundi më { $date }
editor-never-verified = Nuk është konfirmuar asnjëherë
checking-title = Për t'u kontrolluar
checking-intro = { $months ->
    [one] Shërbimet që askush nuk i ka konfirmuar prej një muaji, më të vjetrat në fillim.
   *[other] Shërbimet që askush nuk i ka konfirmuar prej { $months } muajsh, më të vjetrat në fillim.
}
checking-months = Numri i muajve pa konfirmim
checking-col-verified = Konfirmuar së fundi
checking-col-by = Nga
checking-never = asnjëherë
checking-none = Gjithçka këtu është konfirmuar së fundmi.

## Raportimet nga terreni

reports-title = Raportimet nga terreni
reports-none = Nuk ka raportime të hapura.
reports-col-resource = Shërbimi
reports-col-category = Çfarë ka ndryshuar
reports-col-note = Shënimi
reports-col-date = Dërguar më
reports-resolve = U krye
reports-dismiss = Hidh poshtë
reports-closed = Raportimi u mbyll.
report-category-closed = Është mbyllur dhe nuk punon më
report-category-moved = Është zhvendosur diku tjetër
report-category-hours = Orari është i gabuar
report-category-phone = Numri i telefonit është i gabuar
report-category-other = Diçka tjetër
report-link = Ka ndryshuar diçka? Na tregoni
report-title = Ka ndryshuar diçka?
report-intro = U tregoni redaktorëve çfarë nuk është më e saktë për { $name }.
report-privacy = Mos shkruani emra. Mos shkruani asgjë për personin që po ndihmoni.
report-category-label = Çfarë ka ndryshuar?
report-note-label = Shënim i shkurtër (jo i detyrueshëm)
report-note-hint = Deri në 280 karaktere. Mos shkruani emra, numra telefoni apo të dhëna personale.
report-submit = Dërgo
report-thanks = Faleminderit. Redaktorët e kësaj zone do ta kontrollojnë.
report-invalid = Zgjidhni çfarë ka ndryshuar dhe mbajeni shënimin nën 280 karaktere.

## Llogaritë (për administratorët)

nav-accounts = Llogaritë
accounts-title = Llogaritë
accounts-col-login = Emri i përdoruesit
accounts-col-role = Roli
accounts-col-scope = Zonat ose gjuhët
accounts-col-state = Gjendja
accounts-active = aktive
accounts-disabled = joaktive
accounts-disable = Çaktivizo
accounts-enable = Aktivizo
accounts-reset = Fjalëkalim i ri
accounts-new = Llogari e re
accounts-id = Emri i përdoruesit
accounts-id-hint = Shkronja të vogla latine (pa ë dhe ç), shifra dhe viza (-), për shembull: amina-aarhus
accounts-role = Roli
accounts-areas = Zonat (për redaktorët)
accounts-areas-hint = Zgjidhni një ose më shumë; një zonë përfshin edhe zonat brenda saj.
accounts-languages = Gjuhët (për përkthyesit)
accounts-create = Krijo llogarinë
accounts-password-for = Fjalëkalimi për { $account }:
accounts-password-once = Fjalëkalimi shfaqet vetëm tani, një herë të vetme. Jepjani personit në mënyrë të sigurt; me të mund të hyjë menjëherë.
accounts-refused = Llogaria nuk u ruajt.

## Çelësat API të faqeve të partnerëve (vetëm për administratorët)

nav-keys = Çelësat e partnerëve
keys-title = Çelësat API të faqeve të partnerëve
keys-intro = Komunat dhe organizatat që e shfaqin kërkimin e Nabo në faqen e tyre të internetit kanë nevojë për një çelës. Në shfletues, një çelës funksionon vetëm në adresat e internetit që janë shënuar për të, dhe vetëm aq shpesh sa e lejon kufiri i tij.
keys-issued-for = Një çelës i ri për { $partner }:
keys-once = Kopjojeni tani dhe jepjani partnerit: shfaqet vetëm këtë herë dhe nuk mund të shihet më.
keys-embed = Partneri i ngjit këto dy rreshta në faqen e vet:
keys-refused = Çelësi nuk u krijua:
keys-none = Ende nuk ka çelësa.
keys-col-name = Partneri
keys-col-origins = Adresat e internetit
keys-col-rate = Kufiri
keys-col-state = Gjendja
keys-per-minute = { $rate } në minutë
keys-active = Në përdorim
keys-revoked = I shfuqizuar
keys-revoke = Shfuqizo
keys-new = Çelës i ri
keys-name = Partneri (për kë është çelësi)
keys-origins = Adresat e internetit që lejohen ta përdorin çelësin
keys-origins-hint = Për shembull https://kommune.example, të ndara me hapësira ose presje. Lëreni bosh për një çelës që përdoret vetëm nga një server.
keys-rate = Kërkesa në minutë
keys-create = Krijo çelësin
