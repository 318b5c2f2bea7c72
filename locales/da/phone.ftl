## The volunteers' app on a phone: the filters in one line, read aloud, the saved list.

# The closed filter panel's line when filters are chosen, e.g. "Narrow down: Aarhus · Job centre · 2 more".
# $heading is search-filters-heading; $chosen lists the chosen municipality, category and the count below.
search-filters-chosen = { $heading }: { $chosen }
# How many other filters (access needs, open now, near me) are on.
search-filters-more = { $count ->
    [one] { $count } mere
   *[other] { $count } mere
}

# Read aloud: the phone's own speech voice reads the text in its language (nothing is sent anywhere).
read-aloud = Læs højt
read-aloud-stop = Stop oplæsningen

# The saved list: services kept in this browser only, which open without a connection.
saved-save = Gem på denne telefon
saved-done = Gemt på denne telefon
saved-remove = Fjern
saved-link = Gemte
saved-heading = Gemt på denne telefon
saved-intro = Ligger kun i denne browser og sendes aldrig videre. Gemte tilbud og deres kort kan åbnes uden internet.
saved-empty = Intet er gemt endnu. Åbn et tilbud, og vælg »Gem på denne telefon«.
saved-needs-javascript = Listen over gemte tilbud kræver JavaScript i denne browser.
saved-card = Kort
# Shown above a page the phone shows from its saved copy; $age says how long ago it was saved, e.g. "3 days ago".
saved-copy = Denne kopi blev gemt { $age }. Noget kan have ændret sig i mellemtiden.
