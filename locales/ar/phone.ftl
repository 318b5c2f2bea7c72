## The volunteers' app on a phone: the filters in one line, read aloud, the saved list.

# The closed filter panel's line when filters are chosen, e.g. "Narrow down: Aarhus · Job centre · 2 more".
# $heading is search-filters-heading; $chosen lists the chosen municipality, category and the count below.
search-filters-chosen = { $heading }: { $chosen }
# How many other filters (access needs, open now, near me) are on.
search-filters-more = { $count ->
    [zero] لا فلاتر أخرى
    [one] فلتر آخر
    [two] فلتران آخران
    [few] { $count } فلاتر أخرى
    [many] { $count } فلترًا آخر
   *[other] { $count } فلتر آخر
}

# Read aloud: the phone's own speech voice reads the text in its language (nothing is sent anywhere).
read-aloud = قراءة بصوت عالٍ
read-aloud-stop = إيقاف القراءة

# The saved list: services kept in this browser only, which open without a connection.
saved-save = حفظ على هذا الهاتف
saved-done = تم الحفظ على هذا الهاتف
saved-remove = إزالة
saved-link = المحفوظات
saved-heading = المحفوظات على هذا الهاتف
saved-intro = تُحفظ في هذا المتصفح فقط ولا تُرسل إلى أي مكان. تُفتح الخدمات المحفوظة وبطاقاتها دون اتصال بالإنترنت.
saved-empty = لم تحفظي شيئاً بعد. افتحي خدمة واختاري «حفظ على هذا الهاتف».
saved-needs-javascript = تحتاج قائمة المحفوظات إلى JavaScript في هذا المتصفح.
saved-card = البطاقة
# Shown above a page the phone shows from its saved copy; $age says how long ago it was saved, e.g. "3 days ago".
saved-copy = حُفظت هذه النسخة { $age }. ربما تغيّر شيء منذ ذلك الحين.
