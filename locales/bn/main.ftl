# Nabo ওয়েব অ্যাপ — বাংলা। en/main.ftl-এর মতো একই মেসেজ আইডি।
# ভেরিয়েবল ($name ইত্যাদি) অ্যাপ নিজে বসায়; এগুলো অনুবাদ করবেন না।

## অ্যাপের কাঠামো

app-name = Nabo
app-tagline = আপনার ভাষায় সঠিক স্থানীয় সাহায্য খুঁজুন
nav-home = খুঁজুন
nav-skip-to-content = মূল অংশে যান
footer-about = Nabo স্থানীয় সেবার একটি তালিকা, সেই স্বেচ্ছাসেবীদের জন্য যাঁরা নারীদের সঠিক জায়গা খুঁজে পেতে সাহায্য করেন।
footer-privacy = আপনি যাঁদের সাহায্য করেন, তাঁদের সম্পর্কে Nabo কিছুই সংরক্ষণ করে না।
footer-demo-data = নমুনা তথ্য: এখানে দেখানো সেবাগুলো বাস্তবে নেই।
offline-notice = আপনি এখন অফলাইনে আছেন। আগে খোলা পাতাগুলো এখনো কাজ করবে।

## ভাষা বাছাই

language-picker-label = ভাষা
language-picker-button = ভাষা বদলান
language-picker-current = বর্তমান ভাষা: { $language }

## খোঁজা

search-heading = আপনার কী বিষয়ে সাহায্য দরকার?
search-label = কোনো সেবা খুঁজুন বা কী দরকার লিখুন
search-placeholder = যেমন: জব সেন্টার, বাচ্চার চেকআপ দরকার
search-button = খুঁজুন
search-categories-heading = অথবা সাহায্যের ধরন বেছে নিন
search-filters-heading = খোঁজ ছোট করুন
filter-area-label = কমিউন (পৌরসভা)
filter-area-any = সব কমিউন
filter-category-label = সাহায্যের ধরন
filter-category-any = সব ধরনের সাহায্য
filter-attributes-label = অবশ্যই থাকতে হবে
filter-open-now = এখন খোলা
filter-near-me = আমার কাছাকাছি
filter-near-me-help = ফোনের লোকেশন শুধু দূরত্ব অনুযায়ী সাজাতে ব্যবহার হয়। এটি সংরক্ষণ করা হয় না।
filter-postcode-label = অথবা পোস্টকোড
filter-apply = ফলাফল দেখান
filter-clear = ফিল্টার মুছুন
geolocation-denied = লোকেশন পাওয়া যাচ্ছে না। এর বদলে একটি কমিউন বেছে নিন বা পোস্টকোড লিখুন।
geolocation-locating = আপনার লোকেশন খোঁজা হচ্ছে…

## ফলাফল

results-count = { $count ->
    [0] কোনো সেবা পাওয়া যায়নি
    [one] একটি সেবা পাওয়া গেছে
   *[other] { $count }টি সেবা পাওয়া গেছে
}
results-none-help = অন্য শব্দ লিখে দেখুন, ফিল্টার কমান, অথবা নিচে সাহায্যের ধরন বেছে নিন।
results-distance-m = { $distance } মিটার দূরে
results-distance-km = { $distance } কিমি দূরে
results-open-now = এখন খোলা
results-closed-now = এখন বন্ধ
results-hours-unknown = খোলার সময় জানা নেই
results-shown-in = { $language } ভাষায় দেখানো হচ্ছে
results-next = পরের পাতা
results-previous = আগের পাতা
results-page = পাতা { $page } / { $pages }

## সেবার পাতা

resource-about = পরিচিতি
resource-how-to-get-help = কীভাবে সাহায্য পাবেন
resource-opening-hours = খোলার সময়
resource-contact = যোগাযোগ
resource-address = ঠিকানা
resource-call = কল করুন: { $phone }
resource-email = ই-মেইল লিখুন
resource-website = ওয়েবসাইট
resource-map-osm = OpenStreetMap-এ দেখুন
resource-map-app = ম্যাপ অ্যাপে খুলুন
resource-languages-spoken = এখানে যেসব ভাষায় কথা বলা হয়
resource-attributes = জেনে রাখা ভালো
resource-verified = একজন সম্পাদক { $date } তারিখে যাচাই করেছেন
resource-not-verified = এখনো কোনো সম্পাদক যাচাই করেননি
resource-shown-in = এই লেখাটি এখনো অনুবাদ করা হয়নি, তাই { $language } ভাষায় দেখানো হচ্ছে।
resource-make-card = তাঁর জন্য একটি কার্ড বানান
resource-back-to-results = ফলাফলে ফিরে যান
resource-not-found = এই সেবাটি নেই বা সরিয়ে ফেলা হয়েছে।

## খোলার সময়

hours-open-now = এখন খোলা
hours-closed-now = এখন বন্ধ
hours-opens-at = { $day } { $time }-এ খুলবে
hours-closes-at = { $time }-এ বন্ধ হবে
hours-unknown = খোলার সময় জানা নেই
hours-closed-day = বন্ধ
hours-always-open = দিনরাত খোলা
hours-public-holidays = সরকারি ছুটির দিনে বন্ধ
day-mo = সোমবার
day-tu = মঙ্গলবার
day-we = বুধবার
day-th = বৃহস্পতিবার
day-fr = শুক্রবার
day-sa = শনিবার
day-su = রবিবার
day-today = আজ
day-tomorrow = আগামীকাল

## রেফারেল কার্ড

card-heading = { $name }-এর কার্ড
card-choose-language = তাঁর ভাষা
card-choose-button = কার্ড বানান
card-intro = এই কার্ডটি কাউন্টারে দেখান।
card-what = কী বিষয়ে সাহায্য করে
card-where = কোথায়
card-when = কখন
card-phone = ফোন
card-qr-caption = এই পাতাটি আপনার ভাষায় খুলতে স্ক্যান করুন
card-print = প্রিন্ট করুন
card-share = শেয়ার করুন
card-copy-link = লিংক কপি করুন
card-link-copied = লিংক কপি হয়েছে
card-local-language = { $language } ভাষায়

## ত্রুটি

error-not-found-title = পাতাটি পাওয়া যায়নি
error-not-found-text = আপনি যে পাতাটি চেয়েছেন, সেটি নেই।
error-bad-request-title = অনুরোধে কিছু ভুল আছে
error-server-title = কিছু একটা সমস্যা হয়েছে
error-server-text = একটু পরে আবার চেষ্টা করুন।
error-back-home = খোঁজার পাতায় ফিরে যান

## ভাষার নাম ("এখানে যেসব ভাষায় কথা বলা হয়" ও "… ভাষায় দেখানো হচ্ছে"-তে ব্যবহৃত)

language-da = ডেনিশ
language-en = ইংরেজি
language-ar = আরবি
language-so = সোমালি
language-tr = তুর্কি
language-fa = ফারসি
language-fa-af = দারি
language-ur = উর্দু
language-ps = পশতু
language-ckb = মধ্য কুর্দি (সোরানি)
language-kmr = উত্তর কুর্দি (কুরমানজি)
language-ti = তিগরিনিয়া
language-am = আমহারিক
language-uk = ইউক্রেনীয়
language-ru = রুশ
language-pl = পোলিশ
language-ro = রোমানীয়
language-bs = বসনীয়
language-sq = আলবেনীয়
language-vi = ভিয়েতনামি
language-th = থাই
language-zh = চীনা (সরলীকৃত)
language-ta = তামিল
language-bn = বাংলা
language-hi = হিন্দি
language-pa = পাঞ্জাবি
language-es = স্প্যানিশ
language-fr = ফরাসি
language-de = জার্মান
language-sw = সোয়াহিলি
language-om = ওরোমো
language-fil = ফিলিপিনো

## পার্টনার ওয়েবসাইটের জন্য API পাতা (/{lang}/api)। অপারেশনের লেখাগুলো ইংরেজিতেই থাকে।

api-title = পার্টনার ওয়েবসাইটের জন্য Nabo-র API
api-intro = পৌরসভা ও প্রতিষ্ঠানগুলো নিজেদের ওয়েবসাইটে Nabo-র খোঁজার সুবিধা দেখাতে পারে, অথবা নিজেদের সিস্টেম থেকে তালিকাটি পড়তে পারে। নিচের সবকিছু সবার জন্য উন্মুক্ত এবং সীমার মধ্যে বিনামূল্যে ব্যবহার করা যায়।
api-widget = আপনার ওয়েবসাইটে খোঁজ
api-widget-text = এই দুটি লাইন আপনার পাতায় পেস্ট করুন। ভাষা ও এলাকা বদলে নিন, আর Nabo-র অ্যাডমিনিস্ট্রেটরদের কাছ থেকে পাওয়া কী ব্যবহার করুন।
api-keys = কী ও সীমা
api-keys-text = কী ছাড়া প্রতিটি ঠিকানা থেকে সীমিত সংখ্যক অনুরোধ পাঠানো যায়। কী থাকলে আপনার নিজস্ব সীমা থাকে; কীটি "Authorization: Bearer" হিসেবে বা "key" প্যারামিটারে পাঠান। উত্তরগুলো ক্যাশ করা যায়: এগুলোতে ETag ও Cache-Control থাকে।
api-formats = মেশিনে পড়ার উপযোগী বিবরণ এবং Open Referral HSDS 3.0 এন্ডপয়েন্ট
api-operations = অপারেশন
api-needs-account = একটি অ্যাকাউন্টের টোকেন লাগে (সম্পাদকদের জন্য)।
api-parameters = প্যারামিটার
api-responses = উত্তর
api-col-name = নাম
api-col-in = অবস্থান
api-col-accepts = গ্রহণযোগ্য মান
api-col-description = বিবরণ
api-col-status = স্ট্যাটাস
api-required = আবশ্যক
api-accepts-list = { $items }-এর তালিকা
api-accepts-one-of = এগুলোর একটি: { $values }
api-accepts-range = { $min } থেকে { $max }
api-accepts-min = অন্তত { $min }
api-accepts-max = সর্বোচ্চ { $max }
api-accepts-length = সর্বোচ্চ { $length } অক্ষর
api-accepts-pattern = { $pattern } আকারে
nav-api = পার্টনার ওয়েবসাইটের জন্য
