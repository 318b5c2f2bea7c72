# Веб-приложение Nabo — русский язык. Те же идентификаторы сообщений, что и в en/main.ftl.
# Переменные ($name и т. д.) подставляет приложение; их не переводят.

## Оболочка приложения

app-name = Nabo
app-tagline = Нужная помощь рядом — на вашем языке
nav-home = Поиск
nav-skip-to-content = Перейти к содержанию
footer-about = Nabo — справочник местных служб для волонтёров, которые помогают женщинам освоиться на новом месте.
footer-privacy = Nabo ничего не сохраняет о людях, которым вы помогаете.
footer-demo-data = Демонстрационные данные: показанные службы вымышлены.
offline-notice = Нет подключения к интернету. Страницы, которые вы открывали раньше, по-прежнему работают.

## Выбор языка

language-picker-label = Язык
language-picker-button = Сменить язык
language-picker-current = Текущий язык: { $language }

## Поиск

search-heading = С чем вам нужна помощь?
search-label = Найдите службу или опишите, что нужно
search-placeholder = например, jobcenter, ребёнку нужен осмотр
search-button = Найти
search-categories-heading = Или выберите вид помощи
search-filters-heading = Уточнить поиск
filter-area-label = Коммуна
filter-area-any = Все коммуны
filter-category-label = Вид помощи
filter-category-any = Все виды помощи
filter-attributes-label = Обязательно должно быть
filter-open-now = Открыто сейчас
filter-near-me = Рядом со мной
filter-near-me-help = Местоположение телефона используется только для сортировки по расстоянию. Оно не сохраняется.
filter-postcode-label = Или почтовый индекс
filter-apply = Показать результаты
filter-clear = Сбросить фильтры
geolocation-denied = Местоположение недоступно. Выберите коммуну или введите почтовый индекс.
geolocation-locating = Определяем ваше местоположение…

## Результаты

results-count = { $count ->
    [0] Ничего не найдено
    [one] Найдена { $count } служба
    [few] Найдено { $count } службы
    [many] Найдено { $count } служб
   *[other] Найдено { $count } службы
}
results-none-help = Попробуйте другие слова, меньше фильтров или выберите вид помощи ниже.
results-distance-m = { $distance } м от вас
results-distance-km = { $distance } км от вас
results-open-now = Открыто сейчас
results-closed-now = Сейчас закрыто
results-hours-unknown = Часы работы неизвестны
results-shown-in = Язык текста: { $language }
results-next = Следующая страница
results-previous = Предыдущая страница
results-page = Страница { $page } из { $pages }

## Страница службы

resource-about = О службе
resource-how-to-get-help = Как получить помощь
resource-opening-hours = Часы работы
resource-contact = Контакты
resource-address = Адрес
resource-call = Позвонить: { $phone }
resource-email = Написать письмо
resource-website = Сайт
resource-map-osm = Показать на OpenStreetMap
resource-map-app = Открыть в приложении карт
resource-languages-spoken = Языки, на которых здесь говорят
resource-attributes = Полезно знать
resource-verified = Проверено редактором { $date }
resource-not-verified = Ещё не проверено редактором
resource-shown-in = Этот текст ещё не переведён. Язык текста: { $language }.
resource-make-card = Сделать для неё карточку
resource-back-to-results = Назад к результатам
resource-not-found = Такой службы нет или она была удалена.

## Часы работы

hours-open-now = Открыто сейчас
hours-closed-now = Сейчас закрыто
hours-opens-at = Откроется: { $day }, в { $time }
hours-closes-at = Закрывается в { $time }
hours-unknown = Часы работы неизвестны
hours-closed-day = Закрыто
hours-always-open = Открыто круглосуточно
hours-public-holidays = В праздничные дни закрыто
day-mo = понедельник
day-tu = вторник
day-we = среда
day-th = четверг
day-fr = пятница
day-sa = суббота
day-su = воскресенье
day-today = сегодня
day-tomorrow = завтра

## Карточка-направление

card-heading = Карточка: { $name }
card-choose-language = Её язык
card-choose-button = Сделать карточку
card-intro = Покажите эту карточку сотруднику.
card-what = С чем помогают
card-where = Где
card-when = Когда
card-phone = Телефон
card-qr-caption = Отсканируйте, чтобы открыть эту страницу на своём языке
card-print = Распечатать
card-share = Поделиться
card-copy-link = Скопировать ссылку
card-link-copied = Ссылка скопирована
card-local-language = Язык: { $language }

## Ошибки

error-not-found-title = Страница не найдена
error-not-found-text = Такой страницы не существует.
error-bad-request-title = Что-то не так с запросом
error-server-title = Что-то пошло не так
error-server-text = Пожалуйста, попробуйте ещё раз через минуту.
error-back-home = Назад к поиску

## Названия языков (для «Языки, на которых здесь говорят» и «Язык текста: …»)

language-da = датский
language-en = английский
language-ar = арабский
language-so = сомалийский
language-tr = турецкий
language-fa = персидский
language-fa-af = дари
language-ur = урду
language-ps = пушту
language-ckb = центральнокурдский (сорани)
language-kmr = севернокурдский (курманджи)
language-ti = тигринья
language-am = амхарский
language-uk = украинский
language-ru = русский
language-pl = польский
language-ro = румынский
language-bs = боснийский
language-sq = албанский
language-vi = вьетнамский
language-th = тайский
language-zh = китайский (упрощённый)
language-ta = тамильский
language-bn = бенгальский
language-hi = хинди
language-pa = панджаби
language-es = испанский
language-fr = французский
language-de = немецкий
language-sw = суахили
language-om = оромо
language-fil = филиппинский

## Страница API для сайтов партнёров (/{lang}/api). Тексты операций остаются на английском.

api-title = API Nabo для сайтов партнёров
api-intro = Коммуны и организации могут показывать поиск Nabo на своих сайтах или получать данные справочника в свои системы. Всё, что описано ниже, открыто и бесплатно в пределах лимитов.
api-widget = Поиск на вашем сайте
api-widget-text = Вставьте эти две строки в свою страницу. Укажите нужный язык и район и используйте ключ, полученный от администраторов Nabo.
api-keys = Ключи и лимиты
api-keys-text = Без ключа с каждого адреса можно отправлять умеренное число запросов. С ключом у вас свой лимит; передавайте его в заголовке «Authorization: Bearer» или в параметре «key». Ответы можно кешировать: в них есть ETag и Cache-Control.
api-formats = Машиночитаемое описание и конечные точки Open Referral HSDS 3.0
api-operations = Операции
api-needs-account = Нужен токен учётной записи (для редакторов).
api-parameters = Параметры
api-responses = Ответы
api-col-name = Имя
api-col-in = Место
api-col-accepts = Допустимые значения
api-col-description = Описание
api-col-status = Статус
api-required = обязательный
api-accepts-list = список значений { $items }
api-accepts-one-of = одно из: { $values }
api-accepts-range = от { $min } до { $max }
api-accepts-min = не меньше { $min }
api-accepts-max = не больше { $max }
api-accepts-length = не более { $length } символов
api-accepts-pattern = в формате { $pattern }
nav-api = Для сайтов партнёров
