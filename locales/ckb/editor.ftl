# پەڕەکانی ئێدیتەرانی Nabo — کوردیی ناوەندی (سۆرانی). هەمان ناسنامەی پەیامەکانی en/editor.ftl.
# بۆ ئەو کەسانەی ڕێبەرەکە نوێ دەکەنەوە: ئێدیتەران، وەرگێڕان، ڕێکخەران و بەڕێوەبەران.

## چوونەژوورەوە و چوونەدەرەوە

login-title = چوونەژوورەوە
login-intro = بۆ ئەو کەسانەی ڕێبەرەکە نوێ دەکەنەوە: ئێدیتەران، وەرگێڕان و ڕێکخەران.
login-account = هەژمار
login-password = وشەی نهێنی
login-submit = چوونەژوورەوە
login-wrong = هەژمار یان وشەی نهێنی هەڵەیە.
login-throttled = { $minutes ->
    [one] هەوڵی سەرنەکەوتوو زۆر بوو. دوای یەک خولەک دووبارە هەوڵ بدەرەوە.
   *[other] هەوڵی سەرنەکەوتوو زۆر بوو. دوای { $minutes } خولەک دووبارە هەوڵ بدەرەوە.
}
login-required = تکایە بۆ بەردەوامبوون بچۆ ژوورەوە.
login-signed-out = لە هەژمارەکەت چوویتە دەرەوە.
nav-editing = دەستکاریکردن
nav-sign-out = چوونەدەرەوە
editor-signed-in-as = چوویتە ژوورەوە وەک { $account } ({ $role })
role-admin = بەڕێوەبەر
role-coordinator = ڕێکخەر
role-editor = ئێدیتەر
role-translator = وەرگێڕ

## داواکارییە ڕەتکراوەکان

error-form-expired-title = فۆرمەکە نەنێردرا
error-form-expired-text = بۆ پاراستنی تۆ، فۆرم تەنها لەو پەڕەیەوە وەردەگیرێت کە هی خۆیەتی. بگەڕێوە دواوە، پەڕەکە نوێ بکەرەوە و دووبارە هەوڵ بدەرەوە.
error-forbidden-title = ڕێگەپێدراو نییە
error-forbidden-text = هەژمارەکەت ڕێگەی ئەم کارەی پێنەدراوە. ئێدیتەران تەنها خزمەتگوزارییەکانی ناوچەکانی خۆیان دەگۆڕن.
error-too-many-title = داواکاری زۆرە
error-too-many-text = تکایە کەمێک چاوەڕێ بکە و دووبارە هەوڵ بدەرەوە.

## لیستی خزمەتگوزارییەکان

editor-dashboard-title = خزمەتگوزارییەکان
editor-new-resource = خزمەتگوزاریی نوێ
editor-find-label = خزمەتگوزارییەک بە ناو یان وشە بدۆزەوە
editor-find-button = گەڕان
editor-area-label = ناوچە
editor-all-areas = هەموو ناوچەکان
editor-count = { $count ->
    [0] هیچ خزمەتگوزارییەک نەدۆزرایەوە
    [one] یەک خزمەتگوزاری
   *[other] { $count } خزمەتگوزاری
}
editor-col-name = ناو
editor-col-area = ناوچە
editor-col-categories = جۆرەکانی یارمەتی
editor-edit = دەستکاری
editor-page-previous = پێشوو
editor-page-next = داهاتوو
editor-archived-heading = خزمەتگوزارییە ئەرشیفکراوەکان
editor-archived-none = هیچ شتێک ئەرشیف نەکراوە.
editor-archived-when = لە { $date } ئەرشیف کرا، لەلایەن: { $account }

## دەستکاریکردنی خزمەتگوزارییەک

editor-new-title = خزمەتگوزاریی نوێ
editor-edit-title = دەستکاری: { $name }
editor-version = وەشانی { $version }، پاشەکەوتکراو لە { $date }
editor-section-basics = دەربارەی خزمەتگوزارییەکە
editor-section-texts = دەقەکان
editor-section-contact = ناونیشان و پەیوەندی
editor-section-access = کاتی کارکردن و دەستڕاگەیشتن
editor-texts-in = دەقەکان بە زمانی { $language }
editor-texts-source = ئەو زمانەی دەقەکان سەرەتا پێی دەنووسرێن
editor-add-language = زیادکردنی دەق بە زمانێکی تر
editor-choose-language = زمانێک هەڵبژێرە
editor-field-id = ناسنامە (Id)
editor-field-id-hint = پیتی بچووکی لاتینی، ژمارە و هێڵی کورت (-)، بۆ نموونە: jobcenter-aarhus. دواتر ناتوانرێت بگۆڕدرێت.
editor-field-area = شارەوانی یان ناوچە
editor-field-categories = جۆرەکانی یارمەتی
editor-field-source-language = ئەو زمانەی دەقەکان سەرەتا پێی دەنووسرێن
editor-field-name = ناو
editor-field-summary = کورتە (یەک ڕستە)
editor-field-description = وەسف
editor-field-access = چۆن یارمەتی وەربگریت
editor-field-street = شەقام و ژمارە
editor-field-postcode = کۆدی پۆستە
editor-field-city = شار
editor-field-country = کۆدی وڵات
editor-field-country-hint = دوو پیتی گەورەی لاتینی، بۆ نموونە: DK
editor-field-lat = هێڵی پانی
editor-field-lon = هێڵی درێژی
editor-field-phone = تەلەفۆن
editor-field-email = ئیمەیڵ
editor-field-website = ماڵپەڕ
editor-field-opening-hours = کاتی کارکردن
editor-field-opening-hours-hint = بە شێوازی OpenStreetMap، بۆ نموونە: Mo-Fr 09:00-15:00; PH off
editor-field-languages-spoken = ئەو زمانانەی لە خزمەتگوزارییەکەدا قسەیان پێدەکرێت
editor-field-languages-spoken-hint = کۆدی زمانەکان، بە کۆما لێک جیاکراونەتەوە، بۆ نموونە: da, ar, so
editor-field-attributes = دەستڕاگەیشتن
editor-field-record = خزمەتگوزارییەکە
editor-field-verified-at = دوایین پشکنین
editor-create = دروستکردن
editor-save = پاشەکەوتکردن
editor-archive = ئەرشیفکردن
editor-restore = گەڕاندنەوە
editor-history = مێژوو
editor-back = گەڕانەوە بۆ لیستەکە
editor-view-public = پیشاندانی پەڕە گشتییەکە
editor-created = دروست کرا. ئێستا خزمەتگوزارییەکە لە گەڕاندا دەدۆزرێتەوە.
editor-saved = وەک وەشانی { $version } پاشەکەوت کرا. ئێستا گەڕان گۆڕانکارییەکە پیشان دەدات.
editor-unchanged = هیچ شتێک نەگۆڕدرا.
editor-archived = ئەرشیف کرا. چیتر لە گەڕاندا نادۆزرێتەوە، و دەتوانرێت بگەڕێندرێتەوە.
editor-restored = وەک وەشانی { $version } گەڕێندرایەوە. دووبارە لە گەڕاندا دەدۆزرێتەوە.
editor-errors-summary = { $count ->
    [one] خزمەتگوزارییەکە پاشەکەوت نەکرا: تکایە یەک کێشە چاک بکە.
   *[other] خزمەتگوزارییەکە پاشەکەوت نەکرا: تکایە { $count } کێشە چاک بکە.
}
editor-exists = خزمەتگوزارییەک بەم ناسنامەیە پێشتر هەیە، یان ئەرشیف کراوە. ناسنامەیەکی تر هەڵبژێرە، یان ئەوەی ئەرشیفکراوە بگەڕێنەوە.
problem-required = ئەمە پێویستە.
problem-invalid = ئەم بەهایە قبووڵ ناکرێت.
problem-unknown = ڕێبەرەکە ئەم بەهایە ناناسێت.
problem-duplicate = ئەمە دوو جار دراوە.
problem-too-long = ئەمە زۆر درێژە.

## دوو کەس لە یەک کاتدا پاشەکەوت دەکەن

editor-conflict-title = کاتێک تۆ دەستکاریت دەکرد، کەسێکی تر ئەم خزمەتگوزارییەی پاشەکەوت کرد
editor-conflict-text = گۆڕانکارییەکانت هێشتا پاشەکەوت نەکراون. بەراوردیان بکە لەگەڵ وەشانی پاشەکەوتکراو، پاشان دووبارە پاشەکەوت بکە بۆ ئەوەی هی خۆت بمێنێتەوە، یان پەڕەکە نوێ بکەرەوە بۆ ئەوەی لە وەشانی پاشەکەوتکراوەوە دەست پێ بکەیتەوە.
editor-conflict-field = خانە
editor-conflict-yours = وەشانی تۆ
editor-conflict-saved = وەشانی پاشەکەوتکراو ({ $version })
editor-conflict-empty = (بەتاڵ)
editor-conflict-reload = لە وەشانی پاشەکەوتکراوەوە دەست پێ بکەرەوە

## مێژوو

history-title = مێژوو: { $name }
history-version = وەشانی { $version }
history-when = کەی
history-who = کێ
history-kind-import = هاوردە کرا
history-kind-edit = دەستکاری کرا
history-kind-archive = ئەرشیف کرا
history-kind-restore = لە ئەرشیف گەڕێندرایەوە
history-kind-revert = وەشانێکی پێشوو گەڕێندرایەوە
history-kind-delete = سڕایەوە
history-kind-verify = پشتڕاست کرایەوە کە دروستە
history-by-import = هاوردەکردن
history-field = خانە
history-before = پێشتر
history-after = دواتر
history-no-changes = هیچ خانەیەک نەگۆڕا.
history-first = یەکەم وەشان.
history-unknown = ئەم وەشانە لە مێژووی پاراستراو کۆنترە.
history-revert = ئەم وەشانە بگەڕێنەوە
history-current = وەشانی ئێستا
history-reverted = وەشانی { $old } وەک وەشانی { $version } گەڕێندرایەوە.

## لیستی پەڕەکانی ئێدیتەران

nav-translations = وەرگێڕانەکان
nav-checking = پێویستی بە پشکنین هەیە
nav-reports = ڕاپۆرتەکان

## وەرگێڕانەکان

translations-title = وەرگێڕانەکان
translations-language-label = وەرگێڕان بۆ زمانی
translations-show = پیشاندان
translations-count = { $count ->
    [0] هیچ وەرگێڕانێک کەم یان کۆن نییە.
    [one] یەک خزمەتگوزاری پێویستی بە وەرگێڕانە.
   *[other] { $count } خزمەتگوزاری پێویستیان بە وەرگێڕانە.
}
translations-col-resource = خزمەتگوزاری
translations-col-missing = وەرنەگێڕدراو
translations-col-outdated = کۆن
translations-col-views = ژمارەی بینین
translations-translate = وەرگێڕان
translations-export = داگرتنی ئەوەی وەرنەگێڕدراوە وەک XLIFF
translations-export-from = وەرگێڕان لە زمانی
translations-import-heading = هاوردەکردنی وەرگێڕانەکان
translations-import-label = فایلی XLIFF
translations-import-submit = هاوردەکردن
translations-imported = { $count ->
    [one] یەک وەرگێڕان پاشەکەوت کرا.
   *[other] { $count } وەرگێڕان پاشەکەوت کران.
}
translations-untranslated = { $count ->
    [one] یەک دەق وەرنەگێڕدراو مایەوە.
   *[other] { $count } دەق وەرنەگێڕدراو مانەوە.
}
translations-refused = ئەمانە پاشەکەوت نەکران:
status-missing = وەرنەگێڕدراو
status-outdated = کۆن
status-current = نوێ
status-reviewed = پێداچوونەوەکراو
translate-title = وەرگێڕان: { $name }
translate-into = بۆ زمانی { $language }
translate-source = دەقی سەرەکی ({ $language })
translate-target = وەرگێڕان ({ $language })
translate-status = دۆخ: { $status }
translate-proposal = پێشنیار لە بیرگەی وەرگێڕانەوە: پێش پاشەکەوتکردن بیپشکنە.
translate-save = پاشەکەوتکردنی وەرگێڕان
translate-review = نیشانکردن وەک پێداچوونەوەکراو
translate-saved = وەرگێڕانەکە پاشەکەوت کرا.
translate-reviewed = وەک پێداچوونەوەکراو نیشان کرا.
editor-translations-heading = وەرگێڕانەکان
editor-translate-into = وەرگێڕان بۆ زمانی { $language }

## پشتڕاستکردنەوە

editor-verify = پشتڕاستی بکەرەوە کە ئەمڕۆ دروستە
editor-verified = ئەمڕۆ پشتڕاست کرایەوە کە دروستە.
editor-last-verified = دوایین پشتڕاستکردنەوە: { $date }
editor-never-verified = هەرگیز پشتڕاست نەکراوەتەوە
checking-title = پێویستی بە پشکنین هەیە
checking-intro = { $months ->
    [one] ئەو خزمەتگوزارییانەی ماوەی مانگێکە کەس پشتڕاستی نەکردوونەتەوە، کۆنترینەکان سەرەتا.
   *[other] ئەو خزمەتگوزارییانەی ماوەی { $months } مانگە کەس پشتڕاستی نەکردوونەتەوە، کۆنترینەکان سەرەتا.
}
checking-months = چەند مانگ بێ پشتڕاستکردنەوە
checking-col-verified = دوایین پشتڕاستکردنەوە
checking-col-by = لەلایەن
checking-never = هەرگیز
checking-none = هەموو شتێک لێرە بەم دواییانە پشتڕاست کراوەتەوە.

## ڕاپۆرتی خۆبەخشان

reports-title = ڕاپۆرتی خۆبەخشان
reports-none = هیچ ڕاپۆرتێکی چارەسەرنەکراو نییە.
reports-col-resource = خزمەتگوزاری
reports-col-category = چی گۆڕاوە
reports-col-note = تێبینی
reports-col-date = ڕێکەوتی ناردن
reports-resolve = تەواو
reports-dismiss = ڕەتکردنەوە
reports-closed = ڕاپۆرتەکە داخرا.
report-category-closed = داخراوە و چیتر کار ناکات
report-category-moved = گواستراوەتەوە بۆ شوێنێکی تر
report-category-hours = کاتی کارکردن هەڵەیە
report-category-phone = ژمارەی تەلەفۆن هەڵەیە
report-category-other = شتێکی تر
report-link = شتێک گۆڕاوە؟ پێمان بڵێ
report-title = شتێک گۆڕاوە؟
report-intro = بە ئێدیتەران بڵێ چی دەربارەی { $name } چیتر دروست نییە.
report-privacy = هیچ ناوێک مەنووسە. هیچ شتێک دەربارەی ئەو کەسەی یارمەتیی دەدەیت مەنووسە.
report-category-label = چی گۆڕاوە؟
report-note-label = تێبینیی کورت (ئارەزوومەندانە)
report-note-hint = لانیزۆر 280 پیت. ناو، ژمارەی تەلەفۆن یان هیچ زانیارییەکی کەسی مەنووسە.
report-submit = ناردن
report-thanks = سوپاس. ئێدیتەرانی ئەم ناوچەیە دەیپشکنن.
report-invalid = هەڵیبژێرە چی گۆڕاوە، و تێبینییەکە لە 280 پیت کەمتر بێت.

## هەژمارەکان (بۆ بەڕێوەبەران)

nav-accounts = هەژمارەکان
accounts-title = هەژمارەکان
accounts-col-login = ناوی بەکارهێنەر
accounts-col-role = ڕۆڵ
accounts-col-scope = ناوچەکان یان زمانەکان
accounts-col-state = دۆخ
accounts-active = چالاک
accounts-disabled = ناچالاک
accounts-disable = ناچالاککردن
accounts-enable = چالاککردن
accounts-reset = وشەی نهێنیی نوێ
accounts-new = هەژماری نوێ
accounts-id = ناوی بەکارهێنەر
accounts-id-hint = پیتی بچووکی لاتینی، ژمارە و هێڵی کورت (-)، بۆ نموونە: amina-aarhus
accounts-role = ڕۆڵ
accounts-areas = ناوچەکان (بۆ ئێدیتەران)
accounts-areas-hint = یەک یان چەند ناوچەیەک هەڵبژێرە؛ هەر ناوچەیەک ئەو ناوچانەش دەگرێتەوە کە لەناویدان.
accounts-languages = زمانەکان (بۆ وەرگێڕان)
accounts-create = دروستکردنی هەژمار
accounts-password-for = وشەی نهێنی بۆ { $account }:
accounts-password-once = وشەی نهێنییەکە تەنها ئێستا و تەنها یەک جار پیشان دەدرێت. بە ڕێگەیەکی پارێزراو بیدە بە کەسەکە؛ دەتوانێت یەکسەر پێی بچێتە ژوورەوە.
accounts-refused = هەژمارەکە پاشەکەوت نەکرا.

## کلیلەکانی API بۆ ماڵپەڕی هاوبەشەکان (تەنها بۆ بەڕێوەبەران)

nav-keys = کلیلی هاوبەشەکان
keys-title = کلیلەکانی API بۆ ماڵپەڕی هاوبەشەکان
keys-intro = ئەو شارەوانی و ڕێکخراوانەی گەڕانی Nabo لە ماڵپەڕی خۆیاندا پیشان دەدەن، پێویستیان بە کلیلێک هەیە. کلیل لە وێبگەڕەکاندا تەنها لەسەر ئەو ناونیشانە وێبانە کار دەکات کە بۆی تۆمار کراون، و تەنها ئەوەندە جار کە سنوورەکەی ڕێگە دەدات.
keys-issued-for = کلیلێکی نوێ بۆ { $partner }:
keys-once = ئێستا کۆپیی بکە و بیدە بە هاوبەشەکە: تەنها ئەم یەک جارە پیشان دەدرێت و جارێکی تر نابینرێتەوە.
keys-embed = هاوبەشەکە ئەم دوو دێڕە لە پەڕەکەی خۆیدا دادەنێت:
keys-refused = کلیلەکە دروست نەکرا:
keys-none = هێشتا هیچ کلیلێک نییە.
keys-col-name = هاوبەش
keys-col-origins = ناونیشانە وێبەکان
keys-col-rate = سنوور
keys-col-state = دۆخ
keys-per-minute = { $rate } لە خولەکێکدا
keys-active = بەکاردێت
keys-revoked = هەڵوەشێنراوەتەوە
keys-revoke = هەڵوەشاندنەوە
keys-new = کلیلی نوێ
keys-name = هاوبەش (کلیلەکە بۆ کێیە)
keys-origins = ئەو ناونیشانە وێبانەی ڕێگەیان پێدراوە کلیلەکە بەکاربهێنن
keys-origins-hint = بۆ نموونە: https://kommune.example، بە بۆشایی یان کۆما لێک جیا بکرێنەوە. بۆ کلیلێک کە تەنها لە سێرڤەرەوە بەکاردێت، بە بەتاڵی جێی بهێڵە.
keys-rate = داواکاری لە خولەکێکدا
keys-create = دروستکردنی کلیل
