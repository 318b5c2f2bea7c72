## The volunteers' app on a phone: the filters in one line, read aloud, the saved list.

# The closed filter panel's line when filters are chosen, e.g. "Narrow down: Aarhus · Job centre · 2 more".
# $heading is search-filters-heading; $chosen lists the chosen municipality, category and the count below.
search-filters-chosen = { $heading }: { $chosen }
# How many other filters (access needs, open now, near me) are on.
search-filters-more = { $count ->
    [one] மேலும் { $count }
   *[other] மேலும் { $count }
}

# Read aloud: the phone's own speech voice reads the text in its language (nothing is sent anywhere).
read-aloud = சத்தமாக வாசி
read-aloud-stop = வாசிப்பதை நிறுத்து

# The saved list: services kept in this browser only, which open without a connection.
saved-save = இந்தத் தொலைபேசியில் சேமி
saved-done = இந்தத் தொலைபேசியில் சேமிக்கப்பட்டது
saved-remove = நீக்கு
saved-link = சேமித்தவை
saved-heading = இந்தத் தொலைபேசியில் சேமித்தவை
saved-intro = இந்த உலாவியில் மட்டுமே வைக்கப்படும், எங்கும் அனுப்பப்படாது. சேமித்த சேவைகளும் அவற்றின் அட்டைகளும் இணைய இணைப்பு இல்லாமலும் திறக்கும்.
saved-empty = இன்னும் எதுவும் சேமிக்கப்படவில்லை. ஒரு சேவையைத் திறந்து “இந்தத் தொலைபேசியில் சேமி” என்பதைத் தேர்ந்தெடுங்கள்.
saved-needs-javascript = சேமித்தவை பட்டியலுக்கு இந்த உலாவியில் JavaScript தேவை.
saved-card = அட்டை
# Shown above a page the phone shows from its saved copy; $age says how long ago it was saved, e.g. "3 days ago".
saved-copy = இந்த நகல் { $age } சேமிக்கப்பட்டது. அதன் பிறகு ஏதாவது மாறியிருக்கலாம்.
