# Widget-i i kërkimit të Nabo (<nabo-search> në faqet e partnerëve) — shqip. Të njëjtat identifikues mesazhesh si në en/widget.ftl.

## Formulari i kërkimit

widget-search-label = Kërkoni ndihmë pranë jush
widget-search-placeholder = p.sh. jobcenter, foshnja ime ka nevojë për kontroll
widget-search-button = Kërko

## Rreshti i gjendjes (e lexojnë lexuesit e ekranit)

widget-loading = Po kërkohet…
widget-results-ready = Kërkimi përfundoi. Shërbimet janë renditur më poshtë.
widget-no-results = Nuk u gjet asnjë shërbim. Provoni fjalë të tjera ose më pak fjalë.
widget-error = Kërkimi nuk po funksionon tani. Ju lutemi provoni përsëri pas pak.
widget-rate-limited = Shumë kërkime në pak kohë. Ju lutemi prisni pak, pastaj kërkoni përsëri.

## Rezultatet

widget-results = Shërbime që mund të ndihmojnë
widget-shown-in = Shfaqur në { $language }
widget-open-card = Bëj një kartë për të
widget-new-tab = (hapet në një skedë të re)
widget-powered-by = Kërkim nga Nabo
