# Nabo খোঁজার উইজেট (পার্টনার ওয়েবসাইটে <nabo-search>) — বাংলা। en/widget.ftl-এর মতোই মেসেজ আইডি।

## খোঁজার ফর্ম

widget-search-label = কাছাকাছি সাহায্য খুঁজুন
widget-search-placeholder = যেমন: জব সেন্টার, বাচ্চার চেকআপ দরকার
widget-search-button = খুঁজুন

## অবস্থার লাইন (স্ক্রিন রিডার এটি পড়ে শোনায়)

widget-loading = খোঁজা হচ্ছে…
widget-results-ready = খোঁজা শেষ। সেবাগুলো নিচে দেওয়া আছে।
widget-no-results = কোনো সেবা পাওয়া যায়নি। অন্য শব্দ বা কম শব্দ লিখে দেখুন।
widget-error = খোঁজ এখন কাজ করছে না। একটু পরে আবার চেষ্টা করুন।
widget-rate-limited = অল্প সময়ে অনেক বেশি খোঁজা হয়েছে। একটু অপেক্ষা করুন, তারপর আবার খুঁজুন।

## ফলাফল

widget-results = যেসব সেবা সাহায্য করতে পারে
widget-shown-in = { $language } ভাষায় দেখানো হচ্ছে
widget-open-card = তাঁর জন্য একটি কার্ড বানান
widget-new-tab = (নতুন ট্যাবে খোলে)
widget-powered-by = Nabo দিয়ে খোঁজা
