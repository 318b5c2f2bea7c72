## Insight without personal data: referrals, unmet needs, the reports for coordinators and partners, and the privacy page.

# The role of an account that records referrals (beside role-editor, role-translator…).
role-volunteer = gönüllü
accounts-group = Yerel grup (gönüllüler için)
accounts-group-hint = Küçük harfler (ç, ğ, ı, ö, ş, ü olmadan), rakamlar ve "-"; örneğin aarhus-gellerup. Bir gönüllünün yönlendirmeleri grup için sayılır.

## Recording a referral from a service's page or its card.
referral-heading = Yönlendirme kaydet
referral-hint = Bugün bir kadına bu hizmetin yolunu gösterdiğinizi ve onun konuştuğu dili sayar. Onunla ilgili hiçbir şey kaydedilmez.
referral-language = Onun dili
referral-record = Yönlendirmeyi kaydet
referral-recorded = Yönlendirme kaydedildi. Teşekkürler.
referral-queued = Bu telefonda tutuldu: yeniden internete bağlandığınızda gönderilecek.
referral-sign-in = Gönüllüler yönlendirmeleri saymak için giriş yapabilir.
# $reason is a short explanation from the server, e.g. "day 2026-01-02 is in the future".
referral-refused = Yönlendirme kaydedilmedi: { $reason }

## "Nothing fitted": a volunteer says none of the results helps.
unmet-heading = Hiçbiri uymadı mı?
# Above the same form on a search that found nothing.
unmet-heading-none = Neye ihtiyaç olduğunu bize söyleyin
unmet-hint = Bize söyleyin ki bu ihtiyaç sayılsın. Yalnızca ihtiyacın türü sayılır; çok kişi aynı şeyi aramadıkça arama kelimeleriniz asla sayılmaz, sizinle ilgili hiçbir şey de sayılmaz.
unmet-needed = Neye ihtiyaç vardı (isteğe bağlı)
unmet-needed-none = Belirtilmedi
unmet-send = Hiçbiri uymadı
unmet-thanks = Teşekkürler. İhtiyaç sayıldı.

## The reports (for coordinators; partners read the same figures through the API).
nav-insights = İstatistikler
insights-title = İstatistikler
insights-intro = Günlük kullanımdan anonim sayılar: kadınlar nereye yönlendirildi, hangi dillerde ve rehberin sunamadığı neye ihtiyaç duydular.
insights-year = Yıl
insights-show = Göster
insights-referrals = Yönlendirmeler
insights-unmet = Karşılanmayan ihtiyaçlar
insights-by-area = Bölgeye göre
insights-by-category = Yardım türüne göre
insights-by-language = Dile göre
insights-by-group = Yerel gruba göre
insights-total = Toplam
insights-no-area = Bölge seçilmedi
insights-no-category = Yardım türü tanınmadı
insights-no-group = Yerel grup yok
insights-legend-small = <5: beşten az; kimse tanınmasın diye gösterilmez.
insights-legend-hidden = x: küçük bir sayı toplamlardan hesaplanamasın diye gizlendi.
insights-months-note = Bir ay ancak bittikten sonra gösterilir. Beşin altındaki sayılar hiçbir zaman gösterilmez: ne burada, ne indirilen dosyalarda, ne de API üzerinden.
insights-download-csv = CSV olarak indir
insights-download-json = JSON olarak indir
# The text alternative of a bar chart; $table is the title of the table below it that holds the same figures.
insights-chart-description = "{ $table }" toplamlarının çubuk grafiği. Aynı sayılar aşağıdaki tabloda var.
insights-summary = { $year } özeti
insights-summary-referrals = Toplam yönlendirme
insights-summary-categories = Yardım türüne göre yönlendirmeler
insights-summary-languages = Yönlendirilen kadınların dilleri
insights-summary-top-unmet = En sık karşılanmayan ihtiyaçlar
insights-texts = Arandı ama bulunamadı
insights-texts-hint = Yalnızca bir hafta içinde en az beş aramada kullanılan metinler saklanır.
insights-none = Bu yıl hiçbir şey kaydedilmedi.

## The privacy page.
footer-privacy-link = Nabo neleri kaydeder
privacy-title = Nabo neleri kaydeder
privacy-intro = Nabo, gönüllülere güvenen kadınlarla yapılan konuşmalarda kullanılır. Bu kadınların kim olduğunu belli edebilecek hiçbir şeyi asla tutmayacak şekilde yapılmıştır.
privacy-never-heading = Asla kaydedilmez
privacy-never-people = Yardım ettiğiniz kadınların adları, adresleri, telefon numaraları, kimlik numaraları ya da hikâyeleri.
privacy-never-addresses = IP adresiniz ya da tarayıcınız, aradığınız veya açtığınız herhangi bir şeyle birlikte.
privacy-never-search = Aradığınız şey, yazdığınız hâliyle. İstek kayıtlarında arama kelimeleri yer almaz.
privacy-never-time = Bir yönlendirmenin ya da aramanın günün hangi saatinde yapıldığı.
privacy-recorded-heading = İsimsiz olarak kaydedilir
privacy-recorded-referrals = Giriş yapmış bir gönüllü kaydettiğinde bir yönlendirme: hizmet, kadının dili, gün ve gönüllünün yerel grubu. Gönüllünün kim olduğu kaydedilmez.
privacy-recorded-unmet = Hiçbir şey bulamayan bir arama ya da bir "Hiçbiri uymadı": haftaya, dile, bölgeye ve ihtiyaç türüne göre sayılır.
privacy-recorded-texts = Böyle bir aramanın kelimeleri, ancak aynı hafta içinde en az beş arama bunları kullandığında; o zamana kadar sunucu bunları bellekte, kelimelere geri çeviremediği bir kodla sayar.
privacy-recorded-views = Her hizmetin sayfasının ne sıklıkla açıldığı: hizmet başına bir sayı.
privacy-phone-heading = Yalnızca telefonunuzda tutulur
privacy-phone-saved = Kaydettiğiniz hizmetler ve internet yokken gönderilmeyi bekleyen yönlendirmeler. Bunların hiçbiri gönderilene kadar sunucuya ulaşmaz.
privacy-retention-heading = Ne kadar süre
privacy-retention = Yönlendirmeler 90 gün boyunca kaydedildikleri hâliyle tutulur. Ardından kendi haftalarının sayılarına eklenir ve silinir.
privacy-reports-heading = Sayıları kimler görür
privacy-reports = Programın koordinatörleri ile programın birlikte çalıştığı belediyeler ve kuruluşlar. Ay, bölge, yardım türü ve dile göre sayıları görürler; beşin altındaki bir sayı asla gösterilmez, diğerlerinden hesaplanabilecek bir sayı da gösterilmez.
