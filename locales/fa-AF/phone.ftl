## The volunteers' app on a phone: the filters in one line, read aloud, the saved list.

# The closed filter panel's line when filters are chosen, e.g. "Narrow down: Aarhus · Job centre · 2 more".
# $heading is search-filters-heading; $chosen lists the chosen municipality, category and the count below.
search-filters-chosen = { $heading }: { $chosen }
# How many other filters (access needs, open now, near me) are on.
search-filters-more = { $count ->
    [one] { $count } فلتر دیگر
   *[other] { $count } فلتر دیگر
}

# Read aloud: the phone's own speech voice reads the text in its language (nothing is sent anywhere).
read-aloud = خواندن با آواز بلند
read-aloud-stop = توقف خواندن

# The saved list: services kept in this browser only, which open without a connection.
saved-save = ذخیره در این موبایل
saved-done = در این موبایل ذخیره شد
saved-remove = حذف
saved-link = ذخیره‌شده‌ها
saved-heading = ذخیره‌شده در این موبایل
saved-intro = فقط در همین براوزر نگه داشته می‌شود و به هیچ جای دیگر فرستاده نمی‌شود. خدمات ذخیره‌شده و کارت‌های آن‌ها بدون انترنت هم باز می‌شوند.
saved-empty = هنوز چیزی ذخیره نشده است. یک خدمت را باز کنید و «ذخیره در این موبایل» را انتخاب کنید.
saved-needs-javascript = فهرست ذخیره‌شده‌ها در این براوزر به JavaScript ضرورت دارد.
saved-card = کارت
# Shown above a page the phone shows from its saved copy; $age says how long ago it was saved, e.g. "3 days ago".
saved-copy = این نسخه { $age } ذخیره شده است. شاید از آن وقت تا حالا چیزی تغییر کرده باشد.
