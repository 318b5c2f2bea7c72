## The volunteers' app on a phone: the filters in one line, read aloud, the saved list.

# The closed filter panel's line when filters are chosen, e.g. "Narrow down: Aarhus · Job centre · 2 more".
# $heading is search-filters-heading; $chosen lists the chosen municipality, category and the count below.
search-filters-chosen = { $heading }: { $chosen }
# How many other filters (access needs, open now, near me) are on.
search-filters-more = { $count ->
    [one] { $count } zaidi
   *[other] { $count } zaidi
}

# Read aloud: the phone's own speech voice reads the text in its language (nothing is sent anywhere).
read-aloud = Soma kwa sauti
read-aloud-stop = Acha kusoma

# The saved list: services kept in this browser only, which open without a connection.
saved-save = Hifadhi kwenye simu hii
saved-done = Imehifadhiwa kwenye simu hii
saved-remove = Ondoa
saved-link = Vilivyohifadhiwa
saved-heading = Vilivyohifadhiwa kwenye simu hii
saved-intro = Vinahifadhiwa kwenye kivinjari hiki tu na havitumwi popote. Huduma zilizohifadhiwa na kadi zake hufunguka bila mtandao.
saved-empty = Bado hakuna kilichohifadhiwa. Fungua huduma kisha uchague “Hifadhi kwenye simu hii”.
saved-needs-javascript = Orodha ya vilivyohifadhiwa inahitaji JavaScript kwenye kivinjari hiki.
saved-card = Kadi
# Shown above a page the phone shows from its saved copy; $age says how long ago it was saved, e.g. "3 days ago".
saved-copy = Nakala hii ilihifadhiwa { $age }. Huenda kuna kilichobadilika tangu hapo.
