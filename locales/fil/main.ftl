# Nabo web app — Filipino. Pareho ang mga message id sa en/main.ftl.
# Ang mga variable ($name atbp.) ay pinupunan ng app; hindi isinasalin ang mga ito.

## Balangkas ng app

app-name = Nabo
app-tagline = Hanapin ang tamang tulong malapit sa iyo — sa sarili mong wika
nav-home = Maghanap
nav-skip-to-content = Lumaktaw sa nilalaman
footer-about = Ang Nabo ay listahan ng mga lokal na serbisyo para sa mga boluntaryong gumagabay sa kababaihan.
footer-privacy = Walang itinatagong impormasyon ang Nabo tungkol sa mga taong tinutulungan mo.
footer-demo-data = Halimbawang datos: gawa-gawa lang ang mga serbisyong ipinapakita.
offline-notice = Offline ka. Gumagana pa rin ang mga pahinang nabuksan mo na dati.

## Pagpili ng wika

language-picker-label = Wika
language-picker-button = Palitan ang wika
language-picker-current = Kasalukuyang wika: { $language }

## Paghahanap

search-heading = Anong tulong ang kailangan mo?
search-label = Maghanap ng serbisyo o ilarawan ang kailangan
search-placeholder = hal. jobcenter, kailangang magpa-check-up ng baby ko
search-button = Hanapin
search-categories-heading = O pumili ng uri ng tulong
search-filters-heading = Salain ang resulta
filter-area-label = Munisipyo
filter-area-any = Lahat ng munisipyo
filter-category-label = Uri ng tulong
filter-category-any = Lahat ng uri ng tulong
filter-attributes-label = Dapat mayroon
filter-open-now = Bukas ngayon
filter-near-me = Malapit sa akin
filter-near-me-help = Ginagamit lang ang lokasyon ng phone mo para ayusin ayon sa layo. Hindi ito itinatago.
filter-postcode-label = O postal code
filter-apply = Ipakita ang resulta
filter-clear = Alisin ang mga filter
geolocation-denied = Hindi makuha ang lokasyon. Pumili na lang ng munisipyo o ilagay ang postal code.
geolocation-locating = Hinahanap ang lokasyon mo…

## Mga resulta

results-count = { $count ->
    [0] Walang nahanap na serbisyo
    [1] Nakahanap ng isang serbisyo
    [one] Nakahanap ng { $count } serbisyo
   *[other] Nakahanap ng { $count } serbisyo
}
results-none-help = Subukan ang ibang salita, bawasan ang filter, o pumili ng uri ng tulong sa ibaba.
results-distance-m = { $distance } m ang layo
results-distance-km = { $distance } km ang layo
results-open-now = Bukas ngayon
results-closed-now = Sarado ngayon
results-hours-unknown = Hindi alam ang oras ng pagbubukas
results-shown-in = Nakasulat sa wikang { $language }
results-next = Susunod na pahina
results-previous = Nakaraang pahina
results-page = Pahina { $page } ng { $pages }

## Pahina ng serbisyo

resource-about = Tungkol dito
resource-how-to-get-help = Paano makakuha ng tulong
resource-opening-hours = Oras ng pagbubukas
resource-contact = Kontak
resource-address = Address
resource-call = Tawagan ang { $phone }
resource-email = Magpadala ng e-mail
resource-website = Website
resource-map-osm = Ipakita sa OpenStreetMap
resource-map-app = Buksan sa map app
resource-languages-spoken = Mga wikang ginagamit dito
resource-attributes = Mabuting malaman
resource-verified = Sinuri ng editor noong { $date }
resource-not-verified = Hindi pa nasusuri ng editor
resource-shown-in = Nakasulat ito sa wikang { $language } dahil hindi pa ito naisasalin.
resource-make-card = Gumawa ng card para sa kanya
resource-back-to-results = Bumalik sa mga resulta
resource-not-found = Wala na ang serbisyong ito o hindi ito umiiral.

## Oras ng pagbubukas

hours-open-now = Bukas ngayon
hours-closed-now = Sarado ngayon
hours-opens-at = Magbubukas: { $day }, { $time }
hours-closes-at = Magsasara nang { $time }
hours-unknown = Hindi alam ang oras ng pagbubukas
hours-closed-day = Sarado
hours-always-open = Bukas araw at gabi
hours-public-holidays = Sarado sa mga pista opisyal
day-mo = Lunes
day-tu = Martes
day-we = Miyerkules
day-th = Huwebes
day-fr = Biyernes
day-sa = Sabado
day-su = Linggo
day-today = ngayon
day-tomorrow = bukas

## Referral card

card-heading = Card para kay { $name }
card-choose-language = Wika niya
card-choose-button = Gumawa ng card
card-intro = Ipakita ang card na ito sa counter.
card-what = Ano ang itinutulong nila
card-where = Saan
card-when = Kailan
card-phone = Telepono
card-qr-caption = I-scan para mabuksan ang pahinang ito sa sarili mong wika
card-print = I-print
card-share = Ibahagi
card-copy-link = Kopyahin ang link
card-link-copied = Nakopya ang link
card-local-language = Sa wikang { $language }

## Mga error

error-not-found-title = Hindi makita ang pahina
error-not-found-text = Wala ang pahinang hinahanap mo.
error-bad-request-title = May mali sa kahilingan
error-server-title = Nagkaproblema
error-server-text = Pakisubukan ulit maya-maya.
error-back-home = Bumalik sa paghahanap

## Mga pangalan ng wika (para sa "Mga wikang ginagamit dito" at "Nakasulat sa wikang …")

language-da = Danes
language-en = Ingles
language-ar = Arabe
language-so = Somali
language-tr = Turko
language-fa = Persiyano
language-fa-af = Dari
language-ur = Urdu
language-ps = Pashto
language-ckb = Gitnang Kurdo (Sorani)
language-kmr = Hilagang Kurdo (Kurmanji)
language-ti = Tigrinya
language-am = Amhariko
language-uk = Ukranyano
language-ru = Ruso
language-pl = Polako
language-ro = Rumano
language-bs = Bosniyo
language-sq = Albanes
language-vi = Biyetnames
language-th = Thai
language-zh = Tsino (Pinasimple)
language-ta = Tamil
language-bn = Bengali
language-hi = Hindi
language-pa = Punjabi
language-es = Espanyol
language-fr = Pranses
language-de = Aleman
language-sw = Swahili
language-om = Oromo
language-fil = Filipino

## Ang API page para sa mga site ng partner (/{lang}/api). Nananatili sa Ingles ang mga teksto ng mga operation.

api-title = Ang API ng Nabo para sa mga site ng partner
api-intro = Maaaring ipakita ng mga munisipyo at organisasyon ang paghahanap ng Nabo sa sarili nilang website, o basahin ang direktoryo mula sa sarili nilang mga system. Pampubliko ang lahat ng nasa ibaba at libreng gamitin sa loob ng mga limit.
api-widget = Paghahanap sa iyong website
api-widget-text = I-paste ang dalawang linyang ito sa iyong page. Palitan ang wika at lugar, at gamitin ang key na natanggap mo mula sa mga administrator ng Nabo.
api-keys = Mga key at limit
api-keys-text = Kung walang key, katamtamang bilang lang ng request ang puwede mula sa bawat address. Kapag may key, may sarili kang limit; ipadala ito bilang "Authorization: Bearer" o bilang parameter na "key". Puwedeng i-cache ang mga sagot: may dala silang ETag at Cache-Control.
api-formats = Ang paglalarawang nababasa ng makina at ang mga endpoint ng Open Referral HSDS 3.0
api-operations = Mga operation
api-needs-account = Kailangan ng token ng isang account (para sa mga editor).
api-parameters = Mga parameter
api-responses = Mga sagot
api-col-name = Pangalan
api-col-in = Lokasyon
api-col-accepts = Mga tinatanggap na value
api-col-description = Paglalarawan
api-col-status = Status
api-required = kailangan
api-accepts-list = listahan ng { $items }
api-accepts-one-of = isa sa: { $values }
api-accepts-range = mula { $min } hanggang { $max }
api-accepts-min = hindi bababa sa { $min }
api-accepts-max = hanggang { $max }
api-accepts-length = hanggang { $length } character
api-accepts-pattern = nakasulat bilang { $pattern }
nav-api = Para sa mga site ng partner
