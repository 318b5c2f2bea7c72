## Insight without personal data: referrals, unmet needs, the reports for coordinators and partners, and the privacy page.

# The role of an account that records referrals (beside role-editor, role-translator…).
role-volunteer = mutadawac
accounts-group = Kooxda deegaanka (loogu talagalay mutadawiciinta)
accounts-group-hint = Xarfo yaryar, tirooyin iyo "-", tusaale aarhus-gellerup. Gudbinnada mutadawac kasta waxaa loo tiriyaa kooxda.

## Recording a referral from a service's page or its card.
referral-heading = Diiwaangeli gudbin
referral-hint = Waxay tirisaa in aad maanta haweeney tustay jidka adeeggan, iyo luqadda ay ku hadasho. Waxba lagama diiwaangeliyo iyada.
referral-language = Luqaddeeda
referral-record = Diiwaangeli gudbinta
referral-recorded = Gudbinta waa la diiwaangeliyay. Mahadsanid.
referral-queued = Waxaa lagu hayaa taleefankan: waa la diri doonaa marka aad mar kale internet hesho.
referral-sign-in = Mutadawiciintu way soo geli karaan si ay u tiriyaan gudbinnada.
# $reason is a short explanation from the server, e.g. "day 2026-01-02 is in the future".
referral-refused = Gudbinta lama diiwaangelin: { $reason }

## "Nothing fitted": a volunteer says none of the results helps.
unmet-heading = Waxba kuma habboonayn?
# Above the same form on a search that found nothing.
unmet-heading-none = Noo sheeg waxa loo baahnaa
unmet-hint = Noo sheeg, si baahida loo tiriyo. Nooca baahida oo keliya ayaa la tiriyaa — erayada aad raadisay marna lama tiriyo, haddii aysan dad badan isku wax raadin, waxna adiga lagaama tiriyo.
unmet-needed = Maxaa loo baahnaa (ikhtiyaari)
unmet-needed-none = Lama sheegin
unmet-send = Waxba kuma habboonayn
unmet-thanks = Mahadsanid. Baahida waa la tiriyay.

## The reports (for coordinators; partners read the same figures through the API).
nav-insights = Tirakoob
insights-title = Tirakoob
insights-intro = Tirooyin aan magac lahayn oo ka yimid isticmaalka maalinlaha ah: halka haweenka loo gudbiyay, luqadaha ay ku hadlaan, iyo waxa ay u baahnaayeen ee liisku bixin kari waayay.
insights-year = Sanadka
insights-show = Tus
insights-referrals = Gudbinnada
insights-unmet = Baahiyaha aan la daboolin
insights-by-area = Deegaan ahaan
insights-by-category = Qayb ahaan
insights-by-language = Luqad ahaan
insights-by-group = Kooxda deegaanka ahaan
insights-total = Wadarta
insights-no-area = Deegaan lama dooran
insights-no-category = Qayb lama garan
insights-no-group = Koox deegaan ma jirto
insights-legend-small = <5: ka yar shan; lama muujiyo, si aan qofna loo aqoonsan.
insights-legend-hidden = x: waa la qariyay si tiro yar looga xisaabin wadarta.
insights-months-note = Bishu waxay muuqataa marka ay dhammaato. Tirooyinka ka yar shan marna lama muujiyo — halkan, faylasha la soo dejiyo, iyo API-ga midna.
insights-download-csv = Soo deji qaabka CSV
insights-download-json = Soo deji qaabka JSON
# The text alternative of a bar chart; $table is the title of the table below it that holds the same figures.
insights-chart-description = Jaantus tiirar ah oo muujinaya wadarta "{ $table }". Isla tirooyinkaas waxay ku jiraan shaxda hoose.
insights-summary = Soo koobidda { $year }
insights-summary-referrals = Gudbinnada oo dhan
insights-summary-categories = Gudbinnada nooca caawimaadda ahaan
insights-summary-languages = Luqadaha haweenka la gudbiyay
insights-summary-top-unmet = Baahiyaha inta badan aan la daboolin
insights-texts = La raadiyay, lama helin
insights-texts-hint = Waxaa la kaydiyaa oo keliya qoraallada ay isticmaaleen ugu yaraan shan raadin oo isku toddobaad ah.
insights-none = Sanadkan waxba lama diiwaangelin.

## The privacy page.
footer-privacy-link = Waxa Nabo diiwaangeliyo
privacy-title = Waxa Nabo diiwaangeliyo
privacy-intro = Nabo waxaa lagu isticmaalaa wada-hadallada lala yeesho haweenka ku kalsoon mutadawiciinta. Waxaa loo sameeyay in aanu marna hayn wax muujin kara cidda ay yihiin.
privacy-never-heading = Marna lama diiwaangeliyo
privacy-never-people = Magacyada, cinwaannada, lambarrada taleefanka, lambarrada aqoonsiga ama sheekooyinka haweenka aad caawiso.
privacy-never-addresses = Cinwaankaaga IP ama browser-kaaga, oo lala xiriiriyo wax kasta oo aad raadiso ama furto.
privacy-never-search = Waxa aad raadiso, sida aad u qortay. Diiwaannada codsiyadu kuma jiraan erayada raadinta.
privacy-never-time = Saacadda maalinta ee gudbin ama raadin la sameeyay.
privacy-recorded-heading = Waa la diiwaangeliyaa, magac la'aan
privacy-recorded-referrals = Gudbin, marka mutadawac soo galay uu diiwaangeliyo: adeegga, luqadda haweeneyda, maalinta iyo kooxda deegaanka ee mutadawaca. Ma aha cidda mutadawacu yahay.
privacy-recorded-unmet = Raadin aan waxba helin, ama "Waxba kuma habboonayn": waxaa lagu tiriyaa toddobaad, luqad, deegaan iyo nooca baahida.
privacy-recorded-texts = Erayada raadintaas oo kale, oo keliya marka ugu yaraan shan raadin oo isku toddobaad ah ay isticmaalaan; ilaa markaas server-ku wuxuu ku tiriyaa xusuusta isagoo adeegsanaya kood aanu dib ugu celin karin erayo.
privacy-recorded-views = Inta jeer ee bogga adeeg kasta la furay: hal tiro adeeg kasta.
privacy-phone-heading = Waxaa lagu hayaa taleefankaaga oo keliya
privacy-phone-saved = Adeegyada aad kaydiso, iyo gudbinnada sugaya in la diro inta aadan internet haysan. Waxaas midna ma gaaro server-ka ilaa la diro.
privacy-retention-heading = Muddo intee le'eg
privacy-retention = Gudbinnada waxaa loo hayaa sidii loo diiwaangeliyay muddo 90 maalmood ah. Kadib waxaa lagu daraa tirooyinka toddobaadkooda, waana la tirtiraa.
privacy-reports-heading = Yaa arka tirooyinka
privacy-reports = Isku-duwayaasha barnaamijka, iyo kommuunnada iyo hay'adaha uu la shaqeeyo. Waxay arkaan tirooyinka bil, deegaan, nooca caawimaadda iyo luqad ahaan; tiro ka yar shan marna lama muujiyo, iyo tiro laga xisaabin karo kuwa kale midna.
