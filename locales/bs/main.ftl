# Nabo web aplikacija — bosanski (latinica). Isti identifikatori poruka kao u en/main.ftl.
# Varijable ($name itd.) popunjava aplikacija; ne prevode se.

## Okvir aplikacije

app-name = Nabo
app-tagline = Pronađite pravu pomoć u blizini — na svom jeziku
nav-home = Pretraga
nav-skip-to-content = Preskoči na sadržaj
footer-about = Nabo je pregled lokalnih službi za volontere koji pomažu ženama da se snađu.
footer-privacy = Nabo ne čuva nikakve podatke o osobama kojima pomažete.
footer-demo-data = Demonstracijski podaci: prikazane službe su izmišljene.
offline-notice = Niste povezani na internet. Stranice koje ste ranije otvorili i dalje rade.

## Izbor jezika

language-picker-label = Jezik
language-picker-button = Promijeni jezik
language-picker-current = Trenutni jezik: { $language }

## Pretraga

search-heading = Za šta vam treba pomoć?
search-label = Potražite službu ili opišite šta vam treba
search-placeholder = npr. jobcenter, bebi treba pregled
search-button = Traži
search-categories-heading = Ili odaberite vrstu pomoći
search-filters-heading = Suzite pretragu
filter-area-label = Općina
filter-area-any = Sve općine
filter-category-label = Vrsta pomoći
filter-category-any = Sve vrste pomoći
filter-attributes-label = Mora nuditi
filter-open-now = Sada otvoreno
filter-near-me = Blizu mene
filter-near-me-help = Lokacija telefona koristi se samo za redanje po udaljenosti. Ne čuva se.
filter-postcode-label = Ili poštanski broj
filter-apply = Prikaži rezultate
filter-clear = Očisti filtere
geolocation-denied = Lokacija nije dostupna. Umjesto toga odaberite općinu ili upišite poštanski broj.
geolocation-locating = Tražimo vašu lokaciju…

## Rezultati

results-count = { $count ->
    [0] Nije pronađena nijedna služba
    [one] Pronađena je { $count } služba
    [few] Pronađene su { $count } službe
   *[other] Pronađeno je { $count } službi
}
results-none-help = Pokušajte s drugim riječima, s manje filtera ili odaberite vrstu pomoći ispod.
results-distance-m = { $distance } m od vas
results-distance-km = { $distance } km od vas
results-open-now = Sada otvoreno
results-closed-now = Sada zatvoreno
results-hours-unknown = Radno vrijeme nije poznato
results-shown-in = Jezik teksta: { $language }
results-next = Sljedeća stranica
results-previous = Prethodna stranica
results-page = Stranica { $page } od { $pages }

## Stranica službe

resource-about = O službi
resource-how-to-get-help = Kako dobiti pomoć
resource-opening-hours = Radno vrijeme
resource-contact = Kontakt
resource-address = Adresa
resource-call = Nazovi { $phone }
resource-email = Pošalji e-mail
resource-website = Web stranica
resource-map-osm = Prikaži na OpenStreetMap karti
resource-map-app = Otvori u aplikaciji za mape
resource-languages-spoken = Jezici koji se ovdje govore
resource-attributes = Dobro je znati
resource-verified = Urednik je provjerio { $date }
resource-not-verified = Urednik još nije provjerio
resource-shown-in = Ovaj tekst još nije preveden. Jezik teksta: { $language }.
resource-make-card = Napravi karticu za nju
resource-back-to-results = Nazad na rezultate
resource-not-found = Ova služba ne postoji ili je uklonjena.

## Radno vrijeme

hours-open-now = Sada otvoreno
hours-closed-now = Sada zatvoreno
hours-opens-at = Otvara se: { $day }, u { $time }
hours-closes-at = Zatvara se u { $time }
hours-unknown = Radno vrijeme nije poznato
hours-closed-day = Zatvoreno
hours-always-open = Otvoreno danonoćno
hours-public-holidays = Zatvoreno praznicima
day-mo = ponedjeljak
day-tu = utorak
day-we = srijeda
day-th = četvrtak
day-fr = petak
day-sa = subota
day-su = nedjelja
day-today = danas
day-tomorrow = sutra

## Kartica za upućivanje

card-heading = Kartica: { $name }
card-choose-language = Njen jezik
card-choose-button = Napravi karticu
card-intro = Pokažite ovu karticu na šalteru.
card-what = Za šta pomažu
card-where = Gdje
card-when = Kada
card-phone = Telefon
card-qr-caption = Skenirajte da otvorite ovu stranicu na svom jeziku
card-print = Štampaj
card-share = Podijeli
card-copy-link = Kopiraj link
card-link-copied = Link je kopiran
card-local-language = Jezik: { $language }

## Greške

error-not-found-title = Stranica nije pronađena
error-not-found-text = Stranica koju tražite ne postoji.
error-bad-request-title = Nešto nije u redu sa zahtjevom
error-server-title = Nešto je pošlo po zlu
error-server-text = Molimo pokušajte ponovo za trenutak.
error-back-home = Nazad na pretragu

## Nazivi jezika (za „Jezici koji se ovdje govore” i „Jezik teksta: …”)

language-da = danski
language-en = engleski
language-ar = arapski
language-so = somalijski
language-tr = turski
language-fa = perzijski
language-fa-af = dari
language-ur = urdu
language-ps = paštu
language-ckb = centralni kurdski (sorani)
language-kmr = sjeverni kurdski (kurmandži)
language-ti = tigrinja
language-am = amharski
language-uk = ukrajinski
language-ru = ruski
language-pl = poljski
language-ro = rumunski
language-bs = bosanski
language-sq = albanski
language-vi = vijetnamski
language-th = tajlandski
language-zh = kineski (pojednostavljeni)
language-ta = tamilski
language-bn = bengalski
language-hi = hindi
language-pa = pandžapski
language-es = španski
language-fr = francuski
language-de = njemački
language-sw = svahili
language-om = oromo
language-fil = filipinski

## API stranica za partnerske web stranice (/{lang}/api). Tekstovi operacija ostaju na engleskom.

api-title = Nabo API za partnerske web stranice
api-intro = Općine i organizacije mogu prikazati Nabo pretragu na svojim web stranicama ili čitati pregled iz svojih sistema. Sve što slijedi je javno i besplatno za korištenje u okviru ograničenja.
api-widget = Pretraga na vašoj web stranici
api-widget-text = Zalijepite ova dva reda u svoju stranicu. Promijenite jezik i područje i koristite ključ koji ste dobili od Nabo administratora.
api-keys = Ključevi i ograničenja
api-keys-text = Bez ključa sa svake adrese možete poslati umjeren broj zahtjeva. S ključem dobijate vlastito ograničenje; šaljite ga kao „Authorization: Bearer“ ili kao parametar „key“. Odgovori se mogu keširati: sadrže ETag i Cache-Control.
api-formats = Mašinski čitljiv opis i krajnje tačke za Open Referral HSDS 3.0
api-operations = Operacije
api-needs-account = Potreban je token korisničkog računa (za urednike).
api-parameters = Parametri
api-responses = Odgovori
api-col-name = Naziv
api-col-in = Mjesto
api-col-accepts = Dozvoljene vrijednosti
api-col-description = Opis
api-col-status = Status
api-required = obavezno
api-accepts-list = lista vrijednosti { $items }
api-accepts-one-of = jedno od: { $values }
api-accepts-range = od { $min } do { $max }
api-accepts-min = najmanje { $min }
api-accepts-max = najviše { $max }
api-accepts-length = najviše { $length } znakova
api-accepts-pattern = u obliku { $pattern }
nav-api = Za partnerske stranice
