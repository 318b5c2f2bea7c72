# ናይ Nabo መድለዪ መሳርሒ (<nabo-search> ኣብ መርበባት ሓጋዚ ትካላት) — ትግርኛ። ከም en/widget.ftl ሓደ ዓይነት መለለዪ መልእኽትታት።

## ቅጥዒ ምድላይ

widget-search-label = ኣብ ጥቓኹም ሓገዝ ድለዩ
widget-search-placeholder = ንኣብነት፦ jobcenter፣ ህጻነይ ምርመራ የድልዮ
widget-search-button = ድለዩ

## መስመር ኩነታት (ኣንበብቲ ስክሪን የንብብዎ)

widget-loading = ይድለ ኣሎ…
widget-results-ready = ምድላይ ተወዲኡ። ኣገልግሎታት ኣብ ታሕቲ ተዘርዚሮም ኣለዉ።
widget-no-results = ዝተረኽበ ኣገልግሎት የለን። ካልእ ቃላት ወይ ውሑዳት ቃላት ፈትኑ።
widget-error = ምድላይ ሕጂ ይሰርሕ የሎን። በጃኹም ድሕሪ ቁሩብ እንደገና ፈትኑ።
widget-rate-limited = ኣብ ሓጺር ግዜ ብዙሕ ምድላያት ተገይሩ። በጃኹም ቁሩብ ተጸበዩ፣ ድሕሪኡ እንደገና ድለዩ።

## ውጽኢት

widget-results = ክሕግዙ ዝኽእሉ ኣገልግሎታት
widget-shown-in = ብ{ $language } ዝቐረበ
widget-open-card = ንዓኣ ካርድ ኣዳልዉ
widget-new-tab = (ኣብ ሓድሽ ታብ ይኽፈት)
widget-powered-by = ምድላይ ብNabo
