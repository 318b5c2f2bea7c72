# صفحات المحررين في Nabo — العربية. نفس معرّفات الرسائل الموجودة في en/editor.ftl.
# للأشخاص الذين يحافظون على تحديث الدليل: المحررين والمترجمين والمنسقين ومديري النظام.

## تسجيل الدخول والخروج

login-title = تسجيل الدخول
login-intro = للأشخاص الذين يحافظون على تحديث الدليل: المحررين والمترجمين والمنسقين.
login-account = الحساب
login-password = كلمة المرور
login-submit = تسجيل الدخول
login-wrong = الحساب أو كلمة المرور غير صحيحة.
login-throttled = { $minutes ->
    [zero] محاولات فاشلة كثيرة جداً. يرجى المحاولة مرة أخرى بعد قليل.
    [one] محاولات فاشلة كثيرة جداً. يرجى المحاولة مرة أخرى بعد دقيقة واحدة.
    [two] محاولات فاشلة كثيرة جداً. يرجى المحاولة مرة أخرى بعد دقيقتين.
    [few] محاولات فاشلة كثيرة جداً. يرجى المحاولة مرة أخرى بعد { $minutes } دقائق.
    [many] محاولات فاشلة كثيرة جداً. يرجى المحاولة مرة أخرى بعد { $minutes } دقيقة.
   *[other] محاولات فاشلة كثيرة جداً. يرجى المحاولة مرة أخرى بعد { $minutes } دقيقة.
}
login-required = يرجى تسجيل الدخول للمتابعة.
login-signed-out = تم تسجيل الخروج.
nav-editing = التحرير
nav-sign-out = تسجيل الخروج
editor-signed-in-as = تم تسجيل الدخول باسم { $account } ({ $role })
role-admin = مدير النظام
role-coordinator = منسّق
role-editor = محرّر
role-translator = مترجم

## حالات الرفض

error-form-expired-title = تعذّر إرسال النموذج
error-form-expired-text = حفاظاً على الأمان، لا يُقبل النموذج إلا من الصفحة التابع لها. يرجى الرجوع وإعادة تحميل الصفحة ثم المحاولة مرة أخرى.
error-forbidden-title = غير مسموح
error-forbidden-text = لا يملك حسابك صلاحية القيام بذلك. يعدّل المحررون خدمات مناطقهم فقط.
error-too-many-title = طلبات كثيرة جداً
error-too-many-text = يرجى الانتظار قليلاً ثم المحاولة مرة أخرى.

## قائمة الخدمات

editor-dashboard-title = الخدمات
editor-new-resource = خدمة جديدة
editor-find-label = البحث عن خدمة بالاسم أو بكلمات منها
editor-find-button = بحث
editor-area-label = المنطقة
editor-all-areas = كل المناطق
editor-count = { $count ->
    [0] لم نجد أي خدمة
    [one] خدمة واحدة
    [two] خدمتان
    [few] { $count } خدمات
    [many] { $count } خدمة
   *[other] { $count } خدمة
}
editor-col-name = الاسم
editor-col-area = المنطقة
editor-col-categories = الفئات
editor-edit = تعديل
editor-page-previous = السابق
editor-page-next = التالي
editor-archived-heading = الخدمات المؤرشفة
editor-archived-none = لا يوجد شيء في الأرشيف.
editor-archived-when = أُرشفت بتاريخ { $date } بواسطة { $account }

## تعديل خدمة

editor-new-title = خدمة جديدة
editor-edit-title = تعديل: { $name }
editor-version = الإصدار { $version }، حُفظ بتاريخ { $date }
editor-section-basics = عن الخدمة
editor-section-texts = النصوص
editor-section-contact = العنوان ومعلومات التواصل
editor-section-access = أوقات الدوام وسهولة الوصول
editor-texts-in = النصوص باللغة { $language }
editor-texts-source = اللغة التي تُكتب بها النصوص أولاً
editor-add-language = إضافة نصوص بلغة أخرى
editor-choose-language = اختيار لغة
editor-field-id = المعرّف
editor-field-id-hint = أحرف لاتينية صغيرة وأرقام وشرطات، مثلاً: jobcenter-aarhus. لا يمكن تغييره لاحقاً.
editor-field-area = البلدية أو المنطقة
editor-field-categories = أنواع المساعدة
editor-field-source-language = اللغة التي تُكتب بها النصوص أولاً
editor-field-name = الاسم
editor-field-summary = ملخص (جملة واحدة)
editor-field-description = الوصف
editor-field-access = كيفية الحصول على المساعدة
editor-field-street = الشارع ورقم المبنى
editor-field-postcode = الرمز البريدي
editor-field-city = المدينة
editor-field-country = رمز الدولة
editor-field-country-hint = حرفان لاتينيان كبيران، مثلاً: DK
editor-field-lat = خط العرض
editor-field-lon = خط الطول
editor-field-phone = الهاتف
editor-field-email = البريد الإلكتروني
editor-field-website = الموقع الإلكتروني
editor-field-opening-hours = أوقات الدوام
editor-field-opening-hours-hint = بصيغة OpenStreetMap، مثلاً: Mo-Fr 09:00-15:00; PH off
editor-field-languages-spoken = اللغات التي يتحدثونها في الخدمة
editor-field-languages-spoken-hint = رموز اللغات مفصولة بفواصل، مثلاً: da, ar, so
editor-field-attributes = سهولة الوصول
editor-field-record = الخدمة
editor-field-verified-at = آخر مراجعة
editor-create = إنشاء
editor-save = حفظ
editor-archive = أرشفة
editor-restore = استعادة
editor-history = السجلّ
editor-back = العودة إلى القائمة
editor-view-public = عرض الصفحة العامة
editor-created = تم الإنشاء. يمكن الآن العثور على الخدمة في البحث.
editor-saved = تم الحفظ بوصفه الإصدار { $version }. يظهر التغيير في البحث الآن.
editor-unchanged = لم يتغير شيء.
editor-archived = تمت الأرشفة. لم تعد الخدمة تظهر في البحث، ويمكن استعادتها.
editor-restored = تمت الاستعادة بوصفها الإصدار { $version }. يمكن العثور على الخدمة في البحث مرة أخرى.
editor-errors-summary = { $count ->
    [zero] لم تُحفظ الخدمة.
    [one] لم تُحفظ الخدمة: يرجى تصحيح مشكلة واحدة.
    [two] لم تُحفظ الخدمة: يرجى تصحيح مشكلتين.
    [few] لم تُحفظ الخدمة: يرجى تصحيح { $count } مشكلات.
    [many] لم تُحفظ الخدمة: يرجى تصحيح { $count } مشكلة.
   *[other] لم تُحفظ الخدمة: يرجى تصحيح { $count } مشكلة.
}
editor-exists = توجد خدمة بهذا المعرّف من قبل، أو أنها مؤرشفة. يرجى اختيار معرّف آخر، أو استعادة الخدمة المؤرشفة.
problem-required = هذا الحقل مطلوب.
problem-invalid = هذه القيمة غير مقبولة.
problem-unknown = هذه القيمة غير معروفة في الدليل.
problem-duplicate = هذه القيمة مكررة.
problem-too-long = هذه القيمة طويلة جداً.

## شخصان يحفظان في الوقت نفسه

editor-conflict-title = حفظ شخص آخر هذه الخدمة أثناء تعديلك لها
editor-conflict-text = لم تُحفظ تغييراتك بعد. يرجى مقارنتها بالإصدار المحفوظ، ثم الحفظ مرة أخرى للإبقاء على تغييراتك، أو إعادة تحميل الصفحة للبدء من الإصدار المحفوظ.
editor-conflict-field = الحقل
editor-conflict-yours = إصدارك
editor-conflict-saved = الإصدار المحفوظ ({ $version })
editor-conflict-empty = (فارغ)
editor-conflict-reload = البدء من جديد من الإصدار المحفوظ

## السجلّ

history-title = السجلّ: { $name }
history-version = الإصدار { $version }
history-when = متى
history-who = مَن
history-kind-import = تم الاستيراد
history-kind-edit = تم التعديل
history-kind-archive = تمت الأرشفة
history-kind-restore = تمت الاستعادة
history-kind-revert = أُعيد إصدار سابق
history-kind-delete = تم الحذف
history-kind-verify = تم تأكيد صحة المعلومات
history-by-import = عملية استيراد
history-field = الحقل
history-before = قبل
history-after = بعد
history-no-changes = لم يتغير أي حقل.
history-first = الإصدار الأول.
history-unknown = هذا الإصدار أقدم من السجلّ المحفوظ.
history-revert = إعادة هذا الإصدار
history-current = الإصدار الحالي
history-reverted = أُعيد الإصدار { $old } بوصفه الإصدار { $version }.

## التنقل في صفحات المحررين

nav-translations = الترجمات
nav-checking = بحاجة إلى مراجعة
nav-reports = البلاغات

## الترجمات

translations-title = الترجمات
translations-language-label = الترجمة إلى
translations-show = عرض
translations-count = { $count ->
    [0] لا يوجد شيء ناقص أو قديم.
    [one] خدمة واحدة تحتاج إلى ترجمة.
    [two] خدمتان تحتاجان إلى ترجمة.
    [few] { $count } خدمات تحتاج إلى ترجمة.
    [many] { $count } خدمة تحتاج إلى ترجمة.
   *[other] { $count } خدمة تحتاج إلى ترجمة.
}
translations-col-resource = الخدمة
translations-col-missing = ناقصة
translations-col-outdated = قديمة
translations-col-views = المشاهدات
translations-translate = ترجمة
translations-export = تنزيل النصوص الناقصة بصيغة XLIFF
translations-export-from = الترجمة من
translations-import-heading = رفع الترجمات الجاهزة
translations-import-label = ملف XLIFF
translations-import-submit = استيراد
translations-imported = { $count ->
    [zero] لم تُحفظ أي ترجمة.
    [one] تم حفظ ترجمة واحدة.
    [two] تم حفظ ترجمتين.
    [few] تم حفظ { $count } ترجمات.
    [many] تم حفظ { $count } ترجمة.
   *[other] تم حفظ { $count } ترجمة.
}
translations-untranslated = { $count ->
    [zero] لم يبقَ أي نص دون ترجمة.
    [one] بقي نص واحد دون ترجمة.
    [two] بقي نصّان دون ترجمة.
    [few] بقيت { $count } نصوص دون ترجمة.
    [many] بقي { $count } نصاً دون ترجمة.
   *[other] بقي { $count } نص دون ترجمة.
}
translations-refused = لم يُحفظ ما يلي:
status-missing = ناقصة
status-outdated = قديمة
status-current = محدّثة
status-reviewed = مدقّقة
translate-title = ترجمة: { $name }
translate-into = إلى اللغة { $language }
translate-source = النص الأصلي ({ $language })
translate-target = الترجمة ({ $language })
translate-status = الحالة: { $status }
translate-proposal = اقتراح من ذاكرة الترجمة: يرجى التحقق منه قبل الحفظ.
translate-save = حفظ الترجمة
translate-review = تحديد الترجمة كمدقّقة
translate-saved = تم حفظ الترجمة.
translate-reviewed = تم تحديد الترجمة كمدقّقة.
editor-translations-heading = الترجمات
editor-translate-into = الترجمة إلى { $language }

## التأكد من صحة المعلومات

editor-verify = تأكيد أن المعلومات صحيحة اليوم
editor-verified = تم تأكيد صحة المعلومات اليوم.
editor-last-verified = آخر تأكيد بتاريخ { $date }
editor-never-verified = لم يتم التأكيد أبداً
checking-title = بحاجة إلى مراجعة
checking-intro = { $months ->
    [one] خدمات لم يؤكد أحد صحتها منذ شهر، الأقدم أولاً.
    [two] خدمات لم يؤكد أحد صحتها منذ شهرين، الأقدم أولاً.
    [few] خدمات لم يؤكد أحد صحتها منذ { $months } أشهر، الأقدم أولاً.
    [many] خدمات لم يؤكد أحد صحتها منذ { $months } شهراً، الأقدم أولاً.
   *[other] خدمات لم يؤكد أحد صحتها منذ { $months } شهر، الأقدم أولاً.
}
checking-months = عدد الأشهر دون تأكيد
checking-col-verified = آخر تأكيد
checking-col-by = بواسطة
checking-never = أبداً
checking-none = تم تأكيد كل ما هنا مؤخراً.

## بلاغات من الميدان

reports-title = بلاغات من الميدان
reports-none = لا توجد بلاغات مفتوحة.
reports-col-resource = الخدمة
reports-col-category = ما الذي تغيّر
reports-col-note = ملاحظة
reports-col-date = تاريخ الإرسال
reports-resolve = تمّت المعالجة
reports-dismiss = تجاهل
reports-closed = تم إغلاق البلاغ.
report-category-closed = أُغلقت الخدمة نهائياً
report-category-moved = انتقلت الخدمة إلى مكان آخر
report-category-hours = أوقات الدوام غير صحيحة
report-category-phone = رقم الهاتف غير صحيح
report-category-other = شيء آخر
report-link = هل تغيّر شيء؟ أخبرينا
report-title = هل تغيّر شيء؟
report-intro = أخبري المحررين بما لم يعد صحيحاً عن { $name }.
report-privacy = لا تكتبي أي أسماء، ولا أي شيء عن الشخص الذي تساعدينه.
report-category-label = ما الذي تغيّر؟
report-note-label = ملاحظة قصيرة (اختيارية)
report-note-hint = 280 حرفاً على الأكثر. لا تكتبي أسماءً ولا أرقام هواتف ولا أي معلومات شخصية.
report-submit = إرسال
report-thanks = شكراً لكِ. سيراجعه محررو هذه المنطقة.
report-invalid = اختاري ما الذي تغيّر، واكتبي ملاحظة لا تزيد على 280 حرفاً.

## الحسابات (لمديري النظام)

nav-accounts = الحسابات
accounts-title = الحسابات
accounts-col-login = اسم المستخدم
accounts-col-role = الدور
accounts-col-scope = المناطق أو اللغات
accounts-col-state = الحالة
accounts-active = نشط
accounts-disabled = معطّل
accounts-disable = تعطيل
accounts-enable = تفعيل
accounts-reset = كلمة مرور جديدة
accounts-new = حساب جديد
accounts-id = اسم المستخدم
accounts-id-hint = أحرف لاتينية صغيرة وأرقام وشرطات، مثلاً: amina-aarhus
accounts-role = الدور
accounts-areas = المناطق (للمحررين)
accounts-areas-hint = يرجى اختيار منطقة واحدة أو أكثر؛ وتشمل كل منطقة المناطق الواقعة داخلها.
accounts-languages = اللغات (للمترجمين)
accounts-create = إنشاء الحساب
accounts-password-for = كلمة المرور للحساب { $account }:
accounts-password-once = تظهر كلمة المرور الآن فقط، ولن تظهر مرة أخرى. يرجى تسليمها إلى الشخص بطريقة آمنة؛ ويمكنه تسجيل الدخول بها فوراً.
accounts-refused = لم يُحفظ الحساب.

## مفاتيح API لمواقع الشركاء (لمديري النظام فقط)

nav-keys = مفاتيح الشركاء
keys-title = مفاتيح API لمواقع الشركاء
keys-intro = تحتاج البلديات والمنظمات التي تعرض بحث Nabo على مواقعها الإلكترونية إلى مفتاح. لا يعمل المفتاح في المتصفحات إلا على عناوين الويب المسجّلة له، وبالقدر الذي يسمح به حدّه فقط.
keys-issued-for = مفتاح جديد للشريك { $partner }:
keys-once = يرجى نسخه الآن وتسليمه إلى الشريك: يظهر هذه المرة فقط، ولن يمكن رؤيته مرة أخرى.
keys-embed = يلصق الشريك هذين السطرين في صفحته:
keys-refused = لم يُنشأ المفتاح:
keys-none = لا توجد مفاتيح بعد.
keys-col-name = الشريك
keys-col-origins = عناوين الويب
keys-col-rate = الحد
keys-col-state = الحالة
keys-per-minute = { $rate } في الدقيقة
keys-active = قيد الاستخدام
keys-revoked = مُبطَل
keys-revoke = إبطال
keys-new = مفتاح جديد
keys-name = الشريك (لمن هذا المفتاح)
keys-origins = عناوين الويب المسموح لها باستخدام المفتاح
keys-origins-hint = مثلاً: https://kommune.example، مفصولة بمسافات أو فواصل. يُترك الحقل فارغاً إذا كان المفتاح سيُستخدم من خادم فقط.
keys-rate = الطلبات في الدقيقة
keys-create = إنشاء المفتاح
