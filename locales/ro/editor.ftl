# Paginile de redactare Nabo — română. Aceleași identificatoare de mesaj ca în en/editor.ftl.
# Pentru cei care țin ghidul la zi: redactori, traducători, coordonatori și administratori.

## Autentificare și deconectare

login-title = Autentificare
login-intro = Pentru cei care țin ghidul la zi: redactori, traducători și coordonatori.
login-account = Cont
login-password = Parolă
login-submit = Autentificați-vă
login-wrong = Contul sau parola nu sunt corecte.
login-throttled = { $minutes ->
    [one] Prea multe încercări nereușite. Încercați din nou peste un minut.
    [few] Prea multe încercări nereușite. Încercați din nou peste { $minutes } minute.
   *[other] Prea multe încercări nereușite. Încercați din nou peste { $minutes } de minute.
}
login-required = Vă rugăm să vă autentificați pentru a continua.
login-signed-out = V-ați deconectat.
nav-editing = Redactare
nav-sign-out = Deconectare
editor-signed-in-as = Cont conectat: { $account } ({ $role })
role-admin = administrator
role-coordinator = coordonator
role-editor = redactor
role-translator = traducător

## Refuzuri

error-form-expired-title = Formularul nu a putut fi trimis
error-form-expired-text = Pentru siguranța dumneavoastră, un formular este acceptat doar de pe pagina căreia îi aparține. Reveniți, reîncărcați pagina și încercați din nou.
error-forbidden-title = Acțiune nepermisă
error-forbidden-text = Contul dumneavoastră nu are dreptul să facă acest lucru. Redactorii modifică serviciile din propriile zone.
error-too-many-title = Prea multe cereri
error-too-many-text = Vă rugăm să așteptați puțin și să încercați din nou.

## Lista serviciilor

editor-dashboard-title = Servicii
editor-new-resource = Serviciu nou
editor-find-label = Găsiți un serviciu după nume sau cuvinte
editor-find-button = Găsiți
editor-area-label = Zonă
editor-all-areas = Toate zonele
editor-count = { $count ->
    [0] Niciun serviciu găsit
    [one] Un serviciu
    [few] { $count } servicii
   *[other] { $count } de servicii
}
editor-col-name = Nume
editor-col-area = Zonă
editor-col-categories = Categorii
editor-edit = Modificați
editor-page-previous = Pagina anterioară
editor-page-next = Pagina următoare
editor-archived-heading = Servicii arhivate
editor-archived-none = Nu este nimic arhivat.
editor-archived-when = Arhivat pe { $date } de { $account }

## Modificarea unui serviciu

editor-new-title = Serviciu nou
editor-edit-title = Modificare: { $name }
editor-version = Versiunea { $version }, salvată pe { $date }
editor-section-basics = Despre serviciu
editor-section-texts = Texte
editor-section-contact = Adresă și contact
editor-section-access = Program și acces
editor-texts-in = Texte în limba { $language }
editor-texts-source = limba în care sunt scrise mai întâi textele
editor-add-language = Adăugați texte în altă limbă
editor-choose-language = Alegeți o limbă
editor-field-id = Identificator
editor-field-id-hint = Litere mici, cifre și cratime, de exemplu: jobcenter-aarhus. Nu mai poate fi schimbat ulterior.
editor-field-area = Comună sau zonă
editor-field-categories = Tipuri de ajutor
editor-field-source-language = Limba în care sunt scrise mai întâi textele
editor-field-name = Nume
editor-field-summary = Rezumat (o propoziție)
editor-field-description = Descriere
editor-field-access = Cum primiți ajutor
editor-field-street = Strada și numărul
editor-field-postcode = Cod poștal
editor-field-city = Localitate
editor-field-country = Codul țării
editor-field-country-hint = Două majuscule, de exemplu: DK
editor-field-lat = Latitudine
editor-field-lon = Longitudine
editor-field-phone = Telefon
editor-field-email = E-mail
editor-field-website = Site web
editor-field-opening-hours = Program
editor-field-opening-hours-hint = În formatul OpenStreetMap, de exemplu: Mo-Fr 09:00-15:00; PH off
editor-field-languages-spoken = Limbi vorbite în cadrul serviciului
editor-field-languages-spoken-hint = Coduri de limbă separate prin virgule, de exemplu: da, ar, so
editor-field-attributes = Acces
editor-field-record = Serviciul
editor-field-verified-at = Ultima verificare
editor-create = Creați
editor-save = Salvați
editor-archive = Arhivați
editor-restore = Restaurați
editor-history = Istoric
editor-back = Înapoi la listă
editor-view-public = Afișați pagina publică
editor-created = Creat. Serviciul poate fi găsit acum în căutare.
editor-saved = Salvat ca versiunea { $version }. Căutarea arată acum modificarea.
editor-unchanged = Nu s-a modificat nimic.
editor-archived = Arhivat. Nu mai apare în căutare și poate fi restaurat.
editor-restored = Restaurat ca versiunea { $version }. Poate fi găsit din nou în căutare.
editor-errors-summary = { $count ->
    [one] Serviciul nu a fost salvat: vă rugăm să corectați o problemă.
    [few] Serviciul nu a fost salvat: vă rugăm să corectați { $count } probleme.
   *[other] Serviciul nu a fost salvat: vă rugăm să corectați { $count } de probleme.
}
editor-exists = Există deja un serviciu cu acest identificator sau acesta este arhivat. Alegeți alt identificator sau restaurați serviciul arhivat.
problem-required = Acest câmp este obligatoriu.
problem-invalid = Această valoare nu este acceptată.
problem-unknown = Ghidul nu cunoaște această valoare.
problem-duplicate = Această valoare apare de două ori.
problem-too-long = Valoarea este prea lungă.

## Două persoane salvează în același timp

editor-conflict-title = Altcineva a salvat acest serviciu în timp ce îl modificați
editor-conflict-text = Modificările dumneavoastră nu sunt încă salvate. Comparați-le cu versiunea salvată, apoi salvați din nou pentru a le păstra pe ale dumneavoastră sau reîncărcați pagina pentru a porni de la versiunea salvată.
editor-conflict-field = Câmp
editor-conflict-yours = Versiunea dumneavoastră
editor-conflict-saved = Versiunea salvată ({ $version })
editor-conflict-empty = (gol)
editor-conflict-reload = Porniți din nou de la versiunea salvată

## Istoric

history-title = Istoric: { $name }
history-version = Versiunea { $version }
history-when = Când
history-who = Cine
history-kind-import = Importat
history-kind-edit = Modificat
history-kind-archive = Arhivat
history-kind-restore = Restaurat
history-kind-revert = O versiune anterioară a fost readusă
history-kind-delete = Șters
history-kind-verify = Confirmat ca fiind corect
history-by-import = un import
history-field = Câmp
history-before = Înainte
history-after = După
history-no-changes = Niciun câmp nu s-a modificat.
history-first = Prima versiune.
history-unknown = Această versiune este mai veche decât istoricul păstrat.
history-revert = Readuceți această versiune
history-current = Versiunea actuală
history-reverted = Versiunea { $old } a fost readusă ca versiunea { $version }.

## Navigarea în paginile de redactare

nav-translations = Traduceri
nav-checking = De verificat
nav-reports = Semnalări

## Traduceri

translations-title = Traduceri
translations-language-label = Limba țintă
translations-show = Afișați
translations-count = { $count ->
    [0] Nu lipsește nimic și nimic nu este învechit.
    [one] Un serviciu trebuie tradus.
    [few] { $count } servicii trebuie traduse.
   *[other] { $count } de servicii trebuie traduse.
}
translations-col-resource = Serviciu
translations-col-missing = Lipsă
translations-col-outdated = Învechite
translations-col-views = Vizualizări
translations-translate = Traduceți
translations-export = Descărcați ce lipsește în format XLIFF
translations-export-from = Limba sursă
translations-import-heading = Încărcați traducerile terminate
translations-import-label = Fișier XLIFF
translations-import-submit = Importați
translations-imported = { $count ->
    [one] A fost salvată o traducere.
    [few] Au fost salvate { $count } traduceri.
   *[other] Au fost salvate { $count } de traduceri.
}
translations-untranslated = { $count ->
    [one] Un text a rămas netradus.
    [few] { $count } texte au rămas netraduse.
   *[other] { $count } de texte au rămas netraduse.
}
translations-refused = Acestea nu au fost salvate:
status-missing = lipsă
status-outdated = învechită
status-current = la zi
status-reviewed = revizuită
translate-title = Traducere: { $name }
translate-into = În limba { $language }
translate-source = Textul sursă ({ $language })
translate-target = Traducerea ({ $language })
translate-status = Stare: { $status }
translate-proposal = Propunere din memoria de traducere: verificați-o înainte de a salva.
translate-save = Salvați traducerea
translate-review = Marcați ca revizuită
translate-saved = Traducerea a fost salvată.
translate-reviewed = Marcată ca revizuită.
editor-translations-heading = Traduceri
editor-translate-into = Traduceți în limba { $language }

## Confirmare

editor-verify = Confirmați că astăzi totul este corect
editor-verified = Confirmat astăzi ca fiind corect.
editor-last-verified = Confirmat ultima dată pe { $date }
editor-never-verified = Neconfirmat niciodată
checking-title = De verificat
checking-intro = { $months ->
    [one] Servicii pe care nu le-a confirmat nimeni de o lună, cele mai vechi primele.
    [few] Servicii pe care nu le-a confirmat nimeni de { $months } luni, cele mai vechi primele.
   *[other] Servicii pe care nu le-a confirmat nimeni de { $months } de luni, cele mai vechi primele.
}
checking-months = Număr de luni fără confirmare
checking-col-verified = Ultima confirmare
checking-col-by = De către
checking-never = niciodată
checking-none = Totul de aici a fost confirmat recent.

## Semnalări din teren

reports-title = Semnalări din teren
reports-none = Nu există semnalări deschise.
reports-col-resource = Serviciu
reports-col-category = Ce s-a schimbat
reports-col-note = Notă
reports-col-date = Trimisă pe
reports-resolve = Rezolvat
reports-dismiss = Respingeți
reports-closed = Semnalarea a fost închisă.
report-category-closed = Serviciul s-a închis definitiv
report-category-moved = Serviciul s-a mutat
report-category-hours = Programul nu este corect
report-category-phone = Numărul de telefon nu este corect
report-category-other = Altceva
report-link = S-a schimbat ceva? Spuneți-ne
report-title = S-a schimbat ceva?
report-intro = Spuneți redacției ce nu mai este corect la { $name }.
report-privacy = Nu scrieți nume și nu scrieți nimic despre persoana pe care o ajutați.
report-category-label = Ce s-a schimbat?
report-note-label = Notă scurtă (opțional)
report-note-hint = Cel mult 280 de caractere. Fără nume, fără numere de telefon, fără date personale.
report-submit = Trimiteți
report-thanks = Vă mulțumim. Redacția din această zonă va verifica.
report-invalid = Alegeți ce s-a schimbat și scrieți o notă de cel mult 280 de caractere.

## Conturi (pentru administratori)

nav-accounts = Conturi
accounts-title = Conturi
accounts-col-login = Nume de utilizator
accounts-col-role = Rol
accounts-col-scope = Zone sau limbi
accounts-col-state = Stare
accounts-active = activ
accounts-disabled = dezactivat
accounts-disable = Dezactivați
accounts-enable = Activați
accounts-reset = Parolă nouă
accounts-new = Cont nou
accounts-id = Nume de utilizator
accounts-id-hint = Litere mici, cifre și cratime, de exemplu: amina-aarhus
accounts-role = Rol
accounts-areas = Zone (pentru redactori)
accounts-areas-hint = Alegeți una sau mai multe; o zonă include și zonele aflate în interiorul ei.
accounts-languages = Limbi (pentru traducători)
accounts-create = Creați contul
accounts-password-for = Parola contului { $account }:
accounts-password-once = Este afișată doar acum, o singură dată. Transmiteți-o persoanei într-un mod sigur; aceasta se poate autentifica imediat cu ea.
accounts-refused = Contul nu a fost salvat.

## Cheile API ale site-urilor partenerilor (doar pentru administratori)

nav-keys = Cheile partenerilor
keys-title = Cheile API ale site-urilor partenerilor
keys-intro = Comunele și organizațiile care afișează căutarea Nabo pe propriul site web au nevoie de o cheie. O cheie funcționează în browsere doar pe adresele web înscrise pentru ea și doar atât de des cât permite limita ei.
keys-issued-for = O cheie nouă pentru { $partner }:
keys-once = Copiați-o acum și transmiteți-o partenerului: este afișată doar acum, o singură dată, și nu mai poate fi văzută.
keys-embed = Partenerul lipește aceste două rânduri în pagina sa:
keys-refused = Cheia nu a fost creată:
keys-none = Nu există încă nicio cheie.
keys-col-name = Partener
keys-col-origins = Adrese web
keys-col-rate = Limită
keys-col-state = Stare
keys-per-minute = { $rate } pe minut
keys-active = În uz
keys-revoked = Revocată
keys-revoke = Revocați
keys-new = Cheie nouă
keys-name = Partener (pentru cine este cheia)
keys-origins = Adresele web care pot folosi cheia
keys-origins-hint = De exemplu https://kommune.example, separate prin spații sau virgule. Lăsați câmpul gol pentru o cheie folosită doar de pe un server.
keys-rate = Cereri pe minut
keys-create = Creați cheia
