# Страницы редакторов Nabo — русский язык. Те же идентификаторы сообщений, что и в en/editor.ftl.
# Для тех, кто ведёт справочник: редакторов, переводчиков, координаторов и администраторов.

## Вход и выход

login-title = Вход
login-intro = Для тех, кто ведёт справочник: редакторов, переводчиков и координаторов.
login-account = Учётная запись
login-password = Пароль
login-submit = Войти
login-wrong = Неверная учётная запись или пароль.
login-throttled = { $minutes ->
    [one] Слишком много неудачных попыток. Попробуйте снова через { $minutes } минуту.
    [few] Слишком много неудачных попыток. Попробуйте снова через { $minutes } минуты.
    [many] Слишком много неудачных попыток. Попробуйте снова через { $minutes } минут.
   *[other] Слишком много неудачных попыток. Попробуйте снова через { $minutes } минуты.
}
login-required = Пожалуйста, войдите, чтобы продолжить.
login-signed-out = Вы вышли из системы.
nav-editing = Редактирование
nav-sign-out = Выйти
editor-signed-in-as = Вы вошли как { $account } ({ $role })
role-admin = администратор
role-coordinator = координатор
role-editor = редактор
role-translator = переводчик

## Отказы

error-form-expired-title = Не удалось отправить форму
error-form-expired-text = В целях безопасности форма принимается только со страницы, к которой она относится. Вернитесь назад, обновите страницу и попробуйте ещё раз.
error-forbidden-title = Недостаточно прав
error-forbidden-text = Вашей учётной записи это действие недоступно. Редакторы изменяют службы только в своих районах.
error-too-many-title = Слишком много запросов
error-too-many-text = Пожалуйста, подождите немного и попробуйте ещё раз.

## Список служб

editor-dashboard-title = Службы
editor-new-resource = Новая служба
editor-find-label = Найти службу по названию или словам
editor-find-button = Найти
editor-area-label = Район
editor-all-areas = Все районы
editor-count = { $count ->
    [0] Службы не найдены
    [one] { $count } служба
    [few] { $count } службы
    [many] { $count } служб
   *[other] { $count } службы
}
editor-col-name = Название
editor-col-area = Район
editor-col-categories = Виды помощи
editor-edit = Изменить
editor-page-previous = Предыдущая
editor-page-next = Следующая
editor-archived-heading = Службы в архиве
editor-archived-none = В архиве ничего нет.
editor-archived-when = Перенесена в архив { $date } пользователем { $account }

## Редактирование службы

editor-new-title = Новая служба
editor-edit-title = Редактирование: { $name }
editor-version = Версия { $version }, сохранена { $date }
editor-section-basics = О службе
editor-section-texts = Тексты
editor-section-contact = Адрес и контакты
editor-section-access = Часы работы и условия доступа
editor-texts-in = Тексты на языке: { $language }
editor-texts-source = язык, на котором тексты написаны изначально
editor-add-language = Добавить тексты на другом языке
editor-choose-language = Выберите язык
editor-field-id = Идентификатор
editor-field-id-hint = Строчные латинские буквы (a–z), цифры и дефисы, например: jobcenter-aarhus. Потом его нельзя изменить.
editor-field-area = Коммуна или район
editor-field-categories = Виды помощи
editor-field-source-language = Язык, на котором тексты написаны изначально
editor-field-name = Название
editor-field-summary = Краткое описание (одно предложение)
editor-field-description = Описание
editor-field-access = Как получить помощь
editor-field-street = Улица и номер дома
editor-field-postcode = Почтовый индекс
editor-field-city = Город
editor-field-country = Код страны
editor-field-country-hint = Две заглавные латинские буквы, например: DK
editor-field-lat = Широта
editor-field-lon = Долгота
editor-field-phone = Телефон
editor-field-email = Электронная почта
editor-field-website = Сайт
editor-field-opening-hours = Часы работы
editor-field-opening-hours-hint = В формате OpenStreetMap, например: Mo-Fr 09:00-15:00; PH off
editor-field-languages-spoken = Языки, на которых говорят в службе
editor-field-languages-spoken-hint = Коды языков через запятую, например: da, ar, so
editor-field-attributes = Условия доступа
editor-field-record = Служба в целом
editor-field-verified-at = Последняя проверка
editor-create = Создать
editor-save = Сохранить
editor-archive = Перенести в архив
editor-restore = Восстановить
editor-history = История
editor-back = Назад к списку
editor-view-public = Показать общедоступную страницу
editor-created = Служба создана. Теперь её можно найти через поиск.
editor-saved = Сохранено как версия { $version }. Поиск уже показывает изменение.
editor-unchanged = Ничего не изменено.
editor-archived = Служба перенесена в архив. Её больше нельзя найти через поиск, но можно восстановить.
editor-restored = Служба восстановлена как версия { $version }. Её снова можно найти через поиск.
editor-errors-summary = { $count ->
    [one] Служба не сохранена: пожалуйста, исправьте { $count } ошибку.
    [few] Служба не сохранена: пожалуйста, исправьте { $count } ошибки.
    [many] Служба не сохранена: пожалуйста, исправьте { $count } ошибок.
   *[other] Служба не сохранена: пожалуйста, исправьте { $count } ошибки.
}
editor-exists = Служба с таким идентификатором уже существует или находится в архиве. Выберите другой идентификатор или восстановите службу из архива.
problem-required = Это обязательное поле.
problem-invalid = Такое значение не принимается.
problem-unknown = Такого значения нет в справочнике.
problem-duplicate = Это указано дважды.
problem-too-long = Слишком длинное значение.

## Два человека сохраняют одновременно

editor-conflict-title = Пока вы редактировали, кто-то другой сохранил эту службу
editor-conflict-text = Ваши изменения ещё не сохранены. Сравните их с сохранённой версией, а затем сохраните снова, чтобы оставить свои, или обновите страницу, чтобы начать с сохранённой версии.
editor-conflict-field = Поле
editor-conflict-yours = Ваша версия
editor-conflict-saved = Сохранённая версия ({ $version })
editor-conflict-empty = (пусто)
editor-conflict-reload = Начать заново с сохранённой версии

## История

history-title = История: { $name }
history-version = Версия { $version }
history-when = Когда
history-who = Кто
history-kind-import = Импортировано
history-kind-edit = Изменено
history-kind-archive = Перенесено в архив
history-kind-restore = Восстановлено
history-kind-revert = Возвращена прежняя версия
history-kind-delete = Удалено
history-kind-verify = Подтверждено, что сведения верны
history-by-import = импорт
history-field = Поле
history-before = До
history-after = После
history-no-changes = Ни одно поле не изменилось.
history-first = Первая версия.
history-unknown = Эта версия старше сохранённой истории.
history-revert = Вернуть эту версию
history-current = Текущая версия
history-reverted = Версия { $old } возвращена как версия { $version }.

## Навигация по страницам редакторов

nav-translations = Переводы
nav-checking = Нужна проверка
nav-reports = Сообщения

## Переводы

translations-title = Переводы
translations-language-label = Язык перевода
translations-show = Показать
translations-count = { $count ->
    [0] Все переводы есть, устаревших нет.
    [one] { $count } службе нужен перевод.
    [few] { $count } службам нужен перевод.
    [many] { $count } службам нужен перевод.
   *[other] { $count } службам нужен перевод.
}
translations-col-resource = Служба
translations-col-missing = Нет перевода
translations-col-outdated = Устарело
translations-col-views = Просмотры
translations-translate = Перевести
translations-export = Скачать непереведённое в формате XLIFF
translations-export-from = Язык, с которого переводить
translations-import-heading = Загрузить готовые переводы
translations-import-label = Файл XLIFF
translations-import-submit = Импортировать
translations-imported = { $count ->
    [one] Сохранён { $count } перевод.
    [few] Сохранено { $count } перевода.
    [many] Сохранено { $count } переводов.
   *[other] Сохранено { $count } перевода.
}
translations-untranslated = { $count ->
    [one] Без перевода остался { $count } текст.
    [few] Без перевода остались { $count } текста.
    [many] Без перевода осталось { $count } текстов.
   *[other] Без перевода осталось { $count } текста.
}
translations-refused = Не сохранено следующее:
status-missing = перевода нет
status-outdated = устарел
status-current = актуален
status-reviewed = проверен
translate-title = Перевод: { $name }
translate-into = Язык перевода: { $language }
translate-source = Исходный текст ({ $language })
translate-target = Перевод ({ $language })
translate-status = Статус: { $status }
translate-proposal = Предложено из памяти переводов: проверьте перед сохранением.
translate-save = Сохранить перевод
translate-review = Отметить как проверенный
translate-saved = Перевод сохранён.
translate-reviewed = Перевод отмечен как проверенный.
editor-translations-heading = Переводы
editor-translate-into = Перевести на язык: { $language }

## Проверка сведений

editor-verify = Подтвердить, что сведения верны на сегодня
editor-verified = Подтверждено: на сегодня сведения верны.
editor-last-verified = Последнее подтверждение: { $date }
editor-never-verified = Ещё ни разу не подтверждалось
checking-title = Нужна проверка
checking-intro = { $months ->
    [one] Службы, которые никто не подтверждал { $months } месяц или дольше. Сначала самые давние.
    [few] Службы, которые никто не подтверждал { $months } месяца или дольше. Сначала самые давние.
    [many] Службы, которые никто не подтверждал { $months } месяцев или дольше. Сначала самые давние.
   *[other] Службы, которые никто не подтверждал { $months } месяца или дольше. Сначала самые давние.
}
checking-months = Число месяцев без подтверждения
checking-col-verified = Последнее подтверждение
checking-col-by = Кем
checking-never = никогда
checking-none = Все службы здесь недавно подтверждены.

## Сообщения с мест

reports-title = Сообщения с мест
reports-none = Открытых сообщений нет.
reports-col-resource = Служба
reports-col-category = Что изменилось
reports-col-note = Примечание
reports-col-date = Дата отправки
reports-resolve = Готово
reports-dismiss = Отклонить
reports-closed = Сообщение закрыто.
report-category-closed = Служба закрылась
report-category-moved = Служба переехала
report-category-hours = Неверные часы работы
report-category-phone = Неверный номер телефона
report-category-other = Другое
report-link = Что-то изменилось? Сообщите нам
report-title = Что-то изменилось?
report-intro = Сообщите редакторам, какие сведения о службе «{ $name }» больше не верны.
report-privacy = Не пишите имён. Не пишите ничего о человеке, которому вы помогаете.
report-category-label = Что изменилось?
report-note-label = Короткое примечание (необязательно)
report-note-hint = Не больше 280 знаков. Без имён, номеров телефонов и личных данных.
report-submit = Отправить
report-thanks = Спасибо. Редакторы этого района проверят ваше сообщение.
report-invalid = Выберите, что изменилось, и сделайте примечание короче 280 знаков.

## Учётные записи (для администраторов)

nav-accounts = Учётные записи
accounts-title = Учётные записи
accounts-col-login = Логин
accounts-col-role = Роль
accounts-col-scope = Районы или языки
accounts-col-state = Состояние
accounts-active = активна
accounts-disabled = отключена
accounts-disable = Отключить
accounts-enable = Включить
accounts-reset = Новый пароль
accounts-new = Новая учётная запись
accounts-id = Логин
accounts-id-hint = Строчные латинские буквы (a–z), цифры и дефисы, например: amina-aarhus
accounts-role = Роль
accounts-areas = Районы (для редакторов)
accounts-areas-hint = Выберите один или несколько; район включает и те районы, которые входят в него.
accounts-languages = Языки (для переводчиков)
accounts-create = Создать учётную запись
accounts-password-for = Пароль для учётной записи { $account }:
accounts-password-once = Пароль показан только сейчас, больше его не будет видно. Передайте его этому человеку безопасным способом; он сможет сразу войти с ним.
accounts-refused = Учётная запись не сохранена.

## API-ключи сайтов партнёров (только для администраторов)

nav-keys = Ключи партнёров
keys-title = API-ключи сайтов партнёров
keys-intro = Коммунам и организациям, которые показывают поиск Nabo на своём сайте, нужен ключ. Ключ работает в браузерах только на указанных для него веб-адресах и не чаще, чем позволяет его лимит.
keys-issued-for = Новый ключ для { $partner }:
keys-once = Скопируйте его сейчас и передайте партнёру: он показан только один раз, больше его не будет видно.
keys-embed = Партнёр вставляет эти две строки в свою страницу:
keys-refused = Ключ не создан:
keys-none = Ключей пока нет.
keys-col-name = Партнёр
keys-col-origins = Веб-адреса
keys-col-rate = Лимит
keys-col-state = Состояние
keys-per-minute = { $rate } в минуту
keys-active = Используется
keys-revoked = Отозван
keys-revoke = Отозвать
keys-new = Новый ключ
keys-name = Партнёр (для кого ключ)
keys-origins = Веб-адреса, которым разрешено использовать ключ
keys-origins-hint = Например, https://kommune.example, через пробел или запятую. Оставьте пустым для ключа, который используется только с сервера.
keys-rate = Запросов в минуту
keys-create = Создать ключ
