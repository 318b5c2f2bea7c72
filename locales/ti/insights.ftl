## Insight without personal data: referrals, unmet needs, the reports for coordinators and partners, and the privacy page.

# The role of an account that records referrals (beside role-editor, role-translator…).
role-volunteer = ወለንተኛ
accounts-group = ናይ ከባቢ ጉጅለ (ንወለንተኛታት)
accounts-group-hint = ናእሽቱ ፊደላት ላቲን (a–z)፣ ኣሃዛትን "-"ን፣ ንኣብነት aarhus-gellerup። ሪፈራላት ናይ ሓደ ወለንተኛ ንጉጅለ ይቑጸሩ።

## Recording a referral from a service's page or its card.
referral-heading = ሪፈራል መዝግቡ
referral-hint = ሎሚ ንሓንቲ ሰበይቲ ናብዚ ኣገልግሎት መገዲ ከም ዘርኣኹምዋን እትዛረቦ ቋንቋን ይቖጽር። ብዛዕባኣ ዋላ ሓንቲ ኣይምዝገብን።
referral-language = ቋንቋኣ
referral-record = ሪፈራል መዝግቡ
referral-recorded = ሪፈራል ተመዝጊቡ። የቐንየልና።
referral-queued = ኣብዚ ተሌፎን ተዓቂቡ፤ ከም ብሓድሽ ምስ ኢንተርነት ምስ ተራኸብኩም ክለኣኽ እዩ።
referral-sign-in = ወለንተኛታት ሪፈራላት ንምቑጻር ክኣትዉ ይኽእሉ።
# $reason is a short explanation from the server, e.g. "day 2026-01-02 is in the future".
referral-refused = ሪፈራል ኣይተመዝገበን፦ { $reason }

## "Nothing fitted": a volunteer says none of the results helps.
unmet-heading = ዝሰማማዕ ነገር ኣይነበረን?
# Above the same form on a search that found nothing.
unmet-heading-none = እንታይ የድሊ ከም ዝነበረ ንገሩና
unmet-hint = እቲ ድሌት ምእንቲ ክቑጸር ንገሩና። ዓይነት ድሌት ጥራይ እዩ ዝቑጸር — ብዙሓት ሰባት ሓደ ዓይነት ነገር እንተዘይደልዮም፣ ቃላት ምድላይኩም ፈጺሙ ኣይቑጸርን፤ ብዛዕባኹም ድማ ዋላ ሓንቲ ኣይቑጸርን።
unmet-needed = እንታይ የድሊ ነይሩ (ግዴታ ኣይኮነን)
unmet-needed-none = ኣይተገልጸን
unmet-send = ዝሰማማዕ ነገር ኣይነበረን
unmet-thanks = የቐንየልና። እቲ ድሌት ተቖጺሩ።

## The reports (for coordinators; partners read the same figures through the API).
nav-insights = ኣሃዛዊ ሓበሬታ
insights-title = ኣሃዛዊ ሓበሬታ
insights-intro = ካብ መዓልታዊ ኣጠቓቕማ ዝተረኽበ ስም ዘይብሉ ኣሃዛት፦ ደቂ ኣንስትዮ ናበይ ከም ዝተላእካ፣ ብኣየኖት ቋንቋታት፣ ከምኡ'ውን እቲ ዝርዝር ከቕርቦ ዘይከኣለ እንታይ ከም ዘድለየን።
insights-year = ዓመት
insights-show = ኣርእዩ
insights-referrals = ሪፈራላት
insights-unmet = ዘይተማልኡ ድሌታት
insights-by-area = ብከባቢ
insights-by-category = ብዓይነት ሓገዝ
insights-by-language = ብቋንቋ
insights-by-group = ብናይ ከባቢ ጉጅለ
insights-total = ድምር
insights-no-area = ከባቢ ኣይተመርጸን
insights-no-category = ዓይነት ሓገዝ ኣይተለለየን
insights-no-group = ናይ ከባቢ ጉጅለ የለን
insights-legend-small = <5: ካብ ሓሙሽተ ዝወሓደ፤ ሓደ'ኳ ምእንቲ ከይለለ ኣይርአን።
insights-legend-hidden = x: ንእሽቶ ኣሃዝ ካብ ድምራት ምእንቲ ከይሕሰብ ተሓቢኡ።
insights-months-note = ሓደ ወርሒ ምስ ወድአ እዩ ዝርአ። ካብ ሓሙሽተ ዝወሓዱ ኣሃዛት ፈጺሞም ኣይረኣዩን — ኣብዚ ኾነ፣ ኣብ ዝወርዱ ፋይላት ኾነ፣ ብAPI ኾነ።
insights-download-csv = ብCSV ኣውርዱ
insights-download-json = ብJSON ኣውርዱ
# The text alternative of a bar chart; $table is the title of the table below it that holds the same figures.
insights-chart-description = ድምራት ናይ "{ $table }" ብዓምዲ ዘርኢ ሰንጠረዥ። ተመሳሳሊ ኣሃዛት ኣብቲ ኣብ ታሕቲ ዘሎ ሰሌዳ ኣለዉ።
insights-summary = ጽማቕ ናይ { $year }
insights-summary-referrals = ሪፈራላት ብድምር
insights-summary-categories = ሪፈራላት ብዓይነት ሓገዝ
insights-summary-languages = ቋንቋታት ናይተን ዝተላእካ ደቂ ኣንስትዮ
insights-summary-top-unmet = ብዙሕ ግዜ ዘይተማልኡ ድሌታት
insights-texts = ተደልዩ ዘይተረኽበ
insights-texts-hint = ኣብ ሓደ ሰሙን እንተወሓደ ብሓሙሽተ ምድላያት ዝተጠቕመሎም ጽሑፋት ጥራይ እዮም ዝዕቀቡ።
insights-none = ኣብዚ ዓመት ዋላ ሓንቲ ኣይተመዝገበን።

## The privacy page.
footer-privacy-link = Nabo እንታይ ይምዝግብ
privacy-title = Nabo እንታይ ይምዝግብ
privacy-intro = Nabo ኣብቲ ምስ ንወለንተኛታት ዝኣምና ደቂ ኣንስትዮ ዝግበር ዝርርብ እዩ ዝጥቀሙሉ። መን ምዃነን ክገልጽ ዝኽእል ዋላ ሓንቲ ፈጺሙ ከይሕዝ ተገይሩ እዩ ተሰሪሑ።
privacy-never-heading = ፈጺሙ ኣይምዝገብን
privacy-never-people = ኣስማት፣ ኣድራሻታት፣ ቁጽርታት ተሌፎን፣ ውልቃዊ ቁጽርታት መለለዪ ወይ ዛንታታት ናይተን እትሕግዝወን ደቂ ኣንስትዮ።
privacy-never-addresses = ኣድራሻ IP ወይ ብራውዘርኩም፣ ምስቲ እትደልይዎ ወይ እትኸፍትዎ ነገር ተኣሳሲሩ።
privacy-never-search = እትደልይዎ ነገር፣ ከምቲ ዝጸሓፍኩምዎ። መዝገባት ሕቶታት ቃላት ምድላይ ኣይሕዙን።
privacy-never-time = ሪፈራል ወይ ምድላይ ዝተገብረሉ ሰዓት ናይ መዓልቲ።
privacy-recorded-heading = ብዘይ ስም ይምዝገብ
privacy-recorded-referrals = ሪፈራል፣ ዝኣተወ ወለንተኛ ክምዝግቦ ከሎ፦ እቲ ኣገልግሎት፣ ቋንቋ ናይታ ሰበይቲ፣ እታ መዓልትን ናይቲ ወለንተኛ ናይ ከባቢ ጉጅለን። እቲ ወለንተኛ መን ምዃኑ ግን ኣይምዝገብን።
privacy-recorded-unmet = ዋላ ሓንቲ ዘይረኸበ ምድላይ፣ ወይ "ዝሰማማዕ ነገር ኣይነበረን"፦ ብሰሙን፣ ብቋንቋ፣ ብከባቢን ብዓይነት ድሌትን ይቑጸር።
privacy-recorded-texts = ቃላት ናይ ከምዚ ዓይነት ምድላይ፣ ኣብ ሓደ ሰሙን እንተወሓደ ሓሙሽተ ምድላያት ምስ ተጠቐምሉ ጥራይ፤ ክሳብ ሽዑ እቲ ሰርቨር ናብ ቃላት ክመልሶ ብዘይክእል ኮድ ኣብ ዝኽሪ ይቖጽሮም።
privacy-recorded-views = ገጽ ናይ ነፍሲ ወከፍ ኣገልግሎት ክንደይ ግዜ ከም ዝተኸፍተ፦ ንነፍሲ ወከፍ ኣገልግሎት ሓደ ቁጽሪ።
privacy-phone-heading = ኣብ ተሌፎንኩም ጥራይ ዝዕቀብ
privacy-phone-saved = እትዕቅብዎም ኣገልግሎታት፣ ከምኡ'ውን ኢንተርነት ኣብ ዘይብልኩም እዋን ክለኣኹ ዝጽበዩ ሪፈራላት። ካብዚኣቶም ዋላ ሓደ ክሳብ ዝለኣኽ ናብ ሰርቨር ኣይበጽሕን።
privacy-retention-heading = ክሳብ መዓስ
privacy-retention = ሪፈራላት ከምቲ ዝተመዝገብዎ ን90 መዓልቲ ይዕቀቡ። ድሕሪኡ ናብ ኣሃዛት ናይ ሰሙኖም ተደሚሮም ይድምሰሱ።
privacy-reports-heading = ነቶም ኣሃዛት መን ይርእዮም
privacy-reports = ኣወሃሃድቲ ናይቲ መደብ፣ ከምኡ'ውን እቲ መደብ ምስኦም ዝሰርሕ ኮሙናትን ትካላትን። ኣሃዛት ብወርሒ፣ ብከባቢ፣ ብዓይነት ሓገዝን ብቋንቋን ይርእዩ፤ ካብ ሓሙሽተ ዝወሓደ ኣሃዝ ፈጺሙ ኣይርአን፣ ካብቶም ካልኦት ክሕሰብ ዝኽእል ኣሃዝ'ውን ኣይርአን።
