# Nabo ਸੰਪਾਦਕਾਂ ਦੇ ਪੰਨੇ — ਪੰਜਾਬੀ (ਗੁਰਮੁਖੀ)। en/editor.ftl ਵਾਲੇ ਹੀ ਸੁਨੇਹਾ ਆਈਡੀ।
# ਸੂਚੀ ਨੂੰ ਅੱਪ-ਟੂ-ਡੇਟ ਰੱਖਣ ਵਾਲਿਆਂ ਲਈ: ਸੰਪਾਦਕ, ਅਨੁਵਾਦਕ, ਕੋਆਰਡੀਨੇਟਰ ਅਤੇ ਐਡਮਿਨ।

## ਸਾਈਨ ਇਨ ਅਤੇ ਸਾਈਨ ਆਊਟ

login-title = ਸਾਈਨ ਇਨ
login-intro = ਸੂਚੀ ਨੂੰ ਅੱਪ-ਟੂ-ਡੇਟ ਰੱਖਣ ਵਾਲਿਆਂ ਲਈ: ਸੰਪਾਦਕ, ਅਨੁਵਾਦਕ ਅਤੇ ਕੋਆਰਡੀਨੇਟਰ।
login-account = ਖਾਤਾ
login-password = ਪਾਸਵਰਡ
login-submit = ਸਾਈਨ ਇਨ ਕਰੋ
login-wrong = ਖਾਤਾ ਜਾਂ ਪਾਸਵਰਡ ਗ਼ਲਤ ਹੈ।
login-throttled = { $minutes ->
    [one] ਬਹੁਤ ਵਾਰ ਗ਼ਲਤ ਕੋਸ਼ਿਸ਼ ਹੋਈ ਹੈ। ਇੱਕ ਮਿੰਟ ਬਾਅਦ ਫਿਰ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
   *[other] ਬਹੁਤ ਵਾਰ ਗ਼ਲਤ ਕੋਸ਼ਿਸ਼ ਹੋਈ ਹੈ। { $minutes } ਮਿੰਟ ਬਾਅਦ ਫਿਰ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
}
login-required = ਅੱਗੇ ਜਾਣ ਲਈ ਕਿਰਪਾ ਕਰਕੇ ਸਾਈਨ ਇਨ ਕਰੋ।
login-signed-out = ਤੁਸੀਂ ਸਾਈਨ ਆਊਟ ਹੋ ਗਏ ਹੋ।
nav-editing = ਸੰਪਾਦਨ
nav-sign-out = ਸਾਈਨ ਆਊਟ
editor-signed-in-as = { $account } ਵਜੋਂ ਸਾਈਨ ਇਨ ({ $role })
role-admin = ਐਡਮਿਨਿਸਟ੍ਰੇਟਰ
role-coordinator = ਕੋਆਰਡੀਨੇਟਰ
role-editor = ਸੰਪਾਦਕ
role-translator = ਅਨੁਵਾਦਕ

## ਇਨਕਾਰ

error-form-expired-title = ਫ਼ਾਰਮ ਭੇਜਿਆ ਨਹੀਂ ਜਾ ਸਕਿਆ
error-form-expired-text = ਤੁਹਾਡੀ ਸੁਰੱਖਿਆ ਲਈ, ਫ਼ਾਰਮ ਸਿਰਫ਼ ਉਸੇ ਪੰਨੇ ਤੋਂ ਮਨਜ਼ੂਰ ਹੁੰਦਾ ਹੈ ਜਿਸ ਦਾ ਉਹ ਹਿੱਸਾ ਹੈ। ਵਾਪਸ ਜਾਓ, ਪੰਨਾ ਮੁੜ ਲੋਡ ਕਰੋ ਅਤੇ ਫਿਰ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
error-forbidden-title = ਇਜਾਜ਼ਤ ਨਹੀਂ ਹੈ
error-forbidden-text = ਤੁਹਾਡੇ ਖਾਤੇ ਨੂੰ ਇਹ ਕਰਨ ਦੀ ਇਜਾਜ਼ਤ ਨਹੀਂ ਹੈ। ਸੰਪਾਦਕ ਸਿਰਫ਼ ਆਪਣੇ ਇਲਾਕਿਆਂ ਦੀਆਂ ਸੇਵਾਵਾਂ ਬਦਲ ਸਕਦੇ ਹਨ।
error-too-many-title = ਬਹੁਤ ਜ਼ਿਆਦਾ ਬੇਨਤੀਆਂ
error-too-many-text = ਕਿਰਪਾ ਕਰਕੇ ਥੋੜ੍ਹਾ ਰੁਕ ਕੇ ਫਿਰ ਕੋਸ਼ਿਸ਼ ਕਰੋ।

## ਸੇਵਾਵਾਂ ਦੀ ਸੂਚੀ

editor-dashboard-title = ਸੇਵਾਵਾਂ
editor-new-resource = ਨਵੀਂ ਸੇਵਾ
editor-find-label = ਨਾਂ ਜਾਂ ਸ਼ਬਦਾਂ ਨਾਲ ਸੇਵਾ ਲੱਭੋ
editor-find-button = ਲੱਭੋ
editor-area-label = ਇਲਾਕਾ
editor-all-areas = ਸਾਰੇ ਇਲਾਕੇ
editor-count = { $count ->
    [0] ਕੋਈ ਸੇਵਾ ਨਹੀਂ ਮਿਲੀ
    [one] ਇੱਕ ਸੇਵਾ
   *[other] { $count } ਸੇਵਾਵਾਂ
}
editor-col-name = ਨਾਂ
editor-col-area = ਇਲਾਕਾ
editor-col-categories = ਸ਼੍ਰੇਣੀਆਂ
editor-edit = ਬਦਲੋ
editor-page-previous = ਪਿਛਲਾ
editor-page-next = ਅਗਲਾ
editor-archived-heading = ਆਰਕਾਈਵ ਕੀਤੀਆਂ ਸੇਵਾਵਾਂ
editor-archived-none = ਕੁਝ ਵੀ ਆਰਕਾਈਵ ਨਹੀਂ ਕੀਤਾ ਗਿਆ।
editor-archived-when = { $date } ਨੂੰ { $account } ਨੇ ਆਰਕਾਈਵ ਕੀਤੀ

## ਸੇਵਾ ਵਿੱਚ ਬਦਲਾਅ

editor-new-title = ਨਵੀਂ ਸੇਵਾ
editor-edit-title = ਬਦਲੋ: { $name }
editor-version = ਵਰਜ਼ਨ { $version }, { $date } ਨੂੰ ਸੇਵ ਕੀਤਾ
editor-section-basics = ਸੇਵਾ ਬਾਰੇ
editor-section-texts = ਲਿਖਤਾਂ
editor-section-contact = ਪਤਾ ਅਤੇ ਸੰਪਰਕ
editor-section-access = ਖੁੱਲ੍ਹਣ ਦਾ ਸਮਾਂ ਅਤੇ ਪਹੁੰਚ
editor-texts-in = { $language } ਵਿੱਚ ਲਿਖਤਾਂ
editor-texts-source = ਉਹ ਭਾਸ਼ਾ ਜਿਸ ਵਿੱਚ ਲਿਖਤਾਂ ਸਭ ਤੋਂ ਪਹਿਲਾਂ ਲਿਖੀਆਂ ਜਾਂਦੀਆਂ ਹਨ
editor-add-language = ਕਿਸੇ ਹੋਰ ਭਾਸ਼ਾ ਵਿੱਚ ਲਿਖਤਾਂ ਜੋੜੋ
editor-choose-language = ਭਾਸ਼ਾ ਚੁਣੋ
editor-field-id = ਆਈਡੀ
editor-field-id-hint = ਅੰਗਰੇਜ਼ੀ ਦੇ ਛੋਟੇ ਅੱਖਰ, ਅੰਕ ਅਤੇ ਹਾਈਫ਼ਨ, ਜਿਵੇਂ: jobcenter-aarhus। ਇਸ ਨੂੰ ਬਾਅਦ ਵਿੱਚ ਬਦਲਿਆ ਨਹੀਂ ਜਾ ਸਕਦਾ।
editor-field-area = ਕਮਿਊਨ (ਨਗਰਪਾਲਿਕਾ) ਜਾਂ ਇਲਾਕਾ
editor-field-categories = ਮਦਦ ਦੀਆਂ ਕਿਸਮਾਂ
editor-field-source-language = ਉਹ ਭਾਸ਼ਾ ਜਿਸ ਵਿੱਚ ਲਿਖਤਾਂ ਸਭ ਤੋਂ ਪਹਿਲਾਂ ਲਿਖੀਆਂ ਜਾਂਦੀਆਂ ਹਨ
editor-field-name = ਨਾਂ
editor-field-summary = ਸਾਰ (ਇੱਕ ਵਾਕ)
editor-field-description = ਵੇਰਵਾ
editor-field-access = ਮਦਦ ਕਿਵੇਂ ਲਈਏ
editor-field-street = ਗਲੀ ਅਤੇ ਮਕਾਨ ਨੰਬਰ
editor-field-postcode = ਪੋਸਟਕੋਡ
editor-field-city = ਸ਼ਹਿਰ
editor-field-country = ਦੇਸ਼ ਦਾ ਕੋਡ
editor-field-country-hint = ਅੰਗਰੇਜ਼ੀ ਦੇ ਦੋ ਵੱਡੇ ਅੱਖਰ, ਜਿਵੇਂ: DK
editor-field-lat = ਅਕਸ਼ਾਂਸ਼
editor-field-lon = ਰੇਖਾਂਸ਼
editor-field-phone = ਫ਼ੋਨ
editor-field-email = ਈ-ਮੇਲ
editor-field-website = ਵੈੱਬਸਾਈਟ
editor-field-opening-hours = ਖੁੱਲ੍ਹਣ ਦਾ ਸਮਾਂ
editor-field-opening-hours-hint = OpenStreetMap ਵਾਲੇ ਢੰਗ ਨਾਲ, ਜਿਵੇਂ: Mo-Fr 09:00-15:00; PH off
editor-field-languages-spoken = ਸੇਵਾ ਵਿੱਚ ਬੋਲੀਆਂ ਜਾਂਦੀਆਂ ਭਾਸ਼ਾਵਾਂ
editor-field-languages-spoken-hint = ਕੌਮੇ ਨਾਲ ਵੱਖ ਕੀਤੇ ਭਾਸ਼ਾ ਕੋਡ, ਜਿਵੇਂ: da, ar, so
editor-field-attributes = ਪਹੁੰਚ
editor-field-record = ਇਹ ਸੇਵਾ
editor-field-verified-at = ਪਿਛਲੀ ਵਾਰ ਜਾਂਚਿਆ ਗਿਆ
editor-create = ਬਣਾਓ
editor-save = ਸੇਵ ਕਰੋ
editor-archive = ਆਰਕਾਈਵ ਕਰੋ
editor-restore = ਵਾਪਸ ਲਿਆਓ
editor-history = ਇਤਿਹਾਸ
editor-back = ਸੂਚੀ 'ਤੇ ਵਾਪਸ ਜਾਓ
editor-view-public = ਜਨਤਕ ਪੰਨਾ ਦੇਖੋ
editor-created = ਸੇਵਾ ਬਣ ਗਈ। ਹੁਣ ਇਹ ਖੋਜ ਵਿੱਚ ਮਿਲੇਗੀ।
editor-saved = ਵਰਜ਼ਨ { $version } ਵਜੋਂ ਸੇਵ ਹੋ ਗਿਆ। ਖੋਜ ਵਿੱਚ ਹੁਣ ਇਹ ਬਦਲਾਅ ਦਿਖਦਾ ਹੈ।
editor-unchanged = ਕੁਝ ਵੀ ਨਹੀਂ ਬਦਲਿਆ ਗਿਆ।
editor-archived = ਆਰਕਾਈਵ ਹੋ ਗਈ। ਹੁਣ ਇਹ ਖੋਜ ਵਿੱਚ ਨਹੀਂ ਮਿਲੇਗੀ, ਪਰ ਇਸ ਨੂੰ ਵਾਪਸ ਲਿਆਂਦਾ ਜਾ ਸਕਦਾ ਹੈ।
editor-restored = ਵਰਜ਼ਨ { $version } ਵਜੋਂ ਵਾਪਸ ਲਿਆਂਦੀ ਗਈ। ਹੁਣ ਇਹ ਫਿਰ ਖੋਜ ਵਿੱਚ ਮਿਲੇਗੀ।
editor-errors-summary = { $count ->
    [one] ਸੇਵਾ ਸੇਵ ਨਹੀਂ ਹੋਈ: ਕਿਰਪਾ ਕਰਕੇ ਇੱਕ ਸਮੱਸਿਆ ਠੀਕ ਕਰੋ।
   *[other] ਸੇਵਾ ਸੇਵ ਨਹੀਂ ਹੋਈ: ਕਿਰਪਾ ਕਰਕੇ { $count } ਸਮੱਸਿਆਵਾਂ ਠੀਕ ਕਰੋ।
}
editor-exists = ਇਸ ਆਈਡੀ ਵਾਲੀ ਸੇਵਾ ਪਹਿਲਾਂ ਹੀ ਮੌਜੂਦ ਹੈ, ਜਾਂ ਆਰਕਾਈਵ ਕੀਤੀ ਹੋਈ ਹੈ। ਕੋਈ ਹੋਰ ਆਈਡੀ ਚੁਣੋ, ਜਾਂ ਆਰਕਾਈਵ ਕੀਤੀ ਸੇਵਾ ਨੂੰ ਵਾਪਸ ਲਿਆਓ।
problem-required = ਇਹ ਭਰਨਾ ਜ਼ਰੂਰੀ ਹੈ।
problem-invalid = ਇਹ ਜਾਣਕਾਰੀ ਮਨਜ਼ੂਰ ਨਹੀਂ ਹੈ।
problem-unknown = ਸੂਚੀ ਇਸ ਜਾਣਕਾਰੀ ਨੂੰ ਨਹੀਂ ਪਛਾਣਦੀ।
problem-duplicate = ਇਹ ਦੋ ਵਾਰ ਦਿੱਤਾ ਗਿਆ ਹੈ।
problem-too-long = ਇਹ ਬਹੁਤ ਲੰਮਾ ਹੈ।

## ਜਦੋਂ ਦੋ ਲੋਕ ਇੱਕੋ ਸਮੇਂ ਸੇਵ ਕਰਨ

editor-conflict-title = ਤੁਹਾਡੇ ਬਦਲਾਅ ਕਰਦੇ ਸਮੇਂ ਕਿਸੇ ਹੋਰ ਨੇ ਇਹ ਸੇਵਾ ਸੇਵ ਕਰ ਦਿੱਤੀ
editor-conflict-text = ਤੁਹਾਡੇ ਬਦਲਾਅ ਹਾਲੇ ਸੇਵ ਨਹੀਂ ਹੋਏ। ਇਹਨਾਂ ਨੂੰ ਸੇਵ ਕੀਤੇ ਵਰਜ਼ਨ ਨਾਲ ਮਿਲਾ ਕੇ ਦੇਖੋ, ਫਿਰ ਆਪਣੇ ਬਦਲਾਅ ਰੱਖਣ ਲਈ ਦੁਬਾਰਾ ਸੇਵ ਕਰੋ, ਜਾਂ ਸੇਵ ਕੀਤੇ ਵਰਜ਼ਨ ਤੋਂ ਸ਼ੁਰੂ ਕਰਨ ਲਈ ਪੰਨਾ ਮੁੜ ਲੋਡ ਕਰੋ।
editor-conflict-field = ਖਾਨਾ
editor-conflict-yours = ਤੁਹਾਡਾ ਵਰਜ਼ਨ
editor-conflict-saved = ਸੇਵ ਕੀਤਾ ਵਰਜ਼ਨ ({ $version })
editor-conflict-empty = (ਖ਼ਾਲੀ)
editor-conflict-reload = ਸੇਵ ਕੀਤੇ ਵਰਜ਼ਨ ਤੋਂ ਮੁੜ ਸ਼ੁਰੂ ਕਰੋ

## ਇਤਿਹਾਸ

history-title = ਇਤਿਹਾਸ: { $name }
history-version = ਵਰਜ਼ਨ { $version }
history-when = ਕਦੋਂ
history-who = ਕਿਸ ਨੇ
history-kind-import = ਇੰਪੋਰਟ ਕੀਤਾ ਗਿਆ
history-kind-edit = ਬਦਲਿਆ ਗਿਆ
history-kind-archive = ਆਰਕਾਈਵ ਕੀਤਾ ਗਿਆ
history-kind-restore = ਆਰਕਾਈਵ ਤੋਂ ਵਾਪਸ ਲਿਆਂਦਾ ਗਿਆ
history-kind-revert = ਪਹਿਲਾਂ ਦਾ ਇੱਕ ਵਰਜ਼ਨ ਵਾਪਸ ਲਿਆਂਦਾ ਗਿਆ
history-kind-delete = ਮਿਟਾਇਆ ਗਿਆ
history-kind-verify = ਸਹੀ ਹੋਣ ਦੀ ਪੁਸ਼ਟੀ ਕੀਤੀ ਗਈ
history-by-import = ਇੰਪੋਰਟ ਰਾਹੀਂ
history-field = ਖਾਨਾ
history-before = ਪਹਿਲਾਂ
history-after = ਬਾਅਦ ਵਿੱਚ
history-no-changes = ਕੋਈ ਖਾਨਾ ਨਹੀਂ ਬਦਲਿਆ।
history-first = ਪਹਿਲਾ ਵਰਜ਼ਨ।
history-unknown = ਇਹ ਵਰਜ਼ਨ ਰੱਖੇ ਗਏ ਇਤਿਹਾਸ ਤੋਂ ਵੀ ਪੁਰਾਣਾ ਹੈ।
history-revert = ਇਹ ਵਰਜ਼ਨ ਵਾਪਸ ਲਿਆਓ
history-current = ਮੌਜੂਦਾ ਵਰਜ਼ਨ
history-reverted = ਵਰਜ਼ਨ { $old } ਨੂੰ ਵਰਜ਼ਨ { $version } ਵਜੋਂ ਵਾਪਸ ਲਿਆਂਦਾ ਗਿਆ।

## ਸੰਪਾਦਕਾਂ ਦੇ ਪੰਨਿਆਂ ਦੀ ਨੈਵੀਗੇਸ਼ਨ

nav-translations = ਅਨੁਵਾਦ
nav-checking = ਜਾਂਚਣਾ ਬਾਕੀ
nav-reports = ਰਿਪੋਰਟਾਂ

## ਅਨੁਵਾਦ

translations-title = ਅਨੁਵਾਦ
translations-language-label = ਇਸ ਭਾਸ਼ਾ ਵਿੱਚ ਅਨੁਵਾਦ ਕਰੋ
translations-show = ਦਿਖਾਓ
translations-count = { $count ->
    [0] ਕੋਈ ਅਨੁਵਾਦ ਬਾਕੀ ਜਾਂ ਪੁਰਾਣਾ ਨਹੀਂ ਹੈ।
    [one] ਇੱਕ ਸੇਵਾ ਦਾ ਅਨੁਵਾਦ ਕਰਨਾ ਬਾਕੀ ਹੈ।
   *[other] { $count } ਸੇਵਾਵਾਂ ਦਾ ਅਨੁਵਾਦ ਕਰਨਾ ਬਾਕੀ ਹੈ।
}
translations-col-resource = ਸੇਵਾ
translations-col-missing = ਬਾਕੀ
translations-col-outdated = ਪੁਰਾਣੇ
translations-col-views = ਕਿੰਨੀ ਵਾਰ ਦੇਖੀ ਗਈ
translations-translate = ਅਨੁਵਾਦ ਕਰੋ
translations-export = ਜੋ ਬਾਕੀ ਹੈ ਉਸ ਨੂੰ XLIFF ਵਜੋਂ ਡਾਊਨਲੋਡ ਕਰੋ
translations-export-from = ਇਸ ਭਾਸ਼ਾ ਤੋਂ ਅਨੁਵਾਦ ਕਰੋ
translations-import-heading = ਅਨੁਵਾਦ ਵਾਪਸ ਅੱਪਲੋਡ ਕਰੋ
translations-import-label = XLIFF ਫ਼ਾਈਲ
translations-import-submit = ਇੰਪੋਰਟ ਕਰੋ
translations-imported = { $count ->
    [one] ਇੱਕ ਅਨੁਵਾਦ ਸੇਵ ਕੀਤਾ ਗਿਆ।
   *[other] { $count } ਅਨੁਵਾਦ ਸੇਵ ਕੀਤੇ ਗਏ।
}
translations-untranslated = { $count ->
    [one] ਇੱਕ ਲਿਖਤ ਬਿਨਾਂ ਅਨੁਵਾਦ ਦੇ ਰਹਿ ਗਈ।
   *[other] { $count } ਲਿਖਤਾਂ ਬਿਨਾਂ ਅਨੁਵਾਦ ਦੇ ਰਹਿ ਗਈਆਂ।
}
translations-refused = ਇਹ ਸੇਵ ਨਹੀਂ ਕੀਤੇ ਗਏ:
status-missing = ਬਾਕੀ
status-outdated = ਪੁਰਾਣਾ
status-current = ਅੱਪ-ਟੂ-ਡੇਟ
status-reviewed = ਸਮੀਖਿਆ ਹੋ ਚੁੱਕੀ
translate-title = ਅਨੁਵਾਦ ਕਰੋ: { $name }
translate-into = { $language } ਵਿੱਚ
translate-source = ਮੂਲ ਲਿਖਤ ({ $language })
translate-target = ਅਨੁਵਾਦ ({ $language })
translate-status = ਸਥਿਤੀ: { $status }
translate-proposal = ਅਨੁਵਾਦ ਮੈਮੋਰੀ ਤੋਂ ਸੁਝਾਇਆ ਗਿਆ: ਸੇਵ ਕਰਨ ਤੋਂ ਪਹਿਲਾਂ ਇਸ ਨੂੰ ਜਾਂਚ ਲਓ।
translate-save = ਅਨੁਵਾਦ ਸੇਵ ਕਰੋ
translate-review = ਸਮੀਖਿਆ ਹੋ ਚੁੱਕੀ ਵਜੋਂ ਨਿਸ਼ਾਨ ਲਗਾਓ
translate-saved = ਅਨੁਵਾਦ ਸੇਵ ਹੋ ਗਿਆ।
translate-reviewed = ਸਮੀਖਿਆ ਹੋ ਚੁੱਕੀ ਵਜੋਂ ਨਿਸ਼ਾਨ ਲਗਾ ਦਿੱਤਾ ਗਿਆ।
editor-translations-heading = ਅਨੁਵਾਦ
editor-translate-into = { $language } ਵਿੱਚ ਅਨੁਵਾਦ ਕਰੋ

## ਪੁਸ਼ਟੀ

editor-verify = ਪੁਸ਼ਟੀ ਕਰੋ ਕਿ ਅੱਜ ਇਹ ਜਾਣਕਾਰੀ ਸਹੀ ਹੈ
editor-verified = ਅੱਜ ਸਹੀ ਹੋਣ ਦੀ ਪੁਸ਼ਟੀ ਕੀਤੀ ਗਈ।
editor-last-verified = ਪਿਛਲੀ ਪੁਸ਼ਟੀ { $date } ਨੂੰ
editor-never-verified = ਕਦੇ ਪੁਸ਼ਟੀ ਨਹੀਂ ਕੀਤੀ ਗਈ
checking-title = ਜਾਂਚਣਾ ਬਾਕੀ
checking-intro = { $months ->
    [one] ਉਹ ਸੇਵਾਵਾਂ ਜਿਨ੍ਹਾਂ ਦੀ ਇੱਕ ਮਹੀਨੇ ਤੋਂ ਕਿਸੇ ਨੇ ਪੁਸ਼ਟੀ ਨਹੀਂ ਕੀਤੀ, ਸਭ ਤੋਂ ਪੁਰਾਣੀ ਪਹਿਲਾਂ।
   *[other] ਉਹ ਸੇਵਾਵਾਂ ਜਿਨ੍ਹਾਂ ਦੀ { $months } ਮਹੀਨਿਆਂ ਤੋਂ ਕਿਸੇ ਨੇ ਪੁਸ਼ਟੀ ਨਹੀਂ ਕੀਤੀ, ਸਭ ਤੋਂ ਪੁਰਾਣੀ ਪਹਿਲਾਂ।
}
checking-months = ਕਿੰਨੇ ਮਹੀਨਿਆਂ ਤੋਂ ਪੁਸ਼ਟੀ ਨਹੀਂ ਹੋਈ
checking-col-verified = ਪਿਛਲੀ ਪੁਸ਼ਟੀ
checking-col-by = ਕਿਸ ਨੇ
checking-never = ਕਦੇ ਨਹੀਂ
checking-none = ਇੱਥੇ ਹਰ ਸੇਵਾ ਦੀ ਹਾਲ ਹੀ ਵਿੱਚ ਪੁਸ਼ਟੀ ਹੋ ਚੁੱਕੀ ਹੈ।

## ਜ਼ਮੀਨੀ ਪੱਧਰ ਤੋਂ ਆਈਆਂ ਰਿਪੋਰਟਾਂ

reports-title = ਜ਼ਮੀਨੀ ਪੱਧਰ ਤੋਂ ਆਈਆਂ ਰਿਪੋਰਟਾਂ
reports-none = ਕੋਈ ਖੁੱਲ੍ਹੀ ਰਿਪੋਰਟ ਨਹੀਂ ਹੈ।
reports-col-resource = ਸੇਵਾ
reports-col-category = ਕੀ ਬਦਲਿਆ ਹੈ
reports-col-note = ਟਿੱਪਣੀ
reports-col-date = ਭੇਜਣ ਦੀ ਤਾਰੀਖ਼
reports-resolve = ਹੋ ਗਿਆ
reports-dismiss = ਰੱਦ ਕਰੋ
reports-closed = ਰਿਪੋਰਟ ਬੰਦ ਕਰ ਦਿੱਤੀ ਗਈ ਹੈ।
report-category-closed = ਇਹ ਬੰਦ ਹੋ ਗਈ ਹੈ
report-category-moved = ਇਹ ਕਿਤੇ ਹੋਰ ਚਲੀ ਗਈ ਹੈ
report-category-hours = ਖੁੱਲ੍ਹਣ ਦਾ ਸਮਾਂ ਗ਼ਲਤ ਹੈ
report-category-phone = ਫ਼ੋਨ ਨੰਬਰ ਗ਼ਲਤ ਹੈ
report-category-other = ਕੁਝ ਹੋਰ
report-link = ਕੁਝ ਬਦਲਿਆ ਹੈ? ਸਾਨੂੰ ਦੱਸੋ
report-title = ਕੀ ਕੁਝ ਬਦਲਿਆ ਹੈ?
report-intro = ਸੰਪਾਦਕਾਂ ਨੂੰ ਦੱਸੋ ਕਿ { $name } ਬਾਰੇ ਹੁਣ ਕੀ ਸਹੀ ਨਹੀਂ ਹੈ।
report-privacy = ਕਿਸੇ ਦਾ ਨਾਂ ਨਾ ਲਿਖੋ। ਤੁਸੀਂ ਜਿਨ੍ਹਾਂ ਦੀ ਮਦਦ ਕਰ ਰਹੇ ਹੋ, ਉਹਨਾਂ ਬਾਰੇ ਕੁਝ ਵੀ ਨਾ ਲਿਖੋ।
report-category-label = ਕੀ ਬਦਲਿਆ ਹੈ?
report-note-label = ਛੋਟੀ ਟਿੱਪਣੀ (ਜ਼ਰੂਰੀ ਨਹੀਂ)
report-note-hint = ਵੱਧ ਤੋਂ ਵੱਧ 280 ਅੱਖਰ। ਨਾਂ, ਫ਼ੋਨ ਨੰਬਰ ਜਾਂ ਕੋਈ ਵੀ ਨਿੱਜੀ ਜਾਣਕਾਰੀ ਨਾ ਲਿਖੋ।
report-submit = ਭੇਜੋ
report-thanks = ਧੰਨਵਾਦ। ਇਸ ਇਲਾਕੇ ਦੇ ਸੰਪਾਦਕ ਇਸ ਨੂੰ ਜਾਂਚਣਗੇ।
report-invalid = ਚੁਣੋ ਕਿ ਕੀ ਬਦਲਿਆ ਹੈ, ਅਤੇ ਟਿੱਪਣੀ 280 ਅੱਖਰਾਂ ਦੇ ਅੰਦਰ ਰੱਖੋ।

## ਖਾਤੇ (ਐਡਮਿਨਿਸਟ੍ਰੇਟਰਾਂ ਲਈ)

nav-accounts = ਖਾਤੇ
accounts-title = ਖਾਤੇ
accounts-col-login = ਲੌਗਇਨ ਨਾਂ
accounts-col-role = ਭੂਮਿਕਾ
accounts-col-scope = ਇਲਾਕੇ ਜਾਂ ਭਾਸ਼ਾਵਾਂ
accounts-col-state = ਸਥਿਤੀ
accounts-active = ਚਾਲੂ
accounts-disabled = ਬੰਦ
accounts-disable = ਬੰਦ ਕਰੋ
accounts-enable = ਚਾਲੂ ਕਰੋ
accounts-reset = ਨਵਾਂ ਪਾਸਵਰਡ
accounts-new = ਨਵਾਂ ਖਾਤਾ
accounts-id = ਲੌਗਇਨ ਨਾਂ
accounts-id-hint = ਅੰਗਰੇਜ਼ੀ ਦੇ ਛੋਟੇ ਅੱਖਰ, ਅੰਕ ਅਤੇ ਹਾਈਫ਼ਨ, ਜਿਵੇਂ: amina-aarhus
accounts-role = ਭੂਮਿਕਾ
accounts-areas = ਇਲਾਕੇ (ਸੰਪਾਦਕਾਂ ਲਈ)
accounts-areas-hint = ਇੱਕ ਜਾਂ ਵੱਧ ਚੁਣੋ; ਕਿਸੇ ਇਲਾਕੇ ਵਿੱਚ ਉਸ ਦੇ ਅੰਦਰਲੇ ਇਲਾਕੇ ਵੀ ਸ਼ਾਮਲ ਹੁੰਦੇ ਹਨ।
accounts-languages = ਭਾਸ਼ਾਵਾਂ (ਅਨੁਵਾਦਕਾਂ ਲਈ)
accounts-create = ਖਾਤਾ ਬਣਾਓ
accounts-password-for = { $account } ਖਾਤੇ ਦਾ ਪਾਸਵਰਡ:
accounts-password-once = ਇਹ ਪਾਸਵਰਡ ਸਿਰਫ਼ ਹੁਣੇ, ਇੱਕੋ ਵਾਰ ਦਿਖਾਇਆ ਜਾ ਰਿਹਾ ਹੈ। ਇਸ ਨੂੰ ਉਸ ਵਿਅਕਤੀ ਤੱਕ ਸੁਰੱਖਿਅਤ ਤਰੀਕੇ ਨਾਲ ਪਹੁੰਚਾਓ; ਉਹ ਇਸ ਨਾਲ ਤੁਰੰਤ ਸਾਈਨ ਇਨ ਕਰ ਸਕਦੇ ਹਨ।
accounts-refused = ਖਾਤਾ ਸੇਵ ਨਹੀਂ ਕੀਤਾ ਗਿਆ।

## ਪਾਰਟਨਰ ਵੈੱਬਸਾਈਟਾਂ ਦੀਆਂ API ਕੁੰਜੀਆਂ (ਸਿਰਫ਼ ਐਡਮਿਨਿਸਟ੍ਰੇਟਰਾਂ ਲਈ)

nav-keys = ਪਾਰਟਨਰ ਕੁੰਜੀਆਂ
keys-title = ਪਾਰਟਨਰ ਵੈੱਬਸਾਈਟਾਂ ਦੀਆਂ API ਕੁੰਜੀਆਂ
keys-intro = ਜੋ ਨਗਰਪਾਲਿਕਾਵਾਂ ਅਤੇ ਸੰਸਥਾਵਾਂ ਆਪਣੀ ਵੈੱਬਸਾਈਟ ਉੱਤੇ Nabo ਦੀ ਖੋਜ ਦਿਖਾਉਂਦੀਆਂ ਹਨ, ਉਹਨਾਂ ਨੂੰ ਇੱਕ ਕੁੰਜੀ ਚਾਹੀਦੀ ਹੈ। ਬ੍ਰਾਊਜ਼ਰ ਵਿੱਚ ਕੁੰਜੀ ਸਿਰਫ਼ ਉਹਨਾਂ ਵੈੱਬ ਪਤਿਆਂ ਉੱਤੇ ਕੰਮ ਕਰਦੀ ਹੈ ਜੋ ਉਸ ਲਈ ਦਰਜ ਹਨ, ਅਤੇ ਸਿਰਫ਼ ਓਨੀ ਵਾਰ ਜਿੰਨੀ ਉਸ ਦੀ ਸੀਮਾ ਇਜਾਜ਼ਤ ਦਿੰਦੀ ਹੈ।
keys-issued-for = { $partner } ਲਈ ਨਵੀਂ ਕੁੰਜੀ:
keys-once = ਇਸ ਨੂੰ ਹੁਣੇ ਕਾਪੀ ਕਰੋ ਅਤੇ ਪਾਰਟਨਰ ਨੂੰ ਦਿਓ: ਇਹ ਸਿਰਫ਼ ਇਸੇ ਇੱਕ ਵਾਰ ਦਿਖਾਈ ਜਾ ਰਹੀ ਹੈ ਅਤੇ ਫਿਰ ਕਦੇ ਨਹੀਂ ਦਿਖੇਗੀ।
keys-embed = ਪਾਰਟਨਰ ਇਹ ਦੋ ਲਾਈਨਾਂ ਆਪਣੇ ਪੰਨੇ ਵਿੱਚ ਪੇਸਟ ਕਰਦਾ ਹੈ:
keys-refused = ਕੁੰਜੀ ਨਹੀਂ ਬਣਾਈ ਗਈ:
keys-none = ਅਜੇ ਕੋਈ ਕੁੰਜੀ ਨਹੀਂ ਹੈ।
keys-col-name = ਪਾਰਟਨਰ
keys-col-origins = ਵੈੱਬ ਪਤੇ
keys-col-rate = ਸੀਮਾ
keys-col-state = ਸਥਿਤੀ
keys-per-minute = { $rate } ਪ੍ਰਤੀ ਮਿੰਟ
keys-active = ਵਰਤੋਂ ਵਿੱਚ
keys-revoked = ਰੱਦ
keys-revoke = ਰੱਦ ਕਰੋ
keys-new = ਨਵੀਂ ਕੁੰਜੀ
keys-name = ਪਾਰਟਨਰ (ਕੁੰਜੀ ਕਿਸ ਲਈ ਹੈ)
keys-origins = ਉਹ ਵੈੱਬ ਪਤੇ ਜਿਨ੍ਹਾਂ ਨੂੰ ਕੁੰਜੀ ਵਰਤਣ ਦੀ ਇਜਾਜ਼ਤ ਹੈ
keys-origins-hint = ਜਿਵੇਂ: https://kommune.example, ਸਪੇਸ ਜਾਂ ਕੌਮੇ ਨਾਲ ਵੱਖ ਕੀਤੇ। ਜੋ ਕੁੰਜੀ ਸਿਰਫ਼ ਸਰਵਰ ਤੋਂ ਵਰਤੀ ਜਾਵੇਗੀ, ਉਸ ਲਈ ਖਾਲੀ ਛੱਡੋ।
keys-rate = ਪ੍ਰਤੀ ਮਿੰਟ ਬੇਨਤੀਆਂ
keys-create = ਕੁੰਜੀ ਬਣਾਓ
