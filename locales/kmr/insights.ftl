## Insight without personal data: referrals, unmet needs, the reports for coordinators and partners, and the privacy page.

# The role of an account that records referrals (beside role-editor, role-translator…).
role-volunteer = dilxwaz
accounts-group = Koma herêmî (ji bo dilxwazan)
accounts-group-hint = Tîpên latînî yên biçûk (bê ç, ê, î, ş, û), hejmar û "-", mînak aarhus-gellerup. Şandinên dilxwazekê ji bo komê têne hejmartin.

## Recording a referral from a service's page or its card.
referral-heading = Şandinekê tomar bikin
referral-hint = Dihejmêre ku we îro rêya vê xizmetê nîşanî jinekê da, û bi kîjan zimanî diaxive. Li ser wê bi xwe tiştek nayê tomarkirin.
referral-language = Zimanê wê
referral-record = Şandinê tomar bikin
referral-recorded = Şandin hat tomarkirin. Spas.
referral-queued = Li vê telefonê hat hilanîn: dema ku hûn dîsa girêdayî înternetê bin, dê were şandin.
referral-sign-in = Dilxwaz dikarin têkevin da ku şandinan bihejmêrin.
# $reason is a short explanation from the server, e.g. "day 2026-01-02 is in the future".
referral-refused = Şandin nehat tomarkirin: { $reason }

## "Nothing fitted": a volunteer says none of the results helps.
unmet-heading = Tiştek li hev nehat?
# Above the same form on a search that found nothing.
unmet-heading-none = Ji me re bêjin çi hewce bû
unmet-hint = Ji me re bêjin, da ku ev hewcedarî were hejmartin. Tenê cureyê hewcedariyê tê hejmartin — tu carî peyvên lêgerîna we na, ji bilî dema ku gelek kesan li heman tiştî geriyabe, û tiştek li ser we na.
unmet-needed = Çi hewce bû (ne mecbûrî)
unmet-needed-none = Nehat gotin
unmet-send = Tiştek li hev nehat
unmet-thanks = Spas. Hewcedarî hat hejmartin.

## The reports (for coordinators; partners read the same figures through the API).
nav-insights = Statîstîk
insights-title = Statîstîk
insights-intro = Hejmarên bênav ji bikaranîna rojane: jin şandin ku derê, bi kîjan zimanan, û hewcedariya wan bi çi hebû ku lîste nikaribû pêşkêş bike.
insights-year = Sal
insights-show = Nîşan bidin
insights-referrals = Şandin
insights-unmet = Hewcedariyên bêbersiv
insights-by-area = Li gorî herêmê
insights-by-category = Li gorî cureyê alîkariyê
insights-by-language = Li gorî zimên
insights-by-group = Li gorî koma herêmî
insights-total = Hemû
insights-no-area = Tu herêm nehatiye hilbijartin
insights-no-category = Cureyê alîkariyê nehat nasîn
insights-no-group = Bê koma herêmî
insights-legend-small = <5: ji pêncan kêmtir; nayê nîşandan, da ku kes neyê naskirin.
insights-legend-hidden = x: veşartî ye, da ku hejmareke biçûk ji berhevokan neyê derxistin.
insights-months-note = Mehek piştî ku diqede tê nîşandan. Hejmarên ji pêncan kêmtir tu carî nayên nîşandan — ne li vir, ne di daxistinan de, ne jî bi rêya API.
insights-download-csv = Wekî CSV daxînin
insights-download-json = Wekî JSON daxînin
# The text alternative of a bar chart; $table is the title of the table below it that holds the same figures.
insights-chart-description = Grafîka stûnî ya berhevokên "{ $table }". Heman hejmar di tabloya jêrîn de ne.
insights-summary = Kurteya sala { $year }
insights-summary-referrals = Hemû şandin
insights-summary-categories = Şandin li gorî cureyê alîkariyê
insights-summary-languages = Zimanên jinên ku hatin şandin
insights-summary-top-unmet = Hewcedariyên ku herî zêde bêbersiv man
insights-texts = Hat lêgerîn û nehat dîtin
insights-texts-hint = Tenê ew nivîs têne hilanîn ku di hefteyekê de herî kêm di pênc lêgerînan de hatine bikaranîn.
insights-none = Di vê salê de tiştek nehat tomarkirin.

## The privacy page.
footer-privacy-link = Nabo çi tomar dike
privacy-title = Nabo çi tomar dike
privacy-intro = Nabo di axaftinên bi jinên ku ji dilxwazan bawer dikin de tê bikaranîn. Wisa hatiye çêkirin ku tu carî tiştekî ku nîşan bide ew kî ne, nehewîne.
privacy-never-heading = Tu carî nayê tomarkirin
privacy-never-people = Nav, navnîşan, hejmarên telefonê, hejmarên kesane an çîrokên wan jinên ku hûn alîkariya wan dikin.
privacy-never-addresses = Navnîşana IP ya we an geroka we, bi tiştên ku hûn lê digerin an vedikin re.
privacy-never-search = Tiştê ku hûn lê digerin, wekî ku we nivîsandiye. Tomarên daxwazan peyvên lêgerînê tê de nahêlin.
privacy-never-time = Saeta rojê ya şandinekê an lêgerînekê.
privacy-recorded-heading = Bê nav tê tomarkirin
privacy-recorded-referrals = Şandinek, dema ku dilxwazeke ku têketiye wê tomar dike: xizmet, zimanê jinê, roj û koma herêmî ya dilxwazê. Ne ku dilxwaz kî ye.
privacy-recorded-unmet = Lêgerînek ku tiştek nedît, an "Tiştek li hev nehat": li gorî hefte, ziman, herêm û cureyê hewcedariyê tê hejmartin.
privacy-recorded-texts = Peyvên lêgerîneke wisa, tenê dema ku herî kêm pênc lêgerînan di heman hefteyê de ew bi kar anîbin; heta wê demê server wan di bîrê de bi kodeke ku nikare dîsa bike peyv dihejmêre.
privacy-recorded-views = Rûpela her xizmetê çend caran hat vekirin: ji bo her xizmetê hejmarek.
privacy-phone-heading = Tenê li ser telefona we tê hilanîn
privacy-phone-saved = Xizmetên ku hûn tomar dikin, û şandinên ku dema hûn ne girêdayî înternetê ne li benda şandinê ne. Heta ku neyê şandin, tiştek ji van nagihîje serverê.
privacy-retention-heading = Çiqas dem
privacy-retention = Şandin 90 rojan wekî ku hatine tomarkirin têne hilanîn. Piştre li hejmarên hefteya xwe têne zêdekirin û têne jêbirin.
privacy-reports-heading = Kî hejmaran dibîne
privacy-reports = Koordînatorên bernameyê, û şaredarî û rêxistinên ku bername bi wan re dixebite. Ew hejmaran li gorî meh, herêm, cureyê alîkariyê û ziman dibînin; hejmareke ji pêncan kêmtir tu carî nayê nîşandan, ne jî hejmareke ku ji yên din were derxistin.
