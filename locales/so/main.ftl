# Nabo web app — Soomaali (so). Aqoonsiyada fariimaha waa kuwa en/main.ftl oo kale.
# Doorsoomayaasha ($name iwm.) app-ka ayaa buuxiya; ha turjumin.

## Qaybta guud ee app-ka

app-name = Nabo
app-tagline = Hel caawimaadda saxda ah ee deegaankaaga — afkaaga
nav-home = Raadi
nav-skip-to-content = U gudub nuxurka bogga
footer-about = Nabo waa liiska adeegyada deegaanka oo loogu talagalay mutadawiciinta haweenka ka caawiya inay jidkooda helaan.
footer-privacy = Nabo waxba kama kaydiyo dadka aad caawiso.
footer-demo-data = Xog tusaale ah: adeegyada halkan ka muuqda run ma aha.
offline-notice = Internet ma haysid. Boggaggii aad hore u furtay weli way shaqeynayaan.

## Doorashada luqadda

language-picker-label = Luqadda
language-picker-button = Beddel luqadda
language-picker-current = Luqadda hadda: { $language }

## Raadinta

search-heading = Caawimaad noocee ah ayaad u baahan tahay?
search-label = Raadi adeeg ama sharax waxa aad u baahan tahay
search-placeholder = tusaale: jobcenter, ilmahayga baaritaan ayuu u baahan yahay
search-button = Raadi
search-categories-heading = Ama dooro nooca caawimaadda
search-filters-heading = Soo koob raadinta
filter-area-label = Kommuunka
filter-area-any = Dhammaan kommuunada
filter-category-label = Nooca caawimaadda
filter-category-any = Dhammaan noocyada caawimaadda
filter-attributes-label = Waa inay bixiyaan
filter-open-now = Hadda furan
filter-near-me = Igu dhow
filter-near-me-help = Goobta taleefankaaga waxaa loo isticmaalaa oo keliya in lagu kala saaro masaafada. Lama kaydiyo.
filter-postcode-label = Ama lambarka boostada
filter-apply = Tus natiijooyinka
filter-clear = Tirtir doorashooyinka
geolocation-denied = Goobtaada lama heli karo. Halkii, dooro kommuun ama qor lambarka boostada.
geolocation-locating = Goobtaada ayaa la raadinayaa…

## Natiijooyinka

results-count = { $count ->
    [0] Wax adeeg ah lama helin
    [one] Hal adeeg ayaa la helay
   *[other] { $count } adeeg ayaa la helay
}
results-none-help = Isku day erayo kale, doorashooyin ka yar, ama hoos ka dooro nooca caawimaadda.
results-distance-m = { $distance } m kaa jirta
results-distance-km = { $distance } km kaa jirta
results-open-now = Hadda furan
results-closed-now = Hadda xiran
results-hours-unknown = Saacadaha furitaanka lama garanayo
results-shown-in = Lagu qoray { $language }
results-next = Bogga xiga
results-previous = Boggii hore
results-page = Bogga { $page } ee { $pages }

## Bogga adeegga

resource-about = Ku saabsan
resource-how-to-get-help = Sida caawimaad loo helo
resource-opening-hours = Saacadaha furitaanka
resource-contact = La xiriir
resource-address = Cinwaanka
resource-call = Wac { $phone }
resource-email = Qor iimayl
resource-website = Bogga internetka
resource-map-osm = Ka eeg OpenStreetMap
resource-map-app = Ka fur app-ka khariidadda
resource-languages-spoken = Luqadaha halkan lagaga hadlo
resource-attributes = Waa wanaagsan tahay inaad ogaato
resource-verified = Tifaftire ayaa hubiyay { $date }
resource-not-verified = Weli tifaftire ma hubin
resource-shown-in = Qoraalkan waxaa lagu muujiyay { $language } maxaa yeelay weli lama turjumin.
resource-make-card = Iyada u samee kaar
resource-back-to-results = Ku noqo natiijooyinka
resource-not-found = Adeeggan ma jiro ama waa la saaray.

## Saacadaha furitaanka

hours-open-now = Hadda furan
hours-closed-now = Hadda xiran
hours-opens-at = Wuxuu furmayaa { $day } saacadda { $time }
hours-closes-at = Wuxuu xirmayaa saacadda { $time }
hours-unknown = Saacadaha furitaanka lama yaqaan
hours-closed-day = Xiran
hours-always-open = Furan habeen iyo maalin
hours-public-holidays = Xiran maalmaha fasaxa rasmiga ah
day-mo = Isniin
day-tu = Talaado
day-we = Arbaco
day-th = Khamiis
day-fr = Jimce
day-sa = Sabti
day-su = Axad
day-today = maanta
day-tomorrow = berri

## Kaarka gudbinta

card-heading = Kaarka { $name }
card-choose-language = Luqaddeeda
card-choose-button = Samee kaarka
card-intro = Kaarkan u tus miiska soo dhaweynta.
card-what = Waxa ay ka caawiyaan
card-where = Halkee
card-when = Goorma
card-phone = Taleefan
card-qr-caption = Sawir koodhka si aad boggan ugu furto luqaddaada
card-print = Daabac
card-share = La wadaag
card-copy-link = Koobiyee linkiga
card-link-copied = Linkiga waa la koobiyeeyay
card-local-language = Ku qoran { $language }

## Khaladaad

error-not-found-title = Bogga lama helin
error-not-found-text = Bogga aad codsatay ma jiro.
error-bad-request-title = Wax baa ka khaldan codsiga
error-server-title = Wax baa khaldamay
error-server-text = Fadlan mar kale isku day wax yar kadib.
error-back-home = Ku noqo raadinta

## Magacyada luqadaha (loo isticmaalo "luqadaha halkan lagaga hadlo" iyo "lagu qoray …")

language-da = Af-Deenish
language-en = Af-Ingiriisi
language-ar = Af-Carabi
language-so = Af-Soomaali
language-tr = Af-Turki
language-fa = Af-Faarsi
language-fa-af = Af-Dari
language-ur = Af-Urdu
language-ps = Af-Bashtuu
language-ckb = Af-Kurdi Dhexe (Soraani)
language-kmr = Af-Kurdi Waqooyi (Kurmaanji)
language-ti = Af-Tigrinya
language-am = Af-Amxaari
language-uk = Af-Yukreeni
language-ru = Af-Ruush
language-pl = Af-Boolish
language-ro = Af-Romaani
language-bs = Af-Bosniyaan
language-sq = Af-Albaani
language-vi = Af-Fiyetnaam
language-th = Af-Taay
language-zh = Af-Shiinees (la fududeeyay)
language-ta = Af-Tamil
language-bn = Af-Bengaali
language-hi = Af-Hindi
language-pa = Af-Punjaabi
language-es = Af-Isbaanish
language-fr = Af-Faransiis
language-de = Af-Jarmal
language-sw = Af-Sawaaxili
language-om = Af-Oromo
language-fil = Af-Filibiino

## Bogga API-ga ee bogagga la-hawlgalayaasha (/{lang}/api). Qoraallada hawlgallada waxay ku harayaan Ingiriisi.

api-title = API-ga Nabo ee bogagga la-hawlgalayaasha
api-intro = Kommuunnada iyo hay'aduhu waxay raadinta Nabo ku soo bandhigi karaan bogaggooda internetka, ama waxay liiska ka akhrin karaan nidaamyadooda. Wax kasta oo hoos ku qoran waa u furan yihiin dadweynaha, waana bilaash in la isticmaalo inta xadka laga gudbin.
api-widget = Raadinta bogga internetkaaga
api-widget-text = Labadan sadar ku dheji boggaaga. Beddel luqadda iyo deegaanka, oo isticmaal furaha aad ka heshay maamulayaasha Nabo.
api-keys = Furayaasha iyo xadadka
api-keys-text = Fure la'aan, cinwaan kasta waxaad ka diri kartaa tiro xaddidan oo codsiyo ah. Haddii aad fure leedahay, xad adiga kuu gaar ah ayaad heleysaa; u dir sida "Authorization: Bearer" ama sida halbeegga "key". Jawaabaha waa la kaydin karaa (cache): waxay wataan ETag iyo Cache-Control.
api-formats = Sharaxaadda ay mashiinnadu akhrin karaan iyo endpoint-yada Open Referral HSDS 3.0
api-operations = Hawlgallada
api-needs-account = Waxay u baahan tahay token akoon (tifaftirayaasha).
api-parameters = Halbeegyada
api-responses = Jawaabaha
api-col-name = Magaca
api-col-in = Meesha
api-col-accepts = Qiimayaasha la oggol yahay
api-col-description = Sharaxaad
api-col-status = Xaaladda
api-required = waa qasab
api-accepts-list = liis { $items } ah
api-accepts-one-of = mid ka mid ah: { $values }
api-accepts-range = { $min } ilaa { $max }
api-accepts-min = ugu yaraan { $min }
api-accepts-max = ugu badnaan { $max }
api-accepts-length = ugu badnaan { $length } xaraf
api-accepts-pattern = qaabka { $pattern }
nav-api = Bogagga la-hawlgalayaasha
