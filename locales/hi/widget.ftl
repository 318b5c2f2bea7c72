# Nabo खोज विजेट (पार्टनर वेबसाइटों पर <nabo-search>) — हिंदी। en/widget.ftl वाले ही मैसेज आईडी।

## खोज फ़ॉर्म

widget-search-label = आस-पास मदद खोजें
widget-search-placeholder = जैसे: जॉब सेंटर, बच्चे की जाँच करानी है
widget-search-button = खोजें

## स्थिति पंक्ति (स्क्रीन रीडर इसे पढ़कर सुनाते हैं)

widget-loading = खोजा जा रहा है…
widget-results-ready = खोज पूरी हुई। सेवाएँ नीचे दी गई हैं।
widget-no-results = कोई सेवा नहीं मिली। दूसरे शब्द या कम शब्द आज़माएँ।
widget-error = खोज अभी काम नहीं कर रही है। कृपया थोड़ी देर बाद फिर कोशिश करें।
widget-rate-limited = थोड़े समय में बहुत ज़्यादा खोजें हो गईं। कृपया थोड़ा रुकें, फिर दोबारा खोजें।

## नतीजे

widget-results = मदद कर सकने वाली सेवाएँ
widget-shown-in = { $language } में दिखाया गया
widget-open-card = उनके लिए कार्ड बनाएँ
widget-new-tab = (नए टैब में खुलता है)
widget-powered-by = Nabo द्वारा खोज
