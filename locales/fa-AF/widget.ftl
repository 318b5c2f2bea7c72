# ابزارک جستجوی Nabo (<nabo-search> در ویب‌سایت‌های همکار) — دری. همان شناسه‌های پیام en/widget.ftl.

## فورم جستجو

widget-search-label = جستجوی کمک در نزدیکی شما
widget-search-placeholder = مثلاً: جاب سنتر، طفلم به معاینه ضرورت دارد
widget-search-button = جستجو

## خط وضعیت (صفحه‌خوان‌ها آن را می‌خوانند)

widget-loading = در حال جستجو…
widget-results-ready = جستجو تمام شد. خدمات در پایین نشان داده شده‌اند.
widget-no-results = هیچ خدمتی پیدا نشد. کلمه‌های دیگر یا کلمه‌های کمتر را امتحان کنید.
widget-error = جستجو فعلاً کار نمی‌کند. لطفاً کمی بعد دوباره کوشش کنید.
widget-rate-limited = در مدت کوتاه جستجوهای زیاد شده است. لطفاً کمی صبر کنید و بعد دوباره جستجو کنید.

## نتیجه‌ها

widget-results = خدماتی که می‌توانند کمک کنند
widget-shown-in = به زبان { $language }
widget-open-card = برای او یک کارت بسازید
widget-new-tab = (در یک تب جدید باز می‌شود)
widget-powered-by = جستجو با Nabo
