# Rûpelên edîtoran ên Nabo — Kurmancî (kmr). Nasnameyên peyaman wek ên en/editor.ftl in.
# Ji bo kesên ku lîsteyê rojane dikin: edîtor, wergêr, koordînator û rêveber.

## Têketin û derketin

login-title = Têketin
login-intro = Ji bo kesên ku lîsteyê rojane dikin: edîtor, wergêr û koordînator.
login-account = Hesab
login-password = Şîfre
login-submit = Têkevin
login-wrong = Hesab an şîfre çewt e.
login-throttled = { $minutes ->
    [one] Gelek hewldanên neserketî. Piştî deqeyekê dîsa biceribînin.
   *[other] Gelek hewldanên neserketî. Piştî { $minutes } deqeyan dîsa biceribînin.
}
login-required = Ji kerema xwe têkevin da ku bidomînin.
login-signed-out = Hûn ji hesabê derketin.
nav-editing = Sererastkirin
nav-sign-out = Derkevin
editor-signed-in-as = Têketî wekî { $account } ({ $role })
role-admin = rêveber
role-coordinator = koordînator
role-editor = edîtor
role-translator = wergêr

## Daxwazên redkirî

error-form-expired-title = Form nehat şandin
error-form-expired-text = Ji bo ewlehiya we, form tenê ji rûpela xwe tê qebûlkirin. Vegerin, rûpelê ji nû ve bar bikin û dîsa biceribînin.
error-forbidden-title = Destûr nîne
error-forbidden-text = Destûra hesabê we ji bo vê nîne. Edîtor tenê xizmetên herêmên xwe diguherînin.
error-too-many-title = Gelek daxwaz
error-too-many-text = Ji kerema xwe hinekî bisekinin û dîsa biceribînin.

## Lîsteya xizmetan

editor-dashboard-title = Xizmet
editor-new-resource = Xizmeta nû
editor-find-label = Bi nav an peyvan li xizmetekê bigerin
editor-find-button = Bigerin
editor-area-label = Herêm
editor-all-areas = Hemû herêm
editor-count = { $count ->
    [0] Tu xizmet nehat dîtin
    [one] Xizmetek
   *[other] { $count } xizmet
}
editor-col-name = Nav
editor-col-area = Herêm
editor-col-categories = Cureyên alîkariyê
editor-edit = Sererast bikin
editor-page-previous = Berê
editor-page-next = Pêş
editor-archived-heading = Xizmetên arşîvkirî
editor-archived-none = Tiştek nehatiye arşîvkirin.
editor-archived-when = Di { $date } de ji aliyê { $account } ve hat arşîvkirin

## Sererastkirina xizmetekê

editor-new-title = Xizmeta nû
editor-edit-title = Sererastkirin: { $name }
editor-version = Guherto { $version }, di { $date } de hat tomarkirin
editor-section-basics = Derbarê xizmetê de
editor-section-texts = Nivîs
editor-section-contact = Navnîşan û têkilî
editor-section-access = Demjimêrên vekirinê û gihîştin
editor-texts-in = Nivîs bi { $language }
editor-texts-source = zimanê ku nivîs pêşî pê têne nivîsandin
editor-add-language = Nivîsan bi zimanekî din lê zêde bikin
editor-choose-language = Zimanekî hilbijêrin
editor-field-id = Nasname (Id)
editor-field-id-hint = Tîpên latînî yên biçûk (bê ç, ê, î, ş, û), hejmar û xêzik (-), mînak: jobcenter-aarhus. Paşê nayê guhertin.
editor-field-area = Şaredarî an herêm
editor-field-categories = Cureyên alîkariyê
editor-field-source-language = Zimanê ku nivîs pêşî pê têne nivîsandin
editor-field-name = Nav
editor-field-summary = Kurte (yek hevok)
editor-field-description = Danasîn
editor-field-access = Hûn çawa dikarin alîkariyê bistînin
editor-field-street = Kolan û hejmar
editor-field-postcode = Koda posteyê
editor-field-city = Bajar
editor-field-country = Koda welat
editor-field-country-hint = Du tîpên latînî yên mezin, mînak: DK
editor-field-lat = Firehî (latitude)
editor-field-lon = Dirêjahî (longitude)
editor-field-phone = Telefon
editor-field-email = E-name
editor-field-website = Malper
editor-field-opening-hours = Demjimêrên vekirinê
editor-field-opening-hours-hint = Bi awayê OpenStreetMap, mînak: Mo-Fr 09:00-15:00; PH off
editor-field-languages-spoken = Zimanên ku li xizmetê têne axaftin
editor-field-languages-spoken-hint = Kodên zimanan, bi bêhnokê ji hev veqetandî, mînak: da, ar, so
editor-field-attributes = Gihîştin
editor-field-record = Xizmet
editor-field-verified-at = Kontrola dawî
editor-create = Çêkin
editor-save = Tomar bikin
editor-archive = Arşîv bikin
editor-restore = Vegerînin
editor-history = Dîrok
editor-back = Vegerin lîsteyê
editor-view-public = Rûpela giştî nîşan bidin
editor-created = Hat çêkirin. Xizmet niha di lêgerînê de tê dîtin.
editor-saved = Wekî guherto { $version } hat tomarkirin. Lêgerîn niha guhertinê nîşan dide.
editor-unchanged = Tiştek nehat guhertin.
editor-archived = Hat arşîvkirin. Êdî di lêgerînê de nayê dîtin, û dikare were vegerandin.
editor-restored = Wekî guherto { $version } hat vegerandin. Dîsa di lêgerînê de tê dîtin.
editor-errors-summary = { $count ->
    [one] Xizmet nehat tomarkirin: ji kerema xwe pirsgirêkekê rast bikin.
   *[other] Xizmet nehat tomarkirin: ji kerema xwe { $count } pirsgirêkan rast bikin.
}
editor-exists = Xizmetek bi vê nasnameyê jixwe heye, an jî hatiye arşîvkirin. Nasnameyeke din hilbijêrin, an jî ya arşîvkirî vegerînin.
problem-required = Ev pêwîst e.
problem-invalid = Ev nirx nayê qebûlkirin.
problem-unknown = Lîste vê nirxê nas nake.
problem-duplicate = Ev du caran hatiye dayîn.
problem-too-long = Ev pir dirêj e.

## Du kes di heman demê de tomar dikin

editor-conflict-title = Dema ku we sererast dikir, kesekî din ev xizmet tomar kir
editor-conflict-text = Guhertinên we hîn nehatine tomarkirin. Wan bi guhertoya tomarkirî re bidin ber hev, paşê ji bo ku yên we bimînin dîsa tomar bikin, an jî rûpelê ji nû ve bar bikin da ku ji guhertoya tomarkirî dest pê bikin.
editor-conflict-field = Qad
editor-conflict-yours = Guhertoya we
editor-conflict-saved = Guhertoya tomarkirî ({ $version })
editor-conflict-empty = (vala)
editor-conflict-reload = Ji guhertoya tomarkirî ji nû ve dest pê bikin

## Dîrok

history-title = Dîrok: { $name }
history-version = Guherto { $version }
history-when = Kengê
history-who = Kî
history-kind-import = Hat împortkirin
history-kind-edit = Hat sererastkirin
history-kind-archive = Hat arşîvkirin
history-kind-restore = Ji arşîvê hat vegerandin
history-kind-revert = Guhertoyeke berê hat vegerandin
history-kind-delete = Hat jêbirin
history-kind-verify = Hat piştrastkirin ku rast e
history-by-import = împortek
history-field = Qad
history-before = Berê
history-after = Paşê
history-no-changes = Tu qad nehat guhertin.
history-first = Guhertoya yekem.
history-unknown = Ev guherto ji dîroka parastî kevntir e.
history-revert = Vê guhertoyê vegerînin
history-current = Guhertoya niha
history-reverted = Guherto { $old } wekî guherto { $version } hat vegerandin.

## Navîgasyona rûpelên edîtoran

nav-translations = Werger
nav-checking = Kontrol pêwîst e
nav-reports = Rapor

## Werger

translations-title = Werger
translations-language-label = Wergerandin bo zimanê
translations-show = Nîşan bidin
translations-count = { $count ->
    [0] Tu werger ne kêm e û ne kevn e.
    [one] Xizmetek divê were wergerandin.
   *[other] { $count } xizmet divê werin wergerandin.
}
translations-col-resource = Xizmet
translations-col-missing = Newergerandî
translations-col-outdated = Kevn
translations-col-views = Hejmara dîtinan
translations-translate = Wergerînin
translations-export = Yên newergerandî wekî XLIFF daxînin
translations-export-from = Wergerandin ji zimanê
translations-import-heading = Wergeran împort bikin
translations-import-label = Pelê XLIFF
translations-import-submit = Împort bikin
translations-imported = { $count ->
    [one] Wergerek hat tomarkirin.
   *[other] { $count } werger hatin tomarkirin.
}
translations-untranslated = { $count ->
    [one] Nivîsek bê werger ma.
   *[other] { $count } nivîs bê werger man.
}
translations-refused = Ev nehatin tomarkirin:
status-missing = newergerandî
status-outdated = kevn
status-current = rojane
status-reviewed = hatiye venêrîn
translate-title = Werger: { $name }
translate-into = Bo zimanê { $language }
translate-source = Nivîsa eslî ({ $language })
translate-target = Werger ({ $language })
translate-status = Rewş: { $status }
translate-proposal = Ji bîra wergerê hatiye pêşniyarkirin: berî tomarkirinê kontrol bikin.
translate-save = Wergerê tomar bikin
translate-review = Nîşan bikin ku hatiye venêrîn
translate-saved = Werger hat tomarkirin.
translate-reviewed = Hat nîşankirin ku hatiye venêrîn.
editor-translations-heading = Werger
editor-translate-into = Bo zimanê { $language } wergerînin

## Piştrastkirin

editor-verify = Piştrast bikin ku îro rast e
editor-verified = Îro hat piştrastkirin ku rast e.
editor-last-verified = Piştrastkirina dawî: { $date }
editor-never-verified = Qet nehatiye piştrastkirin
checking-title = Kontrol pêwîst e
checking-intro = { $months ->
    [one] Xizmetên ku mehek e kesî piştrast nekirine, yên herî kevn pêşî.
   *[other] Xizmetên ku { $months } meh in kesî piştrast nekirine, yên herî kevn pêşî.
}
checking-months = Çend meh bê piştrastkirin
checking-col-verified = Piştrastkirina dawî
checking-col-by = Ji aliyê
checking-never = qet
checking-none = Her tiştê li vir di demên dawî de hatiye piştrastkirin.

## Raporên dilxwazan

reports-title = Raporên dilxwazan
reports-none = Tu rapor li benda kontrolê nîne.
reports-col-resource = Xizmet
reports-col-category = Çi guheriye
reports-col-note = Not
reports-col-date = Dîroka şandinê
reports-resolve = Temam
reports-dismiss = Red bikin
reports-closed = Rapor hat girtin.
report-category-closed = Hatiye girtin û êdî naxebite
report-category-moved = Çûye cihekî din
report-category-hours = Demjimêrên vekirinê çewt in
report-category-phone = Hejmara telefonê çewt e
report-category-other = Tiştekî din
report-link = Tiştek guheriye? Ji me re bibêjin
report-title = Tiştek guheriye?
report-intro = Ji edîtoran re bibêjin ka çi li ser { $name } êdî ne rast e.
report-privacy = Tu navan nenivîsin. Li ser kesên ku hûn alîkariya wan dikin tiştekî nenivîsin.
report-category-label = Çi guheriye?
report-note-label = Notek kurt (ne mecbûrî)
report-note-hint = Herî zêde 280 tîp. Nav, hejmarên telefonê û agahiyên kesane nenivîsin.
report-submit = Bişînin
report-thanks = Spas. Edîtorên vê herêmê dê wê kontrol bikin.
report-invalid = Hilbijêrin ka çi guheriye, û notê di bin 280 tîpan de bihêlin.

## Hesab (ji bo rêveberan)

nav-accounts = Hesab
accounts-title = Hesab
accounts-col-login = Navê têketinê
accounts-col-role = Rol
accounts-col-scope = Herêm an ziman
accounts-col-state = Rewş
accounts-active = çalak
accounts-disabled = neçalak
accounts-disable = Neçalak bikin
accounts-enable = Çalak bikin
accounts-reset = Şîfreya nû
accounts-new = Hesabê nû
accounts-id = Navê têketinê
accounts-id-hint = Tîpên latînî yên biçûk (bê ç, ê, î, ş, û), hejmar û xêzik (-), mînak: amina-aarhus
accounts-role = Rol
accounts-areas = Herêm (ji bo edîtoran)
accounts-areas-hint = Yek an çend herêman hilbijêrin; herêmek herêmên di nav xwe de jî dihewîne.
accounts-languages = Ziman (ji bo wergêran)
accounts-create = Hesab çêkin
accounts-password-for = Şîfreya { $account }:
accounts-password-once = Ev şîfre tenê niha, tenê carekê tê nîşandan. Wê bi awayekî ewle bigihînin wî kesî; ew dikare yekser pê têkeve.
accounts-refused = Hesab nehat tomarkirin.

## Mifteyên API yên malperên hevkaran (tenê ji bo rêveberan)

nav-keys = Mifteyên hevkaran
keys-title = Mifteyên API yên malperên hevkaran
keys-intro = Şaredarî û rêxistinên ku lêgerîna Nabo li ser malpera xwe nîşan didin, pêdiviya wan bi mifteyekê heye. Mifteyek di gerokan de tenê li ser wan navnîşanên webê dixebite ku ji bo wê hatine nivîsandin, û tenê bi qasî ku sînorê wê destûrê dide.
keys-issued-for = Mifteyeke nû ji bo { $partner }:
keys-once = Niha wê kopî bikin û bidin hevkar: ew tenê vê carê tê nîşandan û careke din nayê dîtin.
keys-embed = Hevkar van her du rêzan dixe nav rûpela xwe:
keys-refused = Mifte nehat çêkirin:
keys-none = Hîn tu mifte tune ne.
keys-col-name = Hevkar
keys-col-origins = Navnîşanên webê
keys-col-rate = Sînor
keys-col-state = Rewş
keys-per-minute = { $rate } di deqîqeyê de
keys-active = Tê bikaranîn
keys-revoked = Betalkirî
keys-revoke = Betal bikin
keys-new = Mifteya nû
keys-name = Hevkar (mifte ji bo kê ye)
keys-origins = Navnîşanên webê yên ku destûra wan heye mifteyê bi kar bînin
keys-origins-hint = Mînak: https://kommune.example, bi valahî an bêhnokê ji hev veqetandî. Ji bo mifteyeke ku tenê ji serverekê tê bikaranîn, vala bihêlin.
keys-rate = Daxwaz di deqîqeyê de
keys-create = Mifte çêkin
