# Nabo-webappen — dansk. Samme besked-id'er som en/main.ftl.
# Variabler ($name osv.) udfyldes af appen og må ikke oversættes.

## Appens ramme

app-name = Nabo
app-tagline = Find den rigtige hjælp lokalt – på dit eget sprog
nav-home = Søg
nav-skip-to-content = Spring til indholdet
footer-about = Nabo er en oversigt over lokale tilbud til frivillige, der hjælper kvinder med at finde vej.
footer-privacy = Nabo gemmer intet om de mennesker, du hjælper.
footer-demo-data = Demodata: De viste tilbud er opdigtede.
offline-notice = Du er offline. Sider, du har åbnet før, virker stadig.

## Sprogvalg

language-picker-label = Sprog
language-picker-button = Skift sprog
language-picker-current = Valgt sprog: { $language }

## Søgning

search-heading = Hvad har du brug for hjælp til?
search-label = Søg efter et tilbud, eller beskriv, hvad du har brug for
search-placeholder = f.eks. jobcenter, min baby skal undersøges
search-button = Søg
search-categories-heading = Eller vælg en slags hjælp
search-filters-heading = Afgræns søgningen
filter-area-label = Kommune
filter-area-any = Alle kommuner
filter-category-label = Slags hjælp
filter-category-any = Alle slags hjælp
filter-attributes-label = Skal tilbyde
filter-open-now = Åben nu
filter-near-me = Tæt på mig
filter-near-me-help = Telefonens placering bruges kun til at sortere efter afstand. Den bliver ikke gemt.
filter-postcode-label = Eller postnummer
filter-apply = Vis resultater
filter-clear = Ryd filtre
geolocation-denied = Placeringen er ikke tilgængelig. Vælg en kommune, eller skriv et postnummer i stedet.
geolocation-locating = Finder din placering…

## Resultater

results-count = { $count ->
    [0] Ingen tilbud fundet
    [one] Ét tilbud fundet
   *[other] { $count } tilbud fundet
}
results-none-help = Prøv med andre ord, færre filtre, eller vælg en slags hjælp herunder.
results-distance-m = { $distance } m væk
results-distance-km = { $distance } km væk
results-open-now = Åben nu
results-closed-now = Lukket nu
results-hours-unknown = Ukendte åbningstider
results-shown-in = Vist på { $language }
results-next = Næste side
results-previous = Forrige side
results-page = Side { $page } af { $pages }

## Side om et tilbud

resource-about = Om tilbuddet
resource-how-to-get-help = Sådan får du hjælp
resource-opening-hours = Åbningstider
resource-contact = Kontakt
resource-address = Adresse
resource-call = Ring til { $phone }
resource-email = Skriv en e-mail
resource-website = Hjemmeside
resource-map-osm = Vis på OpenStreetMap
resource-map-app = Åbn i kortappen
resource-languages-spoken = Sprog, der tales her
resource-attributes = Godt at vide
resource-verified = Tjekket af en redaktør den { $date }
resource-not-verified = Endnu ikke tjekket af en redaktør
resource-shown-in = Teksten vises på { $language }, fordi den ikke er oversat endnu.
resource-make-card = Lav et kort til hende
resource-back-to-results = Tilbage til resultaterne
resource-not-found = Tilbuddet findes ikke, eller det er blevet fjernet.

## Åbningstider

hours-open-now = Åben nu
hours-closed-now = Lukket nu
hours-opens-at = Åbner { $day } kl. { $time }
hours-closes-at = Lukker kl. { $time }
hours-unknown = Åbningstiderne kendes ikke
hours-closed-day = Lukket
hours-always-open = Åben døgnet rundt
hours-public-holidays = Lukket på helligdage
day-mo = mandag
day-tu = tirsdag
day-we = onsdag
day-th = torsdag
day-fr = fredag
day-sa = lørdag
day-su = søndag
day-today = i dag
day-tomorrow = i morgen

## Henvisningskort

card-heading = Kort til { $name }
card-choose-language = Hendes sprog
card-choose-button = Lav kort
card-intro = Vis dette kort i skranken.
card-what = Det hjælper de med
card-where = Hvor
card-when = Hvornår
card-phone = Telefon
card-qr-caption = Scan for at åbne siden på dit sprog
card-print = Udskriv
card-share = Del
card-copy-link = Kopiér link
card-link-copied = Linket er kopieret
card-local-language = På { $language }

## Fejl

error-not-found-title = Siden blev ikke fundet
error-not-found-text = Siden, du leder efter, findes ikke.
error-bad-request-title = Der er noget galt med forespørgslen
error-server-title = Noget gik galt
error-server-text = Prøv igen om lidt.
error-back-home = Tilbage til søgningen

## Sprognavne (bruges i "sprog, der tales her" og "vist på …")

language-da = dansk
language-en = engelsk
language-ar = arabisk
language-so = somali
language-tr = tyrkisk
language-fa = persisk
language-fa-af = dari
language-ur = urdu
language-ps = pashto
language-ckb = centralkurdisk (sorani)
language-kmr = nordkurdisk (kurmanji)
language-ti = tigrinya
language-am = amharisk
language-uk = ukrainsk
language-ru = russisk
language-pl = polsk
language-ro = rumænsk
language-bs = bosnisk
language-sq = albansk
language-vi = vietnamesisk
language-th = thai
language-zh = kinesisk (forenklet)
language-ta = tamil
language-bn = bengali
language-hi = hindi
language-pa = punjabi
language-es = spansk
language-fr = fransk
language-de = tysk
language-sw = swahili
language-om = oromo
language-fil = filippinsk

## API-siden for partnersider (/{lang}/api). Operationernes tekster forbliver på engelsk.

api-title = Nabos API til partnersider
api-intro = Kommuner og organisationer kan vise Nabos søgning på deres egen hjemmeside eller læse oversigten fra deres egne systemer. Alt herunder er offentligt og gratis at bruge inden for grænserne.
api-widget = Søgning på jeres hjemmeside
api-widget-text = Indsæt disse to linjer på jeres side. Ret sproget og området, og brug den nøgle, I har fået af Nabos administratorer.
api-keys = Nøgler og grænser
api-keys-text = Uden en nøgle må I sende et beskedent antal forespørgsler fra hver adresse. Med en nøgle får I jeres egen grænse; send den som "Authorization: Bearer" eller som parameteren "key". Svarene kan gemmes i cache: de har ETag og Cache-Control.
api-formats = Den maskinlæsbare beskrivelse og endpoints til Open Referral HSDS 3.0
api-operations = Operationer
api-needs-account = Kræver en kontos token (for redaktører).
api-parameters = Parametre
api-responses = Svar
api-col-name = Navn
api-col-in = Placering
api-col-accepts = Tilladte værdier
api-col-description = Beskrivelse
api-col-status = Status
api-required = påkrævet
api-accepts-list = en liste af { $items }
api-accepts-one-of = en af: { $values }
api-accepts-range = fra { $min } til { $max }
api-accepts-min = mindst { $min }
api-accepts-max = højst { $max }
api-accepts-length = højst { $length } tegn
api-accepts-pattern = på formen { $pattern }
nav-api = Til partnersider
