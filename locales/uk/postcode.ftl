## Searching by postcode (same message ids as en/postcode.ftl; $postcode and $town are filled in by the app).

postcode-label = Поштовий індекс
postcode-hint = 4 цифри, наприклад 8000. Показує допомогу в комунах, які охоплює індекс, спершу найближчу.
postcode-error = Ми не знаємо поштового індексу { $postcode }. Поштовий індекс має 4 цифри, наприклад 8000.
postcode-searched = Поблизу поштового індексу { $postcode } { $town }
