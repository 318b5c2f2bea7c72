# Nabo editör sayfaları — Türkçe. en/editor.ftl ile aynı mesaj kimlikleri.
# Rehberi güncel tutanlar için: editörler, çevirmenler, koordinatörler ve yöneticiler.

## Giriş ve çıkış

login-title = Giriş yap
login-intro = Rehberi güncel tutanlar için: editörler, çevirmenler ve koordinatörler.
login-account = Hesap
login-password = Şifre
login-submit = Giriş yap
login-wrong = Hesap ya da şifre yanlış.
login-throttled = { $minutes ->
    [one] Çok fazla başarısız deneme oldu. Bir dakika sonra tekrar deneyin.
   *[other] Çok fazla başarısız deneme oldu. { $minutes } dakika sonra tekrar deneyin.
}
login-required = Devam etmek için lütfen giriş yapın.
login-signed-out = Çıkış yaptınız.
nav-editing = Düzenleme
nav-sign-out = Çıkış yap
editor-signed-in-as = Giriş yapan: { $account } ({ $role })
role-admin = yönetici
role-coordinator = koordinatör
role-editor = editör
role-translator = çevirmen

## Reddedilen istekler

error-form-expired-title = Form gönderilemedi
error-form-expired-text = Güvenliğiniz için bir form yalnızca ait olduğu sayfadan kabul edilir. Geri dönün, sayfayı yenileyin ve tekrar deneyin.
error-forbidden-title = İzin verilmiyor
error-forbidden-text = Hesabınızın bunu yapma izni yok. Editörler yalnızca kendi bölgelerindeki hizmetleri değiştirir.
error-too-many-title = Çok fazla istek
error-too-many-text = Lütfen biraz bekleyip tekrar deneyin.

## Hizmet listesi

editor-dashboard-title = Hizmetler
editor-new-resource = Yeni hizmet
editor-find-label = Bir hizmeti adına ya da kelimelere göre bulun
editor-find-button = Bul
editor-area-label = Bölge
editor-all-areas = Tüm bölgeler
editor-count = { $count ->
    [0] Hiç hizmet bulunamadı
    [one] Bir hizmet
   *[other] { $count } hizmet
}
editor-col-name = Ad
editor-col-area = Bölge
editor-col-categories = Yardım türleri
editor-edit = Düzenle
editor-page-previous = Önceki
editor-page-next = Sonraki
editor-archived-heading = Arşivlenen hizmetler
editor-archived-none = Arşivlenmiş bir şey yok.
editor-archived-when = { $date } tarihinde { $account } tarafından arşivlendi

## Hizmet düzenleme

editor-new-title = Yeni hizmet
editor-edit-title = Düzenle: { $name }
editor-version = Sürüm { $version }, { $date } tarihinde kaydedildi
editor-section-basics = Hizmet hakkında
editor-section-texts = Metinler
editor-section-contact = Adres ve iletişim
editor-section-access = Çalışma saatleri ve erişim
editor-texts-in = { $language } metinler
editor-texts-source = metinlerin ilk yazıldığı dil
editor-add-language = Başka bir dilde metin ekle
editor-choose-language = Bir dil seçin
editor-field-id = Kimlik (Id)
editor-field-id-hint = Küçük harfler (ç, ğ, ı, ö, ş, ü olmadan), rakamlar ve kısa çizgi (-); örneğin: jobcenter-aarhus. Daha sonra değiştirilemez.
editor-field-area = Belediye ya da bölge
editor-field-categories = Yardım türleri
editor-field-source-language = Metinlerin ilk yazıldığı dil
editor-field-name = Ad
editor-field-summary = Özet (tek cümle)
editor-field-description = Açıklama
editor-field-access = Nasıl yardım alınır
editor-field-street = Sokak ve numara
editor-field-postcode = Posta kodu
editor-field-city = Şehir
editor-field-country = Ülke kodu
editor-field-country-hint = İki büyük harf, örneğin: DK
editor-field-lat = Enlem
editor-field-lon = Boylam
editor-field-phone = Telefon
editor-field-email = E-posta
editor-field-website = Web sitesi
editor-field-opening-hours = Çalışma saatleri
editor-field-opening-hours-hint = OpenStreetMap biçiminde, örneğin: Mo-Fr 09:00-15:00; PH off
editor-field-languages-spoken = Hizmette konuşulan diller
editor-field-languages-spoken-hint = Virgülle ayrılmış dil kodları, örneğin: da, ar, so
editor-field-attributes = Erişim
editor-field-record = Hizmet kaydı
editor-field-verified-at = Son kontrol
editor-create = Oluştur
editor-save = Kaydet
editor-archive = Arşivle
editor-restore = Geri yükle
editor-history = Geçmiş
editor-back = Listeye dön
editor-view-public = Herkese açık sayfayı göster
editor-created = Oluşturuldu. Hizmet artık aramada bulunabiliyor.
editor-saved = Sürüm { $version } olarak kaydedildi. Arama değişikliği artık gösteriyor.
editor-unchanged = Hiçbir şey değiştirilmedi.
editor-archived = Arşivlendi. Artık aramada bulunmuyor ve geri yüklenebilir.
editor-restored = Sürüm { $version } olarak geri yüklendi. Yeniden aramada bulunabiliyor.
editor-errors-summary = { $count ->
    [one] Hizmet kaydedilmedi: lütfen bir sorunu düzeltin.
   *[other] Hizmet kaydedilmedi: lütfen { $count } sorunu düzeltin.
}
editor-exists = Bu kimliğe sahip bir hizmet zaten var ya da arşivlenmiş. Başka bir kimlik seçin ya da arşivlenmiş olanı geri yükleyin.
problem-required = Bu alan zorunludur.
problem-invalid = Bu değer kabul edilmiyor.
problem-unknown = Rehber bu değeri tanımıyor.
problem-duplicate = Bu iki kez girilmiş.
problem-too-long = Bu çok uzun.

## Aynı anda kaydeden iki kişi

editor-conflict-title = Siz düzenlerken başka biri bu hizmeti kaydetti
editor-conflict-text = Değişiklikleriniz henüz kaydedilmedi. Bunları kaydedilmiş sürümle karşılaştırın; sonra kendi değişikliklerinizi korumak için yeniden kaydedin ya da kaydedilmiş sürümden başlamak için sayfayı yenileyin.
editor-conflict-field = Alan
editor-conflict-yours = Sizin sürümünüz
editor-conflict-saved = Kaydedilmiş sürüm ({ $version })
editor-conflict-empty = (boş)
editor-conflict-reload = Kaydedilmiş sürümden yeniden başla

## Geçmiş

history-title = Geçmiş: { $name }
history-version = Sürüm { $version }
history-when = Ne zaman
history-who = Kim
history-kind-import = İçe aktarıldı
history-kind-edit = Düzenlendi
history-kind-archive = Arşivlendi
history-kind-restore = Arşivden geri yüklendi
history-kind-revert = Önceki bir sürüme geri dönüldü
history-kind-delete = Silindi
history-kind-verify = Doğruluğu onaylandı
history-by-import = bir içe aktarma
history-field = Alan
history-before = Önce
history-after = Sonra
history-no-changes = Hiçbir alan değişmedi.
history-first = İlk sürüm.
history-unknown = Bu sürüm, saklanan geçmişten daha eski.
history-revert = Bu sürümü geri getir
history-current = Güncel sürüm
history-reverted = Sürüm { $old }, sürüm { $version } olarak geri getirildi.

## Editör sayfalarında gezinme

nav-translations = Çeviriler
nav-checking = Kontrol gerekenler
nav-reports = Bildirimler

## Çeviriler

translations-title = Çeviriler
translations-language-label = Çeviri dili
translations-show = Göster
translations-count = { $count ->
    [0] Eksik ya da eskimiş çeviri yok.
    [one] Bir hizmetin çevrilmesi gerekiyor.
   *[other] { $count } hizmetin çevrilmesi gerekiyor.
}
translations-col-resource = Hizmet
translations-col-missing = Eksik
translations-col-outdated = Eskimiş
translations-col-views = Görüntülenme
translations-translate = Çevir
translations-export = Eksik olanları XLIFF olarak indir
translations-export-from = Kaynak dil
translations-import-heading = Çevirileri içe aktar
translations-import-label = XLIFF dosyası
translations-import-submit = İçe aktar
translations-imported = { $count ->
    [one] Bir çeviri kaydedildi.
   *[other] { $count } çeviri kaydedildi.
}
translations-untranslated = { $count ->
    [one] Bir metin çevrilmeden kaldı.
   *[other] { $count } metin çevrilmeden kaldı.
}
translations-refused = Bunlar kaydedilmedi:
status-missing = eksik
status-outdated = eskimiş
status-current = güncel
status-reviewed = gözden geçirildi
translate-title = Çevir: { $name }
translate-into = { $language } çevirisi
translate-source = Kaynak metin ({ $language })
translate-target = Çeviri ({ $language })
translate-status = Durum: { $status }
translate-proposal = Çeviri belleğinden önerildi: kaydetmeden önce kontrol edin.
translate-save = Çeviriyi kaydet
translate-review = Gözden geçirildi olarak işaretle
translate-saved = Çeviri kaydedildi.
translate-reviewed = Gözden geçirildi olarak işaretlendi.
editor-translations-heading = Çeviriler
editor-translate-into = { $language } çevirisini yap

## Doğrulama

editor-verify = Bugün doğru olduğunu onayla
editor-verified = Bugün doğru olduğu onaylandı.
editor-last-verified = Son onay: { $date }
editor-never-verified = Hiç onaylanmadı
checking-title = Kontrol gerekenler
checking-intro = { $months ->
    [one] Bir aydır kimsenin onaylamadığı hizmetler, en eskisi önce.
   *[other] { $months } aydır kimsenin onaylamadığı hizmetler, en eskisi önce.
}
checking-months = Onaylanmadan geçen ay sayısı
checking-col-verified = Son onay
checking-col-by = Onaylayan
checking-never = hiç
checking-none = Buradaki her şey yakın zamanda onaylandı.

## Sahadan gelen bildirimler

reports-title = Sahadan gelen bildirimler
reports-none = Bekleyen bildirim yok.
reports-col-resource = Hizmet
reports-col-category = Ne değişti
reports-col-note = Not
reports-col-date = Gönderilme tarihi
reports-resolve = Çözüldü
reports-dismiss = Yok say
reports-closed = Bildirim kapatıldı.
report-category-closed = Kapandı, artık hizmet vermiyor
report-category-moved = Başka bir yere taşındı
report-category-hours = Çalışma saatleri yanlış
report-category-phone = Telefon numarası yanlış
report-category-other = Başka bir şey
report-link = Bir şey mi değişti? Bize bildirin
report-title = Bir şey mi değişti?
report-intro = { $name } hakkında neyin artık doğru olmadığını editörlere bildirin.
report-privacy = İsim yazmayın. Yardım ettiğiniz kişi hakkında hiçbir şey yazmayın.
report-category-label = Ne değişti?
report-note-label = Kısa not (isteğe bağlı)
report-note-hint = En fazla 280 karakter. İsim, telefon numarası ya da kişisel bilgi yazmayın.
report-submit = Gönder
report-thanks = Teşekkürler. Bu bölgenin editörleri bunu kontrol edecek.
report-invalid = Neyin değiştiğini seçin ve notu 280 karakterin altında tutun.

## Hesaplar (yöneticiler için)

nav-accounts = Hesaplar
accounts-title = Hesaplar
accounts-col-login = Kullanıcı adı
accounts-col-role = Rol
accounts-col-scope = Bölgeler ya da diller
accounts-col-state = Durum
accounts-active = etkin
accounts-disabled = devre dışı
accounts-disable = Devre dışı bırak
accounts-enable = Etkinleştir
accounts-reset = Yeni şifre
accounts-new = Yeni hesap
accounts-id = Kullanıcı adı
accounts-id-hint = Küçük harfler (ç, ğ, ı, ö, ş, ü olmadan), rakamlar ve kısa çizgi (-); örneğin: amina-aarhus
accounts-role = Rol
accounts-areas = Bölgeler (editörler için)
accounts-areas-hint = Bir ya da birden fazla bölge seçin; bir bölge, içindeki bölgeleri de kapsar.
accounts-languages = Diller (çevirmenler için)
accounts-create = Hesap oluştur
accounts-password-for = { $account } için şifre:
accounts-password-once = Şifre yalnızca şimdi, tek bir kez gösterilir. Kişiye güvenli bir yolla iletin; kişi bu şifreyle hemen giriş yapabilir.
accounts-refused = Hesap kaydedilmedi.

## İş ortağı sitelerinin API anahtarları (yalnızca yöneticiler için)

nav-keys = İş ortağı anahtarları
keys-title = İş ortağı sitelerinin API anahtarları
keys-intro = Nabo aramasını kendi web sitesinde gösteren belediyelerin ve kuruluşların bir anahtara ihtiyacı vardır. Bir anahtar, tarayıcılarda yalnızca onun için kayıtlı web adreslerinde ve yalnızca sınırının izin verdiği sıklıkta çalışır.
keys-issued-for = { $partner } için yeni bir anahtar:
keys-once = Anahtarı şimdi kopyalayıp iş ortağına verin: yalnızca bu bir kez gösterilir ve bir daha görülemez.
keys-embed = İş ortağı bu iki satırı kendi sayfasına yapıştırır:
keys-refused = Anahtar oluşturulmadı:
keys-none = Henüz anahtar yok.
keys-col-name = İş ortağı
keys-col-origins = Web adresleri
keys-col-rate = Sınır
keys-col-state = Durum
keys-per-minute = Dakikada { $rate }
keys-active = Kullanımda
keys-revoked = İptal edildi
keys-revoke = İptal et
keys-new = Yeni anahtar
keys-name = İş ortağı (anahtar kimin için)
keys-origins = Anahtarı kullanabilecek web adresleri
keys-origins-hint = Örneğin https://kommune.example; boşluk ya da virgülle ayırın. Yalnızca bir sunucudan kullanılacak bir anahtar için boş bırakın.
keys-rate = Dakikadaki istek sayısı
keys-create = Anahtar oluştur
