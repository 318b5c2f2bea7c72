## Insight without personal data: referrals, unmet needs, the reports for coordinators and partners, and the privacy page.

# The role of an account that records referrals (beside role-editor, role-translator…).
role-volunteer = wolontariusz
accounts-group = Grupa lokalna (dla wolontariuszy)
accounts-group-hint = Małe litery, cyfry i „-”, na przykład aarhus-gellerup. Skierowania wolontariuszki lub wolontariusza liczą się dla grupy.

## Recording a referral from a service's page or its card.
referral-heading = Zapisz skierowanie
referral-hint = Liczy, że dziś pokazałaś kobiecie drogę do tej usługi, i jakim językiem ona mówi. Nic o niej nie jest zapisywane.
referral-language = Jej język
referral-record = Zapisz skierowanie
referral-recorded = Skierowanie zapisane. Dziękujemy.
referral-queued = Zachowane na tym telefonie: zostanie wysłane, gdy znów będziesz online.
referral-sign-in = Wolontariuszki i wolontariusze mogą się zalogować, żeby liczyć skierowania.
# $reason is a short explanation from the server, e.g. "day 2026-01-02 is in the future".
referral-refused = Nie zapisano skierowania: { $reason }

## "Nothing fitted": a volunteer says none of the results helps.
unmet-heading = Nic nie pasowało?
# Above the same form on a search that found nothing.
unmet-heading-none = Powiedz nam, czego było trzeba
unmet-hint = Powiedz nam, żeby ta potrzeba została policzona. Liczy się tylko rodzaj potrzeby — nigdy słowa, których szukałaś, chyba że wiele osób szukało tego samego, i nic o tobie.
unmet-needed = Czego było trzeba (nieobowiązkowo)
unmet-needed-none = Nie podano
unmet-send = Nic nie pasowało
unmet-thanks = Dziękujemy. Potrzeba została policzona.

## The reports (for coordinators; partners read the same figures through the API).
nav-insights = Statystyki
insights-title = Statystyki
insights-intro = Anonimowe liczby z codziennego korzystania: dokąd kierowano kobiety, w jakich językach i czego potrzebowały, a czego spis nie mógł zaoferować.
insights-year = Rok
insights-show = Pokaż
insights-referrals = Skierowania
insights-unmet = Niezaspokojone potrzeby
insights-by-area = Według obszaru
insights-by-category = Według kategorii
insights-by-language = Według języka
insights-by-group = Według grupy lokalnej
insights-total = Razem
insights-no-area = Nie wybrano obszaru
insights-no-category = Nie rozpoznano kategorii
insights-no-group = Bez grupy lokalnej
insights-legend-small = <5: mniej niż pięć; nie pokazujemy, żeby nikogo nie dało się rozpoznać.
insights-legend-hidden = x: ukryte, żeby małej liczby nie dało się wyliczyć z sum.
insights-months-note = Miesiąc pokazujemy dopiero wtedy, gdy się skończy. Liczb poniżej pięciu nigdy nie pokazujemy — ani tutaj, ani w pobranych plikach, ani przez API.
insights-download-csv = Pobierz jako CSV
insights-download-json = Pobierz jako JSON
# The text alternative of a bar chart; $table is the title of the table below it that holds the same figures.
insights-chart-description = Wykres słupkowy sum z tabeli „{ $table }”. Te same liczby są w tabeli poniżej.
insights-summary = Podsumowanie roku { $year }
insights-summary-referrals = Skierowania razem
insights-summary-categories = Skierowania według rodzaju pomocy
insights-summary-languages = Języki skierowanych kobiet
insights-summary-top-unmet = Najczęściej niezaspokojone potrzeby
insights-texts = Szukane i nieznalezione
insights-texts-hint = Zachowujemy tylko teksty, których w jednym tygodniu użyto w co najmniej pięciu wyszukiwaniach.
insights-none = W tym roku nic nie zapisano.

## The privacy page.
footer-privacy-link = Co zapisuje Nabo
privacy-title = Co zapisuje Nabo
privacy-intro = Nabo jest używane w rozmowach z kobietami, które ufają wolontariuszkom. Zostało zrobione tak, żeby nigdy nie przechowywać niczego, co mogłoby zdradzić, kim one są.
privacy-never-heading = Nigdy nie zapisujemy
privacy-never-people = Imion, nazwisk, adresów, numerów telefonów, numerów identyfikacyjnych ani historii kobiet, którym pomagasz.
privacy-never-addresses = Twojego adresu IP ani przeglądarki razem z tym, czego szukasz lub co otwierasz.
privacy-never-search = Tego, czego szukasz, w takiej postaci, w jakiej to wpisałaś. Logi żądań pomijają wyszukiwane słowa.
privacy-never-time = Godziny skierowania ani wyszukiwania.
privacy-recorded-heading = Zapisujemy bez imion i nazwisk
privacy-recorded-referrals = Skierowanie, gdy zapisze je zalogowana wolontariuszka: usługę, język kobiety, dzień i grupę lokalną wolontariuszki. Nie to, kim jest wolontariuszka.
privacy-recorded-unmet = Wyszukiwanie, które nic nie znalazło, albo „Nic nie pasowało”: liczone według tygodnia, języka, obszaru i rodzaju potrzeby.
privacy-recorded-texts = Słowa takiego wyszukiwania dopiero wtedy, gdy w tym samym tygodniu użyło ich co najmniej pięć wyszukiwań; do tego czasu serwer liczy je w pamięci pod kodem, którego nie da się z powrotem zamienić na słowa.
privacy-recorded-views = Jak często otwierano stronę każdej usługi: jedną liczbę na usługę.
privacy-phone-heading = Przechowywane tylko na twoim telefonie
privacy-phone-saved = Usługi, które zapisujesz, i skierowania czekające na wysłanie, gdy jesteś offline. Nic z tego nie trafia na serwer, dopóki nie zostanie wysłane.
privacy-retention-heading = Jak długo
privacy-retention = Skierowania są przechowywane w takiej postaci, w jakiej je zapisano, przez 90 dni. Potem są dodawane do liczb ze swojego tygodnia i usuwane.
privacy-reports-heading = Kto widzi liczby
privacy-reports = Koordynatorzy programu oraz gminy i organizacje, z którymi program współpracuje. Widzą liczby według miesiąca, obszaru, rodzaju pomocy i języka; liczby poniżej pięciu nigdy nie są pokazywane, tak samo jak liczby, które dałoby się wyliczyć z pozostałych.
