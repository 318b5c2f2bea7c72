## Insight without personal data: referrals, unmet needs, the reports for coordinators and partners, and the privacy page.

# The role of an account that records referrals (beside role-editor, role-translator…).
role-volunteer = স্বেচ্ছাসেবী
accounts-group = স্থানীয় দল (স্বেচ্ছাসেবীদের জন্য)
accounts-group-hint = ছোট হাতের ইংরেজি অক্ষর, সংখ্যা ও "-", যেমন aarhus-gellerup। একজন স্বেচ্ছাসেবীর রেফারেলগুলো দলের হিসেবে গোনা হয়।

## Recording a referral from a service's page or its card.
referral-heading = রেফারেল লিখে রাখুন
referral-hint = গোনা হয় যে আজ আপনি একজন নারীকে এই সেবায় যাওয়ার পথ দেখিয়েছেন, আর তিনি কোন ভাষায় কথা বলেন। তাঁর সম্পর্কে কিছুই লিখে রাখা হয় না।
referral-language = তাঁর ভাষা
referral-record = রেফারেল লিখে রাখুন
referral-recorded = রেফারেল লিখে রাখা হয়েছে। ধন্যবাদ।
referral-queued = এই ফোনে রাখা হয়েছে: আপনি আবার অনলাইনে এলে পাঠানো হবে।
referral-sign-in = স্বেচ্ছাসেবীরা রেফারেল গোনার জন্য সাইন ইন করতে পারেন।
# $reason is a short explanation from the server, e.g. "day 2026-01-02 is in the future".
referral-refused = রেফারেল লিখে রাখা হয়নি: { $reason }

## "Nothing fitted": a volunteer says none of the results helps.
unmet-heading = কিছুই মেলেনি?
# Above the same form on a search that found nothing.
unmet-heading-none = কী দরকার ছিল, আমাদের জানান
unmet-hint = আমাদের জানান, যাতে এই প্রয়োজনটি গোনা হয়। শুধু প্রয়োজনের ধরন গোনা হয় — আপনার খোঁজার শব্দ কখনো নয়, যদি না অনেকে একই জিনিস খুঁজে থাকেন, আর আপনার সম্পর্কে কিছুই নয়।
unmet-needed = কী দরকার ছিল (ইচ্ছা হলে)
unmet-needed-none = বলা হয়নি
unmet-send = কিছুই মেলেনি
unmet-thanks = ধন্যবাদ। প্রয়োজনটি গোনা হয়েছে।

## The reports (for coordinators; partners read the same figures through the API).
nav-insights = পরিসংখ্যান
insights-title = পরিসংখ্যান
insights-intro = প্রতিদিনের ব্যবহার থেকে নামহীন সংখ্যা: নারীদের কোথায় পাঠানো হয়েছে, কোন কোন ভাষায়, আর তাঁদের কী দরকার ছিল যা তালিকাটি দিতে পারেনি।
insights-year = বছর
insights-show = দেখান
insights-referrals = রেফারেল
insights-unmet = অপূর্ণ প্রয়োজন
insights-by-area = এলাকা অনুযায়ী
insights-by-category = বিভাগ অনুযায়ী
insights-by-language = ভাষা অনুযায়ী
insights-by-group = স্থানীয় দল অনুযায়ী
insights-total = মোট
insights-no-area = কোনো এলাকা বেছে নেওয়া হয়নি
insights-no-category = কোনো বিভাগ চেনা যায়নি
insights-no-group = কোনো স্থানীয় দল নেই
insights-legend-small = <5: পাঁচের কম; দেখানো হয় না, যাতে কাউকে চেনা না যায়।
insights-legend-hidden = x: লুকানো, যাতে মোট থেকে কোনো ছোট সংখ্যা হিসাব করে বের করা না যায়।
insights-months-note = একটি মাস শেষ হওয়ার পরেই দেখানো হয়। পাঁচের কম সংখ্যা কখনো দেখানো হয় না — এখানে নয়, ডাউনলোডে নয়, API-তেও নয়।
insights-download-csv = CSV হিসেবে ডাউনলোড করুন
insights-download-json = JSON হিসেবে ডাউনলোড করুন
# The text alternative of a bar chart; $table is the title of the table below it that holds the same figures.
insights-chart-description = "{ $table }"-এর মোটগুলোর বার চার্ট। একই সংখ্যাগুলো নিচের সারণিতে আছে।
insights-summary = { $year }-এর সারসংক্ষেপ
insights-summary-referrals = মোট রেফারেল
insights-summary-categories = সাহায্যের ধরন অনুযায়ী রেফারেল
insights-summary-languages = যে নারীদের পাঠানো হয়েছে তাঁদের ভাষা
insights-summary-top-unmet = সবচেয়ে বেশি অপূর্ণ থাকা প্রয়োজন
insights-texts = খোঁজা হয়েছে কিন্তু পাওয়া যায়নি
insights-texts-hint = শুধু সেই লেখাগুলোই রাখা হয়, যেগুলো এক সপ্তাহে অন্তত পাঁচটি খোঁজায় ব্যবহার হয়েছে।
insights-none = এই বছরে কিছুই লিখে রাখা হয়নি।

## The privacy page.
footer-privacy-link = Nabo কী লিখে রাখে
privacy-title = Nabo কী লিখে রাখে
privacy-intro = Nabo ব্যবহার করা হয় সেই নারীদের সঙ্গে কথাবার্তায়, যাঁরা স্বেচ্ছাসেবীদের বিশ্বাস করেন। এটি এমনভাবে বানানো যে এতে কখনো এমন কিছু থাকে না, যা থেকে বোঝা যায় তাঁরা কারা।
privacy-never-heading = কখনো লিখে রাখা হয় না
privacy-never-people = আপনি যে নারীদের সাহায্য করেন, তাঁদের নাম, ঠিকানা, ফোন নম্বর, ব্যক্তিগত পরিচয় নম্বর বা তাঁদের গল্প।
privacy-never-addresses = আপনার IP ঠিকানা বা আপনার ব্রাউজার, আপনি যা খোঁজেন বা খোলেন তার সঙ্গে জুড়ে।
privacy-never-search = আপনি যা খোঁজেন, ঠিক যেভাবে লিখেছেন। অনুরোধের লগে খোঁজার শব্দ রাখা হয় না।
privacy-never-time = কোনো রেফারেল বা খোঁজ দিনের কোন সময়ে হয়েছে।
privacy-recorded-heading = নাম ছাড়া লিখে রাখা হয়
privacy-recorded-referrals = একটি রেফারেল, যখন সাইন ইন করা কোনো স্বেচ্ছাসেবী সেটি লিখে রাখেন: সেবাটি, নারীর ভাষা, দিন এবং স্বেচ্ছাসেবীর স্থানীয় দল। স্বেচ্ছাসেবী কে, তা নয়।
privacy-recorded-unmet = এমন খোঁজ যাতে কিছু পাওয়া যায়নি, বা একটি "কিছুই মেলেনি": সপ্তাহ, ভাষা, এলাকা আর প্রয়োজনের ধরন অনুযায়ী গোনা হয়।
privacy-recorded-texts = এমন খোঁজার শব্দগুলো, শুধু তখনই যখন একই সপ্তাহে অন্তত পাঁচটি খোঁজায় সেগুলো ব্যবহার হয়েছে; ততদিন পর্যন্ত সার্ভার সেগুলো মেমরিতে এমন একটি কোড দিয়ে গোনে, যা সে আর শব্দে ফিরিয়ে আনতে পারে না।
privacy-recorded-views = প্রতিটি সেবার পাতা কতবার খোলা হয়েছে: প্রতিটি সেবার জন্য একটি সংখ্যা।
privacy-phone-heading = শুধু আপনার ফোনে রাখা হয়
privacy-phone-saved = আপনি যে সেবাগুলো সংরক্ষণ করেন, আর অফলাইনে থাকার সময় পাঠানোর অপেক্ষায় থাকা রেফারেল। পাঠানোর আগে এর কিছুই সার্ভারে পৌঁছায় না।
privacy-retention-heading = কত দিন
privacy-retention = রেফারেলগুলো যেভাবে লিখে রাখা হয়েছিল, সেভাবেই 90 দিন রাখা হয়। তারপর সেগুলো তাদের সপ্তাহের সংখ্যার সঙ্গে যোগ করে মুছে ফেলা হয়।
privacy-reports-heading = সংখ্যাগুলো কারা দেখেন
privacy-reports = প্রোগ্রামের সমন্বয়কেরা, এবং যে পৌরসভা ও প্রতিষ্ঠানগুলোর সঙ্গে প্রোগ্রামটি কাজ করে। তাঁরা মাস, এলাকা, সাহায্যের ধরন আর ভাষা অনুযায়ী সংখ্যা দেখেন; পাঁচের কম কোনো সংখ্যা কখনো দেখানো হয় না, অন্যগুলো থেকে হিসাব করে বের করা যায় এমন সংখ্যাও নয়।
