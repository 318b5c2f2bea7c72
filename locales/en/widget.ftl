## The embeddable search widget (<nabo-search> on partner sites). Plain text only: the
## widget fills in { $language } itself; no message here may select on a number.

## Search form. The label is always shown above the search field; the placeholder gives
## examples inside the field. Volunteers type a service or a need in their own words.

widget-search-label = Search for help nearby
widget-search-placeholder = e.g. job centre, my baby needs a check-up
widget-search-button = Search

## Status line under the form (screen readers read it out when it changes).

widget-loading = Searching…
widget-results-ready = Search done. The services are listed below.
widget-no-results = No services found. Try other words or fewer words.
widget-error = The search is not working right now. Please try again in a moment.
widget-rate-limited = Too many searches in a short time. Please wait a moment, then search again.

## Results. widget-shown-in stands under a service whose text has not been translated yet;
## { $language } is the name of the language it is shown in (e.g. "Danish").
## widget-open-card links to the card to give the woman (her language beside Danish).
## widget-new-tab is read out by screen readers after each link (not shown).

widget-results = Services that can help
widget-shown-in = Shown in { $language }
widget-open-card = Make a card for her
widget-new-tab = (opens in a new tab)
widget-powered-by = Search by Nabo
