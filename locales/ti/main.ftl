# Nabo web app — ትግርኛ (ti, ኤርትራዊ ኣጠቓቕማ)። መለለዪታት መልእኽቲ ከም ናይ en/main.ftl እዮም።
# ተለዋወጥቲ ($name ወዘተ) ብመተግበሪ ይመልኡ፣ ኣይትተርጉምዎም።

## ቀንዲ ክፋል መተግበሪ

app-name = Nabo
app-tagline = ቅኑዕ ሓገዝ ኣብ ከባቢኹም ርኸቡ — ብቋንቋኹም
nav-home = ምድላይ
nav-skip-to-content = ናብ ትሕዝቶ ሕለፉ
footer-about = Nabo ደቂ ኣንስትዮ መገደን ክረኽባ ንዝሕግዙ ወለንተኛታት ዝተዳለወ ዝርዝር ናይ ከባቢ ኣገልግሎታት እዩ።
footer-privacy = Nabo ብዛዕባ እቶም እትሕግዝዎም ሰባት ዋላ ሓንቲ ኣይዕቅብን።
footer-demo-data = ናይ መርኣያ ሓበሬታ፦ ኣብዚ ዝረኣዩ ኣገልግሎታት ሓቀኛታት ኣይኮኑን።
offline-notice = ኢንተርነት የብልኩምን። ቅድሚ ሕጂ ዝኸፈትኩምዎም ገጻት ገና ይሰርሑ እዮም።

## ምምራጽ ቋንቋ

language-picker-label = ቋንቋ
language-picker-button = ቋንቋ ቀይሩ
language-picker-current = ሕጂ ዘሎ ቋንቋ፦ { $language }

## ምድላይ

search-heading = እንታይ ሓገዝ ትደልዩ?
search-label = ኣገልግሎት ድለዩ ወይ ዘድልየኩም ግለጹ
search-placeholder = ንኣብነት፦ jobcenter፣ ህጻነይ ምርመራ የድልዮ
search-button = ድለዩ
search-categories-heading = ወይ ዓይነት ሓገዝ ምረጹ
search-filters-heading = ምድላይ ኣጽብቡ
filter-area-label = ኮሙን
filter-area-any = ኩሎም ኮሙናት
filter-category-label = ዓይነት ሓገዝ
filter-category-any = ኩሉ ዓይነት ሓገዝ
filter-attributes-label = ክህቦ ዘለዎ
filter-open-now = ሕጂ ክፉት
filter-near-me = ኣብ ጥቓይ
filter-near-me-help = ቦታ ተሌፎንኩም ብርሕቀት ንምስራዕ ጥራይ እዩ ዝጥቀመሉ። ኣይዕቀብን።
filter-postcode-label = ወይ ቁጽሪ ፖስታ
filter-apply = ውጽኢት ኣርእዩ
filter-clear = ምርጫታት ኣጽርዩ
geolocation-denied = ቦታኹም ክርከብ ኣይከኣለን። ኣብ ክንድኡ ኮሙን ምረጹ ወይ ቁጽሪ ፖስታ ጸሓፉ።
geolocation-locating = ቦታኹም ይድለ ኣሎ…

## ውጽኢት

results-count = { $count ->
    [0] ዝተረኽበ ኣገልግሎት የለን
    [one] ሓደ ኣገልግሎት ተረኺቡ
   *[other] { $count } ኣገልግሎታት ተረኺቦም
}
results-none-help = ካልእ ቃላት ወይ ውሑዳት ምርጫታት ፈትኑ፣ ወይ ኣብ ታሕቲ ዓይነት ሓገዝ ምረጹ።
results-distance-m = { $distance } ሜ ርሒቑ
results-distance-km = { $distance } ኪ.ሜ ርሒቑ
results-open-now = ሕጂ ክፉት
results-closed-now = ሕጂ ዕጹው
results-hours-unknown = ሰዓታት ስራሕ ኣይፍለጥን
results-shown-in = ብ{ $language } ዝቐረበ
results-next = ዝቕጽል ገጽ
results-previous = ዝሓለፈ ገጽ
results-page = ገጽ { $page } ካብ { $pages }

## ገጽ ኣገልግሎት

resource-about = ብዛዕባ እዚ ኣገልግሎት
resource-how-to-get-help = ከመይ ጌርኩም ሓገዝ ትረኽቡ
resource-opening-hours = ሰዓታት ስራሕ
resource-contact = ርክብ
resource-address = ኣድራሻ
resource-call = ናብ { $phone } ደውሉ
resource-email = ኢመይል ጸሓፉ
resource-website = ወብሳይት
resource-map-osm = ኣብ OpenStreetMap ርኣዩ
resource-map-app = ብመተግበሪ ካርታ ክፈቱ
resource-languages-spoken = ኣብዚ ዝዝረባ ቋንቋታት
resource-attributes = ክትፈልጥዎ ዝጠቅም
resource-verified = ኣብ { $date } ብኣርታዒ ተረጋጊጹ
resource-not-verified = ገና ብኣርታዒ ኣይተረጋገጸን
resource-shown-in = እዚ ጽሑፍ ገና ስለ ዘይተተርጎመ ብ{ $language } ቀሪቡ ኣሎ።
resource-make-card = ንዓኣ ካርድ ኣዳልዉ
resource-back-to-results = ናብ ውጽኢት ተመለሱ
resource-not-found = እዚ ኣገልግሎት የለን ወይ ተኣልዩ እዩ።

## ሰዓታት ስራሕ

hours-open-now = ሕጂ ክፉት
hours-closed-now = ሕጂ ዕጹው
hours-opens-at = { $day } ሰዓት { $time } ይኽፈት
hours-closes-at = ሰዓት { $time } ይዕጾ
hours-unknown = ሰዓታት ስራሕ ኣይፍለጥን
hours-closed-day = ዕጹው
hours-always-open = ለይትን መዓልትን ክፉት
hours-public-holidays = ኣብ ህዝባዊ በዓላት ዕጹው
day-mo = ሰኑይ
day-tu = ሰሉስ
day-we = ረቡዕ
day-th = ሓሙስ
day-fr = ዓርቢ
day-sa = ቀዳም
day-su = ሰንበት
day-today = ሎሚ
day-tomorrow = ጽባሕ

## ካርድ ምልኣኽ

card-heading = ካርድ ን{ $name }
card-choose-language = ቋንቋኣ
card-choose-button = ካርድ ኣዳልዉ
card-intro = ነዚ ካርድ ኣብ መቐበሊ ኣርእዩ።
card-what = እንታይ ይሕግዙ
card-where = ኣበይ
card-when = መዓስ
card-phone = ተሌፎን
card-qr-caption = ነዚ ገጽ ብቋንቋኹም ንምኽፋት ኮድ ስካን ግበሩ
card-print = ሕተሙ
card-share = ኣካፍሉ
card-copy-link = ሊንክ ቅድሑ
card-link-copied = ሊንክ ተቐዲሑ
card-local-language = ብ{ $language }

## ጌጋታት

error-not-found-title = ገጽ ኣይተረኽበን
error-not-found-text = እቲ ዝደለኹምዎ ገጽ የለን።
error-bad-request-title = ኣብቲ ሕቶ ጌጋ ኣሎ
error-server-title = ገለ ጸገም ኣጋጢሙ
error-server-text = በጃኹም ድሕሪ ቁሩብ እንደገና ፈትኑ።
error-back-home = ናብ ምድላይ ተመለሱ

## ኣስማት ቋንቋታት (ን"ኣብዚ ዝዝረባ ቋንቋታት" ከምኡ'ውን ን"ብ… ዝቐረበ")

language-da = ዳኒሽ
language-en = እንግሊዝኛ
language-ar = ዓረብኛ
language-so = ሶማሊ
language-tr = ቱርክኛ
language-fa = ፋርሲ
language-fa-af = ዳሪ
language-ur = ኡርዱ
language-ps = ፓሽቶ
language-ckb = ማእከላይ ኩርዲ (ሶራኒ)
language-kmr = ሰሜናዊ ኩርዲ (ኩርማንጂ)
language-ti = ትግርኛ
language-am = ኣምሓርኛ
language-uk = ዩክሬንኛ
language-ru = ሩስኛ
language-pl = ፖሊሽ
language-ro = ሩማንኛ
language-bs = ቦስንኛ
language-sq = ኣልባንኛ
language-vi = ቬትናምኛ
language-th = ታይ
language-zh = ቻይንኛ (ዝቐለለ)
language-ta = ታሚል
language-bn = ቤንጋሊ
language-hi = ሂንዲ
language-pa = ፑንጃቢ
language-es = ስጳኛ
language-fr = ፈረንሳይኛ
language-de = ጀርመንኛ
language-sw = ስዋሒሊ
language-om = ኦሮምኛ
language-fil = ፊሊፒኖ

## ገጽ API ንመርበባት ሓጋዚ ትካላት (/{lang}/api)። ጽሑፋት ናይ ኦፕሬሽናት ብእንግሊዝኛ ይተርፉ።

api-title = ናይ Nabo API ንመርበባት ሓጋዚ ትካላት
api-intro = ኮሙናትን ትካላትን ምድላይ Nabo ኣብ ናይ ገዛእ ርእሶም ወብሳይት ከርእዩ፣ ወይ ነቲ ዝርዝር ካብ ናይ ገዛእ ርእሶም ሲስተማት ከንብቡ ይኽእሉ። ኣብ ታሕቲ ዘሎ ኩሉ ንህዝቢ ክፉት እዩ፣ ኣብ ውሽጢ እቲ ደረት ድማ ብነጻ ክጥቀሙሉ ይከኣል።
api-widget = ምድላይ ኣብ ወብሳይትኩም
api-widget-text = ነዘን ክልተ መስመራት ኣብ ገጽኩም ለጥፍወን። ቋንቋን ከባቢን ቀይሩ፣ ካብ ኣመሓደርቲ Nabo ዝረኸብኩምዎ መፍትሕ ተጠቐሙ።
api-keys = መፍትሕታትን ደረታትን
api-keys-text = ብዘይ መፍትሕ ካብ ነፍሲ ወከፍ ኣድራሻ ውሱን ቁጽሪ ሕቶታት ክትሰዱ ትኽእሉ ኢኹም። ብመፍትሕ ናይ ገዛእ ርእስኹም ደረት ይህልወኩም፤ ከም "Authorization: Bearer" ወይ ከም ፓራሜተር "key" ስደድዎ። መልስታት ኣብ cache ክዕቀቡ ይኽእሉ፤ ETagን Cache-Controlን ሒዞም እዮም።
api-formats = ብማሽን ዝንበብ መግለጺን ናይ Open Referral HSDS 3.0 ኢንድፖይንትታትን
api-operations = ኦፕሬሽናት
api-needs-account = ናይ ኣካውንት ቶከን የድሊ (ንኣርተዕቲ)።
api-parameters = ፓራሜተራት
api-responses = መልስታት
api-col-name = ሽም
api-col-in = ቦታ
api-col-accepts = ዝፍቀዱ ዋጋታት
api-col-description = መግለጺ
api-col-status = ኩነታት
api-required = ግዴታ
api-accepts-list = ዝርዝር ናይ { $items }
api-accepts-one-of = ሓደ ካብዞም፦ { $values }
api-accepts-range = ካብ { $min } ክሳብ { $max }
api-accepts-min = እንተወሓደ { $min }
api-accepts-max = እንተበዝሐ { $max }
api-accepts-length = እንተበዝሐ { $length } ፊደላት
api-accepts-pattern = ብቕርጺ { $pattern }
nav-api = ንመርበባት ሓጋዚ ትካላት
