# Nabo ایڈیٹرز کے صفحات — اردو۔ پیغامات کی وہی شناختیں (ids) جو en/editor.ftl میں ہیں۔
# اُن لوگوں کے لیے جو ڈائریکٹری کو تازہ رکھتے ہیں: ایڈیٹرز، مترجمین، کوآرڈینیٹرز اور ایڈمنسٹریٹرز۔

## سائن اِن اور سائن آؤٹ

login-title = سائن اِن
login-intro = اُن لوگوں کے لیے جو ڈائریکٹری کو تازہ رکھتے ہیں: ایڈیٹرز، مترجمین اور کوآرڈینیٹرز۔
login-account = اکاؤنٹ
login-password = پاس ورڈ
login-submit = سائن اِن کریں
login-wrong = اکاؤنٹ یا پاس ورڈ غلط ہے۔
login-throttled = { $minutes ->
    [one] بہت زیادہ ناکام کوششیں ہو چکی ہیں۔ ایک منٹ بعد دوبارہ کوشش کریں۔
   *[other] بہت زیادہ ناکام کوششیں ہو چکی ہیں۔ { $minutes } منٹ بعد دوبارہ کوشش کریں۔
}
login-required = جاری رکھنے کے لیے براہِ کرم سائن اِن کریں۔
login-signed-out = آپ کا سائن آؤٹ ہو گیا ہے۔
nav-editing = ترمیم
nav-sign-out = سائن آؤٹ
editor-signed-in-as = سائن اِن بطور { $account } ({ $role })
role-admin = ایڈمنسٹریٹر
role-coordinator = کوآرڈینیٹر
role-editor = ایڈیٹر
role-translator = مترجم

## انکار

error-form-expired-title = فارم نہیں بھیجا جا سکا
error-form-expired-text = آپ کی حفاظت کے لیے کوئی فارم صرف اسی صفحے سے قبول کیا جاتا ہے جس کا وہ حصہ ہے۔ واپس جائیں، صفحہ دوبارہ لوڈ کریں اور پھر کوشش کریں۔
error-forbidden-title = اجازت نہیں
error-forbidden-text = آپ کا اکاؤنٹ یہ کام نہیں کر سکتا۔ ایڈیٹرز صرف اپنے علاقوں کی سروسز میں تبدیلی کرتے ہیں۔
error-too-many-title = بہت زیادہ درخواستیں
error-too-many-text = براہِ کرم تھوڑا انتظار کریں اور دوبارہ کوشش کریں۔

## سروسز کی فہرست

editor-dashboard-title = سروسز
editor-new-resource = نئی سروس
editor-find-label = نام یا الفاظ سے کوئی سروس تلاش کریں
editor-find-button = تلاش کریں
editor-area-label = علاقہ
editor-all-areas = تمام علاقے
editor-count = { $count ->
    [0] کوئی سروس نہیں ملی
    [one] ایک سروس
   *[other] { $count } سروسز
}
editor-col-name = نام
editor-col-area = علاقہ
editor-col-categories = مدد کی اقسام
editor-edit = ترمیم کریں
editor-page-previous = پچھلا
editor-page-next = اگلا
editor-archived-heading = آرکائیو شدہ سروسز
editor-archived-none = کچھ بھی آرکائیو نہیں ہوا۔
editor-archived-when = { $date } کو { $account } نے آرکائیو کیا

## سروس میں ترمیم

editor-new-title = نئی سروس
editor-edit-title = ترمیم: { $name }
editor-version = ورژن { $version }، { $date } کو محفوظ کیا گیا
editor-section-basics = سروس کے بارے میں
editor-section-texts = متن
editor-section-contact = پتہ اور رابطہ
editor-section-access = کھلنے کے اوقات اور رسائی
editor-texts-in = { $language } میں متن
editor-texts-source = وہ زبان جس میں متن پہلے لکھے جاتے ہیں
editor-add-language = کسی اور زبان میں متن شامل کریں
editor-choose-language = زبان چنیں
editor-field-id = شناخت (Id)
editor-field-id-hint = انگریزی کے چھوٹے حروف، ہندسے اور ڈیش (-)، مثلاً: jobcenter-aarhus۔ بعد میں اسے بدلا نہیں جا سکتا۔
editor-field-area = بلدیہ یا علاقہ
editor-field-categories = مدد کی اقسام
editor-field-source-language = وہ زبان جس میں متن پہلے لکھے جاتے ہیں
editor-field-name = نام
editor-field-summary = خلاصہ (ایک جملہ)
editor-field-description = تفصیل
editor-field-access = مدد کیسے لیں
editor-field-street = گلی اور مکان نمبر
editor-field-postcode = پوسٹ کوڈ
editor-field-city = شہر
editor-field-country = ملک کا کوڈ
editor-field-country-hint = انگریزی کے دو بڑے حروف، مثلاً: DK
editor-field-lat = عرض بلد
editor-field-lon = طول بلد
editor-field-phone = فون
editor-field-email = ای میل
editor-field-website = ویب سائٹ
editor-field-opening-hours = کھلنے کے اوقات
editor-field-opening-hours-hint = OpenStreetMap کے انداز میں، مثلاً: Mo-Fr 09:00-15:00; PH off
editor-field-languages-spoken = سروس پر بولی جانے والی زبانیں
editor-field-languages-spoken-hint = زبانوں کے کوڈ، کاما سے الگ کیے ہوئے، مثلاً: da, ar, so
editor-field-attributes = رسائی
editor-field-record = سروس
editor-field-verified-at = آخری بار چیک کیا گیا
editor-create = بنائیں
editor-save = محفوظ کریں
editor-archive = آرکائیو کریں
editor-restore = بحال کریں
editor-history = تاریخچہ
editor-back = فہرست پر واپس جائیں
editor-view-public = عوامی صفحہ دکھائیں
editor-created = سروس بن گئی۔ اب یہ تلاش میں مل سکتی ہے۔
editor-saved = ورژن { $version } کے طور پر محفوظ ہو گئی۔ تلاش میں اب یہ تبدیلی نظر آتی ہے۔
editor-unchanged = کچھ بھی تبدیل نہیں ہوا۔
editor-archived = آرکائیو ہو گئی۔ اب یہ تلاش میں نہیں ملے گی، اور اسے بحال کیا جا سکتا ہے۔
editor-restored = ورژن { $version } کے طور پر بحال ہو گئی۔ یہ دوبارہ تلاش میں مل سکتی ہے۔
editor-errors-summary = { $count ->
    [one] سروس محفوظ نہیں ہوئی: براہِ کرم ایک مسئلہ درست کریں۔
   *[other] سروس محفوظ نہیں ہوئی: براہِ کرم { $count } مسائل درست کریں۔
}
editor-exists = اس شناخت والی سروس پہلے سے موجود ہے، یا آرکائیو میں ہے۔ کوئی اور شناخت چنیں، یا آرکائیو شدہ سروس بحال کریں۔
problem-required = یہ ضروری ہے۔
problem-invalid = یہ اندراج قبول نہیں کیا جاتا۔
problem-unknown = ڈائریکٹری اس اندراج کو نہیں پہچانتی۔
problem-duplicate = یہ دو بار دیا گیا ہے۔
problem-too-long = یہ بہت لمبا ہے۔

## دو لوگ ایک ساتھ محفوظ کریں

editor-conflict-title = آپ کی ترمیم کے دوران کسی اور نے یہ سروس محفوظ کر دی
editor-conflict-text = آپ کی تبدیلیاں ابھی محفوظ نہیں ہوئیں۔ انہیں محفوظ شدہ ورژن سے ملا کر دیکھیں، پھر اپنی تبدیلیاں رکھنے کے لیے دوبارہ محفوظ کریں، یا محفوظ شدہ ورژن سے شروع کرنے کے لیے صفحہ دوبارہ لوڈ کریں۔
editor-conflict-field = خانہ
editor-conflict-yours = آپ کا ورژن
editor-conflict-saved = محفوظ شدہ ورژن ({ $version })
editor-conflict-empty = (خالی)
editor-conflict-reload = محفوظ شدہ ورژن سے دوبارہ شروع کریں

## تاریخچہ

history-title = تاریخچہ: { $name }
history-version = ورژن { $version }
history-when = کب
history-who = کس نے
history-kind-import = امپورٹ کیا گیا
history-kind-edit = ترمیم کی گئی
history-kind-archive = آرکائیو کیا گیا
history-kind-restore = آرکائیو سے بحال کیا گیا
history-kind-revert = پرانا ورژن واپس لایا گیا
history-kind-delete = حذف کیا گیا
history-kind-verify = درست ہونے کی تصدیق کی گئی
history-by-import = امپورٹ
history-field = خانہ
history-before = پہلے
history-after = بعد میں
history-no-changes = کوئی خانہ تبدیل نہیں ہوا۔
history-first = پہلا ورژن۔
history-unknown = یہ ورژن محفوظ رکھے گئے تاریخچے سے زیادہ پرانا ہے۔
history-revert = یہ ورژن واپس لائیں
history-current = موجودہ ورژن
history-reverted = ورژن { $old } کو ورژن { $version } کے طور پر واپس لایا گیا۔

## ایڈیٹرز کے صفحات کا مینو

nav-translations = ترجمے
nav-checking = جانچ درکار
nav-reports = رپورٹیں

## ترجمے

translations-title = ترجمے
translations-language-label = کس زبان میں ترجمہ کریں
translations-show = دکھائیں
translations-count = { $count ->
    [0] کوئی ترجمہ نہ باقی ہے نہ پرانا۔
    [one] ایک سروس کو ترجمے کی ضرورت ہے۔
   *[other] { $count } سروسز کو ترجمے کی ضرورت ہے۔
}
translations-col-resource = سروس
translations-col-missing = ترجمہ نہیں ہوا
translations-col-outdated = پرانا
translations-col-views = کتنی بار دیکھا گیا
translations-translate = ترجمہ کریں
translations-export = جن کا ترجمہ باقی ہے انہیں XLIFF کے طور پر ڈاؤن لوڈ کریں
translations-export-from = کس زبان سے ترجمہ کریں
translations-import-heading = ترجمے امپورٹ کریں
translations-import-label = XLIFF فائل
translations-import-submit = امپورٹ کریں
translations-imported = { $count ->
    [one] ایک ترجمہ محفوظ ہو گیا۔
   *[other] { $count } ترجمے محفوظ ہو گئے۔
}
translations-untranslated = { $count ->
    [one] ایک متن بغیر ترجمے کے رہ گیا۔
   *[other] { $count } متن بغیر ترجمے کے رہ گئے۔
}
translations-refused = یہ محفوظ نہیں ہوئے:
status-missing = ترجمہ نہیں ہوا
status-outdated = پرانا
status-current = تازہ ترین
status-reviewed = نظرِ ثانی شدہ
translate-title = ترجمہ: { $name }
translate-into = { $language } میں
translate-source = اصل متن ({ $language })
translate-target = ترجمہ ({ $language })
translate-status = حالت: { $status }
translate-proposal = ترجمے کی میموری سے تجویز: محفوظ کرنے سے پہلے اسے چیک کریں۔
translate-save = ترجمہ محفوظ کریں
translate-review = نظرِ ثانی شدہ کا نشان لگائیں
translate-saved = ترجمہ محفوظ ہو گیا۔
translate-reviewed = نظرِ ثانی شدہ کا نشان لگ گیا۔
editor-translations-heading = ترجمے
editor-translate-into = { $language } میں ترجمہ کریں

## تصدیق

editor-verify = تصدیق کریں کہ آج یہ درست ہے
editor-verified = آج اس کے درست ہونے کی تصدیق ہو گئی۔
editor-last-verified = آخری تصدیق { $date } کو
editor-never-verified = کبھی تصدیق نہیں ہوئی
checking-title = جانچ درکار
checking-intro = { $months ->
    [one] وہ سروسز جن کی ایک مہینے سے کسی نے تصدیق نہیں کی، سب سے پرانی پہلے۔
   *[other] وہ سروسز جن کی { $months } مہینوں سے کسی نے تصدیق نہیں کی، سب سے پرانی پہلے۔
}
checking-months = کتنے مہینوں سے تصدیق نہیں ہوئی
checking-col-verified = آخری تصدیق
checking-col-by = کس نے
checking-never = کبھی نہیں
checking-none = یہاں ہر سروس کی حال ہی میں تصدیق ہو چکی ہے۔

## رضاکاروں کی رپورٹیں

reports-title = رضاکاروں کی رپورٹیں
reports-none = کوئی رپورٹ زیرِ التوا نہیں ہے۔
reports-col-resource = سروس
reports-col-category = کیا بدلا ہے
reports-col-note = نوٹ
reports-col-date = بھیجنے کی تاریخ
reports-resolve = ہو گیا
reports-dismiss = مسترد کریں
reports-closed = رپورٹ بند کر دی گئی۔
report-category-closed = سروس بند ہو گئی ہے، اب کام نہیں کرتی
report-category-moved = سروس کسی اور جگہ چلی گئی ہے
report-category-hours = کھلنے کے اوقات غلط ہیں
report-category-phone = فون نمبر غلط ہے
report-category-other = کچھ اور
report-link = کیا کچھ بدل گیا ہے؟ ہمیں بتائیں
report-title = کیا کچھ بدل گیا ہے؟
report-intro = ایڈیٹرز کو بتائیں کہ { $name } کے بارے میں کیا بات اب درست نہیں ہے۔
report-privacy = کوئی نام نہ لکھیں۔ جس شخص کی آپ مدد کر رہی ہیں، اس کے بارے میں کچھ بھی نہ لکھیں۔
report-category-label = کیا بدلا ہے؟
report-note-label = مختصر نوٹ (اختیاری)
report-note-hint = زیادہ سے زیادہ 280 حروف۔ کوئی نام، فون نمبر یا ذاتی معلومات نہ لکھیں۔
report-submit = بھیجیں
report-thanks = شکریہ۔ اس علاقے کے ایڈیٹرز اسے چیک کریں گے۔
report-invalid = چنیں کہ کیا بدلا ہے، اور نوٹ 280 حروف سے کم رکھیں۔

## اکاؤنٹس (ایڈمنسٹریٹرز کے لیے)

nav-accounts = اکاؤنٹس
accounts-title = اکاؤنٹس
accounts-col-login = صارف نام
accounts-col-role = کردار
accounts-col-scope = علاقے یا زبانیں
accounts-col-state = حالت
accounts-active = فعال
accounts-disabled = غیر فعال
accounts-disable = غیر فعال کریں
accounts-enable = فعال کریں
accounts-reset = نیا پاس ورڈ
accounts-new = نیا اکاؤنٹ
accounts-id = صارف نام
accounts-id-hint = انگریزی کے چھوٹے حروف، ہندسے اور ڈیش (-)، مثلاً: amina-aarhus
accounts-role = کردار
accounts-areas = علاقے (ایڈیٹرز کے لیے)
accounts-areas-hint = ایک یا زیادہ علاقے چنیں؛ کسی علاقے میں اس کے اندر والے علاقے بھی شامل ہوتے ہیں۔
accounts-languages = زبانیں (مترجمین کے لیے)
accounts-create = اکاؤنٹ بنائیں
accounts-password-for = { $account } کا پاس ورڈ:
accounts-password-once = یہ پاس ورڈ صرف ابھی، صرف ایک بار دکھایا جا رہا ہے۔ اسے محفوظ طریقے سے متعلقہ شخص تک پہنچائیں؛ وہ اس سے فوراً سائن اِن کر سکتے ہیں۔
accounts-refused = اکاؤنٹ محفوظ نہیں ہوا۔

## پارٹنر ویب سائٹس کی API کلیدیں (صرف ایڈمنسٹریٹرز کے لیے)

nav-keys = پارٹنر کلیدیں
keys-title = پارٹنر ویب سائٹس کی API کلیدیں
keys-intro = جو بلدیات اور تنظیمیں اپنی ویب سائٹ پر Nabo کی تلاش دکھاتی ہیں، انہیں ایک کلید درکار ہے۔ براؤزر میں کلید صرف انہی ویب پتوں پر کام کرتی ہے جو اس کے لیے درج ہیں، اور صرف اتنی بار جتنی اس کی حد اجازت دیتی ہے۔
keys-issued-for = { $partner } کے لیے نئی کلید:
keys-once = اسے ابھی کاپی کریں اور پارٹنر کو دیں: یہ صرف اسی ایک بار دکھائی جا رہی ہے اور پھر کبھی نظر نہیں آئے گی۔
keys-embed = پارٹنر یہ دو لائنیں اپنے صفحے میں پیسٹ کرتا ہے:
keys-refused = کلید نہیں بنی:
keys-none = ابھی کوئی کلید نہیں ہے۔
keys-col-name = پارٹنر
keys-col-origins = ویب پتے
keys-col-rate = حد
keys-col-state = حالت
keys-per-minute = { $rate } فی منٹ
keys-active = استعمال میں
keys-revoked = منسوخ
keys-revoke = منسوخ کریں
keys-new = نئی کلید
keys-name = پارٹنر (کلید کس کے لیے ہے)
keys-origins = وہ ویب پتے جنہیں کلید استعمال کرنے کی اجازت ہے
keys-origins-hint = مثلاً: https://kommune.example، اسپیس یا کاما سے الگ کیے ہوئے۔ جو کلید صرف سرور سے استعمال ہو، اس کے لیے خالی چھوڑ دیں۔
keys-rate = فی منٹ درخواستیں
keys-create = کلید بنائیں
