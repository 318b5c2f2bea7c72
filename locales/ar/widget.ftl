# أداة البحث من Nabo (<nabo-search> في مواقع الشركاء) — العربية. نفس معرّفات الرسائل الموجودة في en/widget.ftl.

## نموذج البحث

widget-search-label = ابحثي عن مساعدة قريبة منكِ
widget-search-placeholder = مثلاً: جوب سنتر، طفلي يحتاج إلى فحص
widget-search-button = بحث

## سطر الحالة (تقرؤه برامج قراءة الشاشة)

widget-loading = جارٍ البحث…
widget-results-ready = انتهى البحث. الخدمات معروضة في الأسفل.
widget-no-results = لم نجد أي خدمة. جرّبي كلمات أخرى أو كلمات أقل.
widget-error = البحث لا يعمل الآن. يرجى المحاولة مرة أخرى بعد قليل.
widget-rate-limited = عدد كبير من عمليات البحث في وقت قصير. انتظري قليلاً ثم ابحثي مرة أخرى.

## النتائج

widget-results = خدمات يمكنها المساعدة
widget-shown-in = معروض باللغة { $language }
widget-open-card = إعداد بطاقة لها
widget-new-tab = (يُفتح في علامة تبويب جديدة)
widget-powered-by = بحث مقدَّم من Nabo
