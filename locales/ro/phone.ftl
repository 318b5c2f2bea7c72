## The volunteers' app on a phone: the filters in one line, read aloud, the saved list.

# The closed filter panel's line when filters are chosen, e.g. "Narrow down: Aarhus · Job centre · 2 more".
# $heading is search-filters-heading; $chosen lists the chosen municipality, category and the count below.
search-filters-chosen = { $heading }: { $chosen }
# How many other filters (access needs, open now, near me) are on.
search-filters-more = { $count ->
    [one] încă { $count }
    [few] încă { $count }
   *[other] încă { $count }
}

# Read aloud: the phone's own speech voice reads the text in its language (nothing is sent anywhere).
read-aloud = Citiți cu voce tare
read-aloud-stop = Opriți citirea

# The saved list: services kept in this browser only, which open without a connection.
saved-save = Salvați pe acest telefon
saved-done = Salvat pe acest telefon
saved-remove = Eliminați
saved-link = Salvate
saved-heading = Salvate pe acest telefon
saved-intro = Sunt păstrate doar în acest browser și nu sunt trimise nicăieri. Serviciile salvate și cartonașele lor se deschid și fără internet.
saved-empty = Nu ați salvat nimic încă. Deschideți un serviciu și alegeți „Salvați pe acest telefon”.
saved-needs-javascript = Lista serviciilor salvate are nevoie de JavaScript în acest browser.
saved-card = Cartonaș
# Shown above a page the phone shows from its saved copy; $age says how long ago it was saved, e.g. "3 days ago".
saved-copy = Această copie a fost salvată { $age }. Între timp, este posibil să se fi schimbat ceva.
