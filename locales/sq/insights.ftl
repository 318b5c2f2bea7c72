## Insight without personal data: referrals, unmet needs, the reports for coordinators and partners, and the privacy page.

# The role of an account that records referrals (beside role-editor, role-translator…).
role-volunteer = vullnetar
accounts-group = Grupi vendor (për vullnetarët)
accounts-group-hint = Shkronja të vogla latine (pa ë dhe ç), shifra dhe „-”, për shembull aarhus-gellerup. Udhëzimet e një vullnetareje numërohen për grupin.

## Recording a referral from a service's page or its card.
referral-heading = Regjistroni një udhëzim
referral-hint = Numëron që sot i treguat një gruaje rrugën drejt këtij shërbimi, dhe gjuhën që ajo flet. Asgjë për të nuk regjistrohet.
referral-language = Gjuha e saj
referral-record = Regjistro udhëzimin
referral-recorded = Udhëzimi u regjistrua. Faleminderit.
referral-queued = U ruajt në këtë telefon: do të dërgohet kur të jeni sërish në internet.
referral-sign-in = Vullnetarët mund të hyjnë në llogari për të numëruar udhëzimet.
# $reason is a short explanation from the server, e.g. "day 2026-01-02 is in the future".
referral-refused = Udhëzimi nuk u regjistrua: { $reason }

## "Nothing fitted": a volunteer says none of the results helps.
unmet-heading = Asgjë nuk përshtatej?
# Above the same form on a search that found nothing.
unmet-heading-none = Na tregoni çfarë duhej
unmet-hint = Na tregoni, që nevoja të numërohet. Numërohet vetëm lloji i nevojës — kurrë fjalët që kërkuat, përveç nëse shumë njerëz kanë kërkuar të njëjtën gjë, dhe asgjë për ju.
unmet-needed = Çfarë duhej (jo e detyrueshme)
unmet-needed-none = Nuk u tha
unmet-send = Asgjë nuk përshtatej
unmet-thanks = Faleminderit. Nevoja u numërua.

## The reports (for coordinators; partners read the same figures through the API).
nav-insights = Statistikat
insights-title = Statistikat
insights-intro = Shifra anonime nga përdorimi i përditshëm: ku u udhëzuan gratë, në cilat gjuhë dhe çfarë u duhej që lista nuk mund ta ofronte.
insights-year = Viti
insights-show = Shfaq
insights-referrals = Udhëzimet
insights-unmet = Nevojat e paplotësuara
insights-by-area = Sipas zonës
insights-by-category = Sipas llojit të ndihmës
insights-by-language = Sipas gjuhës
insights-by-group = Sipas grupit vendor
insights-total = Gjithsej
insights-no-area = Nuk u zgjodh zonë
insights-no-category = Nuk u njoh lloji i ndihmës
insights-no-group = Pa grup vendor
insights-legend-small = <5: më pak se pesë; nuk shfaqet, që askush të mos njihet.
insights-legend-hidden = x: e fshehur, që një shifër e vogël të mos nxirret nga totalet.
insights-months-note = Një muaj shfaqet pasi të ketë mbaruar. Shifrat nën pesë nuk shfaqen kurrë — as këtu, as në shkarkime, as përmes API-së.
insights-download-csv = Shkarko si CSV
insights-download-json = Shkarko si JSON
# The text alternative of a bar chart; $table is the title of the table below it that holds the same figures.
insights-chart-description = Grafik me shtylla i totaleve të „{ $table }”. Të njëjtat shifra janë në tabelën më poshtë.
insights-summary = Përmbledhja e vitit { $year }
insights-summary-referrals = Udhëzimet gjithsej
insights-summary-categories = Udhëzimet sipas llojit të ndihmës
insights-summary-languages = Gjuhët e grave të udhëzuara
insights-summary-top-unmet = Nevojat që mbetën më shpesh të paplotësuara
insights-texts = U kërkua dhe nuk u gjet
insights-texts-hint = Ruhen vetëm tekstet që janë përdorur nga të paktën pesë kërkime brenda një jave.
insights-none = Në këtë vit nuk u regjistrua asgjë.

## The privacy page.
footer-privacy-link = Çfarë regjistron Nabo
privacy-title = Çfarë regjistron Nabo
privacy-intro = Nabo përdoret në biseda me gra që u besojnë vullnetarëve. Është bërë në mënyrë që të mos mbajë kurrë asgjë që mund të tregojë se kush janë ato.
privacy-never-heading = Nuk regjistrohen kurrë
privacy-never-people = Emrat, adresat, numrat e telefonit, numrat personalë ose historitë e grave që ndihmoni.
privacy-never-addresses = Adresa juaj IP ose shfletuesi juaj, bashkë me atë që kërkoni ose hapni.
privacy-never-search = Ajo që kërkoni, ashtu siç e shkruat. Regjistrat e kërkesave i lënë jashtë fjalët e kërkimit.
privacy-never-time = Ora e ditës e një udhëzimi ose e një kërkimi.
privacy-recorded-heading = Regjistrohen, pa emra
privacy-recorded-referrals = Një udhëzim, kur e regjistron një vullnetare që ka hyrë në llogari: shërbimi, gjuha e gruas, dita dhe grupi vendor i vullnetares. Jo se kush është vullnetarja.
privacy-recorded-unmet = Një kërkim që nuk gjeti asgjë, ose një „Asgjë nuk përshtatej”: numërohen sipas javës, gjuhës, zonës dhe llojit të nevojës.
privacy-recorded-texts = Fjalët e një kërkimi të tillë vetëm pasi t'i kenë përdorur të paktën pesë kërkime në të njëjtën javë; deri atëherë serveri i numëron në kujtesë me një kod që nuk mund ta kthejë më në fjalë.
privacy-recorded-views = Sa shpesh u hap faqja e çdo shërbimi: një numër për çdo shërbim.
privacy-phone-heading = Ruhen vetëm në telefonin tuaj
privacy-phone-saved = Shërbimet që ruani dhe udhëzimet që presin të dërgohen kur nuk jeni në internet. Asgjë nga këto nuk arrin te serveri derisa të dërgohet.
privacy-retention-heading = Sa kohë
privacy-retention = Udhëzimet ruhen ashtu siç u regjistruan për 90 ditë. Pas kësaj u shtohen numrave të javës së tyre dhe fshihen.
privacy-reports-heading = Kush i sheh shifrat
privacy-reports = Koordinatorët e programit, si dhe komunat dhe organizatat me të cilat ai punon. Ata shohin shifra sipas muajit, zonës, llojit të ndihmës dhe gjuhës; një shifër nën pesë nuk shfaqet kurrë, as një që mund të nxirret nga të tjerat.
