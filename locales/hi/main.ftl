# Nabo वेब ऐप — हिंदी। en/main.ftl वाले ही मैसेज आईडी।
# वेरिएबल ($name आदि) ऐप ख़ुद भरता है; इनका अनुवाद न करें।

## ऐप का ढाँचा

app-name = Nabo
app-tagline = अपनी भाषा में सही स्थानीय मदद पाएँ
nav-home = खोजें
nav-skip-to-content = मुख्य सामग्री पर जाएँ
footer-about = Nabo स्थानीय सेवाओं की सूची है, उन स्वयंसेवकों के लिए जो महिलाओं को सही जगह तक पहुँचने में मदद करते हैं।
footer-privacy = आप जिनकी मदद करते हैं, उनके बारे में Nabo कुछ भी सेव नहीं करता।
footer-demo-data = नमूना डेटा: यहाँ दिखाई गई सेवाएँ असली नहीं हैं।
offline-notice = आप अभी ऑफ़लाइन हैं। पहले खोले गए पेज अब भी चलेंगे।

## भाषा चुनें

language-picker-label = भाषा
language-picker-button = भाषा बदलें
language-picker-current = मौजूदा भाषा: { $language }

## खोज

search-heading = आपको किस चीज़ में मदद चाहिए?
search-label = कोई सेवा खोजें या अपनी ज़रूरत लिखें
search-placeholder = जैसे: जॉब सेंटर, बच्चे की जाँच करानी है
search-button = खोजें
search-categories-heading = या मदद का प्रकार चुनें
search-filters-heading = खोज सीमित करें
filter-area-label = कम्यून (नगरपालिका)
filter-area-any = सभी कम्यून
filter-category-label = मदद का प्रकार
filter-category-any = हर तरह की मदद
filter-attributes-label = ज़रूर होना चाहिए
filter-open-now = अभी खुला है
filter-near-me = मेरे आस-पास
filter-near-me-help = फ़ोन की लोकेशन सिर्फ़ दूरी के हिसाब से क्रम लगाने में इस्तेमाल होती है। इसे सेव नहीं किया जाता।
filter-postcode-label = या पोस्टकोड
filter-apply = नतीजे दिखाएँ
filter-clear = फ़िल्टर हटाएँ
geolocation-denied = लोकेशन उपलब्ध नहीं है। इसके बजाय कोई कम्यून चुनें या पोस्टकोड डालें।
geolocation-locating = आपकी लोकेशन ढूँढी जा रही है…

## नतीजे

results-count = { $count ->
    [0] कोई सेवा नहीं मिली
    [one] एक सेवा मिली
   *[other] { $count } सेवाएँ मिलीं
}
results-none-help = दूसरे शब्द आज़माएँ, कम फ़िल्टर लगाएँ, या नीचे मदद का प्रकार चुनें।
results-distance-m = { $distance } मी. दूर
results-distance-km = { $distance } कि.मी. दूर
results-open-now = अभी खुला है
results-closed-now = अभी बंद है
results-hours-unknown = खुलने का समय पता नहीं
results-shown-in = { $language } में दिखाया गया
results-next = अगला पेज
results-previous = पिछला पेज
results-page = पेज { $page } / { $pages }

## सेवा का पेज

resource-about = जानकारी
resource-how-to-get-help = मदद कैसे पाएँ
resource-opening-hours = खुलने का समय
resource-contact = संपर्क
resource-address = पता
resource-call = कॉल करें: { $phone }
resource-email = ई-मेल लिखें
resource-website = वेबसाइट
resource-map-osm = OpenStreetMap पर देखें
resource-map-app = मैप ऐप में खोलें
resource-languages-spoken = यहाँ बोली जाने वाली भाषाएँ
resource-attributes = जानने लायक बातें
resource-verified = एक संपादक ने { $date } को जाँचा
resource-not-verified = अभी किसी संपादक ने नहीं जाँचा
resource-shown-in = इस जानकारी का अभी अनुवाद नहीं हुआ है, इसलिए यह { $language } में दिखाई जा रही है।
resource-make-card = उनके लिए कार्ड बनाएँ
resource-back-to-results = नतीजों पर वापस जाएँ
resource-not-found = यह सेवा मौजूद नहीं है या हटा दी गई है।

## खुलने का समय

hours-open-now = अभी खुला है
hours-closed-now = अभी बंद है
hours-opens-at = { $day } { $time } बजे खुलेगा
hours-closes-at = { $time } बजे बंद होगा
hours-unknown = खुलने का समय पता नहीं है
hours-closed-day = बंद
hours-always-open = दिन-रात खुला
hours-public-holidays = सरकारी छुट्टियों पर बंद
day-mo = सोमवार
day-tu = मंगलवार
day-we = बुधवार
day-th = गुरुवार
day-fr = शुक्रवार
day-sa = शनिवार
day-su = रविवार
day-today = आज
day-tomorrow = कल

## रेफ़रल कार्ड

card-heading = { $name } के लिए कार्ड
card-choose-language = उनकी भाषा
card-choose-button = कार्ड बनाएँ
card-intro = यह कार्ड काउंटर पर दिखाएँ।
card-what = किस चीज़ में मदद करते हैं
card-where = कहाँ
card-when = कब
card-phone = फ़ोन
card-qr-caption = यह पेज अपनी भाषा में खोलने के लिए स्कैन करें
card-print = प्रिंट करें
card-share = शेयर करें
card-copy-link = लिंक कॉपी करें
card-link-copied = लिंक कॉपी हो गया
card-local-language = { $language } में

## गड़बड़ियाँ

error-not-found-title = पेज नहीं मिला
error-not-found-text = आप जो पेज ढूँढ रहे हैं, वह मौजूद नहीं है।
error-bad-request-title = अनुरोध में कुछ गड़बड़ है
error-server-title = कुछ गड़बड़ हो गई
error-server-text = कृपया थोड़ी देर बाद फिर कोशिश करें।
error-back-home = खोज पर वापस जाएँ

## भाषाओं के नाम ("यहाँ बोली जाने वाली भाषाएँ" और "… में दिखाया गया" में इस्तेमाल होते हैं)

language-da = डेनिश
language-en = अंग्रेज़ी
language-ar = अरबी
language-so = सोमाली
language-tr = तुर्की
language-fa = फ़ारसी
language-fa-af = दरी
language-ur = उर्दू
language-ps = पश्तो
language-ckb = मध्य कुर्दी (सोरानी)
language-kmr = उत्तरी कुर्दी (कुरमांजी)
language-ti = तिग्रिन्या
language-am = अम्हारी
language-uk = यूक्रेनी
language-ru = रूसी
language-pl = पोलिश
language-ro = रोमानियाई
language-bs = बोस्नियाई
language-sq = अल्बानियाई
language-vi = वियतनामी
language-th = थाई
language-zh = चीनी (सरलीकृत)
language-ta = तमिल
language-bn = बांग्ला
language-hi = हिंदी
language-pa = पंजाबी
language-es = स्पेनिश
language-fr = फ़्रेंच
language-de = जर्मन
language-sw = स्वाहिली
language-om = ओरोमो
language-fil = फ़िलिपीनो

## पार्टनर वेबसाइटों के लिए API पेज (/{lang}/api)। ऑपरेशन के टेक्स्ट अंग्रेज़ी में ही रहते हैं।

api-title = पार्टनर वेबसाइटों के लिए Nabo का API
api-intro = नगरपालिकाएँ और संगठन Nabo की खोज अपनी वेबसाइट पर दिखा सकते हैं, या अपने सिस्टम से सूची पढ़ सकते हैं। नीचे दी गई हर चीज़ सार्वजनिक है और सीमाओं के भीतर मुफ़्त इस्तेमाल की जा सकती है।
api-widget = अपनी वेबसाइट पर खोज
api-widget-text = ये दो लाइनें अपने पेज में पेस्ट करें। भाषा और इलाक़ा बदलें, और वह कुंजी इस्तेमाल करें जो आपको Nabo के एडमिनिस्ट्रेटर से मिली है।
api-keys = कुंजियाँ और सीमाएँ
api-keys-text = कुंजी के बिना आप हर पते से सीमित संख्या में अनुरोध भेज सकते हैं। कुंजी होने पर आपकी अपनी सीमा होती है; कुंजी को "Authorization: Bearer" के रूप में या "key" पैरामीटर में भेजें। जवाब कैश किए जा सकते हैं: उनमें ETag और Cache-Control होते हैं।
api-formats = मशीन से पढ़ा जा सकने वाला विवरण और Open Referral HSDS 3.0 एंडपॉइंट
api-operations = ऑपरेशन
api-needs-account = किसी अकाउंट का टोकन चाहिए (संपादकों के लिए)।
api-parameters = पैरामीटर
api-responses = जवाब
api-col-name = नाम
api-col-in = जगह
api-col-accepts = स्वीकार्य मान
api-col-description = विवरण
api-col-status = स्टेटस
api-required = ज़रूरी
api-accepts-list = { $items } की सूची
api-accepts-one-of = इनमें से एक: { $values }
api-accepts-range = { $min } से { $max } तक
api-accepts-min = कम से कम { $min }
api-accepts-max = ज़्यादा से ज़्यादा { $max }
api-accepts-length = ज़्यादा से ज़्यादा { $length } अक्षर
api-accepts-pattern = { $pattern } के रूप में
nav-api = पार्टनर वेबसाइटों के लिए
