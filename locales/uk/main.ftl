# Вебзастосунок Nabo — українська мова. Ті самі ідентифікатори повідомлень, що й в en/main.ftl.
# Змінні ($name тощо) підставляє застосунок; їх не перекладають.

## Оболонка застосунку

app-name = Nabo
app-tagline = Потрібна допомога поруч — вашою мовою
nav-home = Пошук
nav-skip-to-content = Перейти до вмісту
footer-about = Nabo — довідник місцевих служб для волонтерів, які допомагають жінкам освоїтися на новому місці.
footer-privacy = Nabo нічого не зберігає про людей, яким ви допомагаєте.
footer-demo-data = Демонстраційні дані: показані служби вигадані.
offline-notice = Немає з’єднання з інтернетом. Сторінки, які ви відкривали раніше, усе ще працюють.

## Вибір мови

language-picker-label = Мова
language-picker-button = Змінити мову
language-picker-current = Поточна мова: { $language }

## Пошук

search-heading = З чим вам потрібна допомога?
search-label = Знайдіть службу або опишіть, що потрібно
search-placeholder = наприклад, jobcenter, дитині потрібен огляд
search-button = Шукати
search-categories-heading = Або виберіть вид допомоги
search-filters-heading = Уточнити пошук
filter-area-label = Комуна
filter-area-any = Усі комуни
filter-category-label = Вид допомоги
filter-category-any = Усі види допомоги
filter-attributes-label = Обов’язково має бути
filter-open-now = Відчинено зараз
filter-near-me = Поруч зі мною
filter-near-me-help = Місцезнаходження телефону використовується лише для сортування за відстанню. Воно не зберігається.
filter-postcode-label = Або поштовий індекс
filter-apply = Показати результати
filter-clear = Скинути фільтри
geolocation-denied = Місцезнаходження недоступне. Виберіть комуну або введіть поштовий індекс.
geolocation-locating = Визначаємо ваше місцезнаходження…

## Результати

results-count = { $count ->
    [0] Нічого не знайдено
    [one] Знайдено { $count } службу
    [few] Знайдено { $count } служби
    [many] Знайдено { $count } служб
   *[other] Знайдено { $count } служби
}
results-none-help = Спробуйте інші слова, менше фільтрів або виберіть вид допомоги нижче.
results-distance-m = { $distance } м від вас
results-distance-km = { $distance } км від вас
results-open-now = Відчинено зараз
results-closed-now = Зараз зачинено
results-hours-unknown = Години роботи невідомі
results-shown-in = Мова тексту: { $language }
results-next = Наступна сторінка
results-previous = Попередня сторінка
results-page = Сторінка { $page } з { $pages }

## Сторінка служби

resource-about = Про службу
resource-how-to-get-help = Як отримати допомогу
resource-opening-hours = Години роботи
resource-contact = Контакти
resource-address = Адреса
resource-call = Зателефонувати: { $phone }
resource-email = Написати електронний лист
resource-website = Сайт
resource-map-osm = Показати на OpenStreetMap
resource-map-app = Відкрити в застосунку карт
resource-languages-spoken = Мови, якими тут розмовляють
resource-attributes = Корисно знати
resource-verified = Перевірено редактором { $date }
resource-not-verified = Ще не перевірено редактором
resource-shown-in = Цей текст ще не перекладено. Мова тексту: { $language }.
resource-make-card = Зробити для неї картку
resource-back-to-results = Назад до результатів
resource-not-found = Такої служби немає або її видалено.

## Години роботи

hours-open-now = Відчинено зараз
hours-closed-now = Зараз зачинено
hours-opens-at = Відчиниться: { $day }, о { $time }
hours-closes-at = Зачиняється о { $time }
hours-unknown = Години роботи невідомі
hours-closed-day = Зачинено
hours-always-open = Відчинено цілодобово
hours-public-holidays = У святкові дні зачинено
day-mo = понеділок
day-tu = вівторок
day-we = середа
day-th = четвер
day-fr = п’ятниця
day-sa = субота
day-su = неділя
day-today = сьогодні
day-tomorrow = завтра

## Картка-направлення

card-heading = Картка: { $name }
card-choose-language = Її мова
card-choose-button = Створити картку
card-intro = Покажіть цю картку працівникові.
card-what = З чим допомагають
card-where = Де
card-when = Коли
card-phone = Телефон
card-qr-caption = Відскануйте, щоб відкрити цю сторінку своєю мовою
card-print = Надрукувати
card-share = Поділитися
card-copy-link = Скопіювати посилання
card-link-copied = Посилання скопійовано
card-local-language = Мова: { $language }

## Помилки

error-not-found-title = Сторінку не знайдено
error-not-found-text = Такої сторінки не існує.
error-bad-request-title = Щось не так із запитом
error-server-title = Щось пішло не так
error-server-text = Будь ласка, спробуйте ще раз за хвилину.
error-back-home = Назад до пошуку

## Назви мов (для «Мови, якими тут розмовляють» і «Мова тексту: …»)

language-da = данська
language-en = англійська
language-ar = арабська
language-so = сомалійська
language-tr = турецька
language-fa = перська
language-fa-af = дарі
language-ur = урду
language-ps = пушту
language-ckb = центральнокурдська (сорані)
language-kmr = північнокурдська (курманджі)
language-ti = тигринья
language-am = амхарська
language-uk = українська
language-ru = російська
language-pl = польська
language-ro = румунська
language-bs = боснійська
language-sq = албанська
language-vi = в’єтнамська
language-th = тайська
language-zh = китайська (спрощена)
language-ta = тамільська
language-bn = бенгальська
language-hi = гінді
language-pa = панджабі
language-es = іспанська
language-fr = французька
language-de = німецька
language-sw = суахілі
language-om = оромо
language-fil = філіппінська

## Сторінка API для сайтів партнерів (/{lang}/api). Тексти операцій залишаються англійською.

api-title = API Nabo для сайтів партнерів
api-intro = Комуни й організації можуть показувати пошук Nabo на своїх сайтах або отримувати дані довідника у свої системи. Усе, що описано нижче, відкрите й безкоштовне в межах лімітів.
api-widget = Пошук на вашому сайті
api-widget-text = Вставте ці два рядки у свою сторінку. Вкажіть потрібну мову й район і використайте ключ, отриманий від адміністраторів Nabo.
api-keys = Ключі та ліміти
api-keys-text = Без ключа з кожної адреси можна надсилати помірну кількість запитів. З ключем у вас власний ліміт; передавайте його в заголовку «Authorization: Bearer» або в параметрі «key». Відповіді можна кешувати: вони містять ETag і Cache-Control.
api-formats = Машиночитний опис і кінцеві точки Open Referral HSDS 3.0
api-operations = Операції
api-needs-account = Потрібен токен облікового запису (для редакторів).
api-parameters = Параметри
api-responses = Відповіді
api-col-name = Назва
api-col-in = Місце
api-col-accepts = Допустимі значення
api-col-description = Опис
api-col-status = Статус
api-required = обов’язковий
api-accepts-list = список значень { $items }
api-accepts-one-of = одне з: { $values }
api-accepts-range = від { $min } до { $max }
api-accepts-min = не менше { $min }
api-accepts-max = не більше { $max }
api-accepts-length = не більше { $length } символів
api-accepts-pattern = у форматі { $pattern }
nav-api = Для сайтів партнерів
