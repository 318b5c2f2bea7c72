## Insight without personal data: referrals, unmet needs, the reports for coordinators and partners, and the privacy page.

# The role of an account that records referrals (beside role-editor, role-translator…).
role-volunteer = ਵਲੰਟੀਅਰ
accounts-group = ਸਥਾਨਕ ਗਰੁੱਪ (ਵਲੰਟੀਅਰਾਂ ਲਈ)
accounts-group-hint = ਅੰਗਰੇਜ਼ੀ ਦੇ ਛੋਟੇ ਅੱਖਰ, ਅੰਕ ਅਤੇ "-", ਜਿਵੇਂ aarhus-gellerup। ਕਿਸੇ ਵਲੰਟੀਅਰ ਦੇ ਰੈਫ਼ਰਲ ਗਰੁੱਪ ਦੇ ਖਾਤੇ ਵਿੱਚ ਗਿਣੇ ਜਾਂਦੇ ਹਨ।

## Recording a referral from a service's page or its card.
referral-heading = ਰੈਫ਼ਰਲ ਦਰਜ ਕਰੋ
referral-hint = ਇਹ ਗਿਣਦਾ ਹੈ ਕਿ ਅੱਜ ਤੁਸੀਂ ਕਿਸੇ ਔਰਤ ਨੂੰ ਇਸ ਸੇਵਾ ਤੱਕ ਦਾ ਰਾਹ ਦਿਖਾਇਆ, ਅਤੇ ਉਹ ਕਿਹੜੀ ਭਾਸ਼ਾ ਬੋਲਦੇ ਹਨ। ਉਹਨਾਂ ਬਾਰੇ ਕੁਝ ਵੀ ਦਰਜ ਨਹੀਂ ਹੁੰਦਾ।
referral-language = ਉਹਨਾਂ ਦੀ ਭਾਸ਼ਾ
referral-record = ਰੈਫ਼ਰਲ ਦਰਜ ਕਰੋ
referral-recorded = ਰੈਫ਼ਰਲ ਦਰਜ ਹੋ ਗਿਆ। ਧੰਨਵਾਦ।
referral-queued = ਇਸ ਫ਼ੋਨ 'ਤੇ ਰੱਖਿਆ ਗਿਆ: ਤੁਹਾਡੇ ਦੁਬਾਰਾ ਆਨਲਾਈਨ ਹੋਣ 'ਤੇ ਭੇਜ ਦਿੱਤਾ ਜਾਵੇਗਾ।
referral-sign-in = ਵਲੰਟੀਅਰ ਰੈਫ਼ਰਲ ਗਿਣਨ ਲਈ ਸਾਈਨ ਇਨ ਕਰ ਸਕਦੇ ਹਨ।
# $reason is a short explanation from the server, e.g. "day 2026-01-02 is in the future".
referral-refused = ਰੈਫ਼ਰਲ ਦਰਜ ਨਹੀਂ ਹੋਇਆ: { $reason }

## "Nothing fitted": a volunteer says none of the results helps.
unmet-heading = ਕੁਝ ਵੀ ਠੀਕ ਨਹੀਂ ਬੈਠਿਆ?
# Above the same form on a search that found nothing.
unmet-heading-none = ਸਾਨੂੰ ਦੱਸੋ ਕਿ ਕੀ ਚਾਹੀਦਾ ਸੀ
unmet-hint = ਸਾਨੂੰ ਦੱਸੋ, ਤਾਂ ਜੋ ਇਹ ਲੋੜ ਗਿਣੀ ਜਾਵੇ। ਸਿਰਫ਼ ਲੋੜ ਦੀ ਕਿਸਮ ਗਿਣੀ ਜਾਂਦੀ ਹੈ — ਤੁਹਾਡੇ ਖੋਜ ਦੇ ਸ਼ਬਦ ਕਦੇ ਨਹੀਂ, ਜਦੋਂ ਤੱਕ ਬਹੁਤ ਸਾਰੇ ਲੋਕਾਂ ਨੇ ਉਹੀ ਚੀਜ਼ ਨਾ ਖੋਜੀ ਹੋਵੇ, ਅਤੇ ਤੁਹਾਡੇ ਬਾਰੇ ਕੁਝ ਵੀ ਨਹੀਂ।
unmet-needed = ਕੀ ਚਾਹੀਦਾ ਸੀ (ਜ਼ਰੂਰੀ ਨਹੀਂ)
unmet-needed-none = ਨਹੀਂ ਦੱਸਿਆ ਗਿਆ
unmet-send = ਕੁਝ ਵੀ ਠੀਕ ਨਹੀਂ ਬੈਠਿਆ
unmet-thanks = ਧੰਨਵਾਦ। ਲੋੜ ਗਿਣ ਲਈ ਗਈ।

## The reports (for coordinators; partners read the same figures through the API).
nav-insights = ਅੰਕੜੇ
insights-title = ਅੰਕੜੇ
insights-intro = ਰੋਜ਼ਾਨਾ ਵਰਤੋਂ ਤੋਂ ਬਿਨਾਂ ਨਾਂ ਦੇ ਅੰਕੜੇ: ਔਰਤਾਂ ਨੂੰ ਕਿੱਥੇ ਭੇਜਿਆ ਗਿਆ, ਕਿਹੜੀਆਂ ਭਾਸ਼ਾਵਾਂ ਵਿੱਚ, ਅਤੇ ਉਹਨਾਂ ਨੂੰ ਕੀ ਚਾਹੀਦਾ ਸੀ ਜੋ ਸੂਚੀ ਨਹੀਂ ਦੇ ਸਕੀ।
insights-year = ਸਾਲ
insights-show = ਦਿਖਾਓ
insights-referrals = ਰੈਫ਼ਰਲ
insights-unmet = ਅਧੂਰੀਆਂ ਲੋੜਾਂ
insights-by-area = ਇਲਾਕੇ ਅਨੁਸਾਰ
insights-by-category = ਸ਼੍ਰੇਣੀ ਅਨੁਸਾਰ
insights-by-language = ਭਾਸ਼ਾ ਅਨੁਸਾਰ
insights-by-group = ਸਥਾਨਕ ਗਰੁੱਪ ਅਨੁਸਾਰ
insights-total = ਕੁੱਲ
insights-no-area = ਕੋਈ ਇਲਾਕਾ ਨਹੀਂ ਚੁਣਿਆ ਗਿਆ
insights-no-category = ਕੋਈ ਸ਼੍ਰੇਣੀ ਪਛਾਣੀ ਨਹੀਂ ਗਈ
insights-no-group = ਕੋਈ ਸਥਾਨਕ ਗਰੁੱਪ ਨਹੀਂ
insights-legend-small = <5: ਪੰਜ ਤੋਂ ਘੱਟ; ਦਿਖਾਇਆ ਨਹੀਂ ਜਾਂਦਾ, ਤਾਂ ਜੋ ਕਿਸੇ ਦੀ ਪਛਾਣ ਨਾ ਹੋ ਸਕੇ।
insights-legend-hidden = x: ਲੁਕਾਇਆ ਗਿਆ, ਤਾਂ ਜੋ ਕੁੱਲ ਜੋੜ ਤੋਂ ਕੋਈ ਛੋਟੀ ਗਿਣਤੀ ਕੱਢੀ ਨਾ ਜਾ ਸਕੇ।
insights-months-note = ਕੋਈ ਮਹੀਨਾ ਖ਼ਤਮ ਹੋਣ ਤੋਂ ਬਾਅਦ ਹੀ ਦਿਖਾਇਆ ਜਾਂਦਾ ਹੈ। ਪੰਜ ਤੋਂ ਘੱਟ ਗਿਣਤੀਆਂ ਕਦੇ ਨਹੀਂ ਦਿਖਾਈਆਂ ਜਾਂਦੀਆਂ — ਨਾ ਇੱਥੇ, ਨਾ ਡਾਊਨਲੋਡ ਵਿੱਚ, ਨਾ API ਰਾਹੀਂ।
insights-download-csv = CSV ਵਜੋਂ ਡਾਊਨਲੋਡ ਕਰੋ
insights-download-json = JSON ਵਜੋਂ ਡਾਊਨਲੋਡ ਕਰੋ
# The text alternative of a bar chart; $table is the title of the table below it that holds the same figures.
insights-chart-description = "{ $table }" ਦੇ ਕੁੱਲ ਜੋੜਾਂ ਦਾ ਬਾਰ ਚਾਰਟ। ਇਹੀ ਗਿਣਤੀਆਂ ਹੇਠਾਂ ਦਿੱਤੀ ਸਾਰਣੀ ਵਿੱਚ ਹਨ।
insights-summary = { $year } ਦਾ ਸਾਰ
insights-summary-referrals = ਕੁੱਲ ਰੈਫ਼ਰਲ
insights-summary-categories = ਮਦਦ ਦੀ ਕਿਸਮ ਅਨੁਸਾਰ ਰੈਫ਼ਰਲ
insights-summary-languages = ਭੇਜੀਆਂ ਗਈਆਂ ਔਰਤਾਂ ਦੀਆਂ ਭਾਸ਼ਾਵਾਂ
insights-summary-top-unmet = ਸਭ ਤੋਂ ਵੱਧ ਅਧੂਰੀਆਂ ਰਹੀਆਂ ਲੋੜਾਂ
insights-texts = ਖੋਜਿਆ ਗਿਆ ਪਰ ਨਹੀਂ ਮਿਲਿਆ
insights-texts-hint = ਸਿਰਫ਼ ਉਹੀ ਸ਼ਬਦ ਰੱਖੇ ਜਾਂਦੇ ਹਨ ਜੋ ਇੱਕ ਹਫ਼ਤੇ ਵਿੱਚ ਘੱਟੋ-ਘੱਟ ਪੰਜ ਖੋਜਾਂ ਵਿੱਚ ਵਰਤੇ ਗਏ ਹੋਣ।
insights-none = ਇਸ ਸਾਲ ਕੁਝ ਵੀ ਦਰਜ ਨਹੀਂ ਹੋਇਆ।

## The privacy page.
footer-privacy-link = Nabo ਕੀ ਦਰਜ ਕਰਦਾ ਹੈ
privacy-title = Nabo ਕੀ ਦਰਜ ਕਰਦਾ ਹੈ
privacy-intro = Nabo ਉਹਨਾਂ ਔਰਤਾਂ ਨਾਲ ਗੱਲਬਾਤ ਵਿੱਚ ਵਰਤਿਆ ਜਾਂਦਾ ਹੈ ਜੋ ਵਲੰਟੀਅਰਾਂ 'ਤੇ ਭਰੋਸਾ ਕਰਦੀਆਂ ਹਨ। ਇਸ ਨੂੰ ਇਸ ਤਰ੍ਹਾਂ ਬਣਾਇਆ ਗਿਆ ਹੈ ਕਿ ਇਸ ਵਿੱਚ ਕਦੇ ਵੀ ਅਜਿਹਾ ਕੁਝ ਨਾ ਰਹੇ ਜਿਸ ਤੋਂ ਪਤਾ ਲੱਗੇ ਕਿ ਉਹ ਕੌਣ ਹਨ।
privacy-never-heading = ਕਦੇ ਦਰਜ ਨਹੀਂ ਹੁੰਦਾ
privacy-never-people = ਤੁਸੀਂ ਜਿਨ੍ਹਾਂ ਔਰਤਾਂ ਦੀ ਮਦਦ ਕਰਦੇ ਹੋ, ਉਹਨਾਂ ਦੇ ਨਾਂ, ਪਤੇ, ਫ਼ੋਨ ਨੰਬਰ, ਪਛਾਣ ਨੰਬਰ ਜਾਂ ਉਹਨਾਂ ਦੀਆਂ ਕਹਾਣੀਆਂ।
privacy-never-addresses = ਤੁਹਾਡਾ IP ਪਤਾ ਜਾਂ ਤੁਹਾਡਾ ਬ੍ਰਾਊਜ਼ਰ, ਤੁਸੀਂ ਜੋ ਵੀ ਖੋਜਦੇ ਜਾਂ ਖੋਲ੍ਹਦੇ ਹੋ ਉਸ ਨਾਲ ਜੋੜ ਕੇ।
privacy-never-search = ਤੁਸੀਂ ਜੋ ਖੋਜਦੇ ਹੋ, ਬਿਲਕੁਲ ਉਵੇਂ ਜਿਵੇਂ ਤੁਸੀਂ ਲਿਖਿਆ। ਬੇਨਤੀਆਂ ਦੇ ਲੌਗ ਵਿੱਚ ਖੋਜ ਦੇ ਸ਼ਬਦ ਨਹੀਂ ਰੱਖੇ ਜਾਂਦੇ।
privacy-never-time = ਦਿਨ ਦਾ ਉਹ ਸਮਾਂ ਜਦੋਂ ਕੋਈ ਰੈਫ਼ਰਲ ਜਾਂ ਖੋਜ ਹੋਈ।
privacy-recorded-heading = ਬਿਨਾਂ ਨਾਂ ਦੇ ਦਰਜ ਹੁੰਦਾ ਹੈ
privacy-recorded-referrals = ਰੈਫ਼ਰਲ, ਜਦੋਂ ਸਾਈਨ ਇਨ ਕੀਤਾ ਕੋਈ ਵਲੰਟੀਅਰ ਉਸ ਨੂੰ ਦਰਜ ਕਰਦਾ ਹੈ: ਸੇਵਾ, ਔਰਤ ਦੀ ਭਾਸ਼ਾ, ਦਿਨ ਅਤੇ ਵਲੰਟੀਅਰ ਦਾ ਸਥਾਨਕ ਗਰੁੱਪ। ਇਹ ਨਹੀਂ ਕਿ ਵਲੰਟੀਅਰ ਕੌਣ ਹੈ।
privacy-recorded-unmet = ਅਜਿਹੀ ਖੋਜ ਜਿਸ ਵਿੱਚ ਕੁਝ ਨਹੀਂ ਮਿਲਿਆ, ਜਾਂ "ਕੁਝ ਵੀ ਠੀਕ ਨਹੀਂ ਬੈਠਿਆ": ਹਫ਼ਤੇ, ਭਾਸ਼ਾ, ਇਲਾਕੇ ਅਤੇ ਲੋੜ ਦੀ ਕਿਸਮ ਅਨੁਸਾਰ ਗਿਣੀ ਜਾਂਦੀ ਹੈ।
privacy-recorded-texts = ਅਜਿਹੀ ਖੋਜ ਦੇ ਸ਼ਬਦ, ਸਿਰਫ਼ ਉਦੋਂ ਜਦੋਂ ਇੱਕੋ ਹਫ਼ਤੇ ਵਿੱਚ ਘੱਟੋ-ਘੱਟ ਪੰਜ ਖੋਜਾਂ ਵਿੱਚ ਉਹ ਵਰਤੇ ਗਏ ਹੋਣ; ਉਦੋਂ ਤੱਕ ਸਰਵਰ ਉਹਨਾਂ ਨੂੰ ਮੈਮਰੀ ਵਿੱਚ ਇੱਕ ਅਜਿਹੇ ਕੋਡ ਨਾਲ ਗਿਣਦਾ ਹੈ ਜਿਸ ਨੂੰ ਉਹ ਵਾਪਸ ਸ਼ਬਦਾਂ ਵਿੱਚ ਨਹੀਂ ਬਦਲ ਸਕਦਾ।
privacy-recorded-views = ਹਰ ਸੇਵਾ ਦਾ ਪੰਨਾ ਕਿੰਨੀ ਵਾਰ ਖੋਲ੍ਹਿਆ ਗਿਆ: ਹਰ ਸੇਵਾ ਲਈ ਇੱਕ ਗਿਣਤੀ।
privacy-phone-heading = ਸਿਰਫ਼ ਤੁਹਾਡੇ ਫ਼ੋਨ 'ਤੇ ਰੱਖਿਆ ਜਾਂਦਾ ਹੈ
privacy-phone-saved = ਤੁਸੀਂ ਜੋ ਸੇਵਾਵਾਂ ਸੇਵ ਕਰਦੇ ਹੋ, ਅਤੇ ਆਫ਼ਲਾਈਨ ਹੋਣ ਦੌਰਾਨ ਭੇਜੇ ਜਾਣ ਦੀ ਉਡੀਕ ਕਰ ਰਹੇ ਰੈਫ਼ਰਲ। ਭੇਜੇ ਜਾਣ ਤੋਂ ਪਹਿਲਾਂ ਇਹਨਾਂ ਵਿੱਚੋਂ ਕੁਝ ਵੀ ਸਰਵਰ ਤੱਕ ਨਹੀਂ ਪਹੁੰਚਦਾ।
privacy-retention-heading = ਕਿੰਨੇ ਸਮੇਂ ਤੱਕ
privacy-retention = ਰੈਫ਼ਰਲ ਜਿਵੇਂ ਦਰਜ ਹੋਏ ਸਨ, ਉਵੇਂ ਹੀ 90 ਦਿਨਾਂ ਤੱਕ ਰੱਖੇ ਜਾਂਦੇ ਹਨ। ਉਸ ਤੋਂ ਬਾਅਦ ਉਹਨਾਂ ਨੂੰ ਉਹਨਾਂ ਦੇ ਹਫ਼ਤੇ ਦੀ ਗਿਣਤੀ ਵਿੱਚ ਜੋੜ ਕੇ ਮਿਟਾ ਦਿੱਤਾ ਜਾਂਦਾ ਹੈ।
privacy-reports-heading = ਗਿਣਤੀਆਂ ਕੌਣ ਦੇਖਦਾ ਹੈ
privacy-reports = ਪ੍ਰੋਗਰਾਮ ਦੇ ਕੋਆਰਡੀਨੇਟਰ, ਅਤੇ ਉਹ ਨਗਰਪਾਲਿਕਾਵਾਂ ਅਤੇ ਸੰਸਥਾਵਾਂ ਜਿਨ੍ਹਾਂ ਨਾਲ ਪ੍ਰੋਗਰਾਮ ਕੰਮ ਕਰਦਾ ਹੈ। ਉਹ ਮਹੀਨੇ, ਇਲਾਕੇ, ਮਦਦ ਦੀ ਕਿਸਮ ਅਤੇ ਭਾਸ਼ਾ ਅਨੁਸਾਰ ਗਿਣਤੀਆਂ ਦੇਖਦੇ ਹਨ; ਪੰਜ ਤੋਂ ਘੱਟ ਕੋਈ ਗਿਣਤੀ ਕਦੇ ਨਹੀਂ ਦਿਖਾਈ ਜਾਂਦੀ, ਅਤੇ ਨਾ ਹੀ ਅਜਿਹੀ ਗਿਣਤੀ ਜੋ ਬਾਕੀਆਂ ਤੋਂ ਕੱਢੀ ਜਾ ਸਕੇ।
