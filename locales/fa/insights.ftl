## Insight without personal data: referrals, unmet needs, the reports for coordinators and partners, and the privacy page.

# The role of an account that records referrals (beside role-editor, role-translator…).
role-volunteer = داوطلب
accounts-group = گروه محلی (برای داوطلبان)
accounts-group-hint = حروف کوچک لاتین، رقم و «-»، برای مثال aarhus-gellerup. ارجاع‌های هر داوطلب برای گروه شمرده می‌شود.

## Recording a referral from a service's page or its card.
referral-heading = ثبت ارجاع
referral-hint = شمرده می‌شود که امروز راه این خدمت را به زنی نشان داده‌اید، و زبانی که او صحبت می‌کند. هیچ چیزی دربارهٔ خود او ثبت نمی‌شود.
referral-language = زبان او
referral-record = ثبت ارجاع
referral-recorded = ارجاع ثبت شد. متشکریم.
referral-queued = در این گوشی نگه داشته شد: وقتی دوباره به اینترنت وصل شوید فرستاده می‌شود.
referral-sign-in = داوطلبان می‌توانند وارد شوند تا ارجاع‌ها را ثبت کنند.
# $reason is a short explanation from the server, e.g. "day 2026-01-02 is in the future".
referral-refused = ارجاع ثبت نشد: { $reason }

## "Nothing fitted": a volunteer says none of the results helps.
unmet-heading = هیچ‌کدام مناسب نبود؟
# Above the same form on a search that found nothing.
unmet-heading-none = به ما بگویید چه چیزی لازم بود
unmet-hint = به ما بگویید تا این نیاز شمرده شود. فقط نوع نیاز شمرده می‌شود؛ هرگز کلمه‌هایی که جستجو کردید، مگر اینکه افراد زیادی همان را جستجو کرده باشند، و هیچ چیزی دربارهٔ شما.
unmet-needed = چه چیزی لازم بود (اختیاری)
unmet-needed-none = گفته نشده
unmet-send = هیچ‌کدام مناسب نبود
unmet-thanks = متشکریم. این نیاز شمرده شد.

## The reports (for coordinators; partners read the same figures through the API).
nav-insights = آمار
insights-title = آمار
insights-intro = اعداد بی‌نام از استفادهٔ روزانه: زنان به کجا ارجاع داده شدند، به چه زبان‌هایی، و به چه چیزی نیاز داشتند که فهرست نمی‌توانست ارائه کند.
insights-year = سال
insights-show = نمایش
insights-referrals = ارجاع‌ها
insights-unmet = نیازهای برآورده‌نشده
insights-by-area = بر اساس منطقه
insights-by-category = بر اساس نوع کمک
insights-by-language = بر اساس زبان
insights-by-group = بر اساس گروه محلی
insights-total = جمع
insights-no-area = منطقه‌ای انتخاب نشده
insights-no-category = نوع کمک شناخته نشد
insights-no-group = بدون گروه محلی
insights-legend-small = <5: کمتر از پنج؛ نشان داده نمی‌شود تا هیچ‌کس شناسایی نشود.
insights-legend-hidden = x: پنهان شده تا نتوان یک عدد کوچک را از جمع‌ها حساب کرد.
insights-months-note = هر ماه پس از تمام شدنش نشان داده می‌شود. عددهای کمتر از پنج هرگز نشان داده نمی‌شوند، نه اینجا، نه در فایل‌های دانلودی و نه از طریق API.
insights-download-csv = دانلود به صورت CSV
insights-download-json = دانلود به صورت JSON
# The text alternative of a bar chart; $table is the title of the table below it that holds the same figures.
insights-chart-description = نمودار میله‌ای جمع‌های «{ $table }». همین اعداد در جدول زیر آمده‌اند.
insights-summary = خلاصهٔ سال { $year }
insights-summary-referrals = همهٔ ارجاع‌ها
insights-summary-categories = ارجاع‌ها بر اساس نوع کمک
insights-summary-languages = زبان‌های زنانی که ارجاع داده شدند
insights-summary-top-unmet = نیازهایی که بیشتر از همه برآورده نشدند
insights-texts = جستجو شد و پیدا نشد
insights-texts-hint = فقط متن‌هایی نگه داشته می‌شوند که دست‌کم در پنج جستجو در یک هفته به کار رفته‌اند.
insights-none = در این سال چیزی ثبت نشد.

## The privacy page.
footer-privacy-link = Nabo چه چیزهایی را ثبت می‌کند
privacy-title = Nabo چه چیزهایی را ثبت می‌کند
privacy-intro = Nabo در گفتگو با زنانی به کار می‌رود که به داوطلبان اعتماد دارند. طوری ساخته شده که هرگز چیزی را نگه ندارد که نشان دهد آن‌ها چه کسانی هستند.
privacy-never-heading = هرگز ثبت نمی‌شود
privacy-never-people = نام، نشانی، شمارهٔ تلفن، شمارهٔ شناسایی شخصی یا سرگذشت زنانی که به آن‌ها کمک می‌کنید.
privacy-never-addresses = نشانی IP یا مرورگر شما، همراه با هر چیزی که جستجو می‌کنید یا باز می‌کنید.
privacy-never-search = آنچه جستجو می‌کنید، همان‌طور که نوشته‌اید. گزارش‌های درخواست‌ها کلمه‌های جستجو را ندارند.
privacy-never-time = ساعتی از روز که ارجاع یا جستجویی انجام شده است.
privacy-recorded-heading = ثبت می‌شود، بدون نام
privacy-recorded-referrals = ارجاع، وقتی داوطلبی که وارد شده آن را ثبت می‌کند: خدمت، زبان آن زن، روز و گروه محلی داوطلب. اما نه اینکه داوطلب چه کسی است.
privacy-recorded-unmet = جستجویی که چیزی پیدا نکرد، یا یک «هیچ‌کدام مناسب نبود»: بر اساس هفته، زبان، منطقه و نوع نیاز شمرده می‌شود.
privacy-recorded-texts = کلمه‌های چنین جستجویی، فقط وقتی که دست‌کم پنج جستجو در همان هفته آن‌ها را به کار برده باشند؛ تا آن موقع سرور آن‌ها را در حافظه با کدی می‌شمارد که نمی‌تواند آن را دوباره به کلمه تبدیل کند.
privacy-recorded-views = صفحهٔ هر خدمت چند بار باز شده است: یک عدد برای هر خدمت.
privacy-phone-heading = فقط در گوشی شما نگه داشته می‌شود
privacy-phone-saved = خدماتی که ذخیره می‌کنید، و ارجاع‌هایی که وقتی به اینترنت وصل نیستید منتظر فرستاده شدن‌اند. هیچ‌کدام از این‌ها تا فرستاده نشود به سرور نمی‌رسد.
privacy-retention-heading = تا چه مدت
privacy-retention = ارجاع‌ها به همان شکلی که ثبت شده‌اند 90 روز نگه داشته می‌شوند. پس از آن به اعداد هفتهٔ خودشان افزوده و پاک می‌شوند.
privacy-reports-heading = چه کسانی اعداد را می‌بینند
privacy-reports = هماهنگ‌کنندگان برنامه، و شهرداری‌ها و سازمان‌هایی که برنامه با آن‌ها کار می‌کند. آن‌ها اعداد را بر اساس ماه، منطقه، نوع کمک و زبان می‌بینند؛ عدد کمتر از پنج هرگز نشان داده نمی‌شود، و نه عددی که بتوان آن را از بقیه حساب کرد.
