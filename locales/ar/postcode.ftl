## Searching by postcode (same message ids as en/postcode.ftl; $postcode and $town are filled in by the app).

postcode-label = الرمز البريدي
postcode-hint = 4 أرقام، مثلاً 8000. يعرض المساعدة في البلديات التي يشملها الرمز البريدي، الأقرب أولاً.
postcode-error = لا نعرف الرمز البريدي { $postcode }. يتكوّن الرمز البريدي من 4 أرقام، مثلاً 8000.
postcode-searched = بالقرب من الرمز البريدي { $postcode } { $town }
