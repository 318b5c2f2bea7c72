## Insight without personal data: referrals, unmet needs, the reports for coordinators and partners, and the privacy page.

# The role of an account that records referrals (beside role-editor, role-translator…).
role-volunteer = स्वयंसेवक
accounts-group = स्थानीय समूह (स्वयंसेवकों के लिए)
accounts-group-hint = अंग्रेज़ी के छोटे अक्षर, अंक और "-", जैसे aarhus-gellerup। किसी स्वयंसेवक के रेफ़रल समूह के खाते में गिने जाते हैं।

## Recording a referral from a service's page or its card.
referral-heading = रेफ़रल दर्ज करें
referral-hint = यह गिनता है कि आज आपने किसी महिला को इस सेवा तक का रास्ता दिखाया, और वह कौन-सी भाषा बोलती हैं। उनके बारे में कुछ भी दर्ज नहीं होता।
referral-language = उनकी भाषा
referral-record = रेफ़रल दर्ज करें
referral-recorded = रेफ़रल दर्ज हो गया। धन्यवाद।
referral-queued = इस फ़ोन पर रखा गया: आपके दोबारा ऑनलाइन होने पर भेज दिया जाएगा।
referral-sign-in = स्वयंसेवक रेफ़रल गिनने के लिए साइन इन कर सकते हैं।
# $reason is a short explanation from the server, e.g. "day 2026-01-02 is in the future".
referral-refused = रेफ़रल दर्ज नहीं हुआ: { $reason }

## "Nothing fitted": a volunteer says none of the results helps.
unmet-heading = कुछ भी सही नहीं बैठा?
# Above the same form on a search that found nothing.
unmet-heading-none = हमें बताएँ कि क्या चाहिए था
unmet-hint = हमें बताएँ, ताकि यह ज़रूरत गिनी जाए। सिर्फ़ ज़रूरत का प्रकार गिना जाता है — आपके खोज के शब्द कभी नहीं, जब तक कि बहुत-से लोगों ने वही चीज़ न खोजी हो, और आपके बारे में कुछ भी नहीं।
unmet-needed = क्या चाहिए था (ज़रूरी नहीं)
unmet-needed-none = नहीं बताया गया
unmet-send = कुछ भी सही नहीं बैठा
unmet-thanks = धन्यवाद। ज़रूरत गिन ली गई।

## The reports (for coordinators; partners read the same figures through the API).
nav-insights = आँकड़े
insights-title = आँकड़े
insights-intro = रोज़ के इस्तेमाल से बिना नाम के आँकड़े: महिलाओं को कहाँ भेजा गया, किन भाषाओं में, और उन्हें क्या चाहिए था जो सूची नहीं दे पाई।
insights-year = साल
insights-show = दिखाएँ
insights-referrals = रेफ़रल
insights-unmet = अधूरी ज़रूरतें
insights-by-area = इलाक़े के अनुसार
insights-by-category = श्रेणी के अनुसार
insights-by-language = भाषा के अनुसार
insights-by-group = स्थानीय समूह के अनुसार
insights-total = कुल
insights-no-area = कोई इलाक़ा नहीं चुना गया
insights-no-category = कोई श्रेणी पहचानी नहीं गई
insights-no-group = कोई स्थानीय समूह नहीं
insights-legend-small = <5: पाँच से कम; दिखाया नहीं जाता, ताकि किसी को पहचाना न जा सके।
insights-legend-hidden = x: छिपाया गया, ताकि कुल योग से कोई छोटी संख्या निकाली न जा सके।
insights-months-note = कोई महीना खत्म होने के बाद ही दिखाया जाता है। पाँच से कम संख्याएँ कभी नहीं दिखाई जातीं — न यहाँ, न डाउनलोड में, न API के ज़रिए।
insights-download-csv = CSV के रूप में डाउनलोड करें
insights-download-json = JSON के रूप में डाउनलोड करें
# The text alternative of a bar chart; $table is the title of the table below it that holds the same figures.
insights-chart-description = "{ $table }" के कुल योग का बार चार्ट। यही संख्याएँ नीचे की तालिका में हैं।
insights-summary = { $year } का सारांश
insights-summary-referrals = कुल रेफ़रल
insights-summary-categories = मदद के प्रकार के अनुसार रेफ़रल
insights-summary-languages = भेजी गई महिलाओं की भाषाएँ
insights-summary-top-unmet = सबसे ज़्यादा अधूरी रहीं ज़रूरतें
insights-texts = खोजा गया पर मिला नहीं
insights-texts-hint = सिर्फ़ वही शब्द रखे जाते हैं जो एक हफ़्ते में कम से कम पाँच खोजों में इस्तेमाल हुए हों।
insights-none = इस साल कुछ भी दर्ज नहीं हुआ।

## The privacy page.
footer-privacy-link = Nabo क्या दर्ज करता है
privacy-title = Nabo क्या दर्ज करता है
privacy-intro = Nabo उन महिलाओं के साथ बातचीत में इस्तेमाल होता है जो स्वयंसेवकों पर भरोसा करती हैं। इसे ऐसे बनाया गया है कि इसमें कभी ऐसी कोई चीज़ न रहे जिससे पता चले कि वे कौन हैं।
privacy-never-heading = कभी दर्ज नहीं होता
privacy-never-people = आप जिन महिलाओं की मदद करते हैं, उनके नाम, पते, फ़ोन नंबर, पहचान नंबर या उनकी कहानियाँ।
privacy-never-addresses = आपका IP पता या आपका ब्राउज़र, आप जो भी खोजते या खोलते हैं उसके साथ जोड़कर।
privacy-never-search = आप जो खोजते हैं, ठीक वैसे जैसे आपने लिखा। अनुरोधों के लॉग में खोज के शब्द नहीं रखे जाते।
privacy-never-time = दिन का वह समय जब कोई रेफ़रल या खोज हुई।
privacy-recorded-heading = बिना नाम के दर्ज होता है
privacy-recorded-referrals = रेफ़रल, जब साइन इन किया हुआ कोई स्वयंसेवक उसे दर्ज करता है: सेवा, महिला की भाषा, दिन और स्वयंसेवक का स्थानीय समूह। यह नहीं कि स्वयंसेवक कौन है।
privacy-recorded-unmet = ऐसी खोज जिसमें कुछ नहीं मिला, या "कुछ भी सही नहीं बैठा": हफ़्ते, भाषा, इलाक़े और ज़रूरत के प्रकार के अनुसार गिनी जाती है।
privacy-recorded-texts = ऐसी खोज के शब्द, सिर्फ़ तब जब एक ही हफ़्ते में कम से कम पाँच खोजों में उनका इस्तेमाल हुआ हो; तब तक सर्वर उन्हें मेमोरी में एक ऐसे कोड से गिनता है जिसे वह वापस शब्दों में नहीं बदल सकता।
privacy-recorded-views = हर सेवा का पेज कितनी बार खोला गया: हर सेवा के लिए एक संख्या।
privacy-phone-heading = सिर्फ़ आपके फ़ोन पर रखा जाता है
privacy-phone-saved = आप जो सेवाएँ सेव करते हैं, और ऑफ़लाइन रहने के दौरान भेजे जाने का इंतज़ार कर रहे रेफ़रल। भेजे जाने से पहले इनमें से कुछ भी सर्वर तक नहीं पहुँचता।
privacy-retention-heading = कितने समय तक
privacy-retention = रेफ़रल जैसे दर्ज हुए थे, वैसे ही 90 दिन तक रखे जाते हैं। उसके बाद उन्हें उनके हफ़्ते की गिनती में जोड़कर मिटा दिया जाता है।
privacy-reports-heading = संख्याएँ कौन देखता है
privacy-reports = कार्यक्रम के समन्वयक, और वे नगरपालिकाएँ और संगठन जिनके साथ कार्यक्रम काम करता है। वे महीने, इलाक़े, मदद के प्रकार और भाषा के अनुसार संख्याएँ देखते हैं; पाँच से कम कोई संख्या कभी नहीं दिखाई जाती, और न ही ऐसी संख्या जो बाक़ी संख्याओं से निकाली जा सके।
