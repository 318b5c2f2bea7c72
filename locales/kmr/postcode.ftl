## Searching by postcode (same message ids as en/postcode.ftl; $postcode and $town are filled in by the app).

postcode-label = Koda posteyê
postcode-hint = 4 hejmar, mînak 8000. Alîkariyê li wan şaredariyên ku koda posteyê digire nav xwe nîşan dide, ya herî nêzîk pêşî.
postcode-error = Em koda posteyê { $postcode } nas nakin. Koda posteyê 4 hejmar e, mînak 8000.
postcode-searched = Nêzîkî koda posteyê { $postcode } { $town }
