## Searching by postcode (same message ids as en/postcode.ftl; $postcode and $town are filled in by the app).

postcode-label = ቁጽሪ ፖስታ
postcode-hint = 4 ኣሃዛት፣ ንኣብነት 8000። ኣብቶም እቲ ቁጽሪ ፖስታ ዝሽፍኖም ኮሙናት ዘሎ ሓገዝ የርኢ፤ እቲ ዝቐረበ ቅድም።
postcode-error = ቁጽሪ ፖስታ { $postcode } ኣይንፈልጦን። ቁጽሪ ፖስታ 4 ኣሃዛት ኣለዎ፣ ንኣብነት 8000።
postcode-searched = ኣብ ጥቓ ቁጽሪ ፖስታ { $postcode } { $town }
