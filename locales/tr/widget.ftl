# Nabo arama bileşeni (iş ortaklarının sitelerinde <nabo-search>) — Türkçe. Mesaj kimlikleri en/widget.ftl ile aynıdır.

## Arama formu

widget-search-label = Yakınınızda yardım arayın
widget-search-placeholder = ör. jobcenter, bebeğim için kontrol
widget-search-button = Ara

## Durum satırı (ekran okuyucular sesli okur)

widget-loading = Aranıyor…
widget-results-ready = Arama tamamlandı. Hizmetler aşağıda listeleniyor.
widget-no-results = Hiç hizmet bulunamadı. Başka kelimeler ya da daha az kelime deneyin.
widget-error = Arama şu anda çalışmıyor. Lütfen biraz sonra tekrar deneyin.
widget-rate-limited = Kısa sürede çok fazla arama yapıldı. Lütfen biraz bekleyin, sonra tekrar arayın.

## Sonuçlar

widget-results = Yardımcı olabilecek hizmetler
widget-shown-in = Dil: { $language }
widget-open-card = Onun için bir kart hazırla
widget-new-tab = (yeni sekmede açılır)
widget-powered-by = Nabo ile arama
