## Searching by postcode (same message ids as en/postcode.ftl; $postcode and $town are filled in by the app).

postcode-label = पोस्टकोड
postcode-hint = 4 अंक, जैसे 8000। पोस्टकोड जिन कम्यूनों में आता है वहाँ की मदद दिखाता है, सबसे पास वाली पहले।
postcode-error = हम पोस्टकोड { $postcode } नहीं जानते। पोस्टकोड में 4 अंक होते हैं, जैसे 8000।
postcode-searched = पोस्टकोड { $postcode } { $town } के पास
