# Nabo کا سرچ ویجٹ (پارٹنر ویب سائٹس پر <nabo-search>) — اردو۔ en/widget.ftl والے ہی میسج آئی ڈی۔

## تلاش کا فارم

widget-search-label = اپنے قریب مدد تلاش کریں
widget-search-placeholder = مثلاً: جاب سینٹر، میرے بچے کا چیک اپ کروانا ہے
widget-search-button = تلاش کریں

## اسٹیٹس لائن (اسکرین ریڈر اسے پڑھ کر سناتے ہیں)

widget-loading = تلاش جاری ہے…
widget-results-ready = تلاش مکمل ہو گئی۔ سروسز نیچے دی گئی ہیں۔
widget-no-results = کوئی سروس نہیں ملی۔ دوسرے الفاظ یا کم الفاظ آزمائیں۔
widget-error = تلاش اس وقت کام نہیں کر رہی۔ براہِ کرم تھوڑی دیر بعد دوبارہ کوشش کریں۔
widget-rate-limited = تھوڑے وقت میں بہت زیادہ تلاشیں ہو گئیں۔ براہِ کرم تھوڑا انتظار کریں، پھر دوبارہ تلاش کریں۔

## نتائج

widget-results = مدد کر سکنے والی سروسز
widget-shown-in = { $language } میں دکھایا گیا
widget-open-card = اس کے لیے کارڈ بنائیں
widget-new-tab = (نئے ٹیب میں کھلتا ہے)
widget-powered-by = Nabo کے ذریعے تلاش
