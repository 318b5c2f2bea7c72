# Nabo இணையச் செயலி — தமிழ். en/main.ftl இல் உள்ள அதே செய்தி அடையாளங்கள்.
# மாறிகளை ($name போன்றவை) செயலி நிரப்பும்; அவற்றை மொழிபெயர்க்க வேண்டாம்.

## செயலியின் பொதுப் பகுதி

app-name = Nabo
app-tagline = சரியான உள்ளூர் உதவியைக் கண்டறியுங்கள் — உங்கள் மொழியில்
nav-home = தேடல்
nav-skip-to-content = உள்ளடக்கத்துக்குச் செல்லவும்
footer-about = Nabo என்பது, பெண்களுக்கு வழிகாட்டும் தன்னார்வலர்களுக்கான உள்ளூர்ச் சேவைகளின் பட்டியல்.
footer-privacy = நீங்கள் உதவும் நபர்களைப் பற்றி Nabo எதையும் சேமிப்பதில்லை.
footer-demo-data = மாதிரித் தரவு: இங்கு காட்டப்படும் சேவைகள் கற்பனையானவை.
offline-notice = இப்போது இணைய இணைப்பு இல்லை. முன்பு திறந்த பக்கங்கள் இன்னும் வேலை செய்யும்.

## மொழித் தேர்வு

language-picker-label = மொழி
language-picker-button = மொழியை மாற்று
language-picker-current = தற்போதைய மொழி: { $language }

## தேடல்

search-heading = உங்களுக்கு என்ன உதவி தேவை?
search-label = சேவையைத் தேடுங்கள் அல்லது தேவையைச் சொல்லுங்கள்
search-placeholder = எ.கா. ஜொப் சென்டர், குழந்தைக்குப் பரிசோதனை தேவை
search-button = தேடு
search-categories-heading = அல்லது உதவியின் வகையைத் தேர்ந்தெடுங்கள்
search-filters-heading = தேடலைக் குறுக்குங்கள்
filter-area-label = கொம்யூன்
filter-area-any = எல்லாக் கொம்யூன்களும்
filter-category-label = உதவியின் வகை
filter-category-any = எல்லா வகை உதவிகளும்
filter-attributes-label = கட்டாயம் இருக்க வேண்டியவை
filter-open-now = இப்போது திறந்திருப்பவை
filter-near-me = எனக்கு அருகில்
filter-near-me-help = தூரத்தின்படி வரிசைப்படுத்த மட்டுமே தொலைபேசியின் இருப்பிடம் பயன்படுகிறது. அது சேமிக்கப்படுவதில்லை.
filter-postcode-label = அல்லது அஞ்சல் குறியீடு
filter-apply = முடிவுகளைக் காட்டு
filter-clear = வடிகட்டிகளை நீக்கு
geolocation-denied = இருப்பிடம் கிடைக்கவில்லை. பதிலாக ஒரு கொம்யூனைத் தேர்ந்தெடுங்கள் அல்லது அஞ்சல் குறியீட்டை உள்ளிடுங்கள்.
geolocation-locating = உங்கள் இருப்பிடத்தைக் கண்டறிகிறது…

## முடிவுகள்

results-count = { $count ->
    [0] சேவைகள் எதுவும் கிடைக்கவில்லை
    [one] ஒரு சேவை கிடைத்தது
   *[other] { $count } சேவைகள் கிடைத்தன
}
results-none-help = வேறு சொற்களை முயலுங்கள், வடிகட்டிகளைக் குறையுங்கள், அல்லது கீழே உதவியின் வகையைத் தேர்ந்தெடுங்கள்.
results-distance-m = { $distance } மீ. தொலைவில்
results-distance-km = { $distance } கி.மீ. தொலைவில்
results-open-now = இப்போது திறந்திருக்கிறது
results-closed-now = இப்போது மூடியிருக்கிறது
results-hours-unknown = திறந்திருக்கும் நேரம் தெரியவில்லை
results-shown-in = { $language } மொழியில் காட்டப்படுகிறது
results-next = அடுத்த பக்கம்
results-previous = முந்தைய பக்கம்
results-page = பக்கம் { $page } / { $pages }

## சேவைப் பக்கம்

resource-about = விவரம்
resource-how-to-get-help = உதவி பெறுவது எப்படி
resource-opening-hours = திறந்திருக்கும் நேரம்
resource-contact = தொடர்பு
resource-address = முகவரி
resource-call = அழைக்கவும்: { $phone }
resource-email = மின்னஞ்சல் அனுப்பு
resource-website = இணையதளம்
resource-map-osm = OpenStreetMap இல் காட்டு
resource-map-app = வரைபடச் செயலியில் திற
resource-languages-spoken = இங்கு பேசப்படும் மொழிகள்
resource-attributes = தெரிந்துகொள்ள வேண்டியவை
resource-verified = { $date } அன்று தொகுப்பாளர் ஒருவர் சரிபார்த்தார்
resource-not-verified = இன்னும் தொகுப்பாளர் சரிபார்க்கவில்லை
resource-shown-in = இந்த உரை இன்னும் மொழிபெயர்க்கப்படாததால் { $language } மொழியில் காட்டப்படுகிறது.
resource-make-card = அவருக்கு ஓர் அட்டை தயாரியுங்கள்
resource-back-to-results = முடிவுகளுக்குத் திரும்பு
resource-not-found = இந்தச் சேவை இல்லை அல்லது நீக்கப்பட்டுவிட்டது.

## திறந்திருக்கும் நேரம்

hours-open-now = இப்போது திறந்திருக்கிறது
hours-closed-now = இப்போது மூடியிருக்கிறது
hours-opens-at = { $day } { $time } மணிக்குத் திறக்கும்
hours-closes-at = { $time } மணிக்கு மூடும்
hours-unknown = திறந்திருக்கும் நேரம் தெரியவில்லை
hours-closed-day = மூடப்பட்டிருக்கும்
hours-always-open = இரவும் பகலும் திறந்திருக்கும்
hours-public-holidays = பொது விடுமுறை நாட்களில் மூடப்பட்டிருக்கும்
day-mo = திங்கள்
day-tu = செவ்வாய்
day-we = புதன்
day-th = வியாழன்
day-fr = வெள்ளி
day-sa = சனி
day-su = ஞாயிறு
day-today = இன்று
day-tomorrow = நாளை

## பரிந்துரை அட்டை

card-heading = அட்டை: { $name }
card-choose-language = அவரது மொழி
card-choose-button = அட்டை தயாரி
card-intro = இந்த அட்டையை வரவேற்பு மேசையில் காட்டுங்கள்.
card-what = எதற்கு உதவுகிறார்கள்
card-where = எங்கே
card-when = எப்போது
card-phone = தொலைபேசி
card-qr-caption = இந்தப் பக்கத்தை உங்கள் மொழியில் திறக்க ஸ்கேன் செய்யுங்கள்
card-print = அச்சிடு
card-share = பகிர்
card-copy-link = இணைப்பை நகலெடு
card-link-copied = இணைப்பு நகலெடுக்கப்பட்டது
card-local-language = { $language } மொழியில்

## பிழைகள்

error-not-found-title = பக்கம் கிடைக்கவில்லை
error-not-found-text = நீங்கள் கேட்ட பக்கம் இல்லை.
error-bad-request-title = கோரிக்கையில் ஏதோ தவறு உள்ளது
error-server-title = ஏதோ தவறு நடந்துவிட்டது
error-server-text = சிறிது நேரம் கழித்து மீண்டும் முயலுங்கள்.
error-back-home = தேடலுக்குத் திரும்பு

## மொழிகளின் பெயர்கள் ("இங்கு பேசப்படும் மொழிகள்", "… மொழியில் காட்டப்படுகிறது" ஆகியவற்றில் பயன்படும்)

language-da = டெனிஷ்
language-en = ஆங்கிலம்
language-ar = அரபு
language-so = சோமாலி
language-tr = துருக்கிஷ்
language-fa = பாரசீகம்
language-fa-af = தாரி
language-ur = உருது
language-ps = பஷ்தோ
language-ckb = மத்திய குர்திஷ் (சொரானி)
language-kmr = வடக்கு குர்திஷ் (குர்மாஞ்சி)
language-ti = திக்ரின்யா
language-am = அம்ஹாரிக்
language-uk = உக்ரைனியன்
language-ru = ரஷ்யன்
language-pl = போலிஷ்
language-ro = ருமேனியன்
language-bs = போஸ்னியன்
language-sq = அல்பேனியன்
language-vi = வியட்நாமீஸ்
language-th = தாய்
language-zh = சீனம் (எளிதாக்கப்பட்டது)
language-ta = தமிழ்
language-bn = வங்காளம்
language-hi = இந்தி
language-pa = பஞ்சாபி
language-es = ஸ்பானிஷ்
language-fr = பிரெஞ்சு
language-de = ஜெர்மன்
language-sw = சுவாஹிலி
language-om = ஒரோமோ
language-fil = ஃபிலிப்பினோ

## கூட்டாளர் இணையதளங்களுக்கான API பக்கம் (/{lang}/api). செயல்பாடுகளின் உரைகள் ஆங்கிலத்திலேயே இருக்கும்.

api-title = கூட்டாளர் இணையதளங்களுக்கான Nabo API
api-intro = கொம்யூன்களும் அமைப்புகளும் Nabo தேடலைத் தங்கள் சொந்த இணையதளத்தில் காட்டலாம், அல்லது தங்கள் சொந்தக் கணினி அமைப்புகளிலிருந்து பட்டியலைப் படிக்கலாம். கீழே உள்ள அனைத்தும் பொதுவானவை; வரம்புகளுக்குள் இலவசமாகப் பயன்படுத்தலாம்.
api-widget = உங்கள் இணையதளத்தில் தேடல்
api-widget-text = இந்த இரண்டு வரிகளை உங்கள் பக்கத்தில் ஒட்டுங்கள். மொழியையும் பகுதியையும் மாற்றி, Nabo நிர்வாகிகளிடமிருந்து பெற்ற விசையைப் பயன்படுத்துங்கள்.
api-keys = விசைகளும் வரம்புகளும்
api-keys-text = விசை இல்லாமல், ஒவ்வொரு முகவரியிலிருந்தும் குறைந்த எண்ணிக்கையிலான கோரிக்கைகளை அனுப்பலாம். விசை இருந்தால் உங்களுக்கெனத் தனி வரம்பு கிடைக்கும்; அதை "Authorization: Bearer" ஆகவோ "key" அளவுருவாகவோ அனுப்புங்கள். பதில்களைத் தற்காலிகமாகச் சேமிக்கலாம் (cache): அவற்றில் ETag, Cache-Control உள்ளன.
api-formats = இயந்திரம் படிக்கக்கூடிய விளக்கமும் Open Referral HSDS 3.0 முனைகளும் (endpoints)
api-operations = செயல்பாடுகள்
api-needs-account = ஒரு கணக்கின் டோக்கன் தேவை (தொகுப்பாளர்களுக்கு).
api-parameters = அளவுருக்கள்
api-responses = பதில்கள்
api-col-name = பெயர்
api-col-in = இடம்
api-col-accepts = ஏற்கப்படும் மதிப்புகள்
api-col-description = விளக்கம்
api-col-status = நிலை
api-required = கட்டாயம்
api-accepts-list = { $items } பட்டியல்
api-accepts-one-of = இவற்றில் ஒன்று: { $values }
api-accepts-range = { $min } முதல் { $max } வரை
api-accepts-min = குறைந்தது { $min }
api-accepts-max = அதிகபட்சம் { $max }
api-accepts-length = அதிகபட்சம் { $length } எழுத்துகள்
api-accepts-pattern = { $pattern } வடிவில்
nav-api = கூட்டாளர் இணையதளங்களுக்கு
