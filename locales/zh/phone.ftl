## The volunteers' app on a phone: the filters in one line, read aloud, the saved list.

# The closed filter panel's line when filters are chosen, e.g. "Narrow down: Aarhus · Job centre · 2 more".
# $heading is search-filters-heading; $chosen lists the chosen municipality, category and the count below.
search-filters-chosen = { $heading }：{ $chosen }
# How many other filters (access needs, open now, near me) are on.
search-filters-more = { $count ->
   *[other] 还有 { $count } 项
}

# Read aloud: the phone's own speech voice reads the text in its language (nothing is sent anywhere).
read-aloud = 朗读
read-aloud-stop = 停止朗读

# The saved list: services kept in this browser only, which open without a connection.
saved-save = 保存到这部手机
saved-done = 已保存到这部手机
saved-remove = 移除
saved-link = 已保存
saved-heading = 这部手机上已保存的内容
saved-intro = 只保存在这个浏览器里，不会发送到任何地方。已保存的服务及其卡片没有网络也能打开。
saved-empty = 还没有保存任何内容。请打开一项服务，然后点“保存到这部手机”。
saved-needs-javascript = 已保存列表需要在这个浏览器中启用 JavaScript。
saved-card = 卡片
# Shown above a page the phone shows from its saved copy; $age says how long ago it was saved, e.g. "3 days ago".
saved-copy = 这是{ $age }保存的副本，内容可能已有变化。
