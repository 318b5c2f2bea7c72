## The volunteers' app on a phone: the filters in one line, read aloud, the saved list.

# The closed filter panel's line when filters are chosen, e.g. "Narrow down: Aarhus · Job centre · 2 more".
# $heading is search-filters-heading; $chosen lists the chosen municipality, category and the count below.
search-filters-chosen = { $heading }: { $chosen }
# How many other filters (access needs, open now, near me) are on.
search-filters-more = { $count ->
   *[other] thêm { $count }
}

# Read aloud: the phone's own speech voice reads the text in its language (nothing is sent anywhere).
read-aloud = Đọc to
read-aloud-stop = Dừng đọc

# The saved list: services kept in this browser only, which open without a connection.
saved-save = Lưu trên điện thoại này
saved-done = Đã lưu trên điện thoại này
saved-remove = Xóa
saved-link = Đã lưu
saved-heading = Đã lưu trên điện thoại này
saved-intro = Chỉ lưu trong trình duyệt này và không bao giờ được gửi đi đâu. Các dịch vụ đã lưu và thẻ của chúng vẫn mở được khi không có mạng.
saved-empty = Chưa lưu gì cả. Hãy mở một dịch vụ và chọn “Lưu trên điện thoại này”.
saved-needs-javascript = Danh sách đã lưu cần bật JavaScript trong trình duyệt này.
saved-card = Thẻ
# Shown above a page the phone shows from its saved copy; $age says how long ago it was saved, e.g. "3 days ago".
saved-copy = Đây là bản sao đã lưu { $age }. Nội dung có thể đã thay đổi từ lúc đó.
