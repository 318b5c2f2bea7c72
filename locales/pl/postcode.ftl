## Searching by postcode (same message ids as en/postcode.ftl; $postcode and $town are filled in by the app).

postcode-label = Kod pocztowy
postcode-hint = 4 cyfry, np. 8000. Pokazuje pomoc w gminach, które obejmuje kod pocztowy, najpierw najbliższą.
postcode-error = Nie znamy kodu pocztowego { $postcode }. Kod pocztowy ma 4 cyfry, np. 8000.
postcode-searched = W pobliżu kodu pocztowego { $postcode } { $town }
