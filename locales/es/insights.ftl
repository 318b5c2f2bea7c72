## Insight without personal data: referrals, unmet needs, the reports for coordinators and partners, and the privacy page.

# The role of an account that records referrals (beside role-editor, role-translator…).
role-volunteer = voluntariado
accounts-group = Grupo local (para cuentas de voluntariado)
accounts-group-hint = Letras minúsculas, números y «-», por ejemplo aarhus-gellerup. Las derivaciones de cada voluntaria se cuentan para el grupo.

## Recording a referral from a service's page or its card.
referral-heading = Registrar una derivación
referral-hint = Cuenta que hoy usted mostró a una mujer el camino a este servicio, y el idioma que habla. No se registra nada sobre ella.
referral-language = El idioma de ella
referral-record = Registrar derivación
referral-recorded = Derivación registrada. Gracias.
referral-queued = Guardada en este teléfono: se enviará cuando vuelva a tener conexión.
referral-sign-in = Las voluntarias pueden iniciar sesión para contar derivaciones.
# $reason is a short explanation from the server, e.g. "day 2026-01-02 is in the future".
referral-refused = La derivación no se ha registrado: { $reason }

## "Nothing fitted": a volunteer says none of the results helps.
unmet-heading = ¿No había nada adecuado?
# Above the same form on a search that found nothing.
unmet-heading-none = Díganos qué se necesitaba
unmet-hint = Díganoslo para que la necesidad se cuente. Solo se cuenta el tipo de necesidad: nunca las palabras que buscó, salvo que muchas personas hayan buscado lo mismo, y nada sobre usted.
unmet-needed = Qué se necesitaba (opcional)
unmet-needed-none = No se indicó
unmet-send = Nada era adecuado
unmet-thanks = Gracias. La necesidad se ha contado.

## The reports (for coordinators; partners read the same figures through the API).
nav-insights = Estadísticas
insights-title = Estadísticas
insights-intro = Cifras anónimas del uso diario: adónde se derivó a las mujeres, en qué idiomas y qué necesitaban que el directorio no podía ofrecer.
insights-year = Año
insights-show = Mostrar
insights-referrals = Derivaciones
insights-unmet = Necesidades no cubiertas
insights-by-area = Por zona
insights-by-category = Por categoría
insights-by-language = Por idioma
insights-by-group = Por grupo local
insights-total = Total
insights-no-area = Ninguna zona elegida
insights-no-category = Ninguna categoría reconocida
insights-no-group = Sin grupo local
insights-legend-small = <5: menos de cinco; no se muestra, para que nadie pueda ser reconocido.
insights-legend-hidden = x: oculto para que una cifra pequeña no pueda deducirse de los totales.
insights-months-note = Un mes se muestra cuando ha terminado. Las cifras por debajo de cinco nunca se muestran: ni aquí, ni en las descargas, ni a través de la API.
insights-download-csv = Descargar en formato CSV
insights-download-json = Descargar en formato JSON
# The text alternative of a bar chart; $table is the title of the table below it that holds the same figures.
insights-chart-description = Gráfico de barras con los totales de «{ $table }». Las mismas cifras están en la tabla de abajo.
insights-summary = Resumen de { $year }
insights-summary-referrals = Derivaciones en total
insights-summary-categories = Derivaciones por tipo de ayuda
insights-summary-languages = Idiomas de las mujeres derivadas
insights-summary-top-unmet = Necesidades que más veces quedaron sin cubrir
insights-texts = Buscado y no encontrado
insights-texts-hint = Solo se guardan los textos que se usaron en al menos cinco búsquedas en una misma semana.
insights-none = No se registró nada en este año.

## The privacy page.
footer-privacy-link = Qué registra Nabo
privacy-title = Qué registra Nabo
privacy-intro = Nabo se usa en conversaciones con mujeres que confían en las voluntarias. Está hecho para que nunca guarde nada que pueda revelar quiénes son.
privacy-never-heading = Nunca se registra
privacy-never-people = Los nombres, direcciones, números de teléfono, números de identidad o historias de las mujeres a las que usted ayuda.
privacy-never-addresses = Su dirección IP o su navegador junto con lo que busca o abre.
privacy-never-search = Lo que usted busca, tal como lo escribió. Los registros de solicitudes omiten las palabras buscadas.
privacy-never-time = La hora del día de una derivación o de una búsqueda.
privacy-recorded-heading = Se registra, sin nombres
privacy-recorded-referrals = Una derivación, cuando una voluntaria con la sesión iniciada la registra: el servicio, el idioma de la mujer, el día y el grupo local de la voluntaria. No quién es la voluntaria.
privacy-recorded-unmet = Una búsqueda que no encontró nada, o un «Nada era adecuado»: se cuentan por semana, idioma, zona y tipo de necesidad.
privacy-recorded-texts = Las palabras de una búsqueda así, solo cuando al menos cinco búsquedas de la misma semana las han usado; hasta entonces, el servidor las cuenta en memoria con un código que no puede volver a convertir en palabras.
privacy-recorded-views = Cuántas veces se abrió la página de cada servicio: un número por servicio.
privacy-phone-heading = Se guarda solo en su teléfono
privacy-phone-saved = Los servicios que guarda y las derivaciones que esperan para enviarse mientras no tiene conexión. Nada de esto llega al servidor hasta que se envía.
privacy-retention-heading = Durante cuánto tiempo
privacy-retention = Las derivaciones se guardan tal como se registraron durante 90 días. Después se suman a las cifras de su semana y se borran.
privacy-reports-heading = Quién ve las cifras
privacy-reports = Las personas que coordinan el programa, y los municipios y organizaciones con los que trabaja. Ven cifras por mes, zona, tipo de ayuda e idioma; nunca se muestra una cifra por debajo de cinco, ni una que pueda deducirse de las demás.
