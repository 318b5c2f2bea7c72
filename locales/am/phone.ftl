## The volunteers' app on a phone: the filters in one line, read aloud, the saved list.

# The closed filter panel's line when filters are chosen, e.g. "Narrow down: Aarhus · Job centre · 2 more".
# $heading is search-filters-heading; $chosen lists the chosen municipality, category and the count below.
search-filters-chosen = { $heading }: { $chosen }
# How many other filters (access needs, open now, near me) are on.
search-filters-more = { $count ->
    [one] ተጨማሪ { $count }
   *[other] ተጨማሪ { $count }
}

# Read aloud: the phone's own speech voice reads the text in its language (nothing is sent anywhere).
read-aloud = በድምፅ ያንብቡ
read-aloud-stop = ንባቡን ያቁሙ

# The saved list: services kept in this browser only, which open without a connection.
saved-save = በዚህ ስልክ ላይ ያስቀምጡ
saved-done = በዚህ ስልክ ላይ ተቀምጧል
saved-remove = ያስወግዱ
saved-link = የተቀመጡ
saved-heading = በዚህ ስልክ ላይ የተቀመጡ
saved-intro = የሚቀመጠው በዚህ አሳሽ ውስጥ ብቻ ነው፤ ወደ የትም አይላክም። የተቀመጡ አገልግሎቶችና ካርዶቻቸው ያለ ኢንተርኔት ይከፈታሉ።
saved-empty = እስካሁን ምንም አልተቀመጠም። አንድ አገልግሎት ይክፈቱና «በዚህ ስልክ ላይ ያስቀምጡ» የሚለውን ይምረጡ።
saved-needs-javascript = የተቀመጡት ዝርዝር በዚህ አሳሽ ውስጥ JavaScript ያስፈልገዋል።
saved-card = ካርድ
# Shown above a page the phone shows from its saved copy; $age says how long ago it was saved, e.g. "3 days ago".
saved-copy = ይህ ቅጂ { $age } የተቀመጠ ነው። ከዚያ ወዲህ የተቀየረ ነገር ሊኖር ይችላል።
