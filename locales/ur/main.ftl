# Nabo ویب ایپ — اردو۔ پیغامات کی وہی شناختیں (ids) جو en/main.ftl میں ہیں۔
# متغیرات ($name وغیرہ) ایپ خود بھرتی ہے؛ ان کا ترجمہ نہیں ہوتا۔

## ایپ کا ڈھانچہ

app-name = Nabo
app-tagline = اپنے قریب صحیح مدد تلاش کریں — اپنی زبان میں
nav-home = تلاش
nav-skip-to-content = سیدھا مواد پر جائیں
footer-about = Nabo مقامی سروسز کی ڈائریکٹری ہے، اُن رضاکاروں کے لیے جو خواتین کو راستہ ڈھونڈنے میں مدد دیتی ہیں۔
footer-privacy = Nabo اُن لوگوں کے بارے میں کچھ بھی محفوظ نہیں کرتا جن کی آپ مدد کرتی ہیں۔
footer-demo-data = نمونے کا ڈیٹا: یہاں دکھائی گئی سروسز اصلی نہیں ہیں۔
offline-notice = انٹرنیٹ کنکشن نہیں ہے۔ جو صفحات آپ پہلے کھول چکی ہیں وہ اب بھی کام کرتے ہیں۔

## زبان کا انتخاب

language-picker-label = زبان
language-picker-button = زبان بدلیں
language-picker-current = موجودہ زبان: { $language }

## تلاش

search-heading = آپ کو کس چیز میں مدد چاہیے؟
search-label = کوئی سروس تلاش کریں یا اپنی ضرورت بتائیں
search-placeholder = مثلاً: جاب سینٹر، میرے بچے کا چیک اپ کروانا ہے
search-button = تلاش کریں
search-categories-heading = یا مدد کی قسم چنیں
search-filters-heading = نتائج محدود کریں
filter-area-label = بلدیہ
filter-area-any = تمام بلدیات
filter-category-label = مدد کی قسم
filter-category-any = ہر قسم کی مدد
filter-attributes-label = ضروری سہولیات
filter-open-now = ابھی کھلا ہے
filter-near-me = میرے قریب
filter-near-me-help = آپ کے فون کی لوکیشن صرف فاصلے کے حساب سے ترتیب دینے کے لیے استعمال ہوتی ہے۔ اسے محفوظ نہیں کیا جاتا۔
filter-postcode-label = یا پوسٹ کوڈ
filter-apply = نتائج دکھائیں
filter-clear = فلٹر ہٹائیں
geolocation-denied = لوکیشن دستیاب نہیں۔ اس کے بجائے بلدیہ چنیں یا پوسٹ کوڈ لکھیں۔
geolocation-locating = آپ کی لوکیشن معلوم کی جا رہی ہے…

## نتائج

results-count = { $count ->
    [0] کوئی سروس نہیں ملی
    [one] ایک سروس ملی
   *[other] { $count } سروسز ملیں
}
results-none-help = دوسرے الفاظ آزمائیں، کم فلٹر لگائیں، یا نیچے سے مدد کی کوئی قسم چنیں۔
results-distance-m = { $distance } میٹر دور
results-distance-km = { $distance } کلومیٹر دور
results-open-now = ابھی کھلا ہے
results-closed-now = ابھی بند ہے
results-hours-unknown = کھلنے کے اوقات معلوم نہیں
results-shown-in = { $language } میں دکھایا گیا
results-next = اگلا صفحہ
results-previous = پچھلا صفحہ
results-page = { $pages } میں سے صفحہ { $page }

## سروس کا صفحہ

resource-about = اس سروس کے بارے میں
resource-how-to-get-help = مدد کیسے لیں
resource-opening-hours = کھلنے کے اوقات
resource-contact = رابطہ
resource-address = پتہ
resource-call = { $phone } پر کال کریں
resource-email = ای میل لکھیں
resource-website = ویب سائٹ
resource-map-osm = OpenStreetMap پر دیکھیں
resource-map-app = نقشے کی ایپ میں کھولیں
resource-languages-spoken = یہاں بولی جانے والی زبانیں
resource-attributes = مفید معلومات
resource-verified = ایڈیٹر نے { $date } کو چیک کیا
resource-not-verified = ابھی کسی ایڈیٹر نے چیک نہیں کیا
resource-shown-in = یہ متن { $language } میں دکھایا جا رہا ہے کیونکہ اس کا ترجمہ ابھی نہیں ہوا۔
resource-make-card = اس کے لیے کارڈ بنائیں
resource-back-to-results = نتائج پر واپس جائیں
resource-not-found = یہ سروس موجود نہیں یا ہٹا دی گئی ہے۔

## کھلنے کے اوقات

hours-open-now = ابھی کھلا ہے
hours-closed-now = ابھی بند ہے
hours-opens-at = { $day } { $time } بجے کھلے گا
hours-closes-at = { $time } بجے بند ہوگا
hours-unknown = کھلنے کے اوقات معلوم نہیں
hours-closed-day = بند
hours-always-open = دن رات کھلا ہے
hours-public-holidays = سرکاری چھٹیوں پر بند
day-mo = پیر
day-tu = منگل
day-we = بدھ
day-th = جمعرات
day-fr = جمعہ
day-sa = ہفتہ
day-su = اتوار
day-today = آج
day-tomorrow = کل

## ریفرل کارڈ

card-heading = کارڈ: { $name }
card-choose-language = اس کی زبان
card-choose-button = کارڈ بنائیں
card-intro = یہ کارڈ استقبالیہ پر دکھائیں۔
card-what = کس چیز میں مدد کرتے ہیں
card-where = کہاں
card-when = کب
card-phone = فون
card-qr-caption = یہ صفحہ اپنی زبان میں کھولنے کے لیے اسکین کریں
card-print = پرنٹ کریں
card-share = شیئر کریں
card-copy-link = لنک کاپی کریں
card-link-copied = لنک کاپی ہو گیا
card-local-language = { $language } میں

## خرابیاں

error-not-found-title = صفحہ نہیں ملا
error-not-found-text = جو صفحہ آپ نے مانگا وہ موجود نہیں۔
error-bad-request-title = درخواست میں کچھ غلط ہے
error-server-title = کچھ غلط ہو گیا
error-server-text = براہِ کرم تھوڑی دیر بعد دوبارہ کوشش کریں۔
error-back-home = تلاش پر واپس جائیں

## زبانوں کے نام («یہاں بولی جانے والی زبانیں» اور «… میں دکھایا گیا» کے لیے)

language-da = ڈینش
language-en = انگریزی
language-ar = عربی
language-so = صومالی
language-tr = ترکی
language-fa = فارسی
language-fa-af = دری
language-ur = اردو
language-ps = پشتو
language-ckb = وسطی کردی (سورانی)
language-kmr = شمالی کردی (کرمانجی)
language-ti = تگرینیا
language-am = امہری
language-uk = یوکرینی
language-ru = روسی
language-pl = پولش
language-ro = رومانیائی
language-bs = بوسنیائی
language-sq = البانوی
language-vi = ویتنامی
language-th = تھائی
language-zh = چینی (آسان)
language-ta = تمل
language-bn = بنگالی
language-hi = ہندی
language-pa = پنجابی
language-es = ہسپانوی
language-fr = فرانسیسی
language-de = جرمن
language-sw = سواحلی
language-om = اورومو
language-fil = فلپائنی

## پارٹنر ویب سائٹس کے لیے API کا صفحہ (/{lang}/api)۔ آپریشنز کے متن انگریزی میں رہتے ہیں۔

api-title = پارٹنر ویب سائٹس کے لیے Nabo کی API
api-intro = بلدیات اور تنظیمیں Nabo کی تلاش اپنی ویب سائٹ پر دکھا سکتی ہیں، یا اپنے سسٹمز سے ڈائریکٹری پڑھ سکتی ہیں۔ نیچے دی گئی ہر چیز عوامی ہے اور حدود کے اندر مفت استعمال کی جا سکتی ہے۔
api-widget = اپنی ویب سائٹ پر تلاش
api-widget-text = یہ دو لائنیں اپنے صفحے میں پیسٹ کریں۔ زبان اور علاقہ بدلیں، اور وہ کلید استعمال کریں جو آپ کو Nabo کے ایڈمنسٹریٹرز سے ملی ہے۔
api-keys = کلیدیں اور حدود
api-keys-text = کلید کے بغیر آپ ہر پتے سے محدود تعداد میں درخواستیں بھیج سکتے ہیں۔ کلید کے ساتھ آپ کی اپنی حد ہوتی ہے؛ کلید کو «Authorization: Bearer» کے طور پر یا «key» پیرامیٹر میں بھیجیں۔ جوابات کیش کیے جا سکتے ہیں: ان میں ETag اور Cache-Control ہوتے ہیں۔
api-formats = مشین کے پڑھنے کے قابل تفصیل اور Open Referral HSDS 3.0 کے اینڈ پوائنٹس
api-operations = آپریشنز
api-needs-account = کسی اکاؤنٹ کا ٹوکن درکار ہے (ایڈیٹرز کے لیے)۔
api-parameters = پیرامیٹرز
api-responses = جوابات
api-col-name = نام
api-col-in = جگہ
api-col-accepts = قابلِ قبول قدریں
api-col-description = تفصیل
api-col-status = اسٹیٹس
api-required = لازمی
api-accepts-list = { $items } کی فہرست
api-accepts-one-of = ان میں سے ایک: { $values }
api-accepts-range = { $min } سے { $max } تک
api-accepts-min = کم از کم { $min }
api-accepts-max = زیادہ سے زیادہ { $max }
api-accepts-length = زیادہ سے زیادہ { $length } حروف
api-accepts-pattern = { $pattern } کی شکل میں
nav-api = پارٹنر ویب سائٹس کے لیے
