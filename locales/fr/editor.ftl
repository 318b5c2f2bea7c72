# Pages de rédaction de Nabo — français. Mêmes identifiants de messages que en/editor.ftl.
# Pour les personnes qui tiennent le répertoire à jour : rédaction, traduction, coordination et administration.

## Connexion et déconnexion

login-title = Connexion
login-intro = Pour les personnes qui tiennent le répertoire à jour : rédaction, traduction et coordination.
login-account = Compte
login-password = Mot de passe
login-submit = Se connecter
login-wrong = Le compte ou le mot de passe est incorrect.
login-throttled = { $minutes ->
    [one] Trop de tentatives échouées. Réessayez dans une minute.
   *[other] Trop de tentatives échouées. Réessayez dans { $minutes } minutes.
}
login-required = Veuillez vous connecter pour continuer.
login-signed-out = Votre session est fermée.
nav-editing = Rédaction
nav-sign-out = Se déconnecter
editor-signed-in-as = Compte connecté : { $account } ({ $role })
role-admin = administration
role-coordinator = coordination
role-editor = rédaction
role-translator = traduction

## Refus

error-form-expired-title = Le formulaire n'a pas pu être envoyé
error-form-expired-text = Pour votre sécurité, un formulaire n'est accepté que depuis la page à laquelle il appartient. Revenez en arrière, rechargez la page et réessayez.
error-forbidden-title = Action non autorisée
error-forbidden-text = Votre compte ne permet pas de faire cela. Les comptes de rédaction modifient les services de leurs propres zones.
error-too-many-title = Trop de demandes
error-too-many-text = Veuillez patienter un instant, puis réessayer.

## La liste des services

editor-dashboard-title = Services
editor-new-resource = Nouveau service
editor-find-label = Trouver un service par son nom ou par des mots
editor-find-button = Trouver
editor-area-label = Zone
editor-all-areas = Toutes les zones
editor-count = { $count ->
    [0] Aucun service trouvé
    [one] Un service
    [many] { $count } de services
   *[other] { $count } services
}
editor-col-name = Nom
editor-col-area = Zone
editor-col-categories = Catégories
editor-edit = Modifier
editor-page-previous = Précédent
editor-page-next = Suivant
editor-archived-heading = Services archivés
editor-archived-none = Rien n'est archivé.
editor-archived-when = Archivé le { $date } par { $account }

## Modifier un service

editor-new-title = Nouveau service
editor-edit-title = Modifier : { $name }
editor-version = Version { $version }, enregistrée le { $date }
editor-section-basics = À propos du service
editor-section-texts = Textes
editor-section-contact = Adresse et contact
editor-section-access = Horaires et accès
editor-texts-in = Textes en { $language }
editor-texts-source = la langue dans laquelle les textes sont rédigés en premier
editor-add-language = Ajouter des textes dans une autre langue
editor-choose-language = Choisir une langue
editor-field-id = Identifiant
editor-field-id-hint = Lettres minuscules, chiffres et traits d'union, par exemple : jobcenter-aarhus. Il ne pourra plus être modifié ensuite.
editor-field-area = Commune ou zone
editor-field-categories = Types d'aide
editor-field-source-language = Langue dans laquelle les textes sont rédigés en premier
editor-field-name = Nom
editor-field-summary = Résumé (une phrase)
editor-field-description = Description
editor-field-access = Comment obtenir de l'aide
editor-field-street = Rue et numéro
editor-field-postcode = Code postal
editor-field-city = Ville
editor-field-country = Code pays
editor-field-country-hint = Deux lettres majuscules, par exemple : DK
editor-field-lat = Latitude
editor-field-lon = Longitude
editor-field-phone = Téléphone
editor-field-email = E-mail
editor-field-website = Site web
editor-field-opening-hours = Horaires d'ouverture
editor-field-opening-hours-hint = Au format OpenStreetMap, par exemple : Mo-Fr 09:00-15:00; PH off
editor-field-languages-spoken = Langues parlées dans le service
editor-field-languages-spoken-hint = Codes de langue séparés par des virgules, par exemple : da, ar, so
editor-field-attributes = Accès
editor-field-record = Le service
editor-field-verified-at = Dernière vérification
editor-create = Créer
editor-save = Enregistrer
editor-archive = Archiver
editor-restore = Restaurer
editor-history = Historique
editor-back = Retour à la liste
editor-view-public = Voir la page publique
editor-created = Créé. Le service apparaît maintenant dans la recherche.
editor-saved = Enregistré comme version { $version }. La recherche affiche maintenant la modification.
editor-unchanged = Rien n'a été modifié.
editor-archived = Archivé. Il n'apparaît plus dans la recherche et peut être restauré.
editor-restored = Restauré comme version { $version }. Il apparaît de nouveau dans la recherche.
editor-errors-summary = { $count ->
    [one] Le service n'a pas été enregistré : veuillez corriger un problème.
   *[other] Le service n'a pas été enregistré : veuillez corriger { $count } problèmes.
}
editor-exists = Un service avec cet identifiant existe déjà ou est archivé. Choisissez un autre identifiant, ou restaurez le service archivé.
problem-required = Ce champ est obligatoire.
problem-invalid = Cette valeur n'est pas acceptée.
problem-unknown = Le répertoire ne connaît pas cette valeur.
problem-duplicate = Cette valeur est indiquée deux fois.
problem-too-long = Cette valeur est trop longue.

## Deux personnes enregistrent en même temps

editor-conflict-title = Quelqu'un d'autre a enregistré ce service pendant que vous le modifiiez
editor-conflict-text = Vos modifications ne sont pas encore enregistrées. Comparez-les avec la version enregistrée, puis enregistrez de nouveau pour garder les vôtres, ou rechargez la page pour repartir de la version enregistrée.
editor-conflict-field = Champ
editor-conflict-yours = Votre version
editor-conflict-saved = Version enregistrée ({ $version })
editor-conflict-empty = (vide)
editor-conflict-reload = Repartir de la version enregistrée

## Historique

history-title = Historique : { $name }
history-version = Version { $version }
history-when = Quand
history-who = Qui
history-kind-import = Importé
history-kind-edit = Modifié
history-kind-archive = Archivé
history-kind-restore = Restauré
history-kind-revert = Version antérieure rétablie
history-kind-delete = Supprimé
history-kind-verify = Confirmé comme exact
history-by-import = une importation
history-field = Champ
history-before = Avant
history-after = Après
history-no-changes = Aucun champ n'a changé.
history-first = Première version.
history-unknown = Cette version est plus ancienne que l'historique conservé.
history-revert = Rétablir cette version
history-current = Version actuelle
history-reverted = La version { $old } a été rétablie comme version { $version }.

## Navigation dans les pages de rédaction

nav-translations = Traductions
nav-checking = À vérifier
nav-reports = Signalements

## Traductions

translations-title = Traductions
translations-language-label = Langue cible
translations-show = Afficher
translations-count = { $count ->
    [0] Rien ne manque et rien n'est obsolète.
    [one] Un service doit être traduit.
    [many] { $count } de services doivent être traduits.
   *[other] { $count } services doivent être traduits.
}
translations-col-resource = Service
translations-col-missing = Manquants
translations-col-outdated = Obsolètes
translations-col-views = Consultations
translations-translate = Traduire
translations-export = Télécharger ce qui manque au format XLIFF
translations-export-from = Langue source
translations-import-heading = Réimporter les traductions
translations-import-label = Fichier XLIFF
translations-import-submit = Importer
translations-imported = { $count ->
    [one] Une traduction a été enregistrée.
    [many] { $count } de traductions ont été enregistrées.
   *[other] { $count } traductions ont été enregistrées.
}
translations-untranslated = { $count ->
    [one] Un texte n'a pas été traduit.
    [many] { $count } de textes n'ont pas été traduits.
   *[other] { $count } textes n'ont pas été traduits.
}
translations-refused = Ces éléments n'ont pas été enregistrés :
status-missing = manquante
status-outdated = obsolète
status-current = à jour
status-reviewed = relue
translate-title = Traduire : { $name }
translate-into = Langue cible : { $language }
translate-source = Texte source ({ $language })
translate-target = Traduction ({ $language })
translate-status = Statut : { $status }
translate-proposal = Proposition de la mémoire de traduction : vérifiez-la avant d'enregistrer.
translate-save = Enregistrer la traduction
translate-review = Marquer comme relue
translate-saved = La traduction est enregistrée.
translate-reviewed = Marquée comme relue.
editor-translations-heading = Traductions
editor-translate-into = Traduire en { $language }

## Vérification

editor-verify = Confirmer que tout est exact aujourd'hui
editor-verified = Confirmé comme exact aujourd'hui.
editor-last-verified = Dernière confirmation le { $date }
editor-never-verified = Jamais confirmé
checking-title = À vérifier
checking-intro = { $months ->
    [one] Services que personne n'a confirmés depuis un mois, les plus anciens d'abord.
    [many] Services que personne n'a confirmés depuis { $months } de mois, les plus anciens d'abord.
   *[other] Services que personne n'a confirmés depuis { $months } mois, les plus anciens d'abord.
}
checking-months = Nombre de mois sans confirmation
checking-col-verified = Dernière confirmation
checking-col-by = Par
checking-never = jamais
checking-none = Tout ce qui figure ici a été confirmé récemment.

## Signalements du terrain

reports-title = Signalements du terrain
reports-none = Il n'y a aucun signalement ouvert.
reports-col-resource = Service
reports-col-category = Ce qui a changé
reports-col-note = Remarque
reports-col-date = Envoyé le
reports-resolve = Traité
reports-dismiss = Écarter
reports-closed = Le signalement est clos.
report-category-closed = Le service a fermé définitivement
report-category-moved = Le service a déménagé
report-category-hours = Les horaires d'ouverture sont faux
report-category-phone = Le numéro de téléphone est faux
report-category-other = Autre chose
report-link = Quelque chose a changé ? Dites-le-nous
report-title = Quelque chose a changé ?
report-intro = Dites à la rédaction ce qui n'est plus exact pour { $name }.
report-privacy = N'écrivez aucun nom, ni rien sur la personne que vous aidez.
report-category-label = Qu'est-ce qui a changé ?
report-note-label = Courte remarque (facultatif)
report-note-hint = 280 caractères au maximum. Pas de noms, pas de numéros de téléphone, pas d'informations personnelles.
report-submit = Envoyer
report-thanks = Merci. La rédaction de cette zone va vérifier.
report-invalid = Choisissez ce qui a changé, et écrivez une remarque de 280 caractères au maximum.

## Comptes (pour l'administration)

nav-accounts = Comptes
accounts-title = Comptes
accounts-col-login = Identifiant de connexion
accounts-col-role = Rôle
accounts-col-scope = Zones ou langues
accounts-col-state = État
accounts-active = actif
accounts-disabled = désactivé
accounts-disable = Désactiver
accounts-enable = Activer
accounts-reset = Nouveau mot de passe
accounts-new = Nouveau compte
accounts-id = Identifiant de connexion
accounts-id-hint = Lettres minuscules, chiffres et traits d'union, par exemple : amina-aarhus
accounts-role = Rôle
accounts-areas = Zones (pour les comptes de rédaction)
accounts-areas-hint = Choisissez une ou plusieurs zones ; une zone comprend aussi les zones situées à l'intérieur.
accounts-languages = Langues (pour les comptes de traduction)
accounts-create = Créer le compte
accounts-password-for = Le mot de passe de { $account } :
accounts-password-once = Il n'est affiché que maintenant, une seule fois. Transmettez-le à la personne de manière sûre ; elle peut se connecter avec lui tout de suite.
accounts-refused = Le compte n'a pas été enregistré.

## Clés d'API des sites partenaires (pour l'administration uniquement)

nav-keys = Clés partenaires
keys-title = Clés d'API des sites partenaires
keys-intro = Les communes et les organisations qui affichent la recherche de Nabo sur leur propre site web ont besoin d'une clé. Dans les navigateurs, une clé ne fonctionne que sur les adresses web indiquées pour elle, et seulement aussi souvent que sa limite le permet.
keys-issued-for = Une nouvelle clé pour { $partner } :
keys-once = Copiez-la maintenant et transmettez-la au partenaire : elle n'est affichée que cette fois-ci et ne pourra plus être consultée.
keys-embed = Le partenaire colle ces deux lignes dans sa page :
keys-refused = La clé n'a pas été créée :
keys-none = Il n'y a encore aucune clé.
keys-col-name = Partenaire
keys-col-origins = Adresses web
keys-col-rate = Limite
keys-col-state = État
keys-per-minute = { $rate } par minute
keys-active = En service
keys-revoked = Révoquée
keys-revoke = Révoquer
keys-new = Nouvelle clé
keys-name = Partenaire (à qui la clé est destinée)
keys-origins = Adresses web autorisées à utiliser la clé
keys-origins-hint = Par exemple https://kommune.example, séparées par des espaces ou des virgules. Laissez vide pour une clé utilisée uniquement depuis un serveur.
keys-rate = Requêtes par minute
keys-create = Créer la clé
