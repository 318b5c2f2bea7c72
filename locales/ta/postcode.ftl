## Searching by postcode (same message ids as en/postcode.ftl; $postcode and $town are filled in by the app).

postcode-label = அஞ்சல் குறியீடு
postcode-hint = 4 இலக்கங்கள், எ.கா. 8000. அந்த அஞ்சல் குறியீடு உள்ளடக்கும் கொம்யூன்களில் உள்ள உதவியைக் காட்டும், அருகில் உள்ளது முதலில்.
postcode-error = அஞ்சல் குறியீடு { $postcode } எங்களுக்குத் தெரியவில்லை. அஞ்சல் குறியீட்டில் 4 இலக்கங்கள் இருக்கும், எ.கா. 8000.
postcode-searched = அஞ்சல் குறியீடு { $postcode } { $town } அருகில்
