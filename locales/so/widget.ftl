# Qalabka raadinta Nabo (<nabo-search> ee bogagga la-hawlgalayaasha) — Soomaali (so). Aqoonsiyada fariimaha waa kuwa en/widget.ftl oo kale.

## Foomka raadinta

widget-search-label = Raadi caawimaad kuu dhow
widget-search-placeholder = tusaale: jobcenter, ilmahayga baaritaan ayuu u baahan yahay
widget-search-button = Raadi

## Xariiqda xaaladda (akhristayaasha shaashadda ayaa akhriya)

widget-loading = Waa la raadinayaa…
widget-results-ready = Raadintu way dhammaatay. Adeegyada hoos ayay ku qoran yihiin.
widget-no-results = Wax adeeg ah lama helin. Isku day erayo kale ama erayo ka yar.
widget-error = Raadintu hadda ma shaqaynayso. Fadlan mar kale isku day wax yar kadib.
widget-rate-limited = Raadin badan ayaa la sameeyay muddo gaaban. Fadlan wax yar sug, kadibna mar kale raadi.

## Natiijooyinka

widget-results = Adeegyo ku caawin kara
widget-shown-in = Lagu qoray { $language }
widget-open-card = Iyada u samee kaar
widget-new-tab = (waxay ka furmaysaa tab cusub)
widget-powered-by = Raadinta Nabo
