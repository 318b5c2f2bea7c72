## Insight without personal data: referrals, unmet needs, the reports for coordinators and partners, and the privacy page.

# The role of an account that records referrals (beside role-editor, role-translator…).
role-volunteer = อาสาสมัคร
accounts-group = กลุ่มในพื้นที่ (สำหรับอาสาสมัคร)
accounts-group-hint = ใช้ตัวอักษรภาษาอังกฤษพิมพ์เล็ก ตัวเลข และ "-" เช่น aarhus-gellerup การส่งต่อของอาสาสมัครแต่ละคนจะนับให้กับกลุ่ม

## Recording a referral from a service's page or its card.
referral-heading = บันทึกการส่งต่อ
referral-hint = นับว่าวันนี้คุณได้บอกทางให้ผู้หญิงคนหนึ่งไปยังบริการนี้ และภาษาที่เธอพูด ไม่มีการบันทึกอะไรเกี่ยวกับตัวเธอ
referral-language = ภาษาของเธอ
referral-record = บันทึกการส่งต่อ
referral-recorded = บันทึกการส่งต่อแล้ว ขอบคุณ
referral-queued = เก็บไว้ในโทรศัพท์นี้แล้ว จะส่งเมื่อคุณกลับมาออนไลน์
referral-sign-in = อาสาสมัครเข้าสู่ระบบเพื่อนับการส่งต่อได้
# $reason is a short explanation from the server, e.g. "day 2026-01-02 is in the future".
referral-refused = ไม่ได้บันทึกการส่งต่อ: { $reason }

## "Nothing fitted": a volunteer says none of the results helps.
unmet-heading = ไม่มีอะไรตรงกับที่ต้องการใช่ไหม
# Above the same form on a search that found nothing.
unmet-heading-none = บอกเราว่าต้องการอะไร
unmet-hint = บอกเรา เพื่อให้ความต้องการนี้ถูกนับ เรานับเฉพาะประเภทของความต้องการ ไม่เคยนับคำที่คุณค้นหา เว้นแต่มีคนจำนวนมากค้นหาสิ่งเดียวกัน และไม่นับอะไรเกี่ยวกับตัวคุณ
unmet-needed = ต้องการอะไร (ไม่บังคับ)
unmet-needed-none = ไม่ได้ระบุ
unmet-send = ไม่มีอะไรตรงกับที่ต้องการ
unmet-thanks = ขอบคุณ ความต้องการนี้ถูกนับแล้ว

## The reports (for coordinators; partners read the same figures through the API).
nav-insights = สถิติ
insights-title = สถิติ
insights-intro = ตัวเลขแบบไม่ระบุตัวตนจากการใช้งานประจำวัน: ผู้หญิงถูกส่งต่อไปที่ไหน ในภาษาใดบ้าง และพวกเธอต้องการอะไรที่รายชื่อบริการไม่มีให้
insights-year = ปี
insights-show = แสดง
insights-referrals = การส่งต่อ
insights-unmet = ความต้องการที่ยังไม่ได้รับการตอบสนอง
insights-by-area = ตามพื้นที่
insights-by-category = ตามหมวดหมู่
insights-by-language = ตามภาษา
insights-by-group = ตามกลุ่มในพื้นที่
insights-total = รวม
insights-no-area = ไม่ได้เลือกพื้นที่
insights-no-category = ไม่รู้จักหมวดหมู่
insights-no-group = ไม่มีกลุ่มในพื้นที่
insights-legend-small = <5: น้อยกว่าห้า ไม่แสดง เพื่อไม่ให้ใครถูกจำได้
insights-legend-hidden = x: ซ่อนไว้เพื่อไม่ให้คำนวณตัวเลขเล็ก ๆ ย้อนกลับจากยอดรวมได้
insights-months-note = แต่ละเดือนจะแสดงเมื่อเดือนนั้นสิ้นสุดแล้ว ตัวเลขที่ต่ำกว่าห้าจะไม่แสดงเลย ไม่ว่าที่นี่ ในไฟล์ที่ดาวน์โหลด หรือผ่าน API
insights-download-csv = ดาวน์โหลดเป็น CSV
insights-download-json = ดาวน์โหลดเป็น JSON
# The text alternative of a bar chart; $table is the title of the table below it that holds the same figures.
insights-chart-description = แผนภูมิแท่งของยอดรวมใน "{ $table }" ตัวเลขชุดเดียวกันอยู่ในตารางด้านล่าง
insights-summary = สรุปปี { $year }
insights-summary-referrals = การส่งต่อทั้งหมด
insights-summary-categories = การส่งต่อตามประเภทความช่วยเหลือ
insights-summary-languages = ภาษาของผู้หญิงที่ถูกส่งต่อ
insights-summary-top-unmet = ความต้องการที่ไม่ได้รับการตอบสนองบ่อยที่สุด
insights-texts = ค้นหาแล้วแต่ไม่พบ
insights-texts-hint = เก็บไว้เฉพาะข้อความที่มีการค้นหาอย่างน้อยห้าครั้งภายในสัปดาห์เดียวกัน
insights-none = ไม่มีการบันทึกอะไรในปีนี้

## The privacy page.
footer-privacy-link = Nabo บันทึกอะไรบ้าง
privacy-title = Nabo บันทึกอะไรบ้าง
privacy-intro = Nabo ใช้ในการพูดคุยกับผู้หญิงที่ไว้ใจอาสาสมัคร และถูกสร้างมาให้ไม่เก็บสิ่งใดที่อาจบอกได้ว่าพวกเธอเป็นใคร
privacy-never-heading = ไม่บันทึกเลย
privacy-never-people = ชื่อ ที่อยู่ เบอร์โทรศัพท์ เลขประจำตัว หรือเรื่องราวของผู้หญิงที่คุณช่วยเหลือ
privacy-never-addresses = ที่อยู่ IP หรือเบราว์เซอร์ของคุณ ควบคู่กับสิ่งที่คุณค้นหาหรือเปิดดู
privacy-never-search = สิ่งที่คุณค้นหาตามที่คุณพิมพ์ บันทึกคำขอของเซิร์ฟเวอร์ตัดคำค้นหาออก
privacy-never-time = เวลาของวันที่มีการส่งต่อหรือการค้นหา
privacy-recorded-heading = บันทึกโดยไม่มีชื่อ
privacy-recorded-referrals = การส่งต่อ เมื่ออาสาสมัครที่เข้าสู่ระบบแล้วบันทึกไว้: บริการ ภาษาของผู้หญิง วัน และกลุ่มในพื้นที่ของอาสาสมัคร แต่ไม่บันทึกว่าอาสาสมัครเป็นใคร
privacy-recorded-unmet = การค้นหาที่ไม่พบอะไร หรือการกด "ไม่มีอะไรตรงกับที่ต้องการ": นับตามสัปดาห์ ภาษา พื้นที่ และประเภทของความต้องการ
privacy-recorded-texts = คำในการค้นหาแบบนั้น จะบันทึกก็ต่อเมื่อมีการค้นหาอย่างน้อยห้าครั้งในสัปดาห์เดียวกันใช้คำนั้น ก่อนหน้านั้นเซิร์ฟเวอร์จะนับไว้ในหน่วยความจำด้วยรหัสที่แปลงกลับเป็นคำไม่ได้
privacy-recorded-views = หน้าของแต่ละบริการถูกเปิดบ่อยแค่ไหน: หนึ่งตัวเลขต่อหนึ่งบริการ
privacy-phone-heading = เก็บไว้ในโทรศัพท์ของคุณเท่านั้น
privacy-phone-saved = บริการที่คุณบันทึกไว้ และการส่งต่อที่รอส่งขณะที่คุณออฟไลน์ ไม่มีสิ่งใดในนี้ไปถึงเซิร์ฟเวอร์จนกว่าจะส่ง
privacy-retention-heading = เก็บนานเท่าไร
privacy-retention = การส่งต่อจะถูกเก็บไว้ตามที่บันทึกเป็นเวลา 90 วัน หลังจากนั้นจะถูกรวมเข้ากับตัวเลขของสัปดาห์นั้นและลบทิ้ง
privacy-reports-heading = ใครเห็นตัวเลขบ้าง
privacy-reports = ผู้ประสานงานของโครงการ รวมถึงเทศบาลและองค์กรที่โครงการทำงานด้วย พวกเขาเห็นตัวเลขตามเดือน พื้นที่ ประเภทความช่วยเหลือ และภาษา ตัวเลขที่ต่ำกว่าห้าจะไม่แสดงเลย รวมถึงตัวเลขที่คำนวณได้จากตัวเลขอื่น
