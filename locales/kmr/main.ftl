# Nabo web app — Kurmancî (kmr). Nasnameyên peyaman wek ên en/main.ftl in.
# Guhêrbar ($name û hwd.) ji aliyê sepanê ve têne dagirtin; wan wernegerînin.

## Çarçoveya sepanê

app-name = Nabo
app-tagline = Alîkariya rast a herêmî bibînin — bi zimanê xwe
nav-home = Lêgerîn
nav-skip-to-content = Derbasî naverokê bibin
footer-about = Nabo lîsteya xizmetên herêmî ye ji bo dilxwazên ku alîkariya jinan dikin da ku rêya xwe bibînin.
footer-privacy = Nabo li ser kesên ku hûn alîkariya wan dikin tiştekî tomar nake.
footer-demo-data = Daneyên nimûne: xizmetên ku têne nîşandan ne rast in.
offline-notice = Hûn ne girêdayî înternetê ne. Rûpelên ku we berê vekirine hîn jî dixebitin.

## Hilbijartina zimên

language-picker-label = Ziman
language-picker-button = Zimên biguherînin
language-picker-current = Zimanê niha: { $language }

## Lêgerîn

search-heading = Hûn ji bo çi alîkariyê dixwazin?
search-label = Li xizmetekê bigerin an jî hewcedariyê binivîsin
search-placeholder = mînak: jobcenter, divê pitika min were kontrolkirin
search-button = Bigerin
search-categories-heading = An jî cureyekî alîkariyê hilbijêrin
search-filters-heading = Lêgerînê teng bikin
filter-area-label = Şaredarî
filter-area-any = Hemû şaredarî
filter-category-label = Cureyê alîkariyê
filter-category-any = Hemû cureyên alîkariyê
filter-attributes-label = Divê pêşkêş bike
filter-open-now = Niha vekirî
filter-near-me = Nêzîkî min
filter-near-me-help = Cihê telefona we tenê ji bo rêzkirina li gorî dûrahiyê tê bikaranîn. Nayê tomarkirin.
filter-postcode-label = An jî koda posteyê
filter-apply = Encaman nîşan bidin
filter-clear = Parzûnan paqij bikin
geolocation-denied = Cihê we nayê dîtin. Li şûna wê şaredariyekê hilbijêrin an jî koda posteyê binivîsin.
geolocation-locating = Cihê we tê dîtin…

## Encam

results-count = { $count ->
    [0] Tu xizmet nehat dîtin
    [one] Xizmetek hat dîtin
   *[other] { $count } xizmet hatin dîtin
}
results-none-help = Peyvên din an kêmtir parzûnan biceribînin, an jî li jêr cureyekî alîkariyê hilbijêrin.
results-distance-m = { $distance } m dûr
results-distance-km = { $distance } km dûr
results-open-now = Niha vekirî ye
results-closed-now = Niha girtî ye
results-hours-unknown = Demjimêrên vekirinê nayên zanîn
results-shown-in = Bi { $language } tê nîşandan
results-next = Rûpela pêş
results-previous = Rûpela berê
results-page = Rûpel { $page } ji { $pages }

## Rûpela xizmetê

resource-about = Derbarê xizmetê de
resource-how-to-get-help = Hûn çawa dikarin alîkariyê bistînin
resource-opening-hours = Demjimêrên vekirinê
resource-contact = Têkilî
resource-address = Navnîşan
resource-call = Telefon bikin: { $phone }
resource-email = E-name binivîsin
resource-website = Malper
resource-map-osm = Li ser OpenStreetMap bibînin
resource-map-app = Di sepana nexşeyê de vekin
resource-languages-spoken = Zimanên ku li vir têne axaftin
resource-attributes = Baş e ku hûn bizanin
resource-verified = Di { $date } de ji aliyê edîtorekî ve hat kontrolkirin
resource-not-verified = Hîn ji aliyê edîtorekî ve nehatiye kontrolkirin
resource-shown-in = Ev nivîs bi { $language } tê nîşandan, ji ber ku hîn nehatiye wergerandin.
resource-make-card = Ji bo wê kartekê çêkin
resource-back-to-results = Vegerin encaman
resource-not-found = Ev xizmet tune ye an jî hatiye rakirin.

## Demjimêrên vekirinê

hours-open-now = Niha vekirî ye
hours-closed-now = Niha girtî ye
hours-opens-at = { $day } saet { $time } vedibe
hours-closes-at = Saet { $time } tê girtin
hours-unknown = Demjimêrên vekirinê nayên zanîn
hours-closed-day = Girtî
hours-always-open = Şev û roj vekirî
hours-public-holidays = Di betlaneyên fermî de girtî ye
day-mo = Duşem
day-tu = Sêşem
day-we = Çarşem
day-th = Pêncşem
day-fr = În
day-sa = Şemî
day-su = Yekşem
day-today = îro
day-tomorrow = sibê

## Karta şandinê

card-heading = Kart ji bo { $name }
card-choose-language = Zimanê wê
card-choose-button = Kartê çêkin
card-intro = Vê kartê li pêşwaziyê nîşan bidin.
card-what = Di çi de alîkarî dikin
card-where = Li ku
card-when = Kengê
card-phone = Telefon
card-qr-caption = Skan bikin da ku vê rûpelê bi zimanê xwe vekin
card-print = Çap bikin
card-share = Parve bikin
card-copy-link = Girêdanê kopî bikin
card-link-copied = Girêdan hat kopîkirin
card-local-language = Bi { $language }

## Çewtî

error-not-found-title = Rûpel nehat dîtin
error-not-found-text = Rûpela ku we xwest tune ye.
error-bad-request-title = Di daxwazê de tiştek çewt e
error-server-title = Tiştek çewt çû
error-server-text = Ji kerema xwe piştî demekê dîsa biceribînin.
error-back-home = Vegerin lêgerînê

## Navên zimanan (ji bo "zimanên ku li vir têne axaftin" û "bi … tê nîşandan")

language-da = Danîmarkî
language-en = Îngilîzî
language-ar = Erebî
language-so = Somalî
language-tr = Tirkî
language-fa = Farisî
language-fa-af = Derî
language-ur = Urdûyî
language-ps = Peştûyî
language-ckb = Kurdiya navîn (Soranî)
language-kmr = Kurdiya bakur (Kurmancî)
language-ti = Tigrînyayî
language-am = Amharî
language-uk = Ukraynî
language-ru = Rûsî
language-pl = Polonî
language-ro = Romanî
language-bs = Bosnî
language-sq = Albanî
language-vi = Vîetnamî
language-th = Tayî
language-zh = Çînî (hêsankirî)
language-ta = Tamîlî
language-bn = Bengalî
language-hi = Hindî
language-pa = Pencabî
language-es = Spanî
language-fr = Fransî
language-de = Almanî
language-sw = Swahîlî
language-om = Oromoyî
language-fil = Fîlîpînî

## Rûpela API ji bo malperên hevkaran (/{lang}/api). Nivîsên operasyonan bi Îngilîzî dimînin.

api-title = API ya Nabo ji bo malperên hevkaran
api-intro = Şaredarî û rêxistin dikarin lêgerîna Nabo li ser malperên xwe nîşan bidin, an jî lîsteyê ji pergalên xwe bixwînin. Her tiştê li jêr giştî ye û di nav sînoran de belaş tê bikaranîn.
api-widget = Lêgerîn li ser malpera we
api-widget-text = Van her du rêzan bixin nav rûpela xwe. Ziman û herêmê biguherînin, û mifteya ku we ji rêveberên Nabo wergirtiye bi kar bînin.
api-keys = Mifte û sînor
api-keys-text = Bê mifte hûn dikarin ji her navnîşanekê hejmareke sînorkirî ya daxwazan bişînin. Bi mifteyê sînorê we yê taybet heye; wê wekî "Authorization: Bearer" an wekî parametreya "key" bişînin. Bersiv dikarin di cache de bên hilanîn: ETag û Cache-Control di wan de hene.
api-formats = Danasîna ku makîne dikarin bixwînin û xalên dawî (endpoints) yên Open Referral HSDS 3.0
api-operations = Operasyon
api-needs-account = Tokena hesabekê pêwîst e (ji bo edîtoran).
api-parameters = Parametre
api-responses = Bersiv
api-col-name = Nav
api-col-in = Cih
api-col-accepts = Nirxên destûrdayî
api-col-description = Danasîn
api-col-status = Rewş
api-required = pêwîst
api-accepts-list = lîsteyeke { $items }
api-accepts-one-of = yek ji van: { $values }
api-accepts-range = ji { $min } heta { $max }
api-accepts-min = herî kêm { $min }
api-accepts-max = herî zêde { $max }
api-accepts-length = herî zêde { $length } tîp
api-accepts-pattern = bi şiklê { $pattern }
nav-api = Ji bo malperên hevkaran
