# Віджет пошуку Nabo (<nabo-search> на сайтах партнерів) — українська. Ті самі ідентифікатори повідомлень, що й у en/widget.ftl.

## Форма пошуку

widget-search-label = Знайдіть допомогу поруч
widget-search-placeholder = наприклад, jobcenter, дитині потрібен огляд
widget-search-button = Шукати

## Рядок стану (його зачитують програми читання з екрана)

widget-loading = Шукаємо…
widget-results-ready = Пошук завершено. Служби наведено нижче.
widget-no-results = Нічого не знайдено. Спробуйте інші слова або менше слів.
widget-error = Пошук зараз не працює. Будь ласка, спробуйте ще раз за хвилину.
widget-rate-limited = Забагато пошуків за короткий час. Будь ласка, зачекайте трохи, а потім шукайте знову.

## Результати

widget-results = Служби, які можуть допомогти
widget-shown-in = Мова тексту: { $language }
widget-open-card = Зробити для неї картку
widget-new-tab = (відкривається в новій вкладці)
widget-powered-by = Пошук від Nabo
