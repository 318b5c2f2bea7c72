# د Nabo وېب اپلیکیشن — پښتو. د en/main.ftl همغه د پیغامونو پېژندنې (ids).
# متغیرونه ($name او نور) اپلیکیشن ډکوي؛ نه ژباړل کېږي.

## د اپلیکیشن چوکاټ

app-name = Nabo
app-tagline = په خپله سیمه کې سمه مرسته پیدا کړئ — په خپله ژبه
nav-home = لټون
nav-skip-to-content = اصلي منځپانګې ته ورشئ
footer-about = Nabo د سیمه‌ییزو خدمتونو لارښود دی، د هغو رضاکارانو لپاره چې له ښځو سره د خپلې لارې په موندلو کې مرسته کوي.
footer-privacy = Nabo د هغو کسانو په اړه هیڅ معلومات نه ساتي چې تاسو ورسره مرسته کوئ.
footer-demo-data = د بېلګې معلومات: دلته ښودل شوي خدمتونه رښتیني نه دي.
offline-notice = انټرنېټ نشته. هغه پاڼې چې مو مخکې پرانیستې وې، لا هم کار کوي.

## د ژبې ټاکل

language-picker-label = ژبه
language-picker-button = ژبه بدله کړئ
language-picker-current = اوسنۍ ژبه: { $language }

## لټون

search-heading = په څه کې مرستې ته اړتیا لرئ؟
search-label = یو خدمت ولټوئ یا خپله اړتیا ولیکئ
search-placeholder = لکه: جاب سنټر، ماشوم مې معاینې ته اړتیا لري
search-button = لټون
search-categories-heading = یا د مرستې ډول وټاکئ
search-filters-heading = پایلې محدودې کړئ
filter-area-label = ښاروالي (کمون)
filter-area-any = ټولې ښاروالۍ
filter-category-label = د مرستې ډول
filter-category-any = د مرستې ټول ډولونه
filter-attributes-label = باید ولري
filter-open-now = اوس خلاص دی
filter-near-me = ما ته نږدې
filter-near-me-help = ستاسو د ټلیفون ځای یوازې د واټن له مخې د ترتیب لپاره کارول کېږي، او نه ساتل کېږي.
filter-postcode-label = یا پوستي کوډ
filter-apply = پایلې وښایاست
filter-clear = فلټرونه پاک کړئ
geolocation-denied = ستاسو ځای نه معلومېږي. پر ځای یې یوه ښاروالي وټاکئ یا پوستي کوډ ولیکئ.
geolocation-locating = ستاسو ځای پیدا کېږي…

## پایلې

results-count = { $count ->
    [0] هیڅ خدمت ونه موندل شو
    [one] یو خدمت وموندل شو
   *[other] { $count } خدمتونه وموندل شول
}
results-none-help = نور ټکي وازمویئ، لږ فلټرونه وکاروئ، یا لاندې د مرستې یو ډول وټاکئ.
results-distance-m = { $distance } متره لرې
results-distance-km = { $distance } کیلومتره لرې
results-open-now = اوس خلاص دی
results-closed-now = اوس بند دی
results-hours-unknown = د کار وخت نه دی معلوم
results-shown-in = په { $language } ژبه
results-next = بله پاڼه
results-previous = مخکینۍ پاڼه
results-page = پاڼه { $page } له { $pages } څخه

## د خدمت پاڼه

resource-about = د دې خدمت په اړه
resource-how-to-get-help = مرسته څنګه ترلاسه کړئ
resource-opening-hours = د کار وخت
resource-contact = اړیکه
resource-address = پته
resource-call = { $phone } ته زنګ ووهئ
resource-email = ایمیل ولیکئ
resource-website = وېب پاڼه
resource-map-osm = په OpenStreetMap کې یې وګورئ
resource-map-app = د نقشې په اپلیکیشن کې یې پرانیزئ
resource-languages-spoken = دلته په دې ژبو خبرې کېږي
resource-attributes = ګټور معلومات
resource-verified = د یوه اېډیټر له خوا په { $date } کتل شوی
resource-not-verified = تر اوسه د اېډیټر له خوا نه دی کتل شوی
resource-shown-in = دا متن په { $language } ژبه ښودل کېږي، ځکه چې لا نه دی ژباړل شوی.
resource-make-card = د هغې لپاره کارت جوړ کړئ
resource-back-to-results = بېرته پایلو ته
resource-not-found = دا خدمت نشته یا لرې شوی دی.

## د کار وخت

hours-open-now = اوس خلاص دی
hours-closed-now = اوس بند دی
hours-opens-at = { $day } په { $time } خلاصېږي
hours-closes-at = په { $time } بندېږي
hours-unknown = د کار وخت نه دی معلوم
hours-closed-day = بند
hours-always-open = شپه او ورځ خلاص دی
hours-public-holidays = په رسمي رخصتیو کې بند دی
day-mo = دوشنبه
day-tu = سه‌شنبه
day-we = چهارشنبه
day-th = پنجشنبه
day-fr = جمعه
day-sa = شنبه
day-su = یکشنبه
day-today = نن
day-tomorrow = سبا

## د معرفي کارت

card-heading = کارت: { $name }
card-choose-language = د هغې ژبه
card-choose-button = کارت جوړ کړئ
card-intro = دا کارت د معلوماتو مېز ته وښایاست.
card-what = په څه کې مرسته کوي
card-where = چېرته
card-when = کله
card-phone = ټلیفون
card-qr-caption = دا پاڼه په خپله ژبه د پرانیستلو لپاره سکن کړئ
card-print = چاپ
card-share = شریکول
card-copy-link = لینک کاپي کړئ
card-link-copied = لینک کاپي شو
card-local-language = په { $language } ژبه

## تېروتنې

error-not-found-title = پاڼه ونه موندل شوه
error-not-found-text = هغه پاڼه چې تاسو غوښتې، نشته.
error-bad-request-title = په غوښتنه کې یو څه سم نه دي
error-server-title = یوه ستونزه پېښه شوه
error-server-text = مهرباني وکړئ لږ وروسته بیا هڅه وکړئ.
error-back-home = بېرته لټون ته

## د ژبو نومونه (د «دلته په دې ژبو خبرې کېږي» او «په … ژبه» لپاره)

language-da = ډنمارکي
language-en = انګلیسي
language-ar = عربي
language-so = سومالیایي
language-tr = ترکي
language-fa = فارسي
language-fa-af = دري
language-ur = اردو
language-ps = پښتو
language-ckb = منځنۍ کردي (سوراني)
language-kmr = شمالي کردي (کرمانجي)
language-ti = تیګرینیا
language-am = امهري
language-uk = اوکرایني
language-ru = روسي
language-pl = پولنډي
language-ro = رومانیایي
language-bs = بوسنیایي
language-sq = الباني
language-vi = ویتنامي
language-th = تایلنډي
language-zh = چیني (ساده شوې)
language-ta = تامیل
language-bn = بنګالي
language-hi = هندي
language-pa = پنجابي
language-es = هسپانوي
language-fr = فرانسوي
language-de = جرمني
language-sw = سواحلي
language-om = اورومو
language-fil = فلیپیني

## د همکارو وېب‌پاڼو لپاره د API پاڼه (/{lang}/api). د عملیاتو متنونه په انګلیسي پاتې کېږي.

api-title = د همکارو وېب‌پاڼو لپاره د Nabo API
api-intro = ښاروالۍ او سازمانونه کولای شي د Nabo لټون په خپلو وېب پاڼو کې وښيي، یا لارښود له خپلو سیستمونو څخه ولولي. لاندې هر څه عامه دي او د حد دننه وړیا کارول کېدای شي.
api-widget = ستاسو په وېب پاڼه کې لټون
api-widget-text = دا دوه کرښې په خپله پاڼه کې پیسټ کړئ. ژبه او سیمه بدله کړئ، او هغه کیلي وکاروئ چې د Nabo له مدیرانو څخه مو اخیستې ده.
api-keys = کیلي او حدونه
api-keys-text = له کیلي پرته له هرې پتې څخه محدود شمېر غوښتنې لېږلای شئ. له کیلي سره خپل جلا حد لرئ؛ کیلي د «Authorization: Bearer» په توګه یا د «key» پارامټر کې ولېږئ. ځوابونه په cache کې ساتل کېدای شي: ETag او Cache-Control لري.
api-formats = د ماشین لپاره د لوستلو وړ تشریح او د Open Referral HSDS 3.0 پای ټکي (endpoints)
api-operations = عملیات
api-needs-account = د یو حساب ټوکن ته اړتیا لري (د اېډیټرانو لپاره).
api-parameters = پارامټرونه
api-responses = ځوابونه
api-col-name = نوم
api-col-in = ځای
api-col-accepts = منل شوي ارزښتونه
api-col-description = تشریح
api-col-status = حالت
api-required = اړین
api-accepts-list = د { $items } لړلیک
api-accepts-one-of = له دې څخه یو: { $values }
api-accepts-range = له { $min } څخه تر { $max } پورې
api-accepts-min = لږ تر لږه { $min }
api-accepts-max = ډېر نه ډېر { $max }
api-accepts-length = ډېر نه ډېر { $length } توري
api-accepts-pattern = د { $pattern } په بڼه
nav-api = د همکارو وېب‌پاڼو لپاره
