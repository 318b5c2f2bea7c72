## Insight without personal data: referrals, unmet needs, the reports for coordinators and partners, and the privacy page.

# The role of an account that records referrals (beside role-editor, role-translator…).
role-volunteer = رضاکار
accounts-group = مقامی گروپ (رضاکاروں کے لیے)
accounts-group-hint = انگریزی کے چھوٹے حروف، ہندسے اور «-»، مثلاً aarhus-gellerup۔ کسی رضاکار کے ریفرل گروپ کے لیے گنے جاتے ہیں۔

## Recording a referral from a service's page or its card.
referral-heading = ریفرل درج کریں
referral-hint = یہ گنتا ہے کہ آج آپ نے کسی خاتون کو اس سروس تک کا راستہ دکھایا، اور وہ کون سی زبان بولتی ہے۔ اس کے بارے میں کچھ بھی درج نہیں ہوتا۔
referral-language = اس کی زبان
referral-record = ریفرل درج کریں
referral-recorded = ریفرل درج ہو گیا۔ شکریہ۔
referral-queued = اس فون پر رکھا گیا: جب آپ دوبارہ آن لائن ہوں گی تو بھیج دیا جائے گا۔
referral-sign-in = رضاکار ریفرل گننے کے لیے سائن اِن کر سکتی ہیں۔
# $reason is a short explanation from the server, e.g. "day 2026-01-02 is in the future".
referral-refused = ریفرل درج نہیں ہوا: { $reason }

## "Nothing fitted": a volunteer says none of the results helps.
unmet-heading = کچھ بھی مناسب نہیں تھا؟
# Above the same form on a search that found nothing.
unmet-heading-none = ہمیں بتائیں کہ کس چیز کی ضرورت تھی
unmet-hint = ہمیں بتائیں تاکہ یہ ضرورت گنی جائے۔ صرف ضرورت کی قسم گنی جاتی ہے — آپ کے تلاش کے الفاظ کبھی نہیں، سوائے اس کے کہ بہت سے لوگوں نے ایک ہی چیز تلاش کی ہو، اور آپ کے بارے میں کچھ بھی نہیں۔
unmet-needed = کس چیز کی ضرورت تھی (اختیاری)
unmet-needed-none = نہیں بتایا گیا
unmet-send = کچھ بھی مناسب نہیں تھا
unmet-thanks = شکریہ۔ ضرورت گن لی گئی۔

## The reports (for coordinators; partners read the same figures through the API).
nav-insights = اعداد و شمار
insights-title = اعداد و شمار
insights-intro = روزمرہ استعمال سے گمنام اعداد: خواتین کو کہاں بھیجا گیا، کن زبانوں میں، اور انہیں کس چیز کی ضرورت تھی جو ڈائریکٹری پیش نہ کر سکی۔
insights-year = سال
insights-show = دکھائیں
insights-referrals = ریفرل
insights-unmet = پوری نہ ہونے والی ضرورتیں
insights-by-area = علاقے کے لحاظ سے
insights-by-category = مدد کی قسم کے لحاظ سے
insights-by-language = زبان کے لحاظ سے
insights-by-group = مقامی گروپ کے لحاظ سے
insights-total = کل
insights-no-area = کوئی علاقہ نہیں چنا گیا
insights-no-category = مدد کی قسم پہچانی نہیں گئی
insights-no-group = کوئی مقامی گروپ نہیں
insights-legend-small = <5: پانچ سے کم؛ نہیں دکھایا جاتا، تاکہ کسی کو پہچانا نہ جا سکے۔
insights-legend-hidden = x: چھپایا گیا تاکہ کوئی چھوٹا عدد کل میزان سے نکالا نہ جا سکے۔
insights-months-note = کوئی مہینہ ختم ہونے کے بعد ہی دکھایا جاتا ہے۔ پانچ سے کم اعداد کبھی نہیں دکھائے جاتے — نہ یہاں، نہ ڈاؤن لوڈ میں، نہ API کے ذریعے۔
insights-download-csv = CSV کے طور پر ڈاؤن لوڈ کریں
insights-download-json = JSON کے طور پر ڈاؤن لوڈ کریں
# The text alternative of a bar chart; $table is the title of the table below it that holds the same figures.
insights-chart-description = «{ $table }» کے کل میزان کا بار چارٹ۔ یہی اعداد نیچے کی جدول میں ہیں۔
insights-summary = { $year } کا خلاصہ
insights-summary-referrals = کل ریفرل
insights-summary-categories = مدد کی قسم کے لحاظ سے ریفرل
insights-summary-languages = بھیجی گئی خواتین کی زبانیں
insights-summary-top-unmet = سب سے زیادہ پوری نہ ہونے والی ضرورتیں
insights-texts = تلاش کیا گیا مگر نہیں ملا
insights-texts-hint = صرف وہ الفاظ رکھے جاتے ہیں جو ایک ہفتے میں کم از کم پانچ تلاشوں میں استعمال ہوئے ہوں۔
insights-none = اس سال کچھ بھی درج نہیں ہوا۔

## The privacy page.
footer-privacy-link = Nabo کیا درج کرتا ہے
privacy-title = Nabo کیا درج کرتا ہے
privacy-intro = Nabo اُن خواتین کے ساتھ بات چیت میں استعمال ہوتا ہے جو رضاکاروں پر بھروسا کرتی ہیں۔ اسے اس طرح بنایا گیا ہے کہ یہ کبھی کوئی ایسی چیز نہ رکھے جس سے پتا چل سکے کہ وہ کون ہیں۔
privacy-never-heading = کبھی درج نہیں ہوتا
privacy-never-people = اُن خواتین کے نام، پتے، فون نمبر، شناختی نمبر یا کہانیاں جن کی آپ مدد کرتی ہیں۔
privacy-never-addresses = آپ کا IP پتہ یا آپ کا براؤزر، اُس چیز کے ساتھ جو آپ تلاش کرتی ہیں یا کھولتی ہیں۔
privacy-never-search = جو آپ تلاش کرتی ہیں، بالکل ویسے جیسے آپ نے لکھا۔ درخواستوں کے ریکارڈ میں تلاش کے الفاظ شامل نہیں ہوتے۔
privacy-never-time = دن کا وہ وقت جب کوئی ریفرل یا تلاش ہوئی۔
privacy-recorded-heading = ناموں کے بغیر درج ہوتا ہے
privacy-recorded-referrals = ریفرل، جب سائن اِن کی ہوئی کوئی رضاکار اسے درج کرے: سروس، خاتون کی زبان، دن اور رضاکار کا مقامی گروپ۔ یہ نہیں کہ رضاکار کون ہے۔
privacy-recorded-unmet = ایسی تلاش جس میں کچھ نہیں ملا، یا «کچھ بھی مناسب نہیں تھا»: ہفتے، زبان، علاقے اور ضرورت کی قسم کے لحاظ سے گنی جاتی ہے۔
privacy-recorded-texts = ایسی تلاش کے الفاظ صرف تب، جب ایک ہی ہفتے میں کم از کم پانچ تلاشوں میں استعمال ہوئے ہوں؛ تب تک سرور انہیں میموری میں ایک ایسے کوڈ سے گنتا ہے جسے وہ واپس الفاظ میں نہیں بدل سکتا۔
privacy-recorded-views = ہر سروس کا صفحہ کتنی بار کھولا گیا: ہر سروس کے لیے ایک عدد۔
privacy-phone-heading = صرف آپ کے فون پر رکھا جاتا ہے
privacy-phone-saved = وہ سروسز جو آپ محفوظ کرتی ہیں، اور وہ ریفرل جو آف لائن ہونے کے دوران بھیجے جانے کا انتظار کر رہے ہوں۔ اِن میں سے کچھ بھی بھیجے جانے سے پہلے سرور تک نہیں پہنچتا۔
privacy-retention-heading = کتنی دیر تک
privacy-retention = ریفرل جیسے درج ہوئے ویسے ہی 90 دن تک رکھے جاتے ہیں۔ اس کے بعد انہیں اپنے ہفتے کی گنتی میں جوڑ کر مٹا دیا جاتا ہے۔
privacy-reports-heading = اعداد کون دیکھتا ہے
privacy-reports = پروگرام کے کوآرڈینیٹرز، اور وہ بلدیات اور تنظیمیں جن کے ساتھ پروگرام کام کرتا ہے۔ وہ مہینے، علاقے، مدد کی قسم اور زبان کے لحاظ سے اعداد دیکھتے ہیں؛ پانچ سے کم کوئی عدد کبھی نہیں دکھایا جاتا، اور نہ ہی ایسا عدد جو باقی اعداد سے نکالا جا سکے۔
