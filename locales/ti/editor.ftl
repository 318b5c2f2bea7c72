# ገጻት ኣርተዕቲ Nabo — ትግርኛ (ti, ኤርትራዊ ኣጠቓቕማ)። መለለዪታት መልእኽቲ ከም ናይ en/editor.ftl እዮም።
# ነቶም ዝርዝር ኣገልግሎታት ዝሕልዉ ሰባት፦ ኣርተዕቲ፣ ተርጐምቲ፣ ኣወሃሃድቲ ከምኡ'ውን ኣመሓደርቲ።

## ምእታውን ምውጻእን

login-title = ምእታው
login-intro = ነቶም ዝርዝር ኣገልግሎታት ዝሕልዉ ሰባት፦ ኣርተዕቲ፣ ተርጐምትን ኣወሃሃድትን።
login-account = ኣካውንት
login-password = መሕለፊ ቃል
login-submit = እተዉ
login-wrong = ኣካውንት ወይ መሕለፊ ቃል ጌጋ እዩ።
login-throttled = { $minutes ->
    [one] ብዙሕ ግዜ ፈቲንኩም ኣይሰለጠን። ድሕሪ ሓንቲ ደቒቕ እንደገና ፈትኑ።
   *[other] ብዙሕ ግዜ ፈቲንኩም ኣይሰለጠን። ድሕሪ { $minutes } ደቓይቕ እንደገና ፈትኑ።
}
login-required = ንምቕጻል በጃኹም እተዉ።
login-signed-out = ካብ ኣካውንትኩም ወጺእኩም ኣለኹም።
nav-editing = ምእራም
nav-sign-out = ውጹ
editor-signed-in-as = ዝኣተኹምሉ ኣካውንት፦ { $account } ({ $role })
role-admin = ኣመሓዳሪ
role-coordinator = ኣወሃሃዲ
role-editor = ኣርታዒ
role-translator = ተርጓሚ

## ዝተነጽጉ ሕቶታት

error-form-expired-title = እቲ ቅጥዒ ክለኣኽ ኣይከኣለን
error-form-expired-text = ንድሕነትኩም፣ ቅጥዒ ዝቕበል ካብቲ ናቱ ገጽ ጥራይ እዩ። ንድሕሪት ተመለሱ፣ ነቲ ገጽ ደጊምኩም ጽዓንዎ እሞ እንደገና ፈትኑ።
error-forbidden-title = ኣይፍቀድን
error-forbidden-text = ኣካውንትኩም እዚ ክገብር ኣይፍቀደሉን። ኣርተዕቲ ናይ ገዛእ ርእሶም ከባቢታት ኣገልግሎታት እዮም ዝቕይሩ።
error-too-many-title = ኣዝዮም ብዙሓት ሕቶታት
error-too-many-text = በጃኹም ቁሩብ ተጸበዩ እሞ እንደገና ፈትኑ።

## ዝርዝር ኣገልግሎታት

editor-dashboard-title = ኣገልግሎታት
editor-new-resource = ሓድሽ ኣገልግሎት
editor-find-label = ኣገልግሎት ብሽም ወይ ብቃላት ድለዩ
editor-find-button = ድለዩ
editor-area-label = ከባቢ
editor-all-areas = ኩሎም ከባቢታት
editor-count = { $count ->
    [0] ዝተረኽበ ኣገልግሎት የለን
    [one] ሓደ ኣገልግሎት
   *[other] { $count } ኣገልግሎታት
}
editor-col-name = ሽም
editor-col-area = ከባቢ
editor-col-categories = ዓይነታት ሓገዝ
editor-edit = ኣርሙ
editor-page-previous = ዝሓለፈ ገጽ
editor-page-next = ዝቕጽል ገጽ
editor-archived-heading = ናብ ማህደር ዝኣተዉ ኣገልግሎታት
editor-archived-none = ናብ ማህደር ዝኣተወ የለን።
editor-archived-when = ኣብ { $date } ብ{ $account } ናብ ማህደር ኣትዩ

## ኣገልግሎት ምእራም

editor-new-title = ሓድሽ ኣገልግሎት
editor-edit-title = ምእራም፦ { $name }
editor-version = ሕታም { $version }፣ ኣብ { $date } ተዓቂቡ
editor-section-basics = ብዛዕባ እዚ ኣገልግሎት
editor-section-texts = ጽሑፋት
editor-section-contact = ኣድራሻን ርክብን
editor-section-access = ሰዓታት ስራሕን ኩነታት ምእታውን
editor-texts-in = ጽሑፋት ብ{ $language }
editor-texts-source = ጽሑፋት መጀመርታ ዝተጻሕፉሉ ቋንቋ
editor-add-language = ብኻልእ ቋንቋ ጽሑፋት ወስኹ
editor-choose-language = ቋንቋ ምረጹ
editor-field-id = መለለዪ (Id)
editor-field-id-hint = ናእሽቱ ፊደላት ላቲን (a–z)፣ ኣሃዛትን ሰረዝን (-)፣ ንኣብነት፦ jobcenter-aarhus። ድሕሪኡ ክቕየር ኣይክእልን እዩ።
editor-field-area = ኮሙን ወይ ከባቢ
editor-field-categories = ዓይነታት ሓገዝ
editor-field-source-language = ጽሑፋት መጀመርታ ዝተጻሕፉሉ ቋንቋ
editor-field-name = ሽም
editor-field-summary = ጽማቕ (ሓንቲ ሓረግ)
editor-field-description = መግለጺ
editor-field-access = ከመይ ጌርኩም ሓገዝ ትረኽቡ
editor-field-street = ጎደናን ቁጽሪ ገዛን
editor-field-postcode = ቁጽሪ ፖስታ
editor-field-city = ከተማ
editor-field-country = ኮድ ሃገር
editor-field-country-hint = ክልተ ዓበይቲ ፊደላት ላቲን፣ ንኣብነት፦ DK
editor-field-lat = ላቲቱድ (latitude)
editor-field-lon = ሎንጊቱድ (longitude)
editor-field-phone = ተሌፎን
editor-field-email = ኢመይል
editor-field-website = ወብሳይት
editor-field-opening-hours = ሰዓታት ስራሕ
editor-field-opening-hours-hint = ብቅጥዒ OpenStreetMap፣ ንኣብነት፦ Mo-Fr 09:00-15:00; PH off
editor-field-languages-spoken = ኣብቲ ኣገልግሎት ዝዝረባ ቋንቋታት
editor-field-languages-spoken-hint = ብኮማ ዝተፈላለዩ ኮዳት ቋንቋ፣ ንኣብነት፦ da, ar, so
editor-field-attributes = ኩነታት ምእታው
editor-field-record = ምሉእ ኣገልግሎት
editor-field-verified-at = ንመወዳእታ ግዜ ዝተረጋገጸሉ
editor-create = ፍጠሩ
editor-save = ዓቅቡ
editor-archive = ናብ ማህደር ኣእትዉ
editor-restore = መልሱ
editor-history = ታሪኽ
editor-back = ናብ ዝርዝር ተመለሱ
editor-view-public = ንህዝቢ ዝርአ ገጽ ኣርእዩ
editor-created = ተፈጢሩ። እዚ ኣገልግሎት ሕጂ ብምድላይ ይርከብ።
editor-saved = ከም ሕታም { $version } ተዓቂቡ። ምድላይ ሕጂ ነቲ ለውጢ የርኢ።
editor-unchanged = ዝተቐየረ ነገር የለን።
editor-archived = ናብ ማህደር ኣትዩ። ካብ ሕጂ ብምድላይ ኣይርከብን፣ ግን ክምለስ ይኽእል።
editor-restored = ከም ሕታም { $version } ተመሊሱ። ደጊም ብምድላይ ይርከብ።
editor-errors-summary = { $count ->
    [one] እቲ ኣገልግሎት ኣይተዓቀበን፦ በጃኹም ሓደ ጸገም ኣርሙ።
   *[other] እቲ ኣገልግሎት ኣይተዓቀበን፦ በጃኹም { $count } ጸገማት ኣርሙ።
}
editor-exists = በዚ መለለዪ ዝፍለጥ ኣገልግሎት ድሮ ኣሎ፣ ወይ ኣብ ማህደር ኣሎ። ካልእ መለለዪ ምረጹ፣ ወይ ነቲ ኣብ ማህደር ዘሎ መልሱ።
problem-required = እዚ ክምላእ ኣለዎ።
problem-invalid = እዚ ዋጋ ተቐባልነት የብሉን።
problem-unknown = እቲ ዝርዝር ነዚ ዋጋ ኣይፈልጦን።
problem-duplicate = እዚ ክልተ ግዜ ተጻሒፉ ኣሎ።
problem-too-long = እዚ ኣዝዩ ነዊሕ እዩ።

## ክልተ ሰባት ብሓደ ግዜ ክዕቅቡ ከለዉ

editor-conflict-title = ንስኹም ከተርምዎ ከለኹም ካልእ ሰብ ነዚ ኣገልግሎት ዓቂብዎ
editor-conflict-text = ለውጥታትኩም ገና ኣይተዓቀቡን። ምስቲ ዝተዓቀበ ሕታም ኣነጻጽርዎም፣ ድሕሪኡ ናትኩም ንምሓዝ እንደገና ዓቅቡ፣ ወይ ካብቲ ዝተዓቀበ ሕታም ንምጅማር ነቲ ገጽ ደጊምኩም ጽዓንዎ።
editor-conflict-field = ክፋል
editor-conflict-yours = ናትኩም ሕታም
editor-conflict-saved = ዝተዓቀበ ሕታም ({ $version })
editor-conflict-empty = (ባዶ)
editor-conflict-reload = ካብቲ ዝተዓቀበ ሕታም እንደገና ጀምሩ

## ታሪኽ

history-title = ታሪኽ፦ { $name }
history-version = ሕታም { $version }
history-when = መዓስ
history-who = መን
history-kind-import = ካብ ደገ ኣትዩ
history-kind-edit = ተኣሪሙ
history-kind-archive = ናብ ማህደር ኣትዩ
history-kind-restore = ተመሊሱ
history-kind-revert = ዝሓለፈ ሕታም ተመሊሱ
history-kind-delete = ተደምሲሱ
history-kind-verify = ቅኑዕ ምዃኑ ተረጋጊጹ
history-by-import = ካብ ደገ ዝኣተወ ሓበሬታ
history-field = ክፋል
history-before = ቅድሚ ለውጢ
history-after = ድሕሪ ለውጢ
history-no-changes = ዝተቐየረ ክፋል የለን።
history-first = ቀዳማይ ሕታም።
history-unknown = እዚ ሕታም ካብቲ ዝተዓቀበ ታሪኽ ዝኣረገ እዩ።
history-revert = ነዚ ሕታም መልሱ
history-current = ናይ ሕጂ ሕታም
history-reverted = ሕታም { $old } ከም ሕታም { $version } ተመሊሱ።

## ምናሌ ገጻት ኣርተዕቲ

nav-translations = ትርጉማት
nav-checking = ምርግጋጽ ዘድልዮም
nav-reports = ጸብጻባት

## ትርጉማት

translations-title = ትርጉማት
translations-language-label = ዝትርጎመሉ ቋንቋ
translations-show = ኣርእዩ
translations-count = { $count ->
    [0] ዝጐደለ ወይ ግዜኡ ዝሓለፎ ትርጉም የለን።
    [one] { $count } ኣገልግሎት ትርጉም የድልዮ።
   *[other] { $count } ኣገልግሎታት ትርጉም የድልዮም።
}
translations-col-resource = ኣገልግሎት
translations-col-missing = ዝጐደሉ
translations-col-outdated = ግዜኦም ዝሓለፎም
translations-col-views = ዝተራእየሉ ግዜ
translations-translate = ተርጉሙ
translations-export = ዝጐደለ ብXLIFF ኣውርዱ
translations-export-from = ምንጪ ቋንቋ
translations-import-heading = ዝተተርጎሙ መሊስኩም ኣእትዉ
translations-import-label = ፋይል XLIFF
translations-import-submit = ኣእትዉ
translations-imported = { $count ->
    [one] { $count } ትርጉም ተዓቂቡ።
   *[other] { $count } ትርጉማት ተዓቂቦም።
}
translations-untranslated = { $count ->
    [one] { $count } ጽሑፍ ከይተተርጎመ ተሪፉ።
   *[other] { $count } ጽሑፋት ከይተተርጎሙ ተሪፎም።
}
translations-refused = እዞም ዝስዕቡ ኣይተዓቀቡን፦
status-missing = ጐዲሉ
status-outdated = ግዜኡ ሓሊፉ
status-current = ወቕታዊ
status-reviewed = ተገምጊሙ
translate-title = ትርጉም፦ { $name }
translate-into = ናብ { $language }
translate-source = ምንጪ ጽሑፍ ({ $language })
translate-target = ትርጉም ({ $language })
translate-status = ኩነታት፦ { $status }
translate-proposal = ካብ ዝሓለፉ ትርጉማት ዝቐረበ ሓሳብ፦ ቅድሚ ምዕቃብኩም ኣረጋግጽዎ።
translate-save = ትርጉም ዓቅቡ
translate-review = ከም ዝተገምገመ ምልክት ግበሩ
translate-saved = እቲ ትርጉም ተዓቂቡ።
translate-reviewed = ከም ዝተገምገመ ምልክት ተገይሩ።
editor-translations-heading = ትርጉማት
editor-translate-into = ናብ { $language } ተርጉሙ

## ምርግጋጽ

editor-verify = ሎሚ ቅኑዕ ምዃኑ ኣረጋግጹ
editor-verified = ሎሚ ቅኑዕ ምዃኑ ተረጋጊጹ።
editor-last-verified = ንመወዳእታ ግዜ ዝተረጋገጸሉ፦ { $date }
editor-never-verified = ፈጺሙ ኣይተረጋገጸን
checking-title = ምርግጋጽ ዘድልዮም
checking-intro = { $months ->
    [one] ን{ $months } ወርሒ ወይ ልዕሊኡ ሓደ'ኳ ዘየረጋገጾም ኣገልግሎታት። እቶም ዝኣረጉ ቅድም ይርኣዩ።
   *[other] ን{ $months } ኣዋርሕ ወይ ልዕሊኡ ሓደ'ኳ ዘየረጋገጾም ኣገልግሎታት። እቶም ዝኣረጉ ቅድም ይርኣዩ።
}
checking-months = ክንደይ ኣዋርሕ ከይተረጋገጸ
checking-col-verified = ንመወዳእታ ግዜ ዝተረጋገጸሉ
checking-col-by = ብመን
checking-never = ፈጺሙ
checking-none = ኣብዚ ዘሎ ኩሉ ኣብዚ ቀረባ ግዜ ተረጋጊጹ እዩ።

## ካብ ሜዳ ዝመጹ ጸብጻባት

reports-title = ካብ ሜዳ ዝመጹ ጸብጻባት
reports-none = ክፉት ጸብጻብ የለን።
reports-col-resource = ኣገልግሎት
reports-col-category = እንታይ ተቐይሩ
reports-col-note = መዘኻኸሪ
reports-col-date = ዝተላእከሉ ዕለት
reports-resolve = ተፈጺሙ
reports-dismiss = ንጽጉ
reports-closed = እቲ ጸብጻብ ተዓጽዩ።
report-category-closed = እቲ ኣገልግሎት ተዓጽዩ
report-category-moved = እቲ ኣገልግሎት ቦታ ቀይሩ
report-category-hours = ሰዓታት ስራሕ ጌጋ እዩ
report-category-phone = ቁጽሪ ተሌፎን ጌጋ እዩ
report-category-other = ካልእ ነገር
report-link = ዝተቐየረ ነገር ኣሎ ድዩ? ንገሩና
report-title = ዝተቐየረ ነገር ኣሎ ድዩ?
report-intro = ብዛዕባ { $name } ሕጂ ቅኑዕ ዘይኮነ ነገር ንኣርተዕቲ ንገሩ።
report-privacy = ኣስማት ኣይትጽሓፉ። ብዛዕባ እቲ እትሕግዝዎ ሰብ ዋላ ሓንቲ ኣይትጽሓፉ።
report-category-label = እንታይ ተቐይሩ?
report-note-label = ሓጺር መዘኻኸሪ (ግዴታ ኣይኮነን)
report-note-hint = ልዕሊ 280 ፊደላት ኣይኹን። ኣስማት፣ ቁጽሪ ተሌፎን ወይ ውልቃዊ ሓበሬታ ኣይትጽሓፉ።
report-submit = ስደዱ
report-thanks = የቐንየልና። ኣርተዕቲ እዚ ከባቢ ክርእይዎ እዮም።
report-invalid = እንታይ ከም ዝተቐየረ ምረጹ፣ እቲ መዘኻኸሪ ድማ ካብ 280 ፊደላት ዘይበዝሕ ይኹን።

## ኣካውንትታት (ንኣመሓደርቲ)

nav-accounts = ኣካውንትታት
accounts-title = ኣካውንትታት
accounts-col-login = ሽም ምእታው
accounts-col-role = ተራ
accounts-col-scope = ከባቢታት ወይ ቋንቋታት
accounts-col-state = ኩነታት
accounts-active = ንጡፍ
accounts-disabled = ተዓጊቱ
accounts-disable = ዓግቱ
accounts-enable = ዕገታ ኣልዕሉ
accounts-reset = ሓድሽ መሕለፊ ቃል
accounts-new = ሓድሽ ኣካውንት
accounts-id = ሽም ምእታው
accounts-id-hint = ናእሽቱ ፊደላት ላቲን (a–z)፣ ኣሃዛትን ሰረዝን (-)፣ ንኣብነት፦ amina-aarhus
accounts-role = ተራ
accounts-areas = ከባቢታት (ንኣርተዕቲ)
accounts-areas-hint = ሓደ ወይ ልዕሊኡ ምረጹ፤ ሓደ ከባቢ ነቶም ኣብ ውሽጡ ዘለዉ ከባቢታት'ውን የጠቓልል።
accounts-languages = ቋንቋታት (ንተርጐምቲ)
accounts-create = ኣካውንት ፍጠሩ
accounts-password-for = መሕለፊ ቃል ናይ ኣካውንት { $account }፦
accounts-password-once = እዚ መሕለፊ ቃል ሕጂ ጥራይ እዩ ዝርአ፣ ደጊም ኣይክርአን እዩ። ብውሑስ መንገዲ ነቲ ሰብ ሃብዎ፤ እቲ ሰብ ብኡ ንብኡ ብእኡ ክኣቱ ይኽእል እዩ።
accounts-refused = እቲ ኣካውንት ኣይተዓቀበን።

## ናይ መርበባት ሓጋዚ ትካላት API መፍትሕታት (ንኣመሓደርቲ ጥራይ)

nav-keys = መፍትሕታት ሓጋዚ ትካላት
keys-title = ናይ መርበባት ሓጋዚ ትካላት API መፍትሕታት
keys-intro = ምድላይ Nabo ኣብ ናይ ገዛእ ርእሶም ወብሳይት ዘርእዩ ኮሙናትን ትካላትን መፍትሕ የድልዮም። ሓደ መፍትሕ ኣብ ብራውዘራት ኣብቶም ንዕኡ ዝተመዝገቡ ኣድራሻታት ወብ ጥራይ እዩ ዝሰርሕ፣ ከምኡ'ውን ክሳብ ደረቱ ዝፈቕዶ ጥራይ።
keys-issued-for = ሓድሽ መፍትሕ ንሓጋዚ ትካል { $partner }፦
keys-once = ሕጂ ቕድሕዎ እሞ ነቲ ሓጋዚ ትካል ሃብዎ፤ ኣብዚ ሓደ ግዜ ጥራይ እዩ ዝርአ፣ ደጊም ኣይክርአን እዩ።
keys-embed = እቲ ሓጋዚ ትካል ነዘን ክልተ መስመራት ኣብ ገጹ ይለጥፈን፦
keys-refused = እቲ መፍትሕ ኣይተፈጥረን፦
keys-none = ክሳብ ሕጂ መፍትሕ የለን።
keys-col-name = ሓጋዚ ትካል
keys-col-origins = ኣድራሻታት ወብ
keys-col-rate = ደረት
keys-col-state = ኩነታት
keys-per-minute = ኣብ ደቒቕ { $rate }
keys-active = ኣብ ጥቕሚ
keys-revoked = ተሰሪዙ
keys-revoke = ሰርዙ
keys-new = ሓድሽ መፍትሕ
keys-name = ሓጋዚ ትካል (እቲ መፍትሕ ንመን ምዃኑ)
keys-origins = ነቲ መፍትሕ ክጥቀሙ ዝተፈቕደሎም ኣድራሻታት ወብ
keys-origins-hint = ንኣብነት፦ https://kommune.example፣ ብባዶ ቦታ ወይ ብኮማ ዝተፈላለዩ። እቲ መፍትሕ ካብ ሰርቨር ጥራይ ዝጥቀመሉ እንተኾይኑ ባዶ ግደፍዎ።
keys-rate = ሕቶታት ኣብ ደቒቕ
keys-create = መፍትሕ ፍጠሩ
