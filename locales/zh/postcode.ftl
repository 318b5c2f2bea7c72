## Searching by postcode (same message ids as en/postcode.ftl; $postcode and $town are filled in by the app).

postcode-label = 邮编
postcode-hint = 4 位数字，例如 8000。显示该邮编所覆盖市镇的帮助，由近及远。
postcode-error = 我们不认识邮编 { $postcode }。邮编为 4 位数字，例如 8000。
postcode-searched = 邮编 { $postcode } { $town } 附近
