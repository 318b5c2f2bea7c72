## Insight without personal data: referrals, unmet needs, the reports for coordinators and partners, and the privacy page.

# The role of an account that records referrals (beside role-editor, role-translator…).
role-volunteer = bénévolat
accounts-group = Groupe local (pour les comptes de bénévoles)
accounts-group-hint = Lettres minuscules, chiffres et « - », par exemple aarhus-gellerup. Les orientations d'une bénévole sont comptées pour le groupe.

## Recording a referral from a service's page or its card.
referral-heading = Enregistrer une orientation
referral-hint = Compte que vous avez montré aujourd'hui à une femme le chemin vers ce service, et la langue qu'elle parle. Rien n'est enregistré sur elle.
referral-language = Sa langue
referral-record = Enregistrer l'orientation
referral-recorded = Orientation enregistrée. Merci.
referral-queued = Gardée sur ce téléphone : elle sera envoyée quand vous serez de nouveau en ligne.
referral-sign-in = Les bénévoles peuvent se connecter pour compter les orientations.
# $reason is a short explanation from the server, e.g. "day 2026-01-02 is in the future".
referral-refused = L'orientation n'a pas été enregistrée : { $reason }

## "Nothing fitted": a volunteer says none of the results helps.
unmet-heading = Rien ne convenait ?
# Above the same form on a search that found nothing.
unmet-heading-none = Dites-nous ce qu'il fallait
unmet-hint = Dites-le-nous, pour que le besoin soit compté. Seul le type de besoin est compté — jamais les mots de votre recherche, sauf si beaucoup de personnes ont cherché la même chose, et rien sur vous.
unmet-needed = Ce qu'il fallait (facultatif)
unmet-needed-none = Non précisé
unmet-send = Rien ne convenait
unmet-thanks = Merci. Le besoin est compté.

## The reports (for coordinators; partners read the same figures through the API).
nav-insights = Statistiques
insights-title = Statistiques
insights-intro = Des chiffres anonymes issus de l'utilisation quotidienne : vers où les femmes ont été orientées, dans quelles langues, et ce dont elles avaient besoin que le répertoire ne pouvait pas offrir.
insights-year = Année
insights-show = Afficher
insights-referrals = Orientations
insights-unmet = Besoins non couverts
insights-by-area = Par zone
insights-by-category = Par catégorie
insights-by-language = Par langue
insights-by-group = Par groupe local
insights-total = Total
insights-no-area = Aucune zone choisie
insights-no-category = Aucune catégorie reconnue
insights-no-group = Aucun groupe local
insights-legend-small = <5 : moins de cinq ; non affiché, pour que personne ne puisse être reconnu.
insights-legend-hidden = x : masqué pour qu'un petit chiffre ne puisse pas être déduit des totaux.
insights-months-note = Un mois s'affiche une fois terminé. Les chiffres inférieurs à cinq ne sont jamais affichés, ni ici, ni dans les téléchargements, ni par l'API.
insights-download-csv = Télécharger au format CSV
insights-download-json = Télécharger au format JSON
# The text alternative of a bar chart; $table is the title of the table below it that holds the same figures.
insights-chart-description = Diagramme en barres des totaux de « { $table } ». Les mêmes chiffres se trouvent dans le tableau ci-dessous.
insights-summary = Bilan de { $year }
insights-summary-referrals = Orientations au total
insights-summary-categories = Orientations par type d'aide
insights-summary-languages = Langues des femmes orientées
insights-summary-top-unmet = Besoins le plus souvent non couverts
insights-texts = Cherché mais pas trouvé
insights-texts-hint = Seuls sont gardés les textes utilisés par au moins cinq recherches dans une même semaine.
insights-none = Rien n'a été enregistré cette année-là.

## The privacy page.
footer-privacy-link = Ce que Nabo enregistre
privacy-title = Ce que Nabo enregistre
privacy-intro = Nabo est utilisé pendant des conversations avec des femmes qui font confiance aux bénévoles. Il est conçu pour ne jamais contenir quoi que ce soit qui pourrait révéler qui elles sont.
privacy-never-heading = Jamais enregistré
privacy-never-people = Les noms, adresses, numéros de téléphone, numéros d'identité ou histoires des femmes que vous aidez.
privacy-never-addresses = Votre adresse IP ou votre navigateur, associés à ce que vous cherchez ou ouvrez.
privacy-never-search = Ce que vous cherchez, tel que vous l'avez tapé. Les journaux des requêtes laissent de côté les mots de recherche.
privacy-never-time = L'heure d'une orientation ou d'une recherche.
privacy-recorded-heading = Enregistré, sans noms
privacy-recorded-referrals = Une orientation, quand une bénévole connectée l'enregistre : le service, la langue de la femme, le jour et le groupe local de la bénévole. Pas qui est la bénévole.
privacy-recorded-unmet = Une recherche qui n'a rien trouvé, ou un « Rien ne convenait » : comptés par semaine, langue, zone et type de besoin.
privacy-recorded-texts = Les mots d'une telle recherche, seulement quand au moins cinq recherches de la même semaine les ont utilisés ; jusque-là, le serveur les compte en mémoire sous un code qu'il ne peut pas retransformer en mots.
privacy-recorded-views = Combien de fois la page de chaque service a été ouverte : un nombre par service.
privacy-phone-heading = Gardé seulement sur votre téléphone
privacy-phone-saved = Les services que vous enregistrez, et les orientations qui attendent d'être envoyées pendant que vous êtes hors ligne. Rien de tout cela n'arrive au serveur avant d'être envoyé.
privacy-retention-heading = Combien de temps
privacy-retention = Les orientations sont gardées telles qu'elles ont été enregistrées pendant 90 jours. Ensuite, elles sont ajoutées aux chiffres de leur semaine et supprimées.
privacy-reports-heading = Qui voit les chiffres
privacy-reports = Les personnes qui coordonnent le programme, ainsi que les communes et les organisations avec lesquelles il travaille. Elles voient des chiffres par mois, zone, type d'aide et langue ; un chiffre inférieur à cinq n'est jamais affiché, ni un chiffre qui pourrait être déduit des autres.
