## The volunteers' app on a phone: the filters in one line, read aloud, the saved list.

# The closed filter panel's line when filters are chosen, e.g. "Narrow down: Aarhus · Job centre · 2 more".
# $heading is search-filters-heading; $chosen lists the chosen municipality, category and the count below.
search-filters-chosen = { $heading }: { $chosen }
# How many other filters (access needs, open now, near me) are on.
search-filters-more = { $count ->
    [one] { $count } más
    [many] { $count } más
   *[other] { $count } más
}

# Read aloud: the phone's own speech voice reads the text in its language (nothing is sent anywhere).
read-aloud = Leer en voz alta
read-aloud-stop = Dejar de leer

# The saved list: services kept in this browser only, which open without a connection.
saved-save = Guardar en este teléfono
saved-done = Guardado en este teléfono
saved-remove = Quitar
saved-link = Guardados
saved-heading = Guardados en este teléfono
saved-intro = Se guardan solo en este navegador y nunca se envían a ninguna parte. Los servicios guardados y sus tarjetas se abren sin conexión.
saved-empty = Todavía no hay nada guardado. Abra un servicio y elija «Guardar en este teléfono».
saved-needs-javascript = La lista de guardados necesita JavaScript en este navegador.
saved-card = Tarjeta
# Shown above a page the phone shows from its saved copy; $age says how long ago it was saved, e.g. "3 days ago".
saved-copy = Esta copia se guardó { $age }. Puede que algo haya cambiado desde entonces.
