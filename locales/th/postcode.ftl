## Searching by postcode (same message ids as en/postcode.ftl; $postcode and $town are filled in by the app).

postcode-label = รหัสไปรษณีย์
postcode-hint = ตัวเลข 4 หลัก เช่น 8000 แสดงความช่วยเหลือในคอมมูนที่รหัสไปรษณีย์นี้ครอบคลุม ที่ใกล้ที่สุดก่อน
postcode-error = เราไม่รู้จักรหัสไปรษณีย์ { $postcode } รหัสไปรษณีย์มีตัวเลข 4 หลัก เช่น 8000
postcode-searched = ใกล้รหัสไปรษณีย์ { $postcode } { $town }
