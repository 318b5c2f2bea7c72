# Nabo widget za pretragu (<nabo-search> na stranicama partnera) — bosanski. Isti ID-ovi poruka kao u en/widget.ftl.

## Obrazac za pretragu

widget-search-label = Potražite pomoć u blizini
widget-search-placeholder = npr. jobcenter, bebi treba pregled
widget-search-button = Traži

## Red stanja (čitači ekrana ga čitaju naglas)

widget-loading = Pretraga u toku…
widget-results-ready = Pretraga je završena. Službe su navedene ispod.
widget-no-results = Nije pronađena nijedna služba. Pokušajte s drugim ili s manje riječi.
widget-error = Pretraga trenutno ne radi. Molimo pokušajte ponovo za trenutak.
widget-rate-limited = Previše pretraga u kratkom vremenu. Molimo sačekajte trenutak, pa ponovo pretražite.

## Rezultati

widget-results = Službe koje mogu pomoći
widget-shown-in = Jezik teksta: { $language }
widget-open-card = Napravi karticu za nju
widget-new-tab = (otvara se u novoj kartici)
widget-powered-by = Pretraživanje uz Nabo
