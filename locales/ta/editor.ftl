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
