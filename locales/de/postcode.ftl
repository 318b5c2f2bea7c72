## Searching by postcode (same message ids as en/postcode.ftl; $postcode and $town are filled in by the app).

postcode-label = Postleitzahl
postcode-hint = 4 Ziffern, z. B. 8000. Zeigt Hilfe in den Kommunen, die die Postleitzahl umfasst, die nächste zuerst.
postcode-error = Die Postleitzahl { $postcode } kennen wir nicht. Eine Postleitzahl hat 4 Ziffern, z. B. 8000.
postcode-searched = In der Nähe der Postleitzahl { $postcode } { $town }
