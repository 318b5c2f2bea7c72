# Application web Nabo — français. Mêmes identifiants de messages que en/main.ftl.
# Les variables ($name, etc.) sont remplies par l'application et ne se traduisent pas.

## Cadre de l'application

app-name = Nabo
app-tagline = La bonne aide près de chez vous, dans votre langue
nav-home = Recherche
nav-skip-to-content = Aller au contenu
footer-about = Nabo est un répertoire de services locaux pour les bénévoles qui aident des femmes à trouver leur chemin.
footer-privacy = Nabo n'enregistre rien sur les personnes que vous aidez.
footer-demo-data = Données de démonstration : les services affichés sont fictifs.
offline-notice = Vous êtes hors ligne. Les pages déjà ouvertes fonctionnent toujours.

## Choix de la langue

language-picker-label = Langue
language-picker-button = Changer de langue
language-picker-current = Langue actuelle : { $language }

## Recherche

search-heading = De quelle aide avez-vous besoin ?
search-label = Cherchez un service ou décrivez le besoin
search-placeholder = p. ex. jobcenter, bilan de santé pour mon bébé
search-button = Rechercher
search-categories-heading = Ou choisissez un type d'aide
search-filters-heading = Affiner
filter-area-label = Commune
filter-area-any = Toutes les communes
filter-category-label = Type d'aide
filter-category-any = Tous les types d'aide
filter-attributes-label = Doit proposer
filter-open-now = Ouvert maintenant
filter-near-me = Près de moi
filter-near-me-help = La position de votre téléphone sert uniquement à trier par distance. Elle n'est pas enregistrée.
filter-postcode-label = Ou code postal
filter-apply = Voir les résultats
filter-clear = Effacer les filtres
geolocation-denied = La position n'est pas disponible. Choisissez plutôt une commune ou saisissez un code postal.
geolocation-locating = Recherche de votre position…

## Résultats

results-count = { $count ->
    [0] Aucun service trouvé
    [one] Un service trouvé
    [many] { $count } de services trouvés
   *[other] { $count } services trouvés
}
results-none-help = Essayez d'autres mots, moins de filtres, ou choisissez un type d'aide ci-dessous.
results-distance-m = à { $distance } m
results-distance-km = à { $distance } km
results-open-now = Ouvert maintenant
results-closed-now = Fermé en ce moment
results-hours-unknown = Horaires inconnus
results-shown-in = Affiché en { $language }
results-next = Page suivante
results-previous = Page précédente
results-page = Page { $page } sur { $pages }

## Page d'un service

resource-about = À propos
resource-how-to-get-help = Comment obtenir de l'aide
resource-opening-hours = Horaires d'ouverture
resource-contact = Contact
resource-address = Adresse
resource-call = Appeler le { $phone }
resource-email = Écrire un e-mail
resource-website = Site web
resource-map-osm = Voir sur OpenStreetMap
resource-map-app = Ouvrir dans l'appli de cartes
resource-languages-spoken = Langues parlées ici
resource-attributes = Bon à savoir
resource-verified = Vérifié par la rédaction le { $date }
resource-not-verified = Pas encore vérifié par la rédaction
resource-shown-in = Ce texte est affiché en { $language } car il n'a pas encore été traduit.
resource-make-card = Faire une carte pour elle
resource-back-to-results = Retour aux résultats
resource-not-found = Ce service n'existe pas ou a été supprimé.

## Horaires d'ouverture

hours-open-now = Ouvert maintenant
hours-closed-now = Fermé en ce moment
hours-opens-at = Ouvre { $day } à { $time }
hours-closes-at = Ferme à { $time }
hours-unknown = Les horaires ne sont pas connus
hours-closed-day = Fermé
hours-always-open = Ouvert jour et nuit
hours-public-holidays = Fermé les jours fériés
day-mo = lundi
day-tu = mardi
day-we = mercredi
day-th = jeudi
day-fr = vendredi
day-sa = samedi
day-su = dimanche
day-today = aujourd'hui
day-tomorrow = demain

## Carte d'orientation

card-heading = Carte pour { $name }
card-choose-language = Sa langue
card-choose-button = Créer la carte
card-intro = Montrez cette carte à l'accueil.
card-what = Ce qu'ils proposent
card-where = Où
card-when = Quand
card-phone = Téléphone
card-qr-caption = Scannez pour ouvrir cette page dans votre langue
card-print = Imprimer
card-share = Partager
card-copy-link = Copier le lien
card-link-copied = Lien copié
card-local-language = En { $language }

## Erreurs

error-not-found-title = Page introuvable
error-not-found-text = La page demandée n'existe pas.
error-bad-request-title = Il y a une erreur dans la demande
error-server-title = Un problème est survenu
error-server-text = Veuillez réessayer dans un instant.
error-back-home = Retour à la recherche

## Noms des langues (pour « Langues parlées ici » et « Affiché en … »)

language-da = danois
language-en = anglais
language-ar = arabe
language-so = somali
language-tr = turc
language-fa = persan
language-fa-af = dari
language-ur = ourdou
language-ps = pachto
language-ckb = kurde central (sorani)
language-kmr = kurde du Nord (kurmandji)
language-ti = tigrigna
language-am = amharique
language-uk = ukrainien
language-ru = russe
language-pl = polonais
language-ro = roumain
language-bs = bosnien
language-sq = albanais
language-vi = vietnamien
language-th = thaï
language-zh = chinois (simplifié)
language-ta = tamoul
language-bn = bengali
language-hi = hindi
language-pa = pendjabi
language-es = espagnol
language-fr = français
language-de = allemand
language-sw = swahili
language-om = oromo
language-fil = filipino

## La page de l'API pour les sites partenaires (/{lang}/api). Les textes des opérations restent en anglais.

api-title = L'API de Nabo pour les sites partenaires
api-intro = Les communes et les organisations peuvent afficher la recherche de Nabo sur leur propre site web, ou lire le répertoire depuis leurs propres systèmes. Tout ce qui suit est public et d'utilisation gratuite dans les limites indiquées.
api-widget = La recherche sur votre site web
api-widget-text = Collez ces deux lignes dans votre page. Changez la langue et la zone, et utilisez la clé que l'administration de Nabo vous a remise.
api-keys = Clés et limites
api-keys-text = Sans clé, vous pouvez envoyer un nombre modéré de requêtes depuis chaque adresse. Avec une clé, vous avez votre propre limite ; envoyez-la comme « Authorization: Bearer » ou comme paramètre « key ». Les réponses peuvent être mises en cache : elles portent ETag et Cache-Control.
api-formats = La description lisible par machine et les points de terminaison Open Referral HSDS 3.0
api-operations = Opérations
api-needs-account = Nécessite le jeton d'un compte (pour la rédaction).
api-parameters = Paramètres
api-responses = Réponses
api-col-name = Nom
api-col-in = Emplacement
api-col-accepts = Valeurs acceptées
api-col-description = Description
api-col-status = Statut
api-required = obligatoire
api-accepts-list = liste de { $items }
api-accepts-one-of = parmi : { $values }
api-accepts-range = de { $min } à { $max }
api-accepts-min = au moins { $min }
api-accepts-max = au plus { $max }
api-accepts-length = au plus { $length } caractères
api-accepts-pattern = au format { $pattern }
nav-api = Pour les sites partenaires
