# Trang biên tập của Nabo — tiếng Việt. Cùng mã thông điệp như en/editor.ftl.
# Dành cho những người cập nhật danh bạ: biên tập viên, người dịch, điều phối viên, quản trị viên.

## Đăng nhập và đăng xuất

login-title = Đăng nhập
login-intro = Dành cho những người cập nhật danh bạ: biên tập viên, người dịch và điều phối viên.
login-account = Tài khoản
login-password = Mật khẩu
login-submit = Đăng nhập
login-wrong = Tài khoản hoặc mật khẩu không đúng.
login-throttled = { $minutes ->
   *[other] Bạn đã thử không thành công quá nhiều lần. Vui lòng thử lại sau { $minutes } phút.
}
login-required = Vui lòng đăng nhập để tiếp tục.
login-signed-out = Bạn đã đăng xuất.
nav-editing = Biên tập
nav-sign-out = Đăng xuất
editor-signed-in-as = Đã đăng nhập bằng tài khoản { $account } ({ $role })
role-admin = quản trị viên
role-coordinator = điều phối viên
role-editor = biên tập viên
role-translator = người dịch

## Yêu cầu bị từ chối

error-form-expired-title = Không gửi được biểu mẫu
error-form-expired-text = Để bảo đảm an toàn cho bạn, biểu mẫu chỉ được chấp nhận khi gửi từ đúng trang của nó. Hãy quay lại, tải lại trang rồi thử lại.
error-forbidden-title = Không được phép
error-forbidden-text = Tài khoản của bạn không được làm việc này. Biên tập viên chỉ thay đổi các dịch vụ thuộc khu vực của mình.
error-too-many-title = Quá nhiều yêu cầu
error-too-many-text = Vui lòng đợi một chút rồi thử lại.

## Danh sách dịch vụ

editor-dashboard-title = Các dịch vụ
editor-new-resource = Dịch vụ mới
editor-find-label = Tìm dịch vụ theo tên hoặc từ khóa
editor-find-button = Tìm
editor-area-label = Khu vực
editor-all-areas = Tất cả khu vực
editor-count = { $count ->
    [0] Không tìm thấy dịch vụ nào
   *[other] { $count } dịch vụ
}
editor-col-name = Tên
editor-col-area = Khu vực
editor-col-categories = Loại hỗ trợ
editor-edit = Sửa
editor-page-previous = Trang trước
editor-page-next = Trang sau
editor-archived-heading = Dịch vụ đã lưu trữ
editor-archived-none = Chưa có dịch vụ nào được lưu trữ.
editor-archived-when = Được { $account } lưu trữ ngày { $date }

## Sửa dịch vụ

editor-new-title = Dịch vụ mới
editor-edit-title = Sửa: { $name }
editor-version = Phiên bản { $version }, lưu ngày { $date }
editor-section-basics = Giới thiệu dịch vụ
editor-section-texts = Nội dung
editor-section-contact = Địa chỉ và liên hệ
editor-section-access = Giờ mở cửa và điều kiện tiếp cận
editor-texts-in = Nội dung bằng { $language }
editor-texts-source = ngôn ngữ gốc, nội dung được viết bằng ngôn ngữ này trước tiên
editor-add-language = Thêm nội dung bằng ngôn ngữ khác
editor-choose-language = Chọn ngôn ngữ
editor-field-id = Mã định danh (Id)
editor-field-id-hint = Chữ thường không dấu (a–z), chữ số và dấu gạch nối, ví dụ: jobcenter-aarhus. Không thể thay đổi về sau.
editor-field-area = Kommune hoặc khu vực
editor-field-categories = Loại hỗ trợ
editor-field-source-language = Ngôn ngữ gốc của nội dung
editor-field-name = Tên
editor-field-summary = Tóm tắt (một câu)
editor-field-description = Mô tả
editor-field-access = Cách nhận hỗ trợ
editor-field-street = Tên đường và số nhà
editor-field-postcode = Mã bưu điện
editor-field-city = Thị trấn/thành phố
editor-field-country = Mã quốc gia
editor-field-country-hint = Hai chữ cái viết hoa, ví dụ: DK
editor-field-lat = Vĩ độ
editor-field-lon = Kinh độ
editor-field-phone = Điện thoại
editor-field-email = Email
editor-field-website = Trang web
editor-field-opening-hours = Giờ mở cửa
editor-field-opening-hours-hint = Theo định dạng OpenStreetMap, ví dụ: Mo-Fr 09:00-15:00; PH off
editor-field-languages-spoken = Ngôn ngữ sử dụng tại dịch vụ
editor-field-languages-spoken-hint = Mã ngôn ngữ, cách nhau bằng dấu phẩy, ví dụ: da, ar, so
editor-field-attributes = Điều kiện tiếp cận
editor-field-record = Toàn bộ dịch vụ
editor-field-verified-at = Lần kiểm tra gần nhất
editor-create = Tạo
editor-save = Lưu
editor-archive = Lưu trữ
editor-restore = Khôi phục
editor-history = Lịch sử
editor-back = Quay lại danh sách
editor-view-public = Xem trang công khai
editor-created = Đã tạo. Giờ đây có thể tìm thấy dịch vụ này khi tìm kiếm.
editor-saved = Đã lưu thành phiên bản { $version }. Kết quả tìm kiếm đã cập nhật thay đổi.
editor-unchanged = Không có gì thay đổi.
editor-archived = Đã lưu trữ. Dịch vụ không còn xuất hiện khi tìm kiếm và có thể được khôi phục.
editor-restored = Đã khôi phục thành phiên bản { $version }. Dịch vụ lại có thể được tìm thấy khi tìm kiếm.
editor-errors-summary = { $count ->
   *[other] Chưa lưu được dịch vụ: vui lòng sửa { $count } lỗi.
}
editor-exists = Đã có một dịch vụ dùng mã này, hoặc dịch vụ đó đã được lưu trữ. Hãy chọn mã khác, hoặc khôi phục dịch vụ đã lưu trữ.
problem-required = Mục này là bắt buộc.
problem-invalid = Giá trị này không được chấp nhận.
problem-unknown = Danh bạ không có giá trị này.
problem-duplicate = Mục này bị nhập hai lần.
problem-too-long = Nội dung này quá dài.

## Hai người cùng lưu một lúc

editor-conflict-title = Có người khác đã lưu dịch vụ này trong lúc bạn đang sửa
editor-conflict-text = Các thay đổi của bạn chưa được lưu. Hãy so sánh với phiên bản đã lưu, rồi lưu lại để giữ phiên bản của bạn, hoặc tải lại trang để bắt đầu từ phiên bản đã lưu.
editor-conflict-field = Mục
editor-conflict-yours = Phiên bản của bạn
editor-conflict-saved = Phiên bản đã lưu ({ $version })
editor-conflict-empty = (trống)
editor-conflict-reload = Bắt đầu lại từ phiên bản đã lưu

## Lịch sử

history-title = Lịch sử: { $name }
history-version = Phiên bản { $version }
history-when = Thời gian
history-who = Người thực hiện
history-kind-import = Đã nhập dữ liệu
history-kind-edit = Đã sửa
history-kind-archive = Đã lưu trữ
history-kind-restore = Đã khôi phục
history-kind-revert = Đã quay lại một phiên bản trước
history-kind-delete = Đã xóa
history-kind-verify = Đã xác nhận thông tin đúng
history-by-import = lần nhập dữ liệu
history-field = Mục
history-before = Trước khi sửa
history-after = Sau khi sửa
history-no-changes = Không có mục nào thay đổi.
history-first = Phiên bản đầu tiên.
history-unknown = Phiên bản này cũ hơn phần lịch sử còn được lưu.
history-revert = Quay lại phiên bản này
history-current = Phiên bản hiện tại
history-reverted = Phiên bản { $old } đã được đưa trở lại thành phiên bản { $version }.

## Điều hướng trang biên tập

nav-translations = Bản dịch
nav-checking = Cần kiểm tra
nav-reports = Báo cáo

## Bản dịch

translations-title = Bản dịch
translations-language-label = Dịch sang
translations-show = Hiển thị
translations-count = { $count ->
    [0] Không có bản dịch nào bị thiếu hoặc đã cũ.
   *[other] { $count } dịch vụ cần được dịch.
}
translations-col-resource = Dịch vụ
translations-col-missing = Còn thiếu
translations-col-outdated = Đã cũ
translations-col-views = Lượt xem
translations-translate = Dịch
translations-export = Tải phần còn thiếu xuống dưới dạng XLIFF
translations-export-from = Dịch từ
translations-import-heading = Tải bản dịch lên lại
translations-import-label = Tệp XLIFF
translations-import-submit = Nhập
translations-imported = { $count ->
   *[other] Đã lưu { $count } bản dịch.
}
translations-untranslated = { $count ->
   *[other] Còn { $count } đoạn nội dung chưa được dịch.
}
translations-refused = Các mục sau chưa được lưu:
status-missing = còn thiếu
status-outdated = đã cũ
status-current = đã cập nhật
status-reviewed = đã duyệt
translate-title = Dịch: { $name }
translate-into = Dịch sang { $language }
translate-source = Văn bản gốc ({ $language })
translate-target = Bản dịch ({ $language })
translate-status = Trạng thái: { $status }
translate-proposal = Đề xuất từ bộ nhớ dịch: hãy kiểm tra trước khi lưu.
translate-save = Lưu bản dịch
translate-review = Đánh dấu là đã duyệt
translate-saved = Đã lưu bản dịch.
translate-reviewed = Đã đánh dấu là đã duyệt.
editor-translations-heading = Bản dịch
editor-translate-into = Dịch sang { $language }

## Xác nhận thông tin

editor-verify = Xác nhận thông tin vẫn đúng vào hôm nay
editor-verified = Đã xác nhận thông tin vẫn đúng vào hôm nay.
editor-last-verified = Xác nhận lần cuối ngày { $date }
editor-never-verified = Chưa từng được xác nhận
checking-title = Cần kiểm tra
checking-intro = { $months ->
   *[other] Các dịch vụ chưa được ai xác nhận trong { $months } tháng trở lên, dịch vụ lâu nhất ở trên cùng.
}
checking-months = Số tháng chưa được xác nhận
checking-col-verified = Xác nhận lần cuối
checking-col-by = Người xác nhận
checking-never = chưa bao giờ
checking-none = Mọi dịch vụ ở đây đều đã được xác nhận gần đây.

## Báo cáo từ thực tế

reports-title = Báo cáo từ thực tế
reports-none = Không có báo cáo nào đang mở.
reports-col-resource = Dịch vụ
reports-col-category = Điều gì đã thay đổi
reports-col-note = Ghi chú
reports-col-date = Ngày gửi
reports-resolve = Đã xử lý
reports-dismiss = Bỏ qua
reports-closed = Báo cáo đã được đóng.
report-category-closed = Dịch vụ đã đóng cửa
report-category-moved = Dịch vụ đã chuyển địa điểm
report-category-hours = Giờ mở cửa không đúng
report-category-phone = Số điện thoại không đúng
report-category-other = Điều khác
report-link = Có gì thay đổi? Hãy báo cho chúng tôi
report-title = Có gì thay đổi không?
report-intro = Hãy cho biên tập viên biết thông tin nào về { $name } không còn đúng nữa.
report-privacy = Không viết tên của bất kỳ ai. Không viết bất cứ điều gì về người mà bạn đang giúp đỡ.
report-category-label = Điều gì đã thay đổi?
report-note-label = Ghi chú ngắn (không bắt buộc)
report-note-hint = Tối đa 280 ký tự. Không ghi tên, số điện thoại hay thông tin cá nhân.
report-submit = Gửi
report-thanks = Cảm ơn bạn. Biên tập viên của khu vực này sẽ kiểm tra.
report-invalid = Hãy chọn điều gì đã thay đổi, và viết ghi chú ngắn hơn 280 ký tự.

## Tài khoản (dành cho quản trị viên)

nav-accounts = Tài khoản
accounts-title = Tài khoản
accounts-col-login = Tên đăng nhập
accounts-col-role = Vai trò
accounts-col-scope = Khu vực hoặc ngôn ngữ
accounts-col-state = Trạng thái
accounts-active = đang hoạt động
accounts-disabled = đã vô hiệu hóa
accounts-disable = Vô hiệu hóa
accounts-enable = Kích hoạt lại
accounts-reset = Mật khẩu mới
accounts-new = Tài khoản mới
accounts-id = Tên đăng nhập
accounts-id-hint = Chữ thường không dấu (a–z), chữ số và dấu gạch nối, ví dụ: amina-aarhus
accounts-role = Vai trò
accounts-areas = Khu vực (dành cho biên tập viên)
accounts-areas-hint = Chọn một hoặc nhiều khu vực; mỗi khu vực bao gồm cả các khu vực nằm bên trong nó.
accounts-languages = Ngôn ngữ (dành cho người dịch)
accounts-create = Tạo tài khoản
accounts-password-for = Mật khẩu của tài khoản { $account }:
accounts-password-once = Mật khẩu chỉ hiển thị lần này, sau đó sẽ không xem lại được. Hãy trao mật khẩu cho người đó một cách an toàn; họ có thể đăng nhập bằng mật khẩu này ngay.
accounts-refused = Chưa lưu được tài khoản.

## Khóa API của trang web đối tác (chỉ dành cho quản trị viên)

nav-keys = Khóa đối tác
keys-title = Khóa API của trang web đối tác
keys-intro = Các kommune và tổ chức hiển thị công cụ tìm kiếm của Nabo trên trang web của mình cần có một khóa. Trong trình duyệt, khóa chỉ hoạt động trên những địa chỉ web đã được khai báo cho nó, và chỉ với tần suất mà hạn mức của nó cho phép.
keys-issued-for = Khóa mới cho { $partner }:
keys-once = Hãy sao chép ngay và trao cho đối tác: khóa chỉ hiển thị lần này, sau đó sẽ không xem lại được.
keys-embed = Đối tác dán hai dòng này vào trang của mình:
keys-refused = Chưa tạo được khóa:
keys-none = Chưa có khóa nào.
keys-col-name = Đối tác
keys-col-origins = Địa chỉ web
keys-col-rate = Hạn mức
keys-col-state = Trạng thái
keys-per-minute = { $rate } mỗi phút
keys-active = Đang sử dụng
keys-revoked = Đã thu hồi
keys-revoke = Thu hồi
keys-new = Khóa mới
keys-name = Đối tác (khóa dành cho ai)
keys-origins = Địa chỉ web được phép dùng khóa
keys-origins-hint = Ví dụ: https://kommune.example, cách nhau bằng dấu cách hoặc dấu phẩy. Để trống nếu khóa chỉ được dùng từ máy chủ.
keys-rate = Số yêu cầu mỗi phút
keys-create = Tạo khóa
