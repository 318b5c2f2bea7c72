# Nabo संपादकों के पेज — हिंदी। en/editor.ftl वाले ही मैसेज आईडी।
# सूची को अपडेट रखने वालों के लिए: संपादक, अनुवादक, समन्वयक और एडमिन।

## साइन इन और साइन आउट

login-title = साइन इन
login-intro = सूची को अपडेट रखने वालों के लिए: संपादक, अनुवादक और समन्वयक।
login-account = अकाउंट
login-password = पासवर्ड
login-submit = साइन इन करें
login-wrong = अकाउंट या पासवर्ड ग़लत है।
login-throttled = { $minutes ->
    [one] बहुत बार ग़लत कोशिश हुई है। एक मिनट बाद फिर से कोशिश करें।
   *[other] बहुत बार ग़लत कोशिश हुई है। { $minutes } मिनट बाद फिर से कोशिश करें।
}
login-required = आगे बढ़ने के लिए कृपया साइन इन करें।
login-signed-out = आप साइन आउट हो गए हैं।
nav-editing = संपादन
nav-sign-out = साइन आउट
editor-signed-in-as = { $account } के रूप में साइन इन ({ $role })
role-admin = एडमिनिस्ट्रेटर
role-coordinator = समन्वयक
role-editor = संपादक
role-translator = अनुवादक

## इनकार

error-form-expired-title = फ़ॉर्म भेजा नहीं जा सका
error-form-expired-text = आपकी सुरक्षा के लिए, फ़ॉर्म सिर्फ़ उसी पेज से स्वीकार किया जाता है जिसका वह हिस्सा है। वापस जाएँ, पेज को फिर से लोड करें और दोबारा कोशिश करें।
error-forbidden-title = अनुमति नहीं है
error-forbidden-text = आपके अकाउंट को यह करने की अनुमति नहीं है। संपादक सिर्फ़ अपने इलाक़ों की सेवाएँ बदल सकते हैं।
error-too-many-title = बहुत ज़्यादा अनुरोध
error-too-many-text = कृपया थोड़ी देर रुककर फिर से कोशिश करें।

## सेवाओं की सूची

editor-dashboard-title = सेवाएँ
editor-new-resource = नई सेवा
editor-find-label = नाम या शब्दों से सेवा खोजें
editor-find-button = खोजें
editor-area-label = इलाक़ा
editor-all-areas = सभी इलाक़े
editor-count = { $count ->
    [0] कोई सेवा नहीं मिली
    [one] एक सेवा
   *[other] { $count } सेवाएँ
}
editor-col-name = नाम
editor-col-area = इलाक़ा
editor-col-categories = श्रेणियाँ
editor-edit = बदलें
editor-page-previous = पिछला
editor-page-next = अगला
editor-archived-heading = आर्काइव की गई सेवाएँ
editor-archived-none = कुछ भी आर्काइव नहीं किया गया है।
editor-archived-when = { $date } को { $account } ने आर्काइव किया

## सेवा में बदलाव

editor-new-title = नई सेवा
editor-edit-title = बदलें: { $name }
editor-version = वर्ज़न { $version }, { $date } को सेव किया गया
editor-section-basics = सेवा के बारे में
editor-section-texts = टेक्स्ट
editor-section-contact = पता और संपर्क
editor-section-access = खुलने का समय और पहुँच
editor-texts-in = { $language } में टेक्स्ट
editor-texts-source = वह भाषा जिसमें टेक्स्ट सबसे पहले लिखे जाते हैं
editor-add-language = किसी दूसरी भाषा में टेक्स्ट जोड़ें
editor-choose-language = भाषा चुनें
editor-field-id = आईडी
editor-field-id-hint = अंग्रेज़ी के छोटे अक्षर, अंक और हाइफ़न, जैसे: jobcenter-aarhus। इसे बाद में बदला नहीं जा सकता।
editor-field-area = कम्यून (नगरपालिका) या इलाक़ा
editor-field-categories = मदद के प्रकार
editor-field-source-language = वह भाषा जिसमें टेक्स्ट सबसे पहले लिखे जाते हैं
editor-field-name = नाम
editor-field-summary = सारांश (एक वाक्य)
editor-field-description = विवरण
editor-field-access = मदद कैसे पाएँ
editor-field-street = सड़क और मकान नंबर
editor-field-postcode = पोस्टकोड
editor-field-city = शहर
editor-field-country = देश का कोड
editor-field-country-hint = अंग्रेज़ी के दो बड़े अक्षर, जैसे: DK
editor-field-lat = अक्षांश
editor-field-lon = देशांतर
editor-field-phone = फ़ोन
editor-field-email = ई-मेल
editor-field-website = वेबसाइट
editor-field-opening-hours = खुलने का समय
editor-field-opening-hours-hint = OpenStreetMap के तरीक़े से, जैसे: Mo-Fr 09:00-15:00; PH off
editor-field-languages-spoken = सेवा में बोली जाने वाली भाषाएँ
editor-field-languages-spoken-hint = कॉमा से अलग किए गए भाषा कोड, जैसे: da, ar, so
editor-field-attributes = पहुँच
editor-field-record = यह सेवा
editor-field-verified-at = पिछली बार जाँचा गया
editor-create = बनाएँ
editor-save = सेव करें
editor-archive = आर्काइव करें
editor-restore = वापस लाएँ
editor-history = इतिहास
editor-back = सूची पर वापस जाएँ
editor-view-public = सार्वजनिक पेज देखें
editor-created = सेवा बना दी गई। अब यह खोज में मिलेगी।
editor-saved = वर्ज़न { $version } के रूप में सेव हो गया। खोज में अब यह बदलाव दिखता है।
editor-unchanged = कुछ भी नहीं बदला गया।
editor-archived = आर्काइव हो गई। अब यह खोज में नहीं मिलेगी, पर इसे वापस लाया जा सकता है।
editor-restored = वर्ज़न { $version } के रूप में वापस लाई गई। अब यह फिर से खोज में मिलेगी।
editor-errors-summary = { $count ->
    [one] सेवा सेव नहीं हुई: कृपया एक समस्या ठीक करें।
   *[other] सेवा सेव नहीं हुई: कृपया { $count } समस्याएँ ठीक करें।
}
editor-exists = इस आईडी वाली सेवा पहले से मौजूद है, या आर्काइव की गई है। कोई दूसरी आईडी चुनें, या आर्काइव की गई सेवा को वापस लाएँ।
problem-required = यह ज़रूरी है।
problem-invalid = यह जानकारी स्वीकार नहीं की जा सकती।
problem-unknown = सूची इस जानकारी को नहीं पहचानती।
problem-duplicate = यह दो बार दिया गया है।
problem-too-long = यह बहुत लंबा है।

## दो लोग एक साथ सेव करें तो

editor-conflict-title = आपके बदलाव करते समय किसी और ने यह सेवा सेव कर दी
editor-conflict-text = आपके बदलाव अभी सेव नहीं हुए हैं। उन्हें सेव किए गए वर्ज़न से मिलाकर देखें, फिर अपने बदलाव रखने के लिए दोबारा सेव करें, या सेव किए गए वर्ज़न से शुरू करने के लिए पेज फिर से लोड करें।
editor-conflict-field = फ़ील्ड
editor-conflict-yours = आपका वर्ज़न
editor-conflict-saved = सेव किया गया वर्ज़न ({ $version })
editor-conflict-empty = (ख़ाली)
editor-conflict-reload = सेव किए गए वर्ज़न से फिर शुरू करें

## इतिहास

history-title = इतिहास: { $name }
history-version = वर्ज़न { $version }
history-when = कब
history-who = किसने
history-kind-import = इम्पोर्ट किया गया
history-kind-edit = बदला गया
history-kind-archive = आर्काइव किया गया
history-kind-restore = आर्काइव से वापस लाया गया
history-kind-revert = पहले का एक वर्ज़न वापस लाया गया
history-kind-delete = मिटाया गया
history-kind-verify = सही होने की पुष्टि की गई
history-by-import = इम्पोर्ट द्वारा
history-field = फ़ील्ड
history-before = पहले
history-after = बाद में
history-no-changes = कोई फ़ील्ड नहीं बदला।
history-first = पहला वर्ज़न।
history-unknown = यह वर्ज़न रखे गए इतिहास से भी पुराना है।
history-revert = यह वर्ज़न वापस लाएँ
history-current = मौजूदा वर्ज़न
history-reverted = वर्ज़न { $old } को वर्ज़न { $version } के रूप में वापस लाया गया।

## संपादकों के पेजों का नेविगेशन

nav-translations = अनुवाद
nav-checking = जाँचना बाक़ी
nav-reports = रिपोर्टें

## अनुवाद

translations-title = अनुवाद
translations-language-label = इस भाषा में अनुवाद करें
translations-show = दिखाएँ
translations-count = { $count ->
    [0] कोई अनुवाद बाक़ी या पुराना नहीं है।
    [one] एक सेवा का अनुवाद करना है।
   *[other] { $count } सेवाओं का अनुवाद करना है।
}
translations-col-resource = सेवा
translations-col-missing = बाक़ी
translations-col-outdated = पुराने
translations-col-views = कितनी बार देखी गई
translations-translate = अनुवाद करें
translations-export = जो बाक़ी है उसे XLIFF के रूप में डाउनलोड करें
translations-export-from = इस भाषा से अनुवाद करें
translations-import-heading = अनुवाद वापस अपलोड करें
translations-import-label = XLIFF फ़ाइल
translations-import-submit = इम्पोर्ट करें
translations-imported = { $count ->
    [one] एक अनुवाद सेव किया गया।
   *[other] { $count } अनुवाद सेव किए गए।
}
translations-untranslated = { $count ->
    [one] एक टेक्स्ट बिना अनुवाद के रह गया।
   *[other] { $count } टेक्स्ट बिना अनुवाद के रह गए।
}
translations-refused = ये सेव नहीं किए गए:
status-missing = बाक़ी
status-outdated = पुराना
status-current = अप-टू-डेट
status-reviewed = समीक्षित
translate-title = अनुवाद करें: { $name }
translate-into = { $language } में
translate-source = मूल टेक्स्ट ({ $language })
translate-target = अनुवाद ({ $language })
translate-status = स्थिति: { $status }
translate-proposal = ट्रांसलेशन मेमोरी से सुझाया गया: सेव करने से पहले इसे जाँच लें।
translate-save = अनुवाद सेव करें
translate-review = समीक्षित के रूप में चिह्नित करें
translate-saved = अनुवाद सेव हो गया।
translate-reviewed = समीक्षित के रूप में चिह्नित किया गया।
editor-translations-heading = अनुवाद
editor-translate-into = { $language } में अनुवाद करें

## पुष्टि

editor-verify = पुष्टि करें कि आज यह जानकारी सही है
editor-verified = आज सही होने की पुष्टि की गई।
editor-last-verified = पिछली पुष्टि { $date } को
editor-never-verified = कभी पुष्टि नहीं की गई
checking-title = जाँचना बाक़ी
checking-intro = { $months ->
    [one] वे सेवाएँ जिनकी एक महीने से किसी ने पुष्टि नहीं की, सबसे पुरानी पहले।
   *[other] वे सेवाएँ जिनकी { $months } महीनों से किसी ने पुष्टि नहीं की, सबसे पुरानी पहले।
}
checking-months = कितने महीनों से पुष्टि नहीं हुई
checking-col-verified = पिछली पुष्टि
checking-col-by = किसने
checking-never = कभी नहीं
checking-none = यहाँ की हर सेवा की हाल ही में पुष्टि हो चुकी है।

## ज़मीनी स्तर से आई रिपोर्टें

reports-title = ज़मीनी स्तर से आई रिपोर्टें
reports-none = कोई खुली रिपोर्ट नहीं है।
reports-col-resource = सेवा
reports-col-category = क्या बदला है
reports-col-note = टिप्पणी
reports-col-date = भेजने की तारीख़
reports-resolve = हो गया
reports-dismiss = ख़ारिज करें
reports-closed = रिपोर्ट बंद कर दी गई है।
report-category-closed = यह बंद हो गई है
report-category-moved = यह कहीं और चली गई है
report-category-hours = खुलने का समय ग़लत है
report-category-phone = फ़ोन नंबर ग़लत है
report-category-other = कुछ और
report-link = कुछ बदला है? हमें बताएँ
report-title = क्या कुछ बदला है?
report-intro = संपादकों को बताएँ कि { $name } के बारे में अब क्या सही नहीं है।
report-privacy = किसी का नाम न लिखें। आप जिनकी मदद कर रहे हैं, उनके बारे में कुछ भी न लिखें।
report-category-label = क्या बदला है?
report-note-label = छोटी टिप्पणी (ज़रूरी नहीं)
report-note-hint = ज़्यादा से ज़्यादा 280 अक्षर। नाम, फ़ोन नंबर या कोई भी निजी जानकारी न लिखें।
report-submit = भेजें
report-thanks = धन्यवाद। इस इलाक़े के संपादक इसे जाँचेंगे।
report-invalid = चुनें कि क्या बदला है, और टिप्पणी 280 अक्षरों के अंदर रखें।

## अकाउंट (एडमिनिस्ट्रेटरों के लिए)

nav-accounts = अकाउंट
accounts-title = अकाउंट
accounts-col-login = लॉगिन नाम
accounts-col-role = भूमिका
accounts-col-scope = इलाक़े या भाषाएँ
accounts-col-state = स्थिति
accounts-active = सक्रिय
accounts-disabled = निष्क्रिय
accounts-disable = निष्क्रिय करें
accounts-enable = सक्रिय करें
accounts-reset = नया पासवर्ड
accounts-new = नया अकाउंट
accounts-id = लॉगिन नाम
accounts-id-hint = अंग्रेज़ी के छोटे अक्षर, अंक और हाइफ़न, जैसे: amina-aarhus
accounts-role = भूमिका
accounts-areas = इलाक़े (संपादकों के लिए)
accounts-areas-hint = एक या ज़्यादा चुनें; किसी इलाक़े में उसके अंदर के इलाक़े भी शामिल होते हैं।
accounts-languages = भाषाएँ (अनुवादकों के लिए)
accounts-create = अकाउंट बनाएँ
accounts-password-for = { $account } अकाउंट का पासवर्ड:
accounts-password-once = यह पासवर्ड सिर्फ़ अभी, एक ही बार दिखाया जा रहा है। इसे उस व्यक्ति तक सुरक्षित तरीक़े से पहुँचाएँ; वे इससे तुरंत साइन इन कर सकते हैं।
accounts-refused = अकाउंट सेव नहीं किया गया।

## पार्टनर वेबसाइटों की API कुंजियाँ (सिर्फ़ एडमिनिस्ट्रेटरों के लिए)

nav-keys = पार्टनर कुंजियाँ
keys-title = पार्टनर वेबसाइटों की API कुंजियाँ
keys-intro = जो नगरपालिकाएँ और संगठन अपनी वेबसाइट पर Nabo की खोज दिखाते हैं, उन्हें एक कुंजी चाहिए। ब्राउज़र में कुंजी सिर्फ़ उन्हीं वेब पतों पर काम करती है जो उसके लिए दर्ज हैं, और सिर्फ़ उतनी बार जितनी उसकी सीमा अनुमति देती है।
keys-issued-for = { $partner } के लिए नई कुंजी:
keys-once = इसे अभी कॉपी करें और पार्टनर को दें: यह सिर्फ़ इसी एक बार दिखाई जा रही है और फिर कभी नहीं दिखेगी।
keys-embed = पार्टनर ये दो लाइनें अपने पेज में पेस्ट करता है:
keys-refused = कुंजी नहीं बनाई गई:
keys-none = अभी कोई कुंजी नहीं है।
keys-col-name = पार्टनर
keys-col-origins = वेब पते
keys-col-rate = सीमा
keys-col-state = स्थिति
keys-per-minute = { $rate } प्रति मिनट
keys-active = इस्तेमाल में
keys-revoked = रद्द
keys-revoke = रद्द करें
keys-new = नई कुंजी
keys-name = पार्टनर (कुंजी किसके लिए है)
keys-origins = वे वेब पते जिन्हें कुंजी इस्तेमाल करने की अनुमति है
keys-origins-hint = जैसे: https://kommune.example, स्पेस या कॉमा से अलग किए हुए। जो कुंजी सिर्फ़ सर्वर से इस्तेमाल होगी, उसके लिए ख़ाली छोड़ें।
keys-rate = प्रति मिनट अनुरोध
keys-create = कुंजी बनाएँ
