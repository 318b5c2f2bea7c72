# የNabo የአርታኢዎች ገጾች — አማርኛ (am)። የመልእክት መለያዎቹ ከen/editor.ftl ጋር አንድ ናቸው።
# ማውጫውን ወቅታዊ ለሚያደርጉ ሰዎች፦ ለአርታኢዎች፣ ለተርጓሚዎች፣ ለአስተባባሪዎች እና ለአስተዳዳሪዎች።

## መግባትና መውጣት

login-title = መግቢያ
login-intro = ማውጫውን ወቅታዊ ለሚያደርጉ ሰዎች፦ ለአርታኢዎች፣ ለተርጓሚዎች እና ለአስተባባሪዎች።
login-account = አካውንት
login-password = የይለፍ ቃል
login-submit = ይግቡ
login-wrong = አካውንቱ ወይም የይለፍ ቃሉ ትክክል አይደለም።
login-throttled = { $minutes ->
    [one] ብዙ ጊዜ ሞክረው አልተሳካም። ከአንድ ደቂቃ በኋላ እንደገና ይሞክሩ።
   *[other] ብዙ ጊዜ ሞክረው አልተሳካም። ከ{ $minutes } ደቂቃ በኋላ እንደገና ይሞክሩ።
}
login-required = ለመቀጠል እባክዎ ይግቡ።
login-signed-out = ከአካውንትዎ ወጥተዋል።
nav-editing = አርትዖት
nav-sign-out = ይውጡ
editor-signed-in-as = የገቡበት አካውንት፦ { $account } ({ $role })
role-admin = አስተዳዳሪ
role-coordinator = አስተባባሪ
role-editor = አርታኢ
role-translator = ተርጓሚ

## ተቀባይነት ያላገኙ ጥያቄዎች

error-form-expired-title = ቅጹ ሊላክ አልቻለም
error-form-expired-text = ለደህንነትዎ ሲባል ቅጽ ተቀባይነት የሚያገኘው ከራሱ ገጽ ሲላክ ብቻ ነው። ወደ ኋላ ይመለሱ፣ ገጹን እንደገና ይጫኑ እና እንደገና ይሞክሩ።
error-forbidden-title = አይፈቀድም
error-forbidden-text = አካውንትዎ ይህን ማድረግ አይፈቀድለትም። አርታኢዎች የሚቀይሩት የራሳቸውን አካባቢ አገልግሎቶች ነው።
error-too-many-title = በጣም ብዙ ጥያቄዎች
error-too-many-text = እባክዎ ትንሽ ቆይተው እንደገና ይሞክሩ።

## የአገልግሎቶች ዝርዝር

editor-dashboard-title = አገልግሎቶች
editor-new-resource = አዲስ አገልግሎት
editor-find-label = አገልግሎትን በስም ወይም በቃላት ይፈልጉ
editor-find-button = ይፈልጉ
editor-area-label = አካባቢ
editor-all-areas = ሁሉም አካባቢዎች
editor-count = { $count ->
    [0] ምንም አገልግሎት አልተገኘም
    [one] አንድ አገልግሎት
   *[other] { $count } አገልግሎቶች
}
editor-col-name = ስም
editor-col-area = አካባቢ
editor-col-categories = የእርዳታ ዓይነቶች
editor-edit = ያስተካክሉ
editor-page-previous = ቀዳሚ ገጽ
editor-page-next = ቀጣይ ገጽ
editor-archived-heading = ወደ ማህደር የገቡ አገልግሎቶች
editor-archived-none = ወደ ማህደር የገባ ምንም ነገር የለም።
editor-archived-when = በ{ $date } በ{ $account } ወደ ማህደር ገብቷል

## አገልግሎትን ማስተካከል

editor-new-title = አዲስ አገልግሎት
editor-edit-title = ማስተካከያ፦ { $name }
editor-version = ስሪት { $version }፣ በ{ $date } ተቀምጧል
editor-section-basics = ስለ አገልግሎቱ
editor-section-texts = ጽሑፎች
editor-section-contact = አድራሻ እና ግንኙነት
editor-section-access = የሥራ ሰዓት እና ተደራሽነት
editor-texts-in = ጽሑፎች በ{ $language }
editor-texts-source = ጽሑፎቹ መጀመሪያ የተጻፉበት ቋንቋ
editor-add-language = በሌላ ቋንቋ ጽሑፎችን ያክሉ
editor-choose-language = ቋንቋ ይምረጡ
editor-field-id = መለያ (Id)
editor-field-id-hint = ትንንሽ የላቲን ፊደላት (a–z)፣ አኃዞች እና ሰረዞች፤ ለምሳሌ፦ jobcenter-aarhus። በኋላ ሊቀየር አይችልም።
editor-field-area = ኮሙን ወይም አካባቢ
editor-field-categories = የእርዳታ ዓይነቶች
editor-field-source-language = ጽሑፎቹ መጀመሪያ የተጻፉበት ቋንቋ
editor-field-name = ስም
editor-field-summary = ማጠቃለያ (አንድ ዓረፍተ ነገር)
editor-field-description = መግለጫ
editor-field-access = እርዳታ እንዴት እንደሚያገኙ
editor-field-street = መንገድ እና ቁጥር
editor-field-postcode = የፖስታ ቁጥር
editor-field-city = ከተማ
editor-field-country = የአገር ኮድ
editor-field-country-hint = ሁለት ትልልቅ የላቲን ፊደላት፤ ለምሳሌ፦ DK
editor-field-lat = ኬክሮስ (latitude)
editor-field-lon = ኬንትሮስ (longitude)
editor-field-phone = ስልክ
editor-field-email = ኢሜይል
editor-field-website = ድረ ገጽ
editor-field-opening-hours = የሥራ ሰዓት
editor-field-opening-hours-hint = በOpenStreetMap ቅርጸት፤ ለምሳሌ፦ Mo-Fr 09:00-15:00; PH off
editor-field-languages-spoken = በአገልግሎቱ የሚነገሩ ቋንቋዎች
editor-field-languages-spoken-hint = በኮማ የተለያዩ የቋንቋ ኮዶች፤ ለምሳሌ፦ da, ar, so
editor-field-attributes = ተደራሽነት
editor-field-record = አገልግሎቱ በሙሉ
editor-field-verified-at = ለመጨረሻ ጊዜ የተረጋገጠበት
editor-create = ይፍጠሩ
editor-save = ያስቀምጡ
editor-archive = ወደ ማህደር ያስገቡ
editor-restore = ይመልሱ
editor-history = ታሪክ
editor-back = ወደ ዝርዝሩ ይመለሱ
editor-view-public = ለሕዝብ የሚታየውን ገጽ ያሳዩ
editor-created = ተፈጥሯል። አገልግሎቱ አሁን በፍለጋ ይገኛል።
editor-saved = እንደ ስሪት { $version } ተቀምጧል። ፍለጋው አሁን ለውጡን ያሳያል።
editor-unchanged = ምንም አልተቀየረም።
editor-archived = ወደ ማህደር ገብቷል። ከእንግዲህ በፍለጋ አይገኝም፤ ነገር ግን መልሶ ማምጣት ይቻላል።
editor-restored = እንደ ስሪት { $version } ተመልሷል። አሁን እንደገና በፍለጋ ይገኛል።
editor-errors-summary = { $count ->
    [one] አገልግሎቱ አልተቀመጠም፦ እባክዎ አንድ ችግር ያስተካክሉ።
   *[other] አገልግሎቱ አልተቀመጠም፦ እባክዎ { $count } ችግሮችን ያስተካክሉ።
}
editor-exists = ይህ መለያ ያለው አገልግሎት አስቀድሞ አለ፣ ወይም ወደ ማህደር ገብቷል። ሌላ መለያ ይምረጡ፣ ወይም በማህደር ያለውን ይመልሱ።
problem-required = ይህ መሞላት አለበት።
problem-invalid = ይህ ዋጋ ተቀባይነት የለውም።
problem-unknown = ማውጫው ይህን ዋጋ አያውቀውም።
problem-duplicate = ይህ ሁለት ጊዜ ገብቷል።
problem-too-long = ይህ በጣም ረጅም ነው።

## ሁለት ሰዎች በአንድ ጊዜ ሲያስቀምጡ

editor-conflict-title = እርስዎ እያስተካከሉ ሳሉ ሌላ ሰው ይህን አገልግሎት አስቀምጧል
editor-conflict-text = ለውጦችዎ ገና አልተቀመጡም። ከተቀመጠው ስሪት ጋር ያወዳድሯቸው፤ ከዚያ የእርስዎን ለማቆየት እንደገና ያስቀምጡ፣ ወይም ከተቀመጠው ስሪት ለመጀመር ገጹን እንደገና ይጫኑ።
editor-conflict-field = መስክ
editor-conflict-yours = የእርስዎ ስሪት
editor-conflict-saved = የተቀመጠው ስሪት ({ $version })
editor-conflict-empty = (ባዶ)
editor-conflict-reload = ከተቀመጠው ስሪት እንደገና ይጀምሩ

## ታሪክ

history-title = ታሪክ፦ { $name }
history-version = ስሪት { $version }
history-when = መቼ
history-who = ማን
history-kind-import = ከውጭ ገብቷል
history-kind-edit = ተስተካክሏል
history-kind-archive = ወደ ማህደር ገብቷል
history-kind-restore = ተመልሷል
history-kind-revert = የቀድሞ ስሪት ተመልሷል
history-kind-delete = ተሰርዟል
history-kind-verify = ትክክል መሆኑ ተረጋግጧል
history-by-import = ከውጭ የገባ መረጃ
history-field = መስክ
history-before = ከለውጡ በፊት
history-after = ከለውጡ በኋላ
history-no-changes = ምንም መስክ አልተቀየረም።
history-first = የመጀመሪያ ስሪት።
history-unknown = ይህ ስሪት ከተቀመጠው ታሪክ የቆየ ነው።
history-revert = ይህን ስሪት ይመልሱ
history-current = የአሁኑ ስሪት
history-reverted = ስሪት { $old } እንደ ስሪት { $version } ተመልሷል።

## የአርታኢዎች ገጾች ምናሌ

nav-translations = ትርጉሞች
nav-checking = መረጋገጥ ያለባቸው
nav-reports = ሪፖርቶች

## ትርጉሞች

translations-title = ትርጉሞች
translations-language-label = የሚተረጎምበት ቋንቋ
translations-show = ያሳዩ
translations-count = { $count ->
    [0] የጎደለ ወይም ጊዜው ያለፈበት ትርጉም የለም።
    [one] { $count } አገልግሎት መተርጎም ያስፈልገዋል።
   *[other] { $count } አገልግሎቶች መተርጎም ያስፈልጋቸዋል።
}
translations-col-resource = አገልግሎት
translations-col-missing = የጎደሉ
translations-col-outdated = ጊዜ ያለፈባቸው
translations-col-views = ዕይታዎች
translations-translate = ይተርጉሙ
translations-export = የጎደለውን በXLIFF ያውርዱ
translations-export-from = የምንጭ ቋንቋ
translations-import-heading = የተተረጎሙትን መልሰው ያስገቡ
translations-import-label = የXLIFF ፋይል
translations-import-submit = ያስገቡ
translations-imported = { $count ->
    [one] { $count } ትርጉም ተቀምጧል።
   *[other] { $count } ትርጉሞች ተቀምጠዋል።
}
translations-untranslated = { $count ->
    [one] { $count } ጽሑፍ ሳይተረጎም ቀርቷል።
   *[other] { $count } ጽሑፎች ሳይተረጎሙ ቀርተዋል።
}
translations-refused = እነዚህ አልተቀመጡም፦
status-missing = የጎደለ
status-outdated = ጊዜው ያለፈበት
status-current = ወቅታዊ
status-reviewed = ተገምግሟል
translate-title = ትርጉም፦ { $name }
translate-into = ወደ { $language }
translate-source = የምንጭ ጽሑፍ ({ $language })
translate-target = ትርጉም ({ $language })
translate-status = ሁኔታ፦ { $status }
translate-proposal = ከቀደሙት ትርጉሞች የቀረበ ሀሳብ፦ ከማስቀመጥዎ በፊት ይፈትሹት።
translate-save = ትርጉሙን ያስቀምጡ
translate-review = እንደተገመገመ ምልክት ያድርጉ
translate-saved = ትርጉሙ ተቀምጧል።
translate-reviewed = እንደተገመገመ ምልክት ተደርጓል።
editor-translations-heading = ትርጉሞች
editor-translate-into = ወደ { $language } ይተርጉሙ

## ማረጋገጥ

editor-verify = ዛሬ ትክክል መሆኑን ያረጋግጡ
editor-verified = ዛሬ ትክክል መሆኑ ተረጋግጧል።
editor-last-verified = ለመጨረሻ ጊዜ የተረጋገጠው፦ { $date }
editor-never-verified = ተረጋግጦ አያውቅም
checking-title = መረጋገጥ ያለባቸው
checking-intro = { $months ->
    [one] ለ{ $months } ወር ወይም ከዚያ በላይ ማንም ያላረጋገጣቸው አገልግሎቶች። በጣም የቆዩት መጀመሪያ ይታያሉ።
   *[other] ለ{ $months } ወር ወይም ከዚያ በላይ ማንም ያላረጋገጣቸው አገልግሎቶች። በጣም የቆዩት መጀመሪያ ይታያሉ።
}
checking-months = ሳይረጋገጥ የቆየባቸው ወራት
checking-col-verified = ለመጨረሻ ጊዜ የተረጋገጠበት
checking-col-by = ያረጋገጠው
checking-never = በጭራሽ
checking-none = እዚህ ያለው ሁሉ በቅርቡ ተረጋግጧል።

## ከመስክ የመጡ ሪፖርቶች

reports-title = ከመስክ የመጡ ሪፖርቶች
reports-none = ክፍት ሪፖርት የለም።
reports-col-resource = አገልግሎት
reports-col-category = የተቀየረው
reports-col-note = ማስታወሻ
reports-col-date = የተላከበት ቀን
reports-resolve = ተከናውኗል
reports-dismiss = ውድቅ ያድርጉ
reports-closed = ሪፖርቱ ተዘግቷል።
report-category-closed = አገልግሎቱ ተዘግቷል
report-category-moved = አገልግሎቱ ቦታ ቀይሯል
report-category-hours = የሥራ ሰዓቱ ትክክል አይደለም
report-category-phone = የስልክ ቁጥሩ ትክክል አይደለም
report-category-other = ሌላ ነገር
report-link = የተቀየረ ነገር አለ? ይንገሩን
report-title = የተቀየረ ነገር አለ?
report-intro = ስለ { $name } ከእንግዲህ ትክክል ያልሆነውን ለአርታኢዎች ይንገሩ።
report-privacy = ስሞችን አይጻፉ። ስለሚረዱት ሰው ምንም ነገር አይጻፉ።
report-category-label = ምን ተቀየረ?
report-note-label = አጭር ማስታወሻ (አማራጭ)
report-note-hint = ቢበዛ 280 ፊደላት። ስም፣ የስልክ ቁጥር ወይም የግል መረጃ አይጻፉ።
report-submit = ይላኩ
report-thanks = እናመሰግናለን። የዚህ አካባቢ አርታኢዎች ይመለከቱታል።
report-invalid = የተቀየረውን ይምረጡ፤ ማስታወሻውም ከ280 ፊደላት ያነሰ ይሁን።

## አካውንቶች (ለአስተዳዳሪዎች)

nav-accounts = አካውንቶች
accounts-title = አካውንቶች
accounts-col-login = የመግቢያ ስም
accounts-col-role = ሚና
accounts-col-scope = አካባቢዎች ወይም ቋንቋዎች
accounts-col-state = ሁኔታ
accounts-active = በሥራ ላይ
accounts-disabled = ታግዷል
accounts-disable = ያግዱ
accounts-enable = እገዳውን ያንሱ
accounts-reset = አዲስ የይለፍ ቃል
accounts-new = አዲስ አካውንት
accounts-id = የመግቢያ ስም
accounts-id-hint = ትንንሽ የላቲን ፊደላት (a–z)፣ አኃዞች እና ሰረዞች፤ ለምሳሌ፦ amina-aarhus
accounts-role = ሚና
accounts-areas = አካባቢዎች (ለአርታኢዎች)
accounts-areas-hint = አንድ ወይም ከዚያ በላይ ይምረጡ፤ አንድ አካባቢ በውስጡ ያሉትን አካባቢዎችም ያካትታል።
accounts-languages = ቋንቋዎች (ለተርጓሚዎች)
accounts-create = አካውንት ይፍጠሩ
accounts-password-for = የአካውንቱ { $account } የይለፍ ቃል፦
accounts-password-once = ይህ የይለፍ ቃል የሚታየው አሁን ብቻ ነው፤ ዳግመኛ አይታይም። ደህንነቱ በተጠበቀ መንገድ ለሰውየው ይስጡት፤ ሰውየውም ወዲያውኑ በእሱ መግባት ይችላል።
accounts-refused = አካውንቱ አልተቀመጠም።

## የአጋር ድረ-ገጾች የAPI ቁልፎች (ለአስተዳዳሪዎች ብቻ)

nav-keys = የአጋር ቁልፎች
keys-title = የአጋር ድረ-ገጾች የAPI ቁልፎች
keys-intro = የNabo ፍለጋን በራሳቸው ድረ ገጽ ላይ የሚያሳዩ ኮሙኖች እና ድርጅቶች ቁልፍ ያስፈልጋቸዋል። አንድ ቁልፍ በአሳሾች ውስጥ የሚሠራው ለእሱ በተመዘገቡት የድረ ገጽ አድራሻዎች ላይ ብቻ ነው፤ ደግሞም ገደቡ በሚፈቅደው መጠን ብቻ ነው።
keys-issued-for = ለአጋሩ { $partner } አዲስ ቁልፍ፦
keys-once = አሁኑኑ ገልብጠው ለአጋሩ ይስጡት፤ የሚታየው በዚህ አንድ ጊዜ ብቻ ነው፤ ዳግመኛ አይታይም።
keys-embed = አጋሩ እነዚህን ሁለት መስመሮች በገጹ ላይ ይለጥፋል፦
keys-refused = ቁልፉ አልተፈጠረም፦
keys-none = እስካሁን ምንም ቁልፍ የለም።
keys-col-name = አጋር
keys-col-origins = የድረ ገጽ አድራሻዎች
keys-col-rate = ገደብ
keys-col-state = ሁኔታ
keys-per-minute = በደቂቃ { $rate }
keys-active = በሥራ ላይ
keys-revoked = ተሰርዟል
keys-revoke = ይሰርዙ
keys-new = አዲስ ቁልፍ
keys-name = አጋር (ቁልፉ ለማን እንደሆነ)
keys-origins = ቁልፉን እንዲጠቀሙ የተፈቀደላቸው የድረ ገጽ አድራሻዎች
keys-origins-hint = ለምሳሌ፦ https://kommune.example፤ በክፍተት ወይም በኮማ የተለያዩ። ቁልፉ ከሰርቨር ብቻ የሚጠቀሙበት ከሆነ ባዶ ይተዉት።
keys-rate = ጥያቄዎች በደቂቃ
keys-create = ቁልፍ ይፍጠሩ
