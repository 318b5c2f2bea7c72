## Searching by postcode (same message ids as en/postcode.ftl; $postcode and $town are filled in by the app).

postcode-label = Msimbo wa posta
postcode-hint = Tarakimu 4, k.m. 8000. Huonyesha msaada katika manispaa zinazohusika na msimbo huo wa posta, ulio karibu zaidi kwanza.
postcode-error = Hatuutambui msimbo wa posta { $postcode }. Msimbo wa posta una tarakimu 4, k.m. 8000.
postcode-searched = Karibu na msimbo wa posta { $postcode } { $town }
