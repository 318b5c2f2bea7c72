## Searching by postcode (same message ids as en/postcode.ftl; $postcode and $town are filled in by the app).

postcode-label = Postal code
postcode-hint = 4 na numero, hal. 8000. Ipinapakita ang tulong sa mga munisipyong sakop ng postal code, ang pinakamalapit muna.
postcode-error = Hindi namin kilala ang postal code na { $postcode }. May 4 na numero ang postal code, hal. 8000.
postcode-searched = Malapit sa postal code { $postcode } { $town }
