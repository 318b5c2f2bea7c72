# Nabo web app — English (the default locale; every other locale has the same message ids).
# Ids are kebab-case with a feature prefix. Variables: $name etc. are filled in by the app.

## App shell

app-name = Nabo
app-tagline = Find the right local help — in your language
nav-home = Search
nav-skip-to-content = Skip to content
footer-about = Nabo is a directory of local services for volunteers who help women find their way.
footer-privacy = Nabo stores nothing about the people you help.
footer-demo-data = Demonstration data: the services shown are invented.
offline-notice = You are offline. Pages you opened before still work.

## Language picker

language-picker-label = Language
language-picker-button = Change language
language-picker-current = Current language: { $language }

## Search

search-heading = What do you need help with?
search-label = Search for a service or describe the need
search-placeholder = e.g. job centre, my baby needs a check-up
search-button = Search
search-categories-heading = Or choose a kind of help
search-filters-heading = Narrow down
filter-area-label = Municipality
filter-area-any = All municipalities
filter-category-label = Kind of help
filter-category-any = All kinds of help
filter-attributes-label = Must offer
filter-open-now = Open now
filter-near-me = Near me
filter-near-me-help = Uses your phone's location only to sort by distance. It is not stored.
filter-postcode-label = Or postcode
filter-apply = Show results
filter-clear = Clear filters
geolocation-denied = Location is not available. Choose a municipality or enter a postcode instead.
geolocation-locating = Finding your location…

## Results

results-count = { $count ->
    [0] No services found
    [one] One service found
   *[other] { $count } services found
}
results-none-help = Try other words, fewer filters, or choose a kind of help below.
results-distance-m = { $distance } m away
results-distance-km = { $distance } km away
results-open-now = Open now
results-closed-now = Closed now
results-hours-unknown = Opening hours not known
results-shown-in = Shown in { $language }
results-next = Next page
results-previous = Previous page
results-page = Page { $page } of { $pages }

## Resource page

resource-about = About
resource-how-to-get-help = How to get help
resource-opening-hours = Opening hours
resource-contact = Contact
resource-address = Address
resource-call = Call { $phone }
resource-email = Write an e-mail
resource-website = Website
resource-map-osm = Show on OpenStreetMap
resource-map-app = Open in map app
resource-languages-spoken = Languages spoken here
resource-attributes = Good to know
resource-verified = Checked by an editor on { $date }
resource-not-verified = Not yet checked by an editor
resource-shown-in = This text is shown in { $language } because it has not been translated yet.
resource-make-card = Make a card for her
resource-back-to-results = Back to results
resource-not-found = This service does not exist or has been removed.

## Opening hours

hours-open-now = Open now
hours-closed-now = Closed now
hours-opens-at = Opens { $day } at { $time }
hours-closes-at = Closes at { $time }
hours-unknown = Opening hours are not known
hours-closed-day = Closed
hours-always-open = Open day and night
hours-public-holidays = Closed on public holidays
day-mo = Monday
day-tu = Tuesday
day-we = Wednesday
day-th = Thursday
day-fr = Friday
day-sa = Saturday
day-su = Sunday
day-today = today
day-tomorrow = tomorrow

## Referral card

card-heading = Card for { $name }
card-choose-language = Her language
card-choose-button = Make card
card-intro = Show this card at the desk.
card-what = What they help with
card-where = Where
card-when = When
card-phone = Phone
card-qr-caption = Scan to open this page in your language
card-print = Print
card-share = Share
card-copy-link = Copy link
card-link-copied = Link copied
card-local-language = In { $language }

## Errors

error-not-found-title = Page not found
error-not-found-text = The page you asked for does not exist.
error-bad-request-title = Something in the request is wrong
error-server-title = Something went wrong
error-server-text = Please try again in a moment.
error-back-home = Back to search

## Language names (used for "languages spoken here" and "shown in …")

language-da = Danish
language-en = English
language-ar = Arabic
language-so = Somali
language-tr = Turkish
language-fa = Persian
language-fa-af = Dari
language-ur = Urdu
language-ps = Pashto
language-ckb = Central Kurdish (Sorani)
language-kmr = Northern Kurdish (Kurmanji)
language-ti = Tigrinya
language-am = Amharic
language-uk = Ukrainian
language-ru = Russian
language-pl = Polish
language-ro = Romanian
language-bs = Bosnian
language-sq = Albanian
language-vi = Vietnamese
language-th = Thai
language-zh = Chinese (Simplified)
language-ta = Tamil
language-bn = Bengali
language-hi = Hindi
language-pa = Punjabi
language-es = Spanish
language-fr = French
language-de = German
language-sw = Swahili
language-om = Oromo
language-fil = Filipino

## The API page for partner sites (/{lang}/api). Operation texts stay in English.

api-title = Nabo's API for partner sites
api-intro = Municipalities and organisations can show Nabo's search on their own websites, or read the directory from their own systems. Everything below is public and free to use within the limits.
api-widget = Search on your website
api-widget-text = Paste these two lines into your page. Change the language and area, and use the key you got from Nabo's administrators.
api-keys = Keys and limits
api-keys-text = Without a key you may make a modest number of requests from each address. With a key you get your own limit; send it as "Authorization: Bearer" or as the "key" parameter. Answers can be cached: they carry ETag and Cache-Control.
api-formats = The machine-readable description and the Open Referral HSDS 3.0 endpoints
api-operations = Operations
api-needs-account = Needs an account's token (for editors).
api-parameters = Parameters
api-responses = Answers
api-col-name = Name
api-col-in = In
api-col-accepts = Accepts
api-col-description = Description
api-col-status = Status
api-required = required
api-accepts-list = a list of { $items }
api-accepts-one-of = one of: { $values }
api-accepts-range = from { $min } to { $max }
api-accepts-min = at least { $min }
api-accepts-max = at most { $max }
api-accepts-length = at most { $length } characters
api-accepts-pattern = written as { $pattern }
nav-api = For partner sites
