# صفحه‌های ویراستاران Nabo — فارسی. همان شناسه‌های پیام en/editor.ftl.
# برای کسانی که فهرست را به‌روز نگه می‌دارند: ویراستاران، مترجمان، هماهنگ‌کنندگان و مدیران.

## ورود و خروج

login-title = ورود
login-intro = برای کسانی که فهرست را به‌روز نگه می‌دارند: ویراستاران، مترجمان و هماهنگ‌کنندگان.
login-account = حساب کاربری
login-password = رمز عبور
login-submit = ورود
login-wrong = حساب کاربری یا رمز عبور اشتباه است.
login-throttled = { $minutes ->
    [one] تلاش‌های ناموفق زیاد بود. یک دقیقهٔ دیگر دوباره امتحان کنید.
   *[other] تلاش‌های ناموفق زیاد بود. { $minutes } دقیقهٔ دیگر دوباره امتحان کنید.
}
login-required = لطفاً برای ادامه وارد شوید.
login-signed-out = از حساب خود خارج شدید.
nav-editing = ویرایش
nav-sign-out = خروج
editor-signed-in-as = وارد شده با حساب { $account } ({ $role })
role-admin = مدیر
role-coordinator = هماهنگ‌کننده
role-editor = ویراستار
role-translator = مترجم

## درخواست‌های ردشده

error-form-expired-title = فرم فرستاده نشد
error-form-expired-text = برای امنیت شما، هر فرم فقط از صفحهٔ خودش پذیرفته می‌شود. به صفحهٔ قبل برگردید، صفحه را دوباره بارگذاری کنید و دوباره امتحان کنید.
error-forbidden-title = اجازه ندارید
error-forbidden-text = حساب شما اجازهٔ این کار را ندارد. ویراستاران فقط خدمات منطقه‌های خودشان را تغییر می‌دهند.
error-too-many-title = تعداد درخواست‌ها زیاد است
error-too-many-text = لطفاً کمی صبر کنید و دوباره امتحان کنید.

## فهرست خدمات

editor-dashboard-title = خدمات
editor-new-resource = خدمت جدید
editor-find-label = یک خدمت را با نام یا کلمه‌ها پیدا کنید
editor-find-button = جستجو
editor-area-label = منطقه
editor-all-areas = همهٔ منطقه‌ها
editor-count = { $count ->
    [0] هیچ خدمتی پیدا نشد
    [one] یک خدمت
   *[other] { $count } خدمت
}
editor-col-name = نام
editor-col-area = منطقه
editor-col-categories = انواع کمک
editor-edit = ویرایش
editor-page-previous = قبلی
editor-page-next = بعدی
editor-archived-heading = خدمات بایگانی‌شده
editor-archived-none = چیزی بایگانی نشده است.
editor-archived-when = بایگانی‌شده در { $date } توسط { $account }

## ویرایش یک خدمت

editor-new-title = خدمت جدید
editor-edit-title = ویرایش: { $name }
editor-version = نسخهٔ { $version }، ذخیره‌شده در { $date }
editor-section-basics = دربارهٔ خدمت
editor-section-texts = متن‌ها
editor-section-contact = نشانی و تماس
editor-section-access = ساعت کاری و دسترسی
editor-texts-in = متن‌ها به زبان { $language }
editor-texts-source = زبانی که متن‌ها اول به آن نوشته می‌شوند
editor-add-language = افزودن متن به زبانی دیگر
editor-choose-language = یک زبان انتخاب کنید
editor-field-id = شناسه (Id)
editor-field-id-hint = حروف کوچک لاتین، رقم و خط تیره (-)، برای مثال: jobcenter-aarhus. بعداً نمی‌توان آن را تغییر داد.
editor-field-area = شهرداری یا منطقه
editor-field-categories = انواع کمک
editor-field-source-language = زبانی که متن‌ها اول به آن نوشته می‌شوند
editor-field-name = نام
editor-field-summary = خلاصه (یک جمله)
editor-field-description = توضیحات
editor-field-access = چطور کمک بگیرید
editor-field-street = خیابان و پلاک
editor-field-postcode = کد پستی
editor-field-city = شهر
editor-field-country = کد کشور
editor-field-country-hint = دو حرف بزرگ لاتین، برای مثال: DK
editor-field-lat = عرض جغرافیایی
editor-field-lon = طول جغرافیایی
editor-field-phone = تلفن
editor-field-email = ایمیل
editor-field-website = وب‌سایت
editor-field-opening-hours = ساعت کاری
editor-field-opening-hours-hint = به شکل OpenStreetMap، برای مثال: Mo-Fr 09:00-15:00; PH off
editor-field-languages-spoken = زبان‌هایی که در این خدمت صحبت می‌شود
editor-field-languages-spoken-hint = کدهای زبان که با ویرگول از هم جدا شده‌اند، برای مثال: da, ar, so
editor-field-attributes = دسترسی
editor-field-record = خدمت
editor-field-verified-at = آخرین بررسی
editor-create = ایجاد
editor-save = ذخیره
editor-archive = بایگانی
editor-restore = بازگرداندن
editor-history = تاریخچه
editor-back = بازگشت به فهرست
editor-view-public = نمایش صفحهٔ عمومی
editor-created = ایجاد شد. این خدمت اکنون در جستجو پیدا می‌شود.
editor-saved = به‌عنوان نسخهٔ { $version } ذخیره شد. جستجو اکنون این تغییر را نشان می‌دهد.
editor-unchanged = چیزی تغییر نکرد.
editor-archived = بایگانی شد. دیگر در جستجو پیدا نمی‌شود و می‌توان آن را بازگرداند.
editor-restored = به‌عنوان نسخهٔ { $version } بازگردانده شد. دوباره در جستجو پیدا می‌شود.
editor-errors-summary = { $count ->
    [one] خدمت ذخیره نشد: لطفاً یک مشکل را برطرف کنید.
   *[other] خدمت ذخیره نشد: لطفاً { $count } مشکل را برطرف کنید.
}
editor-exists = خدمتی با این شناسه از قبل وجود دارد یا بایگانی شده است. شناسهٔ دیگری انتخاب کنید، یا خدمت بایگانی‌شده را بازگردانید.
problem-required = پر کردن این مورد لازم است.
problem-invalid = این مقدار پذیرفته نمی‌شود.
problem-unknown = این مقدار در فهرست شناخته‌شده نیست.
problem-duplicate = این مورد دو بار وارد شده است.
problem-too-long = این بیش از حد طولانی است.

## ذخیرهٔ هم‌زمان دو نفر

editor-conflict-title = وقتی شما مشغول ویرایش بودید، شخص دیگری این خدمت را ذخیره کرد
editor-conflict-text = تغییرات شما هنوز ذخیره نشده است. آن‌ها را با نسخهٔ ذخیره‌شده مقایسه کنید، سپس برای نگه داشتن تغییرات خود دوباره ذخیره کنید، یا صفحه را دوباره بارگذاری کنید تا از نسخهٔ ذخیره‌شده شروع کنید.
editor-conflict-field = فیلد
editor-conflict-yours = نسخهٔ شما
editor-conflict-saved = نسخهٔ ذخیره‌شده ({ $version })
editor-conflict-empty = (خالی)
editor-conflict-reload = شروع دوباره از نسخهٔ ذخیره‌شده

## تاریخچه

history-title = تاریخچه: { $name }
history-version = نسخهٔ { $version }
history-when = زمان
history-who = توسط
history-kind-import = وارد شد
history-kind-edit = ویرایش شد
history-kind-archive = بایگانی شد
history-kind-restore = از بایگانی بازگردانده شد
history-kind-revert = یک نسخهٔ قبلی برگردانده شد
history-kind-delete = حذف شد
history-kind-verify = درستی آن تأیید شد
history-by-import = ورود داده‌ها
history-field = فیلد
history-before = قبل
history-after = بعد
history-no-changes = هیچ فیلدی تغییر نکرد.
history-first = نسخهٔ اول.
history-unknown = این نسخه قدیمی‌تر از تاریخچه‌ای است که نگه داشته شده است.
history-revert = برگرداندن این نسخه
history-current = نسخهٔ فعلی
history-reverted = نسخهٔ { $old } به‌عنوان نسخهٔ { $version } برگردانده شد.

## ناوبری صفحه‌های ویراستاران

nav-translations = ترجمه‌ها
nav-checking = نیازمند بررسی
nav-reports = گزارش‌ها

## ترجمه‌ها

translations-title = ترجمه‌ها
translations-language-label = ترجمه به زبان
translations-show = نمایش
translations-count = { $count ->
    [0] هیچ ترجمه‌ای کم یا قدیمی نیست.
    [one] یک خدمت نیاز به ترجمه دارد.
   *[other] { $count } خدمت نیاز به ترجمه دارد.
}
translations-col-resource = خدمت
translations-col-missing = ترجمه‌نشده
translations-col-outdated = قدیمی
translations-col-views = بازدیدها
translations-translate = ترجمه
translations-export = دانلود موارد ترجمه‌نشده به صورت XLIFF
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
translations-refused = این موارد ذخیره نشدند:
status-missing = ترجمه‌نشده
status-outdated = قدیمی
status-current = به‌روز
status-reviewed = بازبینی‌شده
translate-title = ترجمه: { $name }
translate-into = به زبان { $language }
translate-source = متن اصلی ({ $language })
translate-target = ترجمه ({ $language })
translate-status = وضعیت: { $status }
translate-proposal = پیشنهاد از حافظهٔ ترجمه: پیش از ذخیره، آن را بررسی کنید.
translate-save = ذخیرهٔ ترجمه
translate-review = علامت‌گذاری به‌عنوان بازبینی‌شده
translate-saved = ترجمه ذخیره شد.
translate-reviewed = به‌عنوان بازبینی‌شده علامت‌گذاری شد.
editor-translations-heading = ترجمه‌ها
editor-translate-into = ترجمه به زبان { $language }

## تأیید درستی

editor-verify = تأیید کنید که امروز درست است
editor-verified = درستی آن امروز تأیید شد.
editor-last-verified = آخرین تأیید: { $date }
editor-never-verified = هرگز تأیید نشده
checking-title = نیازمند بررسی
checking-intro = { $months ->
    [one] خدماتی که در یک ماه گذشته کسی درستی آن‌ها را تأیید نکرده است، قدیمی‌ترین‌ها اول.
   *[other] خدماتی که در { $months } ماه گذشته کسی درستی آن‌ها را تأیید نکرده است، قدیمی‌ترین‌ها اول.
}
checking-months = تعداد ماه‌های بدون تأیید
checking-col-verified = آخرین تأیید
checking-col-by = توسط
checking-never = هرگز
checking-none = درستی همهٔ خدمات اینجا به‌تازگی تأیید شده است.

## گزارش‌های داوطلبان

reports-title = گزارش‌های داوطلبان
reports-none = هیچ گزارشی برای رسیدگی وجود ندارد.
reports-col-resource = خدمت
reports-col-category = چه چیزی تغییر کرده
reports-col-note = یادداشت
reports-col-date = تاریخ ارسال
reports-resolve = انجام شد
reports-dismiss = رد کردن
reports-closed = گزارش بسته شد.
report-category-closed = بسته شده و دیگر کار نمی‌کند
report-category-moved = به نشانی دیگری رفته است
report-category-hours = ساعت کاری درست نیست
report-category-phone = شمارهٔ تلفن درست نیست
report-category-other = چیز دیگری
report-link = چیزی تغییر کرده است؟ به ما بگویید
report-title = چیزی تغییر کرده است؟
report-intro = به ویراستاران بگویید چه چیزی دربارهٔ { $name } دیگر درست نیست.
report-privacy = هیچ نامی ننویسید. هیچ چیزی دربارهٔ کسی که به او کمک می‌کنید ننویسید.
report-category-label = چه چیزی تغییر کرده است؟
report-note-label = یادداشت کوتاه (اختیاری)
report-note-hint = حداکثر 280 حرف. هیچ نام، شمارهٔ تلفن یا اطلاعات شخصی ننویسید.
report-submit = فرستادن
report-thanks = متشکریم. ویراستاران این منطقه آن را بررسی می‌کنند.
report-invalid = انتخاب کنید چه چیزی تغییر کرده است، و یادداشت را کوتاه‌تر از 280 حرف نگه دارید.

## حساب‌های کاربری (برای مدیران)

nav-accounts = حساب‌های کاربری
accounts-title = حساب‌های کاربری
accounts-col-login = نام کاربری
accounts-col-role = نقش
accounts-col-scope = منطقه‌ها یا زبان‌ها
accounts-col-state = وضعیت
accounts-active = فعال
accounts-disabled = غیرفعال
accounts-disable = غیرفعال کردن
accounts-enable = فعال کردن
accounts-reset = رمز عبور جدید
accounts-new = حساب کاربری جدید
accounts-id = نام کاربری
accounts-id-hint = حروف کوچک لاتین، رقم و خط تیره (-)، برای مثال: amina-aarhus
accounts-role = نقش
accounts-areas = منطقه‌ها (برای ویراستاران)
accounts-areas-hint = یک یا چند منطقه انتخاب کنید؛ هر منطقه، منطقه‌های داخل خودش را هم در بر می‌گیرد.
accounts-languages = زبان‌ها (برای مترجمان)
accounts-create = ایجاد حساب کاربری
accounts-password-for = رمز عبور برای { $account }:
accounts-password-once = این رمز فقط همین یک بار، همین حالا، نشان داده می‌شود. آن را به شکلی امن به آن شخص بدهید؛ او می‌تواند فوراً با آن وارد شود.
accounts-refused = حساب کاربری ذخیره نشد.

## کلیدهای API وب‌سایت‌های همکار (فقط برای مدیران)

nav-keys = کلیدهای همکاران
keys-title = کلیدهای API وب‌سایت‌های همکار
keys-intro = شهرداری‌ها و سازمان‌هایی که جستجوی Nabo را در وب‌سایت خودشان نشان می‌دهند، به یک کلید نیاز دارند. هر کلید در مرورگرها فقط روی نشانی‌های وبی کار می‌کند که برایش ثبت شده‌اند، و فقط به اندازه‌ای که سقف آن اجازه می‌دهد.
keys-issued-for = کلید جدید برای { $partner }:
keys-once = همین حالا آن را کپی کنید و به سازمان همکار بدهید: فقط همین یک بار نشان داده می‌شود و دیگر دیده نمی‌شود.
keys-embed = سازمان همکار این دو خط را در صفحهٔ خود جای‌گذاری می‌کند:
keys-refused = کلید ایجاد نشد:
keys-none = هنوز هیچ کلیدی وجود ندارد.
keys-col-name = همکار
keys-col-origins = نشانی‌های وب
keys-col-rate = سقف
keys-col-state = وضعیت
keys-per-minute = { $rate } در دقیقه
keys-active = در حال استفاده
keys-revoked = باطل‌شده
keys-revoke = باطل کردن
keys-new = کلید جدید
keys-name = همکار (کلید برای چه کسی است)
keys-origins = نشانی‌های وبی که اجازهٔ استفاده از کلید را دارند
keys-origins-hint = برای مثال https://kommune.example، جداشده با فاصله یا ویرگول. برای کلیدی که فقط از سرور استفاده می‌شود، خالی بگذارید.
keys-rate = درخواست در دقیقه
keys-create = ایجاد کلید
