# Nabo web uygulaması — Türkçe. en/main.ftl ile aynı mesaj kimlikleri.
# Değişkenleri ($name vb.) uygulama doldurur; çevrilmez.

## Uygulama çerçevesi

app-name = Nabo
app-tagline = Yakınınızdaki doğru yardımı bulun — kendi dilinizde
nav-home = Ara
nav-skip-to-content = İçeriğe geç
footer-about = Nabo, kadınların yolunu bulmasına yardım eden gönüllüler için yerel hizmetler rehberidir.
footer-privacy = Nabo, yardım ettiğiniz kişiler hakkında hiçbir bilgi saklamaz.
footer-demo-data = Örnek veriler: gösterilen hizmetler gerçek değildir.
offline-notice = İnternet bağlantınız yok. Daha önce açtığınız sayfalar yine de çalışır.

## Dil seçimi

language-picker-label = Dil
language-picker-button = Dili değiştir
language-picker-current = Şu anki dil: { $language }

## Arama

search-heading = Ne konuda yardıma ihtiyacınız var?
search-label = Bir hizmet arayın ya da ihtiyacınızı anlatın
search-placeholder = ör. jobcenter, bebeğim için kontrol
search-button = Ara
search-categories-heading = Ya da bir yardım türü seçin
search-filters-heading = Sonuçları daraltın
filter-area-label = Belediye
filter-area-any = Tüm belediyeler
filter-category-label = Yardım türü
filter-category-any = Tüm yardım türleri
filter-attributes-label = Sunması gerekenler
filter-open-now = Şu an açık
filter-near-me = Yakınımda
filter-near-me-help = Telefonunuzun konumu yalnızca uzaklığa göre sıralamak için kullanılır. Kaydedilmez.
filter-postcode-label = Ya da posta kodu
filter-apply = Sonuçları göster
filter-clear = Filtreleri temizle
geolocation-denied = Konum kullanılamıyor. Bunun yerine bir belediye seçin ya da posta kodu girin.
geolocation-locating = Konumunuz bulunuyor…

## Sonuçlar

results-count = { $count ->
    [0] Hiç hizmet bulunamadı
    [one] Bir hizmet bulundu
   *[other] { $count } hizmet bulundu
}
results-none-help = Başka kelimeler deneyin, daha az filtre kullanın ya da aşağıdan bir yardım türü seçin.
results-distance-m = { $distance } m uzakta
results-distance-km = { $distance } km uzakta
results-open-now = Şu an açık
results-closed-now = Şu an kapalı
results-hours-unknown = Çalışma saatleri bilinmiyor
results-shown-in = Dil: { $language }
results-next = Sonraki sayfa
results-previous = Önceki sayfa
results-page = Sayfa { $page } / { $pages }

## Hizmet sayfası

resource-about = Hakkında
resource-how-to-get-help = Nasıl yardım alınır
resource-opening-hours = Çalışma saatleri
resource-contact = İletişim
resource-address = Adres
resource-call = Telefon et: { $phone }
resource-email = E-posta yaz
resource-website = Web sitesi
resource-map-osm = OpenStreetMap'te göster
resource-map-app = Harita uygulamasında aç
resource-languages-spoken = Burada konuşulan diller
resource-attributes = Bilmekte fayda var
resource-verified = Bir editör { $date } tarihinde kontrol etti
resource-not-verified = Henüz bir editör tarafından kontrol edilmedi
resource-shown-in = Bu metin henüz çevrilmediği için { $language } gösteriliyor.
resource-make-card = Onun için bir kart hazırla
resource-back-to-results = Sonuçlara dön
resource-not-found = Bu hizmet yok ya da kaldırılmış.

## Çalışma saatleri

hours-open-now = Şu an açık
hours-closed-now = Şu an kapalı
hours-opens-at = Açılış: { $day }, saat { $time }
hours-closes-at = Kapanış: { $time }
hours-unknown = Çalışma saatleri bilinmiyor
hours-closed-day = Kapalı
hours-always-open = Gece gündüz açık
hours-public-holidays = Resmî tatillerde kapalı
day-mo = Pazartesi
day-tu = Salı
day-we = Çarşamba
day-th = Perşembe
day-fr = Cuma
day-sa = Cumartesi
day-su = Pazar
day-today = bugün
day-tomorrow = yarın

## Yönlendirme kartı

card-heading = { $name } için kart
card-choose-language = Onun dili
card-choose-button = Kart hazırla
card-intro = Bu kartı danışmada gösterin.
card-what = Ne konuda yardım ediyorlar
card-where = Nerede
card-when = Ne zaman
card-phone = Telefon
card-qr-caption = Bu sayfayı kendi dilinizde açmak için tarayın
card-print = Yazdır
card-share = Paylaş
card-copy-link = Bağlantıyı kopyala
card-link-copied = Bağlantı kopyalandı
card-local-language = Dil: { $language }

## Hatalar

error-not-found-title = Sayfa bulunamadı
error-not-found-text = Aradığınız sayfa mevcut değil.
error-bad-request-title = İstekte bir sorun var
error-server-title = Bir şeyler ters gitti
error-server-text = Lütfen biraz sonra tekrar deneyin.
error-back-home = Aramaya dön

## Dil adları ("burada konuşulan diller" ve "… gösteriliyor" için)

language-da = Danca
language-en = İngilizce
language-ar = Arapça
language-so = Somalice
language-tr = Türkçe
language-fa = Farsça
language-fa-af = Darice
language-ur = Urduca
language-ps = Peştuca
language-ckb = Orta Kürtçe (Soranî)
language-kmr = Kuzey Kürtçe (Kurmancî)
language-ti = Tigrinyaca
language-am = Amharca
language-uk = Ukraynaca
language-ru = Rusça
language-pl = Lehçe
language-ro = Rumence
language-bs = Boşnakça
language-sq = Arnavutça
language-vi = Vietnamca
language-th = Tayca
language-zh = Çince (Basitleştirilmiş)
language-ta = Tamilce
language-bn = Bengalce
language-hi = Hintçe
language-pa = Pencapça
language-es = İspanyolca
language-fr = Fransızca
language-de = Almanca
language-sw = Svahilice
language-om = Oromca
language-fil = Filipince

## İş ortağı siteleri için API sayfası (/{lang}/api). İşlem metinleri İngilizce kalır.

api-title = İş ortağı siteleri için Nabo API'si
api-intro = Belediyeler ve kuruluşlar Nabo aramasını kendi web sitelerinde gösterebilir ya da rehberi kendi sistemlerinden okuyabilir. Aşağıdakilerin tümü herkese açıktır ve sınırlar içinde ücretsiz kullanılabilir.
api-widget = Web sitenizde arama
api-widget-text = Bu iki satırı sayfanıza yapıştırın. Dili ve bölgeyi değiştirin, Nabo yöneticilerinden aldığınız anahtarı kullanın.
api-keys = Anahtarlar ve sınırlar
api-keys-text = Anahtar olmadan her adresten sınırlı sayıda istek gönderebilirsiniz. Anahtarla kendi sınırınız olur; anahtarı "Authorization: Bearer" olarak ya da "key" parametresiyle gönderin. Yanıtlar önbelleğe alınabilir: ETag ve Cache-Control içerirler.
api-formats = Makine tarafından okunabilir açıklama ve Open Referral HSDS 3.0 uç noktaları
api-operations = İşlemler
api-needs-account = Bir hesabın token'ı gerekir (editörler için).
api-parameters = Parametreler
api-responses = Yanıtlar
api-col-name = Ad
api-col-in = Konum
api-col-accepts = Kabul edilen değerler
api-col-description = Açıklama
api-col-status = Durum
api-required = zorunlu
api-accepts-list = { $items } listesi
api-accepts-one-of = şunlardan biri: { $values }
api-accepts-range = { $min } ile { $max } arası
api-accepts-min = en az { $min }
api-accepts-max = en çok { $max }
api-accepts-length = en çok { $length } karakter
api-accepts-pattern = { $pattern } biçiminde
nav-api = İş ortağı siteleri için
