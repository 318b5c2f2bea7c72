# وب‌اپ Nabo — دری. همان شناسه‌های پیام en/main.ftl.
# متغیرها ($name و غیره) را برنامه پر می‌کند؛ ترجمه نمی‌شوند.

## چارچوب برنامه

app-name = Nabo
app-tagline = کمک درست را در نزدیکی خود پیدا کنید — به زبان خودتان
nav-home = جستجو
nav-skip-to-content = رفتن به محتوای اصلی
footer-about = Nabo رهنمای خدمات محلی است، برای رضاکارانی که به زنان کمک می‌کنند راه خود را پیدا کنند.
footer-privacy = Nabo هیچ معلوماتی دربارهٔ کسانی که به آن‌ها کمک می‌کنید، ذخیره نمی‌کند.
footer-demo-data = معلومات نمونه: خدماتی که نشان داده می‌شوند، واقعی نیستند.
offline-notice = انترنت وصل نیست. صفحه‌هایی که پیش‌تر باز کرده‌اید، هنوز کار می‌کنند.

## انتخاب زبان

language-picker-label = زبان
language-picker-button = تبدیل کردن زبان
language-picker-current = زبان فعلی: { $language }

## جستجو

search-heading = به چه کمکی ضرورت دارید؟
search-label = یک خدمت را جستجو کنید یا ضرورت خود را بنویسید
search-placeholder = مثلاً: جاب سنتر، طفلم به معاینه ضرورت دارد
search-button = جستجو
search-categories-heading = یا نوع کمک را انتخاب کنید
search-filters-heading = محدود ساختن نتایج
filter-area-label = شاروالی (کمون)
filter-area-any = همه شاروالی‌ها
filter-category-label = نوع کمک
filter-category-any = همه انواع کمک
filter-attributes-label = باید داشته باشد
filter-open-now = حالا باز است
filter-near-me = نزدیک من
filter-near-me-help = موقعیت موبایل شما فقط برای ترتیب کردن به اساس فاصله استفاده می‌شود و ذخیره نمی‌شود.
filter-postcode-label = یا کود پستی
filter-apply = نشان دادن نتایج
filter-clear = پاک کردن فلترها
geolocation-denied = موقعیت در دسترس نیست. به جای آن یک شاروالی را انتخاب کنید یا کود پستی را بنویسید.
geolocation-locating = در حال پیدا کردن موقعیت شما…

## نتایج

results-count = { $count ->
    [0] هیچ خدمتی پیدا نشد
    [one] یک خدمت پیدا شد
   *[other] { $count } خدمت پیدا شد
}
results-none-help = کلمه‌های دیگر را امتحان کنید، فلترهای کمتر بگذارید، یا از پایین یک نوع کمک را انتخاب کنید.
results-distance-m = { $distance } متر دور
results-distance-km = { $distance } کیلومتر دور
results-open-now = حالا باز است
results-closed-now = حالا بسته است
results-hours-unknown = اوقات کاری معلوم نیست
results-shown-in = به زبان { $language }
results-next = صفحهٔ بعدی
results-previous = صفحهٔ قبلی
results-page = صفحهٔ { $page } از { $pages }

## صفحهٔ خدمت

resource-about = دربارهٔ این خدمت
resource-how-to-get-help = چطور کمک بگیرید
resource-opening-hours = اوقات کاری
resource-contact = تماس
resource-address = آدرس
resource-call = زنگ زدن به { $phone }
resource-email = فرستادن ایمیل
resource-website = ویب‌سایت
resource-map-osm = نشان دادن در OpenStreetMap
resource-map-app = باز کردن در برنامهٔ نقشه
resource-languages-spoken = زبان‌هایی که اینجا صحبت می‌شود
resource-attributes = خوب است بدانید
resource-verified = در { $date } توسط یک ویرایشگر بررسی شده
resource-not-verified = هنوز توسط ویرایشگر بررسی نشده
resource-shown-in = این متن به زبان { $language } نشان داده می‌شود، چون هنوز ترجمه نشده است.
resource-make-card = برای او یک کارت بسازید
resource-back-to-results = برگشت به نتایج
resource-not-found = این خدمت وجود ندارد یا حذف شده است.

## اوقات کاری

hours-open-now = حالا باز است
hours-closed-now = حالا بسته است
hours-opens-at = { $day } ساعت { $time } باز می‌شود
hours-closes-at = ساعت { $time } بسته می‌شود
hours-unknown = اوقات کاری معلوم نیست
hours-closed-day = بسته
hours-always-open = شب و روز باز است
hours-public-holidays = در رخصتی‌های رسمی بسته است
day-mo = دوشنبه
day-tu = سه‌شنبه
day-we = چهارشنبه
day-th = پنجشنبه
day-fr = جمعه
day-sa = شنبه
day-su = یکشنبه
day-today = امروز
day-tomorrow = فردا

## کارت معرفی

card-heading = کارت: { $name }
card-choose-language = زبان او
card-choose-button = ساختن کارت
card-intro = این کارت را در میز پذیرش نشان بدهید.
card-what = در چه چیزی کمک می‌کنند
card-where = کجا
card-when = چه وقت
card-phone = تیلفون
card-qr-caption = برای باز کردن این صفحه به زبان خودتان، کود را سکن کنید
card-print = چاپ
card-share = شریک ساختن
card-copy-link = کاپی کردن لینک
card-link-copied = لینک کاپی شد
card-local-language = به زبان { $language }

## خطاها

error-not-found-title = صفحه پیدا نشد
error-not-found-text = صفحه‌ای که خواستید وجود ندارد.
error-bad-request-title = در درخواست مشکلی هست
error-server-title = مشکلی پیش آمد
error-server-text = لطفاً کمی بعد دوباره کوشش کنید.
error-back-home = برگشت به جستجو

## نام زبان‌ها (برای «زبان‌هایی که اینجا صحبت می‌شود» و «به زبان …»)

language-da = دنمارکی
language-en = انگلیسی
language-ar = عربی
language-so = سومالیایی
language-tr = ترکی
language-fa = فارسی
language-fa-af = دری
language-ur = اردو
language-ps = پشتو
language-ckb = کردی مرکزی (سورانی)
language-kmr = کردی شمالی (کرمانجی)
language-ti = تگرینیا
language-am = امهری
language-uk = اوکراینی
language-ru = روسی
language-pl = پولندی
language-ro = رومانیایی
language-bs = بوسنیایی
language-sq = البانیایی
language-vi = ویتنامی
language-th = تایلندی
language-zh = چینایی (ساده‌شده)
language-ta = تامیلی
language-bn = بنگالی
language-hi = هندی
language-pa = پنجابی
language-es = هسپانوی
language-fr = فرانسوی
language-de = جرمنی
language-sw = سواحلی
language-om = اورومو
language-fil = فلیپینی

## صفحهٔ API برای ویب‌سایت‌های همکار (/{lang}/api). متن عملیات‌ها به انگلیسی می‌ماند.

api-title = API برای ویب‌سایت‌های همکار Nabo
api-intro = شاروالی‌ها و مؤسسات می‌توانند جستجوی Nabo را در ویب‌سایت خود نشان دهند، یا رهنما را از سیستم‌های خود بخوانند. همهٔ آنچه در پایین آمده عمومی است و استفاده از آن در حد مجاز رایگان است.
api-widget = جستجو در ویب‌سایت شما
api-widget-text = این دو سطر را در صفحهٔ خود پیست کنید. زبان و ساحه را تغییر دهید و کلیدی را به کار ببرید که از مدیران Nabo گرفته‌اید.
api-keys = کلیدها و حدها
api-keys-text = بدون کلید می‌توانید از هر آدرس تعداد محدودی درخواست بفرستید. با کلید، حد جداگانهٔ خود را دارید؛ کلید را به شکل «Authorization: Bearer» یا در پارامتر «key» بفرستید. جواب‌ها را می‌توان در حافظهٔ موقت (cache) نگه داشت: آن‌ها ETag و Cache-Control دارند.
api-formats = توضیح ماشین‌خوان و نقاط پایانی (endpoints) مربوط به Open Referral HSDS 3.0
api-operations = عملیات‌ها
api-needs-account = به توکن یک حساب ضرورت دارد (برای ویرایشگران).
api-parameters = پارامترها
api-responses = جواب‌ها
api-col-name = نام
api-col-in = محل
api-col-accepts = مقادیر مجاز
api-col-description = توضیحات
api-col-status = وضعیت
api-required = ضروری
api-accepts-list = لیستی از { $items }
api-accepts-one-of = یکی از: { $values }
api-accepts-range = از { $min } تا { $max }
api-accepts-min = دست‌کم { $min }
api-accepts-max = حداکثر { $max }
api-accepts-length = حداکثر { $length } حرف
api-accepts-pattern = به شکل { $pattern }
nav-api = برای ویب‌سایت‌های همکار
