# Widget de búsqueda de Nabo (<nabo-search> en sitios de socios) — español. Mismos identificadores de mensajes que en/widget.ftl.

## Formulario de búsqueda

widget-search-label = Buscar ayuda cerca
widget-search-placeholder = p. ej., jobcenter, revisión médica para mi bebé
widget-search-button = Buscar

## Línea de estado (la leen los lectores de pantalla)

widget-loading = Buscando…
widget-results-ready = Búsqueda terminada. Los servicios aparecen abajo.
widget-no-results = No se encontró ningún servicio. Pruebe con otras palabras o con menos palabras.
widget-error = La búsqueda no funciona ahora mismo. Vuelva a intentarlo en un momento.
widget-rate-limited = Demasiadas búsquedas en poco tiempo. Espere un momento y vuelva a buscar.

## Resultados

widget-results = Servicios que pueden ayudar
widget-shown-in = Mostrado en { $language }
widget-open-card = Hacer una tarjeta para ella
widget-new-tab = (se abre en una pestaña nueva)
widget-powered-by = Búsqueda de Nabo
