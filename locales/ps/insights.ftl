## Insight without personal data: referrals, unmet needs, the reports for coordinators and partners, and the privacy page.

# The role of an account that records referrals (beside role-editor, role-translator…).
role-volunteer = رضاکار
accounts-group = سیمه‌ییزه ډله (د رضاکارانو لپاره)
accounts-group-hint = کوچني لاتیني توري، عددونه او «-»، د بېلګې په توګه aarhus-gellerup. د هر رضاکار معرفي ګانې د ډلې لپاره شمېرل کېږي.

## Recording a referral from a service's page or its card.
referral-heading = یوه معرفي ثبت کړئ
referral-hint = دا شمېري چې تاسو نن یوې ښځې ته د دې خدمت لاره وښوده، او هغه ژبه چې هغه پرې خبرې کوي. د هغې په اړه هیڅ شی نه ثبتېږي.
referral-language = د هغې ژبه
referral-record = معرفي ثبت کړئ
referral-recorded = معرفي ثبت شوه. مننه.
referral-queued = په دې ټلیفون کې وساتل شوه: کله چې بیا انټرنېټ ته وصل شئ، لېږل کېږي.
referral-sign-in = رضاکاران کولای شي ننوځي ترڅو معرفي ګانې وشمېري.
# $reason is a short explanation from the server, e.g. "day 2026-01-02 is in the future".
referral-refused = معرفي ثبت نه شوه: { $reason }

## "Nothing fitted": a volunteer says none of the results helps.
unmet-heading = هیڅ شی برابر نه و؟
# Above the same form on a search that found nothing.
unmet-heading-none = موږ ته ووایاست چې څه ته اړتیا وه
unmet-hint = موږ ته ووایاست، ترڅو دا اړتیا وشمېرل شي. یوازې د اړتیا ډول شمېرل کېږي — هېڅکله ستاسو د لټون ټکي نه، مګر دا چې ډېرو خلکو همغه شی لټولی وي، او ستاسو په اړه هیڅ شی نه.
unmet-needed = څه ته اړتیا وه (اختیاري)
unmet-needed-none = نه دي ویل شوي
unmet-send = هیڅ شی برابر نه و
unmet-thanks = مننه. اړتیا وشمېرل شوه.

## The reports (for coordinators; partners read the same figures through the API).
nav-insights = احصایې
insights-title = احصایې
insights-intro = له ورځني کار څخه بې‌نومه شمېرې: ښځې چېرته معرفي شوې، په کومو ژبو، او هغوی څه ته اړتیا درلوده چې لارښود یې نه شو وړاندې کولای.
insights-year = کال
insights-show = وښایاست
insights-referrals = معرفي ګانې
insights-unmet = نه پوره شوې اړتیاوې
insights-by-area = د سیمې له مخې
insights-by-category = د مرستې د ډول له مخې
insights-by-language = د ژبې له مخې
insights-by-group = د سیمه‌ییزې ډلې له مخې
insights-total = ټول
insights-no-area = هیڅ سیمه نه ده ټاکل شوې
insights-no-category = د مرستې ډول ونه پېژندل شو
insights-no-group = له سیمه‌ییزې ډلې پرته
insights-legend-small = <5: له پنځو کم؛ نه ښودل کېږي، ترڅو هیڅوک ونه پېژندل شي.
insights-legend-hidden = x: پټ شوی، ترڅو یوه کوچنۍ شمېره له ټولګو څخه حساب نه شي.
insights-months-note = هره میاشت له پای ته رسېدو وروسته ښودل کېږي. له پنځو کمې شمېرې هېڅکله نه ښودل کېږي — نه دلته، نه په ډاونلوډ شویو فایلونو کې، او نه د API له لارې.
insights-download-csv = د CSV په بڼه ډاونلوډ کړئ
insights-download-json = د JSON په بڼه ډاونلوډ کړئ
# The text alternative of a bar chart; $table is the title of the table below it that holds the same figures.
insights-chart-description = د «{ $table }» د ټولګو ستوني چارټ. همدا شمېرې په لاندې جدول کې دي.
insights-summary = د { $year } کال لنډیز
insights-summary-referrals = ټولې معرفي ګانې
insights-summary-categories = معرفي ګانې د مرستې د ډول له مخې
insights-summary-languages = د معرفي شویو ښځو ژبې
insights-summary-top-unmet = هغه اړتیاوې چې تر ټولو ډېر نه دي پوره شوې
insights-texts = ولټول شول خو پیدا نه شول
insights-texts-hint = یوازې هغه متنونه ساتل کېږي چې په یوه اونۍ کې لږ تر لږه پنځو لټونونو کارولي وي.
insights-none = په دې کال کې هیڅ شی نه دی ثبت شوی.

## The privacy page.
footer-privacy-link = Nabo څه ثبتوي
privacy-title = Nabo څه ثبتوي
privacy-intro = Nabo له هغو ښځو سره په خبرو کې کارول کېږي چې پر رضاکارانو باور لري. داسې جوړ شوی چې هېڅکله هغه څه ونه ساتي چې دا څرګند کړي چې دوی څوک دي.
privacy-never-heading = هېڅکله نه ثبتېږي
privacy-never-people = د هغو ښځو نومونه، پتې، د ټلیفون شمېرې، شخصي شمېرې یا کیسې چې تاسو ورسره مرسته کوئ.
privacy-never-addresses = ستاسو IP پته یا براوزر، له هغه څه سره یوځای چې تاسو یې لټوئ یا پرانیزئ.
privacy-never-search = هغه څه چې تاسو یې لټوئ، لکه څنګه چې مو لیکلي. د غوښتنو ثبتونه د لټون ټکي نه لري.
privacy-never-time = د ورځې هغه وخت چې معرفي یا لټون پکې شوی.
privacy-recorded-heading = ثبتېږي، له نومونو پرته
privacy-recorded-referrals = یوه معرفي، کله چې یو ننوتی رضاکار یې ثبت کړي: خدمت، د ښځې ژبه، ورځ او د رضاکار سیمه‌ییزه ډله. دا نه چې رضاکار څوک دی.
privacy-recorded-unmet = یو لټون چې هیڅ یې پیدا نه کړل، یا یو «هیڅ شی برابر نه و»: د اونۍ، ژبې، سیمې او د اړتیا د ډول له مخې شمېرل کېږي.
privacy-recorded-texts = د داسې لټون ټکي یوازې هغه وخت چې لږ تر لږه پنځو لټونونو په همدې اونۍ کې کارولي وي؛ تر هغه پورې سرور یې په حافظه کې د داسې کوډ له مخې شمېري چې بېرته په ټکو نه شي اړولای.
privacy-recorded-views = د هر خدمت پاڼه څو ځله پرانیستل شوې: د هر خدمت لپاره یوه شمېره.
privacy-phone-heading = یوازې ستاسو په ټلیفون کې ساتل کېږي
privacy-phone-saved = هغه خدمتونه چې تاسو یې خوندي کوئ، او هغه معرفي ګانې چې د لېږلو په تمه دي کله چې انټرنېټ نه لرئ. تر څو چې ونه لېږل شي، له دې هیڅ یو سرور ته نه رسېږي.
privacy-retention-heading = تر کله
privacy-retention = معرفي ګانې 90 ورځې هماغسې ساتل کېږي لکه څنګه چې ثبت شوې. له هغه وروسته د خپلې اونۍ په شمېرو کې ورزیاتېږي او پاکېږي.
privacy-reports-heading = شمېرې څوک ویني
privacy-reports = د پروګرام همغږي کوونکي، او هغه ښاروالۍ او سازمانونه چې پروګرام ورسره کار کوي. دوی شمېرې د میاشتې، سیمې، د مرستې د ډول او ژبې له مخې ویني؛ له پنځو کمه شمېره هېڅکله نه ښودل کېږي، او نه هغه شمېره چې له نورو څخه حساب کېدای شي.
