## The volunteers' app on a phone: the filters in one line, read aloud, the saved list.

# The closed filter panel's line when filters are chosen, e.g. "Narrow down: Aarhus · Job centre · 2 more".
# $heading is search-filters-heading; $chosen lists the chosen municipality, category and the count below.
search-filters-chosen = { $heading }: { $chosen }
# How many other filters (access needs, open now, near me) are on.
search-filters-more = { $count ->
    [one] { $count } اور فلٹر
   *[other] { $count } اور فلٹر
}

# Read aloud: the phone's own speech voice reads the text in its language (nothing is sent anywhere).
read-aloud = بلند آواز میں پڑھیں
read-aloud-stop = پڑھنا بند کریں

# The saved list: services kept in this browser only, which open without a connection.
saved-save = اس فون پر محفوظ کریں
saved-done = اس فون پر محفوظ ہے
saved-remove = ہٹائیں
saved-link = محفوظ شدہ
saved-heading = اس فون پر محفوظ شدہ
saved-intro = صرف اسی براؤزر میں رکھا جاتا ہے اور کہیں نہیں بھیجا جاتا۔ محفوظ کی گئی سروسز اور ان کے کارڈ انٹرنیٹ کے بغیر بھی کھلتے ہیں۔
saved-empty = ابھی کچھ محفوظ نہیں کیا گیا۔ کوئی سروس کھولیں اور "اس فون پر محفوظ کریں" چنیں۔
saved-needs-javascript = محفوظ شدہ فہرست کے لیے اس براؤزر میں JavaScript ضروری ہے۔
saved-card = کارڈ
# Shown above a page the phone shows from its saved copy; $age says how long ago it was saved, e.g. "3 days ago".
saved-copy = یہ کاپی { $age } محفوظ کی گئی تھی۔ ہو سکتا ہے اس کے بعد کچھ بدل گیا ہو۔
