## The volunteers' app on a phone: the filters in one line, read aloud, the saved list.

# The closed filter panel's line when filters are chosen, e.g. "Narrow down: Aarhus · Job centre · 2 more".
# $heading is search-filters-heading; $chosen lists the chosen municipality, category and the count below.
search-filters-chosen = { $heading }: { $chosen }
# How many other filters (access needs, open now, near me) are on.
search-filters-more = { $count ->
    [one] { $count } weiterer
   *[other] { $count } weitere
}

# Read aloud: the phone's own speech voice reads the text in its language (nothing is sent anywhere).
read-aloud = Vorlesen
read-aloud-stop = Vorlesen beenden

# The saved list: services kept in this browser only, which open without a connection.
saved-save = Auf diesem Handy speichern
saved-done = Auf diesem Handy gespeichert
saved-remove = Entfernen
saved-link = Gespeichert
saved-heading = Auf diesem Handy gespeichert
saved-intro = Nur in diesem Browser gespeichert und nie irgendwohin gesendet. Gespeicherte Angebote und ihre Karten öffnen sich auch ohne Internet.
saved-empty = Noch nichts gespeichert. Öffnen Sie ein Angebot und wählen Sie „Auf diesem Handy speichern“.
saved-needs-javascript = Die Liste der gespeicherten Angebote braucht JavaScript in diesem Browser.
saved-card = Karte
# Shown above a page the phone shows from its saved copy; $age says how long ago it was saved, e.g. "3 days ago".
saved-copy = Diese Kopie wurde { $age } gespeichert. Seitdem kann sich etwas geändert haben.
