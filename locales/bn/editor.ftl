# Nabo সম্পাদকদের পাতা — বাংলা। en/editor.ftl-এর মতো একই মেসেজ আইডি।
# যাঁরা তালিকাটি হালনাগাদ রাখেন তাঁদের জন্য: সম্পাদক, অনুবাদক, সমন্বয়ক ও অ্যাডমিন।

## সাইন ইন ও সাইন আউট

login-title = সাইন ইন
login-intro = যাঁরা তালিকাটি হালনাগাদ রাখেন তাঁদের জন্য: সম্পাদক, অনুবাদক ও সমন্বয়ক।
login-account = অ্যাকাউন্ট
login-password = পাসওয়ার্ড
login-submit = সাইন ইন করুন
login-wrong = অ্যাকাউন্ট বা পাসওয়ার্ড ভুল।
login-throttled = { $minutes ->
    [one] অনেকবার ভুল চেষ্টা হয়েছে। এক মিনিট পরে আবার চেষ্টা করুন।
   *[other] অনেকবার ভুল চেষ্টা হয়েছে। { $minutes } মিনিট পরে আবার চেষ্টা করুন।
}
login-required = চালিয়ে যেতে অনুগ্রহ করে সাইন ইন করুন।
login-signed-out = আপনি সাইন আউট করেছেন।
nav-editing = সম্পাদনা
nav-sign-out = সাইন আউট
editor-signed-in-as = { $account } হিসেবে সাইন ইন করা আছে ({ $role })
role-admin = অ্যাডমিনিস্ট্রেটর
role-coordinator = সমন্বয়ক
role-editor = সম্পাদক
role-translator = অনুবাদক

## প্রত্যাখ্যান

error-form-expired-title = ফর্মটি পাঠানো যায়নি
error-form-expired-text = আপনার নিরাপত্তার জন্য, কোনো ফর্ম শুধু তার নিজের পাতা থেকেই গ্রহণ করা হয়। পেছনে যান, পাতাটি আবার লোড করুন এবং আবার চেষ্টা করুন।
error-forbidden-title = অনুমতি নেই
error-forbidden-text = আপনার অ্যাকাউন্ট দিয়ে এটি করা যায় না। সম্পাদকেরা শুধু নিজেদের এলাকার সেবাগুলো বদলাতে পারেন।
error-too-many-title = অনেক বেশি অনুরোধ
error-too-many-text = অনুগ্রহ করে একটু অপেক্ষা করে আবার চেষ্টা করুন।

## সেবার তালিকা

editor-dashboard-title = সেবাসমূহ
editor-new-resource = নতুন সেবা
editor-find-label = নাম বা শব্দ দিয়ে সেবা খুঁজুন
editor-find-button = খুঁজুন
editor-area-label = এলাকা
editor-all-areas = সব এলাকা
editor-count = { $count ->
    [0] কোনো সেবা পাওয়া যায়নি
    [one] একটি সেবা
   *[other] { $count }টি সেবা
}
editor-col-name = নাম
editor-col-area = এলাকা
editor-col-categories = বিভাগ
editor-edit = সম্পাদনা করুন
editor-page-previous = আগের
editor-page-next = পরের
editor-archived-heading = আর্কাইভ করা সেবা
editor-archived-none = কিছুই আর্কাইভ করা নেই।
editor-archived-when = { $date } তারিখে { $account } আর্কাইভ করেছেন

## সেবা সম্পাদনা

editor-new-title = নতুন সেবা
editor-edit-title = সম্পাদনা: { $name }
editor-version = সংস্করণ { $version }, { $date } তারিখে সংরক্ষিত
editor-section-basics = সেবা সম্পর্কে
editor-section-texts = লেখা
editor-section-contact = ঠিকানা ও যোগাযোগ
editor-section-access = খোলার সময় ও প্রবেশ-সুবিধা
editor-texts-in = { $language } ভাষায় লেখা
editor-texts-source = যে ভাষায় লেখাগুলো প্রথমে লেখা হয়
editor-add-language = অন্য ভাষায় লেখা যোগ করুন
editor-choose-language = একটি ভাষা বেছে নিন
editor-field-id = আইডি
editor-field-id-hint = ছোট হাতের ইংরেজি অক্ষর, সংখ্যা ও হাইফেন, যেমন: jobcenter-aarhus। এটি পরে আর বদলানো যাবে না।
editor-field-area = কমিউন (পৌরসভা) বা এলাকা
editor-field-categories = সাহায্যের ধরন
editor-field-source-language = যে ভাষায় লেখাগুলো প্রথমে লেখা হয়
editor-field-name = নাম
editor-field-summary = সারসংক্ষেপ (এক বাক্যে)
editor-field-description = বিবরণ
editor-field-access = কীভাবে সাহায্য পাবেন
editor-field-street = রাস্তা ও বাড়ির নম্বর
editor-field-postcode = পোস্টকোড
editor-field-city = শহর
editor-field-country = দেশের কোড
editor-field-country-hint = দুটি বড় হাতের ইংরেজি অক্ষর, যেমন: DK
editor-field-lat = অক্ষাংশ
editor-field-lon = দ্রাঘিমাংশ
editor-field-phone = ফোন
editor-field-email = ই-মেইল
editor-field-website = ওয়েবসাইট
editor-field-opening-hours = খোলার সময়
editor-field-opening-hours-hint = OpenStreetMap-এর নিয়মে লিখুন, যেমন: Mo-Fr 09:00-15:00; PH off
editor-field-languages-spoken = সেবাকেন্দ্রে যেসব ভাষায় কথা বলা হয়
editor-field-languages-spoken-hint = কমা দিয়ে আলাদা করা ভাষার কোড, যেমন: da, ar, so
editor-field-attributes = প্রবেশ-সুবিধা
editor-field-record = সেবাটি
editor-field-verified-at = সর্বশেষ যাচাই
editor-create = তৈরি করুন
editor-save = সংরক্ষণ করুন
editor-archive = আর্কাইভ করুন
editor-restore = ফিরিয়ে আনুন
editor-history = ইতিহাস
editor-back = তালিকায় ফিরে যান
editor-view-public = সবার জন্য খোলা পাতাটি দেখুন
editor-created = তৈরি হয়েছে। এখন খুঁজলেই সেবাটি পাওয়া যাবে।
editor-saved = সংস্করণ { $version } হিসেবে সংরক্ষিত হয়েছে। খোঁজার ফলাফলে এখন পরিবর্তনটি দেখা যাবে।
editor-unchanged = কিছুই বদলানো হয়নি।
editor-archived = আর্কাইভ করা হয়েছে। খুঁজলে এটি আর পাওয়া যাবে না, তবে ফিরিয়ে আনা যাবে।
editor-restored = সংস্করণ { $version } হিসেবে ফিরিয়ে আনা হয়েছে। এখন আবার খুঁজলে এটি পাওয়া যাবে।
editor-errors-summary = { $count ->
    [one] সেবাটি সংরক্ষণ করা হয়নি: অনুগ্রহ করে একটি সমস্যা ঠিক করুন।
   *[other] সেবাটি সংরক্ষণ করা হয়নি: অনুগ্রহ করে { $count }টি সমস্যা ঠিক করুন।
}
editor-exists = এই আইডি দিয়ে একটি সেবা আগে থেকেই আছে, অথবা সেটি আর্কাইভ করা আছে। অন্য আইডি বেছে নিন, অথবা আর্কাইভ করা সেবাটি ফিরিয়ে আনুন।
problem-required = এটি পূরণ করা বাধ্যতামূলক।
problem-invalid = এই মানটি গ্রহণযোগ্য নয়।
problem-unknown = তালিকায় এই মানটি নেই।
problem-duplicate = এটি দুবার দেওয়া হয়েছে।
problem-too-long = এটি খুব লম্বা।

## দুজন একসঙ্গে সংরক্ষণ করলে

editor-conflict-title = আপনি সম্পাদনা করার সময় অন্য কেউ এই সেবাটি সংরক্ষণ করেছেন
editor-conflict-text = আপনার পরিবর্তনগুলো এখনো সংরক্ষণ করা হয়নি। সংরক্ষিত সংস্করণের সঙ্গে মিলিয়ে দেখুন, তারপর আপনারটা রাখতে আবার সংরক্ষণ করুন, অথবা সংরক্ষিত সংস্করণ থেকে নতুন করে শুরু করতে পাতাটি আবার লোড করুন।
editor-conflict-field = ঘর
editor-conflict-yours = আপনার সংস্করণ
editor-conflict-saved = সংরক্ষিত সংস্করণ ({ $version })
editor-conflict-empty = (খালি)
editor-conflict-reload = সংরক্ষিত সংস্করণ থেকে আবার শুরু করুন

## ইতিহাস

history-title = ইতিহাস: { $name }
history-version = সংস্করণ { $version }
history-when = কখন
history-who = কে
history-kind-import = ইমপোর্ট করা হয়েছে
history-kind-edit = সম্পাদনা করা হয়েছে
history-kind-archive = আর্কাইভ করা হয়েছে
history-kind-restore = আর্কাইভ থেকে ফিরিয়ে আনা হয়েছে
history-kind-revert = আগের একটি সংস্করণ ফিরিয়ে আনা হয়েছে
history-kind-delete = মুছে ফেলা হয়েছে
history-kind-verify = সঠিক বলে নিশ্চিত করা হয়েছে
history-by-import = ইমপোর্টের মাধ্যমে
history-field = ঘর
history-before = আগে
history-after = পরে
history-no-changes = কোনো ঘর বদলায়নি।
history-first = প্রথম সংস্করণ।
history-unknown = এই সংস্করণটি সংরক্ষিত ইতিহাসের চেয়েও পুরোনো।
history-revert = এই সংস্করণটি ফিরিয়ে আনুন
history-current = বর্তমান সংস্করণ
history-reverted = সংস্করণ { $old } ফিরিয়ে এনে সংস্করণ { $version } হিসেবে সংরক্ষণ করা হয়েছে।

## সম্পাদকদের পাতার নেভিগেশন

nav-translations = অনুবাদ
nav-checking = যাচাই করা দরকার
nav-reports = রিপোর্ট

## অনুবাদ

translations-title = অনুবাদ
translations-language-label = যে ভাষায় অনুবাদ করবেন
translations-show = দেখান
translations-count = { $count ->
    [0] কোনো অনুবাদ বাকি বা পুরোনো নেই।
    [one] একটি সেবা অনুবাদ করা দরকার।
   *[other] { $count }টি সেবা অনুবাদ করা দরকার।
}
translations-col-resource = সেবা
translations-col-missing = বাকি
translations-col-outdated = পুরোনো
translations-col-views = কতবার দেখা হয়েছে
translations-translate = অনুবাদ করুন
translations-export = যা বাকি আছে তা XLIFF হিসেবে ডাউনলোড করুন
translations-export-from = যে ভাষা থেকে অনুবাদ করবেন
translations-import-heading = অনুবাদগুলো ফেরত পাঠান
translations-import-label = XLIFF ফাইল
translations-import-submit = ইমপোর্ট করুন
translations-imported = { $count ->
    [one] একটি অনুবাদ সংরক্ষণ করা হয়েছে।
   *[other] { $count }টি অনুবাদ সংরক্ষণ করা হয়েছে।
}
translations-untranslated = { $count ->
    [one] একটি লেখা অনুবাদ ছাড়াই রয়ে গেছে।
   *[other] { $count }টি লেখা অনুবাদ ছাড়াই রয়ে গেছে।
}
translations-refused = এগুলো সংরক্ষণ করা হয়নি:
status-missing = বাকি
status-outdated = পুরোনো
status-current = হালনাগাদ
status-reviewed = পর্যালোচিত
translate-title = অনুবাদ: { $name }
translate-into = { $language } ভাষায়
translate-source = মূল লেখা ({ $language })
translate-target = অনুবাদ ({ $language })
translate-status = অবস্থা: { $status }
translate-proposal = অনুবাদ মেমোরি থেকে প্রস্তাব করা হয়েছে: সংরক্ষণের আগে মিলিয়ে দেখুন।
translate-save = অনুবাদ সংরক্ষণ করুন
translate-review = পর্যালোচিত হিসেবে চিহ্নিত করুন
translate-saved = অনুবাদটি সংরক্ষণ করা হয়েছে।
translate-reviewed = পর্যালোচিত হিসেবে চিহ্নিত করা হয়েছে।
editor-translations-heading = অনুবাদ
editor-translate-into = { $language } ভাষায় অনুবাদ করুন

## নিশ্চিত করা

editor-verify = আজ নিশ্চিত করুন যে তথ্য সঠিক আছে
editor-verified = আজ সঠিক বলে নিশ্চিত করা হয়েছে।
editor-last-verified = সর্বশেষ নিশ্চিত করা হয়েছে { $date } তারিখে
editor-never-verified = কখনো নিশ্চিত করা হয়নি
checking-title = যাচাই করা দরকার
checking-intro = { $months ->
    [one] যেসব সেবা এক মাস ধরে কেউ নিশ্চিত করেননি, সবচেয়ে পুরোনোটি আগে।
   *[other] যেসব সেবা { $months } মাস ধরে কেউ নিশ্চিত করেননি, সবচেয়ে পুরোনোটি আগে।
}
checking-months = কত মাস ধরে নিশ্চিত করা হয়নি
checking-col-verified = সর্বশেষ নিশ্চিত
checking-col-by = কে করেছেন
checking-never = কখনো না
checking-none = এখানকার সবকিছু সম্প্রতি নিশ্চিত করা হয়েছে।

## মাঠ থেকে আসা রিপোর্ট

reports-title = মাঠ থেকে আসা রিপোর্ট
reports-none = খোলা কোনো রিপোর্ট নেই।
reports-col-resource = সেবা
reports-col-category = কী বদলেছে
reports-col-note = মন্তব্য
reports-col-date = পাঠানোর তারিখ
reports-resolve = সম্পন্ন
reports-dismiss = বাতিল করুন
reports-closed = রিপোর্টটি বন্ধ করা হয়েছে।
report-category-closed = এটি বন্ধ হয়ে গেছে
report-category-moved = এটি অন্য ঠিকানায় সরে গেছে
report-category-hours = খোলার সময় ভুল
report-category-phone = ফোন নম্বর ভুল
report-category-other = অন্য কিছু
report-link = কিছু বদলেছে? আমাদের জানান
report-title = কিছু বদলেছে?
report-intro = { $name } সম্পর্কে কোন তথ্য আর ঠিক নেই, সম্পাদকদের জানান।
report-privacy = কারও নাম লিখবেন না। আপনি যাঁকে সাহায্য করছেন, তাঁর সম্পর্কে কিছুই লিখবেন না।
report-category-label = কী বদলেছে?
report-note-label = ছোট মন্তব্য (ইচ্ছা হলে)
report-note-hint = সর্বোচ্চ 280 অক্ষর। নাম, ফোন নম্বর বা কোনো ব্যক্তিগত তথ্য লিখবেন না।
report-submit = পাঠান
report-thanks = ধন্যবাদ। এই এলাকার সম্পাদকেরা এটি যাচাই করবেন।
report-invalid = কী বদলেছে তা বেছে নিন, আর মন্তব্য 280 অক্ষরের মধ্যে রাখুন।

## অ্যাকাউন্ট (অ্যাডমিনিস্ট্রেটরদের জন্য)

nav-accounts = অ্যাকাউন্ট
accounts-title = অ্যাকাউন্ট
accounts-col-login = লগইন নাম
accounts-col-role = ভূমিকা
accounts-col-scope = এলাকা বা ভাষা
accounts-col-state = অবস্থা
accounts-active = সক্রিয়
accounts-disabled = নিষ্ক্রিয়
accounts-disable = নিষ্ক্রিয় করুন
accounts-enable = সক্রিয় করুন
accounts-reset = নতুন পাসওয়ার্ড
accounts-new = নতুন অ্যাকাউন্ট
accounts-id = লগইন নাম
accounts-id-hint = ছোট হাতের ইংরেজি অক্ষর, সংখ্যা ও হাইফেন, যেমন: amina-aarhus
accounts-role = ভূমিকা
accounts-areas = এলাকা (সম্পাদকদের জন্য)
accounts-areas-hint = এক বা একাধিক বেছে নিন; কোনো এলাকার ভেতরের এলাকাগুলোও সেই এলাকার অন্তর্ভুক্ত।
accounts-languages = ভাষা (অনুবাদকদের জন্য)
accounts-create = অ্যাকাউন্ট তৈরি করুন
accounts-password-for = { $account } অ্যাকাউন্টের পাসওয়ার্ড:
accounts-password-once = পাসওয়ার্ডটি শুধু এখন, একবারই দেখানো হচ্ছে। নিরাপদ উপায়ে এটি সংশ্লিষ্ট ব্যক্তির হাতে দিন; তিনি সঙ্গে সঙ্গে এটি দিয়ে সাইন ইন করতে পারবেন।
accounts-refused = অ্যাকাউন্টটি সংরক্ষণ করা হয়নি।

## পার্টনার ওয়েবসাইটের API কী (শুধু অ্যাডমিনিস্ট্রেটরদের জন্য)

nav-keys = পার্টনার কী
keys-title = পার্টনার ওয়েবসাইটের API কী
keys-intro = যেসব পৌরসভা ও প্রতিষ্ঠান নিজেদের ওয়েবসাইটে Nabo-র খোঁজার সুবিধা দেখায়, তাদের একটি কী দরকার। ব্রাউজারে একটি কী শুধু তার জন্য তালিকাভুক্ত ওয়েব ঠিকানাগুলোতেই কাজ করে, আর শুধু ততবার, যতবার তার সীমা অনুমতি দেয়।
keys-issued-for = { $partner }-এর জন্য নতুন কী:
keys-once = এখনই এটি কপি করে পার্টনারকে দিন: এটি শুধু এই একবারই দেখানো হচ্ছে, আর কখনো দেখা যাবে না।
keys-embed = পার্টনার এই দুটি লাইন নিজের পাতায় পেস্ট করে:
keys-refused = কী তৈরি করা হয়নি:
keys-none = এখনও কোনো কী নেই।
keys-col-name = পার্টনার
keys-col-origins = ওয়েব ঠিকানা
keys-col-rate = সীমা
keys-col-state = অবস্থা
keys-per-minute = প্রতি মিনিটে { $rate }
keys-active = ব্যবহৃত হচ্ছে
keys-revoked = বাতিল
keys-revoke = বাতিল করুন
keys-new = নতুন কী
keys-name = পার্টনার (কীটি কার জন্য)
keys-origins = যেসব ওয়েব ঠিকানা কীটি ব্যবহার করতে পারবে
keys-origins-hint = যেমন: https://kommune.example, স্পেস বা কমা দিয়ে আলাদা করা। যে কী শুধু সার্ভার থেকে ব্যবহার হবে, তার জন্য খালি রাখুন।
keys-rate = প্রতি মিনিটে অনুরোধ
keys-create = কী তৈরি করুন
