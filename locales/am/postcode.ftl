## Searching by postcode (same message ids as en/postcode.ftl; $postcode and $town are filled in by the app).

postcode-label = የፖስታ ቁጥር
postcode-hint = 4 አሃዞች፣ ለምሳሌ፦ 8000። የፖስታ ቁጥሩ በሚሸፍናቸው ኮሙኖች ያለውን እርዳታ ያሳያል፤ ቅርብ ያለው መጀመሪያ።
postcode-error = የፖስታ ቁጥር { $postcode } አናውቀውም። የፖስታ ቁጥር 4 አሃዞች አሉት፤ ለምሳሌ፦ 8000።
postcode-searched = በፖስታ ቁጥር { $postcode } { $town } አቅራቢያ
