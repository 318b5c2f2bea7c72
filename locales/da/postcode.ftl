## Searching by postcode (same message ids as en/postcode.ftl; $postcode and $town are filled in by the app).

postcode-label = Postnummer
postcode-hint = 4 cifre, f.eks. 8000. Viser hjælp i de kommuner, postnummeret dækker, nærmeste først.
postcode-error = Vi kender ikke postnummeret { $postcode }. Et postnummer har 4 cifre, f.eks. 8000.
postcode-searched = Nær postnummer { $postcode } { $town }
