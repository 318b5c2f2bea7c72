# د Nabo د لټون وېجټ (د همکارو وېب‌پاڼو کې <nabo-search>) — پښتو. د en/widget.ftl همغه د پیغامونو پېژندنې.

## د لټون فورمه

widget-search-label = په نږدې سیمه کې مرسته ولټوئ
widget-search-placeholder = لکه: جاب سنټر، ماشوم مې معاینې ته اړتیا لري
widget-search-button = لټون

## د حالت کرښه (سکرین لوستونکي یې لولي)

widget-loading = لټون روان دی…
widget-results-ready = لټون پای ته ورسېد. خدمتونه لاندې ښودل شوي دي.
widget-no-results = هیڅ خدمت ونه موندل شو. نور ټکي یا لږ ټکي وازمویئ.
widget-error = لټون اوس کار نه کوي. مهرباني وکړئ لږ وروسته بیا هڅه وکړئ.
widget-rate-limited = په لنډ وخت کې ډېر لټونونه وشول. مهرباني وکړئ لږ صبر وکړئ، بیا لټون وکړئ.

## پایلې

widget-results = هغه خدمتونه چې مرسته کولی شي
widget-shown-in = په { $language } ژبه
widget-open-card = د هغې لپاره کارت جوړ کړئ
widget-new-tab = (په نوې ټب کې پرانیستل کېږي)
widget-powered-by = د Nabo لټون
