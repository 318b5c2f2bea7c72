## The volunteers' app on a phone: the filters in one line, read aloud, the saved list.

# The closed filter panel's line when filters are chosen, e.g. "Narrow down: Aarhus · Job centre · 2 more".
# $heading is search-filters-heading; $chosen lists the chosen municipality, category and the count below.
search-filters-chosen = { $heading }: { $chosen }
# How many other filters (access needs, open now, near me) are on.
search-filters-more = { $count ->
    [one] ещё { $count }
    [few] ещё { $count }
    [many] ещё { $count }
   *[other] ещё { $count }
}

# Read aloud: the phone's own speech voice reads the text in its language (nothing is sent anywhere).
read-aloud = Прочитать вслух
read-aloud-stop = Остановить чтение

# The saved list: services kept in this browser only, which open without a connection.
saved-save = Сохранить на этом телефоне
saved-done = Сохранено на этом телефоне
saved-remove = Удалить
saved-link = Сохранённое
saved-heading = Сохранённое на этом телефоне
saved-intro = Хранится только в этом браузере и никуда не отправляется. Сохранённые службы и их карточки открываются без интернета.
saved-empty = Пока ничего не сохранено. Откройте службу и нажмите «Сохранить на этом телефоне».
saved-needs-javascript = Для списка сохранённого нужен JavaScript в этом браузере.
saved-card = Карточка
# Shown above a page the phone shows from its saved copy; $age says how long ago it was saved, e.g. "3 days ago".
saved-copy = Эта копия сохранена { $age }. С тех пор что-то могло измениться.
