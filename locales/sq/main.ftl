# Aplikacioni web Nabo — shqip. Të njëjtat identifikues mesazhesh si në en/main.ftl.
# Ndryshoret ($name etj.) i plotëson aplikacioni; nuk përkthehen.

## Korniza e aplikacionit

app-name = Nabo
app-tagline = Gjeni ndihmën e duhur pranë jush — në gjuhën tuaj
nav-home = Kërko
nav-skip-to-content = Kalo te përmbajtja
footer-about = Nabo është një listë e shërbimeve vendore për vullnetarët që ndihmojnë gratë të orientohen.
footer-privacy = Nabo nuk ruan asgjë për njerëzit që ndihmoni.
footer-demo-data = Të dhëna demonstruese: shërbimet që shfaqen janë të trilluara.
offline-notice = Nuk jeni në internet. Faqet që keni hapur më parë funksionojnë ende.

## Zgjedhja e gjuhës

language-picker-label = Gjuha
language-picker-button = Ndrysho gjuhën
language-picker-current = Gjuha aktuale: { $language }

## Kërkimi

search-heading = Për çfarë ju duhet ndihmë?
search-label = Kërkoni një shërbim ose përshkruani nevojën
search-placeholder = p.sh. jobcenter, foshnja ime ka nevojë për kontroll
search-button = Kërko
search-categories-heading = Ose zgjidhni një lloj ndihme
search-filters-heading = Ngushtoni kërkimin
filter-area-label = Komuna
filter-area-any = Të gjitha komunat
filter-category-label = Lloji i ndihmës
filter-category-any = Të gjitha llojet e ndihmës
filter-attributes-label = Duhet të ofrojë
filter-open-now = Hapur tani
filter-near-me = Pranë meje
filter-near-me-help = Vendndodhja e telefonit përdoret vetëm për renditje sipas largësisë. Nuk ruhet.
filter-postcode-label = Ose kodi postar
filter-apply = Shfaq rezultatet
filter-clear = Pastro filtrat
geolocation-denied = Vendndodhja nuk është e disponueshme. Zgjidhni një komunë ose shkruani kodin postar.
geolocation-locating = Po gjejmë vendndodhjen tuaj…

## Rezultatet

results-count = { $count ->
    [0] Nuk u gjet asnjë shërbim
    [one] U gjet një shërbim
   *[other] U gjetën { $count } shërbime
}
results-none-help = Provoni fjalë të tjera, më pak filtra ose zgjidhni një lloj ndihme më poshtë.
results-distance-m = { $distance } m larg
results-distance-km = { $distance } km larg
results-open-now = Hapur tani
results-closed-now = Mbyllur tani
results-hours-unknown = Orari nuk dihet
results-shown-in = Shfaqur në { $language }
results-next = Faqja tjetër
results-previous = Faqja e mëparshme
results-page = Faqja { $page } nga { $pages }

## Faqja e shërbimit

resource-about = Rreth shërbimit
resource-how-to-get-help = Si të merrni ndihmë
resource-opening-hours = Orari
resource-contact = Kontakti
resource-address = Adresa
resource-call = Telefono { $phone }
resource-email = Dërgo e-mail
resource-website = Faqja e internetit
resource-map-osm = Shfaq në OpenStreetMap
resource-map-app = Hap në aplikacionin e hartave
resource-languages-spoken = Gjuhët që fliten këtu
resource-attributes = Mirë të dini
resource-verified = Kontrolluar nga një redaktor më { $date }
resource-not-verified = Ende pa u kontrolluar nga një redaktor
resource-shown-in = Ky tekst shfaqet në { $language } sepse ende nuk është përkthyer.
resource-make-card = Bëj një kartë për të
resource-back-to-results = Kthehu te rezultatet
resource-not-found = Ky shërbim nuk ekziston ose është hequr.

## Orari

hours-open-now = Hapur tani
hours-closed-now = Mbyllur tani
hours-opens-at = Hapet: { $day }, në orën { $time }
hours-closes-at = Mbyllet në orën { $time }
hours-unknown = Orari nuk dihet
hours-closed-day = Mbyllur
hours-always-open = Hapur ditë e natë
hours-public-holidays = Mbyllur në festat zyrtare
day-mo = e hënë
day-tu = e martë
day-we = e mërkurë
day-th = e enjte
day-fr = e premte
day-sa = e shtunë
day-su = e diel
day-today = sot
day-tomorrow = nesër

## Karta e udhëzimit

card-heading = Karta për { $name }
card-choose-language = Gjuha e saj
card-choose-button = Bëj kartën
card-intro = Tregojeni këtë kartë në sportel.
card-what = Për çfarë ndihmojnë
card-where = Ku
card-when = Kur
card-phone = Telefoni
card-qr-caption = Skanojeni për ta hapur këtë faqe në gjuhën tuaj
card-print = Printo
card-share = Shpërndaj
card-copy-link = Kopjo lidhjen
card-link-copied = Lidhja u kopjua
card-local-language = Në { $language }

## Gabimet

error-not-found-title = Faqja nuk u gjet
error-not-found-text = Faqja që kërkuat nuk ekziston.
error-bad-request-title = Diçka nuk shkon me kërkesën
error-server-title = Diçka shkoi keq
error-server-text = Ju lutemi provoni përsëri pas pak.
error-back-home = Kthehu te kërkimi

## Emrat e gjuhëve (për „Gjuhët që fliten këtu” dhe „Shfaqur në …”)

language-da = danisht
language-en = anglisht
language-ar = arabisht
language-so = somalisht
language-tr = turqisht
language-fa = persisht
language-fa-af = dari
language-ur = urdu
language-ps = pashto
language-ckb = kurdisht qendrore (sorani)
language-kmr = kurdisht veriore (kurmanxhi)
language-ti = tigrinja
language-am = amharisht
language-uk = ukrainisht
language-ru = rusisht
language-pl = polonisht
language-ro = rumanisht
language-bs = boshnjakisht
language-sq = shqip
language-vi = vietnamisht
language-th = tajlandisht
language-zh = kinezisht (e thjeshtuar)
language-ta = tamilisht
language-bn = bengalisht
language-hi = hindi
language-pa = panxhabisht
language-es = spanjisht
language-fr = frëngjisht
language-de = gjermanisht
language-sw = suahili
language-om = oromo
language-fil = filipinisht

## Faqja e API-t për faqet e partnerëve (/{lang}/api). Tekstet e operacioneve mbeten në anglisht.

api-title = API-ja e Nabo për faqet e partnerëve
api-intro = Komunat dhe organizatat mund ta shfaqin kërkimin e Nabo në faqen e tyre të internetit ose ta lexojnë listën nga sistemet e tyre. Gjithçka më poshtë është publike dhe falas për t'u përdorur brenda kufijve.
api-widget = Kërkimi në faqen tuaj të internetit
api-widget-text = Ngjitini këto dy rreshta në faqen tuaj. Ndryshoni gjuhën dhe zonën, dhe përdorni çelësin që keni marrë nga administratorët e Nabo.
api-keys = Çelësat dhe kufijtë
api-keys-text = Pa çelës mund të dërgoni një numër të kufizuar kërkesash nga çdo adresë. Me çelës keni kufirin tuaj; dërgojeni si „Authorization: Bearer” ose si parametrin „key”. Përgjigjet mund të ruhen në cache: ato përmbajnë ETag dhe Cache-Control.
api-formats = Përshkrimi i lexueshëm nga makina dhe pikat fundore të Open Referral HSDS 3.0
api-operations = Operacionet
api-needs-account = Kërkon tokenin e një llogarie (për redaktorët).
api-parameters = Parametrat
api-responses = Përgjigjet
api-col-name = Emri
api-col-in = Vendi
api-col-accepts = Vlerat e lejuara
api-col-description = Përshkrimi
api-col-status = Statusi
api-required = i detyrueshëm
api-accepts-list = listë me { $items }
api-accepts-one-of = një nga: { $values }
api-accepts-range = nga { $min } deri në { $max }
api-accepts-min = të paktën { $min }
api-accepts-max = më së shumti { $max }
api-accepts-length = më së shumti { $length } karaktere
api-accepts-pattern = në formatin { $pattern }
nav-api = Për faqet e partnerëve
