## The volunteers' app on a phone: the filters in one line, read aloud, the saved list.

# The closed filter panel's line when filters are chosen, e.g. "Narrow down: Aarhus · Job centre · 2 more".
# $heading is search-filters-heading; $chosen lists the chosen municipality, category and the count below.
search-filters-chosen = { $heading }: { $chosen }
# How many other filters (access needs, open now, near me) are on.
search-filters-more = { $count ->
   *[other] อีก { $count } รายการ
}

# Read aloud: the phone's own speech voice reads the text in its language (nothing is sent anywhere).
read-aloud = อ่านออกเสียง
read-aloud-stop = หยุดอ่าน

# The saved list: services kept in this browser only, which open without a connection.
saved-save = บันทึกไว้ในโทรศัพท์นี้
saved-done = บันทึกไว้ในโทรศัพท์นี้แล้ว
saved-remove = ลบออก
saved-link = ที่บันทึกไว้
saved-heading = ที่บันทึกไว้ในโทรศัพท์นี้
saved-intro = เก็บไว้ในเบราว์เซอร์นี้เท่านั้น และไม่ส่งไปที่ไหนเลย บริการที่บันทึกไว้และบัตรของบริการเปิดได้แม้ไม่มีอินเทอร์เน็ต
saved-empty = ยังไม่มีรายการที่บันทึกไว้ เปิดบริการแล้วเลือก “บันทึกไว้ในโทรศัพท์นี้”
saved-needs-javascript = รายการที่บันทึกไว้ต้องใช้ JavaScript ในเบราว์เซอร์นี้
saved-card = บัตร
# Shown above a page the phone shows from its saved copy; $age says how long ago it was saved, e.g. "3 days ago".
saved-copy = หน้านี้เป็นสำเนาที่บันทึกไว้ { $age } ข้อมูลอาจเปลี่ยนไปแล้ว
