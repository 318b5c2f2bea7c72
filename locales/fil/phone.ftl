## The volunteers' app on a phone: the filters in one line, read aloud, the saved list.

# The closed filter panel's line when filters are chosen, e.g. "Narrow down: Aarhus · Job centre · 2 more".
# $heading is search-filters-heading; $chosen lists the chosen municipality, category and the count below.
search-filters-chosen = { $heading }: { $chosen }
# How many other filters (access needs, open now, near me) are on.
search-filters-more = { $count ->
    [one] { $count } pa
   *[other] { $count } pa
}

# Read aloud: the phone's own speech voice reads the text in its language (nothing is sent anywhere).
read-aloud = Basahin nang malakas
read-aloud-stop = Itigil ang pagbasa

# The saved list: services kept in this browser only, which open without a connection.
saved-save = I-save sa phone na ito
saved-done = Na-save sa phone na ito
saved-remove = Alisin
saved-link = Mga na-save
saved-heading = Na-save sa phone na ito
saved-intro = Sa browser na ito lang nakatago at hindi ipinapadala kahit saan. Nabubuksan ang mga na-save na serbisyo at ang mga card nila kahit walang internet.
saved-empty = Wala pang naka-save. Magbukas ng serbisyo at piliin ang “I-save sa phone na ito”.
saved-needs-javascript = Kailangan ng JavaScript sa browser na ito para sa listahan ng mga na-save.
saved-card = Card
# Shown above a page the phone shows from its saved copy; $age says how long ago it was saved, e.g. "3 days ago".
saved-copy = Kopya ito na na-save { $age }. Baka may nagbago na mula noon.
