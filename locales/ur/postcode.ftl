## Searching by postcode (same message ids as en/postcode.ftl; $postcode and $town are filled in by the app).

postcode-label = پوسٹ کوڈ
postcode-hint = 4 ہندسے، مثلاً 8000۔ پوسٹ کوڈ جن بلدیات میں آتا ہے وہاں کی مدد دکھاتا ہے، سب سے قریب پہلے۔
postcode-error = ہم پوسٹ کوڈ { $postcode } نہیں جانتے۔ پوسٹ کوڈ 4 ہندسوں کا ہوتا ہے، مثلاً 8000۔
postcode-searched = پوسٹ کوڈ { $postcode } { $town } کے قریب
