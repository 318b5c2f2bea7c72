## The volunteers' app on a phone: the filters in one line, read aloud, the saved list.

# The closed filter panel's line when filters are chosen, e.g. "Narrow down: Aarhus · Job centre · 2 more".
# $heading is search-filters-heading; $chosen lists the chosen municipality, category and the count below.
search-filters-chosen = { $heading }: { $chosen }
# How many other filters (access needs, open now, near me) are on.
search-filters-more = { $count ->
    [one] jeszcze { $count }
    [few] jeszcze { $count }
    [many] jeszcze { $count }
   *[other] jeszcze { $count }
}

# Read aloud: the phone's own speech voice reads the text in its language (nothing is sent anywhere).
read-aloud = Przeczytaj na głos
read-aloud-stop = Zatrzymaj czytanie

# The saved list: services kept in this browser only, which open without a connection.
saved-save = Zapisz na tym telefonie
saved-done = Zapisano na tym telefonie
saved-remove = Usuń
saved-link = Zapisane
saved-heading = Zapisane na tym telefonie
saved-intro = Przechowywane tylko w tej przeglądarce i nigdzie niewysyłane. Zapisane usługi i ich karty otwierają się bez internetu.
saved-empty = Nic jeszcze nie zapisano. Otwórz usługę i wybierz „Zapisz na tym telefonie”.
saved-needs-javascript = Lista zapisanych wymaga JavaScriptu w tej przeglądarce.
saved-card = Karta
# Shown above a page the phone shows from its saved copy; $age says how long ago it was saved, e.g. "3 days ago".
saved-copy = Tę kopię zapisano { $age }. Od tego czasu coś mogło się zmienić.
