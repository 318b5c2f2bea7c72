# Ứng dụng web Nabo — tiếng Việt. Cùng mã thông điệp như en/main.ftl.
# Các biến ($name v.v.) do ứng dụng điền vào; không dịch.

## Khung ứng dụng

app-name = Nabo
app-tagline = Tìm đúng nơi hỗ trợ gần bạn — bằng ngôn ngữ của bạn
nav-home = Tìm kiếm
nav-skip-to-content = Chuyển đến nội dung
footer-about = Nabo là danh bạ các dịch vụ địa phương dành cho tình nguyện viên giúp phụ nữ tìm đúng nơi cần đến.
footer-privacy = Nabo không lưu bất kỳ thông tin nào về những người bạn giúp đỡ.
footer-demo-data = Dữ liệu minh họa: các dịch vụ hiển thị không có thật.
offline-notice = Bạn đang không có mạng. Các trang đã mở trước đó vẫn dùng được.

## Chọn ngôn ngữ

language-picker-label = Ngôn ngữ
language-picker-button = Đổi ngôn ngữ
language-picker-current = Ngôn ngữ hiện tại: { $language }

## Tìm kiếm

search-heading = Bạn cần giúp đỡ về việc gì?
search-label = Tìm dịch vụ hoặc mô tả điều bạn cần
search-placeholder = vd: jobcenter, con tôi cần đi khám
search-button = Tìm
search-categories-heading = Hoặc chọn một loại hỗ trợ
search-filters-heading = Thu hẹp kết quả
filter-area-label = Kommune
filter-area-any = Tất cả kommune
filter-category-label = Loại hỗ trợ
filter-category-any = Tất cả loại hỗ trợ
filter-attributes-label = Phải có
filter-open-now = Đang mở cửa
filter-near-me = Gần tôi
filter-near-me-help = Vị trí điện thoại chỉ được dùng để sắp xếp theo khoảng cách. Vị trí không được lưu lại.
filter-postcode-label = Hoặc mã bưu điện
filter-apply = Xem kết quả
filter-clear = Xóa bộ lọc
geolocation-denied = Không xác định được vị trí. Hãy chọn kommune hoặc nhập mã bưu điện.
geolocation-locating = Đang tìm vị trí của bạn…

## Kết quả

results-count = { $count ->
    [0] Không tìm thấy dịch vụ nào
   *[other] Tìm thấy { $count } dịch vụ
}
results-none-help = Hãy thử từ khác, bớt bộ lọc hoặc chọn một loại hỗ trợ bên dưới.
results-distance-m = Cách { $distance } m
results-distance-km = Cách { $distance } km
results-open-now = Đang mở cửa
results-closed-now = Đang đóng cửa
results-hours-unknown = Chưa rõ giờ mở cửa
results-shown-in = Hiển thị bằng { $language }
results-next = Trang sau
results-previous = Trang trước
results-page = Trang { $page }/{ $pages }

## Trang dịch vụ

resource-about = Giới thiệu
resource-how-to-get-help = Cách nhận hỗ trợ
resource-opening-hours = Giờ mở cửa
resource-contact = Liên hệ
resource-address = Địa chỉ
resource-call = Gọi { $phone }
resource-email = Gửi email
resource-website = Trang web
resource-map-osm = Xem trên OpenStreetMap
resource-map-app = Mở trong ứng dụng bản đồ
resource-languages-spoken = Ngôn ngữ sử dụng tại đây
resource-attributes = Thông tin hữu ích
resource-verified = Đã được biên tập viên kiểm tra ngày { $date }
resource-not-verified = Chưa được biên tập viên kiểm tra
resource-shown-in = Nội dung này hiển thị bằng { $language } vì chưa được dịch.
resource-make-card = Làm thẻ cho chị ấy
resource-back-to-results = Quay lại kết quả
resource-not-found = Dịch vụ này không tồn tại hoặc đã bị gỡ bỏ.

## Giờ mở cửa

hours-open-now = Đang mở cửa
hours-closed-now = Đang đóng cửa
hours-opens-at = Mở cửa { $day } lúc { $time }
hours-closes-at = Đóng cửa lúc { $time }
hours-unknown = Chưa rõ giờ mở cửa
hours-closed-day = Đóng cửa
hours-always-open = Mở cửa cả ngày lẫn đêm
hours-public-holidays = Đóng cửa vào ngày lễ
day-mo = thứ Hai
day-tu = thứ Ba
day-we = thứ Tư
day-th = thứ Năm
day-fr = thứ Sáu
day-sa = thứ Bảy
day-su = Chủ nhật
day-today = hôm nay
day-tomorrow = ngày mai

## Thẻ giới thiệu

card-heading = Thẻ cho { $name }
card-choose-language = Ngôn ngữ của chị ấy
card-choose-button = Tạo thẻ
card-intro = Xin đưa thẻ này cho nhân viên tại quầy.
card-what = Hỗ trợ việc gì
card-where = Ở đâu
card-when = Khi nào
card-phone = Điện thoại
card-qr-caption = Quét mã để mở trang này bằng ngôn ngữ của bạn
card-print = In
card-share = Chia sẻ
card-copy-link = Sao chép liên kết
card-link-copied = Đã sao chép liên kết
card-local-language = Bằng { $language }

## Lỗi

error-not-found-title = Không tìm thấy trang
error-not-found-text = Trang bạn tìm không tồn tại.
error-bad-request-title = Yêu cầu có điều gì đó không đúng
error-server-title = Đã có lỗi xảy ra
error-server-text = Vui lòng thử lại sau giây lát.
error-back-home = Quay lại tìm kiếm

## Tên ngôn ngữ (dùng cho "Ngôn ngữ sử dụng tại đây" và "Hiển thị bằng …")

language-da = tiếng Đan Mạch
language-en = tiếng Anh
language-ar = tiếng Ả Rập
language-so = tiếng Somali
language-tr = tiếng Thổ Nhĩ Kỳ
language-fa = tiếng Ba Tư
language-fa-af = tiếng Dari
language-ur = tiếng Urdu
language-ps = tiếng Pashto
language-ckb = tiếng Kurd miền Trung (Sorani)
language-kmr = tiếng Kurd miền Bắc (Kurmanji)
language-ti = tiếng Tigrinya
language-am = tiếng Amhara
language-uk = tiếng Ukraina
language-ru = tiếng Nga
language-pl = tiếng Ba Lan
language-ro = tiếng Romania
language-bs = tiếng Bosnia
language-sq = tiếng Albania
language-vi = tiếng Việt
language-th = tiếng Thái
language-zh = tiếng Trung (giản thể)
language-ta = tiếng Tamil
language-bn = tiếng Bengal
language-hi = tiếng Hindi
language-pa = tiếng Punjab
language-es = tiếng Tây Ban Nha
language-fr = tiếng Pháp
language-de = tiếng Đức
language-sw = tiếng Swahili
language-om = tiếng Oromo
language-fil = tiếng Philippines

## Trang API cho trang web đối tác (/{lang}/api). Nội dung các thao tác giữ nguyên tiếng Anh.

api-title = API của Nabo cho trang web đối tác
api-intro = Các kommune và tổ chức có thể hiển thị công cụ tìm kiếm của Nabo trên trang web của mình, hoặc đọc danh bạ từ hệ thống của mình. Mọi thứ dưới đây đều công khai và được dùng miễn phí trong hạn mức.
api-widget = Tìm kiếm trên trang web của bạn
api-widget-text = Dán hai dòng này vào trang của bạn. Đổi ngôn ngữ và khu vực, và dùng khóa bạn đã nhận từ quản trị viên của Nabo.
api-keys = Khóa và hạn mức
api-keys-text = Không có khóa, mỗi địa chỉ chỉ được gửi một số lượng yêu cầu vừa phải. Có khóa, bạn có hạn mức riêng; hãy gửi khóa dưới dạng "Authorization: Bearer" hoặc qua tham số "key". Các phản hồi có thể được lưu vào bộ nhớ đệm: chúng có ETag và Cache-Control.
api-formats = Bản mô tả máy đọc được và các endpoint Open Referral HSDS 3.0
api-operations = Thao tác
api-needs-account = Cần token của một tài khoản (dành cho biên tập viên).
api-parameters = Tham số
api-responses = Phản hồi
api-col-name = Tên
api-col-in = Vị trí
api-col-accepts = Giá trị hợp lệ
api-col-description = Mô tả
api-col-status = Trạng thái
api-required = bắt buộc
api-accepts-list = danh sách { $items }
api-accepts-one-of = một trong: { $values }
api-accepts-range = từ { $min } đến { $max }
api-accepts-min = tối thiểu { $min }
api-accepts-max = tối đa { $max }
api-accepts-length = tối đa { $length } ký tự
api-accepts-pattern = theo dạng { $pattern }
nav-api = Dành cho trang web đối tác
