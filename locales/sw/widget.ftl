# Kifaa cha utafutaji cha Nabo (<nabo-search> kwenye tovuti za washirika) — Kiswahili. Vitambulisho vya ujumbe ni vile vile vya en/widget.ftl.

## Fomu ya utafutaji

widget-search-label = Tafuta msaada karibu nawe
widget-search-placeholder = k.m. jobcenter, mtoto wangu anahitaji kupimwa
widget-search-button = Tafuta

## Mstari wa hali (husomwa na visoma skrini)

widget-loading = Inatafuta…
widget-results-ready = Utafutaji umekamilika. Huduma zimeorodheshwa hapa chini.
widget-no-results = Hakuna huduma iliyopatikana. Jaribu maneno mengine au maneno machache.
widget-error = Utafutaji haufanyi kazi kwa sasa. Tafadhali jaribu tena baada ya muda mfupi.
widget-rate-limited = Utafutaji mwingi mno kwa muda mfupi. Tafadhali subiri kidogo, kisha utafute tena.

## Matokeo

widget-results = Huduma zinazoweza kusaidia
widget-shown-in = Imeonyeshwa kwa { $language }
widget-open-card = Mtengenezee kadi
widget-new-tab = (inafunguka kwenye kichupo kipya)
widget-powered-by = Utafutaji wa Nabo
