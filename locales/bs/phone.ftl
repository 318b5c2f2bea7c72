## The volunteers' app on a phone: the filters in one line, read aloud, the saved list.

# The closed filter panel's line when filters are chosen, e.g. "Narrow down: Aarhus · Job centre · 2 more".
# $heading is search-filters-heading; $chosen lists the chosen municipality, category and the count below.
search-filters-chosen = { $heading }: { $chosen }
# How many other filters (access needs, open now, near me) are on.
search-filters-more = { $count ->
    [one] još { $count }
    [few] još { $count }
   *[other] još { $count }
}

# Read aloud: the phone's own speech voice reads the text in its language (nothing is sent anywhere).
read-aloud = Pročitaj naglas
read-aloud-stop = Zaustavi čitanje

# The saved list: services kept in this browser only, which open without a connection.
saved-save = Sačuvaj na ovom telefonu
saved-done = Sačuvano na ovom telefonu
saved-remove = Ukloni
saved-link = Sačuvano
saved-heading = Sačuvano na ovom telefonu
saved-intro = Čuva se samo u ovom pregledniku i nikada se nikome ne šalje. Sačuvane službe i njihove kartice otvaraju se i bez interneta.
saved-empty = Još ništa nije sačuvano. Otvorite službu i odaberite „Sačuvaj na ovom telefonu“.
saved-needs-javascript = Za listu sačuvanih potreban je JavaScript u ovom pregledniku.
saved-card = Kartica
# Shown above a page the phone shows from its saved copy; $age says how long ago it was saved, e.g. "3 days ago".
saved-copy = Ova kopija je sačuvana { $age }. Od tada se nešto moglo promijeniti.
