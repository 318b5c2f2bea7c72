## The volunteers' app on a phone: the filters in one line, read aloud, the saved list.

# The closed filter panel's line when filters are chosen, e.g. "Narrow down: Aarhus · Job centre · 2 more".
# $heading is search-filters-heading; $chosen lists the chosen municipality, category and the count below.
search-filters-chosen = { $heading }: { $chosen }
# How many other filters (access needs, open now, near me) are on.
search-filters-more = { $count ->
    [one] আরও { $count }টি
   *[other] আরও { $count }টি
}

# Read aloud: the phone's own speech voice reads the text in its language (nothing is sent anywhere).
read-aloud = জোরে পড়ে শোনান
read-aloud-stop = পড়া থামান

# The saved list: services kept in this browser only, which open without a connection.
saved-save = এই ফোনে সংরক্ষণ করুন
saved-done = এই ফোনে সংরক্ষিত
saved-remove = সরান
saved-link = সংরক্ষিত
saved-heading = এই ফোনে সংরক্ষিত
saved-intro = শুধু এই ব্রাউজারে রাখা হয়, কোথাও পাঠানো হয় না। সংরক্ষিত সেবা আর সেগুলোর কার্ড ইন্টারনেট ছাড়াই খোলে।
saved-empty = এখনো কিছু সংরক্ষণ করা হয়নি। একটি সেবা খুলে “এই ফোনে সংরক্ষণ করুন” বেছে নিন।
saved-needs-javascript = সংরক্ষিত তালিকার জন্য এই ব্রাউজারে JavaScript লাগবে।
saved-card = কার্ড
# Shown above a page the phone shows from its saved copy; $age says how long ago it was saved, e.g. "3 days ago".
saved-copy = এই কপিটি { $age } সংরক্ষণ করা হয়েছিল। এর মধ্যে কিছু বদলে থাকতে পারে।
