## Insight without personal data: referrals, unmet needs, the reports for coordinators and partners, and the privacy page.

# The role of an account that records referrals (beside role-editor, role-translator…).
role-volunteer = خۆبەخش
accounts-group = گرووپی ناوچەیی (بۆ خۆبەخشان)
accounts-group-hint = پیتی بچووکی لاتینی، ژمارە و «-»، بۆ نموونە aarhus-gellerup. ڕەوانەکردنەکانی هەر خۆبەخشێک بۆ گرووپەکە دەژمێردرێن.

## Recording a referral from a service's page or its card.
referral-heading = تۆمارکردنی ڕەوانەکردنێک
referral-hint = ئەوە دەژمێرێت کە ئەمڕۆ ڕێگای ئەم خزمەتگوزارییەت بە ژنێک پیشان دا، و ئەو زمانەی قسەی پێ دەکات. هیچ شتێک دەربارەی خودی ئەو تۆمار ناکرێت.
referral-language = زمانی ئەو
referral-record = تۆمارکردنی ڕەوانەکردن
referral-recorded = ڕەوانەکردنەکە تۆمار کرا. سوپاس.
referral-queued = لەم مۆبایلە هەڵگیرا: کاتێک دووبارە ئینتەرنێتت هەبوو دەنێردرێت.
referral-sign-in = خۆبەخشان دەتوانن بچنە ژوورەوە بۆ ژماردنی ڕەوانەکردنەکان.
# $reason is a short explanation from the server, e.g. "day 2026-01-02 is in the future".
referral-refused = ڕەوانەکردنەکە تۆمار نەکرا: { $reason }

## "Nothing fitted": a volunteer says none of the results helps.
unmet-heading = هیچ شتێک گونجاو نەبوو؟
# Above the same form on a search that found nothing.
unmet-heading-none = پێمان بڵێ چی پێویست بوو
unmet-hint = پێمان بڵێ تا ئەو پێویستییە بژمێردرێت. تەنها جۆری پێویستییەکە دەژمێردرێت — هەرگیز وشەکانی گەڕانەکەت نا، مەگەر زۆر کەس بەدوای هەمان شتدا گەڕابن، و هیچ شتێک دەربارەی تۆ نا.
unmet-needed = چی پێویست بوو (ئارەزوومەندانە)
unmet-needed-none = نەوترا
unmet-send = هیچ شتێک گونجاو نەبوو
unmet-thanks = سوپاس. پێویستییەکە ژمێردرا.

## The reports (for coordinators; partners read the same figures through the API).
nav-insights = ئامار
insights-title = ئامار
insights-intro = ژمارەی بێناو لە بەکارهێنانی ڕۆژانەوە: ژنان بۆ کوێ ڕەوانە کران، بە چ زمانێک، و پێویستیان بە چی بوو کە ڕێبەرەکە نەیتوانی پێشکەشی بکات.
insights-year = ساڵ
insights-show = پیشاندان
insights-referrals = ڕەوانەکردنەکان
insights-unmet = پێویستییە پڕنەکراوەکان
insights-by-area = بەپێی ناوچە
insights-by-category = بەپێی جۆری یارمەتی
insights-by-language = بەپێی زمان
insights-by-group = بەپێی گرووپی ناوچەیی
insights-total = کۆی گشتی
insights-no-area = هیچ ناوچەیەک هەڵنەبژێردرا
insights-no-category = جۆری یارمەتی نەناسرایەوە
insights-no-group = بێ گرووپی ناوچەیی
insights-legend-small = <5: کەمتر لە پێنج؛ پیشان نادرێت، تا کەس نەناسرێتەوە.
insights-legend-hidden = x: شاردراوەتەوە تا ژمارەیەکی بچووک لە کۆکانەوە دەرنەهێنرێت.
insights-months-note = هەر مانگێک دوای تەواوبوونی پیشان دەدرێت. ژمارەی کەمتر لە پێنج هەرگیز پیشان نادرێن، نە لێرە، نە لەو فایلانەی دادەگیرێن، نە لە ڕێگەی API.
insights-download-csv = داگرتن وەک CSV
insights-download-json = داگرتن وەک JSON
# The text alternative of a bar chart; $table is the title of the table below it that holds the same figures.
insights-chart-description = هێڵکاریی ستوونی بۆ کۆکانی «{ $table }». هەمان ژمارەکان لە خشتەکەی خوارەوەدان.
insights-summary = پوختەی ساڵی { $year }
insights-summary-referrals = کۆی ڕەوانەکردنەکان
insights-summary-categories = ڕەوانەکردنەکان بەپێی جۆری یارمەتی
insights-summary-languages = زمانی ئەو ژنانەی ڕەوانە کران
insights-summary-top-unmet = ئەو پێویستییانەی زۆرتر لە هەموو پڕ نەکرانەوە
insights-texts = گەڕا و نەدۆزرایەوە
insights-texts-hint = تەنها ئەو دەقانە هەڵدەگیرێن کە لانیکەم پێنج گەڕان لە یەک هەفتەدا بەکاریان هێنابن.
insights-none = لەم ساڵەدا هیچ شتێک تۆمار نەکرا.

## The privacy page.
footer-privacy-link = Nabo چی تۆمار دەکات
privacy-title = Nabo چی تۆمار دەکات
privacy-intro = Nabo لە قسەکردن لەگەڵ ئەو ژنانەدا بەکاردێت کە متمانەیان بە خۆبەخشان هەیە. وا دروست کراوە کە هەرگیز هیچ شتێک هەڵنەگرێت کە دەریبخات ئەوان کێن.
privacy-never-heading = هەرگیز تۆمار ناکرێت
privacy-never-people = ناو، ناونیشان، ژمارەی تەلەفۆن، ژمارەی کەسی یان چیرۆکی ئەو ژنانەی یارمەتییان دەدەیت.
privacy-never-addresses = ناونیشانی IP یان وێبگەڕەکەت، پێکەوە لەگەڵ هەر شتێک کە بەدوایدا دەگەڕێیت یان دەیکەیتەوە.
privacy-never-search = ئەوەی بەدوایدا دەگەڕێیت، وەک ئەوەی نووسیوتە. تۆمارەکانی داواکارییەکان وشەکانی گەڕان لەخۆ ناگرن.
privacy-never-time = کاتی ڕۆژ کە ڕەوانەکردنێک یان گەڕانێک تێیدا کرا.
privacy-recorded-heading = تۆمار دەکرێت، بێ ناو
privacy-recorded-referrals = ڕەوانەکردنێک، کاتێک خۆبەخشێک کە چووەتە ژوورەوە تۆماری دەکات: خزمەتگوزارییەکە، زمانی ژنەکە، ڕۆژەکە و گرووپی ناوچەیی خۆبەخشەکە. نەک ئەوەی خۆبەخشەکە کێیە.
privacy-recorded-unmet = گەڕانێک کە هیچی نەدۆزییەوە، یان «هیچ شتێک گونجاو نەبوو»: بەپێی هەفتە، زمان، ناوچە و جۆری پێویستی دەژمێردرێت.
privacy-recorded-texts = وشەکانی گەڕانێکی لەو جۆرە، تەنها کاتێک لانیکەم پێنج گەڕان لە هەمان هەفتەدا بەکاریان هێنابن؛ تا ئەو کاتە سێرڤەرەکە لە بیرگەدا بە کۆدێک دەیانژمێرێت کە ناتوانێت بیگەڕێنێتەوە بۆ وشە.
privacy-recorded-views = پەڕەی هەر خزمەتگوزارییەک چەند جار کرایەوە: یەک ژمارە بۆ هەر خزمەتگوزارییەک.
privacy-phone-heading = تەنها لە مۆبایلەکەت هەڵدەگیرێت
privacy-phone-saved = ئەو خزمەتگوزارییانەی پاشەکەوتیان دەکەیت، و ئەو ڕەوانەکردنانەی چاوەڕێی ناردنن کاتێک ئینتەرنێتت نییە. هیچ کامێک لەمانە ناگاتە سێرڤەر تا نەنێردرێت.
privacy-retention-heading = بۆ چەند ماوەیەک
privacy-retention = ڕەوانەکردنەکان بۆ 90 ڕۆژ وەک ئەوەی تۆمار کران هەڵدەگیرێن. دواتر دەخرێنە سەر ژمارەکانی هەفتەی خۆیان و دەسڕدرێنەوە.
privacy-reports-heading = کێ ژمارەکان دەبینێت
privacy-reports = ڕێکخەرانی بەرنامەکە، و ئەو شارەوانی و ڕێکخراوانەی بەرنامەکە لەگەڵیاندا کار دەکات. ئەوان ژمارەکان بەپێی مانگ، ناوچە، جۆری یارمەتی و زمان دەبینن؛ ژمارەی کەمتر لە پێنج هەرگیز پیشان نادرێت، هەروەها ئەو ژمارەیەش کە بتوانرێت لە ژمارەکانی ترەوە دەربهێنرێت.
