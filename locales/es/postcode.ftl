## Searching by postcode (same message ids as en/postcode.ftl; $postcode and $town are filled in by the app).

postcode-label = Código postal
postcode-hint = 4 cifras, p. ej., 8000. Muestra ayuda en los municipios que abarca el código postal, primero la más cercana.
postcode-error = No conocemos el código postal { $postcode }. Un código postal tiene 4 cifras, p. ej., 8000.
postcode-searched = Cerca del código postal { $postcode } { $town }
