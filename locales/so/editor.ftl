# Bogagga tifaftirayaasha Nabo — Soomaali (so). Aqoonsiyada fariimaha waa kuwa en/editor.ftl oo kale.
# Waxaa loogu talagalay dadka liiska cusboonaysiiya: tifaftirayaasha, turjubaannada, isku-duwayaasha iyo maamulayaasha.

## Soo gelitaanka iyo ka bixitaanka

login-title = Soo gal
login-intro = Waxaa loogu talagalay dadka liiska cusboonaysiiya: tifaftirayaasha, turjubaannada iyo isku-duwayaasha.
login-account = Akoonka
login-password = Erayga sirta ah
login-submit = Soo gal
login-wrong = Akoonka ama erayga sirta ah waa khalad.
login-throttled = { $minutes ->
    [one] Isku dayo aad u badan ayaa fashilmay. Fadlan mar kale isku day hal daqiiqo kadib.
   *[other] Isku dayo aad u badan ayaa fashilmay. Fadlan mar kale isku day { $minutes } daqiiqo kadib.
}
login-required = Fadlan soo gal si aad u sii wadato.
login-signed-out = Waad ka baxday.
nav-editing = Tafatirka
nav-sign-out = Ka bax
editor-signed-in-as = Waxaad ku gashay { $account } ({ $role })
role-admin = maamule
role-coordinator = isku-duwe
role-editor = tifaftire
role-translator = turjubaan

## Diidmooyin

error-form-expired-title = Foomka lama diri karin
error-form-expired-text = Amnigaaga awgeed, foomka waxaa laga aqbalaa oo keliya bogga uu ka tirsan yahay. Dib u noqo, bogga cusbooneysii, kadibna mar kale isku day.
error-forbidden-title = Lama oggola
error-forbidden-text = Akoonkaagu ma samayn karo tan. Tifaftirayaashu waxay beddelaan adeegyada deegaannadooda oo keliya.
error-too-many-title = Codsiyo aad u badan
error-too-many-text = Fadlan wax yar sug, kadibna mar kale isku day.

## Liiska adeegyada

editor-dashboard-title = Adeegyada
editor-new-resource = Adeeg cusub
editor-find-label = Ka hel adeeg magaciisa ama erayo
editor-find-button = Raadi
editor-area-label = Deegaanka
editor-all-areas = Dhammaan deegaannada
editor-count = { $count ->
    [0] Wax adeeg ah lama helin
    [one] Hal adeeg
   *[other] { $count } adeeg
}
editor-col-name = Magaca
editor-col-area = Deegaanka
editor-col-categories = Qaybaha
editor-edit = Wax ka beddel
editor-page-previous = Boggii hore
editor-page-next = Bogga xiga
editor-archived-heading = Adeegyada arkiifka ku jira
editor-archived-none = Arkiifka waxba kuma jiraan.
editor-archived-when = Waxaa arkiifka geliyay { $account }, taariikhda { $date }

## Wax ka beddelka adeeg

editor-new-title = Adeeg cusub
editor-edit-title = Wax ka beddel: { $name }
editor-version = Nuqulka { $version }, la kaydiyay { $date }
editor-section-basics = Ku saabsan adeegga
editor-section-texts = Qoraallada
editor-section-contact = Cinwaanka iyo xiriirka
editor-section-access = Saacadaha furitaanka iyo helitaanka
editor-texts-in = Qoraallada ku qoran { $language }
editor-texts-source = luqadda qoraallada marka hore lagu qoro
editor-add-language = Ku dar qoraallo luqad kale ah
editor-choose-language = Dooro luqad
editor-field-id = Aqoonsiga (id)
editor-field-id-hint = Xarfo yaryar, tirooyin iyo xariijimo, tusaale: jobcenter-aarhus. Hadhow lama beddeli karo.
editor-field-area = Kommuunka ama deegaanka
editor-field-categories = Noocyada caawimaadda
editor-field-source-language = Luqadda qoraallada marka hore lagu qoro
editor-field-name = Magaca
editor-field-summary = Soo koobid (hal jumlad)
editor-field-description = Sharaxaad
editor-field-access = Sida caawimaad loo helo
editor-field-street = Waddada iyo lambarka
editor-field-postcode = Lambarka boostada
editor-field-city = Magaalada
editor-field-country = Koodhka dalka
editor-field-country-hint = Laba xaraf oo waaweyn, tusaale: DK
editor-field-lat = Loolka (latitude)
editor-field-lon = Dhererka (longitude)
editor-field-phone = Taleefan
editor-field-email = Iimayl
editor-field-website = Bogga internetka
editor-field-opening-hours = Saacadaha furitaanka
editor-field-opening-hours-hint = Qaabka OpenStreetMap, tusaale: Mo-Fr 09:00-15:00; PH off
editor-field-languages-spoken = Luqadaha adeegga lagaga hadlo
editor-field-languages-spoken-hint = Koodhadhka luqadaha oo hakad lagu kala saaray, tusaale: da, ar, so
editor-field-attributes = Helitaanka
editor-field-record = Adeegga
editor-field-verified-at = Markii ugu dambeysay ee la hubiyay
editor-create = Samee
editor-save = Kaydi
editor-archive = Geli arkiifka
editor-restore = Soo celi
editor-history = Taariikhda
editor-back = Ku noqo liiska
editor-view-public = Tus bogga dadweynaha
editor-created = Waa la sameeyay. Adeegga hadda waa laga heli karaa raadinta.
editor-saved = Waxaa loo kaydiyay nuqulka { $version }. Raadintu hadda way muujinaysaa isbeddelka.
editor-unchanged = Waxba lama beddelin.
editor-archived = Waxaa la geliyay arkiifka. Hadda lagama helo raadinta, dib baana loo soo celin karaa.
editor-restored = Waa la soo celiyay, waana nuqulka { $version }. Mar kale waa laga heli karaa raadinta.
editor-errors-summary = { $count ->
    [one] Adeegga lama kaydin: fadlan sax hal dhibaato.
   *[other] Adeegga lama kaydin: fadlan sax { $count } dhibaato.
}
editor-exists = Adeeg leh aqoonsigan ayaa horay u jira, ama arkiifka ayuu ku jiraa. Dooro aqoonsi kale, ama soo celi adeegga arkiifka ku jira.
problem-required = Tan waa qasab.
problem-invalid = Qiimahan lama aqbalo.
problem-unknown = Liisku ma yaqaan qiimahan.
problem-duplicate = Tan laba jeer ayaa la qoray.
problem-too-long = Tani aad bay u dheer tahay.

## Laba qof oo isku mar kaydinaya

editor-conflict-title = Qof kale ayaa adeeggan kaydiyay intii aad wax ka beddelaysay
editor-conflict-text = Isbeddelladaadu weli lama kaydin. Barbar dhig nuqulka la kaydiyay, kadibna mar kale kaydi si aad kuwaaga u haysato, ama bogga cusbooneysii si aad uga bilowdo nuqulka la kaydiyay.
editor-conflict-field = Goobta
editor-conflict-yours = Nuqulkaaga
editor-conflict-saved = Nuqulka la kaydiyay ({ $version })
editor-conflict-empty = (madhan)
editor-conflict-reload = Dib uga bilow nuqulka la kaydiyay

## Taariikhda

history-title = Taariikhda: { $name }
history-version = Nuqulka { $version }
history-when = Goorma
history-who = Yaa
history-kind-import = La soo geliyay (import)
history-kind-edit = Wax laga beddelay
history-kind-archive = Arkiifka la geliyay
history-kind-restore = La soo celiyay
history-kind-revert = Nuqul hore ayaa dib loo soo celiyay
history-kind-delete = La tirtiray
history-kind-verify = Waxaa la xaqiijiyay inuu sax yahay
history-by-import = soo gelin (import)
history-field = Goobta
history-before = Kahor
history-after = Kadib
history-no-changes = Wax goob ah lama beddelin.
history-first = Nuqulkii ugu horreeyay.
history-unknown = Nuqulkan wuu ka horreeyaa taariikhda la hayo.
history-revert = Dib u soo celi nuqulkan
history-current = Nuqulka hadda
history-reverted = Nuqulka { $old } waxaa dib loo soo celiyay, wuxuuna noqday nuqulka { $version }.

## Hagidda bogagga tifaftirayaasha

nav-translations = Turjumaadaha
nav-checking = U baahan hubin
nav-reports = Warbixinnada

## Turjumaadaha

translations-title = Turjumaadaha
translations-language-label = Luqadda loo turjumayo
translations-show = Tus
translations-count = { $count ->
    [0] Waxba ma maqna, waxna ma duugoobin.
    [one] Hal adeeg ayaa u baahan turjumaad.
   *[other] { $count } adeeg ayaa u baahan turjumaad.
}
translations-col-resource = Adeegga
translations-col-missing = Maqan
translations-col-outdated = Duugoobay
translations-col-views = Booqashooyinka
translations-translate = Turjun
translations-export = Soo deji waxa maqan, qaabka XLIFF
translations-export-from = Luqadda laga turjumayo
translations-import-heading = Soo celi turjumaadaha diyaarka ah
translations-import-label = Faylka XLIFF
translations-import-submit = Soo geli
translations-imported = { $count ->
    [one] Hal turjumaad ayaa la kaydiyay.
   *[other] { $count } turjumaad ayaa la kaydiyay.
}
translations-untranslated = { $count ->
    [one] Hal qoraal ayaan la turjumin.
   *[other] { $count } qoraal ayaan la turjumin.
}
translations-refused = Kuwan lama kaydin:
status-missing = maqan
status-outdated = duugoobay
status-current = cusboonaysiisan
status-reviewed = dib loo eegay
translate-title = Turjun: { $name }
translate-into = Luqadda loo turjumayo: { $language }
translate-source = Qoraalka asalka ah ({ $language })
translate-target = Turjumaadda ({ $language })
translate-status = Xaaladda: { $status }
translate-proposal = Soo jeedin ka timid kaydka turjumaadaha: hubi ka hor intaadan kaydin.
translate-save = Kaydi turjumaadda
translate-review = Calaamadee in dib loo eegay
translate-saved = Turjumaadda waa la kaydiyay.
translate-reviewed = Waxaa lagu calaamadeeyay in dib loo eegay.
editor-translations-heading = Turjumaadaha
editor-translate-into = U turjun { $language }

## Xaqiijinta

editor-verify = Xaqiiji inuu maanta sax yahay
editor-verified = Waxaa la xaqiijiyay inuu maanta sax yahay.
editor-last-verified = Markii ugu dambeysay ee la xaqiijiyay: { $date }
editor-never-verified = Weligii lama xaqiijin
checking-title = U baahan hubin
checking-intro = { $months ->
    [one] Adeegyo aan qofna xaqiijin muddo bil ah, kuwa ugu duugsan marka hore.
   *[other] Adeegyo aan qofna xaqiijin muddo { $months } bilood ah, kuwa ugu duugsan marka hore.
}
checking-months = Tirada bilaha aan la xaqiijin
checking-col-verified = Markii ugu dambeysay ee la xaqiijiyay
checking-col-by = Qofka
checking-never = weligii
checking-none = Wax walba oo halkan ku jira dhawaan ayaa la xaqiijiyay.

## Warbixinnada goobta

reports-title = Warbixinnada goobta
reports-none = Ma jiraan warbixino furan.
reports-col-resource = Adeegga
reports-col-category = Waxa isbeddelay
reports-col-note = Faallo
reports-col-date = Taariikhda la diray
reports-resolve = Waa la qabtay
reports-dismiss = Iska dhaaf
reports-closed = Warbixinta waa la xiray.
report-category-closed = Adeeggu wuu xirmay, mar dambe ma furmo
report-category-moved = Adeeggu meel kale ayuu u guuray
report-category-hours = Saacadaha furitaanka waa khalad
report-category-phone = Lambarka taleefanka waa khalad
report-category-other = Wax kale
report-link = Wax ma isbeddelay? Noo sheeg
report-title = Wax ma isbeddelay?
report-intro = U sheeg tifaftirayaasha waxa aan hadda sax ahayn ee ku saabsan { $name }.
report-privacy = Ha qorin magacyo, hana qorin wax ku saabsan qofka aad caawiso.
report-category-label = Maxaa isbeddelay?
report-note-label = Faallo gaaban (ikhtiyaari)
report-note-hint = Ugu badnaan 280 xaraf. Ha qorin magacyo, lambarro taleefan ama xog shakhsi ah.
report-submit = Dir
report-thanks = Mahadsanid. Tifaftirayaasha deegaankan ayaa hubin doona.
report-invalid = Dooro waxa isbeddelay, faalladana ku qor 280 xaraf ama ka yar.

## Akoonnada (loogu talagalay maamulayaasha)

nav-accounts = Akoonnada
accounts-title = Akoonnada
accounts-col-login = Magaca soo gelitaanka
accounts-col-role = Doorka
accounts-col-scope = Deegaannada ama luqadaha
accounts-col-state = Xaaladda
accounts-active = firfircoon
accounts-disabled = la joojiyay
accounts-disable = Jooji
accounts-enable = Hawlgeli
accounts-reset = Eray sir ah oo cusub
accounts-new = Akoon cusub
accounts-id = Magaca soo gelitaanka
accounts-id-hint = Xarfo yaryar, tirooyin iyo xariijimo, tusaale: amina-aarhus
accounts-role = Doorka
accounts-areas = Deegaannada (loogu talagalay tifaftirayaasha)
accounts-areas-hint = Dooro hal ama dhowr; deegaan kasta wuxuu sidoo kale ka kooban yahay deegaannada gudihiisa ku jira.
accounts-languages = Luqadaha (loogu talagalay turjubaannada)
accounts-create = Samee akoonka
accounts-password-for = Erayga sirta ah ee { $account }:
accounts-password-once = Erayga sirta ah hadda oo keliya ayaa la tusayaa; mar dambe lama arki doono. Qofka si ammaan ah ugu gudbi; isla markiiba wuu ku soo geli karaa.
accounts-refused = Akoonka lama kaydin.

## Furayaasha API ee bogagga la-hawlgalayaasha (loogu talagalay maamulayaasha oo keliya)

nav-keys = Furayaasha la-hawlgalayaasha
keys-title = Furayaasha API ee bogagga la-hawlgalayaasha
keys-intro = Kommuunnada iyo hay'adaha ku soo bandhiga raadinta Nabo bogaggooda internetka waxay u baahan yihiin fure. Furuhu wuxuu ka shaqeeyaa daalacayaasha (browsers) oo keliya cinwaannada webka ee loogu qoray, oo keliya inta jeer ee xadkiisu oggol yahay.
keys-issued-for = Fure cusub oo loogu talagalay { $partner }:
keys-once = Hadda koobiyee oo sii la-hawlgalaha: hal mar oo keliya ayaa la tusayaa, mar dambena lama arki karo.
keys-embed = La-hawlgaluhu wuxuu labadan sadar ku dhejinayaa boggiisa:
keys-refused = Furaha lama samayn:
keys-none = Weli ma jiraan furayaal.
keys-col-name = La-hawlgalaha
keys-col-origins = Cinwaannada webka
keys-col-rate = Xadka
keys-col-state = Xaaladda
keys-per-minute = { $rate } daqiiqaddii
keys-active = Waa la isticmaalayaa
keys-revoked = Waa la buriyay
keys-revoke = Buri
keys-new = Fure cusub
keys-name = La-hawlgalaha (furaha yaa loogu talagalay)
keys-origins = Cinwaannada webka ee loo oggol yahay inay furaha isticmaalaan
keys-origins-hint = Tusaale: https://kommune.example, oo meel bannaan ama hakad lagu kala saaray. Madhan ka tag haddii furaha laga isticmaalo server oo keliya.
keys-rate = Codsiyada daqiiqaddii
keys-create = Samee furaha
