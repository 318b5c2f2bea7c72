## The volunteers' app on a phone: the filters in one line, read aloud, the saved list.

# The closed filter panel's line when filters are chosen, e.g. "Narrow down: Aarhus · Job centre · 2 more".
# $heading is search-filters-heading; $chosen lists the chosen municipality, category and the count below.
search-filters-chosen = { $heading }: { $chosen }
# How many other filters (access needs, open now, near me) are on.
search-filters-more = { $count ->
    [one] ще { $count }
    [few] ще { $count }
    [many] ще { $count }
   *[other] ще { $count }
}

# Read aloud: the phone's own speech voice reads the text in its language (nothing is sent anywhere).
read-aloud = Прочитати вголос
read-aloud-stop = Зупинити читання

# The saved list: services kept in this browser only, which open without a connection.
saved-save = Зберегти на цьому телефоні
saved-done = Збережено на цьому телефоні
saved-remove = Видалити
saved-link = Збережене
saved-heading = Збережене на цьому телефоні
saved-intro = Зберігається лише в цьому браузері й нікуди не надсилається. Збережені служби та їхні картки відкриваються без інтернету.
saved-empty = Поки що нічого не збережено. Відкрийте службу й натисніть «Зберегти на цьому телефоні».
saved-needs-javascript = Для списку збереженого потрібен JavaScript у цьому браузері.
saved-card = Картка
# Shown above a page the phone shows from its saved copy; $age says how long ago it was saved, e.g. "3 days ago".
saved-copy = Цю копію збережено { $age }. Відтоді щось могло змінитися.
