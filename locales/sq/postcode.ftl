## Searching by postcode (same message ids as en/postcode.ftl; $postcode and $town are filled in by the app).

postcode-label = Kodi postar
postcode-hint = 4 shifra, p.sh. 8000. Tregon ndihmën në komunat që mbulon kodi postar, më të afërtën së pari.
postcode-error = Nuk e njohim kodin postar { $postcode }. Një kod postar ka 4 shifra, p.sh. 8000.
postcode-searched = Pranë kodit postar { $postcode } { $town }
