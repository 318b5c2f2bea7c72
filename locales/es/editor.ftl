# Páginas de edición de Nabo — español. Mismos identificadores de mensaje que en/editor.ftl.
# Para las personas que mantienen el directorio: redacción, traducción, coordinación y administración.

## Iniciar y cerrar sesión

login-title = Iniciar sesión
login-intro = Para las personas que mantienen al día el directorio: redacción, traducción y coordinación.
login-account = Cuenta
login-password = Contraseña
login-submit = Iniciar sesión
login-wrong = La cuenta o la contraseña no son correctas.
login-throttled = { $minutes ->
    [one] Demasiados intentos fallidos. Vuelva a intentarlo dentro de un minuto.
   *[other] Demasiados intentos fallidos. Vuelva a intentarlo dentro de { $minutes } minutos.
}
login-required = Inicie sesión para continuar.
login-signed-out = Ha cerrado la sesión.
nav-editing = Edición
nav-sign-out = Cerrar sesión
editor-signed-in-as = Sesión iniciada como { $account } ({ $role })
role-admin = administración
role-coordinator = coordinación
role-editor = redacción
role-translator = traducción

## Rechazos

error-form-expired-title = No se pudo enviar el formulario
error-form-expired-text = Por su seguridad, un formulario solo se acepta desde la página a la que pertenece. Vuelva atrás, recargue la página e inténtelo de nuevo.
error-forbidden-title = No permitido
error-forbidden-text = Su cuenta no tiene permiso para hacer esto. Las cuentas de redacción modifican los servicios de sus propias zonas.
error-too-many-title = Demasiadas solicitudes
error-too-many-text = Espere un momento e inténtelo de nuevo.

## La lista de servicios

editor-dashboard-title = Servicios
editor-new-resource = Nuevo servicio
editor-find-label = Buscar un servicio por nombre o por palabras
editor-find-button = Buscar
editor-area-label = Zona
editor-all-areas = Todas las zonas
editor-count = { $count ->
    [0] No se encontró ningún servicio
    [one] Un servicio
    [many] { $count } de servicios
   *[other] { $count } servicios
}
editor-col-name = Nombre
editor-col-area = Zona
editor-col-categories = Categorías
editor-edit = Editar
editor-page-previous = Anterior
editor-page-next = Siguiente
editor-archived-heading = Servicios archivados
editor-archived-none = No hay nada archivado.
editor-archived-when = Archivado el { $date } por { $account }

## Editar un servicio

editor-new-title = Nuevo servicio
editor-edit-title = Editar: { $name }
editor-version = Versión { $version }, guardada el { $date }
editor-section-basics = Sobre el servicio
editor-section-texts = Textos
editor-section-contact = Dirección y contacto
editor-section-access = Horario y acceso
editor-texts-in = Textos en { $language }
editor-texts-source = el idioma en el que se escriben primero los textos
editor-add-language = Añadir textos en otro idioma
editor-choose-language = Elija un idioma
editor-field-id = Identificador
editor-field-id-hint = Letras minúsculas, números y guiones, por ejemplo: jobcenter-aarhus. No se puede cambiar después.
editor-field-area = Municipio o zona
editor-field-categories = Tipos de ayuda
editor-field-source-language = Idioma en el que se escriben primero los textos
editor-field-name = Nombre
editor-field-summary = Resumen (una frase)
editor-field-description = Descripción
editor-field-access = Cómo recibir ayuda
editor-field-street = Calle y número
editor-field-postcode = Código postal
editor-field-city = Localidad
editor-field-country = Código de país
editor-field-country-hint = Dos letras mayúsculas, por ejemplo: DK
editor-field-lat = Latitud
editor-field-lon = Longitud
editor-field-phone = Teléfono
editor-field-email = Correo electrónico
editor-field-website = Sitio web
editor-field-opening-hours = Horario
editor-field-opening-hours-hint = En formato de OpenStreetMap, por ejemplo: Mo-Fr 09:00-15:00; PH off
editor-field-languages-spoken = Idiomas que se hablan en el servicio
editor-field-languages-spoken-hint = Códigos de idioma separados por comas, por ejemplo: da, ar, so
editor-field-attributes = Acceso
editor-field-record = El servicio
editor-field-verified-at = Última revisión
editor-create = Crear
editor-save = Guardar
editor-archive = Archivar
editor-restore = Restaurar
editor-history = Historial
editor-back = Volver a la lista
editor-view-public = Ver la página pública
editor-created = Creado. El servicio ya aparece en la búsqueda.
editor-saved = Guardado como versión { $version }. La búsqueda ya muestra el cambio.
editor-unchanged = No se ha cambiado nada.
editor-archived = Archivado. Ya no aparece en la búsqueda y se puede restaurar.
editor-restored = Restaurado como versión { $version }. Vuelve a aparecer en la búsqueda.
editor-errors-summary = { $count ->
    [one] El servicio no se ha guardado: corrija un problema, por favor.
   *[other] El servicio no se ha guardado: corrija { $count } problemas, por favor.
}
editor-exists = Ya existe un servicio con este identificador, o está archivado. Elija otro identificador o restaure el servicio archivado.
problem-required = Este campo es obligatorio.
problem-invalid = Este valor no se acepta.
problem-unknown = El directorio no conoce este valor.
problem-duplicate = Este valor aparece dos veces.
problem-too-long = Es demasiado largo.

## Dos personas guardan a la vez

editor-conflict-title = Otra persona guardó este servicio mientras usted lo editaba
editor-conflict-text = Sus cambios aún no se han guardado. Compárelos con la versión guardada y después vuelva a guardar para conservar los suyos, o recargue la página para empezar desde la versión guardada.
editor-conflict-field = Campo
editor-conflict-yours = Su versión
editor-conflict-saved = Versión guardada ({ $version })
editor-conflict-empty = (vacío)
editor-conflict-reload = Empezar de nuevo desde la versión guardada

## Historial

history-title = Historial: { $name }
history-version = Versión { $version }
history-when = Cuándo
history-who = Quién
history-kind-import = Importado
history-kind-edit = Editado
history-kind-archive = Archivado
history-kind-restore = Restaurado
history-kind-revert = Se recuperó una versión anterior
history-kind-delete = Eliminado
history-kind-verify = Confirmado como correcto
history-by-import = una importación
history-field = Campo
history-before = Antes
history-after = Después
history-no-changes = No cambió ningún campo.
history-first = Primera versión.
history-unknown = Esta versión es anterior al historial conservado.
history-revert = Recuperar esta versión
history-current = Versión actual
history-reverted = La versión { $old } se recuperó como versión { $version }.

## Navegación de las páginas de edición

nav-translations = Traducciones
nav-checking = Por revisar
nav-reports = Avisos

## Traducciones

translations-title = Traducciones
translations-language-label = Idioma de destino
translations-show = Mostrar
translations-count = { $count ->
    [0] No falta nada y nada está desactualizado.
    [one] Hay que traducir un servicio.
    [many] Hay que traducir { $count } de servicios.
   *[other] Hay que traducir { $count } servicios.
}
translations-col-resource = Servicio
translations-col-missing = Faltan
translations-col-outdated = Desactualizados
translations-col-views = Visitas
translations-translate = Traducir
translations-export = Descargar lo que falta en formato XLIFF
translations-export-from = Idioma de origen
translations-import-heading = Devolver las traducciones terminadas
translations-import-label = Archivo XLIFF
translations-import-submit = Importar
translations-imported = { $count ->
    [one] Se guardó una traducción.
    [many] Se guardaron { $count } de traducciones.
   *[other] Se guardaron { $count } traducciones.
}
translations-untranslated = { $count ->
    [one] Un texto quedó sin traducir.
    [many] { $count } de textos quedaron sin traducir.
   *[other] { $count } textos quedaron sin traducir.
}
translations-refused = Esto no se guardó:
status-missing = falta
status-outdated = desactualizada
status-current = al día
status-reviewed = revisada
translate-title = Traducir: { $name }
translate-into = Idioma de destino: { $language }
translate-source = Texto de origen ({ $language })
translate-target = Traducción ({ $language })
translate-status = Estado: { $status }
translate-proposal = Propuesta de la memoria de traducción: revísela antes de guardar.
translate-save = Guardar la traducción
translate-review = Marcar como revisada
translate-saved = La traducción se ha guardado.
translate-reviewed = Marcada como revisada.
editor-translations-heading = Traducciones
editor-translate-into = Traducir al { $language }

## Confirmación

editor-verify = Confirmar que hoy es correcto
editor-verified = Confirmado hoy como correcto.
editor-last-verified = Confirmado por última vez el { $date }
editor-never-verified = Nunca confirmado
checking-title = Por revisar
checking-intro = { $months ->
    [one] Servicios que nadie ha confirmado desde hace un mes, primero los más antiguos.
    [many] Servicios que nadie ha confirmado desde hace { $months } de meses, primero los más antiguos.
   *[other] Servicios que nadie ha confirmado desde hace { $months } meses, primero los más antiguos.
}
checking-months = Meses sin confirmación
checking-col-verified = Última confirmación
checking-col-by = Por
checking-never = nunca
checking-none = Todo lo que hay aquí se ha confirmado hace poco.

## Avisos desde el terreno

reports-title = Avisos desde el terreno
reports-none = No hay avisos abiertos.
reports-col-resource = Servicio
reports-col-category = Qué ha cambiado
reports-col-note = Nota
reports-col-date = Enviado el
reports-resolve = Hecho
reports-dismiss = Descartar
reports-closed = El aviso está cerrado.
report-category-closed = El servicio ha cerrado definitivamente
report-category-moved = El servicio se ha mudado
report-category-hours = El horario no es correcto
report-category-phone = El número de teléfono no es correcto
report-category-other = Otra cosa
report-link = ¿Ha cambiado algo? Avísenos
report-title = ¿Ha cambiado algo?
report-intro = Indique a la redacción qué ya no es correcto en { $name }.
report-privacy = No escriba nombres ni nada sobre la persona a la que ayuda.
report-category-label = ¿Qué ha cambiado?
report-note-label = Nota breve (opcional)
report-note-hint = Como máximo 280 caracteres. Sin nombres, sin números de teléfono y sin datos personales.
report-submit = Enviar
report-thanks = Gracias. La redacción de esta zona lo revisará.
report-invalid = Elija qué ha cambiado y escriba una nota de 280 caracteres como máximo.

## Cuentas (para administración)

nav-accounts = Cuentas
accounts-title = Cuentas
accounts-col-login = Nombre de usuario
accounts-col-role = Función
accounts-col-scope = Zonas o idiomas
accounts-col-state = Estado
accounts-active = activa
accounts-disabled = desactivada
accounts-disable = Desactivar
accounts-enable = Activar
accounts-reset = Nueva contraseña
accounts-new = Nueva cuenta
accounts-id = Nombre de usuario
accounts-id-hint = Letras minúsculas, números y guiones, por ejemplo: amina-aarhus
accounts-role = Función
accounts-areas = Zonas (para cuentas de redacción)
accounts-areas-hint = Elija una o varias; una zona incluye también las zonas que hay dentro de ella.
accounts-languages = Idiomas (para cuentas de traducción)
accounts-create = Crear la cuenta
accounts-password-for = La contraseña de { $account }:
accounts-password-once = Solo se muestra ahora, una única vez. Entréguesela a la persona de forma segura; puede iniciar sesión con ella enseguida.
accounts-refused = La cuenta no se ha guardado.

## Claves de API de los sitios de socios (solo para administración)

nav-keys = Claves de socios
keys-title = Claves de API de los sitios de socios
keys-intro = Los municipios y las organizaciones que muestran la búsqueda de Nabo en su propio sitio web necesitan una clave. Una clave solo funciona en los navegadores en las direcciones web indicadas para ella, y solo con la frecuencia que permite su límite.
keys-issued-for = Una nueva clave para { $partner }:
keys-once = Cópiela ahora y entréguesela al socio: solo se muestra esta vez y no se podrá volver a ver.
keys-embed = El socio pega estas dos líneas en su página:
keys-refused = La clave no se ha creado:
keys-none = Todavía no hay claves.
keys-col-name = Socio
keys-col-origins = Direcciones web
keys-col-rate = Límite
keys-col-state = Estado
keys-per-minute = { $rate } por minuto
keys-active = En uso
keys-revoked = Revocada
keys-revoke = Revocar
keys-new = Nueva clave
keys-name = Socio (para quién es la clave)
keys-origins = Direcciones web que pueden usar la clave
keys-origins-hint = Por ejemplo https://kommune.example, separadas por espacios o comas. Déjelo vacío si la clave solo se usa desde un servidor.
keys-rate = Solicitudes por minuto
keys-create = Crear la clave
