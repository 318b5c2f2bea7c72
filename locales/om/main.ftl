# Nabo web app — Afaan Oromoo (om). Eenyummaan ergaawwanii kan en/main.ftl wajjin tokko.
# Jijjiiramoonni ($name fi kkf) appiidhaan guutamu; hin hiikinaa.

## Qaama appii

app-name = Nabo
app-tagline = Gargaarsa sirrii naannoo keessanitti argadhaa — afaan keessaniin
nav-home = Barbaacha
nav-skip-to-content = Gara qabiyyeetti darbaa
footer-about = Nabo tarree tajaajiloota naannoo kan tola ooltota dubartoonni karaa isaanii akka argatan gargaaraniif qophaa'eedha.
footer-privacy = Nabo waa'ee namoota isin gargaartanii homaa hin kuusu.
footer-demo-data = Daataa fakkeenyaa: tajaajilli asitti mul'atan kan dhugaa miti.
offline-notice = Interneetii hin qabdan. Fuulonni duraan bantan ammas ni hojjetu.

## Filannoo afaanii

language-picker-label = Afaan
language-picker-button = Afaan jijjiiraa
language-picker-current = Afaan amma: { $language }

## Barbaacha

search-heading = Gargaarsa maalii barbaaddan?
search-label = Tajaajila barbaadaa ykn waan isin barbaachisu ibsaa
search-placeholder = fkn. jobcenter, daa'imni koo qorannoo fayyaa barbaada
search-button = Barbaadaa
search-categories-heading = Ykn gosa gargaarsaa filadhaa
search-filters-heading = Barbaacha dhiphisaa
filter-area-label = Kommune
filter-area-any = Kommune hunda
filter-category-label = Gosa gargaarsaa
filter-category-any = Gosa gargaarsaa hunda
filter-attributes-label = Kan dhiyeessuu qabu
filter-open-now = Amma banaa
filter-near-me = Natti dhihoo
filter-near-me-help = Iddoon bilbila keessanii fageenyaan tartiibessuuf qofa fayyada. Hin kuufamu.
filter-postcode-label = Ykn lakkoofsa poostaa
filter-apply = Bu'aa ilaalaa
filter-clear = Filannoo haqaa
geolocation-denied = Iddoon keessan hin argamne. Qooda isaa kommune filadhaa ykn lakkoofsa poostaa galchaa.
geolocation-locating = Iddoon keessan barbaadamaa jira…

## Bu'aa

results-count = { $count ->
    [0] Tajaajilli tokkollee hin argamne
    [one] Tajaajilli tokko argameera
   *[other] Tajaajiloonni { $count } argamaniiru
}
results-none-help = Jechoota biroo ykn filannoo muraasa yaalaa, ykn armaan gaditti gosa gargaarsaa filadhaa.
results-distance-m = { $distance } m fagaata
results-distance-km = { $distance } km fagaata
results-open-now = Amma banaadha
results-closed-now = Amma cufaadha
results-hours-unknown = Sa'aatiin hojii hin beekamu
results-shown-in = Barreeffama { $language }
results-next = Fuula itti aanu
results-previous = Fuula duraa
results-page = Fuula { $page } kan { $pages } keessaa

## Fuula tajaajilaa

resource-about = Waa'ee tajaajilaa
resource-how-to-get-help = Akkaataa gargaarsa itti argattan
resource-opening-hours = Sa'aatii hojii
resource-contact = Quunnamtii
resource-address = Teessoo
resource-call = { $phone } bilbilaa
resource-email = Imeelii barreessaa
resource-website = Marsariitii
resource-map-osm = OpenStreetMap irratti ilaalaa
resource-map-app = Appii kaartaatiin banaa
resource-languages-spoken = Afaanota asitti dubbataman
resource-attributes = Beekuun gaariidha
resource-verified = Guyyaa { $date } gulaalaadhaan mirkanaa'e
resource-not-verified = Ammallee gulaalaadhaan hin mirkanoofne
resource-shown-in = Barreeffamni kun ammallee waan hin hiikamneef akkuma jirutti ({ $language }) dhiyaate.
resource-make-card = Kaardii isheef qopheessaa
resource-back-to-results = Gara bu'aatti deebi'aa
resource-not-found = Tajaajilli kun hin jiru ykn haqameera.

## Sa'aatii hojii

hours-open-now = Amma banaadha
hours-closed-now = Amma cufaadha
hours-opens-at = { $day } sa'aatii { $time } banama
hours-closes-at = Sa'aatii { $time } cufama
hours-unknown = Sa'aatiin hojii hin beekamu
hours-closed-day = Cufaa
hours-always-open = Halkanii guyyaa banaa
hours-public-holidays = Guyyoota ayyaanaa cufaa
day-mo = Wiixata
day-tu = Kibxata
day-we = Roobii
day-th = Kamiisa
day-fr = Jimaata
day-sa = Sanbata
day-su = Dilbata
day-today = har'a
day-tomorrow = boru

## Kaardii ergaa

card-heading = Kaardii: { $name }
card-choose-language = Afaan ishee
card-choose-button = Kaardii qopheessaa
card-intro = Kaardii kana bakka simannaatti agarsiisaa.
card-what = Waan isaan gargaaran
card-where = Eessa
card-when = Yoom
card-phone = Bilbila
card-qr-caption = Fuula kana afaan keessaniin banuuf koodii kana iskaan godhaa
card-print = Maxxansaa
card-share = Qoodaa
card-copy-link = Liinkii garagalchaa
card-link-copied = Liinkiin garagalfameera
card-local-language = Barreeffama { $language }

## Dogoggora

error-not-found-title = Fuulli hin argamne
error-not-found-text = Fuulli isin gaafattan hin jiru.
error-bad-request-title = Gaaffii keessa wanti dogoggora ta'e jira
error-server-title = Wanti tokko dogoggoreera
error-server-text = Maaloo yeroo muraasa booda irra deebi'aa yaalaa.
error-back-home = Gara barbaachaatti deebi'aa

## Maqaa afaanotaa ("Afaanota asitti dubbataman" fi "Barreeffama …"f)

language-da = Afaan Deenmaark
language-en = Afaan Ingiliizii
language-ar = Afaan Arabaa
language-so = Afaan Somaalii
language-tr = Afaan Turkii
language-fa = Afaan Faarsii
language-fa-af = Afaan Daarii
language-ur = Afaan Urduu
language-ps = Afaan Pashtoo
language-ckb = Afaan Kurdii Giddugalaa (Sooraanii)
language-kmr = Afaan Kurdii Kaabaa (Kurmaanjii)
language-ti = Afaan Tigrinyaa
language-am = Afaan Amaaraa
language-uk = Afaan Yuukireen
language-ru = Afaan Raashiyaa
language-pl = Afaan Poolaand
language-ro = Afaan Roomaaniyaa
language-bs = Afaan Boosniyaa
language-sq = Afaan Albaaniyaa
language-vi = Afaan Veetinaam
language-th = Afaan Taayi
language-zh = Afaan Chaayinaa (salphifame)
language-ta = Afaan Taamil
language-bn = Afaan Bengaalii
language-hi = Afaan Hindii
language-pa = Afaan Punjaabii
language-es = Afaan Ispaanish
language-fr = Afaan Faransaay
language-de = Afaan Jarmanii
language-sw = Afaan Suwaahilii
language-om = Afaan Oromoo
language-fil = Afaan Filippiinoo

## Fuula API marsariitiiwwan michootaaf (/{lang}/api). Barreeffamoonni hojiiwwanii Afaan Ingiliiziin hafu.

api-title = API Nabo marsariitiiwwan michootaaf
api-intro = Kommuuneewwanii fi dhaabbileen barbaacha Nabo marsariitii ofii isaanii irratti agarsiisuu, ykn tarree kana sirna ofii isaanii irraa dubbisuu danda'u. Wanti armaan gadii hundi uummataaf banaa dha; daangaa keessatti bilisaan fayyadamuun ni danda'ama.
api-widget = Barbaacha marsariitii keessan irratti
api-widget-text = Sarara lamaan kana fuula keessan keessa maxxansaa. Afaanii fi naannoo jijjiiraa, furtuu bulchitoota Nabo irraa argattan fayyadamaa.
api-keys = Furtuuwwanii fi daangaalee
api-keys-text = Furtuu malee teessoo tokkoon tokkoon irraa gaaffilee baay'ina murtaa'e qofa erguu dandeessu. Furtuudhaan daangaa mataa keessanii qabaattu; furtuu akka "Authorization: Bearer" ykn akka paraameetira "key" ergaa. Deebiiwwan kuufamuu (cache) danda'u: ETag fi Cache-Control qabu.
api-formats = Ibsa maashiniin dubbifamuu danda'uu fi endpoint-oota Open Referral HSDS 3.0
api-operations = Hojiiwwan
api-needs-account = Tookenii akkaawuntii tokkoo barbaachisa (gulaaltotaaf).
api-parameters = Paraameetiroota
api-responses = Deebiiwwan
api-col-name = Maqaa
api-col-in = Iddoo
api-col-accepts = Gatiiwwan hayyamaman
api-col-description = Ibsa
api-col-status = Haala
api-required = dirqama
api-accepts-list = tarree { $items }
api-accepts-one-of = kanneen keessaa tokko: { $values }
api-accepts-range = { $min } hanga { $max }
api-accepts-min = yoo xiqqaate { $min }
api-accepts-max = yoo baay'ate { $max }
api-accepts-length = yoo baay'ate qubee { $length }
api-accepts-pattern = bifa { $pattern }
nav-api = Marsariitiiwwan michootaaf
