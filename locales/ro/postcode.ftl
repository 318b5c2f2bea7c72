## Searching by postcode (same message ids as en/postcode.ftl; $postcode and $town are filled in by the app).

postcode-label = Cod poștal
postcode-hint = 4 cifre, de ex. 8000. Arată ajutor în comunele pe care le acoperă codul poștal, întâi cel mai apropiat.
postcode-error = Nu cunoaștem codul poștal { $postcode }. Un cod poștal are 4 cifre, de ex. 8000.
postcode-searched = Lângă codul poștal { $postcode } { $town }
