## Searching by postcode (same message ids as en/postcode.ftl; $postcode and $town are filled in by the app).

postcode-label = Lambarka boostada
postcode-hint = 4 god, tusaale 8000. Waxay muujisaa caawimaadda kommuunada uu lambarka boostadu daboolo, tan ugu dhow marka hore.
postcode-error = Ma naqaanno lambarka boostada { $postcode }. Lambarka boostadu wuxuu leeyahay 4 god, tusaale 8000.
postcode-searched = U dhow lambarka boostada { $postcode } { $town }
