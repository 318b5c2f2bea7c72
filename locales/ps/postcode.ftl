## Searching by postcode (same message ids as en/postcode.ftl; $postcode and $town are filled in by the app).

postcode-label = پوستي کوډ
postcode-hint = 4 عددونه، لکه 8000. په هغو ښاروالیو کې مرسته ښيي چې دا پوستي کوډ یې رانغاړي، نږدې یې لومړی.
postcode-error = پوستي کوډ { $postcode } موږ نه پېژنو. پوستي کوډ 4 عددونه لري، لکه 8000.
postcode-searched = د پوستي کوډ { $postcode } { $town } سره نږدې
