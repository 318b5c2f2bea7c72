## Searching by postcode (same message ids as en/postcode.ftl; $postcode and $town are filled in by the app).

postcode-label = ਪੋਸਟਕੋਡ
postcode-hint = 4 ਅੰਕ, ਜਿਵੇਂ 8000। ਪੋਸਟਕੋਡ ਜਿਨ੍ਹਾਂ ਕਮਿਊਨਾਂ ਵਿੱਚ ਆਉਂਦਾ ਹੈ ਉੱਥੋਂ ਦੀ ਮਦਦ ਦਿਖਾਉਂਦਾ ਹੈ, ਸਭ ਤੋਂ ਨੇੜੇ ਵਾਲੀ ਪਹਿਲਾਂ।
postcode-error = ਅਸੀਂ ਪੋਸਟਕੋਡ { $postcode } ਨਹੀਂ ਜਾਣਦੇ। ਪੋਸਟਕੋਡ ਵਿੱਚ 4 ਅੰਕ ਹੁੰਦੇ ਹਨ, ਜਿਵੇਂ 8000।
postcode-searched = ਪੋਸਟਕੋਡ { $postcode } { $town } ਦੇ ਨੇੜੇ
