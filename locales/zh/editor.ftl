# Nabo 编辑页面 — 简体中文。消息 ID 与 en/editor.ftl 相同。
# 供维护名录的人员使用：编辑、译者、协调员和管理员。

## 登录与退出

login-title = 登录
login-intro = 供维护名录的人员使用：编辑、译者和协调员。
login-account = 账号
login-password = 密码
login-submit = 登录
login-wrong = 账号或密码错误。
login-throttled = { $minutes ->
   *[other] 失败次数过多。请在 { $minutes } 分钟后重试。
}
login-required = 请先登录再继续。
login-signed-out = 您已退出登录。
nav-editing = 编辑
nav-sign-out = 退出登录
editor-signed-in-as = 已登录：{ $account }（{ $role }）
role-admin = 管理员
role-coordinator = 协调员
role-editor = 编辑
role-translator = 译者

## 拒绝操作

error-form-expired-title = 表单无法提交
error-form-expired-text = 为了您的安全，表单只能从它所属的页面提交。请返回，刷新页面后再试一次。
error-forbidden-title = 无权操作
error-forbidden-text = 您的账号无权进行此操作。编辑只能修改自己负责地区的服务。
error-too-many-title = 请求过多
error-too-many-text = 请稍等片刻再试。

## 服务列表

editor-dashboard-title = 服务
editor-new-resource = 新建服务
editor-find-label = 按名称或关键词查找服务
editor-find-button = 查找
editor-area-label = 地区
editor-all-areas = 所有地区
editor-count = { $count ->
    [0] 没有找到服务
   *[other] { $count } 项服务
}
editor-col-name = 名称
editor-col-area = 地区
editor-col-categories = 类别
editor-edit = 编辑
editor-page-previous = 上一页
editor-page-next = 下一页
editor-archived-heading = 已归档的服务
editor-archived-none = 没有已归档的内容。
editor-archived-when = 由 { $account } 于 { $date } 归档

## 编辑服务

editor-new-title = 新建服务
editor-edit-title = 编辑：{ $name }
editor-version = 第 { $version } 版，保存于 { $date }
editor-section-basics = 服务简介
editor-section-texts = 文字内容
editor-section-contact = 地址与联系方式
editor-section-access = 开放时间与到访须知
editor-texts-in = { $language }文字内容
editor-texts-source = 文字最初使用的语言
editor-add-language = 添加另一种语言的文字
editor-choose-language = 选择语言
editor-field-id = ID
editor-field-id-hint = 只能使用小写字母、数字和连字符，例如：jobcenter-aarhus。以后无法更改。
editor-field-area = 市镇或地区
editor-field-categories = 帮助类型
editor-field-source-language = 文字最初使用的语言
editor-field-name = 名称
editor-field-summary = 摘要（一句话）
editor-field-description = 说明
editor-field-access = 如何获得帮助
editor-field-street = 街道和门牌号
editor-field-postcode = 邮编
editor-field-city = 城镇
editor-field-country = 国家代码
editor-field-country-hint = 两个大写字母，例如：DK
editor-field-lat = 纬度
editor-field-lon = 经度
editor-field-phone = 电话
editor-field-email = 电子邮件
editor-field-website = 网站
editor-field-opening-hours = 开放时间
editor-field-opening-hours-hint = 使用 OpenStreetMap 格式，例如：Mo-Fr 09:00-15:00; PH off
editor-field-languages-spoken = 该服务使用的语言
editor-field-languages-spoken-hint = 语言代码，用逗号分隔，例如：da, ar, so
editor-field-attributes = 到访须知
editor-field-record = 此服务
editor-field-verified-at = 最近核实日期
editor-create = 创建
editor-save = 保存
editor-archive = 归档
editor-restore = 恢复
editor-history = 历史记录
editor-back = 返回列表
editor-view-public = 查看公开页面
editor-created = 已创建。现在可以在搜索中找到此服务。
editor-saved = 已保存为第 { $version } 版。搜索结果已显示此更改。
editor-unchanged = 没有任何更改。
editor-archived = 已归档。搜索中将不再显示此服务，之后仍可恢复。
editor-restored = 已恢复为第 { $version } 版。现在又可以在搜索中找到它了。
editor-errors-summary = { $count ->
   *[other] 服务未保存：请修正 { $count } 个问题。
}
editor-exists = 已有使用此 ID 的服务，或该服务已归档。请换一个 ID，或恢复已归档的服务。
problem-required = 此项必填。
problem-invalid = 此值无效。
problem-unknown = 名录中没有这个值。
problem-duplicate = 此项重复填写了。
problem-too-long = 内容太长。

## 两人同时保存

editor-conflict-title = 您编辑期间，其他人保存了此服务
editor-conflict-text = 您的更改尚未保存。请与已保存的版本对比，然后再次保存以保留您的版本，或重新加载页面，从已保存的版本重新开始。
editor-conflict-field = 字段
editor-conflict-yours = 您的版本
editor-conflict-saved = 已保存的版本（{ $version }）
editor-conflict-empty = （空）
editor-conflict-reload = 从已保存的版本重新开始

## 历史记录

history-title = 历史记录：{ $name }
history-version = 第 { $version } 版
history-when = 时间
history-who = 操作人
history-kind-import = 导入
history-kind-edit = 编辑
history-kind-archive = 归档
history-kind-restore = 恢复
history-kind-revert = 还原为较早的版本
history-kind-delete = 删除
history-kind-verify = 确认信息无误
history-by-import = 数据导入
history-field = 字段
history-before = 修改前
history-after = 修改后
history-no-changes = 没有字段被更改。
history-first = 第一个版本。
history-unknown = 此版本早于保留的历史记录。
history-revert = 还原为此版本
history-current = 当前版本
history-reverted = 已将第 { $old } 版还原，保存为第 { $version } 版。

## 编辑页面导航

nav-translations = 翻译
nav-checking = 待核实
nav-reports = 反馈

## 翻译

translations-title = 翻译
translations-language-label = 翻译成
translations-show = 显示
translations-count = { $count ->
    [0] 没有缺少或过时的翻译。
   *[other] 有 { $count } 项服务需要翻译。
}
translations-col-resource = 服务
translations-col-missing = 缺少
translations-col-outdated = 过时
translations-col-views = 浏览次数
translations-translate = 翻译
translations-export = 将缺少的内容下载为 XLIFF
translations-export-from = 翻译自
translations-import-heading = 导入译文
translations-import-label = XLIFF 文件
translations-import-submit = 导入
translations-imported = { $count ->
   *[other] 已保存 { $count } 条译文。
}
translations-untranslated = { $count ->
   *[other] 有 { $count } 段文字未翻译。
}
translations-refused = 以下内容未保存：
status-missing = 缺少
status-outdated = 已过时
status-current = 最新
status-reviewed = 已审校
translate-title = 翻译：{ $name }
translate-into = 译为{ $language }
translate-source = 原文（{ $language }）
translate-target = 译文（{ $language }）
translate-status = 状态：{ $status }
translate-proposal = 这是翻译记忆库提供的建议译文：保存前请检查。
translate-save = 保存译文
translate-review = 标记为已审校
translate-saved = 译文已保存。
translate-reviewed = 已标记为已审校。
editor-translations-heading = 翻译
editor-translate-into = 翻译成{ $language }

## 核实

editor-verify = 确认信息今天仍然无误
editor-verified = 已确认信息今天仍然无误。
editor-last-verified = 最近一次确认：{ $date }
editor-never-verified = 从未确认
checking-title = 待核实
checking-intro = { $months ->
   *[other] 已有 { $months } 个月无人确认的服务，最久未确认的排在最前。
}
checking-months = 未确认的月数
checking-col-verified = 最近确认
checking-col-by = 确认人
checking-never = 从未
checking-none = 这里的所有服务最近都已确认。

## 来自一线的反馈

reports-title = 来自一线的反馈
reports-none = 没有待处理的反馈。
reports-col-resource = 服务
reports-col-category = 哪里有变化
reports-col-note = 备注
reports-col-date = 提交日期
reports-resolve = 已处理
reports-dismiss = 忽略
reports-closed = 该反馈已关闭。
report-category-closed = 已关闭
report-category-moved = 已搬迁
report-category-hours = 开放时间不对
report-category-phone = 电话号码不对
report-category-other = 其他
report-link = 信息有变化？告诉我们
report-title = 信息有变化吗？
report-intro = 请告诉编辑，{ $name } 的哪些信息已经不对了。
report-privacy = 请不要写任何人的名字，也不要写您所帮助的人的任何情况。
report-category-label = 有什么变化？
report-note-label = 简短说明（可不填）
report-note-hint = 最多 280 个字。不要写名字、电话号码或任何个人信息。
report-submit = 发送
report-thanks = 谢谢。该地区的编辑会进行核实。
report-invalid = 请选择有什么变化，说明不要超过 280 个字。

## 账号（供管理员使用）

nav-accounts = 账号
accounts-title = 账号
accounts-col-login = 登录名
accounts-col-role = 角色
accounts-col-scope = 地区或语言
accounts-col-state = 状态
accounts-active = 已启用
accounts-disabled = 已停用
accounts-disable = 停用
accounts-enable = 启用
accounts-reset = 生成新密码
accounts-new = 新建账号
accounts-id = 登录名
accounts-id-hint = 只能使用小写字母、数字和连字符，例如：amina-aarhus
accounts-role = 角色
accounts-areas = 地区（适用于编辑）
accounts-areas-hint = 可选择一个或多个；选择某个地区即包括其中的下属地区。
accounts-languages = 语言（适用于译者）
accounts-create = 创建账号
accounts-password-for = { $account } 的密码：
accounts-password-once = 此密码只在现在显示这一次。请通过安全的方式交给本人；对方可以立即用它登录。
accounts-refused = 账号未保存。

## 合作网站的 API 密钥（仅供管理员使用）

nav-keys = 合作方密钥
keys-title = 合作网站的 API 密钥
keys-intro = 在自己网站上展示 Nabo 搜索的市镇和机构需要一个密钥。在浏览器中，密钥只能在为其登记的网址上使用，且使用频率不能超过其限额。
keys-issued-for = 为 { $partner } 生成的新密钥：
keys-once = 请立即复制并交给合作方：密钥只显示这一次，之后无法再查看。
keys-embed = 合作方将以下两行粘贴到其网页中：
keys-refused = 未创建密钥：
keys-none = 还没有密钥。
keys-col-name = 合作方
keys-col-origins = 网址
keys-col-rate = 限额
keys-col-state = 状态
keys-per-minute = 每分钟 { $rate } 次
keys-active = 使用中
keys-revoked = 已撤销
keys-revoke = 撤销
keys-new = 新建密钥
keys-name = 合作方（密钥给谁使用）
keys-origins = 允许使用此密钥的网址
keys-origins-hint = 例如 https://kommune.example，用空格或逗号分隔。如果密钥只在服务器上使用，请留空。
keys-rate = 每分钟请求数
keys-create = 创建密钥
