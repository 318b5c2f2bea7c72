# Aplikacja internetowa Nabo — polski. Te same identyfikatory komunikatów co en/main.ftl.
# Zmienne ($name itd.) wstawia aplikacja; nie tłumaczy się ich.

## Szkielet aplikacji

app-name = Nabo
app-tagline = Właściwa pomoc w okolicy – w twoim języku
nav-home = Szukaj
nav-skip-to-content = Przejdź do treści
footer-about = Nabo to spis lokalnych usług dla wolontariuszek, które pomagają kobietom odnaleźć się w nowym miejscu.
footer-privacy = Nabo nie zapisuje nic o osobach, którym pomagasz.
footer-demo-data = Dane przykładowe: pokazane usługi są fikcyjne.
offline-notice = Jesteś offline. Strony otwarte wcześniej nadal działają.

## Wybór języka

language-picker-label = Język
language-picker-button = Zmień język
language-picker-current = Obecny język: { $language }

## Wyszukiwanie

search-heading = W czym potrzebujesz pomocy?
search-label = Wyszukaj usługę albo opisz, czego potrzebujesz
search-placeholder = np. jobcenter, badanie kontrolne dziecka
search-button = Szukaj
search-categories-heading = Albo wybierz rodzaj pomocy
search-filters-heading = Zawęź wyniki
filter-area-label = Gmina
filter-area-any = Wszystkie gminy
filter-category-label = Rodzaj pomocy
filter-category-any = Każdy rodzaj pomocy
filter-attributes-label = Musi oferować
filter-open-now = Teraz otwarte
filter-near-me = Blisko mnie
filter-near-me-help = Lokalizacja telefonu służy tylko do sortowania według odległości. Nie jest zapisywana.
filter-postcode-label = Albo kod pocztowy
filter-apply = Pokaż wyniki
filter-clear = Wyczyść filtry
geolocation-denied = Lokalizacja jest niedostępna. Wybierz gminę albo wpisz kod pocztowy.
geolocation-locating = Ustalanie lokalizacji…

## Wyniki

results-count = { $count ->
    [0] Nie znaleziono usług
    [one] Znaleziono jedną usługę
    [few] Znaleziono { $count } usługi
    [many] Znaleziono { $count } usług
   *[other] Znaleziono { $count } usług
}
results-none-help = Spróbuj innych słów, mniej filtrów albo wybierz rodzaj pomocy poniżej.
results-distance-m = { $distance } m stąd
results-distance-km = { $distance } km stąd
results-open-now = Teraz otwarte
results-closed-now = Teraz zamknięte
results-hours-unknown = Godziny otwarcia nieznane
results-shown-in = Język tekstu: { $language }
results-next = Następna strona
results-previous = Poprzednia strona
results-page = Strona { $page } z { $pages }

## Strona usługi

resource-about = Informacje
resource-how-to-get-help = Jak uzyskać pomoc
resource-opening-hours = Godziny otwarcia
resource-contact = Kontakt
resource-address = Adres
resource-call = Zadzwoń: { $phone }
resource-email = Napisz e-mail
resource-website = Strona internetowa
resource-map-osm = Pokaż na mapie OpenStreetMap
resource-map-app = Otwórz w aplikacji z mapami
resource-languages-spoken = Języki obsługi
resource-attributes = Warto wiedzieć
resource-verified = Sprawdzone przez redakcję dnia { $date }
resource-not-verified = Jeszcze niesprawdzone przez redakcję
resource-shown-in = Ten tekst nie został jeszcze przetłumaczony. Język tekstu: { $language }.
resource-make-card = Przygotuj dla niej kartę
resource-back-to-results = Wróć do wyników
resource-not-found = Ta usługa nie istnieje albo została usunięta.

## Godziny otwarcia

hours-open-now = Teraz otwarte
hours-closed-now = Teraz zamknięte
hours-opens-at = Otwarcie: { $day }, { $time }
hours-closes-at = Czynne do { $time }
hours-unknown = Godziny otwarcia nie są znane
hours-closed-day = Zamknięte
hours-always-open = Czynne całą dobę
hours-public-holidays = Zamknięte w dni świąteczne
day-mo = poniedziałek
day-tu = wtorek
day-we = środa
day-th = czwartek
day-fr = piątek
day-sa = sobota
day-su = niedziela
day-today = dzisiaj
day-tomorrow = jutro

## Karta ze skierowaniem

card-heading = Karta: { $name }
card-choose-language = Jej język
card-choose-button = Utwórz kartę
card-intro = Pokaż tę kartę w recepcji.
card-what = W czym pomagają
card-where = Gdzie
card-when = Kiedy
card-phone = Telefon
card-qr-caption = Zeskanuj, aby otworzyć tę stronę w swoim języku
card-print = Drukuj
card-share = Udostępnij
card-copy-link = Kopiuj link
card-link-copied = Link skopiowany
card-local-language = Język: { $language }

## Błędy

error-not-found-title = Nie znaleziono strony
error-not-found-text = Strona, której szukasz, nie istnieje.
error-bad-request-title = Coś jest nie tak z zapytaniem
error-server-title = Coś poszło nie tak
error-server-text = Spróbuj ponownie za chwilę.
error-back-home = Wróć do wyszukiwania

## Nazwy języków (do „Języki obsługi” i „Język tekstu: …”)

language-da = duński
language-en = angielski
language-ar = arabski
language-so = somalijski
language-tr = turecki
language-fa = perski
language-fa-af = dari
language-ur = urdu
language-ps = paszto
language-ckb = kurdyjski centralny (sorani)
language-kmr = kurdyjski północny (kurmandżi)
language-ti = tigrinia
language-am = amharski
language-uk = ukraiński
language-ru = rosyjski
language-pl = polski
language-ro = rumuński
language-bs = bośniacki
language-sq = albański
language-vi = wietnamski
language-th = tajski
language-zh = chiński (uproszczony)
language-ta = tamilski
language-bn = bengalski
language-hi = hindi
language-pa = pendżabski
language-es = hiszpański
language-fr = francuski
language-de = niemiecki
language-sw = suahili
language-om = oromo
language-fil = filipiński

## Strona API dla stron partnerów (/{lang}/api). Teksty operacji pozostają po angielsku.

api-title = API Nabo dla stron partnerów
api-intro = Gminy i organizacje mogą pokazywać wyszukiwarkę Nabo na własnych stronach internetowych albo odczytywać spis ze swoich systemów. Wszystko poniżej jest publiczne i bezpłatne w ramach limitów.
api-widget = Wyszukiwarka na własnej stronie
api-widget-text = Wklej te dwa wiersze do swojej strony. Zmień język i obszar oraz użyj klucza otrzymanego od administratorów Nabo.
api-keys = Klucze i limity
api-keys-text = Bez klucza możesz wysłać z każdego adresu umiarkowaną liczbę żądań. Z kluczem masz własny limit; wysyłaj go jako „Authorization: Bearer” albo jako parametr „key”. Odpowiedzi można zapisywać w pamięci podręcznej: zawierają ETag i Cache-Control.
api-formats = Opis do odczytu maszynowego i punkty końcowe Open Referral HSDS 3.0
api-operations = Operacje
api-needs-account = Wymaga tokenu konta (dla redaktorów).
api-parameters = Parametry
api-responses = Odpowiedzi
api-col-name = Nazwa
api-col-in = Miejsce
api-col-accepts = Dozwolone wartości
api-col-description = Opis
api-col-status = Status
api-required = wymagany
api-accepts-list = lista wartości { $items }
api-accepts-one-of = jedna z wartości: { $values }
api-accepts-range = od { $min } do { $max }
api-accepts-min = co najmniej { $min }
api-accepts-max = najwyżej { $max }
api-accepts-length = do { $length } znaków
api-accepts-pattern = w formacie { $pattern }
nav-api = Dla stron partnerów
