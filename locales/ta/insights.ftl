## Insight without personal data: referrals, unmet needs, the reports for coordinators and partners, and the privacy page.

# The role of an account that records referrals (beside role-editor, role-translator…).
role-volunteer = தன்னார்வலர்
accounts-group = உள்ளூர்க் குழு (தன்னார்வலர்களுக்கு)
accounts-group-hint = சிறிய ஆங்கில எழுத்துகள், எண்கள், "-" மட்டும்; எடுத்துக்காட்டு aarhus-gellerup. ஒரு தன்னார்வலரின் பரிந்துரைகள் அவரது குழுவின் கணக்கில் எண்ணப்படும்.

## Recording a referral from a service's page or its card.
referral-heading = ஒரு பரிந்துரையைப் பதிவுசெய்யுங்கள்
referral-hint = இன்று நீங்கள் ஒரு பெண்ணுக்கு இந்தச் சேவைக்கு வழிகாட்டியதையும், அவர் பேசும் மொழியையும் இது எண்ணுகிறது. அவரைப் பற்றி எதுவும் பதிவுசெய்யப்படுவதில்லை.
referral-language = அவரது மொழி
referral-record = பரிந்துரையைப் பதிவுசெய்
referral-recorded = பரிந்துரை பதிவுசெய்யப்பட்டது. நன்றி.
referral-queued = இந்தத் தொலைபேசியில் வைக்கப்பட்டுள்ளது: நீங்கள் மீண்டும் இணையத்தில் இணைந்ததும் அனுப்பப்படும்.
referral-sign-in = தன்னார்வலர்கள் பரிந்துரைகளை எண்ண உள்நுழையலாம்.
# $reason is a short explanation from the server, e.g. "day 2026-01-02 is in the future".
referral-refused = பரிந்துரை பதிவுசெய்யப்படவில்லை: { $reason }

## "Nothing fitted": a volunteer says none of the results helps.
unmet-heading = எதுவும் பொருந்தவில்லையா?
# Above the same form on a search that found nothing.
unmet-heading-none = என்ன தேவைப்பட்டது என்று எங்களிடம் சொல்லுங்கள்
unmet-hint = இந்தத் தேவை எண்ணப்படுவதற்காக எங்களிடம் சொல்லுங்கள். தேவையின் வகை மட்டுமே எண்ணப்படும் — பலர் ஒரே விஷயத்தைத் தேடியிருந்தால் தவிர, நீங்கள் தேடிய சொற்கள் ஒருபோதும் எண்ணப்படாது; உங்களைப் பற்றி எதுவும் எண்ணப்படாது.
unmet-needed = என்ன தேவைப்பட்டது (விருப்பப்பட்டால்)
unmet-needed-none = சொல்லப்படவில்லை
unmet-send = எதுவும் பொருந்தவில்லை
unmet-thanks = நன்றி. தேவை எண்ணப்பட்டது.

## The reports (for coordinators; partners read the same figures through the API).
nav-insights = புள்ளிவிவரங்கள்
insights-title = புள்ளிவிவரங்கள்
insights-intro = அன்றாடப் பயன்பாட்டிலிருந்து பெயர் இல்லாத எண்ணிக்கைகள்: பெண்கள் எங்கே அனுப்பப்பட்டனர், எந்த மொழிகளில், பட்டியலால் தர முடியாத எது அவர்களுக்குத் தேவைப்பட்டது.
insights-year = ஆண்டு
insights-show = காட்டு
insights-referrals = பரிந்துரைகள்
insights-unmet = நிறைவேறாத தேவைகள்
insights-by-area = பகுதி வாரியாக
insights-by-category = வகை வாரியாக
insights-by-language = மொழி வாரியாக
insights-by-group = உள்ளூர்க் குழு வாரியாக
insights-total = மொத்தம்
insights-no-area = பகுதி தேர்ந்தெடுக்கப்படவில்லை
insights-no-category = வகை அடையாளம் காணப்படவில்லை
insights-no-group = உள்ளூர்க் குழு இல்லை
insights-legend-small = <5: ஐந்தை விடக் குறைவு; யாரையும் அடையாளம் காண முடியாதபடி காட்டப்படுவதில்லை.
insights-legend-hidden = x: மொத்தங்களிலிருந்து ஒரு சிறிய எண்ணைக் கணக்கிட முடியாதபடி மறைக்கப்பட்டது.
insights-months-note = ஒரு மாதம் முடிந்த பிறகுதான் காட்டப்படும். ஐந்துக்குக் குறைவான எண்ணிக்கைகள் ஒருபோதும் காட்டப்படாது — இங்கும், பதிவிறக்கங்களிலும், API வழியாகவும்.
insights-download-csv = CSV ஆகப் பதிவிறக்கு
insights-download-json = JSON ஆகப் பதிவிறக்கு
# The text alternative of a bar chart; $table is the title of the table below it that holds the same figures.
insights-chart-description = "{ $table }" அட்டவணையின் மொத்தங்களுக்கான பட்டை வரைபடம். அதே எண்ணிக்கைகள் கீழே உள்ள அட்டவணையில் உள்ளன.
insights-summary = { $year } ஆண்டின் சுருக்கம்
insights-summary-referrals = மொத்தப் பரிந்துரைகள்
insights-summary-categories = உதவியின் வகை வாரியாகப் பரிந்துரைகள்
insights-summary-languages = அனுப்பப்பட்ட பெண்களின் மொழிகள்
insights-summary-top-unmet = அடிக்கடி நிறைவேறாத தேவைகள்
insights-texts = தேடியும் கிடைக்காதவை
insights-texts-hint = ஒரே வாரத்தில் குறைந்தது ஐந்து தேடல்களில் பயன்படுத்தப்பட்ட சொற்கள் மட்டுமே வைக்கப்படும்.
insights-none = இந்த ஆண்டில் எதுவும் பதிவுசெய்யப்படவில்லை.

## The privacy page.
footer-privacy-link = Nabo எதைப் பதிவுசெய்கிறது
privacy-title = Nabo எதைப் பதிவுசெய்கிறது
privacy-intro = தன்னார்வலர்களை நம்பும் பெண்களுடனான உரையாடல்களில் Nabo பயன்படுத்தப்படுகிறது. அவர்கள் யார் என்று தெரியவைக்கக்கூடிய எதையும் ஒருபோதும் வைத்திருக்காதபடி இது உருவாக்கப்பட்டுள்ளது.
privacy-never-heading = ஒருபோதும் பதிவுசெய்யப்படாதவை
privacy-never-people = நீங்கள் உதவும் பெண்களின் பெயர்கள், முகவரிகள், தொலைபேசி எண்கள், தனிப்பட்ட அடையாள எண்கள் அல்லது அவர்களின் கதைகள்.
privacy-never-addresses = உங்கள் IP முகவரி அல்லது உலாவி, நீங்கள் தேடுவது அல்லது திறப்பது எதனுடனும் இணைத்து.
privacy-never-search = நீங்கள் தேடுவது, நீங்கள் தட்டச்சு செய்தபடியே. கோரிக்கைப் பதிவுகளில் தேடல் சொற்கள் சேர்க்கப்படுவதில்லை.
privacy-never-time = ஒரு பரிந்துரையோ தேடலோ நடந்த நாளின் நேரம்.
privacy-recorded-heading = பெயர்கள் இல்லாமல் பதிவுசெய்யப்படுபவை
privacy-recorded-referrals = ஒரு பரிந்துரை, உள்நுழைந்த தன்னார்வலர் அதைப் பதிவுசெய்யும்போது: சேவை, அந்தப் பெண்ணின் மொழி, நாள், தன்னார்வலரின் உள்ளூர்க் குழு. தன்னார்வலர் யார் என்பது அல்ல.
privacy-recorded-unmet = எதையும் கண்டுபிடிக்காத ஒரு தேடல், அல்லது ஒரு "எதுவும் பொருந்தவில்லை": வாரம், மொழி, பகுதி, தேவையின் வகை வாரியாக எண்ணப்படும்.
privacy-recorded-texts = அத்தகைய தேடலின் சொற்கள், ஒரே வாரத்தில் குறைந்தது ஐந்து தேடல்கள் அவற்றைப் பயன்படுத்திய பிறகு மட்டுமே; அதுவரை சர்வர் அவற்றை நினைவகத்தில், மீண்டும் சொற்களாக மாற்ற முடியாத ஒரு குறியீட்டின் மூலம் எண்ணுகிறது.
privacy-recorded-views = ஒவ்வொரு சேவையின் பக்கமும் எத்தனை முறை திறக்கப்பட்டது: ஒவ்வொரு சேவைக்கும் ஓர் எண்.
privacy-phone-heading = உங்கள் தொலைபேசியில் மட்டுமே வைக்கப்படுபவை
privacy-phone-saved = நீங்கள் சேமிக்கும் சேவைகள், நீங்கள் இணைய இணைப்பு இல்லாமல் இருக்கும்போது அனுப்பப்படக் காத்திருக்கும் பரிந்துரைகள். அனுப்பப்படும் வரை இவற்றில் எதுவும் சர்வரை அடைவதில்லை.
privacy-retention-heading = எவ்வளவு காலம்
privacy-retention = பரிந்துரைகள் பதிவுசெய்யப்பட்டபடியே 90 நாட்கள் வைக்கப்படும். அதன் பிறகு அவை தங்கள் வாரத்தின் எண்ணிக்கைகளுடன் சேர்க்கப்பட்டு நீக்கப்படும்.
privacy-reports-heading = எண்ணிக்கைகளை யார் பார்க்கிறார்கள்
privacy-reports = திட்டத்தின் ஒருங்கிணைப்பாளர்கள், மற்றும் திட்டம் இணைந்து செயல்படும் கொம்யூன்களும் அமைப்புகளும். அவர்கள் மாதம், பகுதி, உதவியின் வகை, மொழி வாரியாக எண்ணிக்கைகளைப் பார்க்கிறார்கள்; ஐந்துக்குக் குறைவான எண்ணிக்கை ஒருபோதும் காட்டப்படாது, மற்றவற்றிலிருந்து கணக்கிடக்கூடிய எண்ணிக்கையும் காட்டப்படாது.
