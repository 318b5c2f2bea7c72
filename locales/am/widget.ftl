# የNabo መፈለጊያ መግብር (<nabo-search> በአጋር ድረ-ገጾች ላይ) — አማርኛ። ከen/widget.ftl ጋር አንድ ዓይነት የመልእክት መለያዎች።

## የፍለጋ ቅጽ

widget-search-label = በአቅራቢያዎ እርዳታ ይፈልጉ
widget-search-placeholder = ለምሳሌ፦ jobcenter፣ ልጄ ምርመራ ያስፈልገዋል
widget-search-button = ይፈልጉ

## የሁኔታ መስመር (ስክሪን አንባቢዎች ያነቡታል)

widget-loading = በመፈለግ ላይ…
widget-results-ready = ፍለጋው ተጠናቋል። አገልግሎቶቹ ከታች ተዘርዝረዋል።
widget-no-results = ምንም አገልግሎት አልተገኘም። ሌሎች ቃላትን ወይም ጥቂት ቃላትን ይሞክሩ።
widget-error = ፍለጋው አሁን እየሰራ አይደለም። እባክዎ ትንሽ ቆይተው እንደገና ይሞክሩ።
widget-rate-limited = በአጭር ጊዜ ውስጥ በጣም ብዙ ፍለጋዎች ተደርገዋል። እባክዎ ትንሽ ይጠብቁ፣ ከዚያ እንደገና ይፈልጉ።

## ውጤቶች

widget-results = ሊረዱ የሚችሉ አገልግሎቶች
widget-shown-in = በ{ $language } የቀረበ
widget-open-card = ለእሷ ካርድ ያዘጋጁ
widget-new-tab = (በአዲስ ትር ይከፈታል)
widget-powered-by = ፍለጋ በNabo
