# Widżet wyszukiwania Nabo (<nabo-search> na stronach partnerów) — polski. Te same identyfikatory komunikatów co en/widget.ftl.

## Formularz wyszukiwania

widget-search-label = Szukaj pomocy w okolicy
widget-search-placeholder = np. jobcenter, badanie kontrolne dziecka
widget-search-button = Szukaj

## Wiersz stanu (odczytywany przez czytniki ekranu)

widget-loading = Wyszukiwanie…
widget-results-ready = Wyszukiwanie zakończone. Usługi są wymienione poniżej.
widget-no-results = Nie znaleziono usług. Spróbuj innych słów albo mniejszej liczby słów.
widget-error = Wyszukiwarka w tej chwili nie działa. Spróbuj ponownie za chwilę.
widget-rate-limited = Zbyt wiele wyszukiwań w krótkim czasie. Poczekaj chwilę, a potem wyszukaj ponownie.

## Wyniki

widget-results = Usługi, które mogą pomóc
widget-shown-in = Język tekstu: { $language }
widget-open-card = Przygotuj dla niej kartę
widget-new-tab = (otwiera się w nowej karcie)
widget-powered-by = Wyszukiwarka Nabo
