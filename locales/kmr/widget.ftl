# Wîdceta lêgerînê ya Nabo (<nabo-search> li ser malperên hevkaran) — Kurmancî (kmr). Nasnameyên peyaman wek ên en/widget.ftl in.

## Forma lêgerînê

widget-search-label = Li nêzîk alîkariyê bigerin
widget-search-placeholder = mînak: jobcenter, divê pitika min were kontrolkirin
widget-search-button = Bigerin

## Rêza rewşê (xwendevanên ekranê wê dixwînin)

widget-loading = Tê lêgerîn…
widget-results-ready = Lêgerîn qediya. Xizmet li jêr hatine rêzkirin.
widget-no-results = Tu xizmet nehat dîtin. Peyvên din an kêmtir peyvan biceribînin.
widget-error = Lêgerîn niha naxebite. Ji kerema xwe piştî demekê dîsa biceribînin.
widget-rate-limited = Di demeke kurt de gelek lêgerîn hatin kirin. Ji kerema xwe hinekî bisekinin, paşê dîsa bigerin.

## Encam

widget-results = Xizmetên ku dikarin alîkariyê bikin
widget-shown-in = Bi { $language } tê nîşandan
widget-open-card = Ji bo wê kartekê çêkin
widget-new-tab = (di tabeke nû de vedibe)
widget-powered-by = Lêgerîn bi Nabo
