# Widgetul de căutare Nabo (<nabo-search> pe site-urile partenerilor) — română. Aceleași identificatoare de mesaj ca în en/widget.ftl.

## Formularul de căutare

widget-search-label = Căutați ajutor în apropiere
widget-search-placeholder = de ex. jobcenter, control medical pentru bebeluș
widget-search-button = Căutați

## Linia de stare (citită de cititoarele de ecran)

widget-loading = Se caută…
widget-results-ready = Căutarea s-a încheiat. Serviciile sunt afișate mai jos.
widget-no-results = Niciun serviciu găsit. Încercați alte cuvinte sau mai puține cuvinte.
widget-error = Căutarea nu funcționează acum. Vă rugăm să încercați din nou peste câteva clipe.
widget-rate-limited = Prea multe căutări într-un timp scurt. Vă rugăm să așteptați puțin, apoi să căutați din nou.

## Rezultate

widget-results = Servicii care pot ajuta
widget-shown-in = Afișat în limba { $language }
widget-open-card = Faceți un cartonaș pentru ea
widget-new-tab = (se deschide într-o filă nouă)
widget-powered-by = Căutare oferită de Nabo
