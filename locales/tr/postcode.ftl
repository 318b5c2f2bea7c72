## Searching by postcode (same message ids as en/postcode.ftl; $postcode and $town are filled in by the app).

postcode-label = Posta kodu
postcode-hint = 4 rakam, ör. 8000. Posta kodunun kapsadığı belediyelerdeki yardımı gösterir, en yakını önce.
postcode-error = { $postcode } posta kodunu tanımıyoruz. Posta kodu 4 rakamdan oluşur, ör. 8000.
postcode-searched = { $postcode } { $town } posta kodu yakınında
