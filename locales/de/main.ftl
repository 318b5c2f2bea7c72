# Nabo-Web-App — Deutsch. Dieselben Nachrichten-IDs wie en/main.ftl.
# Variablen ($name usw.) setzt die App ein; sie werden nicht übersetzt.

## App-Rahmen

app-name = Nabo
app-tagline = Die passende Hilfe vor Ort – in Ihrer Sprache
nav-home = Suche
nav-skip-to-content = Zum Inhalt springen
footer-about = Nabo ist ein Verzeichnis lokaler Angebote für Ehrenamtliche, die Frauen helfen, sich zurechtzufinden.
footer-privacy = Nabo speichert nichts über die Menschen, denen Sie helfen.
footer-demo-data = Demo-Daten: Die gezeigten Angebote sind erfunden.
offline-notice = Sie sind offline. Seiten, die Sie schon geöffnet hatten, funktionieren weiterhin.

## Sprachauswahl

language-picker-label = Sprache
language-picker-button = Sprache ändern
language-picker-current = Aktuelle Sprache: { $language }

## Suche

search-heading = Wobei brauchen Sie Hilfe?
search-label = Nach einem Angebot suchen oder das Anliegen beschreiben
search-placeholder = z. B. Jobcenter, Untersuchung für mein Baby
search-button = Suchen
search-categories-heading = Oder wählen Sie eine Art von Hilfe
search-filters-heading = Eingrenzen
filter-area-label = Kommune
filter-area-any = Alle Kommunen
filter-category-label = Art der Hilfe
filter-category-any = Alle Arten von Hilfe
filter-attributes-label = Muss bieten
filter-open-now = Jetzt geöffnet
filter-near-me = In meiner Nähe
filter-near-me-help = Der Standort Ihres Handys wird nur zum Sortieren nach Entfernung genutzt. Er wird nicht gespeichert.
filter-postcode-label = Oder Postleitzahl
filter-apply = Ergebnisse anzeigen
filter-clear = Filter zurücksetzen
geolocation-denied = Der Standort ist nicht verfügbar. Wählen Sie stattdessen eine Kommune oder geben Sie eine Postleitzahl ein.
geolocation-locating = Standort wird ermittelt…

## Ergebnisse

results-count = { $count ->
    [0] Keine Angebote gefunden
    [one] Ein Angebot gefunden
   *[other] { $count } Angebote gefunden
}
results-none-help = Versuchen Sie andere Wörter oder weniger Filter, oder wählen Sie unten eine Art von Hilfe.
results-distance-m = { $distance } m entfernt
results-distance-km = { $distance } km entfernt
results-open-now = Jetzt geöffnet
results-closed-now = Jetzt geschlossen
results-hours-unknown = Öffnungszeiten unbekannt
results-shown-in = Angezeigt auf { $language }
results-next = Nächste Seite
results-previous = Vorherige Seite
results-page = Seite { $page } von { $pages }

## Seite eines Angebots

resource-about = Über das Angebot
resource-how-to-get-help = So bekommen Sie Hilfe
resource-opening-hours = Öffnungszeiten
resource-contact = Kontakt
resource-address = Adresse
resource-call = { $phone } anrufen
resource-email = E-Mail schreiben
resource-website = Website
resource-map-osm = Auf OpenStreetMap anzeigen
resource-map-app = In Karten-App öffnen
resource-languages-spoken = Hier gesprochene Sprachen
resource-attributes = Gut zu wissen
resource-verified = Von der Redaktion geprüft am { $date }
resource-not-verified = Noch nicht von der Redaktion geprüft
resource-shown-in = Dieser Text wird auf { $language } angezeigt, weil er noch nicht übersetzt ist.
resource-make-card = Karte für sie erstellen
resource-back-to-results = Zurück zu den Ergebnissen
resource-not-found = Dieses Angebot gibt es nicht oder es wurde entfernt.

## Öffnungszeiten

hours-open-now = Jetzt geöffnet
hours-closed-now = Jetzt geschlossen
hours-opens-at = Öffnet { $day } um { $time }
hours-closes-at = Schließt um { $time }
hours-unknown = Die Öffnungszeiten sind nicht bekannt
hours-closed-day = Geschlossen
hours-always-open = Rund um die Uhr geöffnet
hours-public-holidays = An Feiertagen geschlossen
day-mo = Montag
day-tu = Dienstag
day-we = Mittwoch
day-th = Donnerstag
day-fr = Freitag
day-sa = Samstag
day-su = Sonntag
day-today = heute
day-tomorrow = morgen

## Empfehlungskarte

card-heading = Karte für { $name }
card-choose-language = Sprache der Frau
card-choose-button = Karte erstellen
card-intro = Zeigen Sie diese Karte am Empfang.
card-what = Dabei helfen sie
card-where = Wo
card-when = Wann
card-phone = Telefon
card-qr-caption = Scannen, um diese Seite in Ihrer Sprache zu öffnen
card-print = Drucken
card-share = Teilen
card-copy-link = Link kopieren
card-link-copied = Link kopiert
card-local-language = Auf { $language }

## Fehler

error-not-found-title = Seite nicht gefunden
error-not-found-text = Die gesuchte Seite gibt es nicht.
error-bad-request-title = Mit der Anfrage stimmt etwas nicht
error-server-title = Etwas ist schiefgelaufen
error-server-text = Bitte versuchen Sie es gleich noch einmal.
error-back-home = Zurück zur Suche

## Sprachnamen (für „Hier gesprochene Sprachen“ und „Angezeigt auf …“)

language-da = Dänisch
language-en = Englisch
language-ar = Arabisch
language-so = Somali
language-tr = Türkisch
language-fa = Persisch
language-fa-af = Dari
language-ur = Urdu
language-ps = Paschtu
language-ckb = Zentralkurdisch (Sorani)
language-kmr = Nordkurdisch (Kurmandschi)
language-ti = Tigrinya
language-am = Amharisch
language-uk = Ukrainisch
language-ru = Russisch
language-pl = Polnisch
language-ro = Rumänisch
language-bs = Bosnisch
language-sq = Albanisch
language-vi = Vietnamesisch
language-th = Thailändisch
language-zh = Chinesisch (vereinfacht)
language-ta = Tamil
language-bn = Bengalisch
language-hi = Hindi
language-pa = Panjabi
language-es = Spanisch
language-fr = Französisch
language-de = Deutsch
language-sw = Swahili
language-om = Oromo
language-fil = Filipino

## Die API-Seite für Partnerseiten (/{lang}/api). Die Texte der Operationen bleiben auf Englisch.

api-title = Die Nabo-API für Partnerseiten
api-intro = Kommunen und Organisationen können die Nabo-Suche auf ihrer eigenen Website zeigen oder das Verzeichnis aus ihren eigenen Systemen abrufen. Alles auf dieser Seite ist öffentlich und innerhalb der Limits kostenlos nutzbar.
api-widget = Suche auf Ihrer Website
api-widget-text = Fügen Sie diese zwei Zeilen in Ihre Seite ein. Passen Sie Sprache und Gebiet an und verwenden Sie den Schlüssel, den Sie von der Nabo-Administration bekommen haben.
api-keys = Schlüssel und Limits
api-keys-text = Ohne Schlüssel können Sie von jeder Adresse aus eine begrenzte Zahl von Anfragen stellen. Mit einem Schlüssel gilt Ihr eigenes Limit; senden Sie ihn als „Authorization: Bearer“ oder als Parameter „key“. Antworten lassen sich zwischenspeichern, denn sie enthalten ETag und Cache-Control.
api-formats = Die maschinenlesbare Beschreibung und die Endpunkte für Open Referral HSDS 3.0
api-operations = Operationen
api-needs-account = Erfordert das Token eines Kontos (für die Redaktion).
api-parameters = Parameter
api-responses = Antworten
api-col-name = Name
api-col-in = Ort
api-col-accepts = Erlaubte Werte
api-col-description = Beschreibung
api-col-status = Status
api-required = erforderlich
api-accepts-list = Liste von { $items }
api-accepts-one-of = einer der Werte: { $values }
api-accepts-range = von { $min } bis { $max }
api-accepts-min = mindestens { $min }
api-accepts-max = höchstens { $max }
api-accepts-length = höchstens { $length } Zeichen
api-accepts-pattern = im Format { $pattern }
nav-api = Für Partnerseiten
