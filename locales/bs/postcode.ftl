## Searching by postcode (same message ids as en/postcode.ftl; $postcode and $town are filled in by the app).

postcode-label = Poštanski broj
postcode-hint = 4 cifre, npr. 8000. Prikazuje pomoć u općinama koje poštanski broj obuhvata, najbližu prvo.
postcode-error = Poštanski broj { $postcode } nam nije poznat. Poštanski broj ima 4 cifre, npr. 8000.
postcode-searched = Blizu poštanskog broja { $postcode } { $town }
