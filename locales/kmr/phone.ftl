## The volunteers' app on a phone: the filters in one line, read aloud, the saved list.

# The closed filter panel's line when filters are chosen, e.g. "Narrow down: Aarhus · Job centre · 2 more".
# $heading is search-filters-heading; $chosen lists the chosen municipality, category and the count below.
search-filters-chosen = { $heading }: { $chosen }
# How many other filters (access needs, open now, near me) are on.
search-filters-more = { $count ->
    [one] { $count } zêdetir
   *[other] { $count } zêdetir
}

# Read aloud: the phone's own speech voice reads the text in its language (nothing is sent anywhere).
read-aloud = Bi dengê bilind bixwînin
read-aloud-stop = Xwendinê rawestînin

# The saved list: services kept in this browser only, which open without a connection.
saved-save = Li vê telefonê tomar bikin
saved-done = Li vê telefonê hat tomarkirin
saved-remove = Rakin
saved-link = Yên tomarkirî
saved-heading = Li vê telefonê tomarkirî
saved-intro = Tenê di vê gerokê de tê hilanîn û tu carî nayê şandin tu derê. Xizmetên tomarkirî û kartên wan bê înternet jî vedibin.
saved-empty = Hîn tiştek nehatiye tomarkirin. Xizmetekê vekin û "Li vê telefonê tomar bikin" hilbijêrin.
saved-needs-javascript = Lîsteya tomarkiriyan di vê gerokê de JavaScript dixwaze.
saved-card = Kart
# Shown above a page the phone shows from its saved copy; $age says how long ago it was saved, e.g. "3 days ago".
saved-copy = Ev kopî { $age } hatiye tomarkirin. Dibe ku ji wê demê ve tiştek guherîbe.
