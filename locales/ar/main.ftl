# تطبيق Nabo — العربية. نفس معرّفات الرسائل الموجودة في en/main.ftl.
# المتغيرات ($name وغيرها) يملؤها التطبيق ولا تُترجم.

## واجهة التطبيق

app-name = Nabo
app-tagline = اعثري على المساعدة المناسبة في منطقتكِ — بلغتكِ
nav-home = البحث
nav-skip-to-content = الانتقال إلى المحتوى
footer-about = تطبيق Nabo دليل للخدمات المحلية، للمتطوعات اللواتي يساعدن النساء على إيجاد طريقهن.
footer-privacy = لا يحفظ تطبيق Nabo أي معلومات عن الأشخاص الذين تساعدينهم.
footer-demo-data = بيانات تجريبية: الخدمات المعروضة هنا غير حقيقية.
offline-notice = لا يوجد اتصال بالإنترنت. الصفحات التي فتحتِها من قبل ما زالت تعمل.

## اختيار اللغة

language-picker-label = اللغة
language-picker-button = تغيير اللغة
language-picker-current = اللغة الحالية: { $language }

## البحث

search-heading = بماذا تحتاجين المساعدة؟
search-label = ابحثي عن خدمة أو صفي ما تحتاجينه
search-placeholder = مثلاً: جوب سنتر، طفلي يحتاج إلى فحص
search-button = بحث
search-categories-heading = أو اختاري نوع المساعدة
search-filters-heading = تضييق البحث
filter-area-label = البلدية (الكومونة)
filter-area-any = كل البلديات
filter-category-label = نوع المساعدة
filter-category-any = كل أنواع المساعدة
filter-attributes-label = يجب أن يتوفر
filter-open-now = مفتوح الآن
filter-near-me = قريب مني
filter-near-me-help = يُستخدم موقع هاتفكِ فقط لترتيب النتائج حسب المسافة، ولا يُحفظ.
filter-postcode-label = أو الرمز البريدي
filter-apply = عرض النتائج
filter-clear = إزالة الفلاتر
geolocation-denied = الموقع غير متاح. اختاري بلدية أو اكتبي الرمز البريدي بدلاً من ذلك.
geolocation-locating = جارٍ تحديد موقعكِ…

## النتائج

results-count = { $count ->
    [0] لم نجد أي خدمة
    [one] وجدنا خدمة واحدة
    [two] وجدنا خدمتين
    [few] وجدنا { $count } خدمات
    [many] وجدنا { $count } خدمة
   *[other] وجدنا { $count } خدمة
}
results-none-help = جرّبي كلمات أخرى أو فلاتر أقل، أو اختاري نوع مساعدة من الأسفل.
results-distance-m = على بعد { $distance } م
results-distance-km = على بعد { $distance } كم
results-open-now = مفتوح الآن
results-closed-now = مغلق الآن
results-hours-unknown = أوقات الدوام غير معروفة
results-shown-in = معروض باللغة { $language }
results-next = الصفحة التالية
results-previous = الصفحة السابقة
results-page = الصفحة { $page } من { $pages }

## صفحة الخدمة

resource-about = عن هذه الخدمة
resource-how-to-get-help = كيف تحصلين على المساعدة
resource-opening-hours = أوقات الدوام
resource-contact = التواصل
resource-address = العنوان
resource-call = الاتصال بالرقم { $phone }
resource-email = إرسال بريد إلكتروني
resource-website = الموقع الإلكتروني
resource-map-osm = عرض على OpenStreetMap
resource-map-app = فتح في تطبيق الخرائط
resource-languages-spoken = اللغات التي يتحدثونها هنا
resource-attributes = معلومات مفيدة
resource-verified = راجعها أحد المحررين بتاريخ { $date }
resource-not-verified = لم يراجعها أي محرر بعد
resource-shown-in = يظهر هذا النص باللغة { $language } لأنه لم يُترجم بعد.
resource-make-card = إعداد بطاقة لها
resource-back-to-results = العودة إلى النتائج
resource-not-found = هذه الخدمة غير موجودة أو تمت إزالتها.

## أوقات الدوام

hours-open-now = مفتوح الآن
hours-closed-now = مغلق الآن
hours-opens-at = يفتح { $day } الساعة { $time }
hours-closes-at = يغلق الساعة { $time }
hours-unknown = أوقات الدوام غير معروفة
hours-closed-day = مغلق
hours-always-open = مفتوح ليلاً ونهاراً
hours-public-holidays = مغلق في العطل الرسمية
day-mo = الاثنين
day-tu = الثلاثاء
day-we = الأربعاء
day-th = الخميس
day-fr = الجمعة
day-sa = السبت
day-su = الأحد
day-today = اليوم
day-tomorrow = غداً

## بطاقة الإحالة

card-heading = بطاقة: { $name }
card-choose-language = لغتها
card-choose-button = إعداد البطاقة
card-intro = اعرضي هذه البطاقة في مكتب الاستقبال.
card-what = بماذا يساعدون
card-where = أين
card-when = متى
card-phone = الهاتف
card-qr-caption = امسحي الرمز لفتح هذه الصفحة بلغتكِ
card-print = طباعة
card-share = مشاركة
card-copy-link = نسخ الرابط
card-link-copied = تم نسخ الرابط
card-local-language = باللغة { $language }

## الأخطاء

error-not-found-title = الصفحة غير موجودة
error-not-found-text = الصفحة التي طلبتِها غير موجودة.
error-bad-request-title = هناك خطأ في الطلب
error-server-title = حدث خطأ ما
error-server-text = يرجى المحاولة مرة أخرى بعد قليل.
error-back-home = العودة إلى البحث

## أسماء اللغات (تُستخدم في «اللغات التي يتحدثونها هنا» و«معروض باللغة …»)

language-da = الدنماركية
language-en = الإنجليزية
language-ar = العربية
language-so = الصومالية
language-tr = التركية
language-fa = الفارسية
language-fa-af = الدارية
language-ur = الأردية
language-ps = البشتوية
language-ckb = الكردية الوسطى (السورانية)
language-kmr = الكردية الشمالية (الكرمانجية)
language-ti = التغرينية
language-am = الأمهرية
language-uk = الأوكرانية
language-ru = الروسية
language-pl = البولندية
language-ro = الرومانية
language-bs = البوسنية
language-sq = الألبانية
language-vi = الفيتنامية
language-th = التايلاندية
language-zh = الصينية (المبسّطة)
language-ta = التاميلية
language-bn = البنغالية
language-hi = الهندية
language-pa = البنجابية
language-es = الإسبانية
language-fr = الفرنسية
language-de = الألمانية
language-sw = السواحلية
language-om = الأورومية
language-fil = الفلبينية

## صفحة API لمواقع الشركاء (/{lang}/api). تبقى نصوص العمليات بالإنجليزية.

api-title = واجهة API الخاصة بـ Nabo لمواقع الشركاء
api-intro = يمكن للبلديات والمنظمات عرض بحث Nabo على مواقعها الإلكترونية، أو قراءة الدليل من أنظمتها الخاصة. كل ما يلي متاح للعموم ومجاني الاستخدام ضمن الحدود.
api-widget = البحث على موقعكم الإلكتروني
api-widget-text = الصقوا هذين السطرين في صفحتكم. غيّروا اللغة والمنطقة، واستخدموا المفتاح الذي حصلتم عليه من مديري نظام Nabo.
api-keys = المفاتيح والحدود
api-keys-text = من دون مفتاح يمكنكم إرسال عدد محدود من الطلبات من كل عنوان. ومع المفتاح يكون لكم حدّكم الخاص؛ أرسلوه بصيغة «Authorization: Bearer» أو في المعامل «key». يمكن تخزين الاستجابات مؤقتاً (cache)، فهي تحمل ETag و Cache-Control.
api-formats = الوصف المقروء آلياً ونقاط النهاية (endpoints) الخاصة بـ Open Referral HSDS 3.0
api-operations = العمليات
api-needs-account = تتطلب رمز وصول (token) لحساب (للمحررين).
api-parameters = المعاملات
api-responses = الاستجابات
api-col-name = الاسم
api-col-in = الموضع
api-col-accepts = القيم المقبولة
api-col-description = الوصف
api-col-status = الحالة
api-required = مطلوب
api-accepts-list = قائمة من { $items }
api-accepts-one-of = إحدى القيم: { $values }
api-accepts-range = من { $min } إلى { $max }
api-accepts-min = { $min } على الأقل
api-accepts-max = { $max } على الأكثر
api-accepts-length = عدد الأحرف { $length } على الأكثر
api-accepts-pattern = بالصيغة { $pattern }
nav-api = لمواقع الشركاء
