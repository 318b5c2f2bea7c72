## Searching by postcode (same message ids as en/postcode.ftl; $postcode and $town are filled in by the app).

postcode-label = Lakkoofsa poostaa
postcode-hint = Lakkoofsota 4, fkn. 8000. Gargaarsa kommuunota lakkoofsi poostaa kun qabatu keessa jiru agarsiisa, kan dhihoo jiru dursa.
postcode-error = Lakkoofsa poostaa { $postcode } hin beeknu. Lakkoofsi poostaa lakkoofsota 4 qaba, fkn. 8000.
postcode-searched = Lakkoofsa poostaa { $postcode } { $town } bira
