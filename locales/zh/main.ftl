# Nabo 网页应用 — 简体中文。消息 ID 与 en/main.ftl 相同。
# 变量（$name 等）由应用填入，请勿翻译。

## 应用框架

app-name = Nabo
app-tagline = 用您的语言，找到身边合适的帮助
nav-home = 搜索
nav-skip-to-content = 跳到主要内容
footer-about = Nabo 是一份本地服务名录，供帮助女性找到方向的志愿者使用。
footer-privacy = Nabo 不保存您所帮助的人的任何信息。
footer-demo-data = 演示数据：这里显示的服务都是虚构的。
offline-notice = 您现在没有联网。之前打开过的页面仍然可以使用。

## 选择语言

language-picker-label = 语言
language-picker-button = 切换语言
language-picker-current = 当前语言：{ $language }

## 搜索

search-heading = 您需要什么帮助？
search-label = 搜索服务，或说说您的需要
search-placeholder = 例如：jobcenter、宝宝需要体检
search-button = 搜索
search-categories-heading = 或者选择一种帮助
search-filters-heading = 缩小范围
filter-area-label = 市镇（kommune）
filter-area-any = 所有市镇
filter-category-label = 帮助类型
filter-category-any = 所有帮助类型
filter-attributes-label = 必须提供
filter-open-now = 现在开放
filter-near-me = 我附近
filter-near-me-help = 只用手机位置按距离排序，不会保存。
filter-postcode-label = 或输入邮编
filter-apply = 显示结果
filter-clear = 清除筛选
geolocation-denied = 无法获取位置。请选择市镇或输入邮编。
geolocation-locating = 正在查找您的位置…

## 结果

results-count = { $count ->
    [0] 没有找到服务
   *[other] 找到 { $count } 项服务
}
results-none-help = 试试换个说法、减少筛选条件，或在下面选择一种帮助。
results-distance-m = 距离 { $distance } 米
results-distance-km = 距离 { $distance } 公里
results-open-now = 现在开放
results-closed-now = 现在关闭
results-hours-unknown = 开放时间不详
results-shown-in = 以{ $language }显示
results-next = 下一页
results-previous = 上一页
results-page = 第 { $page } 页，共 { $pages } 页

## 服务页面

resource-about = 简介
resource-how-to-get-help = 如何获得帮助
resource-opening-hours = 开放时间
resource-contact = 联系方式
resource-address = 地址
resource-call = 拨打 { $phone }
resource-email = 发邮件
resource-website = 网站
resource-map-osm = 在 OpenStreetMap 上查看
resource-map-app = 在地图应用中打开
resource-languages-spoken = 这里使用的语言
resource-attributes = 实用信息
resource-verified = 编辑已于 { $date } 核实
resource-not-verified = 编辑尚未核实
resource-shown-in = 这段文字还没有翻译，所以用{ $language }显示。
resource-make-card = 为她制作卡片
resource-back-to-results = 返回结果
resource-not-found = 这项服务不存在或已被删除。

## 开放时间

hours-open-now = 现在开放
hours-closed-now = 现在关闭
hours-opens-at = { $day } { $time } 开门
hours-closes-at = { $time } 关门
hours-unknown = 开放时间不详
hours-closed-day = 休息
hours-always-open = 全天 24 小时开放
hours-public-holidays = 法定节假日休息
day-mo = 星期一
day-tu = 星期二
day-we = 星期三
day-th = 星期四
day-fr = 星期五
day-sa = 星期六
day-su = 星期日
day-today = 今天
day-tomorrow = 明天

## 转介卡片

card-heading = { $name } 的卡片
card-choose-language = 她的语言
card-choose-button = 制作卡片
card-intro = 请在服务台出示这张卡片。
card-what = 提供哪些帮助
card-where = 地点
card-when = 时间
card-phone = 电话
card-qr-caption = 扫码用您的语言打开此页面
card-print = 打印
card-share = 分享
card-copy-link = 复制链接
card-link-copied = 链接已复制
card-local-language = { $language }版

## 错误

error-not-found-title = 找不到页面
error-not-found-text = 您要找的页面不存在。
error-bad-request-title = 请求有误
error-server-title = 出错了
error-server-text = 请稍后再试。
error-back-home = 返回搜索

## 语言名称（用于“这里使用的语言”和“以……显示”）

language-da = 丹麦语
language-en = 英语
language-ar = 阿拉伯语
language-so = 索马里语
language-tr = 土耳其语
language-fa = 波斯语
language-fa-af = 达里语
language-ur = 乌尔都语
language-ps = 普什图语
language-ckb = 中库尔德语（索拉尼语）
language-kmr = 北库尔德语（库尔曼吉语）
language-ti = 提格利尼亚语
language-am = 阿姆哈拉语
language-uk = 乌克兰语
language-ru = 俄语
language-pl = 波兰语
language-ro = 罗马尼亚语
language-bs = 波斯尼亚语
language-sq = 阿尔巴尼亚语
language-vi = 越南语
language-th = 泰语
language-zh = 中文（简体）
language-ta = 泰米尔语
language-bn = 孟加拉语
language-hi = 印地语
language-pa = 旁遮普语
language-es = 西班牙语
language-fr = 法语
language-de = 德语
language-sw = 斯瓦希里语
language-om = 奥罗莫语
language-fil = 菲律宾语

## 合作网站 API 页面（/{lang}/api）。各操作的文字保留英文。

api-title = Nabo 面向合作网站的 API
api-intro = 市镇和机构可以在自己的网站上展示 Nabo 搜索，或从自己的系统读取名录。以下内容全部公开，在限额内可免费使用。
api-widget = 在您的网站上提供搜索
api-widget-text = 请将以下两行粘贴到您的网页中。修改语言和地区，并使用从 Nabo 管理员处获得的密钥。
api-keys = 密钥和限额
api-keys-text = 不使用密钥时，每个地址只能发送有限数量的请求。使用密钥则有自己的限额；请以“Authorization: Bearer”或“key”参数发送密钥。响应可以缓存：响应带有 ETag 和 Cache-Control。
api-formats = 机器可读的描述和 Open Referral HSDS 3.0 端点
api-operations = 操作
api-needs-account = 需要账号的令牌（供编辑使用）。
api-parameters = 参数
api-responses = 响应
api-col-name = 名称
api-col-in = 位置
api-col-accepts = 可接受的值
api-col-description = 说明
api-col-status = 状态
api-required = 必填
api-accepts-list = { $items } 列表
api-accepts-one-of = 以下之一：{ $values }
api-accepts-range = { $min } 到 { $max }
api-accepts-min = 至少 { $min }
api-accepts-max = 最多 { $max }
api-accepts-length = 最多 { $length } 个字符
api-accepts-pattern = 格式为 { $pattern }
nav-api = 面向合作网站
