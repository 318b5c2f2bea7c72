## Insight without personal data: referrals, unmet needs, the reports for coordinators and partners, and the privacy page.

# The role of an account that records referrals (beside role-editor, role-translator…).
role-volunteer = волонтер
accounts-group = Місцева група (для волонтерів)
accounts-group-hint = Малі латинські літери (a–z), цифри й «-», наприклад aarhus-gellerup. Скерування волонтера зараховуються групі.

## Recording a referral from a service's page or its card.
referral-heading = Позначити скерування
referral-hint = Зараховує, що сьогодні ви показали жінці дорогу до цієї служби, і якою мовою вона говорить. Про неї саму нічого не записується.
referral-language = Її мова
referral-record = Позначити скерування
referral-recorded = Скерування позначено. Дякуємо.
referral-queued = Збережено на цьому телефоні: буде надіслано, коли ви знову будете в мережі.
referral-sign-in = Волонтери можуть увійти, щоб позначати скерування.
# $reason is a short explanation from the server, e.g. "day 2026-01-02 is in the future".
referral-refused = Скерування не позначено: { $reason }

## "Nothing fitted": a volunteer says none of the results helps.
unmet-heading = Нічого не підійшло?
# Above the same form on a search that found nothing.
unmet-heading-none = Розкажіть, що було потрібно
unmet-hint = Розкажіть нам, щоб цю потребу було враховано. Враховується лише вид потреби — ніколи не ваші слова пошуку, хіба що багато людей шукали те саме, і нічого про вас.
unmet-needed = Що було потрібно (необов’язково)
unmet-needed-none = Не вказано
unmet-send = Нічого не підійшло
unmet-thanks = Дякуємо. Потребу враховано.

## The reports (for coordinators; partners read the same figures through the API).
nav-insights = Статистика
insights-title = Статистика
insights-intro = Анонімні цифри з щоденної роботи: куди скеровували жінок, якими мовами і що їм було потрібно, але чого не знайшлося в довіднику.
insights-year = Рік
insights-show = Показати
insights-referrals = Скерування
insights-unmet = Незадоволені потреби
insights-by-area = За районами
insights-by-category = За видами допомоги
insights-by-language = За мовами
insights-by-group = За місцевими групами
insights-total = Усього
insights-no-area = Район не вибрано
insights-no-category = Вид допомоги не розпізнано
insights-no-group = Без місцевої групи
insights-legend-small = <5: менше п’яти; не показується, щоб нікого не можна було впізнати.
insights-legend-hidden = x: приховано, щоб мале число не можна було обчислити з підсумків.
insights-months-note = Місяць показується, коли він закінчився. Числа менші за п’ять ніколи не показуються — ні тут, ні в завантажених файлах, ні через API.
insights-download-csv = Завантажити у форматі CSV
insights-download-json = Завантажити у форматі JSON
# The text alternative of a bar chart; $table is the title of the table below it that holds the same figures.
insights-chart-description = Стовпчикова діаграма підсумків таблиці «{ $table }». Ті самі цифри є в таблиці нижче.
insights-summary = Підсумки { $year } року
insights-summary-referrals = Усього скерувань
insights-summary-categories = Скерування за видами допомоги
insights-summary-languages = Мови скерованих жінок
insights-summary-top-unmet = Найчастіше незадоволені потреби
insights-texts = Шукали, але не знайшли
insights-texts-hint = Зберігаються лише тексти, які за один тиждень використали щонайменше у п’яти пошуках.
insights-none = Цього року нічого не було позначено.

## The privacy page.
footer-privacy-link = Що записує Nabo
privacy-title = Що записує Nabo
privacy-intro = Nabo використовують у розмовах із жінками, які довіряють волонтерам. Його зроблено так, щоб він ніколи не зберігав нічого, з чого можна дізнатися, хто вони.
privacy-never-heading = Ніколи не записується
privacy-never-people = Імена, адреси, номери телефонів, особисті ідентифікаційні номери та історії жінок, яким ви допомагаєте.
privacy-never-addresses = Ваша IP-адреса або ваш браузер разом із тим, що ви шукаєте чи відкриваєте.
privacy-never-search = Те, що ви шукаєте, у тому вигляді, як ви це написали. У журналах запитів слів пошуку немає.
privacy-never-time = Час доби, коли було позначено скерування чи зроблено пошук.
privacy-recorded-heading = Записується без імен
privacy-recorded-referrals = Скерування, коли його позначає волонтер, який увійшов у систему: служба, мова жінки, день і місцева група волонтера. Але не те, хто цей волонтер.
privacy-recorded-unmet = Пошук, який нічого не знайшов, або «Нічого не підійшло»: рахується за тижнем, мовою, районом і видом потреби.
privacy-recorded-texts = Слова такого пошуку — лише коли їх використали щонайменше п’ять пошуків за один тиждень; доти сервер рахує їх у пам’яті під кодом, який він не може перетворити назад на слова.
privacy-recorded-views = Як часто відкривали сторінку кожної служби: одне число на службу.
privacy-phone-heading = Зберігається лише на вашому телефоні
privacy-phone-saved = Служби, які ви зберегли, і скерування, що чекають на надсилання, поки ви не в мережі. Ніщо з цього не потрапляє на сервер, доки не буде надіслано.
privacy-retention-heading = Як довго
privacy-retention = Скерування зберігаються в тому вигляді, в якому їх позначили, 90 днів. Після цього їх додають до чисел їхнього тижня й видаляють.
privacy-reports-heading = Хто бачить цифри
privacy-reports = Координатори програми, а також комуни й організації, з якими вона працює. Вони бачать числа за місяцями, районами, видами допомоги й мовами; число менше п’яти ніколи не показується, як і число, яке можна обчислити з інших.
