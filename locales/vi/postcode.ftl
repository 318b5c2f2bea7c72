## Searching by postcode (same message ids as en/postcode.ftl; $postcode and $town are filled in by the app).

postcode-label = Mã bưu điện
postcode-hint = 4 chữ số, vd: 8000. Hiển thị trợ giúp ở các kommune mà mã bưu điện bao gồm, gần nhất trước.
postcode-error = Chúng tôi không biết mã bưu điện { $postcode }. Mã bưu điện có 4 chữ số, vd: 8000.
postcode-searched = Gần mã bưu điện { $postcode } { $town }
