## Insight without personal data: referrals, unmet needs, the reports for coordinators and partners, and the privacy page.

# The role of an account that records referrals (beside role-editor, role-translator…).
role-volunteer = 志愿者
accounts-group = 本地小组（适用于志愿者）
accounts-group-hint = 只能使用小写字母、数字和“-”，例如 aarhus-gellerup。志愿者的转介会计入所在小组。

## Recording a referral from a service's page or its card.
referral-heading = 记录一次转介
referral-hint = 记下您今天为一位女性指明了去这项服务的路，以及她说的语言。不会记录任何关于她本人的信息。
referral-language = 她的语言
referral-record = 记录转介
referral-recorded = 转介已记录。谢谢。
referral-queued = 已保存在这部手机上：您重新联网后会自动发送。
referral-sign-in = 志愿者登录后可以记录转介次数。
# $reason is a short explanation from the server, e.g. "day 2026-01-02 is in the future".
referral-refused = 转介未记录：{ $reason }

## "Nothing fitted": a volunteer says none of the results helps.
unmet-heading = 没有合适的？
# Above the same form on a search that found nothing.
unmet-heading-none = 告诉我们需要什么
unmet-hint = 告诉我们，这项需要就会被计入。只统计需要的类型——除非很多人搜索了同样的内容，否则绝不记录您的搜索词，也不记录任何关于您的信息。
unmet-needed = 需要什么（可不填）
unmet-needed-none = 未说明
unmet-send = 没有合适的
unmet-thanks = 谢谢。这项需要已计入。

## The reports (for coordinators; partners read the same figures through the API).
nav-insights = 统计
insights-title = 统计
insights-intro = 来自日常使用的匿名数字：女性被转介到了哪里、使用哪些语言，以及她们需要但名录中没有的帮助。
insights-year = 年份
insights-show = 显示
insights-referrals = 转介
insights-unmet = 未满足的需要
insights-by-area = 按地区
insights-by-category = 按类别
insights-by-language = 按语言
insights-by-group = 按本地小组
insights-total = 合计
insights-no-area = 未选择地区
insights-no-category = 未识别类别
insights-no-group = 无本地小组
insights-legend-small = <5：少于五；不显示，以免有人被认出。
insights-legend-hidden = x：已隐藏，以免从合计中推算出较小的数字。
insights-months-note = 每个月结束后才会显示。少于五的数字在任何地方都不会显示，包括这里、下载的文件和 API。
insights-download-csv = 下载为 CSV
insights-download-json = 下载为 JSON
# The text alternative of a bar chart; $table is the title of the table below it that holds the same figures.
insights-chart-description = “{ $table }”合计数的柱状图。下方表格中有相同的数字。
insights-summary = { $year } 年汇总
insights-summary-referrals = 转介总数
insights-summary-categories = 按帮助类型的转介
insights-summary-languages = 被转介女性的语言
insights-summary-top-unmet = 最常未满足的需要
insights-texts = 搜索过但未找到
insights-texts-hint = 只有在同一周内至少被五次搜索用到的文字才会保存。
insights-none = 这一年没有任何记录。

## The privacy page.
footer-privacy-link = Nabo 记录什么
privacy-title = Nabo 记录什么
privacy-intro = Nabo 用于与信任志愿者的女性交谈。它的设计保证绝不保存任何可能透露她们身份的信息。
privacy-never-heading = 绝不记录
privacy-never-people = 您所帮助的女性的姓名、地址、电话号码、个人身份号码或个人经历。
privacy-never-addresses = 您的 IP 地址或浏览器，与您搜索或打开的任何内容关联在一起。
privacy-never-search = 您按原样输入的搜索内容。请求日志不包含搜索词。
privacy-never-time = 转介或搜索发生在一天中的哪个时刻。
privacy-recorded-heading = 不含姓名的记录
privacy-recorded-referrals = 已登录的志愿者记录的转介：服务、该女性的语言、日期和志愿者所在的本地小组。不记录志愿者是谁。
privacy-recorded-unmet = 没有找到结果的搜索，或一次“没有合适的”：按周、语言、地区和需要类型计数。
privacy-recorded-texts = 这类搜索的词语，只有在同一周内至少有五次搜索用到时才会记录；在此之前，服务器只在内存中用一个无法还原成文字的代码计数。
privacy-recorded-views = 每项服务页面的打开次数：每项服务一个数字。
privacy-phone-heading = 只保存在您的手机上
privacy-phone-saved = 您保存的服务，以及离线时等待发送的转介。这些内容在发送之前都不会到达服务器。
privacy-retention-heading = 保存多久
privacy-retention = 转介按记录时的样子保存 90 天。之后会并入所在周的计数并删除。
privacy-reports-heading = 谁能看到这些数字
privacy-reports = 项目的协调员，以及与项目合作的市镇和机构。他们看到的是按月份、地区、帮助类型和语言统计的数字；少于五的数字绝不显示，能从其他数字推算出来的数字也不显示。
