## Insight without personal data: referrals, unmet needs, the reports for coordinators and partners, and the privacy page.

# The role of an account that records referrals (beside role-editor, role-translator…).
role-volunteer = በጎ ፈቃደኛ
accounts-group = የአካባቢ ቡድን (ለበጎ ፈቃደኞች)
accounts-group-hint = ትንንሽ የላቲን ፊደላት (a–z)፣ አኃዞች እና "-"፤ ለምሳሌ aarhus-gellerup። የአንድ በጎ ፈቃደኛ ሪፈራሎች ለቡድኑ ይቆጠራሉ።

## Recording a referral from a service's page or its card.
referral-heading = ሪፈራል ይመዝግቡ
referral-hint = ዛሬ ለአንዲት ሴት ወደዚህ አገልግሎት መንገዱን እንዳሳዩና የምትናገረውን ቋንቋ ይቆጥራል። ስለ እሷ ምንም ነገር አይመዘገብም።
referral-language = የእሷ ቋንቋ
referral-record = ሪፈራሉን ይመዝግቡ
referral-recorded = ሪፈራሉ ተመዝግቧል። እናመሰግናለን።
referral-queued = በዚህ ስልክ ላይ ተቀምጧል፤ እንደገና ከኢንተርኔት ጋር ሲገናኙ ይላካል።
referral-sign-in = በጎ ፈቃደኞች ሪፈራሎችን ለመቁጠር መግባት ይችላሉ።
# $reason is a short explanation from the server, e.g. "day 2026-01-02 is in the future".
referral-refused = ሪፈራሉ አልተመዘገበም፦ { $reason }

## "Nothing fitted": a volunteer says none of the results helps.
unmet-heading = ምንም የሚስማማ አልነበረም?
# Above the same form on a search that found nothing.
unmet-heading-none = ምን ያስፈልግ እንደነበር ይንገሩን
unmet-hint = ፍላጎቱ እንዲቆጠር ይንገሩን። የሚቆጠረው የፍላጎቱ ዓይነት ብቻ ነው — ብዙ ሰዎች ተመሳሳዩን ነገር ካልፈለጉ በስተቀር የፍለጋ ቃላትዎ ፈጽሞ አይቆጠሩም፤ ስለ እርስዎም ምንም አይቆጠርም።
unmet-needed = ምን ያስፈልግ ነበር (አማራጭ)
unmet-needed-none = አልተገለጸም
unmet-send = ምንም የሚስማማ አልነበረም
unmet-thanks = እናመሰግናለን። ፍላጎቱ ተቆጥሯል።

## The reports (for coordinators; partners read the same figures through the API).
nav-insights = ስታቲስቲክስ
insights-title = ስታቲስቲክስ
insights-intro = ከዕለት ተዕለት አጠቃቀም የተገኙ ስም የሌላቸው ቁጥሮች፦ ሴቶች ወደየት እንደተላኩ፣ በየትኞቹ ቋንቋዎች፣ እና ማውጫው ሊያቀርበው ያልቻለ ምን ያስፈልጋቸው እንደነበር።
insights-year = ዓመት
insights-show = ያሳዩ
insights-referrals = ሪፈራሎች
insights-unmet = ያልተሟሉ ፍላጎቶች
insights-by-area = በአካባቢ
insights-by-category = በእርዳታ ዓይነት
insights-by-language = በቋንቋ
insights-by-group = በአካባቢ ቡድን
insights-total = ጠቅላላ
insights-no-area = አካባቢ አልተመረጠም
insights-no-category = የእርዳታ ዓይነት አልታወቀም
insights-no-group = የአካባቢ ቡድን የለም
insights-legend-small = <5: ከአምስት ያነሰ፤ ማንም እንዳይታወቅ አይታይም።
insights-legend-hidden = x: ትንሽ ቁጥር ከድምሮቹ ተሰልቶ እንዳይገኝ ተደብቋል።
insights-months-note = አንድ ወር የሚታየው ካለቀ በኋላ ነው። ከአምስት በታች የሆኑ ቁጥሮች ፈጽሞ አይታዩም — እዚህም፣ በሚወርዱ ፋይሎችም፣ በAPI በኩልም።
insights-download-csv = በCSV ያውርዱ
insights-download-json = በJSON ያውርዱ
# The text alternative of a bar chart; $table is the title of the table below it that holds the same figures.
insights-chart-description = የ"{ $table }" ድምሮች የአምድ ገበታ። ተመሳሳይ ቁጥሮች ከታች ባለው ሰንጠረዥ ውስጥ አሉ።
insights-summary = የ{ $year } ማጠቃለያ
insights-summary-referrals = ሪፈራሎች በጠቅላላ
insights-summary-categories = ሪፈራሎች በእርዳታ ዓይነት
insights-summary-languages = የተላኩት ሴቶች ቋንቋዎች
insights-summary-top-unmet = በብዛት ያልተሟሉ ፍላጎቶች
insights-texts = ተፈልጎ ያልተገኘ
insights-texts-hint = የሚቀመጡት በአንድ ሳምንት ውስጥ ቢያንስ በአምስት ፍለጋዎች ጥቅም ላይ የዋሉ ጽሑፎች ብቻ ናቸው።
insights-none = በዚህ ዓመት ምንም አልተመዘገበም።

## The privacy page.
footer-privacy-link = Nabo ምን ይመዘግባል
privacy-title = Nabo ምን ይመዘግባል
privacy-intro = Nabo በጎ ፈቃደኞችን ከሚያምኑ ሴቶች ጋር በሚደረጉ ውይይቶች ውስጥ ጥቅም ላይ ይውላል። እነሱ ማን እንደሆኑ ሊያሳውቅ የሚችል ምንም ነገር ፈጽሞ እንዳይዝ ተደርጎ ተሠርቷል።
privacy-never-heading = ፈጽሞ አይመዘገብም
privacy-never-people = የሚረዷቸው ሴቶች ስሞች፣ አድራሻዎች፣ የስልክ ቁጥሮች፣ የግል መታወቂያ ቁጥሮች ወይም ታሪኮች።
privacy-never-addresses = የእርስዎ IP አድራሻ ወይም አሳሽ፣ ከሚፈልጉት ወይም ከሚከፍቱት ነገር ጋር ተያይዞ።
privacy-never-search = የሚፈልጉት ነገር፣ እርስዎ እንደጻፉት። የጥያቄ መዝገቦች የፍለጋ ቃላትን አያካትቱም።
privacy-never-time = ሪፈራል ወይም ፍለጋ የተደረገበት የቀኑ ሰዓት።
privacy-recorded-heading = ያለ ስም ይመዘገባል
privacy-recorded-referrals = ሪፈራል፣ የገባ በጎ ፈቃደኛ ሲመዘግበው፦ አገልግሎቱ፣ የሴትየዋ ቋንቋ፣ ቀኑ እና የበጎ ፈቃደኛው የአካባቢ ቡድን። በጎ ፈቃደኛው ማን እንደሆነ ግን አይመዘገብም።
privacy-recorded-unmet = ምንም ያላገኘ ፍለጋ፣ ወይም "ምንም የሚስማማ አልነበረም"፦ በሳምንት፣ በቋንቋ፣ በአካባቢ እና በፍላጎት ዓይነት ይቆጠራል።
privacy-recorded-texts = የእንዲህ ዓይነቱ ፍለጋ ቃላት የሚመዘገቡት በአንድ ሳምንት ውስጥ ቢያንስ አምስት ፍለጋዎች ሲጠቀሙባቸው ብቻ ነው፤ እስከዚያ ድረስ ሰርቨሩ ወደ ቃላት መልሶ ሊቀይረው በማይችለው ኮድ በማህደረ ትውስታ ውስጥ ይቆጥራቸዋል።
privacy-recorded-views = የእያንዳንዱ አገልግሎት ገጽ ምን ያህል ጊዜ እንደተከፈተ፦ ለእያንዳንዱ አገልግሎት አንድ ቁጥር።
privacy-phone-heading = በስልክዎ ላይ ብቻ የሚቀመጥ
privacy-phone-saved = የሚያስቀምጧቸው አገልግሎቶች፣ እና ከኢንተርኔት ውጭ ሳሉ ለመላክ የሚጠብቁ ሪፈራሎች። ከእነዚህ ውስጥ ምንም ነገር እስኪላክ ድረስ ሰርቨሩ ጋር አይደርስም።
privacy-retention-heading = ለምን ያህል ጊዜ
privacy-retention = ሪፈራሎች እንደተመዘገቡት ለ90 ቀናት ይቀመጣሉ። ከዚያ በኋላ ወደ ሳምንታቸው ቁጥሮች ተደምረው ይሰረዛሉ።
privacy-reports-heading = ቁጥሮቹን ማን ያያል
privacy-reports = የፕሮግራሙ አስተባባሪዎች፣ እና ፕሮግራሙ አብሯቸው የሚሠራቸው ኮሙኖች እና ድርጅቶች። ቁጥሮቹን በወር፣ በአካባቢ፣ በእርዳታ ዓይነት እና በቋንቋ ያያሉ፤ ከአምስት በታች የሆነ ቁጥር ፈጽሞ አይታይም፣ ከሌሎቹ ተሰልቶ ሊገኝ የሚችል ቁጥርም አይታይም።
