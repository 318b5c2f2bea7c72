# Nabo ਖੋਜ ਵਿਜੇਟ (ਪਾਰਟਨਰ ਵੈੱਬਸਾਈਟਾਂ ਉੱਤੇ <nabo-search>) — ਪੰਜਾਬੀ (ਗੁਰਮੁਖੀ)। en/widget.ftl ਵਾਲੇ ਹੀ ਸੁਨੇਹਾ ਆਈਡੀ।

## ਖੋਜ ਫ਼ਾਰਮ

widget-search-label = ਨੇੜੇ ਮਦਦ ਖੋਜੋ
widget-search-placeholder = ਜਿਵੇਂ: ਜੌਬ ਸੈਂਟਰ, ਬੱਚੇ ਦਾ ਚੈੱਕਅੱਪ ਕਰਵਾਉਣਾ ਹੈ
widget-search-button = ਖੋਜੋ

## ਸਥਿਤੀ ਲਾਈਨ (ਸਕਰੀਨ ਰੀਡਰ ਇਸਨੂੰ ਪੜ੍ਹ ਕੇ ਸੁਣਾਉਂਦੇ ਹਨ)

widget-loading = ਖੋਜ ਜਾਰੀ ਹੈ…
widget-results-ready = ਖੋਜ ਪੂਰੀ ਹੋ ਗਈ। ਸੇਵਾਵਾਂ ਹੇਠਾਂ ਦਿੱਤੀਆਂ ਗਈਆਂ ਹਨ।
widget-no-results = ਕੋਈ ਸੇਵਾ ਨਹੀਂ ਮਿਲੀ। ਹੋਰ ਸ਼ਬਦ ਜਾਂ ਘੱਟ ਸ਼ਬਦ ਵਰਤ ਕੇ ਦੇਖੋ।
widget-error = ਖੋਜ ਹੁਣ ਕੰਮ ਨਹੀਂ ਕਰ ਰਹੀ। ਕਿਰਪਾ ਕਰਕੇ ਥੋੜ੍ਹੀ ਦੇਰ ਬਾਅਦ ਫਿਰ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
widget-rate-limited = ਥੋੜ੍ਹੇ ਸਮੇਂ ਵਿੱਚ ਬਹੁਤ ਜ਼ਿਆਦਾ ਖੋਜਾਂ ਹੋ ਗਈਆਂ। ਕਿਰਪਾ ਕਰਕੇ ਥੋੜ੍ਹਾ ਰੁਕੋ, ਫਿਰ ਦੁਬਾਰਾ ਖੋਜੋ।

## ਨਤੀਜੇ

widget-results = ਮਦਦ ਕਰ ਸਕਣ ਵਾਲੀਆਂ ਸੇਵਾਵਾਂ
widget-shown-in = { $language } ਵਿੱਚ ਦਿਖਾਇਆ ਗਿਆ
widget-open-card = ਉਹਨਾਂ ਲਈ ਕਾਰਡ ਬਣਾਓ
widget-new-tab = (ਨਵੀਂ ਟੈਬ ਵਿੱਚ ਖੁੱਲ੍ਹਦਾ ਹੈ)
widget-powered-by = Nabo ਰਾਹੀਂ ਖੋਜ
