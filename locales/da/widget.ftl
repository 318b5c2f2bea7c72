# Nabos søgewidget (<nabo-search> på partneres sider) — dansk. Samme besked-id'er som en/widget.ftl.

## Søgeformular

widget-search-label = Søg efter hjælp i nærheden
widget-search-placeholder = f.eks. jobcenter, min baby skal undersøges
widget-search-button = Søg

## Statuslinje (læses op af skærmlæsere)

widget-loading = Søger…
widget-results-ready = Søgningen er færdig. Tilbuddene står herunder.
widget-no-results = Ingen tilbud fundet. Prøv med andre ord eller færre ord.
widget-error = Søgningen virker ikke lige nu. Prøv igen om lidt.
widget-rate-limited = For mange søgninger på kort tid. Vent et øjeblik, og søg så igen.

## Resultater

widget-results = Tilbud, der kan hjælpe
widget-shown-in = Vist på { $language }
widget-open-card = Lav et kort til hende
widget-new-tab = (åbner i en ny fane)
widget-powered-by = Søgning fra Nabo
