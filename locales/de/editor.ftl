# Nabo-Redaktionsseiten — Deutsch. Dieselben Nachrichten-IDs wie en/editor.ftl.
# Für alle, die das Verzeichnis pflegen: Redaktion, Übersetzung, Koordination und Administration.

## An- und Abmelden

login-title = Anmelden
login-intro = Für alle, die das Verzeichnis pflegen: Redaktion, Übersetzung und Koordination.
login-account = Konto
login-password = Passwort
login-submit = Anmelden
login-wrong = Das Konto oder das Passwort ist falsch.
login-throttled = { $minutes ->
    [one] Zu viele fehlgeschlagene Versuche. Bitte versuchen Sie es in einer Minute erneut.
   *[other] Zu viele fehlgeschlagene Versuche. Bitte versuchen Sie es in { $minutes } Minuten erneut.
}
login-required = Bitte melden Sie sich an, um fortzufahren.
login-signed-out = Sie sind abgemeldet.
nav-editing = Bearbeitung
nav-sign-out = Abmelden
editor-signed-in-as = Angemeldet als { $account } ({ $role })
role-admin = Administration
role-coordinator = Koordination
role-editor = Redaktion
role-translator = Übersetzung

## Ablehnungen

error-form-expired-title = Das Formular konnte nicht gesendet werden
error-form-expired-text = Zu Ihrer Sicherheit wird ein Formular nur von der Seite angenommen, zu der es gehört. Gehen Sie zurück, laden Sie die Seite neu und versuchen Sie es noch einmal.
error-forbidden-title = Nicht erlaubt
error-forbidden-text = Ihr Konto darf das nicht. Die Redaktion ändert nur die Angebote ihrer eigenen Gebiete.
error-too-many-title = Zu viele Anfragen
error-too-many-text = Bitte warten Sie einen Moment und versuchen Sie es dann erneut.

## Die Liste der Angebote

editor-dashboard-title = Angebote
editor-new-resource = Neues Angebot
editor-find-label = Angebot nach Name oder Stichwörtern finden
editor-find-button = Finden
editor-area-label = Gebiet
editor-all-areas = Alle Gebiete
editor-count = { $count ->
    [0] Keine Angebote gefunden
    [one] Ein Angebot
   *[other] { $count } Angebote
}
editor-col-name = Name
editor-col-area = Gebiet
editor-col-categories = Kategorien
editor-edit = Bearbeiten
editor-page-previous = Zurück
editor-page-next = Weiter
editor-archived-heading = Archivierte Angebote
editor-archived-none = Es ist nichts archiviert.
editor-archived-when = Archiviert am { $date } von { $account }

## Ein Angebot bearbeiten

editor-new-title = Neues Angebot
editor-edit-title = Bearbeiten: { $name }
editor-version = Version { $version }, gespeichert am { $date }
editor-section-basics = Über das Angebot
editor-section-texts = Texte
editor-section-contact = Adresse und Kontakt
editor-section-access = Öffnungszeiten und Zugang
editor-texts-in = Texte auf { $language }
editor-texts-source = die Sprache, in der die Texte zuerst geschrieben werden
editor-add-language = Texte in einer weiteren Sprache hinzufügen
editor-choose-language = Sprache wählen
editor-field-id = ID
editor-field-id-hint = Kleinbuchstaben, Ziffern und Bindestriche, zum Beispiel: jobcenter-aarhus. Die ID kann später nicht mehr geändert werden.
editor-field-area = Kommune oder Gebiet
editor-field-categories = Arten von Hilfe
editor-field-source-language = Sprache, in der die Texte zuerst geschrieben werden
editor-field-name = Name
editor-field-summary = Kurzbeschreibung (ein Satz)
editor-field-description = Beschreibung
editor-field-access = So bekommen Sie Hilfe
editor-field-street = Straße und Hausnummer
editor-field-postcode = Postleitzahl
editor-field-city = Ort
editor-field-country = Ländercode
editor-field-country-hint = Zwei Großbuchstaben, zum Beispiel: DK
editor-field-lat = Breitengrad
editor-field-lon = Längengrad
editor-field-phone = Telefon
editor-field-email = E-Mail
editor-field-website = Website
editor-field-opening-hours = Öffnungszeiten
editor-field-opening-hours-hint = Im OpenStreetMap-Format, zum Beispiel: Mo-Fr 09:00-15:00; PH off
editor-field-languages-spoken = Sprachen, die beim Angebot gesprochen werden
editor-field-languages-spoken-hint = Sprachcodes, durch Kommas getrennt, zum Beispiel: da, ar, so
editor-field-attributes = Zugang
editor-field-record = Das Angebot
editor-field-verified-at = Zuletzt geprüft
editor-create = Anlegen
editor-save = Speichern
editor-archive = Archivieren
editor-restore = Wiederherstellen
editor-history = Verlauf
editor-back = Zurück zur Liste
editor-view-public = Öffentliche Seite anzeigen
editor-created = Angelegt. Das Angebot ist jetzt in der Suche zu finden.
editor-saved = Als Version { $version } gespeichert. Die Suche zeigt die Änderung jetzt an.
editor-unchanged = Es wurde nichts geändert.
editor-archived = Archiviert. Es ist nicht mehr in der Suche zu finden und kann wiederhergestellt werden.
editor-restored = Als Version { $version } wiederhergestellt. Es ist wieder in der Suche zu finden.
editor-errors-summary = { $count ->
    [one] Das Angebot wurde nicht gespeichert: Bitte beheben Sie ein Problem.
   *[other] Das Angebot wurde nicht gespeichert: Bitte beheben Sie { $count } Probleme.
}
editor-exists = Ein Angebot mit dieser ID gibt es schon, oder es ist archiviert. Wählen Sie eine andere ID oder stellen Sie das archivierte Angebot wieder her.
problem-required = Dies ist ein Pflichtfeld.
problem-invalid = Dieser Wert wird nicht akzeptiert.
problem-unknown = Das Verzeichnis kennt diesen Wert nicht.
problem-duplicate = Dies wurde doppelt angegeben.
problem-too-long = Dies ist zu lang.

## Zwei Personen speichern gleichzeitig

editor-conflict-title = Jemand anderes hat dieses Angebot gespeichert, während Sie es bearbeitet haben
editor-conflict-text = Ihre Änderungen sind noch nicht gespeichert. Vergleichen Sie sie mit der gespeicherten Version. Speichern Sie dann erneut, um Ihre Fassung zu behalten, oder laden Sie die Seite neu, um mit der gespeicherten Version neu zu beginnen.
editor-conflict-field = Feld
editor-conflict-yours = Ihre Version
editor-conflict-saved = Gespeicherte Version ({ $version })
editor-conflict-empty = (leer)
editor-conflict-reload = Mit der gespeicherten Version neu beginnen

## Verlauf

history-title = Verlauf: { $name }
history-version = Version { $version }
history-when = Wann
history-who = Wer
history-kind-import = Importiert
history-kind-edit = Bearbeitet
history-kind-archive = Archiviert
history-kind-restore = Wiederhergestellt
history-kind-revert = Frühere Version zurückgeholt
history-kind-delete = Gelöscht
history-kind-verify = Als richtig bestätigt
history-by-import = ein Import
history-field = Feld
history-before = Vorher
history-after = Nachher
history-no-changes = Es wurde kein Feld geändert.
history-first = Erste Version.
history-unknown = Diese Version ist älter als der aufbewahrte Verlauf.
history-revert = Diese Version zurückholen
history-current = Aktuelle Version
history-reverted = Version { $old } wurde als Version { $version } zurückgeholt.

## Navigation der Redaktionsseiten

nav-translations = Übersetzungen
nav-checking = Zu prüfen
nav-reports = Meldungen

## Übersetzungen

translations-title = Übersetzungen
translations-language-label = Zielsprache
translations-show = Anzeigen
translations-count = { $count ->
    [0] Es fehlt nichts und nichts ist veraltet.
    [one] Ein Angebot muss übersetzt werden.
   *[other] { $count } Angebote müssen übersetzt werden.
}
translations-col-resource = Angebot
translations-col-missing = Fehlt
translations-col-outdated = Veraltet
translations-col-views = Aufrufe
translations-translate = Übersetzen
translations-export = Fehlendes als XLIFF herunterladen
translations-export-from = Ausgangssprache
translations-import-heading = Fertige Übersetzungen einspielen
translations-import-label = XLIFF-Datei
translations-import-submit = Importieren
translations-imported = { $count ->
    [one] Eine Übersetzung wurde gespeichert.
   *[other] { $count } Übersetzungen wurden gespeichert.
}
translations-untranslated = { $count ->
    [one] Ein Text ist unübersetzt geblieben.
   *[other] { $count } Texte sind unübersetzt geblieben.
}
translations-refused = Diese wurden nicht gespeichert:
status-missing = fehlt
status-outdated = veraltet
status-current = aktuell
status-reviewed = gegengelesen
translate-title = Übersetzen: { $name }
translate-into = Zielsprache: { $language }
translate-source = Ausgangstext ({ $language })
translate-target = Übersetzung ({ $language })
translate-status = Status: { $status }
translate-proposal = Vorschlag aus dem Übersetzungsspeicher: Bitte prüfen Sie ihn vor dem Speichern.
translate-save = Übersetzung speichern
translate-review = Als gegengelesen markieren
translate-saved = Die Übersetzung ist gespeichert.
translate-reviewed = Als gegengelesen markiert.
editor-translations-heading = Übersetzungen
editor-translate-into = Auf { $language } übersetzen

## Bestätigung

editor-verify = Bestätigen, dass heute alles stimmt
editor-verified = Heute als richtig bestätigt.
editor-last-verified = Zuletzt bestätigt am { $date }
editor-never-verified = Nie bestätigt
checking-title = Zu prüfen
checking-intro = { $months ->
    [one] Angebote, die seit einem Monat niemand bestätigt hat, die ältesten zuerst.
   *[other] Angebote, die seit { $months } Monaten niemand bestätigt hat, die ältesten zuerst.
}
checking-months = Monate ohne Bestätigung
checking-col-verified = Zuletzt bestätigt
checking-col-by = Von
checking-never = nie
checking-none = Alles hier wurde vor Kurzem bestätigt.

## Meldungen aus der Praxis

reports-title = Meldungen aus der Praxis
reports-none = Es gibt keine offenen Meldungen.
reports-col-resource = Angebot
reports-col-category = Was sich geändert hat
reports-col-note = Notiz
reports-col-date = Gesendet am
reports-resolve = Erledigt
reports-dismiss = Verwerfen
reports-closed = Die Meldung ist abgeschlossen.
report-category-closed = Das Angebot gibt es nicht mehr
report-category-moved = Das Angebot ist umgezogen
report-category-hours = Die Öffnungszeiten stimmen nicht
report-category-phone = Die Telefonnummer stimmt nicht
report-category-other = Etwas anderes
report-link = Hat sich etwas geändert? Sagen Sie es uns
report-title = Hat sich etwas geändert?
report-intro = Sagen Sie der Redaktion, was bei { $name } nicht mehr stimmt.
report-privacy = Schreiben Sie keine Namen und nichts über die Person, der Sie helfen.
report-category-label = Was hat sich geändert?
report-note-label = Kurze Notiz (freiwillig)
report-note-hint = Höchstens 280 Zeichen. Keine Namen, keine Telefonnummern, keine persönlichen Angaben.
report-submit = Senden
report-thanks = Vielen Dank. Die Redaktion dieses Gebiets prüft das.
report-invalid = Wählen Sie aus, was sich geändert hat, und schreiben Sie höchstens 280 Zeichen in die Notiz.

## Konten (für die Administration)

nav-accounts = Konten
accounts-title = Konten
accounts-col-login = Anmeldename
accounts-col-role = Rolle
accounts-col-scope = Gebiete oder Sprachen
accounts-col-state = Status
accounts-active = aktiv
accounts-disabled = deaktiviert
accounts-disable = Deaktivieren
accounts-enable = Aktivieren
accounts-reset = Neues Passwort
accounts-new = Neues Konto
accounts-id = Anmeldename
accounts-id-hint = Kleinbuchstaben, Ziffern und Bindestriche, zum Beispiel: amina-aarhus
accounts-role = Rolle
accounts-areas = Gebiete (für die Redaktion)
accounts-areas-hint = Wählen Sie ein oder mehrere Gebiete aus; ein Gebiet umfasst auch die Gebiete, die darin liegen.
accounts-languages = Sprachen (für die Übersetzung)
accounts-create = Konto anlegen
accounts-password-for = Das Passwort für { $account }:
accounts-password-once = Es wird nur jetzt angezeigt und danach nie wieder. Geben Sie es der Person auf sicherem Weg weiter; sie kann sich sofort damit anmelden.
accounts-refused = Das Konto wurde nicht gespeichert.

## API-Schlüssel für Partnerseiten (nur für die Administration)

nav-keys = Partnerschlüssel
keys-title = API-Schlüssel für Partnerseiten
keys-intro = Kommunen und Organisationen, die die Nabo-Suche auf ihrer eigenen Website zeigen, brauchen einen Schlüssel. Ein Schlüssel funktioniert im Browser nur auf den Webadressen, die für ihn eingetragen sind, und nur so oft, wie sein Limit es erlaubt.
keys-issued-for = Ein neuer Schlüssel für { $partner }:
keys-once = Kopieren Sie ihn jetzt und geben Sie ihn an den Partner weiter: Er wird nur dieses eine Mal angezeigt und ist danach nicht mehr zu sehen.
keys-embed = Der Partner fügt diese zwei Zeilen in seine Seite ein:
keys-refused = Der Schlüssel wurde nicht angelegt:
keys-none = Es gibt noch keine Schlüssel.
keys-col-name = Partner
keys-col-origins = Webadressen
keys-col-rate = Limit
keys-col-state = Status
keys-per-minute = { $rate } pro Minute
keys-active = In Verwendung
keys-revoked = Widerrufen
keys-revoke = Widerrufen
keys-new = Neuer Schlüssel
keys-name = Partner (für wen der Schlüssel ist)
keys-origins = Webadressen, die den Schlüssel verwenden dürfen
keys-origins-hint = Zum Beispiel https://kommune.example, getrennt durch Leerzeichen oder Kommas. Lassen Sie das Feld leer für einen Schlüssel, der nur von einem Server aus verwendet wird.
keys-rate = Anfragen pro Minute
keys-create = Schlüssel anlegen
