## The volunteers' app on a phone: the filters in one line, read aloud, the saved list.

# The closed filter panel's line when filters are chosen, e.g. "Narrow down: Aarhus · Job centre · 2 more".
# $heading is search-filters-heading; $chosen lists the chosen municipality, category and the count below.
search-filters-chosen = { $heading }: { $chosen }
# How many other filters (access needs, open now, near me) are on.
search-filters-more = { $count ->
    [one] { $count } dabalataa
   *[other] { $count } dabalataa
}

# Read aloud: the phone's own speech voice reads the text in its language (nothing is sent anywhere).
read-aloud = Sagaleedhaan dubbisaa
read-aloud-stop = Dubbisuu dhaabaa

# The saved list: services kept in this browser only, which open without a connection.
saved-save = Bilbila kana irratti olkaa'aa
saved-done = Bilbila kana irratti olkaa'ameera
saved-remove = Haqaa
saved-link = Kan olkaa'aman
saved-heading = Bilbila kana irratti kan olkaa'aman
saved-intro = Browser kana qofa keessatti kuufama, bakka kamittuu hin ergamu. Tajaajilawwan olkaa'aman fi kaardiiwwan isaanii interneetii malee ni banamu.
saved-empty = Ammaaf wanti olkaa'ame hin jiru. Tajaajila tokko banaatii “Bilbila kana irratti olkaa'aa” filadhaa.
saved-needs-javascript = Tarreen kan olkaa'amanii browser kana keessatti JavaScript barbaada.
saved-card = Kaardii
# Shown above a page the phone shows from its saved copy; $age says how long ago it was saved, e.g. "3 days ago".
saved-copy = Garagalchi kun { $age } olkaa'ame. Sana booda wanti jijjiirame jiraachuu danda'a.
