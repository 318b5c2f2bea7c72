# د Nabo د اېډیټرانو پاڼې — پښتو. د en/editor.ftl همغه د پیغامونو پېژندنې (ids).
# د هغو کسانو لپاره چې لارښود تازه ساتي: اېډیټران، ژباړونکي، همغږي کوونکي او مدیران.

## ننوتل او وتل

login-title = ننوتل
login-intro = د هغو کسانو لپاره چې لارښود تازه ساتي: اېډیټران، ژباړونکي او همغږي کوونکي.
login-account = حساب
login-password = پټنوم
login-submit = ننوځئ
login-wrong = حساب یا پټنوم سم نه دی.
login-throttled = { $minutes ->
    [one] ډېرې ناکامې هڅې وشوې. یوه دقیقه وروسته بیا هڅه وکړئ.
   *[other] ډېرې ناکامې هڅې وشوې. { $minutes } دقیقې وروسته بیا هڅه وکړئ.
}
login-required = مهرباني وکړئ د دوام لپاره ننوځئ.
login-signed-out = تاسو له حساب څخه ووتلئ.
nav-editing = سمون
nav-sign-out = وتل
editor-signed-in-as = د { $account } په حساب ننوتي یاست ({ $role })
role-admin = مدیر
role-coordinator = همغږي کوونکی
role-editor = اېډیټر
role-translator = ژباړونکی

## ردې شوې غوښتنې

error-form-expired-title = فورمه ونه لېږل شوه
error-form-expired-text = ستاسو د خوندیتوب لپاره، یوه فورمه یوازې له هغې پاڼې څخه منل کېږي چې د هغې ده. بېرته لاړ شئ، پاڼه تازه کړئ او بیا هڅه وکړئ.
error-forbidden-title = اجازه نشته
error-forbidden-text = ستاسو حساب د دې کار اجازه نه لري. اېډیټران یوازې د خپلو سیمو خدمتونه بدلوي.
error-too-many-title = ډېرې زیاتې غوښتنې
error-too-many-text = مهرباني وکړئ لږ صبر وکړئ او بیا هڅه وکړئ.

## د خدمتونو لېست

editor-dashboard-title = خدمتونه
editor-new-resource = نوی خدمت
editor-find-label = یو خدمت د نوم یا ټکو له مخې پیدا کړئ
editor-find-button = لټون
editor-area-label = سیمه
editor-all-areas = ټولې سیمې
editor-count = { $count ->
    [0] هیڅ خدمت ونه موندل شو
    [one] یو خدمت
   *[other] { $count } خدمتونه
}
editor-col-name = نوم
editor-col-area = سیمه
editor-col-categories = د مرستې ډولونه
editor-edit = سمول
editor-page-previous = مخکینۍ
editor-page-next = بله
editor-archived-heading = آرشیف شوي خدمتونه
editor-archived-none = هیڅ شی آرشیف شوی نه دی.
editor-archived-when = په { $date } د { $account } له خوا آرشیف شو

## د یوه خدمت سمول

editor-new-title = نوی خدمت
editor-edit-title = سمول: { $name }
editor-version = نسخه { $version }، په { $date } خوندي شوې
editor-section-basics = د خدمت په اړه
editor-section-texts = متنونه
editor-section-contact = پته او اړیکه
editor-section-access = د کار وخت او لاسرسی
editor-texts-in = په { $language } ژبه متنونه
editor-texts-source = هغه ژبه چې متنونه لومړی پکې لیکل کېږي
editor-add-language = په بله ژبه متنونه ورزیات کړئ
editor-choose-language = یوه ژبه وټاکئ
editor-field-id = پېژند (Id)
editor-field-id-hint = کوچني لاتیني توري، عددونه او لنډه کرښه (-)، د بېلګې په توګه: jobcenter-aarhus. وروسته نه شي بدلېدای.
editor-field-area = ښاروالي یا سیمه
editor-field-categories = د مرستې ډولونه
editor-field-source-language = هغه ژبه چې متنونه لومړی پکې لیکل کېږي
editor-field-name = نوم
editor-field-summary = لنډیز (یوه جمله)
editor-field-description = تشریح
editor-field-access = مرسته څنګه ترلاسه کړئ
editor-field-street = کوڅه او نمبر
editor-field-postcode = پوستي کوډ
editor-field-city = ښار
editor-field-country = د هېواد کوډ
editor-field-country-hint = دوه لوی لاتیني توري، د بېلګې په توګه: DK
editor-field-lat = جغرافیایي عرض
editor-field-lon = جغرافیایي طول
editor-field-phone = ټلیفون
editor-field-email = ایمیل
editor-field-website = وېب پاڼه
editor-field-opening-hours = د کار وخت
editor-field-opening-hours-hint = د OpenStreetMap په بڼه، د بېلګې په توګه: Mo-Fr 09:00-15:00; PH off
editor-field-languages-spoken = هغه ژبې چې په خدمت کې پرې خبرې کېږي
editor-field-languages-spoken-hint = د ژبو کوډونه چې په کامې سره بېل شوي وي، د بېلګې په توګه: da, ar, so
editor-field-attributes = لاسرسی
editor-field-record = خدمت
editor-field-verified-at = وروستۍ کتنه
editor-create = جوړول
editor-save = خوندي کول
editor-archive = آرشیف کول
editor-restore = بېرته راوستل
editor-history = تاریخچه
editor-back = بېرته لېست ته
editor-view-public = عامه پاڼه وښایاست
editor-created = جوړ شو. دا خدمت اوس په لټون کې موندل کېږي.
editor-saved = د { $version } نسخې په توګه خوندي شو. لټون اوس بدلون ښيي.
editor-unchanged = هیڅ شی بدل نه شو.
editor-archived = آرشیف شو. نور په لټون کې نه موندل کېږي، او بېرته راوستل کېدای شي.
editor-restored = د { $version } نسخې په توګه بېرته راوستل شو. بیا په لټون کې موندل کېږي.
editor-errors-summary = { $count ->
    [one] خدمت خوندي نه شو: مهرباني وکړئ یوه ستونزه سمه کړئ.
   *[other] خدمت خوندي نه شو: مهرباني وکړئ { $count } ستونزې سمې کړئ.
}
editor-exists = له دې پېژند سره یو خدمت لا دمخه شته، یا آرشیف شوی دی. بل پېژند وټاکئ، یا آرشیف شوی خدمت بېرته راوړئ.
problem-required = دا اړین دی.
problem-invalid = دا ارزښت نه منل کېږي.
problem-unknown = لارښود دا ارزښت نه پېژني.
problem-duplicate = دا دوه ځله ورکړل شوی.
problem-too-long = دا ډېر اوږد دی.

## دوه کسان په یوه وخت خوندي کوي

editor-conflict-title = کله چې تاسو سمون کاوه، بل چا دا خدمت خوندي کړ
editor-conflict-text = ستاسو بدلونونه لا خوندي شوي نه دي. هغه له خوندي شوې نسخې سره پرتله کړئ، بیا د خپلو بدلونونو د ساتلو لپاره بیا خوندي کړئ، یا پاڼه تازه کړئ چې له خوندي شوې نسخې پیل وکړئ.
editor-conflict-field = برخه
editor-conflict-yours = ستاسو نسخه
editor-conflict-saved = خوندي شوې نسخه ({ $version })
editor-conflict-empty = (تش)
editor-conflict-reload = له خوندي شوې نسخې بیا پیل کړئ

## تاریخچه

history-title = تاریخچه: { $name }
history-version = نسخه { $version }
history-when = کله
history-who = چا
history-kind-import = وارد شو
history-kind-edit = سم شو
history-kind-archive = آرشیف شو
history-kind-restore = له آرشیف څخه بېرته راوستل شو
history-kind-revert = یوه پخوانۍ نسخه بېرته راوستل شوه
history-kind-delete = ړنګ شو
history-kind-verify = تایید شو چې سم دی
history-by-import = د معلوماتو واردول
history-field = برخه
history-before = مخکې
history-after = وروسته
history-no-changes = هیڅ برخه بدله نه شوه.
history-first = لومړۍ نسخه.
history-unknown = دا نسخه تر ساتل شوې تاریخچې زړه ده.
history-revert = دا نسخه بېرته راوړئ
history-current = اوسنۍ نسخه
history-reverted = نسخه { $old } د نسخې { $version } په توګه بېرته راوستل شوه.

## د اېډیټرانو د پاڼو مینو

nav-translations = ژباړې
nav-checking = کتنې ته اړتیا
nav-reports = راپورونه

## ژباړې

translations-title = ژباړې
translations-language-label = د ژباړې ژبه
translations-show = وښایاست
translations-count = { $count ->
    [0] هیڅ ژباړه نه کمه ده او نه زړه شوې ده.
    [one] یو خدمت ژباړې ته اړتیا لري.
   *[other] { $count } خدمتونه ژباړې ته اړتیا لري.
}
translations-col-resource = خدمت
translations-col-missing = ژباړه نشته
translations-col-outdated = زړه شوې
translations-col-views = د لیدلو شمېر
translations-translate = وژباړئ
translations-export = هغه څه چې ژباړه یې نشته د XLIFF په بڼه ډاونلوډ کړئ
translations-export-from = د اصلي متن ژبه
translations-import-heading = ژباړې بېرته راوړئ
translations-import-label = د XLIFF فایل
translations-import-submit = وارد یې کړئ
translations-imported = { $count ->
    [one] یوه ژباړه خوندي شوه.
   *[other] { $count } ژباړې خوندي شوې.
}
translations-untranslated = { $count ->
    [one] یو متن ناژباړلی پاتې شو.
   *[other] { $count } متنونه ناژباړلي پاتې شول.
}
translations-refused = دا خوندي نه شول:
status-missing = ژباړه نشته
status-outdated = زړه شوې
status-current = تازه
status-reviewed = بیا کتل شوې
translate-title = ژباړه: { $name }
translate-into = په { $language } ژبه
translate-source = اصلي متن ({ $language })
translate-target = ژباړه ({ $language })
translate-status = حالت: { $status }
translate-proposal = د ژباړې له حافظې څخه وړاندیز: مخکې له دې چې خوندي یې کړئ، وې ګورئ.
translate-save = ژباړه خوندي کړئ
translate-review = د بیا کتل شوې په توګه یې نښه کړئ
translate-saved = ژباړه خوندي شوه.
translate-reviewed = د بیا کتل شوې په توګه نښه شوه.
editor-translations-heading = ژباړې
editor-translate-into = په { $language } ژبه یې وژباړئ

## تایید

editor-verify = تایید کړئ چې نن سم دی
editor-verified = نن تایید شو چې سم دی.
editor-last-verified = وروستی تایید: { $date }
editor-never-verified = هېڅکله نه دی تایید شوی
checking-title = کتنې ته اړتیا
checking-intro = { $months ->
    [one] هغه خدمتونه چې یوه میاشت کېږي چا یې سم والی نه دی تایید کړی، تر ټولو زاړه لومړی.
   *[other] هغه خدمتونه چې { $months } میاشتې کېږي چا یې سم والی نه دی تایید کړی، تر ټولو زاړه لومړی.
}
checking-months = څو میاشتې بې تاییده
checking-col-verified = وروستی تایید
checking-col-by = چا
checking-never = هېڅکله
checking-none = دلته د ټولو خدمتونو سم والی په دې وروستیو کې تایید شوی دی.

## د رضاکارانو راپورونه

reports-title = د رضاکارانو راپورونه
reports-none = د کتلو لپاره هیڅ راپور نشته.
reports-col-resource = خدمت
reports-col-category = څه بدل شوي
reports-col-note = یادښت
reports-col-date = د لېږلو نېټه
reports-resolve = ترسره شو
reports-dismiss = رد یې کړئ
reports-closed = راپور وتړل شو.
report-category-closed = خدمت بند شوی او نور کار نه کوي
report-category-moved = بل ځای ته تللی دی
report-category-hours = د کار وخت سم نه دی
report-category-phone = د ټلیفون شمېره سمه نه ده
report-category-other = بل څه
report-link = څه بدل شوي؟ موږ ته ووایاست
report-title = څه بدل شوي؟
report-intro = اېډیټرانو ته ووایاست چې د { $name } په اړه څه شی نور سم نه دی.
report-privacy = هیڅ نوم مه لیکئ. د هغه چا په اړه چې تاسو ورسره مرسته کوئ هیڅ شی مه لیکئ.
report-category-label = څه بدل شوي؟
report-note-label = لنډ یادښت (اختیاري)
report-note-hint = تر 280 تورو پورې. نوم، د ټلیفون شمېره یا شخصي معلومات مه لیکئ.
report-submit = ولېږئ
report-thanks = مننه. د دې سیمې اېډیټران به یې وګوري.
report-invalid = وټاکئ چې څه بدل شوي، او یادښت له 280 تورو لنډ وساتئ.

## حسابونه (د مدیرانو لپاره)

nav-accounts = حسابونه
accounts-title = حسابونه
accounts-col-login = د ننوتلو نوم
accounts-col-role = رول
accounts-col-scope = سیمې یا ژبې
accounts-col-state = حالت
accounts-active = فعال
accounts-disabled = غیر فعال
accounts-disable = غیر فعال یې کړئ
accounts-enable = فعال یې کړئ
accounts-reset = نوی پټنوم
accounts-new = نوی حساب
accounts-id = د ننوتلو نوم
accounts-id-hint = کوچني لاتیني توري، عددونه او لنډه کرښه (-)، د بېلګې په توګه: amina-aarhus
accounts-role = رول
accounts-areas = سیمې (د اېډیټرانو لپاره)
accounts-areas-hint = یوه یا څو سیمې وټاکئ؛ یوه سیمه هغه سیمې هم رانغاړي چې د هغې دننه دي.
accounts-languages = ژبې (د ژباړونکو لپاره)
accounts-create = حساب جوړ کړئ
accounts-password-for = د { $account } پټنوم:
accounts-password-once = دا پټنوم یوازې همدا اوس، یوازې یو ځل ښودل کېږي. په خوندي ډول یې هغه کس ته ورکړئ؛ هغه کولای شي سمدستي پرې ننوځي.
accounts-refused = حساب خوندي نه شو.

## د همکارو وېب‌پاڼو API کیلي (یوازې د مدیرانو لپاره)

nav-keys = د همکارانو کیلي
keys-title = د همکارو وېب‌پاڼو API کیلي
keys-intro = هغه ښاروالۍ او سازمانونه چې د Nabo لټون په خپله وېب پاڼه کې ښيي، یوې کیلي ته اړتیا لري. یوه کیلي په براوزرونو کې یوازې په هغو وېب پتو کار کوي چې د هغې لپاره ثبت شوې دي، او یوازې هومره ځله چې حد یې اجازه ورکوي.
keys-issued-for = د { $partner } لپاره نوې کیلي:
keys-once = همدا اوس یې کاپي کړئ او همکار ته یې ورکړئ: یوازې همدا یو ځل ښودل کېږي او بیا نه لیدل کېږي.
keys-embed = همکار دا دوه کرښې په خپله پاڼه کې پیسټ کوي:
keys-refused = کیلي جوړه نه شوه:
keys-none = لا تر اوسه هیڅ کیلي نشته.
keys-col-name = همکار
keys-col-origins = وېب پتې
keys-col-rate = حد
keys-col-state = حالت
keys-per-minute = په یوه دقیقه کې { $rate }
keys-active = په کار کې
keys-revoked = لغوه شوې
keys-revoke = لغوه یې کړئ
keys-new = نوې کیلي
keys-name = همکار (کیلي د چا لپاره ده)
keys-origins = هغه وېب پتې چې د کیلي د کارولو اجازه لري
keys-origins-hint = د بېلګې په توګه https://kommune.example، په تش ځای یا کامې سره بېلې شوې. که کیلي یوازې له سرور څخه کارول کېږي، خالي یې پرېږدئ.
keys-rate = په یوه دقیقه کې غوښتنې
keys-create = کیلي جوړه کړئ
