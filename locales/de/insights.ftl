## Insight without personal data: referrals, unmet needs, the reports for coordinators and partners, and the privacy page.

# The role of an account that records referrals (beside role-editor, role-translator…).
role-volunteer = Ehrenamt
accounts-group = Lokale Gruppe (für Ehrenamtliche)
accounts-group-hint = Kleinbuchstaben, Ziffern und „-“, zum Beispiel aarhus-gellerup. Die Vermittlungen einer oder eines Ehrenamtlichen werden für die Gruppe gezählt.

## Recording a referral from a service's page or its card.
referral-heading = Vermittlung eintragen
referral-hint = Zählt, dass Sie heute einer Frau den Weg zu diesem Angebot gezeigt haben, und welche Sprache sie spricht. Über sie selbst wird nichts gespeichert.
referral-language = Sprache der Frau
referral-record = Vermittlung eintragen
referral-recorded = Vermittlung eingetragen. Vielen Dank.
referral-queued = Auf diesem Handy gespeichert: Sie wird gesendet, sobald Sie wieder online sind.
referral-sign-in = Ehrenamtliche können sich anmelden, um Vermittlungen zu zählen.
# $reason is a short explanation from the server, e.g. "day 2026-01-02 is in the future".
referral-refused = Die Vermittlung wurde nicht eingetragen: { $reason }

## "Nothing fitted": a volunteer says none of the results helps.
unmet-heading = Nichts Passendes dabei?
# Above the same form on a search that found nothing.
unmet-heading-none = Sagen Sie uns, was gebraucht wurde
unmet-hint = Sagen Sie es uns, damit der Bedarf gezählt wird. Gezählt wird nur die Art des Bedarfs – nie Ihre Suchwörter, außer wenn viele Menschen dasselbe gesucht haben, und nichts über Sie.
unmet-needed = Was wurde gebraucht? (freiwillig)
unmet-needed-none = Nicht angegeben
unmet-send = Nichts Passendes
unmet-thanks = Vielen Dank. Der Bedarf ist gezählt.

## The reports (for coordinators; partners read the same figures through the API).
nav-insights = Auswertung
insights-title = Auswertung
insights-intro = Anonyme Zahlen aus der täglichen Nutzung: wohin Frauen vermittelt wurden, in welchen Sprachen und was sie brauchten, das das Verzeichnis nicht bieten konnte.
insights-year = Jahr
insights-show = Anzeigen
insights-referrals = Vermittlungen
insights-unmet = Ungedeckter Bedarf
insights-by-area = Nach Gebiet
insights-by-category = Nach Kategorie
insights-by-language = Nach Sprache
insights-by-group = Nach lokaler Gruppe
insights-total = Gesamt
insights-no-area = Kein Gebiet gewählt
insights-no-category = Keine Kategorie erkannt
insights-no-group = Keine lokale Gruppe
insights-legend-small = <5: weniger als fünf; nicht angezeigt, damit niemand erkannt werden kann.
insights-legend-hidden = x: ausgeblendet, damit sich eine kleine Zahl nicht aus den Summen errechnen lässt.
insights-months-note = Ein Monat wird erst angezeigt, wenn er vorbei ist. Zahlen unter fünf werden nie angezeigt, weder hier noch in den Downloads noch über die API.
insights-download-csv = Als CSV herunterladen
insights-download-json = Als JSON herunterladen
# The text alternative of a bar chart; $table is the title of the table below it that holds the same figures.
insights-chart-description = Balkendiagramm der Summen aus „{ $table }“. Dieselben Zahlen stehen in der Tabelle darunter.
insights-summary = Zusammenfassung { $year }
insights-summary-referrals = Vermittlungen insgesamt
insights-summary-categories = Vermittlungen nach Art der Hilfe
insights-summary-languages = Sprachen der vermittelten Frauen
insights-summary-top-unmet = Am häufigsten ungedeckter Bedarf
insights-texts = Gesucht und nicht gefunden
insights-texts-hint = Gespeichert werden nur Texte, die in einer Woche bei mindestens fünf Suchen verwendet wurden.
insights-none = In diesem Jahr wurde nichts eingetragen.

## The privacy page.
footer-privacy-link = Was Nabo speichert
privacy-title = Was Nabo speichert
privacy-intro = Nabo wird in Gesprächen mit Frauen genutzt, die den Ehrenamtlichen vertrauen. Es ist so gebaut, dass es nie etwas enthält, woran man erkennen könnte, wer sie sind.
privacy-never-heading = Nie gespeichert
privacy-never-people = Namen, Adressen, Telefonnummern, Personennummern oder Geschichten der Frauen, denen Sie helfen.
privacy-never-addresses = Ihre IP-Adresse oder Ihr Browser zusammen mit dem, was Sie suchen oder öffnen.
privacy-never-search = Was Sie suchen, so wie Sie es eingegeben haben. Die Protokolle der Anfragen lassen die Suchwörter weg.
privacy-never-time = Die Uhrzeit einer Vermittlung oder einer Suche.
privacy-recorded-heading = Gespeichert, ohne Namen
privacy-recorded-referrals = Eine Vermittlung, wenn eine angemeldete ehrenamtliche Person sie einträgt: das Angebot, die Sprache der Frau, der Tag und die lokale Gruppe der ehrenamtlichen Person. Nicht, wer diese Person ist.
privacy-recorded-unmet = Eine Suche, die nichts gefunden hat, oder ein „Nichts Passendes“: gezählt nach Woche, Sprache, Gebiet und Art des Bedarfs.
privacy-recorded-texts = Die Wörter einer solchen Suche erst dann, wenn mindestens fünf Suchen in derselben Woche sie verwendet haben; bis dahin zählt der Server sie im Arbeitsspeicher unter einem Code, aus dem er die Wörter nicht zurückgewinnen kann.
privacy-recorded-views = Wie oft die Seite jedes Angebots geöffnet wurde: eine Zahl pro Angebot.
privacy-phone-heading = Nur auf Ihrem Handy gespeichert
privacy-phone-saved = Die Angebote, die Sie speichern, und Vermittlungen, die darauf warten, gesendet zu werden, solange Sie offline sind. Nichts davon erreicht den Server, bevor es gesendet wird.
privacy-retention-heading = Wie lange
privacy-retention = Vermittlungen werden 90 Tage so aufbewahrt, wie sie eingetragen wurden. Danach werden sie zu den Zahlen ihrer Woche addiert und gelöscht.
privacy-reports-heading = Wer die Zahlen sieht
privacy-reports = Die Koordination des Programms sowie die Kommunen und Organisationen, mit denen es zusammenarbeitet. Sie sehen Zahlen nach Monat, Gebiet, Art der Hilfe und Sprache; eine Zahl unter fünf wird nie angezeigt, ebenso wenig eine, die sich aus den anderen errechnen ließe.
