# ابزارک جستجوی Nabo (<nabo-search> در وب‌سایت‌های همکار) — فارسی. همان شناسه‌های پیام en/widget.ftl.

## فرم جستجو

widget-search-label = جستجوی کمک در نزدیکی شما
widget-search-placeholder = مثلاً: جاب سنتر، بچه‌ام باید معاینه شود
widget-search-button = جستجو

## خط وضعیت (صفحه‌خوان‌ها آن را می‌خوانند)

widget-loading = در حال جستجو…
widget-results-ready = جستجو تمام شد. خدمات در پایین فهرست شده‌اند.
widget-no-results = هیچ خدمتی پیدا نشد. کلمه‌های دیگر یا کلمه‌های کمتری را امتحان کنید.
widget-error = جستجو در حال حاضر کار نمی‌کند. لطفاً چند لحظه بعد دوباره امتحان کنید.
widget-rate-limited = در مدت کوتاهی جستجوهای زیادی انجام شده است. لطفاً کمی صبر کنید و بعد دوباره جستجو کنید.

## نتایج

widget-results = خدماتی که می‌توانند کمک کنند
widget-shown-in = به زبان { $language }
widget-open-card = برای او یک کارت بسازید
widget-new-tab = (در برگهٔ جدید باز می‌شود)
widget-powered-by = جستجو با Nabo
