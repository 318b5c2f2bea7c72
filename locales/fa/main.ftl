# وب‌اپ Nabo — فارسی. همان شناسه‌های پیام en/main.ftl.
# متغیرها ($name و غیره) را برنامه پر می‌کند؛ ترجمه نمی‌شوند.

## چارچوب برنامه

app-name = Nabo
app-tagline = کمک مناسب را در نزدیکی خود پیدا کنید — به زبان خودتان
nav-home = جستجو
nav-skip-to-content = رفتن به محتوای اصلی
footer-about = Nabo فهرستی از خدمات محلی است، برای داوطلبانی که به زنان کمک می‌کنند راهشان را پیدا کنند.
footer-privacy = Nabo هیچ اطلاعاتی دربارهٔ کسانی که به آن‌ها کمک می‌کنید ذخیره نمی‌کند.
footer-demo-data = داده‌های نمونه: خدماتی که نشان داده می‌شوند واقعی نیستند.
offline-notice = اینترنت وصل نیست. صفحه‌هایی که قبلاً باز کرده‌اید هنوز کار می‌کنند.

## انتخاب زبان

language-picker-label = زبان
language-picker-button = تغییر زبان
language-picker-current = زبان فعلی: { $language }

## جستجو

search-heading = به چه کمکی نیاز دارید؟
search-label = یک خدمت را جستجو کنید یا نیازتان را بنویسید
search-placeholder = مثلاً: جاب سنتر، بچه‌ام باید معاینه شود
search-button = جستجو
search-categories-heading = یا نوع کمک را انتخاب کنید
search-filters-heading = محدود کردن نتایج
filter-area-label = شهرداری (کمون)
filter-area-any = همهٔ شهرداری‌ها
filter-category-label = نوع کمک
filter-category-any = همهٔ انواع کمک
filter-attributes-label = باید داشته باشد
filter-open-now = الان باز است
filter-near-me = نزدیک من
filter-near-me-help = موقعیت گوشی شما فقط برای مرتب کردن بر اساس فاصله استفاده می‌شود و ذخیره نمی‌شود.
filter-postcode-label = یا کد پستی
filter-apply = نمایش نتایج
filter-clear = پاک کردن فیلترها
geolocation-denied = موقعیت مکانی در دسترس نیست. به جای آن یک شهرداری انتخاب کنید یا کد پستی را وارد کنید.
geolocation-locating = در حال پیدا کردن موقعیت شما…

## نتایج

results-count = { $count ->
    [0] هیچ خدمتی پیدا نشد
    [one] یک خدمت پیدا شد
   *[other] { $count } خدمت پیدا شد
}
results-none-help = کلمه‌های دیگری را امتحان کنید، فیلترهای کمتری بگذارید، یا از پایین یک نوع کمک انتخاب کنید.
results-distance-m = { $distance } متر فاصله
results-distance-km = { $distance } کیلومتر فاصله
results-open-now = الان باز است
results-closed-now = الان بسته است
results-hours-unknown = ساعت کاری معلوم نیست
results-shown-in = به زبان { $language }
results-next = صفحهٔ بعد
results-previous = صفحهٔ قبل
results-page = صفحهٔ { $page } از { $pages }

## صفحهٔ خدمت

resource-about = دربارهٔ این خدمت
resource-how-to-get-help = چطور کمک بگیرید
resource-opening-hours = ساعت کاری
resource-contact = تماس
resource-address = نشانی
resource-call = تماس با { $phone }
resource-email = فرستادن ایمیل
resource-website = وب‌سایت
resource-map-osm = نمایش روی OpenStreetMap
resource-map-app = باز کردن در برنامهٔ نقشه
resource-languages-spoken = زبان‌هایی که اینجا صحبت می‌شود
resource-attributes = خوب است بدانید
resource-verified = در { $date } توسط یک ویراستار بررسی شده
resource-not-verified = هنوز توسط ویراستار بررسی نشده
resource-shown-in = این متن به زبان { $language } نشان داده می‌شود، چون هنوز ترجمه نشده است.
resource-make-card = برای او یک کارت بسازید
resource-back-to-results = بازگشت به نتایج
resource-not-found = این خدمت وجود ندارد یا حذف شده است.

## ساعت کاری

hours-open-now = الان باز است
hours-closed-now = الان بسته است
hours-opens-at = { $day } ساعت { $time } باز می‌شود
hours-closes-at = ساعت { $time } بسته می‌شود
hours-unknown = ساعت کاری معلوم نیست
hours-closed-day = بسته
hours-always-open = شبانه‌روزی باز است
hours-public-holidays = روزهای تعطیل رسمی بسته است
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
card-intro = این کارت را در پذیرش نشان دهید.
card-what = در چه کاری کمک می‌کنند
card-where = کجا
card-when = چه وقت
card-phone = تلفن
card-qr-caption = برای باز کردن این صفحه به زبان خودتان، کد را اسکن کنید
card-print = چاپ
card-share = اشتراک‌گذاری
card-copy-link = کپی لینک
card-link-copied = لینک کپی شد
card-local-language = به زبان { $language }

## خطاها

error-not-found-title = صفحه پیدا نشد
error-not-found-text = صفحه‌ای که خواستید وجود ندارد.
error-bad-request-title = درخواست مشکلی دارد
error-server-title = مشکلی پیش آمد
error-server-text = لطفاً چند لحظه بعد دوباره امتحان کنید.
error-back-home = بازگشت به جستجو

## نام زبان‌ها (برای «زبان‌هایی که اینجا صحبت می‌شود» و «به زبان …»)

language-da = دانمارکی
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
language-ti = تیگرینیایی
language-am = امهری
language-uk = اوکراینی
language-ru = روسی
language-pl = لهستانی
language-ro = رومانیایی
language-bs = بوسنیایی
language-sq = آلبانیایی
language-vi = ویتنامی
language-th = تایلندی
language-zh = چینی (ساده‌شده)
language-ta = تامیلی
language-bn = بنگالی
language-hi = هندی
language-pa = پنجابی
language-es = اسپانیایی
language-fr = فرانسوی
language-de = آلمانی
language-sw = سواحیلی
language-om = اورومو
language-fil = فیلیپینی

## صفحهٔ API برای وب‌سایت‌های همکار (/{lang}/api). متن عملیات‌ها به انگلیسی می‌ماند.

api-title = API برای وب‌سایت‌های همکار Nabo
api-intro = شهرداری‌ها و سازمان‌ها می‌توانند جستجوی Nabo را در وب‌سایت خودشان نشان دهند، یا فهرست را از سامانه‌های خودشان بخوانند. همهٔ آنچه در ادامه آمده عمومی است و استفاده از آن در حد مجاز رایگان است.
api-widget = جستجو در وب‌سایت شما
api-widget-text = این دو خط را در صفحهٔ خود جای‌گذاری کنید. زبان و منطقه را تغییر دهید و از کلیدی استفاده کنید که از مدیران Nabo گرفته‌اید.
api-keys = کلیدها و سقف‌ها
api-keys-text = بدون کلید می‌توانید از هر نشانی تعداد محدودی درخواست بفرستید. با کلید، سقف جداگانه‌ای برای خودتان دارید؛ کلید را به صورت «Authorization: Bearer» یا در پارامتر «key» بفرستید. پاسخ‌ها را می‌توان در حافظهٔ موقت (cache) نگه داشت: آن‌ها ETag و Cache-Control دارند.
api-formats = توضیح ماشین‌خوان و نقاط پایانی (endpoints) مربوط به Open Referral HSDS 3.0
api-operations = عملیات‌ها
api-needs-account = به توکن یک حساب کاربری نیاز دارد (برای ویراستاران).
api-parameters = پارامترها
api-responses = پاسخ‌ها
api-col-name = نام
api-col-in = محل
api-col-accepts = مقادیر مجاز
api-col-description = توضیحات
api-col-status = وضعیت
api-required = الزامی
api-accepts-list = فهرستی از { $items }
api-accepts-one-of = یکی از: { $values }
api-accepts-range = از { $min } تا { $max }
api-accepts-min = دست‌کم { $min }
api-accepts-max = حداکثر { $max }
api-accepts-length = حداکثر { $length } نویسه
api-accepts-pattern = به شکل { $pattern }
nav-api = برای وب‌سایت‌های همکار
