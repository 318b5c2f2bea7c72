## Searching by postcode (same message ids as en/postcode.ftl; $postcode and $town are filled in by the app).

postcode-label = Почтовый индекс
postcode-hint = 4 цифры, например 8000. Показывает помощь в коммунах, которые охватывает индекс, сначала ближайшую.
postcode-error = Мы не знаем почтовый индекс { $postcode }. Почтовый индекс состоит из 4 цифр, например 8000.
postcode-searched = Рядом с почтовым индексом { $postcode } { $town }
