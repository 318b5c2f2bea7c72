# เว็บแอป Nabo — ภาษาไทย ใช้รหัสข้อความชุดเดียวกับ en/main.ftl
# ตัวแปร ($name ฯลฯ) แอปจะใส่ให้เอง ห้ามแปล

## ส่วนหลักของแอป

app-name = Nabo
app-tagline = หาความช่วยเหลือใกล้บ้านที่ใช่ — เป็นภาษาของคุณ
nav-home = ค้นหา
nav-skip-to-content = ข้ามไปที่เนื้อหา
footer-about = Nabo คือรายชื่อบริการในท้องถิ่น สำหรับอาสาสมัครที่ช่วยให้ผู้หญิงหาความช่วยเหลือที่ต้องการได้
footer-privacy = Nabo ไม่เก็บข้อมูลใด ๆ ของคนที่คุณช่วยเหลือ
footer-demo-data = ข้อมูลตัวอย่าง: บริการที่แสดงอยู่นี้ไม่มีอยู่จริง
offline-notice = ตอนนี้ไม่มีอินเทอร์เน็ต หน้าที่เคยเปิดไว้แล้วยังใช้ได้อยู่

## เลือกภาษา

language-picker-label = ภาษา
language-picker-button = เปลี่ยนภาษา
language-picker-current = ภาษาที่ใช้อยู่: { $language }

## ค้นหา

search-heading = คุณต้องการความช่วยเหลือเรื่องอะไร
search-label = ค้นหาบริการ หรือเล่าว่าต้องการอะไร
search-placeholder = เช่น จ็อบเซ็นเตอร์, ลูกต้องไปตรวจสุขภาพ
search-button = ค้นหา
search-categories-heading = หรือเลือกประเภทความช่วยเหลือ
search-filters-heading = กรองผลการค้นหา
filter-area-label = คอมมูน (เทศบาล)
filter-area-any = ทุกคอมมูน
filter-category-label = ประเภทความช่วยเหลือ
filter-category-any = ทุกประเภท
filter-attributes-label = ต้องมี
filter-open-now = เปิดอยู่ตอนนี้
filter-near-me = ใกล้ฉัน
filter-near-me-help = ใช้ตำแหน่งของโทรศัพท์เพื่อเรียงตามระยะทางเท่านั้น ไม่มีการเก็บไว้
filter-postcode-label = หรือรหัสไปรษณีย์
filter-apply = แสดงผล
filter-clear = ล้างตัวกรอง
geolocation-denied = หาตำแหน่งไม่ได้ กรุณาเลือกคอมมูนหรือใส่รหัสไปรษณีย์แทน
geolocation-locating = กำลังหาตำแหน่งของคุณ…

## ผลการค้นหา

results-count = { $count ->
    [0] ไม่พบบริการ
   *[other] พบ { $count } บริการ
}
results-none-help = ลองใช้คำอื่น ลดตัวกรอง หรือเลือกประเภทความช่วยเหลือด้านล่าง
results-distance-m = ห่างไป { $distance } ม.
results-distance-km = ห่างไป { $distance } กม.
results-open-now = เปิดอยู่ตอนนี้
results-closed-now = ปิดอยู่ตอนนี้
results-hours-unknown = ไม่ทราบเวลาเปิด-ปิด
results-shown-in = แสดงเป็น{ $language }
results-next = หน้าถัดไป
results-previous = หน้าก่อนหน้า
results-page = หน้า { $page } จาก { $pages }

## หน้าบริการ

resource-about = เกี่ยวกับ
resource-how-to-get-help = วิธีขอความช่วยเหลือ
resource-opening-hours = เวลาเปิด-ปิด
resource-contact = ติดต่อ
resource-address = ที่อยู่
resource-call = โทร { $phone }
resource-email = ส่งอีเมล
resource-website = เว็บไซต์
resource-map-osm = ดูบน OpenStreetMap
resource-map-app = เปิดในแอปแผนที่
resource-languages-spoken = ภาษาที่ใช้ที่นี่
resource-attributes = ข้อมูลน่ารู้
resource-verified = ทีมงานตรวจสอบแล้วเมื่อ { $date }
resource-not-verified = ทีมงานยังไม่ได้ตรวจสอบ
resource-shown-in = ข้อความนี้แสดงเป็น{ $language } เพราะยังไม่ได้แปล
resource-make-card = ทำบัตรให้เธอ
resource-back-to-results = กลับไปที่ผลการค้นหา
resource-not-found = ไม่มีบริการนี้ หรือบริการนี้ถูกลบไปแล้ว

## เวลาเปิด-ปิด

hours-open-now = เปิดอยู่ตอนนี้
hours-closed-now = ปิดอยู่ตอนนี้
hours-opens-at = เปิด{ $day } เวลา { $time } น.
hours-closes-at = ปิดเวลา { $time } น.
hours-unknown = ไม่ทราบเวลาเปิด-ปิด
hours-closed-day = ปิด
hours-always-open = เปิดตลอด 24 ชั่วโมง
hours-public-holidays = ปิดวันหยุดราชการ
day-mo = วันจันทร์
day-tu = วันอังคาร
day-we = วันพุธ
day-th = วันพฤหัสบดี
day-fr = วันศุกร์
day-sa = วันเสาร์
day-su = วันอาทิตย์
day-today = วันนี้
day-tomorrow = พรุ่งนี้

## บัตรแนะนำ

card-heading = บัตรสำหรับ { $name }
card-choose-language = ภาษาของเธอ
card-choose-button = ทำบัตร
card-intro = ยื่นบัตรนี้ให้ดูที่เคาน์เตอร์
card-what = ช่วยเรื่องอะไร
card-where = ที่ไหน
card-when = เมื่อไร
card-phone = โทรศัพท์
card-qr-caption = สแกนเพื่อเปิดหน้านี้เป็นภาษาของคุณ
card-print = พิมพ์
card-share = แชร์
card-copy-link = คัดลอกลิงก์
card-link-copied = คัดลอกลิงก์แล้ว
card-local-language = ฉบับ{ $language }

## ข้อผิดพลาด

error-not-found-title = ไม่พบหน้านี้
error-not-found-text = ไม่มีหน้าที่คุณต้องการ
error-bad-request-title = คำขอมีบางอย่างไม่ถูกต้อง
error-server-title = เกิดข้อผิดพลาด
error-server-text = กรุณาลองใหม่อีกครั้งในอีกสักครู่
error-back-home = กลับไปหน้าค้นหา

## ชื่อภาษา (ใช้ใน "ภาษาที่ใช้ที่นี่" และ "แสดงเป็น…")

language-da = ภาษาเดนมาร์ก
language-en = ภาษาอังกฤษ
language-ar = ภาษาอาหรับ
language-so = ภาษาโซมาลี
language-tr = ภาษาตุรกี
language-fa = ภาษาเปอร์เซีย
language-fa-af = ภาษาดารี
language-ur = ภาษาอูรดู
language-ps = ภาษาพาชโต
language-ckb = ภาษาเคิร์ดตอนกลาง (โซรานี)
language-kmr = ภาษาเคิร์ดตอนเหนือ (คุรมันจี)
language-ti = ภาษาติกรินยา
language-am = ภาษาอัมฮารา
language-uk = ภาษายูเครน
language-ru = ภาษารัสเซีย
language-pl = ภาษาโปแลนด์
language-ro = ภาษาโรมาเนีย
language-bs = ภาษาบอสเนีย
language-sq = ภาษาแอลเบเนีย
language-vi = ภาษาเวียดนาม
language-th = ภาษาไทย
language-zh = ภาษาจีน (ตัวย่อ)
language-ta = ภาษาทมิฬ
language-bn = ภาษาเบงกาลี
language-hi = ภาษาฮินดี
language-pa = ภาษาปัญจาบ
language-es = ภาษาสเปน
language-fr = ภาษาฝรั่งเศส
language-de = ภาษาเยอรมัน
language-sw = ภาษาสวาฮีลี
language-om = ภาษาโอโรโม
language-fil = ภาษาฟิลิปิโน

## หน้า API สำหรับเว็บไซต์พันธมิตร (/{lang}/api) ข้อความของแต่ละการดำเนินการยังคงเป็นภาษาอังกฤษ

api-title = API ของ Nabo สำหรับเว็บไซต์พันธมิตร
api-intro = เทศบาลและองค์กรสามารถแสดงการค้นหาของ Nabo บนเว็บไซต์ของตนเอง หรืออ่านรายชื่อบริการจากระบบของตนเองได้ ทุกอย่างด้านล่างนี้เปิดเป็นสาธารณะและใช้ได้ฟรีภายในขีดจำกัด
api-widget = การค้นหาบนเว็บไซต์ของคุณ
api-widget-text = วางสองบรรทัดนี้ลงในหน้าเว็บของคุณ เปลี่ยนภาษาและพื้นที่ แล้วใช้คีย์ที่คุณได้รับจากผู้ดูแลระบบของ Nabo
api-keys = คีย์และขีดจำกัด
api-keys-text = หากไม่มีคีย์ แต่ละที่อยู่จะส่งคำขอได้ในจำนวนจำกัด หากมีคีย์ คุณจะได้ขีดจำกัดของตนเอง โดยส่งคีย์เป็น "Authorization: Bearer" หรือเป็นพารามิเตอร์ "key" การตอบกลับสามารถแคชได้ เพราะมี ETag และ Cache-Control
api-formats = คำอธิบายที่เครื่องอ่านได้ และ endpoint ของ Open Referral HSDS 3.0
api-operations = การดำเนินการ
api-needs-account = ต้องใช้โทเค็นของบัญชี (สำหรับผู้แก้ไขข้อมูล)
api-parameters = พารามิเตอร์
api-responses = การตอบกลับ
api-col-name = ชื่อ
api-col-in = ตำแหน่ง
api-col-accepts = ค่าที่รับได้
api-col-description = คำอธิบาย
api-col-status = สถานะ
api-required = จำเป็น
api-accepts-list = รายการของ { $items }
api-accepts-one-of = ค่าใดค่าหนึ่งจาก: { $values }
api-accepts-range = ตั้งแต่ { $min } ถึง { $max }
api-accepts-min = อย่างน้อย { $min }
api-accepts-max = ไม่เกิน { $max }
api-accepts-length = ไม่เกิน { $length } ตัวอักษร
api-accepts-pattern = ในรูปแบบ { $pattern }
nav-api = สำหรับเว็บไซต์พันธมิตร
