## Insight without personal data: referrals, unmet needs, the reports for coordinators and partners, and the privacy page.

# The role of an account that records referrals (beside role-editor, role-translator…).
role-volunteer = رضاکار
accounts-group = گروپ محلی (برای رضاکاران)
accounts-group-hint = حروف کوچک انگلیسی، عددها و «-»، مثلاً aarhus-gellerup. ارجاع‌های هر رضاکار برای گروپ شمرده می‌شود.

## Recording a referral from a service's page or its card.
referral-heading = ثبت ارجاع
referral-hint = شمرده می‌شود که امروز راه این خدمت را به یک زن نشان دادید، و زبانی که او گپ می‌زند. هیچ چیزی دربارهٔ خود او ثبت نمی‌شود.
referral-language = زبان او
referral-record = ثبت ارجاع
referral-recorded = ارجاع ثبت شد. تشکر.
referral-queued = در این موبایل نگه داشته شد: وقتی دوباره به انترنت وصل شوید، فرستاده می‌شود.
referral-sign-in = رضاکاران می‌توانند داخل شوند تا ارجاع‌ها را ثبت کنند.
# $reason is a short explanation from the server, e.g. "day 2026-01-02 is in the future".
referral-refused = ارجاع ثبت نشد: { $reason }

## "Nothing fitted": a volunteer says none of the results helps.
unmet-heading = هیچ‌کدام مناسب نبود؟
# Above the same form on a search that found nothing.
unmet-heading-none = به ما بگویید چه چیزی ضرورت بود
unmet-hint = به ما بگویید تا این ضرورت شمرده شود. فقط نوع ضرورت شمرده می‌شود؛ هرگز کلمه‌هایی که جستجو کردید، مگر اینکه کسان زیادی همان چیز را جستجو کرده باشند، و هیچ چیزی دربارهٔ شما.
unmet-needed = چه چیزی ضرورت بود (اختیاری)
unmet-needed-none = گفته نشده
unmet-send = هیچ‌کدام مناسب نبود
unmet-thanks = تشکر. این ضرورت شمرده شد.

## The reports (for coordinators; partners read the same figures through the API).
nav-insights = احصائیه
insights-title = احصائیه
insights-intro = ارقام بی‌نام از استفادهٔ روزمره: زنان به کجا ارجاع شدند، به کدام زبان‌ها، و به چه چیزی ضرورت داشتند که رهنما نمی‌توانست پیشکش کند.
insights-year = سال
insights-show = نشان دادن
insights-referrals = ارجاع‌ها
insights-unmet = ضرورت‌های برآورده‌نشده
insights-by-area = به اساس ساحه
insights-by-category = به اساس نوع کمک
insights-by-language = به اساس زبان
insights-by-group = به اساس گروپ محلی
insights-total = مجموع
insights-no-area = ساحه انتخاب نشده
insights-no-category = نوع کمک شناخته نشد
insights-no-group = بدون گروپ محلی
insights-legend-small = <5: کمتر از پنج؛ نشان داده نمی‌شود تا هیچ کس شناخته نشود.
insights-legend-hidden = x: پنهان شده تا یک عدد کوچک از مجموع‌ها حساب شده نتواند.
insights-months-note = هر ماه بعد از تمام شدنش نشان داده می‌شود. عددهای کمتر از پنج هرگز نشان داده نمی‌شوند، نه اینجا، نه در فایل‌های دانلود شده و نه از راه API.
insights-download-csv = دانلود به شکل CSV
insights-download-json = دانلود به شکل JSON
# The text alternative of a bar chart; $table is the title of the table below it that holds the same figures.
insights-chart-description = چارت ستونی مجموع‌های «{ $table }». همین ارقام در جدول پایین آمده‌اند.
insights-summary = خلاصهٔ سال { $year }
insights-summary-referrals = همه ارجاع‌ها
insights-summary-categories = ارجاع‌ها به اساس نوع کمک
insights-summary-languages = زبان‌های زنانی که ارجاع شدند
insights-summary-top-unmet = ضرورت‌هایی که بیشتر از همه برآورده نشدند
insights-texts = جستجو شد و پیدا نشد
insights-texts-hint = فقط متن‌هایی نگه داشته می‌شوند که در یک هفته دست‌کم در پنج جستجو به کار رفته باشند.
insights-none = در این سال چیزی ثبت نشد.

## The privacy page.
footer-privacy-link = Nabo چه چیزها را ثبت می‌کند
privacy-title = Nabo چه چیزها را ثبت می‌کند
privacy-intro = Nabo در گفتگو با زنانی به کار می‌رود که به رضاکاران اعتماد دارند. طوری ساخته شده که هرگز چیزی را نگه ندارد که نشان بدهد آن‌ها کی هستند.
privacy-never-heading = هرگز ثبت نمی‌شود
privacy-never-people = نام، آدرس، نمبر تیلفون، نمبر تذکره یا قصه‌های زنانی که به آن‌ها کمک می‌کنید.
privacy-never-addresses = آدرس IP یا براوزر شما، همراه با هر چیزی که جستجو می‌کنید یا باز می‌کنید.
privacy-never-search = آنچه جستجو می‌کنید، همان‌طور که نوشته‌اید. ثبت‌های درخواست‌ها کلمه‌های جستجو را ندارند.
privacy-never-time = ساعتی از روز که ارجاع یا جستجویی انجام شده است.
privacy-recorded-heading = ثبت می‌شود، بدون نام
privacy-recorded-referrals = ارجاع، وقتی رضاکاری که داخل شده آن را ثبت می‌کند: خدمت، زبان آن زن، روز و گروپ محلی رضاکار. اما نه اینکه رضاکار کی است.
privacy-recorded-unmet = جستجویی که چیزی پیدا نکرد، یا یک «هیچ‌کدام مناسب نبود»: به اساس هفته، زبان، ساحه و نوع ضرورت شمرده می‌شود.
privacy-recorded-texts = کلمه‌های چنین جستجویی، فقط وقتی که دست‌کم پنج جستجو در همان هفته آن‌ها را به کار برده باشند؛ تا آن وقت سرور آن‌ها را در حافظه با کودی می‌شمارد که نمی‌تواند دوباره به کلمه تبدیلش کند.
privacy-recorded-views = صفحهٔ هر خدمت چند بار باز شده است: یک عدد برای هر خدمت.
privacy-phone-heading = فقط در موبایل شما نگه داشته می‌شود
privacy-phone-saved = خدماتی که ذخیره می‌کنید، و ارجاع‌هایی که وقتی انترنت ندارید منتظر فرستادن هستند. هیچ‌کدام از این‌ها تا فرستاده نشود به سرور نمی‌رسد.
privacy-retention-heading = تا چه مدت
privacy-retention = ارجاع‌ها به همان شکلی که ثبت شده‌اند 90 روز نگه داشته می‌شوند. بعد از آن به ارقام هفتهٔ خود افزوده و پاک می‌شوند.
privacy-reports-heading = کی‌ها ارقام را می‌بینند
privacy-reports = هماهنگ‌کنندگان برنامه، و شاروالی‌ها و مؤسساتی که برنامه با آن‌ها کار می‌کند. آن‌ها ارقام را به اساس ماه، ساحه، نوع کمک و زبان می‌بینند؛ عدد کمتر از پنج هرگز نشان داده نمی‌شود، و نه عددی که از دیگر ارقام حساب شده بتواند.
