# Aplicația web Nabo — română. Aceleași identificatoare de mesaj ca în en/main.ftl.
# Variabilele ($name etc.) sunt completate de aplicație și nu se traduc.

## Cadrul aplicației

app-name = Nabo
app-tagline = Ajutorul potrivit, aproape de casă – în limba dumneavoastră
nav-home = Căutare
nav-skip-to-content = Salt la conținut
footer-about = Nabo este un ghid al serviciilor locale pentru voluntarele care ajută femei să se descurce.
footer-privacy = Nabo nu păstrează nimic despre persoanele pe care le ajutați.
footer-demo-data = Date demonstrative: serviciile afișate sunt inventate.
offline-notice = Sunteți offline. Paginile deschise înainte funcționează în continuare.

## Alegerea limbii

language-picker-label = Limba
language-picker-button = Schimbați limba
language-picker-current = Limba actuală: { $language }

## Căutare

search-heading = Cu ce aveți nevoie de ajutor?
search-label = Căutați un serviciu sau descrieți de ce aveți nevoie
search-placeholder = de ex. jobcenter, control medical pentru bebeluș
search-button = Căutați
search-categories-heading = Sau alegeți un tip de ajutor
search-filters-heading = Restrângeți căutarea
filter-area-label = Comună
filter-area-any = Toate comunele
filter-category-label = Tip de ajutor
filter-category-any = Toate tipurile de ajutor
filter-attributes-label = Trebuie să ofere
filter-open-now = Deschis acum
filter-near-me = Lângă mine
filter-near-me-help = Locația telefonului este folosită doar pentru sortarea după distanță. Nu este salvată.
filter-postcode-label = Sau cod poștal
filter-apply = Afișați rezultatele
filter-clear = Ștergeți filtrele
geolocation-denied = Locația nu este disponibilă. Alegeți o comună sau introduceți un cod poștal.
geolocation-locating = Se caută locația…

## Rezultate

results-count = { $count ->
    [0] Niciun serviciu găsit
    [one] Un serviciu găsit
    [few] { $count } servicii găsite
   *[other] { $count } de servicii găsite
}
results-none-help = Încercați alte cuvinte, mai puține filtre sau alegeți mai jos un tip de ajutor.
results-distance-m = la { $distance } m
results-distance-km = la { $distance } km
results-open-now = Deschis acum
results-closed-now = Închis acum
results-hours-unknown = Program necunoscut
results-shown-in = Afișat în limba { $language }
results-next = Pagina următoare
results-previous = Pagina anterioară
results-page = Pagina { $page } din { $pages }

## Pagina serviciului

resource-about = Despre serviciu
resource-how-to-get-help = Cum primiți ajutor
resource-opening-hours = Program
resource-contact = Contact
resource-address = Adresă
resource-call = Sunați la { $phone }
resource-email = Scrieți un e-mail
resource-website = Site web
resource-map-osm = Vedeți pe OpenStreetMap
resource-map-app = Deschideți în aplicația de hărți
resource-languages-spoken = Limbi vorbite aici
resource-attributes = Bine de știut
resource-verified = Verificat de redacție pe { $date }
resource-not-verified = Încă neverificat de redacție
resource-shown-in = Acest text este afișat în limba { $language } pentru că nu a fost tradus încă.
resource-make-card = Faceți un cartonaș pentru ea
resource-back-to-results = Înapoi la rezultate
resource-not-found = Acest serviciu nu există sau a fost șters.

## Program

hours-open-now = Deschis acum
hours-closed-now = Închis acum
hours-opens-at = Se deschide { $day } la { $time }
hours-closes-at = Se închide la { $time }
hours-unknown = Programul nu este cunoscut
hours-closed-day = Închis
hours-always-open = Deschis zi și noapte
hours-public-holidays = Închis în zilele de sărbătoare legală
day-mo = luni
day-tu = marți
day-we = miercuri
day-th = joi
day-fr = vineri
day-sa = sâmbătă
day-su = duminică
day-today = astăzi
day-tomorrow = mâine

## Cartonaș de îndrumare

card-heading = Cartonaș pentru { $name }
card-choose-language = Limba ei
card-choose-button = Faceți cartonașul
card-intro = Arătați acest cartonaș la recepție.
card-what = Cu ce ajută
card-where = Unde
card-when = Când
card-phone = Telefon
card-qr-caption = Scanați pentru a deschide pagina în limba dumneavoastră
card-print = Tipăriți
card-share = Distribuiți
card-copy-link = Copiați linkul
card-link-copied = Link copiat
card-local-language = În limba { $language }

## Erori

error-not-found-title = Pagina nu a fost găsită
error-not-found-text = Pagina căutată nu există.
error-bad-request-title = Ceva nu este în regulă cu cererea
error-server-title = Ceva nu a mers bine
error-server-text = Vă rugăm să încercați din nou peste câteva clipe.
error-back-home = Înapoi la căutare

## Numele limbilor (pentru „Limbi vorbite aici” și „Afișat în limba …”)

language-da = daneză
language-en = engleză
language-ar = arabă
language-so = somaleză
language-tr = turcă
language-fa = persană
language-fa-af = dari
language-ur = urdu
language-ps = paștună
language-ckb = kurdă centrală (sorani)
language-kmr = kurdă de nord (kurmanji)
language-ti = tigrina
language-am = amharică
language-uk = ucraineană
language-ru = rusă
language-pl = poloneză
language-ro = română
language-bs = bosniacă
language-sq = albaneză
language-vi = vietnameză
language-th = thailandeză
language-zh = chineză (simplificată)
language-ta = tamilă
language-bn = bengaleză
language-hi = hindi
language-pa = punjabi
language-es = spaniolă
language-fr = franceză
language-de = germană
language-sw = swahili
language-om = oromo
language-fil = filipineză

## Pagina API pentru site-urile partenerilor (/{lang}/api). Textele operațiilor rămân în engleză.

api-title = API-ul Nabo pentru site-urile partenerilor
api-intro = Comunele și organizațiile pot afișa căutarea Nabo pe propriul site web sau pot citi ghidul din propriile sisteme. Tot ce urmează este public și se poate folosi gratuit, în limitele stabilite.
api-widget = Căutarea pe site-ul dumneavoastră
api-widget-text = Lipiți aceste două rânduri în pagina dumneavoastră. Schimbați limba și zona și folosiți cheia primită de la administratorii Nabo.
api-keys = Chei și limite
api-keys-text = Fără cheie puteți trimite un număr redus de cereri de la fiecare adresă. Cu o cheie aveți propria limită; trimiteți-o ca „Authorization: Bearer” sau ca parametrul „key”. Răspunsurile pot fi păstrate în cache: conțin ETag și Cache-Control.
api-formats = Descrierea în format lizibil automat și endpointurile Open Referral HSDS 3.0
api-operations = Operații
api-needs-account = Necesită tokenul unui cont (pentru redactori).
api-parameters = Parametri
api-responses = Răspunsuri
api-col-name = Nume
api-col-in = Locație
api-col-accepts = Valori acceptate
api-col-description = Descriere
api-col-status = Status
api-required = obligatoriu
api-accepts-list = listă de { $items }
api-accepts-one-of = una dintre: { $values }
api-accepts-range = de la { $min } la { $max }
api-accepts-min = cel puțin { $min }
api-accepts-max = cel mult { $max }
api-accepts-length = număr maxim de caractere: { $length }
api-accepts-pattern = în formatul { $pattern }
nav-api = Pentru site-urile partenerilor
