# ئەپی وێبی Nabo — کوردیی ناوەندی (سۆرانی). هەمان ناسنامەی پەیامەکانی en/main.ftl.
# گۆڕاوەکان ($name و هتد) ئەپەکە پڕیان دەکاتەوە؛ وەرناگێڕدرێن.

## چوارچێوەی ئەپ

app-name = Nabo
app-tagline = یارمەتیی گونجاو لە نزیک خۆت بدۆزەوە — بە زمانی خۆت
nav-home = گەڕان
nav-skip-to-content = بازدان بۆ ناوەڕۆک
footer-about = Nabo ڕێبەرێکی خزمەتگوزارییە ناوچەییەکانە، بۆ ئەو خۆبەخشانەی یارمەتیی ژنان دەدەن تا ڕێگای خۆیان بدۆزنەوە.
footer-privacy = Nabo هیچ زانیارییەک دەربارەی ئەو کەسانەی یارمەتییان دەدەیت پاشەکەوت ناکات.
footer-demo-data = زانیاریی نموونە: ئەو خزمەتگوزارییانەی پیشان دەدرێن ڕاستەقینە نین.
offline-notice = ئینتەرنێت نییە. ئەو پەڕانەی پێشتر کرابوونەوە هێشتا کار دەکەن.

## هەڵبژاردنی زمان

language-picker-label = زمان
language-picker-button = گۆڕینی زمان
language-picker-current = زمانی ئێستا: { $language }

## گەڕان

search-heading = یارمەتیت بۆ چی پێویستە؟
search-label = بەدوای خزمەتگوزارییەکدا بگەڕێ یان پێویستییەکەت بنووسە
search-placeholder = بۆ نموونە: جۆب سێنتەر، منداڵەکەم پێویستی بە پشکنینە
search-button = گەڕان
search-categories-heading = یان جۆرێکی یارمەتی هەڵبژێرە
search-filters-heading = وردکردنەوەی گەڕان
filter-area-label = شارەوانی
filter-area-any = هەموو شارەوانییەکان
filter-category-label = جۆری یارمەتی
filter-category-any = هەموو جۆرەکانی یارمەتی
filter-attributes-label = پێویستە هەبێت
filter-open-now = ئێستا کراوەیە
filter-near-me = نزیک من
filter-near-me-help = شوێنی مۆبایلەکەت تەنها بۆ ڕیزکردن بەپێی دووری بەکاردێت و پاشەکەوت ناکرێت.
filter-postcode-label = یان کۆدی پۆستە
filter-apply = پیشاندانی ئەنجامەکان
filter-clear = سڕینەوەی فلتەرەکان
geolocation-denied = شوێن بەردەست نییە. لەجیاتی ئەوە شارەوانییەک هەڵبژێرە یان کۆدی پۆستە بنووسە.
geolocation-locating = شوێنەکەت دەدۆزرێتەوە…

## ئەنجامەکان

results-count = { $count ->
    [0] هیچ خزمەتگوزارییەک نەدۆزرایەوە
    [one] یەک خزمەتگوزاری دۆزرایەوە
   *[other] { $count } خزمەتگوزاری دۆزرایەوە
}
results-none-help = وشەی تر تاقی بکەرەوە، فلتەری کەمتر دابنێ، یان لە خوارەوە جۆرێکی یارمەتی هەڵبژێرە.
results-distance-m = { $distance } مەتر دوور
results-distance-km = { $distance } کیلۆمەتر دوور
results-open-now = ئێستا کراوەیە
results-closed-now = ئێستا داخراوە
results-hours-unknown = کاتی کارکردن نەزانراوە
results-shown-in = بە زمانی { $language }
results-next = پەڕەی داهاتوو
results-previous = پەڕەی پێشوو
results-page = پەڕەی { $page } لە { $pages }

## پەڕەی خزمەتگوزاری

resource-about = دەربارەی ئەم خزمەتگوزارییە
resource-how-to-get-help = چۆن یارمەتی وەربگریت
resource-opening-hours = کاتی کارکردن
resource-contact = پەیوەندی
resource-address = ناونیشان
resource-call = پەیوەندی بکە بە { $phone }
resource-email = ئیمەیڵ بنێرە
resource-website = ماڵپەڕ
resource-map-osm = پیشاندان لەسەر OpenStreetMap
resource-map-app = کردنەوە لە ئەپی نەخشە
resource-languages-spoken = ئەو زمانانەی لێرە قسەیان پێدەکرێت
resource-attributes = باشە بیزانیت
resource-verified = ئێدیتەرێک لە { $date } پشکنیویەتی
resource-not-verified = هێشتا هیچ ئێدیتەرێک نەیپشکنیوە
resource-shown-in = ئەم دەقە بە زمانی { $language } پیشان دەدرێت، چونکە هێشتا وەرنەگێڕدراوە.
resource-make-card = کارتێکی بۆ دروست بکە
resource-back-to-results = گەڕانەوە بۆ ئەنجامەکان
resource-not-found = ئەم خزمەتگوزارییە بوونی نییە یان لابراوە.

## کاتی کارکردن

hours-open-now = ئێستا کراوەیە
hours-closed-now = ئێستا داخراوە
hours-opens-at = { $day } کاتژمێر { $time } دەکرێتەوە
hours-closes-at = کاتژمێر { $time } دادەخرێت
hours-unknown = کاتی کارکردن نەزانراوە
hours-closed-day = داخراوە
hours-always-open = شەو و ڕۆژ کراوەیە
hours-public-holidays = لە پشووە فەرمییەکاندا داخراوە
day-mo = دووشەممە
day-tu = سێشەممە
day-we = چوارشەممە
day-th = پێنجشەممە
day-fr = هەینی
day-sa = شەممە
day-su = یەکشەممە
day-today = ئەمڕۆ
day-tomorrow = سبەینێ

## کارتی ناردن

card-heading = کارت: { $name }
card-choose-language = زمانی ئەو
card-choose-button = دروستکردنی کارت
card-intro = ئەم کارتە لە پێشوازی پیشان بدە.
card-what = یارمەتی لە چیدا دەدەن
card-where = لە کوێ
card-when = کەی
card-phone = تەلەفۆن
card-qr-caption = سکانی بکە بۆ ئەوەی ئەم پەڕەیە بە زمانی خۆت بکرێتەوە
card-print = چاپکردن
card-share = هاوبەشکردن
card-copy-link = کۆپیکردنی لینک
card-link-copied = لینکەکە کۆپی کرا
card-local-language = بە زمانی { $language }

## هەڵەکان

error-not-found-title = پەڕەکە نەدۆزرایەوە
error-not-found-text = ئەو پەڕەیەی داوات کرد بوونی نییە.
error-bad-request-title = شتێک لە داواکارییەکەدا هەڵەیە
error-server-title = هەڵەیەک ڕوویدا
error-server-text = تکایە دوای کەمێک دووبارە هەوڵ بدەرەوە.
error-back-home = گەڕانەوە بۆ پەڕەی گەڕان

## ناوی زمانەکان (بۆ «ئەو زمانانەی لێرە قسەیان پێدەکرێت» و «بە زمانی …»)

language-da = دانیمارکی
language-en = ئینگلیزی
language-ar = عەرەبی
language-so = سۆماڵی
language-tr = تورکی
language-fa = فارسی
language-fa-af = دەری
language-ur = ئوردوو
language-ps = پەشتۆ
language-ckb = کوردیی ناوەندی (سۆرانی)
language-kmr = کوردیی باکووری (کورمانجی)
language-ti = تیگرینیا
language-am = ئەمهەری
language-uk = ئۆکرانی
language-ru = ڕووسی
language-pl = پۆڵەندی
language-ro = ڕۆمانیایی
language-bs = بۆسنی
language-sq = ئەلبانی
language-vi = ڤێتنامی
language-th = تایلەندی
language-zh = چینی (سادەکراو)
language-ta = تامیلی
language-bn = بەنگالی
language-hi = هیندی
language-pa = پەنجابی
language-es = ئیسپانی
language-fr = فەرەنسی
language-de = ئەڵمانی
language-sw = سواحیلی
language-om = ئۆرۆمۆ
language-fil = فیلیپینی

## پەڕەی API بۆ ماڵپەڕی هاوبەشەکان (/{lang}/api). دەقی کردارەکان بە ئینگلیزی دەمێننەوە.

api-title = Nabo API بۆ ماڵپەڕی هاوبەشەکان
api-intro = شارەوانی و ڕێکخراوەکان دەتوانن گەڕانی Nabo لە ماڵپەڕی خۆیاندا پیشان بدەن، یان ڕێبەرەکە لە سیستەمەکانی خۆیانەوە بخوێننەوە. هەموو ئەوەی لە خوارەوەیە گشتییە و لە چوارچێوەی سنوورەکاندا بەخۆڕایی بەکاردێت.
api-widget = گەڕان لە ماڵپەڕەکەتدا
api-widget-text = ئەم دوو دێڕە لە پەڕەکەتدا دابنێ. زمان و ناوچەکە بگۆڕە، و ئەو کلیلە بەکاربهێنە کە لە بەڕێوەبەرانی Nabo وەرتگرتووە.
api-keys = کلیل و سنوورەکان
api-keys-text = بەبێ کلیل دەتوانیت لە هەر ناونیشانێکەوە ژمارەیەکی سنووردار داواکاری بنێریت. بە کلیل سنووری تایبەتی خۆت هەیە؛ وەک «Authorization: Bearer» یان وەک پارامیتەری «key» بینێرە. وەڵامەکان دەکرێ لە cache دا هەڵبگیرێن: ETag و Cache-Control یان تێدایە.
api-formats = وەسفی خوێندراو بە ئامێر و خاڵە کۆتاییەکانی (endpoints) Open Referral HSDS 3.0
api-operations = کردارەکان
api-needs-account = پێویستی بە تۆکێنی هەژمارێک هەیە (بۆ ئێدیتەران).
api-parameters = پارامیتەرەکان
api-responses = وەڵامەکان
api-col-name = ناو
api-col-in = شوێن
api-col-accepts = بەها ڕێپێدراوەکان
api-col-description = وەسف
api-col-status = دۆخ
api-required = پێویستە
api-accepts-list = لیستێک لە { $items }
api-accepts-one-of = یەکێک لەمانە: { $values }
api-accepts-range = لە { $min } تا { $max }
api-accepts-min = لانیکەم { $min }
api-accepts-max = لانیزۆر { $max }
api-accepts-length = لانیزۆر { $length } پیت
api-accepts-pattern = بە شێوەی { $pattern }
nav-api = بۆ ماڵپەڕی هاوبەشەکان
