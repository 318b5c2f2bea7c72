## Searching by postcode (same message ids as en/postcode.ftl; $postcode and $town are filled in by the app).

postcode-label = Code postal
postcode-hint = 4 chiffres, p. ex. 8000. Montre l'aide dans les communes que couvre le code postal, la plus proche d'abord.
postcode-error = Nous ne connaissons pas le code postal { $postcode }. Un code postal a 4 chiffres, p. ex. 8000.
postcode-searched = Près du code postal { $postcode } { $town }
