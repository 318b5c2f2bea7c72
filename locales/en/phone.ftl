## The volunteers' app on a phone: the filters in one line, read aloud, the saved list.

# The closed filter panel's line when filters are chosen, e.g. "Narrow down: Aarhus · Job centre · 2 more".
# $heading is search-filters-heading; $chosen lists the chosen municipality, category and the count below.
search-filters-chosen = { $heading }: { $chosen }
# How many other filters (access needs, open now, near me) are on.
search-filters-more = { $count ->
    [one] 1 more
   *[other] { $count } more
}

# Read aloud: the phone's own speech voice reads the text in its language (nothing is sent anywhere).
read-aloud = Read aloud
read-aloud-stop = Stop reading

# The saved list: services kept in this browser only, which open without a connection.
saved-save = Save on this phone
saved-done = Saved on this phone
saved-remove = Remove
saved-link = Saved
saved-heading = Saved on this phone
saved-intro = Kept only in this browser and never sent anywhere. Saved services and their cards open without a connection.
saved-empty = Nothing is saved yet. Open a service and choose "Save on this phone".
saved-needs-javascript = The saved list needs JavaScript in this browser.
saved-card = Card
# Shown above a page the phone shows from its saved copy; $age says how long ago it was saved, e.g. "3 days ago".
saved-copy = This is a saved copy from { $age }. It may have changed since.
