## The volunteers' app on a phone: the filters in one line, read aloud, the saved list.

# The closed filter panel's line when filters are chosen, e.g. "Narrow down: Aarhus · Job centre · 2 more".
# $heading is search-filters-heading; $chosen lists the chosen municipality, category and the count below.
search-filters-chosen = { $heading }: { $chosen }
# How many other filters (access needs, open now, near me) are on.
search-filters-more = { $count ->
    [one] { $count } filtre daha
   *[other] { $count } filtre daha
}

# Read aloud: the phone's own speech voice reads the text in its language (nothing is sent anywhere).
read-aloud = Sesli oku
read-aloud-stop = Okumayı durdur

# The saved list: services kept in this browser only, which open without a connection.
saved-save = Bu telefona kaydet
saved-done = Bu telefona kaydedildi
saved-remove = Kaldır
saved-link = Kaydedilenler
saved-heading = Bu telefona kaydedilenler
saved-intro = Yalnızca bu tarayıcıda tutulur ve hiçbir yere gönderilmez. Kaydedilen hizmetler ve kartları internet olmadan da açılır.
saved-empty = Henüz kaydedilen bir şey yok. Bir hizmeti açın ve “Bu telefona kaydet” düğmesine dokunun.
saved-needs-javascript = Kaydedilenler listesi için bu tarayıcıda JavaScript gerekir.
saved-card = Kart
# Shown above a page the phone shows from its saved copy; $age says how long ago it was saved, e.g. "3 days ago".
saved-copy = Bu kopya { $age } kaydedildi. O zamandan beri bir şeyler değişmiş olabilir.
