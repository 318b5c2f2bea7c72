## Insight without personal data: referrals, unmet needs, the reports for coordinators and partners, and the privacy page.

# The role of an account that records referrals (beside role-editor, role-translator…).
role-volunteer = voluntar
accounts-group = Grup local (pentru voluntari)
accounts-group-hint = Litere mici, cifre și „-”, de exemplu aarhus-gellerup. Îndrumările unei voluntare se numără pentru grup.

## Recording a referral from a service's page or its card.
referral-heading = Înregistrați o îndrumare
referral-hint = Numără faptul că astăzi ați arătat unei femei drumul spre acest serviciu și limba pe care o vorbește. Nu se înregistrează nimic despre ea.
referral-language = Limba ei
referral-record = Înregistrați îndrumarea
referral-recorded = Îndrumarea a fost înregistrată. Vă mulțumim.
referral-queued = Păstrată pe acest telefon: va fi trimisă când veți fi din nou online.
referral-sign-in = Voluntarele se pot autentifica pentru a număra îndrumările.
# $reason is a short explanation from the server, e.g. "day 2026-01-02 is in the future".
referral-refused = Îndrumarea nu a fost înregistrată: { $reason }

## "Nothing fitted": a volunteer says none of the results helps.
unmet-heading = Nu s-a potrivit nimic?
# Above the same form on a search that found nothing.
unmet-heading-none = Spuneți-ne de ce era nevoie
unmet-hint = Spuneți-ne, ca nevoia să fie numărată. Se numără doar tipul de nevoie — niciodată cuvintele căutate de dumneavoastră, decât dacă multe persoane au căutat același lucru, și nimic despre dumneavoastră.
unmet-needed = De ce era nevoie (opțional)
unmet-needed-none = Nespecificat
unmet-send = Nu s-a potrivit nimic
unmet-thanks = Vă mulțumim. Nevoia a fost numărată.

## The reports (for coordinators; partners read the same figures through the API).
nav-insights = Statistici
insights-title = Statistici
insights-intro = Cifre anonime din folosirea zilnică: unde au fost îndrumate femeile, în ce limbi și de ce aveau nevoie, dar ghidul nu putea oferi.
insights-year = Anul
insights-show = Afișați
insights-referrals = Îndrumări
insights-unmet = Nevoi neacoperite
insights-by-area = Pe zone
insights-by-category = Pe categorii
insights-by-language = Pe limbi
insights-by-group = Pe grupuri locale
insights-total = Total
insights-no-area = Nicio zonă aleasă
insights-no-category = Nicio categorie recunoscută
insights-no-group = Fără grup local
insights-legend-small = <5: mai puțin de cinci; nu se afișează, ca nimeni să nu poată fi recunoscut.
insights-legend-hidden = x: ascuns, ca o cifră mică să nu poată fi dedusă din totaluri.
insights-months-note = O lună se afișează după ce s-a încheiat. Cifrele sub cinci nu se afișează niciodată — nici aici, nici în fișierele descărcate, nici prin API.
insights-download-csv = Descărcați în format CSV
insights-download-json = Descărcați în format JSON
# The text alternative of a bar chart; $table is the title of the table below it that holds the same figures.
insights-chart-description = Grafic cu bare al totalurilor din „{ $table }”. Aceleași cifre se află în tabelul de mai jos.
insights-summary = Rezumatul anului { $year }
insights-summary-referrals = Îndrumări în total
insights-summary-categories = Îndrumări după tipul de ajutor
insights-summary-languages = Limbile femeilor îndrumate
insights-summary-top-unmet = Nevoile cel mai des neacoperite
insights-texts = Căutat și negăsit
insights-texts-hint = Se păstrează doar textele folosite de cel puțin cinci căutări în aceeași săptămână.
insights-none = Nu s-a înregistrat nimic în acest an.

## The privacy page.
footer-privacy-link = Ce înregistrează Nabo
privacy-title = Ce înregistrează Nabo
privacy-intro = Nabo este folosit în conversații cu femei care au încredere în voluntare. Este făcut astfel încât să nu păstreze niciodată nimic din care s-ar putea afla cine sunt ele.
privacy-never-heading = Nu se înregistrează niciodată
privacy-never-people = Numele, adresele, numerele de telefon, codurile numerice personale sau poveștile femeilor pe care le ajutați.
privacy-never-addresses = Adresa dumneavoastră IP sau browserul dumneavoastră, împreună cu ceea ce căutați sau deschideți.
privacy-never-search = Ceea ce căutați, așa cum ați scris. Jurnalele cererilor omit cuvintele căutate.
privacy-never-time = Ora din zi a unei îndrumări sau a unei căutări.
privacy-recorded-heading = Se înregistrează, fără nume
privacy-recorded-referrals = O îndrumare, când o voluntară autentificată o înregistrează: serviciul, limba femeii, ziua și grupul local al voluntarei. Nu și cine este voluntara.
privacy-recorded-unmet = O căutare care nu a găsit nimic sau un „Nu s-a potrivit nimic”: numărate pe săptămână, limbă, zonă și tip de nevoie.
privacy-recorded-texts = Cuvintele unei astfel de căutări doar după ce cel puțin cinci căutări din aceeași săptămână le-au folosit; până atunci, serverul le numără în memorie sub un cod pe care nu îl poate transforma înapoi în cuvinte.
privacy-recorded-views = De câte ori a fost deschisă pagina fiecărui serviciu: un număr pentru fiecare serviciu.
privacy-phone-heading = Păstrat doar pe telefonul dumneavoastră
privacy-phone-saved = Serviciile pe care le salvați și îndrumările care așteaptă să fie trimise cât timp sunteți offline. Nimic din toate acestea nu ajunge la server până nu este trimis.
privacy-retention-heading = Cât timp
privacy-retention = Îndrumările sunt păstrate așa cum au fost înregistrate timp de 90 de zile. După aceea, sunt adăugate la cifrele săptămânii lor și șterse.
privacy-reports-heading = Cine vede cifrele
privacy-reports = Coordonatorii programului și comunele și organizațiile cu care lucrează. Ei văd cifre pe lună, zonă, tip de ajutor și limbă; o cifră sub cinci nu se afișează niciodată, nici una care ar putea fi dedusă din celelalte.
