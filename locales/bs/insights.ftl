## Insight without personal data: referrals, unmet needs, the reports for coordinators and partners, and the privacy page.

# The role of an account that records referrals (beside role-editor, role-translator…).
role-volunteer = volonter
accounts-group = Lokalna grupa (za volontere)
accounts-group-hint = Mala slova engleske abecede (a–z), brojevi i „-“, na primjer aarhus-gellerup. Upućivanja jednog volontera broje se za grupu.

## Recording a referral from a service's page or its card.
referral-heading = Zabilježite upućivanje
referral-hint = Broji da ste danas jednoj ženi pokazali put do ove službe i koji jezik ona govori. O njoj se ništa ne bilježi.
referral-language = Njen jezik
referral-record = Zabilježi upućivanje
referral-recorded = Upućivanje je zabilježeno. Hvala vam.
referral-queued = Sačuvano na ovom telefonu: bit će poslano kad ponovo budete na internetu.
referral-sign-in = Volonteri se mogu prijaviti da bi brojali upućivanja.
# $reason is a short explanation from the server, e.g. "day 2026-01-02 is in the future".
referral-refused = Upućivanje nije zabilježeno: { $reason }

## "Nothing fitted": a volunteer says none of the results helps.
unmet-heading = Ništa nije odgovaralo?
# Above the same form on a search that found nothing.
unmet-heading-none = Recite nam šta je trebalo
unmet-hint = Recite nam, da bi se ta potreba izbrojala. Broji se samo vrsta potrebe — nikada vaše riječi iz pretrage, osim ako je mnogo ljudi tražilo isto, i ništa o vama.
unmet-needed = Šta je trebalo (nije obavezno)
unmet-needed-none = Nije navedeno
unmet-send = Ništa nije odgovaralo
unmet-thanks = Hvala vam. Potreba je izbrojana.

## The reports (for coordinators; partners read the same figures through the API).
nav-insights = Statistika
insights-title = Statistika
insights-intro = Anonimni brojevi iz svakodnevne upotrebe: kamo su žene upućivane, na kojim jezicima i šta im je trebalo, a pregled nije mogao ponuditi.
insights-year = Godina
insights-show = Prikaži
insights-referrals = Upućivanja
insights-unmet = Nezadovoljene potrebe
insights-by-area = Po područjima
insights-by-category = Po vrstama pomoći
insights-by-language = Po jezicima
insights-by-group = Po lokalnim grupama
insights-total = Ukupno
insights-no-area = Nije odabrano područje
insights-no-category = Vrsta pomoći nije prepoznata
insights-no-group = Bez lokalne grupe
insights-legend-small = <5: manje od pet; ne prikazuje se, da niko ne bi mogao biti prepoznat.
insights-legend-hidden = x: skriveno, da se mali broj ne bi mogao izračunati iz zbirova.
insights-months-note = Mjesec se prikazuje tek kad završi. Brojevi manji od pet nikada se ne prikazuju — ni ovdje, ni u preuzetim datotekama, ni preko API-ja.
insights-download-csv = Preuzmi kao CSV
insights-download-json = Preuzmi kao JSON
# The text alternative of a bar chart; $table is the title of the table below it that holds the same figures.
insights-chart-description = Stubičasti grafikon zbirova iz „{ $table }“. Isti brojevi su u tabeli ispod.
insights-summary = Sažetak za { $year }. godinu
insights-summary-referrals = Upućivanja ukupno
insights-summary-categories = Upućivanja po vrsti pomoći
insights-summary-languages = Jezici upućenih žena
insights-summary-top-unmet = Najčešće nezadovoljene potrebe
insights-texts = Traženo, a nije pronađeno
insights-texts-hint = Čuvaju se samo tekstovi koji su u jednoj sedmici korišteni u najmanje pet pretraga.
insights-none = Ove godine ništa nije zabilježeno.

## The privacy page.
footer-privacy-link = Šta Nabo bilježi
privacy-title = Šta Nabo bilježi
privacy-intro = Nabo se koristi u razgovorima sa ženama koje vjeruju volonterima. Napravljen je tako da nikada ne čuva ništa iz čega bi se moglo saznati ko su one.
privacy-never-heading = Nikada se ne bilježi
privacy-never-people = Imena, adrese, brojevi telefona, lični matični brojevi ili priče žena kojima pomažete.
privacy-never-addresses = Vaša IP adresa ili vaš preglednik zajedno s onim što tražite ili otvarate.
privacy-never-search = Ono što tražite, onako kako ste upisali. Zapisi zahtjeva izostavljaju riječi iz pretrage.
privacy-never-time = Doba dana kada je zabilježeno upućivanje ili obavljena pretraga.
privacy-recorded-heading = Bilježi se, bez imena
privacy-recorded-referrals = Upućivanje, kada ga zabilježi prijavljeni volonter: služba, jezik žene, dan i lokalna grupa volontera. Ne i ko je volonter.
privacy-recorded-unmet = Pretraga koja ništa nije pronašla ili „Ništa nije odgovaralo“: broji se po sedmici, jeziku, području i vrsti potrebe.
privacy-recorded-texts = Riječi takve pretrage tek kada ih je u istoj sedmici koristilo najmanje pet pretraga; do tada ih server broji u memoriji pod kodom koji ne može ponovo pretvoriti u riječi.
privacy-recorded-views = Koliko je često otvarana stranica svake službe: jedan broj po službi.
privacy-phone-heading = Čuva se samo na vašem telefonu
privacy-phone-saved = Službe koje sačuvate i upućivanja koja čekaju da budu poslana dok niste na internetu. Ništa od toga ne stiže na server dok ne bude poslano.
privacy-retention-heading = Koliko dugo
privacy-retention = Upućivanja se čuvaju onakva kakva su zabilježena 90 dana. Nakon toga se dodaju brojevima svoje sedmice i brišu.
privacy-reports-heading = Ko vidi brojeve
privacy-reports = Koordinatori programa te općine i organizacije s kojima program sarađuje. Oni vide brojeve po mjesecu, području, vrsti pomoći i jeziku; broj manji od pet nikada se ne prikazuje, kao ni broj koji bi se mogao izračunati iz ostalih.
