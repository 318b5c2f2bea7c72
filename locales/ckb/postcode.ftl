## Searching by postcode (same message ids as en/postcode.ftl; $postcode and $town are filled in by the app).

postcode-label = کۆدی پۆستە
postcode-hint = 4 ژمارە، بۆ نموونە 8000. یارمەتی لەو شارەوانییانەدا پیشان دەدات کە کۆدی پۆستەکە دەیانگرێتەوە، نزیکترینیان یەکەم.
postcode-error = کۆدی پۆستەی { $postcode } نازانین. کۆدی پۆستە 4 ژمارەیە، بۆ نموونە 8000.
postcode-searched = نزیک کۆدی پۆستەی { $postcode } { $town }
