# Search widget ng Nabo (<nabo-search> sa mga site ng partner) — Filipino. Pareho ang mga message id sa en/widget.ftl.

## Form ng paghahanap

widget-search-label = Maghanap ng tulong malapit sa iyo
widget-search-placeholder = hal. jobcenter, kailangang magpa-check-up ng baby ko
widget-search-button = Hanapin

## Linya ng status (binabasa nang malakas ng mga screen reader)

widget-loading = Naghahanap…
widget-results-ready = Tapos na ang paghahanap. Nakalista sa ibaba ang mga serbisyo.
widget-no-results = Walang nahanap na serbisyo. Subukan ang ibang salita o mas kaunting salita.
widget-error = Hindi gumagana ang paghahanap ngayon. Pakisubukan ulit maya-maya.
widget-rate-limited = Masyadong maraming paghahanap sa maikling panahon. Maghintay sandali, saka maghanap ulit.

## Mga resulta

widget-results = Mga serbisyong makakatulong
widget-shown-in = Nakasulat sa wikang { $language }
widget-open-card = Gumawa ng card para sa kanya
widget-new-tab = (magbubukas sa bagong tab)
widget-powered-by = Paghahanap ng Nabo
