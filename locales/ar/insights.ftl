## Insight without personal data: referrals, unmet needs, the reports for coordinators and partners, and the privacy page.

# The role of an account that records referrals (beside role-editor, role-translator…).
role-volunteer = متطوّع
accounts-group = المجموعة المحلية (للمتطوعين)
accounts-group-hint = أحرف لاتينية صغيرة وأرقام و«-»، مثلاً aarhus-gellerup. تُحسب إحالات المتطوعة لصالح المجموعة.

## Recording a referral from a service's page or its card.
referral-heading = تسجيل إحالة
referral-hint = يُحسب أنكِ دللتِ اليوم امرأةً على الطريق إلى هذه الخدمة، واللغة التي تتكلمها. لا يُسجَّل أي شيء عنها.
referral-language = لغتها
referral-record = تسجيل الإحالة
referral-recorded = تم تسجيل الإحالة. شكراً لكِ.
referral-queued = محفوظة على هذا الهاتف: ستُرسَل عندما تتصلين بالإنترنت مرة أخرى.
referral-sign-in = يمكن للمتطوعات تسجيل الدخول لعدّ الإحالات.
# $reason is a short explanation from the server, e.g. "day 2026-01-02 is in the future".
referral-refused = لم تُسجَّل الإحالة: { $reason }

## "Nothing fitted": a volunteer says none of the results helps.
unmet-heading = لم يناسب شيء؟
# Above the same form on a search that found nothing.
unmet-heading-none = أخبرينا بما كان مطلوباً
unmet-hint = أخبرينا حتى تُحسب هذه الحاجة. يُحسب نوع الحاجة فقط، ولا تُحسب أبداً الكلمات التي بحثتِ بها إلا إذا بحث كثيرون عن الشيء نفسه، ولا يُحسب أي شيء عنكِ.
unmet-needed = ما الذي كان مطلوباً (اختياري)
unmet-needed-none = لم يُذكر
unmet-send = لم يناسب شيء
unmet-thanks = شكراً لكِ. حُسبت الحاجة.

## The reports (for coordinators; partners read the same figures through the API).
nav-insights = الإحصاءات
insights-title = الإحصاءات
insights-intro = أرقام مجهولة الهوية من الاستخدام اليومي: إلى أين أُحيلت النساء، وبأي لغات، وما الذي احتجن إليه ولم يستطع الدليل تقديمه.
insights-year = السنة
insights-show = عرض
insights-referrals = الإحالات
insights-unmet = الاحتياجات غير الملبّاة
insights-by-area = حسب المنطقة
insights-by-category = حسب الفئة
insights-by-language = حسب اللغة
insights-by-group = حسب المجموعة المحلية
insights-total = المجموع
insights-no-area = لم تُختر منطقة
insights-no-category = لم يُتعرّف على فئة
insights-no-group = بلا مجموعة محلية
insights-legend-small = <5: أقل من خمسة؛ لا يُعرض، حتى لا يمكن التعرّف على أحد.
insights-legend-hidden = x: مخفي حتى لا يمكن استنتاج رقم صغير من المجاميع.
insights-months-note = يُعرض الشهر بعد انتهائه. الأعداد الأقل من خمسة لا تُعرض أبداً، لا هنا ولا في الملفات المنزّلة ولا عبر API.
insights-download-csv = تنزيل بصيغة CSV
insights-download-json = تنزيل بصيغة JSON
# The text alternative of a bar chart; $table is the title of the table below it that holds the same figures.
insights-chart-description = رسم بياني بالأعمدة لمجاميع «{ $table }». الأرقام نفسها موجودة في الجدول أدناه.
insights-summary = ملخص سنة { $year }
insights-summary-referrals = مجموع الإحالات
insights-summary-categories = الإحالات حسب نوع المساعدة
insights-summary-languages = لغات النساء اللواتي أُحلن
insights-summary-top-unmet = أكثر الاحتياجات التي لم تُلبَّ
insights-texts = بُحث عنه ولم يوجد
insights-texts-hint = لا تُحفظ إلا النصوص التي استُخدمت في خمس عمليات بحث على الأقل خلال أسبوع واحد.
insights-none = لم يُسجَّل شيء في هذه السنة.

## The privacy page.
footer-privacy-link = ما الذي يسجّله Nabo
privacy-title = ما الذي يسجّله Nabo
privacy-intro = يُستخدم Nabo في أحاديث مع نساء يثقن بالمتطوعات. وقد صُمّم بحيث لا يحفظ أبداً أي شيء يمكن أن يكشف من هنّ.
privacy-never-heading = لا يُسجَّل أبداً
privacy-never-people = أسماء النساء اللواتي تساعدينهن أو عناوينهن أو أرقام هواتفهن أو أرقامهن الشخصية أو قصصهن.
privacy-never-addresses = عنوان IP الخاص بكِ أو متصفحكِ مقروناً بأي شيء تبحثين عنه أو تفتحينه.
privacy-never-search = ما تبحثين عنه كما كتبتِه. سجلات الطلبات لا تتضمن كلمات البحث.
privacy-never-time = ساعة اليوم التي تمت فيها إحالة أو عملية بحث.
privacy-recorded-heading = يُسجَّل من دون أسماء
privacy-recorded-referrals = الإحالة، عندما تسجّلها متطوعة سجّلت دخولها: الخدمة، ولغة المرأة، واليوم، والمجموعة المحلية للمتطوعة. وليس من هي المتطوعة.
privacy-recorded-unmet = عملية بحث لم تجد شيئاً، أو «لم يناسب شيء»: تُعدّ حسب الأسبوع واللغة والمنطقة ونوع الحاجة.
privacy-recorded-texts = كلمات مثل هذا البحث، ولكن فقط بعد أن تستخدمها خمس عمليات بحث على الأقل في الأسبوع نفسه؛ وحتى ذلك الحين يعدّها الخادم في الذاكرة برمز لا يستطيع تحويله إلى كلمات مرة أخرى.
privacy-recorded-views = عدد مرات فتح صفحة كل خدمة: رقم واحد لكل خدمة.
privacy-phone-heading = يُحفظ على هاتفكِ فقط
privacy-phone-saved = الخدمات التي تحفظينها، والإحالات التي تنتظر الإرسال وأنتِ من دون اتصال. لا يصل شيء من ذلك إلى الخادم قبل أن يُرسَل.
privacy-retention-heading = إلى متى
privacy-retention = تُحفظ الإحالات كما سُجّلت لمدة 90 يوماً. بعد ذلك تُضاف إلى أعداد أسبوعها وتُحذف.
privacy-reports-heading = من يرى الأرقام
privacy-reports = منسقو البرنامج، والبلديات والمنظمات التي يعمل معها. يرون الأعداد حسب الشهر والمنطقة ونوع المساعدة واللغة؛ ولا يُعرض أبداً عدد أقل من خمسة، ولا عدد يمكن استنتاجه من الأعداد الأخرى.
