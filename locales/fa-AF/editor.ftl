# صفحه‌های ویرایشگران Nabo — دری. همان شناسه‌های پیام en/editor.ftl.
# برای کسانی که رهنما را تازه نگه می‌دارند: ویرایشگران، ترجمانان، هماهنگ‌کنندگان و مدیران.

## داخل شدن و خارج شدن

login-title = داخل شدن
login-intro = برای کسانی که رهنما را تازه نگه می‌دارند: ویرایشگران، ترجمانان و هماهنگ‌کنندگان.
login-account = حساب
login-password = رمز
login-submit = داخل شوید
login-wrong = حساب یا رمز درست نیست.
login-throttled = { $minutes ->
    [one] کوشش‌های ناکام بسیار زیاد بود. پس از یک دقیقه دوباره کوشش کنید.
   *[other] کوشش‌های ناکام بسیار زیاد بود. پس از { $minutes } دقیقه دوباره کوشش کنید.
}
login-required = لطفاً برای ادامه داخل شوید.
login-signed-out = شما خارج شدید.
nav-editing = ویرایش
nav-sign-out = خارج شدن
editor-signed-in-as = داخل شده به حیث { $account } ({ $role })
role-admin = مدیر
role-coordinator = هماهنگ‌کننده
role-editor = ویرایشگر
role-translator = ترجمان

## درخواست‌های ردشده

error-form-expired-title = فورم فرستاده نشد
error-form-expired-text = برای امنیت شما، هر فورم فقط از صفحه‌ای پذیرفته می‌شود که مربوط به آن است. به صفحهٔ قبلی برگردید، صفحه را دوباره باز کنید و باز کوشش کنید.
error-forbidden-title = اجازه نیست
error-forbidden-text = حساب شما اجازهٔ این کار را ندارد. ویرایشگران فقط خدمات ساحه‌های خود را تغییر می‌دهند.
error-too-many-title = درخواست‌ها بسیار زیاد است
error-too-many-text = لطفاً کمی صبر کنید و دوباره کوشش کنید.

## فهرست خدمات

editor-dashboard-title = خدمات
editor-new-resource = خدمت نو
editor-find-label = یک خدمت را با نام یا کلمه‌ها پیدا کنید
editor-find-button = جستجو
editor-area-label = ساحه
editor-all-areas = همه ساحه‌ها
editor-count = { $count ->
    [0] هیچ خدمتی پیدا نشد
    [one] یک خدمت
   *[other] { $count } خدمت
}
editor-col-name = نام
editor-col-area = ساحه
editor-col-categories = انواع کمک
editor-edit = ویرایش
editor-page-previous = قبلی
editor-page-next = بعدی
editor-archived-heading = خدمات آرشیف‌شده
editor-archived-none = هیچ چیزی آرشیف نشده است.
editor-archived-when = در { $date } توسط { $account } آرشیف شد

## ویرایش یک خدمت

editor-new-title = خدمت نو
editor-edit-title = ویرایش: { $name }
editor-version = نسخهٔ { $version }، ذخیره‌شده در { $date }
editor-section-basics = دربارهٔ خدمت
editor-section-texts = متن‌ها
editor-section-contact = آدرس و تماس
editor-section-access = اوقات کاری و دسترسی
editor-texts-in = متن‌ها به زبان { $language }
editor-texts-source = زبانی که متن‌ها اول به آن نوشته می‌شوند
editor-add-language = علاوه کردن متن به زبان دیگر
editor-choose-language = یک زبان را انتخاب کنید
editor-field-id = شناسه (Id)
editor-field-id-hint = حروف کوچک انگلیسی، عددها و خط تیره (-)، مثلاً: jobcenter-aarhus. بعداً تغییر داده نمی‌شود.
editor-field-area = شاروالی یا ساحه
editor-field-categories = انواع کمک
editor-field-source-language = زبانی که متن‌ها اول به آن نوشته می‌شوند
editor-field-name = نام
editor-field-summary = خلاصه (یک جمله)
editor-field-description = توضیحات
editor-field-access = چطور کمک بگیرید
editor-field-street = سرک و نمبر
editor-field-postcode = کود پستی
editor-field-city = شهر
editor-field-country = کود کشور
editor-field-country-hint = دو حرف بزرگ انگلیسی، مثلاً: DK
editor-field-lat = عرض جغرافیایی
editor-field-lon = طول جغرافیایی
editor-field-phone = تیلفون
editor-field-email = ایمیل
editor-field-website = ویب‌سایت
editor-field-opening-hours = اوقات کاری
editor-field-opening-hours-hint = به شکل OpenStreetMap، مثلاً: Mo-Fr 09:00-15:00; PH off
editor-field-languages-spoken = زبان‌هایی که در این خدمت صحبت می‌شود
editor-field-languages-spoken-hint = کودهای زبان که با کامه از هم جدا شده باشند، مثلاً: da, ar, so
editor-field-attributes = دسترسی
editor-field-record = خدمت
editor-field-verified-at = آخرین بررسی
editor-create = ایجاد
editor-save = ذخیره
editor-archive = آرشیف
editor-restore = بازگرداندن
editor-history = تاریخچه
editor-back = برگشت به فهرست
editor-view-public = نشان دادن صفحهٔ عمومی
editor-created = ایجاد شد. این خدمت حالا در جستجو پیدا می‌شود.
editor-saved = به حیث نسخهٔ { $version } ذخیره شد. جستجو حالا این تغییر را نشان می‌دهد.
editor-unchanged = هیچ چیزی تغییر نکرد.
editor-archived = آرشیف شد. دیگر در جستجو پیدا نمی‌شود و می‌توان آن را بازگرداند.
editor-restored = به حیث نسخهٔ { $version } بازگردانده شد. دوباره در جستجو پیدا می‌شود.
editor-errors-summary = { $count ->
    [one] خدمت ذخیره نشد: لطفاً یک مشکل را اصلاح کنید.
   *[other] خدمت ذخیره نشد: لطفاً { $count } مشکل را اصلاح کنید.
}
editor-exists = خدمتی با این شناسه از قبل موجود است یا آرشیف شده است. شناسهٔ دیگری انتخاب کنید، یا خدمت آرشیف‌شده را بازگردانید.
problem-required = این ضروری است.
problem-invalid = این مقدار پذیرفته نمی‌شود.
problem-unknown = رهنما این مقدار را نمی‌شناسد.
problem-duplicate = این دو بار داده شده است.
problem-too-long = این بسیار طولانی است.

## ذخیره کردن همزمان دو نفر

editor-conflict-title = وقتی شما ویرایش می‌کردید، کس دیگری این خدمت را ذخیره کرد
editor-conflict-text = تغییرات شما هنوز ذخیره نشده است. آن‌ها را با نسخهٔ ذخیره‌شده مقایسه کنید، بعد برای نگه داشتن تغییرات خود دوباره ذخیره کنید، یا صفحه را دوباره باز کنید تا از نسخهٔ ذخیره‌شده شروع کنید.
editor-conflict-field = خانه
editor-conflict-yours = نسخهٔ شما
editor-conflict-saved = نسخهٔ ذخیره‌شده ({ $version })
editor-conflict-empty = (خالی)
editor-conflict-reload = شروع دوباره از نسخهٔ ذخیره‌شده

## تاریخچه

history-title = تاریخچه: { $name }
history-version = نسخهٔ { $version }
history-when = چه وقت
history-who = چه کسی
history-kind-import = وارد شد
history-kind-edit = ویرایش شد
history-kind-archive = آرشیف شد
history-kind-restore = از آرشیف بازگردانده شد
history-kind-revert = یک نسخهٔ قبلی برگردانده شد
history-kind-delete = حذف شد
history-kind-verify = به حیث درست تأیید شد
history-by-import = وارد کردن معلومات
history-field = خانه
history-before = پیش از تغییر
history-after = پس از تغییر
history-no-changes = هیچ خانه‌ای تغییر نکرد.
history-first = نسخهٔ اول.
history-unknown = این نسخه از تاریخچه‌ای که نگه داشته شده، کهنه‌تر است.
history-revert = برگرداندن این نسخه
history-current = نسخهٔ فعلی
history-reverted = نسخهٔ { $old } به حیث نسخهٔ { $version } برگردانده شد.

## مینوی صفحه‌های ویرایشگران

nav-translations = ترجمه‌ها
nav-checking = ضرورت به بررسی
nav-reports = گزارش‌ها

## ترجمه‌ها

translations-title = ترجمه‌ها
translations-language-label = ترجمه به زبان
translations-show = نشان دادن
translations-count = { $count ->
    [0] هیچ ترجمه‌ای کم یا کهنه نیست.
    [one] یک خدمت به ترجمه ضرورت دارد.
   *[other] { $count } خدمت به ترجمه ضرورت دارد.
}
translations-col-resource = خدمت
translations-col-missing = ترجمه‌نشده
translations-col-outdated = کهنه
translations-col-views = تعداد بازدید
translations-translate = ترجمه
translations-export = دانلود موارد ترجمه‌نشده به شکل XLIFF
translations-export-from = ترجمه از زبان
translations-import-heading = وارد کردن ترجمه‌ها
translations-import-label = فایل XLIFF
translations-import-submit = وارد کردن
translations-imported = { $count ->
    [0] هیچ ترجمه‌ای ذخیره نشد.
    [one] یک ترجمه ذخیره شد.
   *[other] { $count } ترجمه ذخیره شد.
}
translations-untranslated = { $count ->
    [0] هیچ متنی ترجمه‌نشده نماند.
    [one] یک متن ترجمه‌نشده ماند.
   *[other] { $count } متن ترجمه‌نشده ماند.
}
translations-refused = این‌ها ذخیره نشدند:
status-missing = ترجمه‌نشده
status-outdated = کهنه
status-current = تازه
status-reviewed = بازبینی‌شده
translate-title = ترجمه: { $name }
translate-into = به زبان { $language }
translate-source = متن اصلی ({ $language })
translate-target = ترجمه ({ $language })
translate-status = وضعیت: { $status }
translate-proposal = پیشنهاد از حافظهٔ ترجمه: پیش از ذخیره، آن را بررسی کنید.
translate-save = ذخیرهٔ ترجمه
translate-review = علامه‌گذاری به حیث بازبینی‌شده
translate-saved = ترجمه ذخیره شد.
translate-reviewed = به حیث بازبینی‌شده علامه‌گذاری شد.
editor-translations-heading = ترجمه‌ها
editor-translate-into = ترجمه به زبان { $language }

## تأیید درستی

editor-verify = تأیید کنید که امروز درست است
editor-verified = امروز به حیث درست تأیید شد.
editor-last-verified = آخرین تأیید: { $date }
editor-never-verified = هرگز تأیید نشده
checking-title = ضرورت به بررسی
checking-intro = { $months ->
    [one] خدماتی که در یک ماه گذشته هیچ کس درستی آن‌ها را تأیید نکرده است، کهنه‌ترین‌ها اول.
   *[other] خدماتی که در { $months } ماه گذشته هیچ کس درستی آن‌ها را تأیید نکرده است، کهنه‌ترین‌ها اول.
}
checking-months = تعداد ماه‌های بدون تأیید
checking-col-verified = آخرین تأیید
checking-col-by = توسط
checking-never = هرگز
checking-none = درستی همه خدمات این‌جا به تازگی تأیید شده است.

## گزارش‌های رضاکاران

reports-title = گزارش‌های رضاکاران
reports-none = هیچ گزارشی برای رسیدگی نیست.
reports-col-resource = خدمت
reports-col-category = چه چیزی تغییر کرده
reports-col-note = یادداشت
reports-col-date = تاریخ فرستادن
reports-resolve = انجام شد
reports-dismiss = رد کردن
reports-closed = گزارش بسته شد.
report-category-closed = بسته شده و دیگر کار نمی‌کند
report-category-moved = به آدرس دیگری رفته است
report-category-hours = اوقات کاری درست نیست
report-category-phone = نمبر تیلفون درست نیست
report-category-other = چیز دیگری
report-link = چیزی تغییر کرده است؟ به ما بگویید
report-title = چیزی تغییر کرده است؟
report-intro = به ویرایشگران بگویید که چه چیزی دربارهٔ { $name } دیگر درست نیست.
report-privacy = هیچ نامی ننویسید. هیچ چیزی دربارهٔ کسی که به او کمک می‌کنید ننویسید.
report-category-label = چه چیزی تغییر کرده است؟
report-note-label = یادداشت کوتاه (اختیاری)
report-note-hint = حد اکثر 280 حرف. هیچ نام، نمبر تیلفون یا معلومات شخصی ننویسید.
report-submit = فرستادن
report-thanks = تشکر. ویرایشگران این ساحه آن را بررسی می‌کنند.
report-invalid = انتخاب کنید که چه چیزی تغییر کرده است، و یادداشت را کمتر از 280 حرف نگه دارید.

## حساب‌ها (برای مدیران)

nav-accounts = حساب‌ها
accounts-title = حساب‌ها
accounts-col-login = نام کاربری
accounts-col-role = نقش
accounts-col-scope = ساحه‌ها یا زبان‌ها
accounts-col-state = وضعیت
accounts-active = فعال
accounts-disabled = غیرفعال
accounts-disable = غیرفعال کردن
accounts-enable = فعال کردن
accounts-reset = رمز نو
accounts-new = حساب نو
accounts-id = نام کاربری
accounts-id-hint = حروف کوچک انگلیسی، عددها و خط تیره (-)، مثلاً: amina-aarhus
accounts-role = نقش
accounts-areas = ساحه‌ها (برای ویرایشگران)
accounts-areas-hint = یک یا چند ساحه را انتخاب کنید؛ هر ساحه، ساحه‌های داخل خود را هم در بر می‌گیرد.
accounts-languages = زبان‌ها (برای ترجمانان)
accounts-create = ایجاد حساب
accounts-password-for = رمز برای { $account }:
accounts-password-once = این رمز فقط همین یک بار، همین حالا، نشان داده می‌شود. آن را به شکل مصئون به آن شخص بدهید؛ او می‌تواند فوراً با آن داخل شود.
accounts-refused = حساب ذخیره نشد.

## کلیدهای API ویب‌سایت‌های همکار (فقط برای مدیران)

nav-keys = کلیدهای همکاران
keys-title = کلیدهای API ویب‌سایت‌های همکار
keys-intro = شاروالی‌ها و مؤسساتی که جستجوی Nabo را در ویب‌سایت خود نشان می‌دهند، به یک کلید ضرورت دارند. هر کلید در براوزرها فقط روی آدرس‌های ویبی کار می‌کند که برایش ثبت شده‌اند، و فقط به اندازه‌ای که حد آن اجازه می‌دهد.
keys-issued-for = کلید نو برای { $partner }:
keys-once = همین حالا آن را کاپی کنید و به نهاد همکار بدهید: فقط همین یک بار نشان داده می‌شود و دیگر دیده نمی‌شود.
keys-embed = نهاد همکار این دو سطر را در صفحهٔ خود پیست می‌کند:
keys-refused = کلید ایجاد نشد:
keys-none = هنوز هیچ کلیدی نیست.
keys-col-name = همکار
keys-col-origins = آدرس‌های ویب
keys-col-rate = حد
keys-col-state = وضعیت
keys-per-minute = { $rate } در یک دقیقه
keys-active = در حال استفاده
keys-revoked = باطل شده
keys-revoke = باطل کردن
keys-new = کلید نو
keys-name = همکار (کلید برای کیست)
keys-origins = آدرس‌های ویبی که اجازهٔ استفاده از کلید را دارند
keys-origins-hint = مثلاً https://kommune.example، با فاصله یا کامه از هم جدا شده. برای کلیدی که فقط از سرور استفاده می‌شود، خالی بگذارید.
keys-rate = درخواست‌ها در یک دقیقه
keys-create = ایجاد کلید
