# Сторінки редакторів Nabo — українська мова. Ті самі ідентифікатори повідомлень, що й в en/editor.ftl.
# Для тих, хто веде довідник: редакторів, перекладачів, координаторів і адміністраторів.

## Вхід і вихід

login-title = Вхід
login-intro = Для тих, хто веде довідник: редакторів, перекладачів і координаторів.
login-account = Обліковий запис
login-password = Пароль
login-submit = Увійти
login-wrong = Неправильний обліковий запис або пароль.
login-throttled = { $minutes ->
    [one] Забагато невдалих спроб. Спробуйте ще раз через { $minutes } хвилину.
    [few] Забагато невдалих спроб. Спробуйте ще раз через { $minutes } хвилини.
    [many] Забагато невдалих спроб. Спробуйте ще раз через { $minutes } хвилин.
   *[other] Забагато невдалих спроб. Спробуйте ще раз через { $minutes } хвилини.
}
login-required = Будь ласка, увійдіть, щоб продовжити.
login-signed-out = Ви вийшли з системи.
nav-editing = Редагування
nav-sign-out = Вийти
editor-signed-in-as = Ви увійшли як { $account } ({ $role })
role-admin = адміністратор
role-coordinator = координатор
role-editor = редактор
role-translator = перекладач

## Відмови

error-form-expired-title = Не вдалося надіслати форму
error-form-expired-text = З міркувань безпеки форму приймають лише зі сторінки, до якої вона належить. Поверніться назад, оновіть сторінку й спробуйте ще раз.
error-forbidden-title = Недостатньо прав
error-forbidden-text = Вашому обліковому запису ця дія недоступна. Редактори змінюють служби лише у своїх районах.
error-too-many-title = Забагато запитів
error-too-many-text = Будь ласка, зачекайте трохи й спробуйте ще раз.

## Список служб

editor-dashboard-title = Служби
editor-new-resource = Нова служба
editor-find-label = Знайти службу за назвою або словами
editor-find-button = Знайти
editor-area-label = Район
editor-all-areas = Усі райони
editor-count = { $count ->
    [0] Служб не знайдено
    [one] { $count } служба
    [few] { $count } служби
    [many] { $count } служб
   *[other] { $count } служби
}
editor-col-name = Назва
editor-col-area = Район
editor-col-categories = Види допомоги
editor-edit = Редагувати
editor-page-previous = Попередня
editor-page-next = Наступна
editor-archived-heading = Служби в архіві
editor-archived-none = В архіві нічого немає.
editor-archived-when = Перенесено до архіву { $date }, користувач: { $account }

## Редагування служби

editor-new-title = Нова служба
editor-edit-title = Редагування: { $name }
editor-version = Версія { $version }, збережено { $date }
editor-section-basics = Про службу
editor-section-texts = Тексти
editor-section-contact = Адреса й контакти
editor-section-access = Години роботи та умови доступу
editor-texts-in = Тексти мовою: { $language }
editor-texts-source = мова, якою тексти написано спочатку
editor-add-language = Додати тексти іншою мовою
editor-choose-language = Виберіть мову
editor-field-id = Ідентифікатор
editor-field-id-hint = Малі латинські літери (a–z), цифри й дефіси, наприклад: jobcenter-aarhus. Згодом його не можна змінити.
editor-field-area = Комуна або район
editor-field-categories = Види допомоги
editor-field-source-language = Мова, якою тексти написано спочатку
editor-field-name = Назва
editor-field-summary = Короткий опис (одне речення)
editor-field-description = Опис
editor-field-access = Як отримати допомогу
editor-field-street = Вулиця й номер будинку
editor-field-postcode = Поштовий індекс
editor-field-city = Місто
editor-field-country = Код країни
editor-field-country-hint = Дві великі латинські літери, наприклад: DK
editor-field-lat = Широта
editor-field-lon = Довгота
editor-field-phone = Телефон
editor-field-email = Електронна пошта
editor-field-website = Сайт
editor-field-opening-hours = Години роботи
editor-field-opening-hours-hint = У форматі OpenStreetMap, наприклад: Mo-Fr 09:00-15:00; PH off
editor-field-languages-spoken = Мови, якими розмовляють у службі
editor-field-languages-spoken-hint = Коди мов через кому, наприклад: da, ar, so
editor-field-attributes = Умови доступу
editor-field-record = Служба загалом
editor-field-verified-at = Остання перевірка
editor-create = Створити
editor-save = Зберегти
editor-archive = Перенести до архіву
editor-restore = Відновити
editor-history = Історія
editor-back = Назад до списку
editor-view-public = Показати загальнодоступну сторінку
editor-created = Службу створено. Тепер її можна знайти через пошук.
editor-saved = Збережено як версію { $version }. Пошук уже показує зміну.
editor-unchanged = Нічого не змінено.
editor-archived = Службу перенесено до архіву. Її більше не можна знайти через пошук, але можна відновити.
editor-restored = Службу відновлено як версію { $version }. Її знову можна знайти через пошук.
editor-errors-summary = { $count ->
    [one] Службу не збережено: будь ласка, виправте { $count } помилку.
    [few] Службу не збережено: будь ласка, виправте { $count } помилки.
    [many] Службу не збережено: будь ласка, виправте { $count } помилок.
   *[other] Службу не збережено: будь ласка, виправте { $count } помилки.
}
editor-exists = Служба з таким ідентифікатором уже існує або перебуває в архіві. Виберіть інший ідентифікатор або відновіть службу з архіву.
problem-required = Це обов’язкове поле.
problem-invalid = Таке значення не приймається.
problem-unknown = Такого значення немає в довіднику.
problem-duplicate = Це вказано двічі.
problem-too-long = Занадто довге значення.

## Двоє зберігають одночасно

editor-conflict-title = Поки ви редагували, хтось інший зберіг цю службу
editor-conflict-text = Ваші зміни ще не збережено. Порівняйте їх зі збереженою версією, а потім збережіть знову, щоб залишити свої, або оновіть сторінку, щоб почати зі збереженої версії.
editor-conflict-field = Поле
editor-conflict-yours = Ваша версія
editor-conflict-saved = Збережена версія ({ $version })
editor-conflict-empty = (порожньо)
editor-conflict-reload = Почати знову зі збереженої версії

## Історія

history-title = Історія: { $name }
history-version = Версія { $version }
history-when = Коли
history-who = Хто
history-kind-import = Імпортовано
history-kind-edit = Змінено
history-kind-archive = Перенесено до архіву
history-kind-restore = Відновлено
history-kind-revert = Повернено попередню версію
history-kind-delete = Видалено
history-kind-verify = Підтверджено, що відомості правильні
history-by-import = імпорт
history-field = Поле
history-before = До
history-after = Після
history-no-changes = Жодне поле не змінилося.
history-first = Перша версія.
history-unknown = Ця версія старша за збережену історію.
history-revert = Повернути цю версію
history-current = Поточна версія
history-reverted = Версію { $old } повернено як версію { $version }.

## Навігація сторінками редакторів

nav-translations = Переклади
nav-checking = Потрібна перевірка
nav-reports = Повідомлення

## Переклади

translations-title = Переклади
translations-language-label = Мова перекладу
translations-show = Показати
translations-count = { $count ->
    [0] Усі переклади є, застарілих немає.
    [one] { $count } службі потрібен переклад.
    [few] { $count } службам потрібен переклад.
    [many] { $count } службам потрібен переклад.
   *[other] { $count } службам потрібен переклад.
}
translations-col-resource = Служба
translations-col-missing = Немає перекладу
translations-col-outdated = Застаріло
translations-col-views = Перегляди
translations-translate = Перекласти
translations-export = Завантажити неперекладене у форматі XLIFF
translations-export-from = Мова, з якої перекладати
translations-import-heading = Завантажити готові переклади
translations-import-label = Файл XLIFF
translations-import-submit = Імпортувати
translations-imported = { $count ->
    [one] Збережено { $count } переклад.
    [few] Збережено { $count } переклади.
    [many] Збережено { $count } перекладів.
   *[other] Збережено { $count } перекладу.
}
translations-untranslated = { $count ->
    [one] Без перекладу залишився { $count } текст.
    [few] Без перекладу залишилися { $count } тексти.
    [many] Без перекладу залишилося { $count } текстів.
   *[other] Без перекладу залишилося { $count } тексту.
}
translations-refused = Не збережено таке:
status-missing = перекладу немає
status-outdated = застарів
status-current = актуальний
status-reviewed = перевірений
translate-title = Переклад: { $name }
translate-into = Мова перекладу: { $language }
translate-source = Вихідний текст ({ $language })
translate-target = Переклад ({ $language })
translate-status = Статус: { $status }
translate-proposal = Запропоновано з пам’яті перекладів: перевірте перед збереженням.
translate-save = Зберегти переклад
translate-review = Позначити як перевірений
translate-saved = Переклад збережено.
translate-reviewed = Переклад позначено як перевірений.
editor-translations-heading = Переклади
editor-translate-into = Перекласти мовою: { $language }

## Перевірка відомостей

editor-verify = Підтвердити, що відомості правильні на сьогодні
editor-verified = Підтверджено: на сьогодні відомості правильні.
editor-last-verified = Останнє підтвердження: { $date }
editor-never-verified = Ще жодного разу не підтверджено
checking-title = Потрібна перевірка
checking-intro = { $months ->
    [one] Служби, які ніхто не підтверджував { $months } місяць або довше. Спочатку найдавніші.
    [few] Служби, які ніхто не підтверджував { $months } місяці або довше. Спочатку найдавніші.
    [many] Служби, які ніхто не підтверджував { $months } місяців або довше. Спочатку найдавніші.
   *[other] Служби, які ніхто не підтверджував { $months } місяця або довше. Спочатку найдавніші.
}
checking-months = Кількість місяців без підтвердження
checking-col-verified = Останнє підтвердження
checking-col-by = Ким
checking-never = ніколи
checking-none = Усі служби тут нещодавно підтверджено.

## Повідомлення з місць

reports-title = Повідомлення з місць
reports-none = Відкритих повідомлень немає.
reports-col-resource = Служба
reports-col-category = Що змінилося
reports-col-note = Примітка
reports-col-date = Дата надсилання
reports-resolve = Готово
reports-dismiss = Відхилити
reports-closed = Повідомлення закрито.
report-category-closed = Служба закрилася
report-category-moved = Служба переїхала
report-category-hours = Неправильні години роботи
report-category-phone = Неправильний номер телефону
report-category-other = Інше
report-link = Щось змінилося? Повідомте нам
report-title = Щось змінилося?
report-intro = Повідомте редакторам, які відомості про службу «{ $name }» уже неправильні.
report-privacy = Не пишіть імен. Не пишіть нічого про людину, якій ви допомагаєте.
report-category-label = Що змінилося?
report-note-label = Коротка примітка (необов’язково)
report-note-hint = Не більше 280 знаків. Без імен, номерів телефонів і особистих даних.
report-submit = Надіслати
report-thanks = Дякуємо. Редактори цього району перевірять ваше повідомлення.
report-invalid = Виберіть, що змінилося, і зробіть примітку коротшою за 280 знаків.

## Облікові записи (для адміністраторів)

nav-accounts = Облікові записи
accounts-title = Облікові записи
accounts-col-login = Логін
accounts-col-role = Роль
accounts-col-scope = Райони або мови
accounts-col-state = Стан
accounts-active = активний
accounts-disabled = вимкнений
accounts-disable = Вимкнути
accounts-enable = Увімкнути
accounts-reset = Новий пароль
accounts-new = Новий обліковий запис
accounts-id = Логін
accounts-id-hint = Малі латинські літери (a–z), цифри й дефіси, наприклад: amina-aarhus
accounts-role = Роль
accounts-areas = Райони (для редакторів)
accounts-areas-hint = Виберіть один або кілька; район охоплює й ті райони, що входять до нього.
accounts-languages = Мови (для перекладачів)
accounts-create = Створити обліковий запис
accounts-password-for = Пароль для облікового запису { $account }:
accounts-password-once = Пароль показано лише зараз, більше його не буде видно. Передайте його цій людині безпечним способом; вона зможе одразу ввійти з ним.
accounts-refused = Обліковий запис не збережено.

## API-ключі сайтів партнерів (лише для адміністраторів)

nav-keys = Ключі партнерів
keys-title = API-ключі сайтів партнерів
keys-intro = Комунам і організаціям, які показують пошук Nabo на своєму сайті, потрібен ключ. Ключ працює в браузерах лише на вказаних для нього веб-адресах і не частіше, ніж дозволяє його ліміт.
keys-issued-for = Новий ключ для { $partner }:
keys-once = Скопіюйте його зараз і передайте партнерові: його показано лише цей один раз, більше його не буде видно.
keys-embed = Партнер вставляє ці два рядки у свою сторінку:
keys-refused = Ключ не створено:
keys-none = Ключів поки немає.
keys-col-name = Партнер
keys-col-origins = Веб-адреси
keys-col-rate = Ліміт
keys-col-state = Стан
keys-per-minute = { $rate } за хвилину
keys-active = Використовується
keys-revoked = Відкликаний
keys-revoke = Відкликати
keys-new = Новий ключ
keys-name = Партнер (для кого ключ)
keys-origins = Веб-адреси, яким дозволено використовувати ключ
keys-origins-hint = Наприклад, https://kommune.example, через пробіл або кому. Залиште порожнім для ключа, який використовується лише із сервера.
keys-rate = Запитів за хвилину
keys-create = Створити ключ
