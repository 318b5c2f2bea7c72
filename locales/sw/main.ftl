# Nabo web app — Kiswahili (sw). Vitambulisho vya ujumbe ni sawa na vya en/main.ftl.
# Vigezo ($name n.k.) hujazwa na programu; usivitafsiri.

## Muundo wa programu

app-name = Nabo
app-tagline = Pata msaada sahihi karibu nawe — kwa lugha yako
nav-home = Tafuta
nav-skip-to-content = Ruka hadi maudhui
footer-about = Nabo ni orodha ya huduma za karibu kwa ajili ya wajitolea wanaowasaidia wanawake kupata njia yao.
footer-privacy = Nabo haihifadhi chochote kuhusu watu unaowasaidia.
footer-demo-data = Data ya mfano: huduma zinazoonyeshwa ni za kubuni.
offline-notice = Huna mtandao. Kurasa ulizofungua awali bado zinafanya kazi.

## Kuchagua lugha

language-picker-label = Lugha
language-picker-button = Badilisha lugha
language-picker-current = Lugha ya sasa: { $language }

## Utafutaji

search-heading = Unahitaji msaada gani?
search-label = Tafuta huduma au eleza unachohitaji
search-placeholder = k.m. jobcenter, mtoto wangu anahitaji kupimwa
search-button = Tafuta
search-categories-heading = Au chagua aina ya msaada
search-filters-heading = Punguza matokeo
filter-area-label = Manispaa
filter-area-any = Manispaa zote
filter-category-label = Aina ya msaada
filter-category-any = Aina zote za msaada
filter-attributes-label = Lazima itoe
filter-open-now = Wazi sasa
filter-near-me = Karibu nami
filter-near-me-help = Mahali simu yako ilipo hutumika tu kupanga kwa umbali. Hapahifadhiwi.
filter-postcode-label = Au msimbo wa posta
filter-apply = Onyesha matokeo
filter-clear = Futa vichujio
geolocation-denied = Mahali ulipo hapapatikani. Badala yake chagua manispaa au andika msimbo wa posta.
geolocation-locating = Inatafuta mahali ulipo…

## Matokeo

results-count = { $count ->
    [0] Hakuna huduma iliyopatikana
    [one] Huduma moja imepatikana
   *[other] Huduma { $count } zimepatikana
}
results-none-help = Jaribu maneno mengine, vichujio vichache, au chagua aina ya msaada hapa chini.
results-distance-m = Umbali: { $distance } m
results-distance-km = Umbali: { $distance } km
results-open-now = Wazi sasa
results-closed-now = Imefungwa sasa
results-hours-unknown = Saa za kufungua hazijulikani
results-shown-in = Imeonyeshwa kwa { $language }
results-next = Ukurasa unaofuata
results-previous = Ukurasa uliopita
results-page = Ukurasa { $page } kati ya { $pages }

## Ukurasa wa huduma

resource-about = Kuhusu huduma
resource-how-to-get-help = Jinsi ya kupata msaada
resource-opening-hours = Saa za kufungua
resource-contact = Mawasiliano
resource-address = Anwani
resource-call = Piga { $phone }
resource-email = Andika barua pepe
resource-website = Tovuti
resource-map-osm = Onyesha kwenye OpenStreetMap
resource-map-app = Fungua kwenye programu ya ramani
resource-languages-spoken = Lugha zinazozungumzwa hapa
resource-attributes = Ni vizuri kujua
resource-verified = Imekaguliwa na mhariri tarehe { $date }
resource-not-verified = Bado haijakaguliwa na mhariri
resource-shown-in = Maandishi haya yanaonyeshwa kwa { $language } kwa sababu bado hayajatafsiriwa.
resource-make-card = Mtengenezee kadi
resource-back-to-results = Rudi kwenye matokeo
resource-not-found = Huduma hii haipo au imeondolewa.

## Saa za kufungua

hours-open-now = Wazi sasa
hours-closed-now = Imefungwa sasa
hours-opens-at = Inafunguliwa { $day }, { $time }
hours-closes-at = Inafungwa { $time }
hours-unknown = Saa za kufungua hazijulikani
hours-closed-day = Imefungwa
hours-always-open = Wazi mchana na usiku
hours-public-holidays = Imefungwa siku za sikukuu
day-mo = Jumatatu
day-tu = Jumanne
day-we = Jumatano
day-th = Alhamisi
day-fr = Ijumaa
day-sa = Jumamosi
day-su = Jumapili
day-today = leo
day-tomorrow = kesho

## Kadi ya rufaa

card-heading = Kadi ya { $name }
card-choose-language = Lugha yake
card-choose-button = Tengeneza kadi
card-intro = Onyesha kadi hii mapokezi.
card-what = Wanasaidia nini
card-where = Wapi
card-when = Lini
card-phone = Simu
card-qr-caption = Changanua ili kufungua ukurasa huu kwa lugha yako
card-print = Chapisha
card-share = Shiriki
card-copy-link = Nakili kiungo
card-link-copied = Kiungo kimenakiliwa
card-local-language = Kwa { $language }

## Makosa

error-not-found-title = Ukurasa haukupatikana
error-not-found-text = Ukurasa uliouomba haupo.
error-bad-request-title = Kuna kitu kisicho sahihi katika ombi
error-server-title = Kuna hitilafu imetokea
error-server-text = Tafadhali jaribu tena baada ya muda mfupi.
error-back-home = Rudi kwenye utafutaji

## Majina ya lugha (hutumika kwa "lugha zinazozungumzwa hapa" na "imeonyeshwa kwa …")

language-da = Kidenmaki
language-en = Kiingereza
language-ar = Kiarabu
language-so = Kisomali
language-tr = Kituruki
language-fa = Kiajemi
language-fa-af = Kidari
language-ur = Kiurdu
language-ps = Kipashto
language-ckb = Kikurdi cha Kati (Sorani)
language-kmr = Kikurdi cha Kaskazini (Kurmanji)
language-ti = Kitigrinya
language-am = Kiamhari
language-uk = Kiukreni
language-ru = Kirusi
language-pl = Kipolandi
language-ro = Kiromania
language-bs = Kibosnia
language-sq = Kialbania
language-vi = Kivietinamu
language-th = Kithai
language-zh = Kichina (Rahisi)
language-ta = Kitamili
language-bn = Kibengali
language-hi = Kihindi
language-pa = Kipunjabi
language-es = Kihispania
language-fr = Kifaransa
language-de = Kijerumani
language-sw = Kiswahili
language-om = Kioromo
language-fil = Kifilipino

## Ukurasa wa API kwa tovuti za washirika (/{lang}/api). Maandishi ya operesheni yanabaki kwa Kiingereza.

api-title = API ya Nabo kwa tovuti za washirika
api-intro = Manispaa na mashirika yanaweza kuonyesha utafutaji wa Nabo kwenye tovuti zao, au kusoma orodha kutoka kwenye mifumo yao wenyewe. Kila kitu kilicho hapa chini ni cha umma na ni bure kutumia ndani ya vikomo.
api-widget = Utafutaji kwenye tovuti yako
api-widget-text = Bandika mistari hii miwili kwenye ukurasa wako. Badilisha lugha na eneo, na utumie ufunguo uliopewa na wasimamizi wa Nabo.
api-keys = Funguo na vikomo
api-keys-text = Bila ufunguo unaweza kutuma idadi ndogo ya maombi kutoka kila anwani. Ukiwa na ufunguo unapata kikomo chako mwenyewe; utume kama "Authorization: Bearer" au kama kigezo "key". Majibu yanaweza kuhifadhiwa kwenye akiba (cache): yana ETag na Cache-Control.
api-formats = Maelezo yanayosomeka na mashine na endpoints za Open Referral HSDS 3.0
api-operations = Operesheni
api-needs-account = Inahitaji tokeni ya akaunti (kwa wahariri).
api-parameters = Vigezo
api-responses = Majibu
api-col-name = Jina
api-col-in = Mahali
api-col-accepts = Thamani zinazokubalika
api-col-description = Maelezo
api-col-status = Hali
api-required = lazima
api-accepts-list = orodha ya { $items }
api-accepts-one-of = mojawapo ya: { $values }
api-accepts-range = kuanzia { $min } hadi { $max }
api-accepts-min = angalau { $min }
api-accepts-max = si zaidi ya { $max }
api-accepts-length = herufi zisizozidi { $length }
api-accepts-pattern = kwa muundo wa { $pattern }
nav-api = Kwa tovuti za washirika
