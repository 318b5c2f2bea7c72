# Stranice za urednike u Nabo — bosanski (latinica). Isti identifikatori poruka kao u en/editor.ftl.
# Za one koji održavaju pregled službi: urednike, prevodioce, koordinatore i administratore.

## Prijava i odjava

login-title = Prijava
login-intro = Za one koji održavaju pregled službi: urednike, prevodioce i koordinatore.
login-account = Korisnički račun
login-password = Lozinka
login-submit = Prijavi se
login-wrong = Korisnički račun ili lozinka nisu ispravni.
login-throttled = { $minutes ->
    [one] Previše neuspjelih pokušaja. Pokušajte ponovo za { $minutes } minutu.
    [few] Previše neuspjelih pokušaja. Pokušajte ponovo za { $minutes } minute.
   *[other] Previše neuspjelih pokušaja. Pokušajte ponovo za { $minutes } minuta.
}
login-required = Molimo prijavite se da biste nastavili.
login-signed-out = Odjavljeni ste.
nav-editing = Uređivanje
nav-sign-out = Odjavi se
editor-signed-in-as = Prijavljeni ste kao { $account } ({ $role })
role-admin = administrator
role-coordinator = koordinator
role-editor = urednik
role-translator = prevodilac

## Odbijeni zahtjevi

error-form-expired-title = Obrazac nije moguće poslati
error-form-expired-text = Radi vaše sigurnosti, obrazac se prihvata samo sa stranice kojoj pripada. Vratite se nazad, ponovo učitajte stranicu i pokušajte ponovo.
error-forbidden-title = Nije dozvoljeno
error-forbidden-text = Vaš korisnički račun to ne može uraditi. Urednici mijenjaju službe u svojim područjima.
error-too-many-title = Previše zahtjeva
error-too-many-text = Molimo sačekajte trenutak i pokušajte ponovo.

## Popis službi

editor-dashboard-title = Službe
editor-new-resource = Nova služba
editor-find-label = Pronađite službu po nazivu ili riječima
editor-find-button = Traži
editor-area-label = Područje
editor-all-areas = Sva područja
editor-count = { $count ->
    [0] Nije pronađena nijedna služba
    [one] { $count } služba
    [few] { $count } službe
   *[other] { $count } službi
}
editor-col-name = Naziv
editor-col-area = Područje
editor-col-categories = Vrste pomoći
editor-edit = Uredi
editor-page-previous = Prethodna
editor-page-next = Sljedeća
editor-archived-heading = Arhivirane službe
editor-archived-none = Ništa nije arhivirano.
editor-archived-when = Arhivirano { $date }, korisnik: { $account }

## Uređivanje službe

editor-new-title = Nova služba
editor-edit-title = Uređivanje: { $name }
editor-version = Verzija { $version }, sačuvano { $date }
editor-section-basics = O službi
editor-section-texts = Tekstovi
editor-section-contact = Adresa i kontakt
editor-section-access = Radno vrijeme i uslovi pristupa
editor-texts-in = Tekstovi na jeziku: { $language }
editor-texts-source = jezik na kojem su tekstovi prvo napisani
editor-add-language = Dodaj tekstove na drugom jeziku
editor-choose-language = Odaberite jezik
editor-field-id = ID
editor-field-id-hint = Mala slova engleske abecede (a–z), brojevi i crtice, na primjer: jobcenter-aarhus. Kasnije se ne može promijeniti.
editor-field-area = Općina ili područje
editor-field-categories = Vrste pomoći
editor-field-source-language = Jezik na kojem su tekstovi prvo napisani
editor-field-name = Naziv
editor-field-summary = Sažetak (jedna rečenica)
editor-field-description = Opis
editor-field-access = Kako dobiti pomoć
editor-field-street = Ulica i broj
editor-field-postcode = Poštanski broj
editor-field-city = Mjesto
editor-field-country = Oznaka države
editor-field-country-hint = Dva velika slova, na primjer: DK
editor-field-lat = Geografska širina
editor-field-lon = Geografska dužina
editor-field-phone = Telefon
editor-field-email = E-mail
editor-field-website = Web stranica
editor-field-opening-hours = Radno vrijeme
editor-field-opening-hours-hint = U formatu OpenStreetMap, na primjer: Mo-Fr 09:00-15:00; PH off
editor-field-languages-spoken = Jezici koji se govore u službi
editor-field-languages-spoken-hint = Oznake jezika odvojene zarezima, na primjer: da, ar, so
editor-field-attributes = Uslovi pristupa
editor-field-record = Služba u cjelini
editor-field-verified-at = Posljednja provjera
editor-create = Napravi
editor-save = Sačuvaj
editor-archive = Arhiviraj
editor-restore = Vrati iz arhive
editor-history = Historija
editor-back = Nazad na popis
editor-view-public = Prikaži javnu stranicu
editor-created = Napravljeno. Služba se sada može pronaći u pretrazi.
editor-saved = Sačuvano kao verzija { $version }. Pretraga sada prikazuje izmjenu.
editor-unchanged = Ništa nije promijenjeno.
editor-archived = Arhivirano. Služba se više ne može pronaći u pretrazi, ali se može vratiti.
editor-restored = Vraćeno kao verzija { $version }. Služba se ponovo može pronaći u pretrazi.
editor-errors-summary = { $count ->
    [one] Služba nije sačuvana: molimo ispravite { $count } problem.
    [few] Služba nije sačuvana: molimo ispravite { $count } problema.
   *[other] Služba nije sačuvana: molimo ispravite { $count } problema.
}
editor-exists = Služba s ovim ID-om već postoji ili je arhivirana. Odaberite drugi ID ili vratite arhiviranu službu.
problem-required = Ovo je obavezno.
problem-invalid = Ova vrijednost nije dozvoljena.
problem-unknown = Ova vrijednost ne postoji u pregledu službi.
problem-duplicate = Ovo je navedeno dva puta.
problem-too-long = Ovo je predugo.

## Dvije osobe spremaju istovremeno

editor-conflict-title = Neko drugi je sačuvao ovu službu dok ste je vi uređivali
editor-conflict-text = Vaše izmjene još nisu sačuvane. Uporedite ih sa sačuvanom verzijom, pa ponovo sačuvajte da zadržite svoje, ili ponovo učitajte stranicu da krenete od sačuvane verzije.
editor-conflict-field = Polje
editor-conflict-yours = Vaša verzija
editor-conflict-saved = Sačuvana verzija ({ $version })
editor-conflict-empty = (prazno)
editor-conflict-reload = Počni ponovo od sačuvane verzije

## Historija

history-title = Historija: { $name }
history-version = Verzija { $version }
history-when = Kada
history-who = Ko
history-kind-import = Uvezeno
history-kind-edit = Izmijenjeno
history-kind-archive = Arhivirano
history-kind-restore = Vraćeno iz arhive
history-kind-revert = Vraćena ranija verzija
history-kind-delete = Izbrisano
history-kind-verify = Potvrđeno da su podaci tačni
history-by-import = uvoz podataka
history-field = Polje
history-before = Prije
history-after = Poslije
history-no-changes = Nijedno polje nije promijenjeno.
history-first = Prva verzija.
history-unknown = Ova verzija je starija od sačuvane historije.
history-revert = Vrati ovu verziju
history-current = Trenutna verzija
history-reverted = Verzija { $old } je vraćena kao verzija { $version }.

## Navigacija kroz stranice za urednike

nav-translations = Prevodi
nav-checking = Treba provjeriti
nav-reports = Dojave

## Prevodi

translations-title = Prevodi
translations-language-label = Jezik prevoda
translations-show = Prikaži
translations-count = { $count ->
    [0] Ništa ne nedostaje i ništa nije zastarjelo.
    [one] { $count } službu treba prevesti.
    [few] { $count } službe treba prevesti.
   *[other] { $count } službi treba prevesti.
}
translations-col-resource = Služba
translations-col-missing = Nedostaje
translations-col-outdated = Zastarjelo
translations-col-views = Pregledi
translations-translate = Prevedi
translations-export = Preuzmi ono što nedostaje kao XLIFF
translations-export-from = Jezik s kojeg se prevodi
translations-import-heading = Učitajte gotove prevode
translations-import-label = XLIFF datoteka
translations-import-submit = Uvezi
translations-imported = { $count ->
    [one] Sačuvan je { $count } prevod.
    [few] Sačuvana su { $count } prevoda.
   *[other] Sačuvano je { $count } prevoda.
}
translations-untranslated = { $count ->
    [one] { $count } tekst je ostao nepreveden.
    [few] { $count } teksta su ostala neprevedena.
   *[other] { $count } tekstova je ostalo neprevedeno.
}
translations-refused = Ovo nije sačuvano:
status-missing = nedostaje
status-outdated = zastarjelo
status-current = ažurno
status-reviewed = pregledano
translate-title = Prevođenje: { $name }
translate-into = Jezik prevoda: { $language }
translate-source = Izvorni tekst ({ $language })
translate-target = Prevod ({ $language })
translate-status = Status: { $status }
translate-proposal = Prijedlog iz memorije prevoda: provjerite ga prije nego što sačuvate.
translate-save = Sačuvaj prevod
translate-review = Označi kao pregledano
translate-saved = Prevod je sačuvan.
translate-reviewed = Označeno kao pregledano.
editor-translations-heading = Prevodi
editor-translate-into = Prevedi na jezik: { $language }

## Provjera podataka

editor-verify = Potvrdi da su podaci danas tačni
editor-verified = Potvrđeno da su podaci danas tačni.
editor-last-verified = Posljednja potvrda: { $date }
editor-never-verified = Nikad nije potvrđeno
checking-title = Treba provjeriti
checking-intro = { $months ->
    [one] Službe koje niko nije potvrdio { $months } mjesec ili duže. Najstarije su prve.
    [few] Službe koje niko nije potvrdio { $months } mjeseca ili duže. Najstarije su prve.
   *[other] Službe koje niko nije potvrdio { $months } mjeseci ili duže. Najstarije su prve.
}
checking-months = Broj mjeseci bez potvrde
checking-col-verified = Posljednja potvrda
checking-col-by = Ko
checking-never = nikad
checking-none = Sve ovdje je nedavno potvrđeno.

## Dojave s terena

reports-title = Dojave s terena
reports-none = Nema otvorenih dojava.
reports-col-resource = Služba
reports-col-category = Šta se promijenilo
reports-col-note = Napomena
reports-col-date = Poslano
reports-resolve = Riješeno
reports-dismiss = Odbaci
reports-closed = Dojava je zatvorena.
report-category-closed = Služba je zatvorena
report-category-moved = Služba se preselila
report-category-hours = Radno vrijeme nije tačno
report-category-phone = Broj telefona nije tačan
report-category-other = Nešto drugo
report-link = Da li se nešto promijenilo? Javite nam
report-title = Da li se nešto promijenilo?
report-intro = Javite urednicima šta više nije tačno o službi „{ $name }“.
report-privacy = Ne pišite imena. Ne pišite ništa o osobi kojoj pomažete.
report-category-label = Šta se promijenilo?
report-note-label = Kratka napomena (nije obavezno)
report-note-hint = Najviše 280 znakova. Bez imena, brojeva telefona i ličnih podataka.
report-submit = Pošalji
report-thanks = Hvala vam. Urednici ovog područja će to provjeriti.
report-invalid = Odaberite šta se promijenilo i napišite napomenu kraću od 280 znakova.

## Korisnički računi (za administratore)

nav-accounts = Korisnički računi
accounts-title = Korisnički računi
accounts-col-login = Korisničko ime
accounts-col-role = Uloga
accounts-col-scope = Područja ili jezici
accounts-col-state = Stanje
accounts-active = aktivan
accounts-disabled = onemogućen
accounts-disable = Onemogući
accounts-enable = Omogući
accounts-reset = Nova lozinka
accounts-new = Novi korisnički račun
accounts-id = Korisničko ime
accounts-id-hint = Mala slova engleske abecede (a–z), brojevi i crtice, na primjer: amina-aarhus
accounts-role = Uloga
accounts-areas = Područja (za urednike)
accounts-areas-hint = Odaberite jedno ili više; područje obuhvata i sva područja unutar njega.
accounts-languages = Jezici (za prevodioce)
accounts-create = Napravi korisnički račun
accounts-password-for = Lozinka za korisnički račun { $account }:
accounts-password-once = Lozinka se prikazuje samo sada i kasnije se više neće moći vidjeti. Predajte je osobi na siguran način; osoba se s njom može odmah prijaviti.
accounts-refused = Korisnički račun nije sačuvan.

## API ključevi partnerskih stranica (samo za administratore)

nav-keys = Ključevi partnera
keys-title = API ključevi partnerskih web stranica
keys-intro = Općine i organizacije koje prikazuju Nabo pretragu na svojoj web stranici trebaju ključ. Ključ u preglednicima radi samo na web adresama koje su za njega navedene i samo onoliko često koliko to dozvoljava njegovo ograničenje.
keys-issued-for = Novi ključ za { $partner }:
keys-once = Kopirajte ga sada i predajte partneru: prikazuje se samo ovaj put i kasnije se više neće moći vidjeti.
keys-embed = Partner zalijepi ova dva reda u svoju stranicu:
keys-refused = Ključ nije napravljen:
keys-none = Još nema ključeva.
keys-col-name = Partner
keys-col-origins = Web adrese
keys-col-rate = Ograničenje
keys-col-state = Stanje
keys-per-minute = { $rate } u minuti
keys-active = U upotrebi
keys-revoked = Opozvan
keys-revoke = Opozovi
keys-new = Novi ključ
keys-name = Partner (za koga je ključ)
keys-origins = Web adrese koje smiju koristiti ključ
keys-origins-hint = Na primjer https://kommune.example, odvojene razmacima ili zarezima. Ostavite prazno za ključ koji se koristi samo sa servera.
keys-rate = Zahtjevi u minuti
keys-create = Napravi ključ
