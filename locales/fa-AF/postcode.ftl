## Searching by postcode (same message ids as en/postcode.ftl; $postcode and $town are filled in by the app).

postcode-label = کود پستی
postcode-hint = 4 رقم، مثلاً 8000. کمک را در شاروالی‌هایی که این کود پستی در بر می‌گیرد نشان می‌دهد، نزدیک‌ترین اول.
postcode-error = کود پستی { $postcode } را نمی‌شناسیم. کود پستی 4 رقم دارد، مثلاً 8000.
postcode-searched = نزدیک کود پستی { $postcode } { $town }
