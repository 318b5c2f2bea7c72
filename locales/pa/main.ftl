# Nabo ਵੈੱਬ ਐਪ — ਪੰਜਾਬੀ (ਗੁਰਮੁਖੀ)। en/main.ftl ਵਾਲੇ ਹੀ ਸੁਨੇਹਾ ਆਈਡੀ।
# ਵੇਰੀਏਬਲ ($name ਆਦਿ) ਐਪ ਆਪ ਭਰਦੀ ਹੈ; ਇਹਨਾਂ ਦਾ ਅਨੁਵਾਦ ਨਾ ਕਰੋ।

## ਐਪ ਦਾ ਢਾਂਚਾ

app-name = Nabo
app-tagline = ਆਪਣੀ ਭਾਸ਼ਾ ਵਿੱਚ ਸਹੀ ਸਥਾਨਕ ਮਦਦ ਲੱਭੋ
nav-home = ਖੋਜੋ
nav-skip-to-content = ਮੁੱਖ ਸਮੱਗਰੀ 'ਤੇ ਜਾਓ
footer-about = Nabo ਸਥਾਨਕ ਸੇਵਾਵਾਂ ਦੀ ਸੂਚੀ ਹੈ, ਉਹਨਾਂ ਵਲੰਟੀਅਰਾਂ ਲਈ ਜੋ ਔਰਤਾਂ ਨੂੰ ਸਹੀ ਥਾਂ ਤੱਕ ਪਹੁੰਚਣ ਵਿੱਚ ਮਦਦ ਕਰਦੇ ਹਨ।
footer-privacy = ਤੁਸੀਂ ਜਿਨ੍ਹਾਂ ਦੀ ਮਦਦ ਕਰਦੇ ਹੋ, ਉਹਨਾਂ ਬਾਰੇ Nabo ਕੁਝ ਵੀ ਸੇਵ ਨਹੀਂ ਕਰਦਾ।
footer-demo-data = ਨਮੂਨਾ ਡਾਟਾ: ਇੱਥੇ ਦਿਖਾਈਆਂ ਸੇਵਾਵਾਂ ਅਸਲੀ ਨਹੀਂ ਹਨ।
offline-notice = ਤੁਸੀਂ ਹੁਣ ਆਫ਼ਲਾਈਨ ਹੋ। ਪਹਿਲਾਂ ਖੋਲ੍ਹੇ ਪੰਨੇ ਹਾਲੇ ਵੀ ਚੱਲਣਗੇ।

## ਭਾਸ਼ਾ ਚੁਣੋ

language-picker-label = ਭਾਸ਼ਾ
language-picker-button = ਭਾਸ਼ਾ ਬਦਲੋ
language-picker-current = ਮੌਜੂਦਾ ਭਾਸ਼ਾ: { $language }

## ਖੋਜ

search-heading = ਤੁਹਾਨੂੰ ਕਿਸ ਚੀਜ਼ ਵਿੱਚ ਮਦਦ ਚਾਹੀਦੀ ਹੈ?
search-label = ਕੋਈ ਸੇਵਾ ਖੋਜੋ ਜਾਂ ਆਪਣੀ ਲੋੜ ਲਿਖੋ
search-placeholder = ਜਿਵੇਂ: ਜੌਬ ਸੈਂਟਰ, ਬੱਚੇ ਦਾ ਚੈੱਕਅੱਪ ਕਰਵਾਉਣਾ ਹੈ
search-button = ਖੋਜੋ
search-categories-heading = ਜਾਂ ਮਦਦ ਦੀ ਕਿਸਮ ਚੁਣੋ
search-filters-heading = ਖੋਜ ਨੂੰ ਸੀਮਤ ਕਰੋ
filter-area-label = ਕਮਿਊਨ (ਨਗਰਪਾਲਿਕਾ)
filter-area-any = ਸਾਰੇ ਕਮਿਊਨ
filter-category-label = ਮਦਦ ਦੀ ਕਿਸਮ
filter-category-any = ਹਰ ਕਿਸਮ ਦੀ ਮਦਦ
filter-attributes-label = ਜ਼ਰੂਰ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ
filter-open-now = ਹੁਣ ਖੁੱਲ੍ਹਾ ਹੈ
filter-near-me = ਮੇਰੇ ਨੇੜੇ
filter-near-me-help = ਫ਼ੋਨ ਦੀ ਲੋਕੇਸ਼ਨ ਸਿਰਫ਼ ਦੂਰੀ ਮੁਤਾਬਕ ਤਰਤੀਬ ਦੇਣ ਲਈ ਵਰਤੀ ਜਾਂਦੀ ਹੈ। ਇਹ ਸੇਵ ਨਹੀਂ ਹੁੰਦੀ।
filter-postcode-label = ਜਾਂ ਪੋਸਟਕੋਡ
filter-apply = ਨਤੀਜੇ ਦਿਖਾਓ
filter-clear = ਫਿਲਟਰ ਹਟਾਓ
geolocation-denied = ਲੋਕੇਸ਼ਨ ਨਹੀਂ ਮਿਲ ਰਹੀ। ਇਸ ਦੀ ਬਜਾਏ ਕੋਈ ਕਮਿਊਨ ਚੁਣੋ ਜਾਂ ਪੋਸਟਕੋਡ ਲਿਖੋ।
geolocation-locating = ਤੁਹਾਡੀ ਲੋਕੇਸ਼ਨ ਲੱਭੀ ਜਾ ਰਹੀ ਹੈ…

## ਨਤੀਜੇ

results-count = { $count ->
    [0] ਕੋਈ ਸੇਵਾ ਨਹੀਂ ਮਿਲੀ
    [one] ਇੱਕ ਸੇਵਾ ਮਿਲੀ
   *[other] { $count } ਸੇਵਾਵਾਂ ਮਿਲੀਆਂ
}
results-none-help = ਹੋਰ ਸ਼ਬਦ ਵਰਤ ਕੇ ਦੇਖੋ, ਘੱਟ ਫਿਲਟਰ ਲਗਾਓ, ਜਾਂ ਹੇਠਾਂ ਮਦਦ ਦੀ ਕਿਸਮ ਚੁਣੋ।
results-distance-m = { $distance } ਮੀਟਰ ਦੂਰ
results-distance-km = { $distance } ਕਿ.ਮੀ. ਦੂਰ
results-open-now = ਹੁਣ ਖੁੱਲ੍ਹਾ ਹੈ
results-closed-now = ਹੁਣ ਬੰਦ ਹੈ
results-hours-unknown = ਖੁੱਲ੍ਹਣ ਦਾ ਸਮਾਂ ਪਤਾ ਨਹੀਂ
results-shown-in = { $language } ਵਿੱਚ ਦਿਖਾਇਆ ਗਿਆ
results-next = ਅਗਲਾ ਪੰਨਾ
results-previous = ਪਿਛਲਾ ਪੰਨਾ
results-page = ਪੰਨਾ { $page } / { $pages }

## ਸੇਵਾ ਦਾ ਪੰਨਾ

resource-about = ਜਾਣਕਾਰੀ
resource-how-to-get-help = ਮਦਦ ਕਿਵੇਂ ਲਈਏ
resource-opening-hours = ਖੁੱਲ੍ਹਣ ਦਾ ਸਮਾਂ
resource-contact = ਸੰਪਰਕ
resource-address = ਪਤਾ
resource-call = ਕਾਲ ਕਰੋ: { $phone }
resource-email = ਈ-ਮੇਲ ਲਿਖੋ
resource-website = ਵੈੱਬਸਾਈਟ
resource-map-osm = OpenStreetMap 'ਤੇ ਦੇਖੋ
resource-map-app = ਨਕਸ਼ੇ ਵਾਲੀ ਐਪ ਵਿੱਚ ਖੋਲ੍ਹੋ
resource-languages-spoken = ਇੱਥੇ ਬੋਲੀਆਂ ਜਾਂਦੀਆਂ ਭਾਸ਼ਾਵਾਂ
resource-attributes = ਜਾਣਨ ਯੋਗ ਗੱਲਾਂ
resource-verified = ਇੱਕ ਸੰਪਾਦਕ ਨੇ { $date } ਨੂੰ ਜਾਂਚਿਆ
resource-not-verified = ਹਾਲੇ ਕਿਸੇ ਸੰਪਾਦਕ ਨੇ ਨਹੀਂ ਜਾਂਚਿਆ
resource-shown-in = ਇਸ ਲਿਖਤ ਦਾ ਹਾਲੇ ਅਨੁਵਾਦ ਨਹੀਂ ਹੋਇਆ, ਇਸ ਲਈ ਇਹ { $language } ਵਿੱਚ ਦਿਖਾਈ ਗਈ ਹੈ।
resource-make-card = ਉਹਨਾਂ ਲਈ ਕਾਰਡ ਬਣਾਓ
resource-back-to-results = ਨਤੀਜਿਆਂ 'ਤੇ ਵਾਪਸ ਜਾਓ
resource-not-found = ਇਹ ਸੇਵਾ ਮੌਜੂਦ ਨਹੀਂ ਹੈ ਜਾਂ ਹਟਾ ਦਿੱਤੀ ਗਈ ਹੈ।

## ਖੁੱਲ੍ਹਣ ਦਾ ਸਮਾਂ

hours-open-now = ਹੁਣ ਖੁੱਲ੍ਹਾ ਹੈ
hours-closed-now = ਹੁਣ ਬੰਦ ਹੈ
hours-opens-at = { $day } { $time } ਵਜੇ ਖੁੱਲ੍ਹੇਗਾ
hours-closes-at = { $time } ਵਜੇ ਬੰਦ ਹੋਵੇਗਾ
hours-unknown = ਖੁੱਲ੍ਹਣ ਦਾ ਸਮਾਂ ਪਤਾ ਨਹੀਂ ਹੈ
hours-closed-day = ਬੰਦ
hours-always-open = ਦਿਨ-ਰਾਤ ਖੁੱਲ੍ਹਾ
hours-public-holidays = ਸਰਕਾਰੀ ਛੁੱਟੀਆਂ ਵਾਲੇ ਦਿਨ ਬੰਦ
day-mo = ਸੋਮਵਾਰ
day-tu = ਮੰਗਲਵਾਰ
day-we = ਬੁੱਧਵਾਰ
day-th = ਵੀਰਵਾਰ
day-fr = ਸ਼ੁੱਕਰਵਾਰ
day-sa = ਸ਼ਨਿੱਚਰਵਾਰ
day-su = ਐਤਵਾਰ
day-today = ਅੱਜ
day-tomorrow = ਕੱਲ੍ਹ

## ਰੈਫ਼ਰਲ ਕਾਰਡ

card-heading = { $name } ਲਈ ਕਾਰਡ
card-choose-language = ਉਹਨਾਂ ਦੀ ਭਾਸ਼ਾ
card-choose-button = ਕਾਰਡ ਬਣਾਓ
card-intro = ਇਹ ਕਾਰਡ ਕਾਊਂਟਰ 'ਤੇ ਦਿਖਾਓ।
card-what = ਕਿਸ ਚੀਜ਼ ਵਿੱਚ ਮਦਦ ਕਰਦੇ ਹਨ
card-where = ਕਿੱਥੇ
card-when = ਕਦੋਂ
card-phone = ਫ਼ੋਨ
card-qr-caption = ਇਹ ਪੰਨਾ ਆਪਣੀ ਭਾਸ਼ਾ ਵਿੱਚ ਖੋਲ੍ਹਣ ਲਈ ਸਕੈਨ ਕਰੋ
card-print = ਪ੍ਰਿੰਟ ਕਰੋ
card-share = ਸਾਂਝਾ ਕਰੋ
card-copy-link = ਲਿੰਕ ਕਾਪੀ ਕਰੋ
card-link-copied = ਲਿੰਕ ਕਾਪੀ ਹੋ ਗਿਆ
card-local-language = { $language } ਵਿੱਚ

## ਗ਼ਲਤੀਆਂ

error-not-found-title = ਪੰਨਾ ਨਹੀਂ ਮਿਲਿਆ
error-not-found-text = ਜੋ ਪੰਨਾ ਤੁਸੀਂ ਲੱਭ ਰਹੇ ਹੋ, ਉਹ ਮੌਜੂਦ ਨਹੀਂ ਹੈ।
error-bad-request-title = ਬੇਨਤੀ ਵਿੱਚ ਕੁਝ ਗ਼ਲਤ ਹੈ
error-server-title = ਕੁਝ ਗੜਬੜ ਹੋ ਗਈ
error-server-text = ਕਿਰਪਾ ਕਰਕੇ ਥੋੜ੍ਹੀ ਦੇਰ ਬਾਅਦ ਫਿਰ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
error-back-home = ਖੋਜ 'ਤੇ ਵਾਪਸ ਜਾਓ

## ਭਾਸ਼ਾਵਾਂ ਦੇ ਨਾਂ ("ਇੱਥੇ ਬੋਲੀਆਂ ਜਾਂਦੀਆਂ ਭਾਸ਼ਾਵਾਂ" ਅਤੇ "… ਵਿੱਚ ਦਿਖਾਇਆ ਗਿਆ" ਲਈ)

language-da = ਡੈਨਿਸ਼
language-en = ਅੰਗਰੇਜ਼ੀ
language-ar = ਅਰਬੀ
language-so = ਸੋਮਾਲੀ
language-tr = ਤੁਰਕੀ
language-fa = ਫ਼ਾਰਸੀ
language-fa-af = ਦਰੀ
language-ur = ਉਰਦੂ
language-ps = ਪਸ਼ਤੋ
language-ckb = ਕੇਂਦਰੀ ਕੁਰਦੀ (ਸੋਰਾਨੀ)
language-kmr = ਉੱਤਰੀ ਕੁਰਦੀ (ਕੁਰਮਾਂਜੀ)
language-ti = ਤਿਗਰੀਨੀਆ
language-am = ਅਮਹਾਰੀ
language-uk = ਯੂਕਰੇਨੀ
language-ru = ਰੂਸੀ
language-pl = ਪੋਲਿਸ਼
language-ro = ਰੋਮਾਨੀਆਈ
language-bs = ਬੋਸਨੀਆਈ
language-sq = ਅਲਬਾਨੀਆਈ
language-vi = ਵੀਅਤਨਾਮੀ
language-th = ਥਾਈ
language-zh = ਚੀਨੀ (ਸਰਲ)
language-ta = ਤਾਮਿਲ
language-bn = ਬੰਗਾਲੀ
language-hi = ਹਿੰਦੀ
language-pa = ਪੰਜਾਬੀ
language-es = ਸਪੇਨੀ
language-fr = ਫ਼ਰਾਂਸੀਸੀ
language-de = ਜਰਮਨ
language-sw = ਸਵਾਹਿਲੀ
language-om = ਓਰੋਮੋ
language-fil = ਫ਼ਿਲੀਪੀਨੋ

## ਪਾਰਟਨਰ ਵੈੱਬਸਾਈਟਾਂ ਲਈ API ਪੰਨਾ (/{lang}/api)। ਓਪਰੇਸ਼ਨਾਂ ਦੇ ਟੈਕਸਟ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਹੀ ਰਹਿੰਦੇ ਹਨ।

api-title = ਪਾਰਟਨਰ ਵੈੱਬਸਾਈਟਾਂ ਲਈ Nabo ਦੀ API
api-intro = ਨਗਰਪਾਲਿਕਾਵਾਂ ਅਤੇ ਸੰਸਥਾਵਾਂ Nabo ਦੀ ਖੋਜ ਆਪਣੀ ਵੈੱਬਸਾਈਟ ਉੱਤੇ ਦਿਖਾ ਸਕਦੀਆਂ ਹਨ, ਜਾਂ ਆਪਣੇ ਸਿਸਟਮਾਂ ਤੋਂ ਸੂਚੀ ਪੜ੍ਹ ਸਕਦੀਆਂ ਹਨ। ਹੇਠਾਂ ਦਿੱਤੀ ਹਰ ਚੀਜ਼ ਜਨਤਕ ਹੈ ਅਤੇ ਸੀਮਾਵਾਂ ਦੇ ਅੰਦਰ ਮੁਫ਼ਤ ਵਰਤੀ ਜਾ ਸਕਦੀ ਹੈ।
api-widget = ਆਪਣੀ ਵੈੱਬਸਾਈਟ ਉੱਤੇ ਖੋਜ
api-widget-text = ਇਹ ਦੋ ਲਾਈਨਾਂ ਆਪਣੇ ਪੰਨੇ ਵਿੱਚ ਪੇਸਟ ਕਰੋ। ਭਾਸ਼ਾ ਅਤੇ ਇਲਾਕਾ ਬਦਲੋ, ਅਤੇ ਉਹ ਕੁੰਜੀ ਵਰਤੋ ਜੋ ਤੁਹਾਨੂੰ Nabo ਦੇ ਐਡਮਿਨਿਸਟ੍ਰੇਟਰਾਂ ਤੋਂ ਮਿਲੀ ਹੈ।
api-keys = ਕੁੰਜੀਆਂ ਅਤੇ ਸੀਮਾਵਾਂ
api-keys-text = ਕੁੰਜੀ ਤੋਂ ਬਿਨਾਂ ਤੁਸੀਂ ਹਰ ਪਤੇ ਤੋਂ ਸੀਮਤ ਗਿਣਤੀ ਵਿੱਚ ਬੇਨਤੀਆਂ ਭੇਜ ਸਕਦੇ ਹੋ। ਕੁੰਜੀ ਨਾਲ ਤੁਹਾਡੀ ਆਪਣੀ ਸੀਮਾ ਹੁੰਦੀ ਹੈ; ਕੁੰਜੀ ਨੂੰ "Authorization: Bearer" ਵਜੋਂ ਜਾਂ "key" ਪੈਰਾਮੀਟਰ ਵਿੱਚ ਭੇਜੋ। ਜਵਾਬ ਕੈਸ਼ ਕੀਤੇ ਜਾ ਸਕਦੇ ਹਨ: ਉਹਨਾਂ ਵਿੱਚ ETag ਅਤੇ Cache-Control ਹੁੰਦੇ ਹਨ।
api-formats = ਮਸ਼ੀਨ ਦੁਆਰਾ ਪੜ੍ਹਨਯੋਗ ਵੇਰਵਾ ਅਤੇ Open Referral HSDS 3.0 ਐਂਡਪੁਆਇੰਟ
api-operations = ਓਪਰੇਸ਼ਨ
api-needs-account = ਕਿਸੇ ਖਾਤੇ ਦਾ ਟੋਕਨ ਚਾਹੀਦਾ ਹੈ (ਸੰਪਾਦਕਾਂ ਲਈ)।
api-parameters = ਪੈਰਾਮੀਟਰ
api-responses = ਜਵਾਬ
api-col-name = ਨਾਂ
api-col-in = ਥਾਂ
api-col-accepts = ਮਨਜ਼ੂਰ ਮੁੱਲ
api-col-description = ਵੇਰਵਾ
api-col-status = ਸਟੇਟਸ
api-required = ਲਾਜ਼ਮੀ
api-accepts-list = { $items } ਦੀ ਸੂਚੀ
api-accepts-one-of = ਇਹਨਾਂ ਵਿੱਚੋਂ ਇੱਕ: { $values }
api-accepts-range = { $min } ਤੋਂ { $max } ਤੱਕ
api-accepts-min = ਘੱਟੋ-ਘੱਟ { $min }
api-accepts-max = ਵੱਧ ਤੋਂ ਵੱਧ { $max }
api-accepts-length = ਵੱਧ ਤੋਂ ਵੱਧ { $length } ਅੱਖਰ
api-accepts-pattern = { $pattern } ਦੇ ਰੂਪ ਵਿੱਚ
nav-api = ਪਾਰਟਨਰ ਵੈੱਬਸਾਈਟਾਂ ਲਈ
