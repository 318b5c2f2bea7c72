# Meeshaa barbaachaa Nabo (<nabo-search> marsariitiiwwan michootaa irratti) — Afaan Oromoo (om). Eenyummaan ergaawwanii kan en/widget.ftl wajjin tokko.

## Unka barbaachaa

widget-search-label = Gargaarsa naannoo keessanii barbaadaa
widget-search-placeholder = fkn. jobcenter, daa'imni koo qorannoo fayyaa barbaada
widget-search-button = Barbaadaa

## Sarara haalaa (dubbistoonni iskiriinii ni dubbisu)

widget-loading = Barbaadamaa jira…
widget-results-ready = Barbaachi xumurameera. Tajaajilawwan armaan gaditti tarreeffamaniiru.
widget-no-results = Tajaajilli tokkollee hin argamne. Jechoota biroo ykn jechoota muraasa yaalaa.
widget-error = Barbaachi amma hin hojjetu. Maaloo yeroo muraasa booda irra deebi'aa yaalaa.
widget-rate-limited = Yeroo gabaabaa keessatti barbaachi baay'een taasifameera. Maaloo xiqqoo eegaa, achiis irra deebi'aa barbaadaa.

## Bu'aawwan

widget-results = Tajaajilawwan gargaaruu danda'an
widget-shown-in = Barreeffama { $language }
widget-open-card = Kaardii isheef qopheessaa
widget-new-tab = (tab haaraa keessatti banama)
widget-powered-by = Barbaacha Nabo
