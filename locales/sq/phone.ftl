## The volunteers' app on a phone: the filters in one line, read aloud, the saved list.

# The closed filter panel's line when filters are chosen, e.g. "Narrow down: Aarhus · Job centre · 2 more".
# $heading is search-filters-heading; $chosen lists the chosen municipality, category and the count below.
search-filters-chosen = { $heading }: { $chosen }
# How many other filters (access needs, open now, near me) are on.
search-filters-more = { $count ->
    [one] { $count } tjetër
   *[other] { $count } të tjera
}

# Read aloud: the phone's own speech voice reads the text in its language (nothing is sent anywhere).
read-aloud = Lexo me zë
read-aloud-stop = Ndalo leximin

# The saved list: services kept in this browser only, which open without a connection.
saved-save = Ruaj në këtë telefon
saved-done = U ruajt në këtë telefon
saved-remove = Hiq
saved-link = Të ruajturat
saved-heading = Të ruajtura në këtë telefon
saved-intro = Ruhen vetëm në këtë shfletues dhe nuk dërgohen askund. Shërbimet e ruajtura dhe kartat e tyre hapen pa internet.
saved-empty = Ende nuk është ruajtur asgjë. Hapni një shërbim dhe zgjidhni „Ruaj në këtë telefon“.
saved-needs-javascript = Lista e të ruajturave kërkon JavaScript në këtë shfletues.
saved-card = Karta
# Shown above a page the phone shows from its saved copy; $age says how long ago it was saved, e.g. "3 days ago".
saved-copy = Kjo kopje u ruajt { $age }. Mund të ketë ndryshuar diçka që atëherë.
