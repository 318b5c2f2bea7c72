## The volunteers' app on a phone: the filters in one line, read aloud, the saved list.

# The closed filter panel's line when filters are chosen, e.g. "Narrow down: Aarhus · Job centre · 2 more".
# $heading is search-filters-heading; $chosen lists the chosen municipality, category and the count below.
search-filters-chosen = { $heading }: { $chosen }
# How many other filters (access needs, open now, near me) are on.
search-filters-more = { $count ->
    [one] { $count } और
   *[other] { $count } और
}

# Read aloud: the phone's own speech voice reads the text in its language (nothing is sent anywhere).
read-aloud = पढ़कर सुनाएँ
read-aloud-stop = पढ़ना बंद करें

# The saved list: services kept in this browser only, which open without a connection.
saved-save = इस फ़ोन पर सेव करें
saved-done = इस फ़ोन पर सेव है
saved-remove = हटाएँ
saved-link = सेव किए गए
saved-heading = इस फ़ोन पर सेव किए गए
saved-intro = सिर्फ़ इसी ब्राउज़र में रखा जाता है और कहीं नहीं भेजा जाता। सेव की गई सेवाएँ और उनके कार्ड बिना इंटरनेट के भी खुलते हैं।
saved-empty = अभी कुछ भी सेव नहीं किया गया है। कोई सेवा खोलें और “इस फ़ोन पर सेव करें” चुनें।
saved-needs-javascript = सेव की गई सूची के लिए इस ब्राउज़र में JavaScript ज़रूरी है।
saved-card = कार्ड
# Shown above a page the phone shows from its saved copy; $age says how long ago it was saved, e.g. "3 days ago".
saved-copy = यह कॉपी { $age } सेव की गई थी। हो सकता है तब से कुछ बदल गया हो।
