## Insight without personal data: referrals, unmet needs, the reports for coordinators and partners, and the privacy page.

# The role of an account that records referrals (beside role-editor, role-translator…).
role-volunteer = tình nguyện viên
accounts-group = Nhóm địa phương (dành cho tình nguyện viên)
accounts-group-hint = Chữ thường không dấu (a–z), chữ số và "-", ví dụ aarhus-gellerup. Các lượt giới thiệu của một tình nguyện viên được tính cho nhóm.

## Recording a referral from a service's page or its card.
referral-heading = Ghi lại một lượt giới thiệu
referral-hint = Ghi nhận rằng hôm nay bạn đã chỉ đường cho một phụ nữ đến dịch vụ này, và ngôn ngữ chị ấy nói. Không ghi lại bất cứ điều gì về chị ấy.
referral-language = Ngôn ngữ của chị ấy
referral-record = Ghi lại lượt giới thiệu
referral-recorded = Đã ghi lại lượt giới thiệu. Cảm ơn bạn.
referral-queued = Đã giữ trên điện thoại này: sẽ được gửi khi bạn có mạng trở lại.
referral-sign-in = Tình nguyện viên có thể đăng nhập để tính các lượt giới thiệu.
# $reason is a short explanation from the server, e.g. "day 2026-01-02 is in the future".
referral-refused = Chưa ghi lại được lượt giới thiệu: { $reason }

## "Nothing fitted": a volunteer says none of the results helps.
unmet-heading = Không có gì phù hợp?
# Above the same form on a search that found nothing.
unmet-heading-none = Hãy cho chúng tôi biết cần gì
unmet-hint = Hãy cho chúng tôi biết để nhu cầu này được tính. Chỉ loại nhu cầu được tính — không bao giờ tính các từ bạn tìm, trừ khi nhiều người đã tìm cùng một điều, và không tính gì về bạn.
unmet-needed = Cần gì (không bắt buộc)
unmet-needed-none = Không nói rõ
unmet-send = Không có gì phù hợp
unmet-thanks = Cảm ơn bạn. Nhu cầu đã được tính.

## The reports (for coordinators; partners read the same figures through the API).
nav-insights = Thống kê
insights-title = Thống kê
insights-intro = Số liệu ẩn danh từ việc sử dụng hằng ngày: phụ nữ được giới thiệu đến đâu, bằng những ngôn ngữ nào, và họ cần gì mà danh bạ không có.
insights-year = Năm
insights-show = Hiển thị
insights-referrals = Lượt giới thiệu
insights-unmet = Nhu cầu chưa được đáp ứng
insights-by-area = Theo khu vực
insights-by-category = Theo loại hỗ trợ
insights-by-language = Theo ngôn ngữ
insights-by-group = Theo nhóm địa phương
insights-total = Tổng
insights-no-area = Chưa chọn khu vực
insights-no-category = Không nhận ra loại hỗ trợ
insights-no-group = Không có nhóm địa phương
insights-legend-small = <5: ít hơn năm; không hiển thị để không ai có thể bị nhận ra.
insights-legend-hidden = x: ẩn đi để không thể suy ra một số nhỏ từ các tổng.
insights-months-note = Một tháng chỉ được hiển thị khi đã kết thúc. Số dưới năm không bao giờ được hiển thị, dù ở đây, trong các tệp tải xuống hay qua API.
insights-download-csv = Tải xuống dạng CSV
insights-download-json = Tải xuống dạng JSON
# The text alternative of a bar chart; $table is the title of the table below it that holds the same figures.
insights-chart-description = Biểu đồ cột của các tổng trong "{ $table }". Các số liệu tương tự có trong bảng bên dưới.
insights-summary = Tóm tắt năm { $year }
insights-summary-referrals = Tổng số lượt giới thiệu
insights-summary-categories = Lượt giới thiệu theo loại hỗ trợ
insights-summary-languages = Ngôn ngữ của những phụ nữ được giới thiệu
insights-summary-top-unmet = Những nhu cầu thường không được đáp ứng nhất
insights-texts = Đã tìm nhưng không thấy
insights-texts-hint = Chỉ giữ những từ được dùng trong ít nhất năm lượt tìm kiếm trong cùng một tuần.
insights-none = Không có gì được ghi lại trong năm này.

## The privacy page.
footer-privacy-link = Nabo ghi lại những gì
privacy-title = Nabo ghi lại những gì
privacy-intro = Nabo được dùng trong những cuộc trò chuyện với phụ nữ tin tưởng các tình nguyện viên. Nabo được làm ra để không bao giờ giữ bất cứ điều gì có thể cho biết họ là ai.
privacy-never-heading = Không bao giờ ghi lại
privacy-never-people = Tên, địa chỉ, số điện thoại, mã số cá nhân hay câu chuyện của những phụ nữ bạn giúp đỡ.
privacy-never-addresses = Địa chỉ IP hay trình duyệt của bạn, gắn với bất cứ điều gì bạn tìm hoặc mở.
privacy-never-search = Những gì bạn tìm, đúng như bạn đã gõ. Nhật ký yêu cầu bỏ qua các từ tìm kiếm.
privacy-never-time = Giờ trong ngày của một lượt giới thiệu hay một lượt tìm kiếm.
privacy-recorded-heading = Được ghi lại, không có tên
privacy-recorded-referrals = Một lượt giới thiệu, khi một tình nguyện viên đã đăng nhập ghi lại: dịch vụ, ngôn ngữ của người phụ nữ, ngày và nhóm địa phương của tình nguyện viên. Không ghi tình nguyện viên đó là ai.
privacy-recorded-unmet = Một lượt tìm kiếm không thấy gì, hoặc một lần "Không có gì phù hợp": được tính theo tuần, ngôn ngữ, khu vực và loại nhu cầu.
privacy-recorded-texts = Các từ của lượt tìm kiếm như vậy, chỉ khi ít nhất năm lượt tìm kiếm trong cùng một tuần đã dùng chúng; trước đó máy chủ đếm chúng trong bộ nhớ bằng một mã mà nó không thể chuyển ngược lại thành chữ.
privacy-recorded-views = Trang của mỗi dịch vụ được mở bao nhiêu lần: một con số cho mỗi dịch vụ.
privacy-phone-heading = Chỉ giữ trên điện thoại của bạn
privacy-phone-saved = Các dịch vụ bạn lưu, và các lượt giới thiệu đang chờ gửi khi bạn không có mạng. Không có gì trong số này đến máy chủ cho đến khi được gửi.
privacy-retention-heading = Trong bao lâu
privacy-retention = Các lượt giới thiệu được giữ nguyên như khi ghi lại trong 90 ngày. Sau đó chúng được cộng vào số liệu của tuần đó và bị xóa.
privacy-reports-heading = Ai xem các số liệu
privacy-reports = Các điều phối viên của chương trình, cùng các kommune và tổ chức mà chương trình hợp tác. Họ xem số liệu theo tháng, khu vực, loại hỗ trợ và ngôn ngữ; không bao giờ hiển thị một số dưới năm, hay một số có thể suy ra từ các số khác.
