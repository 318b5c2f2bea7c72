## The volunteers' app on a phone: the filters in one line, read aloud, the saved list.

# The closed filter panel's line when filters are chosen, e.g. "Narrow down: Aarhus · Job centre · 2 more".
# $heading is search-filters-heading; $chosen lists the chosen municipality, category and the count below.
search-filters-chosen = { $heading }: { $chosen }
# How many other filters (access needs, open now, near me) are on.
search-filters-more = { $count ->
    [one] { $count } نور فلټر
   *[other] { $count } نور فلټرونه
}

# Read aloud: the phone's own speech voice reads the text in its language (nothing is sent anywhere).
read-aloud = په لوړ غږ لوستل
read-aloud-stop = لوستل ودرول

# The saved list: services kept in this browser only, which open without a connection.
saved-save = په دې ټلیفون کې خوندي کړئ
saved-done = په دې ټلیفون کې خوندي شو
saved-remove = لرې کړئ
saved-link = خوندي شوي
saved-heading = په دې ټلیفون کې خوندي شوي
saved-intro = یوازې په دې براوزر کې ساتل کېږي او هېچېرته نه لېږل کېږي. خوندي شوي خدمتونه او د هغو کارتونه له انټرنېټ پرته هم پرانیستل کېږي.
saved-empty = تر اوسه هیڅ نه دي خوندي شوي. یو خدمت پرانیزئ او «په دې ټلیفون کې خوندي کړئ» وټاکئ.
saved-needs-javascript = د خوندي شویو لېست په دې براوزر کې JavaScript ته اړتیا لري.
saved-card = کارت
# Shown above a page the phone shows from its saved copy; $age says how long ago it was saved, e.g. "3 days ago".
saved-copy = دا کاپي { $age } خوندي شوې ده. کېدای شي له هغه وخته راهیسې څه بدل شوي وي.
