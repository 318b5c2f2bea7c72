## Searching by postcode (same message ids as en/postcode.ftl; $postcode and $town are filled in by the app).

postcode-label = পোস্টকোড
postcode-hint = 4টি অঙ্ক, যেমন 8000। পোস্টকোডটি যেসব কমিউনে পড়ে সেখানকার সাহায্য দেখায়, সবচেয়ে কাছেরটি আগে।
postcode-error = পোস্টকোড { $postcode } আমাদের জানা নেই। পোস্টকোডে 4টি অঙ্ক থাকে, যেমন 8000।
postcode-searched = পোস্টকোড { $postcode } { $town }-এর কাছে
