# Nabo தொகுப்பாளர் பக்கங்கள் — தமிழ். en/editor.ftl இல் உள்ள அதே செய்தி அடையாளங்கள்.
# பட்டியலைப் பராமரிப்பவர்களுக்கு: தொகுப்பாளர்கள், மொழிபெயர்ப்பாளர்கள், ஒருங்கிணைப்பாளர்கள், நிர்வாகிகள்.

## உள்நுழைதலும் வெளியேறுதலும்

login-title = உள்நுழைக
login-intro = பட்டியலைப் பராமரிப்பவர்களுக்கு: தொகுப்பாளர்கள், மொழிபெயர்ப்பாளர்கள், ஒருங்கிணைப்பாளர்கள்.
login-account = கணக்கு
login-password = கடவுச்சொல்
login-submit = உள்நுழைக
login-wrong = கணக்கு அல்லது கடவுச்சொல் தவறு.
login-throttled = { $minutes ->
    [one] பலமுறை தவறாக முயன்றுவிட்டீர்கள். ஒரு நிமிடம் கழித்து மீண்டும் முயலுங்கள்.
   *[other] பலமுறை தவறாக முயன்றுவிட்டீர்கள். { $minutes } நிமிடங்கள் கழித்து மீண்டும் முயலுங்கள்.
}
login-required = தொடர, தயவுசெய்து உள்நுழையுங்கள்.
login-signed-out = நீங்கள் வெளியேறிவிட்டீர்கள்.
nav-editing = தொகுத்தல்
nav-sign-out = வெளியேறு
editor-signed-in-as = { $account } ஆக உள்நுழைந்துள்ளீர்கள் ({ $role })
role-admin = நிர்வாகி
role-coordinator = ஒருங்கிணைப்பாளர்
role-editor = தொகுப்பாளர்
role-translator = மொழிபெயர்ப்பாளர்

## மறுப்புகள்

error-form-expired-title = படிவத்தை அனுப்ப முடியவில்லை
error-form-expired-text = உங்கள் பாதுகாப்புக்காக, ஒரு படிவம் அது சேர்ந்த பக்கத்திலிருந்து மட்டுமே ஏற்கப்படும். பின்சென்று, பக்கத்தை மீண்டும் ஏற்றி, மறுபடி முயலுங்கள்.
error-forbidden-title = அனுமதி இல்லை
error-forbidden-text = உங்கள் கணக்குக்கு இதைச் செய்ய அனுமதி இல்லை. தொகுப்பாளர்கள் தங்கள் சொந்தப் பகுதிகளின் சேவைகளை மட்டுமே மாற்றலாம்.
error-too-many-title = மிக அதிகமான கோரிக்கைகள்
error-too-many-text = சிறிது நேரம் காத்திருந்து மீண்டும் முயலுங்கள்.

## சேவைகளின் பட்டியல்

editor-dashboard-title = சேவைகள்
editor-new-resource = புதிய சேவை
editor-find-label = பெயர் அல்லது சொற்களைக் கொண்டு சேவையைத் தேடுங்கள்
editor-find-button = தேடு
editor-area-label = பகுதி
editor-all-areas = எல்லாப் பகுதிகளும்
editor-count = { $count ->
    [0] சேவைகள் எதுவும் கிடைக்கவில்லை
    [one] ஒரு சேவை
   *[other] { $count } சேவைகள்
}
editor-col-name = பெயர்
editor-col-area = பகுதி
editor-col-categories = வகைகள்
editor-edit = திருத்து
editor-page-previous = முந்தையது
editor-page-next = அடுத்தது
editor-archived-heading = காப்பகப்படுத்தப்பட்ட சேவைகள்
editor-archived-none = எதுவும் காப்பகப்படுத்தப்படவில்லை.
editor-archived-when = { $date } அன்று { $account } காப்பகப்படுத்தினார்

## சேவையைத் திருத்துதல்

editor-new-title = புதிய சேவை
editor-edit-title = திருத்து: { $name }
editor-version = பதிப்பு { $version }, { $date } அன்று சேமிக்கப்பட்டது
editor-section-basics = சேவையைப் பற்றி
editor-section-texts = உரைகள்
editor-section-contact = முகவரியும் தொடர்பும்
editor-section-access = திறந்திருக்கும் நேரமும் அணுகலும்
editor-texts-in = { $language } மொழியில் உரைகள்
editor-texts-source = உரைகள் முதலில் எழுதப்படும் மொழி
editor-add-language = வேறொரு மொழியில் உரைகளைச் சேர்
editor-choose-language = மொழியைத் தேர்ந்தெடுங்கள்
editor-field-id = அடையாளக் குறியீடு (Id)
editor-field-id-hint = சிறிய ஆங்கில எழுத்துகள், எண்கள், இணைப்புக்கோடுகள் மட்டும்; எடுத்துக்காட்டு: jobcenter-aarhus. பின்னர் இதை மாற்ற முடியாது.
editor-field-area = கொம்யூன் அல்லது பகுதி
editor-field-categories = உதவியின் வகைகள்
editor-field-source-language = உரைகள் முதலில் எழுதப்படும் மொழி
editor-field-name = பெயர்
editor-field-summary = சுருக்கம் (ஒரு வாக்கியம்)
editor-field-description = விளக்கம்
editor-field-access = உதவி பெறுவது எப்படி
editor-field-street = தெருவும் கதவு எண்ணும்
editor-field-postcode = அஞ்சல் குறியீடு
editor-field-city = ஊர்
editor-field-country = நாட்டுக் குறியீடு
editor-field-country-hint = இரண்டு பெரிய ஆங்கில எழுத்துகள்; எடுத்துக்காட்டு: DK
editor-field-lat = அட்சரேகை
editor-field-lon = தீர்க்கரேகை
editor-field-phone = தொலைபேசி
editor-field-email = மின்னஞ்சல்
editor-field-website = இணையதளம்
editor-field-opening-hours = திறந்திருக்கும் நேரம்
editor-field-opening-hours-hint = OpenStreetMap வடிவத்தில்; எடுத்துக்காட்டு: Mo-Fr 09:00-15:00; PH off
editor-field-languages-spoken = சேவையில் பேசப்படும் மொழிகள்
editor-field-languages-spoken-hint = காற்புள்ளியால் பிரிக்கப்பட்ட மொழிக் குறியீடுகள்; எடுத்துக்காட்டு: da, ar, so
editor-field-attributes = அணுகல்
editor-field-record = இந்தச் சேவை
editor-field-verified-at = கடைசியாகச் சரிபார்த்தது
editor-create = உருவாக்கு
editor-save = சேமி
editor-archive = காப்பகப்படுத்து
editor-restore = மீட்டமை
editor-history = வரலாறு
editor-back = பட்டியலுக்குத் திரும்பு
editor-view-public = பொதுப் பக்கத்தைக் காட்டு
editor-created = உருவாக்கப்பட்டது. இப்போது இந்தச் சேவையைத் தேடலில் காணலாம்.
editor-saved = பதிப்பு { $version } ஆகச் சேமிக்கப்பட்டது. தேடலில் இப்போது இந்த மாற்றம் தெரியும்.
editor-unchanged = எதுவும் மாற்றப்படவில்லை.
editor-archived = காப்பகப்படுத்தப்பட்டது. இனி இது தேடலில் தெரியாது; பின்னர் மீட்டமைக்கலாம்.
editor-restored = பதிப்பு { $version } ஆக மீட்டமைக்கப்பட்டது. இப்போது மீண்டும் தேடலில் காணலாம்.
editor-errors-summary = { $count ->
    [one] சேவை சேமிக்கப்படவில்லை: ஒரு சிக்கலைச் சரிசெய்யுங்கள்.
   *[other] சேவை சேமிக்கப்படவில்லை: { $count } சிக்கல்களைச் சரிசெய்யுங்கள்.
}
editor-exists = இந்த அடையாளக் குறியீட்டுடன் ஒரு சேவை ஏற்கெனவே உள்ளது, அல்லது அது காப்பகப்படுத்தப்பட்டுள்ளது. வேறு குறியீட்டைத் தேர்ந்தெடுங்கள், அல்லது காப்பகப்படுத்தப்பட்டதை மீட்டமையுங்கள்.
problem-required = இது கட்டாயம்.
problem-invalid = இந்த மதிப்பு ஏற்கப்படாது.
problem-unknown = இந்த மதிப்பு பட்டியலில் இல்லை.
problem-duplicate = இது இருமுறை கொடுக்கப்பட்டுள்ளது.
problem-too-long = இது மிக நீளமாக உள்ளது.

## இருவர் ஒரே நேரத்தில் சேமிக்கும்போது

editor-conflict-title = நீங்கள் திருத்திக்கொண்டிருந்தபோது வேறொருவர் இந்தச் சேவையைச் சேமித்துவிட்டார்
editor-conflict-text = உங்கள் மாற்றங்கள் இன்னும் சேமிக்கப்படவில்லை. அவற்றைச் சேமிக்கப்பட்ட பதிப்புடன் ஒப்பிடுங்கள்; பிறகு உங்களுடையதை வைத்துக்கொள்ள மீண்டும் சேமியுங்கள், அல்லது சேமிக்கப்பட்ட பதிப்பிலிருந்து தொடங்கப் பக்கத்தை மீண்டும் ஏற்றுங்கள்.
editor-conflict-field = புலம்
editor-conflict-yours = உங்கள் பதிப்பு
editor-conflict-saved = சேமிக்கப்பட்ட பதிப்பு ({ $version })
editor-conflict-empty = (காலி)
editor-conflict-reload = சேமிக்கப்பட்ட பதிப்பிலிருந்து மீண்டும் தொடங்கு

## வரலாறு

history-title = வரலாறு: { $name }
history-version = பதிப்பு { $version }
history-when = எப்போது
history-who = யார்
history-kind-import = இறக்குமதி செய்யப்பட்டது
history-kind-edit = திருத்தப்பட்டது
history-kind-archive = காப்பகப்படுத்தப்பட்டது
history-kind-restore = காப்பகத்திலிருந்து மீட்டமைக்கப்பட்டது
history-kind-revert = முந்தைய பதிப்பு திரும்பக் கொண்டுவரப்பட்டது
history-kind-delete = நீக்கப்பட்டது
history-kind-verify = சரியானது என உறுதிசெய்யப்பட்டது
history-by-import = இறக்குமதி மூலம்
history-field = புலம்
history-before = முன்பு
history-after = பின்பு
history-no-changes = எந்தப் புலமும் மாறவில்லை.
history-first = முதல் பதிப்பு.
history-unknown = இந்தப் பதிப்பு, சேமித்து வைக்கப்பட்டுள்ள வரலாற்றைவிடப் பழையது.
history-revert = இந்தப் பதிப்பைத் திரும்பக் கொண்டுவா
history-current = தற்போதைய பதிப்பு
history-reverted = பதிப்பு { $old } திரும்பக் கொண்டுவரப்பட்டு, பதிப்பு { $version } ஆகச் சேமிக்கப்பட்டது.

## தொகுப்பாளர் பக்கங்களின் வழிசெலுத்தல்

nav-translations = மொழிபெயர்ப்புகள்
nav-checking = சரிபார்க்க வேண்டியவை
nav-reports = அறிக்கைகள்

## மொழிபெயர்ப்புகள்

translations-title = மொழிபெயர்ப்புகள்
translations-language-label = மொழிபெயர்க்க வேண்டிய மொழி
translations-show = காட்டு
translations-count = { $count ->
    [0] விடுபட்டதோ பழையதோ எதுவும் இல்லை.
    [one] ஒரு சேவையை மொழிபெயர்க்க வேண்டும்.
   *[other] { $count } சேவைகளை மொழிபெயர்க்க வேண்டும்.
}
translations-col-resource = சேவை
translations-col-missing = விடுபட்டவை
translations-col-outdated = பழையவை
translations-col-views = பார்வைகள்
translations-translate = மொழிபெயர்
translations-export = விடுபட்டவற்றை XLIFF கோப்பாகப் பதிவிறக்கு
translations-export-from = மூல மொழி
translations-import-heading = மொழிபெயர்ப்புகளைத் திரும்பப் பதிவேற்றுங்கள்
translations-import-label = XLIFF கோப்பு
translations-import-submit = இறக்குமதி செய்
translations-imported = { $count ->
    [one] ஒரு மொழிபெயர்ப்பு சேமிக்கப்பட்டது.
   *[other] { $count } மொழிபெயர்ப்புகள் சேமிக்கப்பட்டன.
}
translations-untranslated = { $count ->
    [one] ஓர் உரை மொழிபெயர்க்கப்படாமல் விடப்பட்டது.
   *[other] { $count } உரைகள் மொழிபெயர்க்கப்படாமல் விடப்பட்டன.
}
translations-refused = இவை சேமிக்கப்படவில்லை:
status-missing = விடுபட்டது
status-outdated = பழையது
status-current = புதுப்பித்த நிலையில் உள்ளது
status-reviewed = மறுஆய்வு செய்யப்பட்டது
translate-title = மொழிபெயர்: { $name }
translate-into = { $language } மொழிக்கு
translate-source = மூல உரை ({ $language })
translate-target = மொழிபெயர்ப்பு ({ $language })
translate-status = நிலை: { $status }
translate-proposal = மொழிபெயர்ப்பு நினைவகத்திலிருந்து பரிந்துரைக்கப்பட்டது: சேமிப்பதற்கு முன் சரிபாருங்கள்.
translate-save = மொழிபெயர்ப்பைச் சேமி
translate-review = மறுஆய்வு செய்யப்பட்டதாகக் குறி
translate-saved = மொழிபெயர்ப்பு சேமிக்கப்பட்டது.
translate-reviewed = மறுஆய்வு செய்யப்பட்டதாகக் குறிக்கப்பட்டது.
editor-translations-heading = மொழிபெயர்ப்புகள்
editor-translate-into = { $language } மொழியில் மொழிபெயர்

## உறுதிசெய்தல்

editor-verify = இன்று இது சரியாக உள்ளது என உறுதிசெய்
editor-verified = இன்று சரியானது என உறுதிசெய்யப்பட்டது.
editor-last-verified = கடைசியாக { $date } அன்று உறுதிசெய்யப்பட்டது
editor-never-verified = ஒருபோதும் உறுதிசெய்யப்படவில்லை
checking-title = சரிபார்க்க வேண்டியவை
checking-intro = { $months ->
    [one] ஒரு மாதமாக யாரும் உறுதிசெய்யாத சேவைகள், மிகப் பழையது முதலில்.
   *[other] { $months } மாதங்களாக யாரும் உறுதிசெய்யாத சேவைகள், மிகப் பழையது முதலில்.
}
checking-months = எத்தனை மாதங்களாக உறுதிசெய்யப்படவில்லை
checking-col-verified = கடைசியாக உறுதிசெய்தது
checking-col-by = உறுதிசெய்தவர்
checking-never = ஒருபோதும் இல்லை
checking-none = இங்குள்ள அனைத்தும் சமீபத்தில் உறுதிசெய்யப்பட்டுள்ளன.

## களத்திலிருந்து வந்த அறிக்கைகள்

reports-title = களத்திலிருந்து வந்த அறிக்கைகள்
reports-none = கவனிக்க வேண்டிய அறிக்கைகள் எதுவும் இல்லை.
reports-col-resource = சேவை
reports-col-category = என்ன மாறியுள்ளது
reports-col-note = குறிப்பு
reports-col-date = அனுப்பிய நாள்
reports-resolve = முடிந்தது
reports-dismiss = நிராகரி
reports-closed = அறிக்கை மூடப்பட்டது.
report-category-closed = இது மூடப்பட்டுவிட்டது
report-category-moved = இது வேறு இடத்துக்கு மாறிவிட்டது
report-category-hours = திறந்திருக்கும் நேரம் தவறு
report-category-phone = தொலைபேசி எண் தவறு
report-category-other = வேறு ஏதாவது
report-link = ஏதாவது மாறியுள்ளதா? எங்களுக்குச் சொல்லுங்கள்
report-title = ஏதாவது மாறியுள்ளதா?
report-intro = { $name } பற்றி இப்போது எது சரியில்லை என்று தொகுப்பாளர்களுக்குச் சொல்லுங்கள்.
report-privacy = யாருடைய பெயரையும் எழுத வேண்டாம். நீங்கள் உதவும் நபரைப் பற்றி எதையும் எழுத வேண்டாம்.
report-category-label = என்ன மாறியுள்ளது?
report-note-label = சிறு குறிப்பு (விருப்பப்பட்டால்)
report-note-hint = அதிகபட்சம் 280 எழுத்துகள். பெயர்கள், தொலைபேசி எண்கள், தனிப்பட்ட விவரங்கள் எதையும் எழுத வேண்டாம்.
report-submit = அனுப்பு
report-thanks = நன்றி. இந்தப் பகுதியின் தொகுப்பாளர்கள் இதைச் சரிபார்ப்பார்கள்.
report-invalid = என்ன மாறியுள்ளது என்பதைத் தேர்ந்தெடுங்கள்; குறிப்பை 280 எழுத்துகளுக்குள் வையுங்கள்.

## கணக்குகள் (நிர்வாகிகளுக்கு)

nav-accounts = கணக்குகள்
accounts-title = கணக்குகள்
accounts-col-login = உள்நுழைவுப் பெயர்
accounts-col-role = பங்கு
accounts-col-scope = பகுதிகள் அல்லது மொழிகள்
accounts-col-state = நிலை
accounts-active = செயலில் உள்ளது
accounts-disabled = முடக்கப்பட்டது
accounts-disable = முடக்கு
accounts-enable = செயல்படுத்து
accounts-reset = புதிய கடவுச்சொல்
accounts-new = புதிய கணக்கு
accounts-id = உள்நுழைவுப் பெயர்
accounts-id-hint = சிறிய ஆங்கில எழுத்துகள், எண்கள், இணைப்புக்கோடுகள் மட்டும்; எடுத்துக்காட்டு: amina-aarhus
accounts-role = பங்கு
accounts-areas = பகுதிகள் (தொகுப்பாளர்களுக்கு)
accounts-areas-hint = ஒன்று அல்லது அதற்கு மேற்பட்டவற்றைத் தேர்ந்தெடுங்கள்; ஒரு பகுதி தனக்குள் உள்ள பகுதிகளையும் உள்ளடக்கும்.
accounts-languages = மொழிகள் (மொழிபெயர்ப்பாளர்களுக்கு)
accounts-create = கணக்கை உருவாக்கு
accounts-password-for = { $account } கணக்கின் கடவுச்சொல்:
accounts-password-once = இந்தக் கடவுச்சொல் இப்போது ஒரே ஒருமுறை மட்டுமே காட்டப்படும். இதை அந்த நபரிடம் பாதுகாப்பான முறையில் ஒப்படையுங்கள்; அவர் உடனே இதைக் கொண்டு உள்நுழையலாம்.
accounts-refused = கணக்கு சேமிக்கப்படவில்லை.

## கூட்டாளர் இணையதளங்களின் API விசைகள் (நிர்வாகிகளுக்கு மட்டும்)

nav-keys = கூட்டாளர் விசைகள்
keys-title = கூட்டாளர் இணையதளங்களின் API விசைகள்
keys-intro = Nabo தேடலைத் தங்கள் சொந்த இணையதளத்தில் காட்டும் கொம்யூன்களுக்கும் அமைப்புகளுக்கும் ஒரு விசை தேவை. உலாவிகளில் ஒரு விசை அதற்காகப் பட்டியலிடப்பட்ட இணைய முகவரிகளில் மட்டுமே வேலை செய்யும்; அதுவும் அதன் வரம்பு அனுமதிக்கும் அளவுக்கு மட்டுமே.
keys-issued-for = { $partner } என்ற கூட்டாளருக்கான புதிய விசை:
keys-once = இதை இப்போதே நகலெடுத்துக் கூட்டாளரிடம் கொடுங்கள்: இது இந்த ஒருமுறை மட்டுமே காட்டப்படும், மீண்டும் பார்க்க முடியாது.
keys-embed = கூட்டாளர் இந்த இரண்டு வரிகளைத் தனது பக்கத்தில் ஒட்டுவார்:
keys-refused = விசை உருவாக்கப்படவில்லை:
keys-none = இன்னும் விசைகள் எதுவும் இல்லை.
keys-col-name = கூட்டாளர்
keys-col-origins = இணைய முகவரிகள்
keys-col-rate = வரம்பு
keys-col-state = நிலை
keys-per-minute = நிமிடத்துக்கு { $rate }
keys-active = பயன்பாட்டில் உள்ளது
keys-revoked = திரும்பப் பெறப்பட்டது
keys-revoke = திரும்பப் பெறு
keys-new = புதிய விசை
keys-name = கூட்டாளர் (விசை யாருக்காக)
keys-origins = விசையைப் பயன்படுத்த அனுமதிக்கப்பட்ட இணைய முகவரிகள்
keys-origins-hint = எடுத்துக்காட்டு: https://kommune.example; இடைவெளி அல்லது காற்புள்ளியால் பிரிக்கவும். சர்வரிலிருந்து மட்டுமே பயன்படுத்தப்படும் விசைக்கு இதைக் காலியாக விடுங்கள்.
keys-rate = நிமிடத்துக்கான கோரிக்கைகள்
keys-create = விசையை உருவாக்கு
