## The volunteers' app on a phone: the filters in one line, read aloud, the saved list.

# The closed filter panel's line when filters are chosen, e.g. "Narrow down: Aarhus · Job centre · 2 more".
# $heading is search-filters-heading; $chosen lists the chosen municipality, category and the count below.
search-filters-chosen = { $heading }: { $chosen }
# How many other filters (access needs, open now, near me) are on.
search-filters-more = { $count ->
    [one] ተወሳኺ { $count }
   *[other] ተወሳኺ { $count }
}

# Read aloud: the phone's own speech voice reads the text in its language (nothing is sent anywhere).
read-aloud = ብድምጺ ኣንብቡ
read-aloud-stop = ንባብ ደው ኣብሉ

# The saved list: services kept in this browser only, which open without a connection.
saved-save = ኣብዚ ተሌፎን ዓቅቡ
saved-done = ኣብዚ ተሌፎን ተዓቂቡ
saved-remove = ኣልግሱ
saved-link = ዝተዓቀቡ
saved-heading = ኣብዚ ተሌፎን ዝተዓቀቡ
saved-intro = ኣብዚ ብራውዘር ጥራይ እዩ ዝዕቀብ፣ ናብ ዝኾነ ቦታ ኣይለኣኽን። ዝተዓቀቡ ኣገልግሎታትን ካርድታቶምን ብዘይ ኢንተርነት ይኽፈቱ።
saved-empty = ክሳብ ሕጂ ዝተዓቀበ የለን። ሓደ ኣገልግሎት ክፈቱ እሞ «ኣብዚ ተሌፎን ዓቅቡ» ምረጹ።
saved-needs-javascript = ዝርዝር ዝተዓቀቡ ኣብዚ ብራውዘር JavaScript የድልዮ።
saved-card = ካርድ
# Shown above a page the phone shows from its saved copy; $age says how long ago it was saved, e.g. "3 days ago".
saved-copy = እዚ ቅዳሕ { $age } እዩ ተዓቂቡ። ካብ ሽዑ ንደሓር ገለ ነገር ተቐይሩ ክኸውን ይኽእል።
