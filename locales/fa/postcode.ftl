## Searching by postcode (same message ids as en/postcode.ftl; $postcode and $town are filled in by the app).

postcode-label = کد پستی
postcode-hint = 4 رقم، مثلاً 8000. کمک را در شهرداری‌هایی که این کد پستی در بر می‌گیرد نشان می‌دهد، نزدیک‌ترین اول.
postcode-error = کد پستی { $postcode } را نمی‌شناسیم. کد پستی 4 رقم دارد، مثلاً 8000.
postcode-searched = نزدیک کد پستی { $postcode } { $town }
