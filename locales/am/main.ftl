# Nabo web app — አማርኛ (am)። የመልእክት መለያዎቹ ከen/main.ftl ጋር አንድ ናቸው።
# ተለዋዋጮች ($name ወዘተ) በመተግበሪያው ይሞላሉ፤ አይተርጓሟቸው።

## የመተግበሪያው ዋና ክፍል

app-name = Nabo
app-tagline = ትክክለኛውን የአካባቢ እርዳታ ያግኙ — በቋንቋዎ
nav-home = ፍለጋ
nav-skip-to-content = ወደ ዋናው ይዘት ይለፉ
footer-about = Nabo ሴቶች መንገዳቸውን እንዲያገኙ ለሚረዱ በጎ ፈቃደኞች የተዘጋጀ የአካባቢ አገልግሎቶች ማውጫ ነው።
footer-privacy = Nabo ስለሚረዷቸው ሰዎች ምንም መረጃ አያስቀምጥም።
footer-demo-data = የማሳያ መረጃ፦ እዚህ የሚታዩት አገልግሎቶች እውነተኛ አይደሉም።
offline-notice = ከኢንተርኔት ጋር አልተገናኙም። ከዚህ በፊት የከፈቷቸው ገጾች አሁንም ይሠራሉ።

## ቋንቋ መምረጫ

language-picker-label = ቋንቋ
language-picker-button = ቋንቋ ይቀይሩ
language-picker-current = የአሁኑ ቋንቋ፦ { $language }

## ፍለጋ

search-heading = በምን ጉዳይ እርዳታ ይፈልጋሉ?
search-label = አገልግሎት ይፈልጉ ወይም የሚያስፈልግዎን ይግለጹ
search-placeholder = ለምሳሌ፦ jobcenter፣ ልጄ ምርመራ ያስፈልገዋል
search-button = ይፈልጉ
search-categories-heading = ወይም የእርዳታ ዓይነት ይምረጡ
search-filters-heading = ፍለጋውን ያጥብቡ
filter-area-label = ኮሙን
filter-area-any = ሁሉም ኮሙኖች
filter-category-label = የእርዳታ ዓይነት
filter-category-any = ሁሉም የእርዳታ ዓይነቶች
filter-attributes-label = ሊያቀርበው የሚገባ
filter-open-now = አሁን ክፍት
filter-near-me = በአቅራቢያዬ
filter-near-me-help = የስልክዎ አካባቢ በርቀት ለመደርደር ብቻ ነው የሚያገለግለው። አይቀመጥም።
filter-postcode-label = ወይም የፖስታ ቁጥር
filter-apply = ውጤቶችን ይመልከቱ
filter-clear = ማጣሪያዎችን ያጽዱ
geolocation-denied = አካባቢዎ ሊገኝ አልቻለም። በምትኩ ኮሙን ይምረጡ ወይም የፖስታ ቁጥር ያስገቡ።
geolocation-locating = አካባቢዎን በመፈለግ ላይ…

## ውጤቶች

results-count = { $count ->
    [0] ምንም አገልግሎት አልተገኘም
    [one] አንድ አገልግሎት ተገኝቷል
   *[other] { $count } አገልግሎቶች ተገኝተዋል
}
results-none-help = ሌሎች ቃላትን ወይም ጥቂት ማጣሪያዎችን ይሞክሩ፣ ወይም ከታች የእርዳታ ዓይነት ይምረጡ።
results-distance-m = { $distance } ሜ ይርቃል
results-distance-km = { $distance } ኪ.ሜ ይርቃል
results-open-now = አሁን ክፍት ነው
results-closed-now = አሁን ዝግ ነው
results-hours-unknown = የሥራ ሰዓቱ አይታወቅም
results-shown-in = በ{ $language } የቀረበ
results-next = ቀጣይ ገጽ
results-previous = ቀዳሚ ገጽ
results-page = ገጽ { $page } ከ{ $pages }

## የአገልግሎት ገጽ

resource-about = ስለ አገልግሎቱ
resource-how-to-get-help = እርዳታ እንዴት እንደሚያገኙ
resource-opening-hours = የሥራ ሰዓት
resource-contact = ግንኙነት
resource-address = አድራሻ
resource-call = ወደ { $phone } ይደውሉ
resource-email = ኢሜይል ይጻፉ
resource-website = ድረ ገጽ
resource-map-osm = በOpenStreetMap ላይ ይመልከቱ
resource-map-app = በካርታ መተግበሪያ ይክፈቱ
resource-languages-spoken = እዚህ የሚነገሩ ቋንቋዎች
resource-attributes = ማወቅ የሚጠቅምዎ
resource-verified = በ{ $date } በአርታኢ ተረጋግጧል
resource-not-verified = ገና በአርታኢ አልተረጋገጠም
resource-shown-in = ይህ ጽሑፍ ገና ስላልተተረጎመ በ{ $language } ቀርቧል።
resource-make-card = ለእሷ ካርድ ያዘጋጁ
resource-back-to-results = ወደ ውጤቶቹ ይመለሱ
resource-not-found = ይህ አገልግሎት የለም ወይም ተወግዷል።

## የሥራ ሰዓት

hours-open-now = አሁን ክፍት ነው
hours-closed-now = አሁን ዝግ ነው
hours-opens-at = { $day } በ{ $time } ይከፈታል
hours-closes-at = በ{ $time } ይዘጋል
hours-unknown = የሥራ ሰዓቱ አይታወቅም
hours-closed-day = ዝግ
hours-always-open = ቀንና ሌሊት ክፍት
hours-public-holidays = በሕዝባዊ በዓላት ዝግ ነው
day-mo = ሰኞ
day-tu = ማክሰኞ
day-we = ረቡዕ
day-th = ሐሙስ
day-fr = ዓርብ
day-sa = ቅዳሜ
day-su = እሑድ
day-today = ዛሬ
day-tomorrow = ነገ

## የማስተላለፊያ ካርድ

card-heading = ካርድ ለ{ $name }
card-choose-language = የእሷ ቋንቋ
card-choose-button = ካርድ ያዘጋጁ
card-intro = ይህን ካርድ በእንግዳ መቀበያው ያሳዩ።
card-what = የሚረዱበት ጉዳይ
card-where = የት
card-when = መቼ
card-phone = ስልክ
card-qr-caption = ይህን ገጽ በቋንቋዎ ለመክፈት ኮዱን ስካን ያድርጉ
card-print = ያትሙ
card-share = ያጋሩ
card-copy-link = ሊንኩን ይቅዱ
card-link-copied = ሊንኩ ተቀድቷል
card-local-language = በ{ $language }

## ስህተቶች

error-not-found-title = ገጹ አልተገኘም
error-not-found-text = የጠየቁት ገጽ የለም።
error-bad-request-title = በጥያቄው ውስጥ የተሳሳተ ነገር አለ
error-server-title = የሆነ ችግር ተፈጥሯል
error-server-text = እባክዎ ትንሽ ቆይተው እንደገና ይሞክሩ።
error-back-home = ወደ ፍለጋ ይመለሱ

## የቋንቋ ስሞች (ለ"እዚህ የሚነገሩ ቋንቋዎች" እና ለ"በ… የቀረበ")

language-da = ዴንማርክኛ
language-en = እንግሊዝኛ
language-ar = ዐረብኛ
language-so = ሶማሊኛ
language-tr = ቱርክኛ
language-fa = ፋርስኛ
language-fa-af = ዳሪ
language-ur = ኡርዱ
language-ps = ፓሽቶ
language-ckb = መካከለኛ ኩርድኛ (ሶራኒ)
language-kmr = ሰሜናዊ ኩርድኛ (ኩርማንጂ)
language-ti = ትግርኛ
language-am = አማርኛ
language-uk = ዩክሬንኛ
language-ru = ሩሲያኛ
language-pl = ፖላንድኛ
language-ro = ሮማኒያኛ
language-bs = ቦስኒያኛ
language-sq = አልባኒያኛ
language-vi = ቬትናምኛ
language-th = ታይኛ
language-zh = ቻይንኛ (ቀለል ያለ)
language-ta = ታሚልኛ
language-bn = ቤንጋሊኛ
language-hi = ሂንዲ
language-pa = ፑንጃቢ
language-es = ስፓንኛ
language-fr = ፈረንሳይኛ
language-de = ጀርመንኛ
language-sw = ስዋሂሊ
language-om = አፋን ኦሮሞ
language-fil = ፊሊፒኖ

## ለአጋር ድረ-ገጾች የAPI ገጽ (/{lang}/api)። የኦፕሬሽኖቹ ጽሑፎች በእንግሊዝኛ ይቀራሉ።

api-title = የNabo API ለአጋር ድረ-ገጾች
api-intro = ኮሙኖች እና ድርጅቶች የNabo ፍለጋን በራሳቸው ድረ ገጽ ላይ ማሳየት ወይም ማውጫውን ከራሳቸው ሲስተሞች ማንበብ ይችላሉ። ከዚህ በታች ያለው ሁሉ ለሕዝብ ክፍት ነው፤ በገደቡ ውስጥ በነጻ መጠቀም ይቻላል።
api-widget = በድረ ገጽዎ ላይ ፍለጋ
api-widget-text = እነዚህን ሁለት መስመሮች በገጽዎ ላይ ይለጥፉ። ቋንቋውን እና አካባቢውን ይቀይሩ፤ ከNabo አስተዳዳሪዎች ያገኙትን ቁልፍ ይጠቀሙ።
api-keys = ቁልፎች እና ገደቦች
api-keys-text = ያለ ቁልፍ ከእያንዳንዱ አድራሻ መጠነኛ ቁጥር ያላቸው ጥያቄዎችን መላክ ይችላሉ። በቁልፍ የራስዎ ገደብ ይኖርዎታል፤ ቁልፉን እንደ "Authorization: Bearer" ወይም እንደ "key" ፓራሜትር ይላኩ። መልሶቹ በካሽ (cache) ሊቀመጡ ይችላሉ፤ ETag እና Cache-Control ይዘዋል።
api-formats = በማሽን የሚነበበው መግለጫ እና የOpen Referral HSDS 3.0 ኢንድፖይንቶች
api-operations = ኦፕሬሽኖች
api-needs-account = የአካውንት ቶከን ያስፈልጋል (ለአርታኢዎች)።
api-parameters = ፓራሜትሮች
api-responses = መልሶች
api-col-name = ስም
api-col-in = ቦታ
api-col-accepts = የሚፈቀዱ እሴቶች
api-col-description = መግለጫ
api-col-status = ሁኔታ
api-required = ግዴታ
api-accepts-list = የ{ $items } ዝርዝር
api-accepts-one-of = ከእነዚህ አንዱ፦ { $values }
api-accepts-range = ከ{ $min } እስከ { $max }
api-accepts-min = ቢያንስ { $min }
api-accepts-max = ቢበዛ { $max }
api-accepts-length = ቢበዛ { $length } ቁምፊዎች
api-accepts-pattern = በ{ $pattern } ቅርጸት
nav-api = ለአጋር ድረ-ገጾች
