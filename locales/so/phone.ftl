## The volunteers' app on a phone: the filters in one line, read aloud, the saved list.

# The closed filter panel's line when filters are chosen, e.g. "Narrow down: Aarhus · Job centre · 2 more".
# $heading is search-filters-heading; $chosen lists the chosen municipality, category and the count below.
search-filters-chosen = { $heading }: { $chosen }
# How many other filters (access needs, open now, near me) are on.
search-filters-more = { $count ->
    [one] { $count } kale
   *[other] { $count } kale
}

# Read aloud: the phone's own speech voice reads the text in its language (nothing is sent anywhere).
read-aloud = Kor u akhri
read-aloud-stop = Jooji akhrinta

# The saved list: services kept in this browser only, which open without a connection.
saved-save = Ku kaydi taleefankan
saved-done = Waa lagu kaydiyay taleefankan
saved-remove = Ka saar
saved-link = La kaydiyay
saved-heading = Waxa lagu kaydiyay taleefankan
saved-intro = Waxaa lagu hayaa browser-kan oo keliya, meelna looma diro. Adeegyada la kaydiyay iyo kaarkooda internet la'aan ayaa la furi karaa.
saved-empty = Weli waxba lama kaydin. Fur adeeg oo dooro “Ku kaydi taleefankan”.
saved-needs-javascript = Liiska la kaydiyay wuxuu u baahan yahay JavaScript browser-kan.
saved-card = Kaar
# Shown above a page the phone shows from its saved copy; $age says how long ago it was saved, e.g. "3 days ago".
saved-copy = Kani waa nuqul la kaydiyay { $age }. Waxaa laga yaabaa in wax isbeddeleen tan iyo markaas.
