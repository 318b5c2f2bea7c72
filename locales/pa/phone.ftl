## The volunteers' app on a phone: the filters in one line, read aloud, the saved list.

# The closed filter panel's line when filters are chosen, e.g. "Narrow down: Aarhus · Job centre · 2 more".
# $heading is search-filters-heading; $chosen lists the chosen municipality, category and the count below.
search-filters-chosen = { $heading }: { $chosen }
# How many other filters (access needs, open now, near me) are on.
search-filters-more = { $count ->
    [one] { $count } ਹੋਰ
   *[other] { $count } ਹੋਰ
}

# Read aloud: the phone's own speech voice reads the text in its language (nothing is sent anywhere).
read-aloud = ਪੜ੍ਹ ਕੇ ਸੁਣਾਓ
read-aloud-stop = ਪੜ੍ਹਨਾ ਬੰਦ ਕਰੋ

# The saved list: services kept in this browser only, which open without a connection.
saved-save = ਇਸ ਫ਼ੋਨ 'ਤੇ ਸੇਵ ਕਰੋ
saved-done = ਇਸ ਫ਼ੋਨ 'ਤੇ ਸੇਵ ਹੈ
saved-remove = ਹਟਾਓ
saved-link = ਸੇਵ ਕੀਤੇ
saved-heading = ਇਸ ਫ਼ੋਨ 'ਤੇ ਸੇਵ ਕੀਤੇ
saved-intro = ਸਿਰਫ਼ ਇਸੇ ਬ੍ਰਾਊਜ਼ਰ ਵਿੱਚ ਰੱਖਿਆ ਜਾਂਦਾ ਹੈ ਅਤੇ ਕਿਤੇ ਨਹੀਂ ਭੇਜਿਆ ਜਾਂਦਾ। ਸੇਵ ਕੀਤੀਆਂ ਸੇਵਾਵਾਂ ਅਤੇ ਉਹਨਾਂ ਦੇ ਕਾਰਡ ਇੰਟਰਨੈੱਟ ਤੋਂ ਬਿਨਾਂ ਵੀ ਖੁੱਲ੍ਹਦੇ ਹਨ।
saved-empty = ਹਾਲੇ ਕੁਝ ਵੀ ਸੇਵ ਨਹੀਂ ਕੀਤਾ ਗਿਆ। ਕੋਈ ਸੇਵਾ ਖੋਲ੍ਹੋ ਅਤੇ “ਇਸ ਫ਼ੋਨ 'ਤੇ ਸੇਵ ਕਰੋ” ਚੁਣੋ।
saved-needs-javascript = ਸੇਵ ਕੀਤੀ ਸੂਚੀ ਲਈ ਇਸ ਬ੍ਰਾਊਜ਼ਰ ਵਿੱਚ JavaScript ਚਾਹੀਦੀ ਹੈ।
saved-card = ਕਾਰਡ
# Shown above a page the phone shows from its saved copy; $age says how long ago it was saved, e.g. "3 days ago".
saved-copy = ਇਹ ਕਾਪੀ { $age } ਸੇਵ ਕੀਤੀ ਗਈ ਸੀ। ਹੋ ਸਕਦਾ ਹੈ ਉਦੋਂ ਤੋਂ ਕੁਝ ਬਦਲ ਗਿਆ ਹੋਵੇ।
