## Insight without personal data: referrals, unmet needs, the reports for coordinators and partners, and the privacy page.

# The role of an account that records referrals (beside role-editor, role-translator…).
role-volunteer = frivillig
accounts-group = Lokal gruppe (for frivillige)
accounts-group-hint = Små bogstaver, tal og "-", for eksempel aarhus-gellerup. En frivilligs henvisninger tælles med for gruppen.

## Recording a referral from a service's page or its card.
referral-heading = Registrér en henvisning
referral-hint = Tæller, at du i dag har vist en kvinde vej til dette tilbud, og hvilket sprog hun taler. Intet om hende bliver registreret.
referral-language = Hendes sprog
referral-record = Registrér henvisning
referral-recorded = Henvisningen er registreret. Tak.
referral-queued = Gemt på denne telefon: den bliver sendt, når du er online igen.
referral-sign-in = Frivillige kan logge ind for at tælle henvisninger.
# $reason is a short explanation from the server, e.g. "day 2026-01-02 is in the future".
referral-refused = Henvisningen blev ikke registreret: { $reason }

## "Nothing fitted": a volunteer says none of the results helps.
unmet-heading = Passede intet?
# Above the same form on a search that found nothing.
unmet-heading-none = Fortæl os, hvad der var brug for
unmet-hint = Fortæl os det, så behovet bliver talt med. Kun typen af behov tælles – aldrig dine søgeord, medmindre mange har søgt på det samme, og intet om dig.
unmet-needed = Hvad var der brug for (frivilligt)
unmet-needed-none = Ikke oplyst
unmet-send = Intet passede
unmet-thanks = Tak. Behovet er talt med.

## The reports (for coordinators; partners read the same figures through the API).
nav-insights = Indsigt
insights-title = Indsigt
insights-intro = Anonyme tal fra den daglige brug: hvor kvinder blev henvist, på hvilke sprog, og hvad de havde brug for, som oversigten ikke kunne tilbyde.
insights-year = År
insights-show = Vis
insights-referrals = Henvisninger
insights-unmet = Udækkede behov
insights-by-area = Efter område
insights-by-category = Efter kategori
insights-by-language = Efter sprog
insights-by-group = Efter lokal gruppe
insights-total = I alt
insights-no-area = Intet område valgt
insights-no-category = Ingen kendt kategori
insights-no-group = Ingen lokal gruppe
insights-legend-small = <5: færre end fem; vises ikke, så ingen kan genkendes.
insights-legend-hidden = x: skjult, så et lille tal ikke kan regnes ud fra totalerne.
insights-months-note = En måned vises, først når den er slut. Tal under fem vises aldrig – hverken her, i det, du henter, eller gennem API'et.
insights-download-csv = Hent som CSV
insights-download-json = Hent som JSON
# The text alternative of a bar chart; $table is the title of the table below it that holds the same figures.
insights-chart-description = Søjlediagram over totalerne i "{ $table }". De samme tal står i tabellen nedenfor.
insights-summary = Sammendrag for { $year }
insights-summary-referrals = Henvisninger i alt
insights-summary-categories = Henvisninger efter slags hjælp
insights-summary-languages = De henviste kvinders sprog
insights-summary-top-unmet = Behov, der oftest ikke blev dækket
insights-texts = Søgt efter, men ikke fundet
insights-texts-hint = Kun tekster, som mindst fem søgninger har brugt i samme uge, bliver gemt.
insights-none = Intet blev registreret i dette år.

## The privacy page.
footer-privacy-link = Hvad Nabo registrerer
privacy-title = Hvad Nabo registrerer
privacy-intro = Nabo bruges i samtaler med kvinder, der har tillid til de frivillige. Det er lavet, så det aldrig rummer noget, der kan afsløre, hvem de er.
privacy-never-heading = Registreres aldrig
privacy-never-people = Navne, adresser, telefonnumre, CPR-numre eller historier om de kvinder, du hjælper.
privacy-never-addresses = Din IP-adresse eller din browser koblet sammen med det, du søger efter eller åbner.
privacy-never-search = Det, du søger efter, sådan som du skrev det. Serverens logfiler udelader søgeordene.
privacy-never-time = Tidspunktet på dagen for en henvisning eller en søgning.
privacy-recorded-heading = Registreres uden navne
privacy-recorded-referrals = En henvisning, når en frivillig, der er logget ind, registrerer den: tilbuddet, kvindens sprog, dagen og den frivilliges lokale gruppe. Ikke hvem den frivillige er.
privacy-recorded-unmet = En søgning, der ikke fandt noget, eller et "Intet passede": talt pr. uge, sprog, område og slags behov.
privacy-recorded-texts = Ordene fra sådan en søgning, men først når mindst fem søgninger i samme uge har brugt dem; indtil da tæller serveren dem i hukommelsen under en kode, som den ikke kan lave tilbage til ord.
privacy-recorded-views = Hvor ofte hvert tilbuds side blev åbnet: ét tal pr. tilbud.
privacy-phone-heading = Gemmes kun på din telefon
privacy-phone-saved = De tilbud, du gemmer, og henvisninger, der venter på at blive sendt, mens du er offline. Intet af det når serveren, før det bliver sendt.
privacy-retention-heading = Hvor længe
privacy-retention = Henvisninger gemmes, som de blev registreret, i 90 dage. Derefter lægges de sammen med tallene for deres uge og slettes.
privacy-reports-heading = Hvem ser tallene
privacy-reports = Programmets koordinatorer og de kommuner og organisationer, det samarbejder med. De ser tal pr. måned, område, slags hjælp og sprog; et tal under fem vises aldrig, og heller ikke et tal, der kan regnes ud fra de andre.
