# Strony redakcyjne Nabo — polski. Te same identyfikatory komunikatów co en/editor.ftl.
# Dla osób, które dbają o aktualność spisu: redaktorów, tłumaczy, koordynatorów i administratorów.

## Logowanie i wylogowanie

login-title = Logowanie
login-intro = Dla osób, które dbają o aktualność spisu: redaktorów, tłumaczy i koordynatorów.
login-account = Konto
login-password = Hasło
login-submit = Zaloguj się
login-wrong = Nieprawidłowe konto lub hasło.
login-throttled = { $minutes ->
    [one] Za dużo nieudanych prób. Spróbuj ponownie za minutę.
    [few] Za dużo nieudanych prób. Spróbuj ponownie za { $minutes } minuty.
    [many] Za dużo nieudanych prób. Spróbuj ponownie za { $minutes } minut.
   *[other] Za dużo nieudanych prób. Spróbuj ponownie za { $minutes } minut.
}
login-required = Zaloguj się, aby kontynuować.
login-signed-out = Wylogowano.
nav-editing = Edycja
nav-sign-out = Wyloguj się
editor-signed-in-as = Zalogowano jako { $account } ({ $role })
role-admin = administrator
role-coordinator = koordynator
role-editor = redaktor
role-translator = tłumacz

## Odmowy

error-form-expired-title = Nie udało się wysłać formularza
error-form-expired-text = Ze względów bezpieczeństwa formularz jest przyjmowany tylko ze strony, do której należy. Wróć, odśwież stronę i spróbuj ponownie.
error-forbidden-title = Brak uprawnień
error-forbidden-text = Twoje konto nie ma uprawnień do tej czynności. Redaktorzy zmieniają usługi tylko na swoich obszarach.
error-too-many-title = Za dużo żądań
error-too-many-text = Poczekaj chwilę i spróbuj ponownie.

## Lista usług

editor-dashboard-title = Usługi
editor-new-resource = Nowa usługa
editor-find-label = Znajdź usługę po nazwie lub słowach
editor-find-button = Znajdź
editor-area-label = Obszar
editor-all-areas = Wszystkie obszary
editor-count = { $count ->
    [0] Nie znaleziono usług
    [one] Jedna usługa
    [few] { $count } usługi
    [many] { $count } usług
   *[other] { $count } usług
}
editor-col-name = Nazwa
editor-col-area = Obszar
editor-col-categories = Kategorie
editor-edit = Edytuj
editor-page-previous = Poprzednia
editor-page-next = Następna
editor-archived-heading = Usługi w archiwum
editor-archived-none = Archiwum jest puste.
editor-archived-when = Zarchiwizowana przez { $account } dnia { $date }

## Edycja usługi

editor-new-title = Nowa usługa
editor-edit-title = Edycja: { $name }
editor-version = Wersja { $version }, zapisana dnia { $date }
editor-section-basics = O usłudze
editor-section-texts = Teksty
editor-section-contact = Adres i kontakt
editor-section-access = Godziny otwarcia i dostęp
editor-texts-in = Teksty – język: { $language }
editor-texts-source = język, w którym teksty powstają najpierw
editor-add-language = Dodaj teksty w innym języku
editor-choose-language = Wybierz język
editor-field-id = Identyfikator
editor-field-id-hint = Małe litery, cyfry i łączniki, na przykład: jobcenter-aarhus. Nie można go później zmienić.
editor-field-area = Gmina lub obszar
editor-field-categories = Rodzaje pomocy
editor-field-source-language = Język, w którym teksty powstają najpierw
editor-field-name = Nazwa
editor-field-summary = Podsumowanie (jedno zdanie)
editor-field-description = Opis
editor-field-access = Jak uzyskać pomoc
editor-field-street = Ulica i numer
editor-field-postcode = Kod pocztowy
editor-field-city = Miejscowość
editor-field-country = Kod kraju
editor-field-country-hint = Dwie wielkie litery, na przykład: DK
editor-field-lat = Szerokość geograficzna
editor-field-lon = Długość geograficzna
editor-field-phone = Telefon
editor-field-email = E-mail
editor-field-website = Strona internetowa
editor-field-opening-hours = Godziny otwarcia
editor-field-opening-hours-hint = W formacie OpenStreetMap, na przykład: Mo-Fr 09:00-15:00; PH off
editor-field-languages-spoken = Języki obsługi
editor-field-languages-spoken-hint = Kody języków oddzielone przecinkami, na przykład: da, ar, so
editor-field-attributes = Dostęp
editor-field-record = Usługa
editor-field-verified-at = Ostatnio sprawdzono
editor-create = Utwórz
editor-save = Zapisz
editor-archive = Przenieś do archiwum
editor-restore = Przywróć
editor-history = Historia
editor-back = Wróć do listy
editor-view-public = Pokaż stronę publiczną
editor-created = Utworzono. Usługę można już znaleźć w wyszukiwarce.
editor-saved = Zapisano jako wersję { $version }. Wyszukiwarka już pokazuje zmianę.
editor-unchanged = Nic nie zostało zmienione.
editor-archived = Przeniesiono do archiwum. Usługi nie można już znaleźć w wyszukiwarce, ale można ją przywrócić.
editor-restored = Przywrócono jako wersję { $version }. Usługę znów można znaleźć w wyszukiwarce.
editor-errors-summary = { $count ->
    [one] Nie zapisano usługi: popraw jeden błąd.
    [few] Nie zapisano usługi: popraw { $count } błędy.
    [many] Nie zapisano usługi: popraw { $count } błędów.
   *[other] Nie zapisano usługi: popraw { $count } błędów.
}
editor-exists = Usługa o tym identyfikatorze już istnieje albo jest w archiwum. Wybierz inny identyfikator albo przywróć usługę z archiwum.
problem-required = To pole jest wymagane.
problem-invalid = Ta wartość jest niedozwolona.
problem-unknown = Spis nie zna tej wartości.
problem-duplicate = Ta wartość została podana dwa razy.
problem-too-long = To jest za długie.

## Dwie osoby zapisują jednocześnie

editor-conflict-title = Ktoś inny zapisał tę usługę w trakcie twojej edycji
editor-conflict-text = Twoje zmiany nie są jeszcze zapisane. Porównaj je z zapisaną wersją, a potem zapisz ponownie, aby zachować swoje zmiany, albo odśwież stronę, aby zacząć od zapisanej wersji.
editor-conflict-field = Pole
editor-conflict-yours = Twoja wersja
editor-conflict-saved = Zapisana wersja ({ $version })
editor-conflict-empty = (puste)
editor-conflict-reload = Zacznij od nowa od zapisanej wersji

## Historia

history-title = Historia: { $name }
history-version = Wersja { $version }
history-when = Kiedy
history-who = Kto
history-kind-import = Zaimportowano
history-kind-edit = Edytowano
history-kind-archive = Przeniesiono do archiwum
history-kind-restore = Przywrócono z archiwum
history-kind-revert = Przywrócono wcześniejszą wersję
history-kind-delete = Usunięto
history-kind-verify = Potwierdzono poprawność
history-by-import = import
history-field = Pole
history-before = Przed
history-after = Po
history-no-changes = Żadne pole się nie zmieniło.
history-first = Pierwsza wersja.
history-unknown = Ta wersja jest starsza niż przechowywana historia.
history-revert = Przywróć tę wersję
history-current = Obecna wersja
history-reverted = Wersja { $old } została przywrócona jako wersja { $version }.

## Nawigacja stron redakcyjnych

nav-translations = Tłumaczenia
nav-checking = Do sprawdzenia
nav-reports = Zgłoszenia

## Tłumaczenia

translations-title = Tłumaczenia
translations-language-label = Język docelowy
translations-show = Pokaż
translations-count = { $count ->
    [0] Niczego nie brakuje i nic nie jest nieaktualne.
    [one] Jedna usługa wymaga tłumaczenia.
    [few] { $count } usługi wymagają tłumaczenia.
    [many] { $count } usług wymaga tłumaczenia.
   *[other] { $count } usług wymaga tłumaczenia.
}
translations-col-resource = Usługa
translations-col-missing = Brakujące
translations-col-outdated = Nieaktualne
translations-col-views = Wyświetlenia
translations-translate = Przetłumacz
translations-export = Pobierz brakujące teksty jako XLIFF
translations-export-from = Język źródłowy
translations-import-heading = Wczytaj gotowe tłumaczenia
translations-import-label = Plik XLIFF
translations-import-submit = Importuj
translations-imported = { $count ->
    [one] Zapisano jedno tłumaczenie.
    [few] Zapisano { $count } tłumaczenia.
    [many] Zapisano { $count } tłumaczeń.
   *[other] Zapisano { $count } tłumaczeń.
}
translations-untranslated = { $count ->
    [one] Jeden tekst pozostał nieprzetłumaczony.
    [few] { $count } teksty pozostały nieprzetłumaczone.
    [many] { $count } tekstów pozostało nieprzetłumaczonych.
   *[other] { $count } tekstów pozostało nieprzetłumaczonych.
}
translations-refused = Tych elementów nie zapisano:
status-missing = brak
status-outdated = nieaktualne
status-current = aktualne
status-reviewed = zweryfikowane
translate-title = Tłumaczenie: { $name }
translate-into = Język docelowy: { $language }
translate-source = Tekst źródłowy ({ $language })
translate-target = Tłumaczenie ({ $language })
translate-status = Status: { $status }
translate-proposal = Propozycja z pamięci tłumaczeń: sprawdź ją przed zapisaniem.
translate-save = Zapisz tłumaczenie
translate-review = Oznacz jako zweryfikowane
translate-saved = Tłumaczenie zostało zapisane.
translate-reviewed = Oznaczono jako zweryfikowane.
editor-translations-heading = Tłumaczenia
editor-translate-into = Przetłumacz na { $language }

## Potwierdzanie

editor-verify = Potwierdź, że dziś wszystko się zgadza
editor-verified = Potwierdzono, że dziś wszystko się zgadza.
editor-last-verified = Ostatnio potwierdzono dnia { $date }
editor-never-verified = Nigdy nie potwierdzono
checking-title = Do sprawdzenia
checking-intro = { $months ->
    [one] Usługi, których nikt nie potwierdził od miesiąca, od najstarszych.
    [few] Usługi, których nikt nie potwierdził od { $months } miesięcy, od najstarszych.
    [many] Usługi, których nikt nie potwierdził od { $months } miesięcy, od najstarszych.
   *[other] Usługi, których nikt nie potwierdził od { $months } miesięcy, od najstarszych.
}
checking-months = Liczba miesięcy bez potwierdzenia
checking-col-verified = Ostatnie potwierdzenie
checking-col-by = Kto
checking-never = nigdy
checking-none = Wszystko tutaj zostało niedawno potwierdzone.

## Zgłoszenia z terenu

reports-title = Zgłoszenia z terenu
reports-none = Brak otwartych zgłoszeń.
reports-col-resource = Usługa
reports-col-category = Co się zmieniło
reports-col-note = Uwaga
reports-col-date = Data wysłania
reports-resolve = Załatwione
reports-dismiss = Odrzuć
reports-closed = Zgłoszenie zostało zamknięte.
report-category-closed = Usługa już nie działa
report-category-moved = Zmienił się adres
report-category-hours = Godziny otwarcia są nieprawidłowe
report-category-phone = Numer telefonu jest nieprawidłowy
report-category-other = Coś innego
report-link = Coś się zmieniło? Daj nam znać
report-title = Czy coś się zmieniło?
report-intro = Napisz redakcji, co już się nie zgadza w usłudze { $name }.
report-privacy = Nie podawaj imion, nazwisk ani żadnych informacji o osobie, której pomagasz.
report-category-label = Co się zmieniło?
report-note-label = Krótka uwaga (nieobowiązkowo)
report-note-hint = Najwyżej 280 znaków. Bez imion, nazwisk, numerów telefonów i danych osobowych.
report-submit = Wyślij
report-thanks = Dziękujemy. Redakcja tego obszaru to sprawdzi.
report-invalid = Wybierz, co się zmieniło, i napisz uwagę o długości najwyżej 280 znaków.

## Konta (dla administratorów)

nav-accounts = Konta
accounts-title = Konta
accounts-col-login = Login
accounts-col-role = Rola
accounts-col-scope = Obszary lub języki
accounts-col-state = Stan
accounts-active = aktywne
accounts-disabled = wyłączone
accounts-disable = Wyłącz
accounts-enable = Włącz
accounts-reset = Nowe hasło
accounts-new = Nowe konto
accounts-id = Login
accounts-id-hint = Małe litery, cyfry i łączniki, na przykład: amina-aarhus
accounts-role = Rola
accounts-areas = Obszary (dla redaktorów)
accounts-areas-hint = Wybierz jeden lub kilka; obszar obejmuje też obszary, które leżą w jego granicach.
accounts-languages = Języki (dla tłumaczy)
accounts-create = Utwórz konto
accounts-password-for = Hasło do konta { $account }:
accounts-password-once = Hasło jest widoczne tylko teraz, jeden raz. Przekaż je tej osobie w bezpieczny sposób; może się nim zalogować od razu.
accounts-refused = Nie zapisano konta.

## Klucze API stron partnerów (tylko dla administratorów)

nav-keys = Klucze partnerów
keys-title = Klucze API stron partnerów
keys-intro = Gminy i organizacje, które pokazują wyszukiwarkę Nabo na własnej stronie internetowej, potrzebują klucza. Klucz działa w przeglądarkach tylko pod adresami internetowymi podanymi dla niego i tylko tak często, jak pozwala jego limit.
keys-issued-for = Nowy klucz dla { $partner }:
keys-once = Skopiuj go teraz i przekaż partnerowi: jest widoczny tylko ten jeden raz i nie będzie można go zobaczyć ponownie.
keys-embed = Partner wkleja te dwa wiersze do swojej strony:
keys-refused = Nie utworzono klucza:
keys-none = Nie ma jeszcze żadnych kluczy.
keys-col-name = Partner
keys-col-origins = Adresy internetowe
keys-col-rate = Limit
keys-col-state = Stan
keys-per-minute = { $rate } na minutę
keys-active = W użyciu
keys-revoked = Unieważniony
keys-revoke = Unieważnij
keys-new = Nowy klucz
keys-name = Partner (dla kogo jest klucz)
keys-origins = Adresy internetowe, które mogą używać klucza
keys-origins-hint = Na przykład https://kommune.example, oddzielone spacjami lub przecinkami. Zostaw puste dla klucza używanego tylko z serwera.
keys-rate = Żądania na minutę
keys-create = Utwórz klucz
