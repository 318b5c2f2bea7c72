## Insight without personal data: referrals, unmet needs, the reports for coordinators and partners, and the privacy page.

# The role of an account that records referrals (beside role-editor, role-translator…).
role-volunteer = boluntaryo
accounts-group = Lokal na grupo (para sa mga boluntaryo)
accounts-group-hint = Maliliit na titik, numero at "-" lang, halimbawa aarhus-gellerup. Binibilang para sa grupo ang mga referral ng isang boluntaryo.

## Recording a referral from a service's page or its card.
referral-heading = Itala ang isang referral
referral-hint = Binibilang nito na itinuro mo ngayon sa isang babae ang daan papunta sa serbisyong ito, at ang wikang ginagamit niya. Walang itinatala tungkol sa kanya.
referral-language = Wika niya
referral-record = Itala ang referral
referral-recorded = Naitala na ang referral. Salamat.
referral-queued = Nakatago sa phone na ito: ipapadala ito kapag online ka na ulit.
referral-sign-in = Puwedeng mag-sign in ang mga boluntaryo para mabilang ang mga referral.
# $reason is a short explanation from the server, e.g. "day 2026-01-02 is in the future".
referral-refused = Hindi naitala ang referral: { $reason }

## "Nothing fitted": a volunteer says none of the results helps.
unmet-heading = Walang tumugma?
# Above the same form on a search that found nothing.
unmet-heading-none = Sabihin sa amin kung ano ang kailangan
unmet-hint = Sabihin sa amin para mabilang ang pangangailangang ito. Uri lang ng pangangailangan ang binibilang — hindi kailanman ang mga salitang hinanap mo, maliban kung marami ang naghanap ng parehong bagay, at walang anuman tungkol sa iyo.
unmet-needed = Ano ang kinailangan (hindi sapilitan)
unmet-needed-none = Hindi sinabi
unmet-send = Walang tumugma
unmet-thanks = Salamat. Nabilang na ang pangangailangan.

## The reports (for coordinators; partners read the same figures through the API).
nav-insights = Mga bilang
insights-title = Mga bilang
insights-intro = Mga bilang na walang pangalan mula sa araw-araw na paggamit: saan ini-refer ang mga babae, sa anong mga wika, at ano ang kailangan nila na hindi maibigay ng direktoryo.
insights-year = Taon
insights-show = Ipakita
insights-referrals = Mga referral
insights-unmet = Mga pangangailangang hindi natugunan
insights-by-area = Ayon sa lugar
insights-by-category = Ayon sa kategorya
insights-by-language = Ayon sa wika
insights-by-group = Ayon sa lokal na grupo
insights-total = Kabuuan
insights-no-area = Walang napiling lugar
insights-no-category = Walang nakilalang kategorya
insights-no-group = Walang lokal na grupo
insights-legend-small = <5: mas kaunti sa lima; hindi ipinapakita, para walang makilala.
insights-legend-hidden = x: nakatago para hindi makuwenta ang maliit na bilang mula sa mga kabuuan.
insights-months-note = Ipinapakita ang isang buwan kapag tapos na ito. Hindi kailanman ipinapakita ang mga bilang na mas mababa sa lima — dito man, sa mga download, o sa API.
insights-download-csv = I-download bilang CSV
insights-download-json = I-download bilang JSON
# The text alternative of a bar chart; $table is the title of the table below it that holds the same figures.
insights-chart-description = Bar chart ng mga kabuuan ng "{ $table }". Nasa talahanayan sa ibaba ang parehong mga bilang.
insights-summary = Buod ng { $year }
insights-summary-referrals = Lahat ng referral
insights-summary-categories = Mga referral ayon sa uri ng tulong
insights-summary-languages = Mga wika ng mga babaeng ini-refer
insights-summary-top-unmet = Mga pangangailangang pinakamadalas hindi natugunan
insights-texts = Hinanap pero hindi nakita
insights-texts-hint = Itinatago lang ang mga tekstong ginamit ng hindi bababa sa limang paghahanap sa loob ng isang linggo.
insights-none = Walang naitala sa taong ito.

## The privacy page.
footer-privacy-link = Ano ang itinatala ng Nabo
privacy-title = Ano ang itinatala ng Nabo
privacy-intro = Ginagamit ang Nabo sa pakikipag-usap sa mga babaeng nagtitiwala sa mga boluntaryo. Ginawa ito para hindi kailanman magtago ng anumang makapagsasabi kung sino sila.
privacy-never-heading = Hindi kailanman itinatala
privacy-never-people = Ang mga pangalan, address, numero ng telepono, personal na ID number o kuwento ng mga babaeng tinutulungan mo.
privacy-never-addresses = Ang IP address mo o ang browser mo, kasama ang anumang hinahanap o binubuksan mo.
privacy-never-search = Ang hinahanap mo, kung paano mo ito tinype. Hindi isinasama sa mga log ng request ang mga salitang hinanap.
privacy-never-time = Ang oras sa araw ng isang referral o paghahanap.
privacy-recorded-heading = Itinatala, nang walang pangalan
privacy-recorded-referrals = Isang referral, kapag itinala ito ng boluntaryong naka-sign in: ang serbisyo, ang wika ng babae, ang araw at ang lokal na grupo ng boluntaryo. Hindi kung sino ang boluntaryo.
privacy-recorded-unmet = Isang paghahanap na walang nakita, o isang "Walang tumugma": binibilang ayon sa linggo, wika, lugar at uri ng pangangailangan.
privacy-recorded-texts = Ang mga salita ng ganoong paghahanap kapag ginamit na ang mga ito ng hindi bababa sa limang paghahanap sa parehong linggo; hanggang doon, binibilang ito ng server sa memorya gamit ang code na hindi na nito maibabalik sa mga salita.
privacy-recorded-views = Kung gaano kadalas nabuksan ang pahina ng bawat serbisyo: isang bilang bawat serbisyo.
privacy-phone-heading = Nakatago lang sa phone mo
privacy-phone-saved = Ang mga serbisyong sine-save mo, at ang mga referral na naghihintay na maipadala habang offline ka. Walang nakakarating sa server dito hangga't hindi ito naipapadala.
privacy-retention-heading = Gaano katagal
privacy-retention = Itinatago ang mga referral kung paano naitala sa loob ng 90 araw. Pagkatapos, idinadagdag ang mga ito sa mga bilang ng kanilang linggo at binubura.
privacy-reports-heading = Sino ang nakakakita ng mga bilang
privacy-reports = Ang mga coordinator ng programa, at ang mga munisipyo at organisasyong katrabaho nito. Nakikita nila ang mga bilang ayon sa buwan, lugar, uri ng tulong at wika; hindi kailanman ipinapakita ang bilang na mas mababa sa lima, o ang bilang na makukuwenta mula sa iba.
