# Tiện ích tìm kiếm Nabo (<nabo-search> trên trang của đối tác) — tiếng Việt. Cùng mã thông điệp với en/widget.ftl.

## Ô tìm kiếm

widget-search-label = Tìm hỗ trợ gần bạn
widget-search-placeholder = vd: jobcenter, con tôi cần đi khám
widget-search-button = Tìm

## Dòng trạng thái (trình đọc màn hình sẽ đọc to)

widget-loading = Đang tìm…
widget-results-ready = Đã tìm xong. Các dịch vụ được liệt kê bên dưới.
widget-no-results = Không tìm thấy dịch vụ nào. Hãy thử từ khác hoặc ít từ hơn.
widget-error = Hiện không tìm kiếm được. Vui lòng thử lại sau giây lát.
widget-rate-limited = Quá nhiều lượt tìm trong thời gian ngắn. Vui lòng đợi một chút rồi tìm lại.

## Kết quả

widget-results = Các dịch vụ có thể giúp
widget-shown-in = Hiển thị bằng { $language }
widget-open-card = Làm thẻ cho chị ấy
widget-new-tab = (mở trong tab mới)
widget-powered-by = Tìm kiếm bởi Nabo
