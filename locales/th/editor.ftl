# หน้าสำหรับผู้แก้ไขข้อมูลของ Nabo — ภาษาไทย ใช้รหัสข้อความชุดเดียวกับ en/editor.ftl
# สำหรับผู้ที่ดูแลรายชื่อบริการ: ผู้แก้ไขข้อมูล ผู้แปล ผู้ประสานงาน และผู้ดูแลระบบ

## การเข้าสู่ระบบและออกจากระบบ

login-title = เข้าสู่ระบบ
login-intro = สำหรับผู้ที่ดูแลรายชื่อบริการ: ผู้แก้ไขข้อมูล ผู้แปล และผู้ประสานงาน
login-account = บัญชี
login-password = รหัสผ่าน
login-submit = เข้าสู่ระบบ
login-wrong = บัญชีหรือรหัสผ่านไม่ถูกต้อง
login-throttled = { $minutes ->
   *[other] เข้าสู่ระบบไม่สำเร็จหลายครั้งเกินไป กรุณาลองใหม่ในอีก { $minutes } นาที
}
login-required = กรุณาเข้าสู่ระบบเพื่อดำเนินการต่อ
login-signed-out = คุณออกจากระบบแล้ว
nav-editing = แก้ไขข้อมูล
nav-sign-out = ออกจากระบบ
editor-signed-in-as = เข้าสู่ระบบในชื่อ { $account } ({ $role })
role-admin = ผู้ดูแลระบบ
role-coordinator = ผู้ประสานงาน
role-editor = ผู้แก้ไขข้อมูล
role-translator = ผู้แปล

## การปฏิเสธคำขอ

error-form-expired-title = ส่งแบบฟอร์มไม่ได้
error-form-expired-text = เพื่อความปลอดภัยของคุณ ระบบจะรับแบบฟอร์มจากหน้าของแบบฟอร์มนั้นเท่านั้น กรุณากลับไป โหลดหน้าใหม่ แล้วลองอีกครั้ง
error-forbidden-title = ไม่อนุญาต
error-forbidden-text = บัญชีของคุณไม่มีสิทธิ์ทำสิ่งนี้ ผู้แก้ไขข้อมูลแก้ไขได้เฉพาะบริการในพื้นที่ของตนเอง
error-too-many-title = มีคำขอมากเกินไป
error-too-many-text = กรุณารอสักครู่แล้วลองอีกครั้ง

## รายการบริการ

editor-dashboard-title = บริการ
editor-new-resource = เพิ่มบริการใหม่
editor-find-label = ค้นหาบริการจากชื่อหรือคำที่เกี่ยวข้อง
editor-find-button = ค้นหา
editor-area-label = พื้นที่
editor-all-areas = ทุกพื้นที่
editor-count = { $count ->
    [0] ไม่พบบริการ
   *[other] บริการ { $count } รายการ
}
editor-col-name = ชื่อ
editor-col-area = พื้นที่
editor-col-categories = หมวดหมู่
editor-edit = แก้ไข
editor-page-previous = ก่อนหน้า
editor-page-next = ถัดไป
editor-archived-heading = บริการที่เก็บถาวรแล้ว
editor-archived-none = ไม่มีรายการที่เก็บถาวร
editor-archived-when = เก็บถาวรเมื่อ { $date } โดย { $account }

## การแก้ไขบริการ

editor-new-title = เพิ่มบริการใหม่
editor-edit-title = แก้ไข: { $name }
editor-version = เวอร์ชัน { $version } บันทึกเมื่อ { $date }
editor-section-basics = เกี่ยวกับบริการ
editor-section-texts = ข้อความ
editor-section-contact = ที่อยู่และการติดต่อ
editor-section-access = เวลาเปิด-ปิดและการเข้าถึง
editor-texts-in = ข้อความ{ $language }
editor-texts-source = ภาษาต้นฉบับที่ใช้เขียนข้อความ
editor-add-language = เพิ่มข้อความในภาษาอื่น
editor-choose-language = เลือกภาษา
editor-field-id = รหัส (Id)
editor-field-id-hint = ใช้ตัวอักษรภาษาอังกฤษพิมพ์เล็ก ตัวเลข และขีดกลาง เช่น jobcenter-aarhus และเปลี่ยนภายหลังไม่ได้
editor-field-area = คอมมูน (เทศบาล) หรือพื้นที่
editor-field-categories = ประเภทความช่วยเหลือ
editor-field-source-language = ภาษาต้นฉบับที่ใช้เขียนข้อความ
editor-field-name = ชื่อ
editor-field-summary = สรุป (หนึ่งประโยค)
editor-field-description = รายละเอียด
editor-field-access = วิธีขอความช่วยเหลือ
editor-field-street = ถนนและบ้านเลขที่
editor-field-postcode = รหัสไปรษณีย์
editor-field-city = เมือง
editor-field-country = รหัสประเทศ
editor-field-country-hint = ตัวอักษรภาษาอังกฤษพิมพ์ใหญ่สองตัว เช่น DK
editor-field-lat = ละติจูด
editor-field-lon = ลองจิจูด
editor-field-phone = โทรศัพท์
editor-field-email = อีเมล
editor-field-website = เว็บไซต์
editor-field-opening-hours = เวลาเปิด-ปิด
editor-field-opening-hours-hint = เขียนตามรูปแบบของ OpenStreetMap เช่น Mo-Fr 09:00-15:00; PH off
editor-field-languages-spoken = ภาษาที่ใช้ที่บริการนี้
editor-field-languages-spoken-hint = รหัสภาษาคั่นด้วยจุลภาค เช่น da, ar, so
editor-field-attributes = การเข้าถึง
editor-field-record = บริการนี้
editor-field-verified-at = ตรวจสอบล่าสุดเมื่อ
editor-create = สร้าง
editor-save = บันทึก
editor-archive = เก็บถาวร
editor-restore = กู้คืน
editor-history = ประวัติ
editor-back = กลับไปที่รายการ
editor-view-public = ดูหน้าที่ทุกคนเห็น
editor-created = สร้างแล้ว ตอนนี้ค้นหาบริการนี้ได้แล้ว
editor-saved = บันทึกเป็นเวอร์ชัน { $version } แล้ว ผลการค้นหาแสดงการเปลี่ยนแปลงนี้แล้ว
editor-unchanged = ไม่มีอะไรเปลี่ยนแปลง
editor-archived = เก็บถาวรแล้ว บริการนี้จะไม่ปรากฏในการค้นหาอีก และกู้คืนได้
editor-restored = กู้คืนเป็นเวอร์ชัน { $version } แล้ว ค้นหาบริการนี้ได้อีกครั้ง
editor-errors-summary = { $count ->
   *[other] ยังไม่ได้บันทึกบริการนี้ กรุณาแก้ไขปัญหา { $count } ข้อ
}
editor-exists = มีบริการที่ใช้รหัสนี้อยู่แล้ว หรือบริการนั้นถูกเก็บถาวรไว้ กรุณาเลือกรหัสอื่น หรือกู้คืนบริการที่เก็บถาวรไว้
problem-required = ต้องกรอกช่องนี้
problem-invalid = ใช้ค่านี้ไม่ได้
problem-unknown = ระบบไม่รู้จักค่านี้
problem-duplicate = ค่านี้ใส่ซ้ำกัน
problem-too-long = ยาวเกินไป

## เมื่อมีสองคนบันทึกพร้อมกัน

editor-conflict-title = มีคนอื่นบันทึกบริการนี้ขณะที่คุณกำลังแก้ไข
editor-conflict-text = การเปลี่ยนแปลงของคุณยังไม่ได้บันทึก กรุณาเปรียบเทียบกับเวอร์ชันที่บันทึกไว้ แล้วกดบันทึกอีกครั้งเพื่อใช้ของคุณ หรือโหลดหน้าใหม่เพื่อเริ่มจากเวอร์ชันที่บันทึกไว้
editor-conflict-field = ช่องข้อมูล
editor-conflict-yours = เวอร์ชันของคุณ
editor-conflict-saved = เวอร์ชันที่บันทึกไว้ ({ $version })
editor-conflict-empty = (ว่าง)
editor-conflict-reload = เริ่มใหม่จากเวอร์ชันที่บันทึกไว้

## ประวัติ

history-title = ประวัติ: { $name }
history-version = เวอร์ชัน { $version }
history-when = เมื่อไร
history-who = โดยใคร
history-kind-import = นำเข้า
history-kind-edit = แก้ไข
history-kind-archive = เก็บถาวร
history-kind-restore = กู้คืน
history-kind-revert = นำเวอร์ชันก่อนหน้ากลับมาใช้
history-kind-delete = ลบ
history-kind-verify = ยืนยันว่าข้อมูลถูกต้อง
history-by-import = การนำเข้าข้อมูล
history-field = ช่องข้อมูล
history-before = ก่อน
history-after = หลัง
history-no-changes = ไม่มีช่องข้อมูลใดเปลี่ยน
history-first = เวอร์ชันแรก
history-unknown = เวอร์ชันนี้เก่ากว่าประวัติที่เก็บไว้
history-revert = นำเวอร์ชันนี้กลับมาใช้
history-current = เวอร์ชันปัจจุบัน
history-reverted = นำเวอร์ชัน { $old } กลับมาใช้เป็นเวอร์ชัน { $version } แล้ว

## การนำทางในหน้าสำหรับผู้แก้ไขข้อมูล

nav-translations = การแปล
nav-checking = ต้องตรวจสอบ
nav-reports = รายงาน

## การแปล

translations-title = การแปล
translations-language-label = แปลเป็น
translations-show = แสดง
translations-count = { $count ->
    [0] ไม่มีคำแปลที่ขาดหรือล้าสมัย
   *[other] มีบริการ { $count } รายการที่ต้องแปล
}
translations-col-resource = บริการ
translations-col-missing = ยังไม่ได้แปล
translations-col-outdated = ล้าสมัย
translations-col-views = จำนวนการเข้าชม
translations-translate = แปล
translations-export = ดาวน์โหลดส่วนที่ยังไม่ได้แปลเป็นไฟล์ XLIFF
translations-export-from = แปลจาก
translations-import-heading = นำคำแปลกลับเข้าระบบ
translations-import-label = ไฟล์ XLIFF
translations-import-submit = นำเข้า
translations-imported = { $count ->
   *[other] บันทึกคำแปล { $count } รายการแล้ว
}
translations-untranslated = { $count ->
   *[other] มีข้อความ { $count } รายการที่ยังไม่ได้แปล
}
translations-refused = รายการต่อไปนี้ไม่ได้บันทึก:
status-missing = ยังไม่ได้แปล
status-outdated = ล้าสมัย
status-current = เป็นปัจจุบัน
status-reviewed = ตรวจทานแล้ว
translate-title = แปล: { $name }
translate-into = แปลเป็น{ $language }
translate-source = ข้อความต้นฉบับ ({ $language })
translate-target = คำแปล ({ $language })
translate-status = สถานะ: { $status }
translate-proposal = คำแปลนี้เสนอมาจากคลังคำแปล (translation memory) กรุณาตรวจดูก่อนบันทึก
translate-save = บันทึกคำแปล
translate-review = ทำเครื่องหมายว่าตรวจทานแล้ว
translate-saved = บันทึกคำแปลแล้ว
translate-reviewed = บันทึกว่าตรวจทานแล้ว
editor-translations-heading = การแปล
editor-translate-into = แปลเป็น{ $language }

## การยืนยันข้อมูล

editor-verify = ยืนยันว่าข้อมูลถูกต้อง ณ วันนี้
editor-verified = ยืนยันแล้วว่าข้อมูลถูกต้อง ณ วันนี้
editor-last-verified = ยืนยันล่าสุดเมื่อ { $date }
editor-never-verified = ยังไม่เคยยืนยัน
checking-title = ต้องตรวจสอบ
checking-intro = { $months ->
   *[other] บริการที่ไม่มีใครยืนยันข้อมูลมา { $months } เดือนแล้ว เรียงจากรายการที่เก่าที่สุดก่อน
}
checking-months = จำนวนเดือนที่ไม่ได้รับการยืนยัน
checking-col-verified = ยืนยันล่าสุด
checking-col-by = โดย
checking-never = ไม่เคย
checking-none = ทุกรายการในที่นี้ได้รับการยืนยันเมื่อไม่นานมานี้แล้ว

## รายงานจากภาคสนาม

reports-title = รายงานจากภาคสนาม
reports-none = ไม่มีรายงานที่รอดำเนินการ
reports-col-resource = บริการ
reports-col-category = สิ่งที่เปลี่ยนไป
reports-col-note = หมายเหตุ
reports-col-date = ส่งเมื่อ
reports-resolve = เสร็จแล้ว
reports-dismiss = ปิดโดยไม่ต้องแก้ไข
reports-closed = ปิดรายงานแล้ว
report-category-closed = ปิดให้บริการแล้ว
report-category-moved = ย้ายที่อยู่แล้ว
report-category-hours = เวลาเปิด-ปิดไม่ถูกต้อง
report-category-phone = เบอร์โทรศัพท์ไม่ถูกต้อง
report-category-other = อื่น ๆ
report-link = มีอะไรเปลี่ยนไปไหม บอกเราได้ที่นี่
report-title = มีอะไรเปลี่ยนไปไหม
report-intro = บอกผู้แก้ไขข้อมูลว่าข้อมูลใดของ { $name } ไม่ถูกต้องแล้ว
report-privacy = ห้ามเขียนชื่อของใคร และห้ามเขียนเรื่องใด ๆ เกี่ยวกับคนที่คุณกำลังช่วยเหลือ
report-category-label = มีอะไรเปลี่ยนไป
report-note-label = หมายเหตุสั้น ๆ (ไม่บังคับ)
report-note-hint = ไม่เกิน 280 ตัวอักษร ห้ามใส่ชื่อ เบอร์โทรศัพท์ หรือข้อมูลส่วนตัวของใคร
report-submit = ส่ง
report-thanks = ขอบคุณ ผู้แก้ไขข้อมูลของพื้นที่นี้จะตรวจสอบให้
report-invalid = กรุณาเลือกว่ามีอะไรเปลี่ยนไป และเขียนหมายเหตุไม่เกิน 280 ตัวอักษร

## บัญชีผู้ใช้ (สำหรับผู้ดูแลระบบ)

nav-accounts = บัญชีผู้ใช้
accounts-title = บัญชีผู้ใช้
accounts-col-login = ชื่อเข้าสู่ระบบ
accounts-col-role = บทบาท
accounts-col-scope = พื้นที่หรือภาษา
accounts-col-state = สถานะ
accounts-active = ใช้งานอยู่
accounts-disabled = ปิดใช้งานแล้ว
accounts-disable = ปิดใช้งาน
accounts-enable = เปิดใช้งาน
accounts-reset = ตั้งรหัสผ่านใหม่
accounts-new = บัญชีใหม่
accounts-id = ชื่อเข้าสู่ระบบ
accounts-id-hint = ใช้ตัวอักษรภาษาอังกฤษพิมพ์เล็ก ตัวเลข และขีดกลาง เช่น amina-aarhus
accounts-role = บทบาท
accounts-areas = พื้นที่ (สำหรับผู้แก้ไขข้อมูล)
accounts-areas-hint = เลือกได้ตั้งแต่หนึ่งพื้นที่ขึ้นไป พื้นที่หนึ่งจะรวมพื้นที่ที่อยู่ภายในด้วย
accounts-languages = ภาษา (สำหรับผู้แปล)
accounts-create = สร้างบัญชี
accounts-password-for = รหัสผ่านของ { $account }:
accounts-password-once = รหัสผ่านนี้จะแสดงเพียงครั้งเดียวเท่านั้น คือตอนนี้ กรุณาส่งให้เจ้าของบัญชีด้วยวิธีที่ปลอดภัย เจ้าของบัญชีใช้รหัสผ่านนี้เข้าสู่ระบบได้ทันที
accounts-refused = ยังไม่ได้บันทึกบัญชีนี้

## คีย์ API ของเว็บไซต์พันธมิตร (สำหรับผู้ดูแลระบบเท่านั้น)

nav-keys = คีย์ของพันธมิตร
keys-title = คีย์ API ของเว็บไซต์พันธมิตร
keys-intro = เทศบาลและองค์กรที่แสดงการค้นหาของ Nabo บนเว็บไซต์ของตนเองต้องมีคีย์ ในเบราว์เซอร์ คีย์จะใช้งานได้เฉพาะบนที่อยู่เว็บที่ระบุไว้สำหรับคีย์นั้น และใช้ได้บ่อยไม่เกินขีดจำกัดของคีย์
keys-issued-for = คีย์ใหม่สำหรับ { $partner }:
keys-once = คัดลอกตอนนี้แล้วส่งให้พันธมิตร คีย์นี้จะแสดงเพียงครั้งนี้ครั้งเดียวและจะดูอีกไม่ได้
keys-embed = พันธมิตรวางสองบรรทัดนี้ลงในหน้าเว็บของตน:
keys-refused = ไม่ได้สร้างคีย์:
keys-none = ยังไม่มีคีย์
keys-col-name = พันธมิตร
keys-col-origins = ที่อยู่เว็บ
keys-col-rate = ขีดจำกัด
keys-col-state = สถานะ
keys-per-minute = { $rate } ครั้งต่อนาที
keys-active = ใช้งานอยู่
keys-revoked = เพิกถอนแล้ว
keys-revoke = เพิกถอน
keys-new = คีย์ใหม่
keys-name = พันธมิตร (คีย์นี้สำหรับใคร)
keys-origins = ที่อยู่เว็บที่อนุญาตให้ใช้คีย์
keys-origins-hint = เช่น https://kommune.example คั่นด้วยช่องว่างหรือจุลภาค เว้นว่างไว้หากเป็นคีย์ที่ใช้จากเซิร์ฟเวอร์เท่านั้น
keys-rate = จำนวนคำขอต่อนาที
keys-create = สร้างคีย์
