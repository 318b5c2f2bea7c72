# Aplicación web Nabo — español. Mismos identificadores de mensaje que en/main.ftl.
# Las variables ($name, etc.) las rellena la aplicación y no se traducen.

## Marco de la aplicación

app-name = Nabo
app-tagline = La ayuda local adecuada, en su idioma
nav-home = Buscar
nav-skip-to-content = Ir al contenido
footer-about = Nabo es un directorio de servicios locales para voluntarias que ayudan a mujeres a orientarse.
footer-privacy = Nabo no guarda nada sobre las personas a las que usted ayuda.
footer-demo-data = Datos de demostración: los servicios que se muestran son inventados.
offline-notice = Está sin conexión. Las páginas que abrió antes siguen funcionando.

## Selector de idioma

language-picker-label = Idioma
language-picker-button = Cambiar idioma
language-picker-current = Idioma actual: { $language }

## Búsqueda

search-heading = ¿Con qué necesita ayuda?
search-label = Busque un servicio o describa lo que necesita
search-placeholder = p. ej., jobcenter, revisión médica para mi bebé
search-button = Buscar
search-categories-heading = O elija un tipo de ayuda
search-filters-heading = Afinar la búsqueda
filter-area-label = Municipio
filter-area-any = Todos los municipios
filter-category-label = Tipo de ayuda
filter-category-any = Todos los tipos de ayuda
filter-attributes-label = Debe ofrecer
filter-open-now = Abierto ahora
filter-near-me = Cerca de mí
filter-near-me-help = La ubicación de su teléfono solo se usa para ordenar por distancia. No se guarda.
filter-postcode-label = O código postal
filter-apply = Ver resultados
filter-clear = Borrar filtros
geolocation-denied = La ubicación no está disponible. Elija un municipio o escriba un código postal.
geolocation-locating = Buscando su ubicación…

## Resultados

results-count = { $count ->
    [0] No se encontró ningún servicio
    [one] Se encontró un servicio
    [many] Se encontraron { $count } de servicios
   *[other] Se encontraron { $count } servicios
}
results-none-help = Pruebe con otras palabras, menos filtros o elija un tipo de ayuda más abajo.
results-distance-m = a { $distance } m
results-distance-km = a { $distance } km
results-open-now = Abierto ahora
results-closed-now = Cerrado ahora
results-hours-unknown = Horario desconocido
results-shown-in = Mostrado en { $language }
results-next = Página siguiente
results-previous = Página anterior
results-page = Página { $page } de { $pages }

## Página del servicio

resource-about = Sobre el servicio
resource-how-to-get-help = Cómo recibir ayuda
resource-opening-hours = Horario
resource-contact = Contacto
resource-address = Dirección
resource-call = Llamar al { $phone }
resource-email = Escribir un correo
resource-website = Sitio web
resource-map-osm = Ver en OpenStreetMap
resource-map-app = Abrir en la app de mapas
resource-languages-spoken = Idiomas que se hablan aquí
resource-attributes = Conviene saber
resource-verified = Revisado por la redacción el { $date }
resource-not-verified = Aún no revisado por la redacción
resource-shown-in = Este texto se muestra en { $language } porque aún no se ha traducido.
resource-make-card = Hacer una tarjeta para ella
resource-back-to-results = Volver a los resultados
resource-not-found = Este servicio no existe o se ha eliminado.

## Horario

hours-open-now = Abierto ahora
hours-closed-now = Cerrado ahora
hours-opens-at = Abre { $day } a las { $time }
hours-closes-at = Cierra a las { $time }
hours-unknown = No se conoce el horario
hours-closed-day = Cerrado
hours-always-open = Abierto día y noche
hours-public-holidays = Cerrado los días festivos
day-mo = lunes
day-tu = martes
day-we = miércoles
day-th = jueves
day-fr = viernes
day-sa = sábado
day-su = domingo
day-today = hoy
day-tomorrow = mañana

## Tarjeta de derivación

card-heading = Tarjeta para { $name }
card-choose-language = El idioma de ella
card-choose-button = Crear tarjeta
card-intro = Muestre esta tarjeta en la recepción.
card-what = En qué ayudan
card-where = Dónde
card-when = Cuándo
card-phone = Teléfono
card-qr-caption = Escanee para abrir esta página en su idioma
card-print = Imprimir
card-share = Compartir
card-copy-link = Copiar enlace
card-link-copied = Enlace copiado
card-local-language = En { $language }

## Errores

error-not-found-title = Página no encontrada
error-not-found-text = La página que buscaba no existe.
error-bad-request-title = Hay un error en la solicitud
error-server-title = Algo salió mal
error-server-text = Vuelva a intentarlo en un momento.
error-back-home = Volver a la búsqueda

## Nombres de idiomas (para «Idiomas que se hablan aquí» y «Mostrado en …»)

language-da = danés
language-en = inglés
language-ar = árabe
language-so = somalí
language-tr = turco
language-fa = persa
language-fa-af = darí
language-ur = urdu
language-ps = pastún
language-ckb = kurdo central (sorani)
language-kmr = kurdo del norte (kurmanji)
language-ti = tigriña
language-am = amhárico
language-uk = ucraniano
language-ru = ruso
language-pl = polaco
language-ro = rumano
language-bs = bosnio
language-sq = albanés
language-vi = vietnamita
language-th = tailandés
language-zh = chino (simplificado)
language-ta = tamil
language-bn = bengalí
language-hi = hindi
language-pa = panyabí
language-es = español
language-fr = francés
language-de = alemán
language-sw = suajili
language-om = oromo
language-fil = filipino

## La página de la API para sitios de socios (/{lang}/api). Los textos de las operaciones quedan en inglés.

api-title = La API de Nabo para sitios de socios
api-intro = Los municipios y las organizaciones pueden mostrar la búsqueda de Nabo en su propio sitio web o consultar el directorio desde sus propios sistemas. Todo lo que figura a continuación es público y de uso gratuito dentro de los límites.
api-widget = Búsqueda en su sitio web
api-widget-text = Pegue estas dos líneas en su página. Cambie el idioma y la zona, y use la clave que le ha dado la administración de Nabo.
api-keys = Claves y límites
api-keys-text = Sin clave puede hacer un número moderado de solicitudes desde cada dirección. Con una clave tiene su propio límite; envíela como «Authorization: Bearer» o como parámetro «key». Las respuestas se pueden guardar en caché: llevan ETag y Cache-Control.
api-formats = La descripción legible por máquina y los endpoints de Open Referral HSDS 3.0
api-operations = Operaciones
api-needs-account = Requiere el token de una cuenta (para las cuentas de redacción).
api-parameters = Parámetros
api-responses = Respuestas
api-col-name = Nombre
api-col-in = Ubicación
api-col-accepts = Valores admitidos
api-col-description = Descripción
api-col-status = Estado
api-required = obligatorio
api-accepts-list = lista de { $items }
api-accepts-one-of = uno de: { $values }
api-accepts-range = de { $min } a { $max }
api-accepts-min = como mínimo { $min }
api-accepts-max = como máximo { $max }
api-accepts-length = como máximo { $length } caracteres
api-accepts-pattern = con el formato { $pattern }
nav-api = Para sitios de socios
