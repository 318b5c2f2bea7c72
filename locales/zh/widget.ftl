# Nabo 搜索小组件（合作网站上的 <nabo-search>）— 简体中文。消息 ID 与 en/widget.ftl 相同。

## 搜索表单

widget-search-label = 搜索附近的帮助
widget-search-placeholder = 例如：jobcenter、宝宝需要体检
widget-search-button = 搜索

## 状态行（屏幕阅读器会朗读）

widget-loading = 正在搜索…
widget-results-ready = 搜索完成，服务列在下方。
widget-no-results = 没有找到服务。请换个说法，或少用几个词。
widget-error = 搜索暂时无法使用，请稍后再试。
widget-rate-limited = 短时间内搜索次数太多。请稍等片刻，然后再搜索。

## 搜索结果

widget-results = 可以提供帮助的服务
widget-shown-in = 以{ $language }显示
widget-open-card = 为她制作卡片
widget-new-tab = （在新标签页中打开）
widget-powered-by = 由 Nabo 提供搜索
