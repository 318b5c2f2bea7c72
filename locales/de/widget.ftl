# Nabo-Such-Widget (<nabo-search> auf Partnerseiten) — Deutsch. Dieselben Nachrichten-IDs wie en/widget.ftl.

## Suchformular

widget-search-label = Hilfe in der Nähe suchen
widget-search-placeholder = z. B. Jobcenter, Untersuchung für mein Baby
widget-search-button = Suchen

## Statuszeile (wird von Screenreadern vorgelesen)

widget-loading = Suche läuft…
widget-results-ready = Suche abgeschlossen. Die Angebote stehen unten.
widget-no-results = Keine Angebote gefunden. Versuchen Sie andere oder weniger Wörter.
widget-error = Die Suche funktioniert gerade nicht. Bitte versuchen Sie es gleich noch einmal.
widget-rate-limited = Zu viele Suchen in kurzer Zeit. Bitte warten Sie einen Moment und suchen Sie dann erneut.

## Ergebnisse

widget-results = Angebote, die helfen können
widget-shown-in = Angezeigt auf { $language }
widget-open-card = Karte für sie erstellen
widget-new-tab = (öffnet in einem neuen Tab)
widget-powered-by = Suche von Nabo
