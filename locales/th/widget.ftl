# วิดเจ็ตค้นหาของ Nabo (<nabo-search> บนเว็บไซต์พันธมิตร) — ภาษาไทย ใช้รหัสข้อความเดียวกับ en/widget.ftl

## แบบฟอร์มค้นหา

widget-search-label = ค้นหาความช่วยเหลือใกล้คุณ
widget-search-placeholder = เช่น จ็อบเซ็นเตอร์, ลูกต้องไปตรวจสุขภาพ
widget-search-button = ค้นหา

## บรรทัดสถานะ (โปรแกรมอ่านหน้าจอจะอ่านออกเสียง)

widget-loading = กำลังค้นหา…
widget-results-ready = ค้นหาเสร็จแล้ว บริการแสดงอยู่ด้านล่าง
widget-no-results = ไม่พบบริการ ลองใช้คำอื่นหรือใช้คำให้น้อยลง
widget-error = ตอนนี้ระบบค้นหาใช้งานไม่ได้ กรุณาลองใหม่อีกครั้งในอีกสักครู่
widget-rate-limited = ค้นหาบ่อยเกินไปในเวลาสั้นๆ กรุณารอสักครู่แล้วค้นหาใหม่

## ผลการค้นหา

widget-results = บริการที่ช่วยได้
widget-shown-in = แสดงเป็น{ $language }
widget-open-card = ทำบัตรให้เธอ
widget-new-tab = (เปิดในแท็บใหม่)
widget-powered-by = ค้นหาโดย Nabo
