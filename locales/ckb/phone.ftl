## The volunteers' app on a phone: the filters in one line, read aloud, the saved list.

# The closed filter panel's line when filters are chosen, e.g. "Narrow down: Aarhus · Job centre · 2 more".
# $heading is search-filters-heading; $chosen lists the chosen municipality, category and the count below.
search-filters-chosen = { $heading }: { $chosen }
# How many other filters (access needs, open now, near me) are on.
search-filters-more = { $count ->
    [one] { $count } دانەی تر
   *[other] { $count } دانەی تر
}

# Read aloud: the phone's own speech voice reads the text in its language (nothing is sent anywhere).
read-aloud = خوێندنەوە بە دەنگی بەرز
read-aloud-stop = ڕاگرتنی خوێندنەوە

# The saved list: services kept in this browser only, which open without a connection.
saved-save = پاشەکەوتکردن لەم مۆبایلە
saved-done = لەم مۆبایلە پاشەکەوت کرا
saved-remove = لابردن
saved-link = پاشەکەوتکراوەکان
saved-heading = پاشەکەوتکراوەکان لەم مۆبایلە
saved-intro = تەنها لەم وێبگەڕەدا هەڵدەگیرێت و بۆ هیچ شوێنێک نانێردرێت. خزمەتگوزارییە پاشەکەوتکراوەکان و کارتەکانیان بێ ئینتەرنێتیش دەکرێنەوە.
saved-empty = هێشتا هیچ شتێک پاشەکەوت نەکراوە. خزمەتگوزارییەک بکەرەوە و «پاشەکەوتکردن لەم مۆبایلە» هەڵبژێرە.
saved-needs-javascript = لیستی پاشەکەوتکراوەکان لەم وێبگەڕەدا پێویستی بە JavaScript هەیە.
saved-card = کارت
# Shown above a page the phone shows from its saved copy; $age says how long ago it was saved, e.g. "3 days ago".
saved-copy = ئەم کۆپییە { $age } پاشەکەوت کراوە. لەوانەیە لەو کاتەوە شتێک گۆڕابێت.
