# Widget de recherche Nabo (<nabo-search> sur les sites partenaires) — français. Mêmes identifiants de messages que en/widget.ftl.

## Formulaire de recherche

widget-search-label = Chercher de l'aide près de chez vous
widget-search-placeholder = p. ex. jobcenter, bilan de santé pour mon bébé
widget-search-button = Rechercher

## Ligne d'état (lue par les lecteurs d'écran)

widget-loading = Recherche en cours…
widget-results-ready = Recherche terminée. Les services sont listés ci-dessous.
widget-no-results = Aucun service trouvé. Essayez d'autres mots ou moins de mots.
widget-error = La recherche ne fonctionne pas pour le moment. Veuillez réessayer dans un instant.
widget-rate-limited = Trop de recherches en peu de temps. Veuillez patienter un instant, puis relancer la recherche.

## Résultats

widget-results = Services qui peuvent aider
widget-shown-in = Affiché en { $language }
widget-open-card = Faire une carte pour elle
widget-new-tab = (s'ouvre dans un nouvel onglet)
widget-powered-by = Recherche par Nabo
