## The volunteers' app on a phone: the filters in one line, read aloud, the saved list.

# The closed filter panel's line when filters are chosen, e.g. "Narrow down: Aarhus · Job centre · 2 more".
# $heading is search-filters-heading; $chosen lists the chosen municipality, category and the count below.
search-filters-chosen = { $heading } : { $chosen }
# How many other filters (access needs, open now, near me) are on.
search-filters-more = { $count ->
    [one] { $count } autre
    [many] { $count } autres
   *[other] { $count } autres
}

# Read aloud: the phone's own speech voice reads the text in its language (nothing is sent anywhere).
read-aloud = Lire à voix haute
read-aloud-stop = Arrêter la lecture

# The saved list: services kept in this browser only, which open without a connection.
saved-save = Enregistrer sur ce téléphone
saved-done = Enregistré sur ce téléphone
saved-remove = Retirer
saved-link = Enregistrés
saved-heading = Enregistrés sur ce téléphone
saved-intro = Conservés uniquement dans ce navigateur et jamais envoyés ailleurs. Les services enregistrés et leurs cartes s'ouvrent sans connexion.
saved-empty = Rien n'est encore enregistré. Ouvrez un service et choisissez « Enregistrer sur ce téléphone ».
saved-needs-javascript = La liste des services enregistrés a besoin de JavaScript dans ce navigateur.
saved-card = Carte
# Shown above a page the phone shows from its saved copy; $age says how long ago it was saved, e.g. "3 days ago".
saved-copy = Cette copie a été enregistrée { $age }. Des informations ont pu changer depuis.
