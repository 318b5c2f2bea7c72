## Insight without personal data: referrals, unmet needs, the reports for coordinators and partners, and the privacy page.

# The role of an account that records referrals (beside role-editor, role-translator…).
role-volunteer = volunteer
accounts-group = Local group (for volunteers)
accounts-group-hint = Lowercase letters, digits and "-", for example aarhus-gellerup. A volunteer's referrals are counted for the group.

## Recording a referral from a service's page or its card.
referral-heading = Record a referral
referral-hint = Counts that you showed a woman the way to this service today, and the language she speaks. Nothing about her is recorded.
referral-language = Her language
referral-record = Record referral
referral-recorded = Referral recorded. Thank you.
referral-queued = Kept on this phone: it will be sent when you are online again.
referral-sign-in = Volunteers can sign in to count referrals.
# $reason is a short explanation from the server, e.g. "day 2026-01-02 is in the future".
referral-refused = The referral was not recorded: { $reason }

## "Nothing fitted": a volunteer says none of the results helps.
unmet-heading = Nothing fitted?
# Above the same form on a search that found nothing.
unmet-heading-none = Tell us what was needed
unmet-hint = Tell us, so that the need is counted. Only the kind of need is counted — never your search words unless many people searched the same, and nothing about you.
unmet-needed = What was needed (optional)
unmet-needed-none = Not said
unmet-send = Nothing fitted
unmet-thanks = Thank you. The need is counted.

## The reports (for coordinators; partners read the same figures through the API).
nav-insights = Insights
insights-title = Insights
insights-intro = Anonymous figures from daily use: where women were referred, in which languages, and what they needed that the directory could not offer.
insights-year = Year
insights-show = Show
insights-referrals = Referrals
insights-unmet = Unmet needs
insights-by-area = By area
insights-by-category = By category
insights-by-language = By language
insights-by-group = By local group
insights-total = Total
insights-no-area = No area chosen
insights-no-category = No category recognised
insights-no-group = No local group
insights-legend-small = <5: fewer than five; not shown, so that no one can be recognised.
insights-legend-hidden = x: hidden so that a small figure cannot be worked out from the totals.
insights-months-note = A month is shown once it is over. Counts under five are never shown, here, in the downloads or through the API.
insights-download-csv = Download as CSV
insights-download-json = Download as JSON
# The text alternative of a bar chart; $table is the title of the table below it that holds the same figures.
insights-chart-description = Bar chart of the totals of "{ $table }". The same figures are in the table below.
insights-summary = Summary of { $year }
insights-summary-referrals = Referrals in all
insights-summary-categories = Referrals by kind of help
insights-summary-languages = Languages of the women referred
insights-summary-top-unmet = Needs most often unmet
insights-texts = Searched and not found
insights-texts-hint = Only texts that at least five searches used in one week are kept.
insights-none = Nothing was recorded in this year.

## The privacy page.
footer-privacy-link = What Nabo records
privacy-title = What Nabo records
privacy-intro = Nabo is used in conversations with women who trust the volunteers. It is made so that it never holds anything that could tell who they are.
privacy-never-heading = Never recorded
privacy-never-people = The names, addresses, phone numbers, personal numbers or stories of the women you help.
privacy-never-addresses = Your IP address or your browser, with anything you search or open.
privacy-never-search = What you search for, as you typed it. Request logs leave the search words out.
privacy-never-time = The time of day of a referral or a search.
privacy-recorded-heading = Recorded, without names
privacy-recorded-referrals = A referral, when a signed-in volunteer records one: the service, the woman's language, the day and the volunteer's local group. Not who the volunteer is.
privacy-recorded-unmet = A search that found nothing, or a "nothing fitted": counted by week, language, area and kind of need.
privacy-recorded-texts = The words of such a search only once at least five searches in the same week used them; until then the server counts them in memory by a code it cannot turn back into words.
privacy-recorded-views = How often each service's page was opened: a number per service.
privacy-phone-heading = Kept only on your phone
privacy-phone-saved = The services you save, and referrals waiting to be sent while you are offline. Nothing of this reaches the server until it is sent.
privacy-retention-heading = How long
privacy-retention = Referrals are kept as they were recorded for 90 days. After that they are added to the counts of their week and deleted.
privacy-reports-heading = Who sees the figures
privacy-reports = Coordinators of the programme, and the municipalities and organisations it works with. They see counts by month, area, kind of help and language; a count under five is never shown, nor one that could be worked out from the others.
