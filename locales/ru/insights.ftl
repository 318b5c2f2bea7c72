## Insight without personal data: referrals, unmet needs, the reports for coordinators and partners, and the privacy page.

# The role of an account that records referrals (beside role-editor, role-translator…).
role-volunteer = волонтёр
accounts-group = Местная группа (для волонтёров)
accounts-group-hint = Строчные латинские буквы (a–z), цифры и «-», например aarhus-gellerup. Направления волонтёра засчитываются группе.

## Recording a referral from a service's page or its card.
referral-heading = Отметить направление
referral-hint = Засчитывает, что сегодня вы показали женщине дорогу в эту службу, и на каком языке она говорит. О ней самой ничего не записывается.
referral-language = Её язык
referral-record = Отметить направление
referral-recorded = Направление отмечено. Спасибо.
referral-queued = Сохранено на этом телефоне: будет отправлено, когда вы снова будете в сети.
referral-sign-in = Волонтёры могут войти, чтобы отмечать направления.
# $reason is a short explanation from the server, e.g. "day 2026-01-02 is in the future".
referral-refused = Направление не отмечено: { $reason }

## "Nothing fitted": a volunteer says none of the results helps.
unmet-heading = Ничего не подошло?
# Above the same form on a search that found nothing.
unmet-heading-none = Расскажите, что было нужно
unmet-hint = Расскажите нам, чтобы эта потребность была учтена. Учитывается только вид потребности — никогда не ваши слова поиска, если только многие не искали то же самое, и ничего о вас.
unmet-needed = Что было нужно (необязательно)
unmet-needed-none = Не указано
unmet-send = Ничего не подошло
unmet-thanks = Спасибо. Потребность учтена.

## The reports (for coordinators; partners read the same figures through the API).
nav-insights = Статистика
insights-title = Статистика
insights-intro = Анонимные цифры из ежедневной работы: куда направляли женщин, на каких языках и что им было нужно, но чего не нашлось в справочнике.
insights-year = Год
insights-show = Показать
insights-referrals = Направления
insights-unmet = Неудовлетворённые потребности
insights-by-area = По районам
insights-by-category = По видам помощи
insights-by-language = По языкам
insights-by-group = По местным группам
insights-total = Всего
insights-no-area = Район не выбран
insights-no-category = Вид помощи не распознан
insights-no-group = Без местной группы
insights-legend-small = <5: меньше пяти; не показывается, чтобы никого нельзя было узнать.
insights-legend-hidden = x: скрыто, чтобы маленькое число нельзя было вычислить из итогов.
insights-months-note = Месяц показывается, когда он закончился. Числа меньше пяти никогда не показываются — ни здесь, ни в скачанных файлах, ни через API.
insights-download-csv = Скачать в формате CSV
insights-download-json = Скачать в формате JSON
# The text alternative of a bar chart; $table is the title of the table below it that holds the same figures.
insights-chart-description = Столбчатая диаграмма итогов таблицы «{ $table }». Те же цифры есть в таблице ниже.
insights-summary = Итоги { $year } года
insights-summary-referrals = Всего направлений
insights-summary-categories = Направления по видам помощи
insights-summary-languages = Языки женщин, которых направили
insights-summary-top-unmet = Чаще всего неудовлетворённые потребности
insights-texts = Искали, но не нашли
insights-texts-hint = Сохраняются только тексты, которые за одну неделю использовались хотя бы в пяти поисках.
insights-none = В этом году ничего не было отмечено.

## The privacy page.
footer-privacy-link = Что записывает Nabo
privacy-title = Что записывает Nabo
privacy-intro = Nabo используют в разговорах с женщинами, которые доверяют волонтёрам. Он устроен так, чтобы никогда не хранить ничего, по чему можно узнать, кто они.
privacy-never-heading = Никогда не записывается
privacy-never-people = Имена, адреса, номера телефонов, личные идентификационные номера и истории женщин, которым вы помогаете.
privacy-never-addresses = Ваш IP-адрес или ваш браузер вместе с тем, что вы ищете или открываете.
privacy-never-search = То, что вы ищете, в том виде, как вы это написали. В журналах запросов слов поиска нет.
privacy-never-time = Время суток, когда было отмечено направление или сделан поиск.
privacy-recorded-heading = Записывается без имён
privacy-recorded-referrals = Направление, когда его отмечает волонтёр, вошедший в систему: служба, язык женщины, день и местная группа волонтёра. Но не то, кто этот волонтёр.
privacy-recorded-unmet = Поиск, который ничего не нашёл, или «Ничего не подошло»: считается по неделе, языку, району и виду потребности.
privacy-recorded-texts = Слова такого поиска — только когда их использовали хотя бы пять поисков за одну неделю; до тех пор сервер считает их в памяти под кодом, который он не может превратить обратно в слова.
privacy-recorded-views = Как часто открывали страницу каждой службы: одно число на службу.
privacy-phone-heading = Хранится только на вашем телефоне
privacy-phone-saved = Службы, которые вы сохранили, и направления, которые ждут отправки, пока вы не в сети. Ничего из этого не попадает на сервер, пока не будет отправлено.
privacy-retention-heading = Как долго
privacy-retention = Направления хранятся в том виде, в каком их отметили, 90 дней. После этого они добавляются к числам своей недели и удаляются.
privacy-reports-heading = Кто видит цифры
privacy-reports = Координаторы программы, а также коммуны и организации, с которыми она работает. Они видят числа по месяцам, районам, видам помощи и языкам; число меньше пяти никогда не показывается, как и число, которое можно вычислить из других.
