# Nabos redaktionssider — dansk. Samme besked-id'er som en/editor.ftl.
# Til dem, der holder oversigten ajour: redaktører, oversættere, koordinatorer og administratorer.

## Log ind og ud

login-title = Log ind
login-intro = Til dem, der holder oversigten ajour: redaktører, oversættere og koordinatorer.
login-account = Konto
login-password = Adgangskode
login-submit = Log ind
login-wrong = Kontoen eller adgangskoden er forkert.
login-throttled = { $minutes ->
    [one] For mange mislykkede forsøg. Prøv igen om et minut.
   *[other] For mange mislykkede forsøg. Prøv igen om { $minutes } minutter.
}
login-required = Log ind for at fortsætte.
login-signed-out = Du er logget ud.
nav-editing = Redigering
nav-sign-out = Log ud
editor-signed-in-as = Logget ind som { $account } ({ $role })
role-admin = administrator
role-coordinator = koordinator
role-editor = redaktør
role-translator = oversætter

## Afvisninger

error-form-expired-title = Formularen kunne ikke sendes
error-form-expired-text = Af hensyn til sikkerheden modtages en formular kun fra den side, den hører til. Gå tilbage, genindlæs siden, og prøv igen.
error-forbidden-title = Ikke tilladt
error-forbidden-text = Din konto har ikke lov til dette. Redaktører ændrer tilbuddene i deres egne områder.
error-too-many-title = For mange forespørgsler
error-too-many-text = Vent et øjeblik, og prøv igen.

## Listen over tilbud

editor-dashboard-title = Tilbud
editor-new-resource = Nyt tilbud
editor-find-label = Find et tilbud ud fra navn eller ord
editor-find-button = Find
editor-area-label = Område
editor-all-areas = Alle områder
editor-count = { $count ->
    [0] Ingen tilbud fundet
    [one] Ét tilbud
   *[other] { $count } tilbud
}
editor-col-name = Navn
editor-col-area = Område
editor-col-categories = Kategorier
editor-edit = Redigér
editor-page-previous = Forrige
editor-page-next = Næste
editor-archived-heading = Arkiverede tilbud
editor-archived-none = Intet er arkiveret.
editor-archived-when = Arkiveret den { $date } af { $account }

## Redigering af et tilbud

editor-new-title = Nyt tilbud
editor-edit-title = Redigér: { $name }
editor-version = Version { $version }, gemt den { $date }
editor-section-basics = Om tilbuddet
editor-section-texts = Tekster
editor-section-contact = Adresse og kontakt
editor-section-access = Åbningstider og adgang
editor-texts-in = Tekster på { $language }
editor-texts-source = det sprog, teksterne først skrives på
editor-add-language = Tilføj tekster på et andet sprog
editor-choose-language = Vælg et sprog
editor-field-id = Id
editor-field-id-hint = Små bogstaver, tal og bindestreger, for eksempel: jobcenter-aarhus. Det kan ikke ændres senere.
editor-field-area = Kommune eller område
editor-field-categories = Slags hjælp
editor-field-source-language = Sprog, som teksterne først skrives på
editor-field-name = Navn
editor-field-summary = Kort resumé (én sætning)
editor-field-description = Beskrivelse
editor-field-access = Sådan får du hjælp
editor-field-street = Gade og husnummer
editor-field-postcode = Postnummer
editor-field-city = By
editor-field-country = Landekode
editor-field-country-hint = To store bogstaver, for eksempel: DK
editor-field-lat = Breddegrad
editor-field-lon = Længdegrad
editor-field-phone = Telefon
editor-field-email = E-mail
editor-field-website = Hjemmeside
editor-field-opening-hours = Åbningstider
editor-field-opening-hours-hint = I OpenStreetMap-format, for eksempel: Mo-Fr 09:00-15:00; PH off
editor-field-languages-spoken = Sprog, der tales i tilbuddet
editor-field-languages-spoken-hint = Sprogkoder adskilt af kommaer, for eksempel: da, ar, so
editor-field-attributes = Adgang
editor-field-record = Tilbuddet
editor-field-verified-at = Sidst tjekket
editor-create = Opret
editor-save = Gem
editor-archive = Arkivér
editor-restore = Gendan
editor-history = Historik
editor-back = Tilbage til listen
editor-view-public = Vis den offentlige side
editor-created = Oprettet. Tilbuddet kan nu findes i søgningen.
editor-saved = Gemt som version { $version }. Søgningen viser nu ændringen.
editor-unchanged = Intet blev ændret.
editor-archived = Arkiveret. Det findes ikke længere i søgningen, og det kan gendannes.
editor-restored = Gendannet som version { $version }. Det kan findes i søgningen igen.
editor-errors-summary = { $count ->
    [one] Tilbuddet blev ikke gemt: Ret venligst ét problem.
   *[other] Tilbuddet blev ikke gemt: Ret venligst { $count } problemer.
}
editor-exists = Der findes allerede et tilbud med dette id, eller det er arkiveret. Vælg et andet id, eller gendan det arkiverede tilbud.
problem-required = Dette skal udfyldes.
problem-invalid = Denne værdi accepteres ikke.
problem-unknown = Oversigten kender ikke denne værdi.
problem-duplicate = Dette er angivet to gange.
problem-too-long = Dette er for langt.

## To personer gemmer samtidig

editor-conflict-title = En anden har gemt tilbuddet, mens du redigerede det
editor-conflict-text = Dine ændringer er ikke gemt endnu. Sammenlign dem med den gemte version, og gem så igen for at beholde dine, eller genindlæs for at starte fra den gemte version.
editor-conflict-field = Felt
editor-conflict-yours = Din version
editor-conflict-saved = Gemt version ({ $version })
editor-conflict-empty = (tom)
editor-conflict-reload = Start forfra med den gemte version

## Historik

history-title = Historik: { $name }
history-version = Version { $version }
history-when = Hvornår
history-who = Hvem
history-kind-import = Importeret
history-kind-edit = Redigeret
history-kind-archive = Arkiveret
history-kind-restore = Gendannet
history-kind-revert = En tidligere version genindsat
history-kind-delete = Slettet
history-kind-verify = Bekræftet som rigtigt
history-by-import = en import
history-field = Felt
history-before = Før
history-after = Efter
history-no-changes = Ingen felter blev ændret.
history-first = Første version.
history-unknown = Denne version er ældre end den gemte historik.
history-revert = Genindsæt denne version
history-current = Nuværende version
history-reverted = Version { $old } blev genindsat som version { $version }.

## Navigation på redaktionssiderne

nav-translations = Oversættelser
nav-checking = Skal tjekkes
nav-reports = Meldinger

## Oversættelser

translations-title = Oversættelser
translations-language-label = Oversæt til
translations-show = Vis
translations-count = { $count ->
    [0] Intet mangler eller er forældet.
    [one] Ét tilbud skal oversættes.
   *[other] { $count } tilbud skal oversættes.
}
translations-col-resource = Tilbud
translations-col-missing = Mangler
translations-col-outdated = Forældet
translations-col-views = Visninger
translations-translate = Oversæt
translations-export = Hent det, der mangler, som XLIFF
translations-export-from = Oversæt fra
translations-import-heading = Indlæs de færdige oversættelser
translations-import-label = XLIFF-fil
translations-import-submit = Importér
translations-imported = { $count ->
    [one] Én oversættelse blev gemt.
   *[other] { $count } oversættelser blev gemt.
}
translations-untranslated = { $count ->
    [one] Én tekst blev ikke oversat.
   *[other] { $count } tekster blev ikke oversat.
}
translations-refused = Disse blev ikke gemt:
status-missing = mangler
status-outdated = forældet
status-current = ajour
status-reviewed = gennemgået
translate-title = Oversæt: { $name }
translate-into = Til { $language }
translate-source = Kildetekst ({ $language })
translate-target = Oversættelse ({ $language })
translate-status = Status: { $status }
translate-proposal = Forslag fra oversættelseshukommelsen: Tjek det, før du gemmer.
translate-save = Gem oversættelsen
translate-review = Markér som gennemgået
translate-saved = Oversættelsen er gemt.
translate-reviewed = Markeret som gennemgået.
editor-translations-heading = Oversættelser
editor-translate-into = Oversæt til { $language }

## Bekræftelse

editor-verify = Bekræft, at det er rigtigt i dag
editor-verified = Bekræftet som rigtigt i dag.
editor-last-verified = Sidst bekræftet den { $date }
editor-never-verified = Aldrig bekræftet
checking-title = Skal tjekkes
checking-intro = { $months ->
    [one] Tilbud, som ingen har bekræftet i en måned, de ældste først.
   *[other] Tilbud, som ingen har bekræftet i { $months } måneder, de ældste først.
}
checking-months = Antal måneder uden bekræftelse
checking-col-verified = Sidst bekræftet
checking-col-by = Af
checking-never = aldrig
checking-none = Alt her er bekræftet for nylig.

## Meldinger fra felten

reports-title = Meldinger fra felten
reports-none = Der er ingen åbne meldinger.
reports-col-resource = Tilbud
reports-col-category = Hvad har ændret sig
reports-col-note = Bemærkning
reports-col-date = Sendt den
reports-resolve = Udført
reports-dismiss = Afvis
reports-closed = Meldingen er lukket.
report-category-closed = Tilbuddet findes ikke længere
report-category-moved = Tilbuddet er flyttet
report-category-hours = Åbningstiderne er forkerte
report-category-phone = Telefonnummeret er forkert
report-category-other = Noget andet
report-link = Har noget ændret sig? Fortæl os det
report-title = Har noget ændret sig?
report-intro = Fortæl redaktørerne, hvad der ikke længere passer ved { $name }.
report-privacy = Skriv ikke navne, og skriv intet om den person, du hjælper.
report-category-label = Hvad har ændret sig?
report-note-label = Kort bemærkning (frivilligt)
report-note-hint = Højst 280 tegn. Ingen navne, telefonnumre eller personlige oplysninger.
report-submit = Send
report-thanks = Tak. Redaktørerne i dette område tjekker det.
report-invalid = Vælg, hvad der har ændret sig, og skriv højst 280 tegn i bemærkningen.

## Konti (for administratorer)

nav-accounts = Konti
accounts-title = Konti
accounts-col-login = Brugernavn
accounts-col-role = Rolle
accounts-col-scope = Områder eller sprog
accounts-col-state = Status
accounts-active = aktiv
accounts-disabled = deaktiveret
accounts-disable = Deaktivér
accounts-enable = Aktivér
accounts-reset = Ny adgangskode
accounts-new = Ny konto
accounts-id = Brugernavn
accounts-id-hint = Små bogstaver, tal og bindestreger, for eksempel: amina-aarhus
accounts-role = Rolle
accounts-areas = Områder (for redaktører)
accounts-areas-hint = Vælg et eller flere; et område omfatter også de områder, der ligger inden i det.
accounts-languages = Sprog (for oversættere)
accounts-create = Opret konto
accounts-password-for = Adgangskoden til { $account }:
accounts-password-once = Den vises kun nu og aldrig igen. Giv den til personen på en sikker måde; vedkommende kan logge ind med den med det samme.
accounts-refused = Kontoen blev ikke gemt.

## API-nøgler til partnersider (kun for administratorer)

nav-keys = Partnernøgler
keys-title = API-nøgler til partnersider
keys-intro = Kommuner og organisationer, der viser Nabos søgning på deres egen hjemmeside, skal have en nøgle. En nøgle virker kun i browsere på de webadresser, der er angivet for den, og kun så ofte, som dens grænse tillader.
keys-issued-for = En ny nøgle til { $partner }:
keys-once = Kopiér den nu, og giv den til partneren: den vises kun denne ene gang og kan ikke ses igen.
keys-embed = Partneren indsætter disse to linjer på sin side:
keys-refused = Nøglen blev ikke oprettet:
keys-none = Der er ingen nøgler endnu.
keys-col-name = Partner
keys-col-origins = Webadresser
keys-col-rate = Grænse
keys-col-state = Status
keys-per-minute = { $rate } pr. minut
keys-active = I brug
keys-revoked = Tilbagekaldt
keys-revoke = Tilbagekald
keys-new = Ny nøgle
keys-name = Partner (hvem nøglen er til)
keys-origins = Webadresser, der må bruge nøglen
keys-origins-hint = For eksempel https://kommune.example, adskilt af mellemrum eller kommaer. Lad feltet være tomt for en nøgle, der kun bruges fra en server.
keys-rate = Forespørgsler pr. minut
keys-create = Opret nøgle
