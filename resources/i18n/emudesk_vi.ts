<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../forms/about_dialog.ui" line="+14"/>
        <source>About emudesk</source>
        <translation>Giới thiệu emudesk</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Emulation and commendation work for emulation clusters: clusters, member units, yearly heads and deputies, scores, rankings, award proposals and certificates — offline, on one computer.</source>
        <translation>Phần mềm công tác thi đua, khen thưởng của cụm, khối thi đua: cụm, đơn vị thành viên, cụm trưởng và cụm phó từng năm, chấm điểm, xếp hạng, đề nghị khen thưởng và in bằng khen — chạy ngoại tuyến, trên một máy tính.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Version:</source>
        <translation>Phiên bản:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Licence:</source>
        <translation>Giấy phép:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Data folder:</source>
        <translation>Thư mục dữ liệu:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Database:</source>
        <translation>Cơ sở dữ liệu:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Built with:</source>
        <translation>Xây dựng trên:</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/about.py" line="+25"/>
        <source>GNU General Public License, version 3 or later (GPL-3.0-or-later)</source>
        <translation>Giấy phép Công cộng GNU, phiên bản 3 trở về sau (GPL-3.0-or-later)</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../emudesk/ui/models/attendance.py" line="+40"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delegates (names, titles)</source>
        <translation>Người dự (họ tên, chức vụ)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Printed in the minutes after the unit&apos;s name</source>
        <translation>In trong biên bản, sau tên đơn vị</translation>
    </message>
</context>
<context>
    <name>AwardDialog</name>
    <message>
        <location filename="../../forms/award_dialog.ui" line="+14"/>
        <source>Award</source>
        <translation>Khen thưởng</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Code:</source>
        <translation>&amp;Mã:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. BANG-KHEN</source>
        <translation>ví dụ BANG-KHEN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A short code for the award in this catalogue (letters without marks, digits, dash)</source>
        <translation>Mã ngắn của khen thưởng trong danh mục (chữ không dấu, số, gạch ngang)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name as printed:</source>
        <translation>&amp;Tên in trên văn bản:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. Bằng khen của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch</source>
        <translation>ví dụ Bằng khen của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The award&apos;s name exactly as the issuer&apos;s papers print it</source>
        <translation>Tên khen thưởng đúng như văn bản của cơ quan cấp trên ghi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Given to:</source>
        <translation>Tặng c&amp;ho:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Made into:</source>
        <translation>Hiện &amp;vật:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A flag is made by the flag maker; a certificate is printed on its template</source>
        <translation>Cờ do cơ sở may cờ làm; bằng được in theo mẫu bằng</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Template:</source>
        <translation>Mẫu &amp;bằng:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Giấy in:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Granted &amp;by:</source>
        <translation>Dòng người tặ&amp;ng:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. BỘ TRƯỞNG BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH</source>
        <translation>ví dụ BỘ TRƯỞNG BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The line in red at the top of the certificate</source>
        <translation>Dòng chữ đỏ ở đầu bằng</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Signing mode:</source>
        <translation>Thể thức &amp;ký:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>TM. for a collective, KT. when a deputy signs for the head, Q., TL., TUQ.</source>
        <translation>TM. thay mặt tập thể, KT. cấp phó ký thay cấp trưởng, Q., TL., TUQ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signs &amp;for:</source>
        <translation>Ký th&amp;ay cho:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. BỘ TRƯỞNG</source>
        <translation>ví dụ BỘ TRƯỞNG</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whom the signer signs for (after KT., TM. …)</source>
        <translation>Người ký thay mặt hoặc ký thay cho ai (sau KT., TM. …)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signer&apos;s titl&amp;e:</source>
        <translation>Chức &amp;danh người ký:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. THỨ TRƯỞNG</source>
        <translation>ví dụ THỨ TRƯỞNG</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Legal basis:</source>
        <translation>&amp;Căn cứ pháp lý:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Căn cứ … (one line each; the submission cites them)</source>
        <translation>Căn cứ … (mỗi căn cứ một dòng; tờ trình dẫn các căn cứ này)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>M&amp;oney:</source>
        <translation>Tiền thưởng (&amp;x lương cơ sở):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. 1,5 (times the base salary)</source>
        <translation>ví dụ 1,5 (lần mức lương cơ sở)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The money that goes with the award, as a multiple of the base salary; empty for none</source>
        <translation>Tiền thưởng kèm theo, tính bằng số lần mức lương cơ sở; để trống nếu không có</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Quota per cluster:</source>
        <translation>Hạn mức mỗ&amp;i cụm:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. 1, or 30 %</source>
        <translation>ví dụ 1, hoặc 30 %</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most so many per cluster, or a share of its members; empty for no cap</source>
        <translation>Tối đa bao nhiêu mỗi cụm, hoặc tỷ lệ trên số thành viên; để trống nếu không giới hạn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Rounding:</source>
        <translation>Làm t&amp;ròn:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How a share of the members becomes a number of places</source>
        <translation>Cách đổi tỷ lệ trên số thành viên thành số suất</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Vote needed:</source>
        <translation>Ngưỡng biểu q&amp;uyết:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. ≥ 2/3, ≥ 80 %, &gt; 1/2</source>
        <translation>ví dụ ≥ 2/3, ≥ 80 %, &gt; 1/2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The share of all members that must vote for a proposal; empty: more than half</source>
        <translation>Tỷ lệ trên tổng số thành viên phải tán thành đề nghị; để trống: trên một nửa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Suggested for:</source>
        <translation>Đề xuất cho:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Which of the ranking&apos;s suggestions proposes this award</source>
        <translation>Đề xuất nào theo kết quả xếp hạng dùng khen thưởng này</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Valid from:</source>
        <translation>Hiệu lực từ:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>has a start</source>
        <translation>có ngày bắt đầu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The first day the award has this name (leave the box unticked for no start)</source>
        <translation>Ngày đầu tiên khen thưởng mang tên này (bỏ chọn nếu không có ngày bắt đầu)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Valid until:</source>
        <translation>Hiệu lực đến:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>has an end</source>
        <translation>có ngày kết thúc</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The last day (for example the day before a renaming)</source>
        <translation>Ngày cuối cùng (ví dụ ngày trước khi đổi tên cơ quan)</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/award.py" line="+74"/>
        <source>Plain paper (the whole design)</source>
        <translation>Giấy trắng (in toàn bộ mẫu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-printed blanks (the text only)</source>
        <translation>Phôi in sẵn (chỉ in chữ)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(signs in their own right)</source>
        <translation>(ký trực tiếp)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Add an award</source>
        <translation>Thêm khen thưởng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the award</source>
        <translation>Sửa khen thưởng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Award catalogue of %1</source>
        <translation>Danh mục khen thưởng của %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Write the quota as a number (1) or a share of members (30 %).</source>
        <translation>Hãy ghi hạn mức bằng một số (1) hoặc tỷ lệ trên số thành viên (30 %).</translation>
    </message>
</context>
<context>
    <name>AwardTableModel</name>
    <message>
        <location filename="../../emudesk/ui/models/awards.py" line="+18"/>
        <source>Award, as printed</source>
        <translation>Khen thưởng (tên in trên văn bản)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made into</source>
        <translation>Hiện vật</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quota</source>
        <translation>Hạn mức</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vote</source>
        <translation>Biểu quyết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid</source>
        <translation>Hiệu lực</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <location filename="../../forms/board_page.ui" line="+23"/>
        <location filename="../../emudesk/ui/pages/__init__.py" line="+110"/>
        <source>Issuer&apos;s board</source>
        <translation>Bảng tổng hợp của cơ quan cấp trên</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every cluster&apos;s nominees of a year, as their submissions brought them: the award asked for, total and rank, the dossier papers still missing, and the decision. Double-click a nominee to see its cluster&apos;s whole ranking table.</source>
        <translation>Các đối tượng được đề nghị trong năm của mọi cụm, theo gói đề nghị gửi lên: hình thức đề nghị, tổng điểm và thứ hạng, các văn bản hồ sơ còn thiếu, và quyết định. Bấm đúp vào một đối tượng để xem toàn bộ bảng xếp hạng của cụm.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Issuer:</source>
        <translation>&amp;Cơ quan cấp trên:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The chosen nominee&apos;s cluster: every member&apos;s rank and total as its submission sent them (also on a double-click).</source>
        <translation>Cụm của đối tượng đang chọn: thứ hạng và tổng điểm của mọi đơn vị thành viên như gói đề nghị đã gửi (hoặc bấm đúp vào dòng).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cluster&apos;s &amp;ranking…</source>
        <translation>&amp;Bảng xếp hạng của cụm…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Open the package a cluster&apos;s head sent (File › Receive a package): its nominees, ranking and papers come onto this board.</source>
        <translation>Mở gói đề nghị do đơn vị cụm trưởng gửi (Tệp › Nhận gói đề nghị, quyết định): các đối tượng được đề nghị, bảng xếp hạng và văn bản hồ sơ của cụm sẽ hiện trên bảng này.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receive a &amp;submission package…</source>
        <translation>Nhận &amp;gói đề nghị của cụm…</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/pages/board.py" line="+65"/>
        <source>Nothing here yet: the board fills with the nominees of each cluster&apos;s submission package. Receive the first package a cluster&apos;s head sent.</source>
        <translation>Chưa có gì: bảng tổng hợp lấy các đối tượng được đề nghị từ gói đề nghị của từng cụm. Hãy nhận gói đề nghị đầu tiên do đơn vị cụm trưởng gửi.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 nominee(s) from %2 cluster(s).</source>
        <translation>%1 đối tượng đề nghị từ %2 cụm.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: dossier deadline %2 (%3 day(s) left).</source>
        <translation>%1: hạn nộp hồ sơ %2 (còn %3 ngày).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: dossier deadline %2 (passed %3 day(s) ago).</source>
        <translation>%1: hạn nộp hồ sơ %2 (đã quá %3 ngày).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Over the quota: %1</source>
        <translation>Vượt hạn mức: %1</translation>
    </message>
</context>
<context>
    <name>BoardTableModel</name>
    <message>
        <location filename="../../emudesk/ui/models/issuing.py" line="+23"/>
        <source>Cluster</source>
        <translation>Cụm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nominee</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Award asked</source>
        <translation>Hình thức đề nghị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Tổng điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Papers missing</source>
        <translation>Văn bản còn thiếu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1, register number %2</source>
        <translation>%1, số sổ %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: not approved</source>
        <translation>%1: không được khen thưởng</translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <location filename="../../forms/calibration_dialog.ui" line="+14"/>
        <source>Printer calibration</source>
        <translation>Căn chỉnh máy in</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print the calibration grid at actual size (100 %) on this printer, measure where the 10 mm marks landed from the paper&apos;s left and top edges, and enter the difference. Text printed onto blanks is moved by it.</source>
        <translation>In lưới căn chỉnh ở cỡ thực (100 %) trên máy in này, đo vị trí các vạch 10 mm so với mép trái và mép trên tờ giấy rồi nhập độ chênh lệch. Chữ in lên phôi sẽ được dịch theo độ lệch này.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Printer:</source>
        <translation>&amp;Máy in:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The printer that prints onto the blanks: each printer shifts the page by its own amount</source>
        <translation>Máy in dùng để in lên phôi: mỗi máy in lệch trang một khoảng riêng</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No printer is installed</source>
        <translation>Chưa cài máy in nào</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Offset &amp;across (mm, + to the right):</source>
        <translation>Lệch &amp;ngang (mm, + sang phải):</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Offset &amp;down (mm, + downwards):</source>
        <translation>Lệch &amp;dọc (mm, + xuống dưới):</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Scale:</source>
        <translation>&amp;Tỉ lệ:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Save the &amp;grid as PDF…</source>
        <translation>Lưu &amp;lưới căn chỉnh thành PDF…</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/calibration.py" line="+59"/>
        <location line="+10"/>
        <source>Calibration grid</source>
        <translation>Lưới căn chỉnh</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>CertificateAwardsModel</name>
    <message>
        <location filename="../../emudesk/ui/models/certificate_awards.py" line="+67"/>
        <source>Recipient</source>
        <translation>Người/đơn vị nhận</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Award</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No.</source>
        <translation>Số sổ</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A flag: made by the flag maker, listed with Flag list…, not printed</source>
        <translation>Cờ thi đua: do cơ sở may cờ làm, có trong Danh sách cờ thi đua…, không in</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recorded before the scores were locked, because: %1</source>
        <translation>Ghi nhận khi điểm chưa khóa, lý do: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>flag</source>
        <translation>cờ</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <location filename="../../forms/certificates_page.ui" line="+31"/>
        <source>The scores of this year are not locked yet: the ranking behind these awards can still change. Lock them on the Scores page first, or say why you print now (for example the issuer&apos;s deadline); the reason is kept in the register.</source>
        <translation>Điểm của năm này chưa khóa: thứ hạng làm căn cứ cho các khen thưởng này vẫn có thể thay đổi. Hãy khóa điểm ở trang Chấm điểm trước, hoặc nêu lý do in ngay bây giờ (ví dụ hạn của cơ quan cấp trên); lý do được lưu trong sổ khen thưởng.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reaso&amp;n:</source>
        <translation>Lý d&amp;o:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. the issuer hands the awards out before the scores can be locked</source>
        <translation>ví dụ: cơ quan cấp trên trao khen thưởng trước khi khóa được điểm</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Awards with a decision: tick those to print</source>
        <translation>Khen thưởng đã có quyết định: đánh dấu những bằng cần in</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Te&amp;mplate:</source>
        <translation>&amp;Mẫu:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Paper:</source>
        <translation>Giấy in:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Plain p&amp;aper (full design)</source>
        <translation>Giấy &amp;trắng (in toàn bộ)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pre-printed &amp;blanks (text only)</source>
        <translation>Phôi i&amp;n sẵn (chỉ in chữ)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>P&amp;lace:</source>
        <translation>Đị&amp;a danh:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Signed by:</source>
        <translation>Người &amp;ký:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Printer offset:</source>
        <translation>Độ lệch máy in:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Calibrate…</source>
        <translation>Căn c&amp;hỉnh…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save as P&amp;DF…</source>
        <translation>Lưu thành P&amp;DF…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Register…</source>
        <translation>Sổ khen thưởn&amp;g…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A flag is made by the flag maker to the issuer&apos;s specimen: write what is sewn on each approved flag</source>
        <translation>Cờ thi đua do cơ sở may cờ làm theo mẫu của cơ quan cấp trên: ghi nội dung chữ trên mỗi cờ đã được tặng</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fla&amp;g list…</source>
        <translation>Danh sách cờ thi đ&amp;ua…</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/pages/__init__.py" line="-20"/>
        <source>Certificates</source>
        <translation>Bằng khen, giấy khen</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/pages/certificates.py" line="+101"/>
        <source>No award of this year has a decision yet: record the decision on the proposals page first.</source>
        <translation>Năm này chưa có khen thưởng nào có quyết định: hãy ghi quyết định ở trang Đề nghị khen thưởng trước.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Certificates — %1 — year %2</source>
        <translation>Bằng khen, giấy khen — %1 — năm %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>By award</source>
        <translation>Theo loại khen thưởng</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each award with its own template: flag, certificate of merit…</source>
        <translation>Mỗi khen thưởng in theo mẫu riêng của nó: cờ thi đua, bằng khen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No printer is installed on this computer.</source>
        <translation>Máy tính này chưa cài máy in nào.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1
not calibrated (no offset applied)</source>
        <translation>%1
chưa căn chỉnh (không dịch chuyển)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1
%2 mm across, %3 mm down, scale %4</source>
        <translation>%1
lệch ngang %2 mm, dọc %3 mm, tỉ lệ %4</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Recorded before the scores were locked, because: %1</source>
        <translation>Ghi nhận khi điểm chưa khóa, lý do: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Nothing to print</source>
        <translation>Chưa chọn bằng nào để in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick the awards whose certificates you want to print.</source>
        <translation>Hãy đánh dấu các khen thưởng cần in bằng.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Print again?</source>
        <translation>In lại?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reprint</source>
        <translation>In lại</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>Nothing was printed</source>
        <translation>Chưa in gì</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sign the QR codes</source>
        <translation>Ký số mã QR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign each certificate&apos;s QR code with the office&apos;s token, so that any PC that trusts the office can verify it without this register?</source>
        <translation>Ký số mã QR của từng bằng bằng thiết bị ký của cơ quan, để máy nào tin cậy cơ quan cũng kiểm tra được mà không cần sổ đăng ký này?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save the certificates</source>
        <translation>Lưu các bằng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Certificates saved</source>
        <translation>Đã lưu các bằng</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 certificate(s) saved to %2 (register numbers %3).</source>
        <translation>Đã lưu %1 bằng vào %2 (số sổ %3).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Printing failed</source>
        <translation>In không thành công</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The certificates are recorded (register numbers %1) but the printer refused them: %2. Print them again; they keep their numbers.</source>
        <translation>Các bằng đã được ghi sổ (số sổ %1) nhưng máy in từ chối: %2. Hãy in lại; các bằng giữ nguyên số sổ.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 certificate(s) sent to %2 (register numbers %3).</source>
        <translation>Đã gửi %1 bằng tới %2 (số sổ %3).</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+5"/>
        <source>Flag list for the flag maker</source>
        <translation>Danh sách cờ gửi cơ sở may cờ</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Word document (*.docx);;PDF (*.pdf)</source>
        <translation>Văn bản Word (*.docx);;PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Flag list written to %1.</source>
        <translation>Đã ghi danh sách cờ vào %1.</translation>
    </message>
</context>
<context>
    <name>ClusterDialog</name>
    <message>
        <location filename="../../forms/cluster_dialog.ui" line="+14"/>
        <source>Cluster</source>
        <translation>Cụm thi đua</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Code:</source>
        <translation>&amp;Mã:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A short code without marks, used in file names</source>
        <translation>Mã ngắn, viết không dấu, dùng trong tên tệp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. UBDT-C4</source>
        <translation>VD: UBDT-C4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>N&amp;umber:</source>
        <translation>&amp;Số thứ tự:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The cluster&apos;s number in the issuer&apos;s list (leave at — when it has none)</source>
        <translation>Số của cụm trong danh sách của cơ quan cấp trên (để — nếu không có)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. Cụm thi đua số 4</source>
        <translation>VD: Cụm thi đua số 4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Issuer:</source>
        <translation>&amp;Cơ quan cấp trên:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Founding &amp;decision:</source>
        <translation>&amp;Quyết định thành lập:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. 441/QĐ-UBDT</source>
        <translation>VD: 441/QĐ-UBDT</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Decision da&amp;te:</source>
        <translation>Ngà&amp;y quyết định:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Known</source>
        <translation>Đã biết</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>N&amp;otes:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/cluster.py" line="+53"/>
        <source>Add a cluster</source>
        <translation>Thêm cụm thi đua</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the cluster</source>
        <translation>Sửa cụm thi đua</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose the issuer the cluster belongs to.</source>
        <translation>Hãy chọn cơ quan cấp trên của cụm.</translation>
    </message>
</context>
<context>
    <name>ClusterTableModel</name>
    <message>
        <location filename="../../emudesk/ui/models/clusters.py" line="+18"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Tên cụm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer</source>
        <translation>Cơ quan cấp trên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Founding decision</source>
        <translation>Quyết định thành lập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years</source>
        <translation>Các năm</translation>
    </message>
</context>
<context>
    <name>ClustersPage</name>
    <message>
        <location filename="../../forms/clusters_page.ui" line="+23"/>
        <location filename="../../emudesk/ui/pages/__init__.py" line="-32"/>
        <source>Emulation clusters</source>
        <translation>Cụm thi đua</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add an emulation cluster or block (Ins)</source>
        <translation>Thêm một cụm hoặc khối thi đua (Ins)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add cluster…</source>
        <translation>&amp;Thêm cụm…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change the selected cluster (F2 or double-click)</source>
        <translation>Sửa cụm đang chọn (F2 hoặc nhấp đúp)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a year of the selected cluster with its members and leadership</source>
        <translation>Mở một năm cho cụm đang chọn, với đơn vị thành viên, cụm trưởng và cụm phó</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a &amp;year…</source>
        <translation>Thêm &amp;năm…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove the selected cluster (only when it has no years; Del)</source>
        <translation>Xóa cụm đang chọn (chỉ khi cụm chưa có năm nào; Del)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>This database is empty: where to begin</source>
        <translation>Cơ sở dữ liệu còn trống: bắt đầu từ đâu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A head office starts with the cluster it works in: its issuer (the ministry, committee or province that formed it), the cluster, then its member units and the year. If last year&apos;s head hands the cluster over, receive their file instead.</source>
        <translation>Đơn vị cụm trưởng bắt đầu với cụm của mình: cơ quan cấp trên (bộ, ban, ngành hoặc tỉnh thành lập cụm), cụm, rồi các đơn vị thành viên và năm. Nếu cụm trưởng năm trước bàn giao cụm, hãy nhận tệp bàn giao của họ.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Open the Excel workbook the head unit sent, score each criterion and save the return to send back</source>
        <translation>Mở tệp Excel đơn vị cụm trưởng gửi, chấm điểm từng tiêu chí rồi lưu phiếu để gửi lại</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open the scoring form the head unit sent…</source>
        <translation>&amp;Mở phiếu chấm điểm đơn vị cụm trưởng gửi…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Record the issuer, then the cluster; the units and the year come next</source>
        <translation>Ghi cơ quan cấp trên, rồi cụm; sau đó là các đơn vị và năm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add your issuer and &amp;cluster…</source>
        <translation>&amp;Thêm cơ quan cấp trên và cụm…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Merge the file last year&apos;s head wrote with File › Hand over a cluster</source>
        <translation>Nhập tệp cụm trưởng năm trước đã ghi bằng Tệp › Bàn giao cụm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receive a handover fi&amp;le…</source>
        <translation>&amp;Nhận tệp bàn giao…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A member unit needs no cluster here: open the form the head sent, score, save the return</source>
        <translation>Đơn vị thành viên không cần tạo cụm: mở phiếu cụm trưởng gửi, chấm điểm, lưu phiếu gửi lại</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fill in a received &amp;scoring form…</source>
        <translation>Điền p&amp;hiếu chấm điểm nhận được…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only looking around?</source>
        <translation>Chỉ muốn xem thử?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fill this database with two real clusters of 2024–2025, to try the program</source>
        <translation>Nạp vào cơ sở dữ liệu này hai cụm thi đua có thật năm 2024–2025 để dùng thử chương trình</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Load the &amp;demo data</source>
        <translation>Nạp &amp;dữ liệu mẫu</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Years of the selected cluster</source>
        <translation>Các năm của cụm đang chọn</translation>
    </message>
    <message>
        <location line="+34"/>
        <location filename="../../emudesk/ui/pages/clusters.py" line="+150"/>
        <source>Double-click a year (or press Enter) to open its overview.</source>
        <translation>Nhấp đúp vào một năm (hoặc nhấn Enter) để mở trang tổng quan của năm đó.</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/pages/clusters.py" line="-33"/>
        <source>A member unit needs no cluster data here: open the scoring form the head unit sent (an Excel workbook), score each criterion and save the return to send back. To keep the cluster&apos;s records on this PC as well, add the issuer and the cluster.</source>
        <translation>Đơn vị thành viên không cần dữ liệu của cụm trên máy này: hãy mở phiếu chấm điểm đơn vị cụm trưởng gửi (tệp Excel), chấm điểm từng tiêu chí rồi lưu phiếu để gửi lại. Nếu muốn lưu cả hồ sơ của cụm trên máy này, hãy thêm cơ quan cấp trên và cụm.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No year yet. Next: the member units (on the Units page, or File › Import units from a workbook), then Add a year… with its members, head and deputy.</source>
        <translation>Chưa có năm nào. Tiếp theo: các đơn vị thành viên (ở trang Đơn vị, hoặc Tệp › Nhập danh sách đơn vị từ bảng tính), rồi Thêm năm… với các thành viên, cụm trưởng và cụm phó.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Add a cluster</source>
        <translation>Thêm cụm thi đua</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A cluster belongs to an issuer (a ministry, committee or province). Add the issuer first on the Issuers page.</source>
        <translation>Mỗi cụm thuộc một cơ quan cấp trên (bộ, ủy ban hoặc tỉnh). Hãy thêm cơ quan cấp trên trước, ở trang Cơ quan cấp trên.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Remove the cluster %1 “%2”?</source>
        <translation>Xóa cụm %1 “%2”?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove a cluster</source>
        <translation>Xóa cụm thi đua</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
</context>
<context>
    <name>CollisionTableModel</name>
    <message>
        <location filename="../../emudesk/ui/models/collisions.py" line="+50"/>
        <source>Row</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scored by</source>
        <translation>Người chấm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Successor&apos;s</source>
        <translation>Đơn vị tiếp nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absorbed unit&apos;s</source>
        <translation>Đơn vị sáp nhập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean</source>
        <translation>Trung bình</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep</source>
        <translation>Giữ lại</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the successor&apos;s</source>
        <translation>điểm của đơn vị tiếp nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the absorbed unit&apos;s</source>
        <translation>điểm của đơn vị sáp nhập</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the mean</source>
        <translation>điểm trung bình</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>choose…</source>
        <translation>chọn…</translation>
    </message>
</context>
<context>
    <name>CommitmentPage</name>
    <message>
        <location filename="../../forms/commitment_page.ui" line="+50"/>
        <source>Signed on / at:</source>
        <translation>Ngày / nơi ký:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>place</source>
        <translation>địa điểm</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>T&amp;itle:</source>
        <translation>T&amp;iêu đề:</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>H&amp;ost:</source>
        <translation>Đơn vị đă&amp;ng cai:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Preamble:</source>
        <translation>Phần &amp;mở đầu:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Add an item</source>
        <translation>&amp;Thêm nội dung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove the item</source>
        <translation>Xóa nội dung</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Save the commitment</source>
        <translation>&amp;Lưu giao ước</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print for si&amp;gnature…</source>
        <translation>In để &amp;ký…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>View the signed cop&amp;y</source>
        <translation>&amp;Xem bản đã ký</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Signing register (E&amp;xcel)…</source>
        <translation>&amp;Danh sách ký (Excel)…</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>&amp;Record the signature…</source>
        <translation>&amp;Ghi nhận chữ ký…</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/pages/__init__.py" line="+36"/>
        <source>Commitment</source>
        <translation>Giao ước thi đua</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/pages/commitment.py" line="+166"/>
        <source>Commitment — %1 — year %2</source>
        <translation>Giao ước thi đua — %1 — năm %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Emulation commitment</source>
        <translation>Giao ước thi đua</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No commitment for this year yet: write its title and items, then save.</source>
        <translation>Năm này chưa có giao ước: hãy nhập tiêu đề và các nội dung rồi lưu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft</source>
        <translation>Bản nháp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed, not signed yet</source>
        <translation>Đã in, chưa ký</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly signed</source>
        <translation>Đã ký một phần</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed by every member</source>
        <translation>Tất cả thành viên đã ký</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 of %3 member(s) signed.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2/%3 đơn vị đã ký.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Still missing: %1.</source>
        <translation>Còn thiếu: %1.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Add the commitment&apos;s items first (Add an item).</source>
        <translation>Hãy thêm các nội dung của giao ước trước (Thêm nội dung).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The commitment was not saved</source>
        <translation>Chưa lưu được giao ước</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Commitment for signature</source>
        <translation>Giao ước để ký</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word document (*.docx);;PDF (*.pdf)</source>
        <translation>Văn bản Word (*.docx);;PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The commitment was not printed</source>
        <translation>Chưa in được giao ước</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose a member whose signed copy was attached.</source>
        <translation>Hãy chọn đơn vị đã đính kèm bản đã ký.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Signing register</source>
        <translation>Danh sách ký giao ước</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>CouncilMeetingDialog</name>
    <message>
        <location filename="../../forms/council_meeting_dialog.ui" line="+14"/>
        <source>The council&apos;s meeting</source>
        <translation>Cuộc họp của Hội đồng</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The council&apos;s meeting on the year&apos;s proposals. Each vote is counted against the council&apos;s size (all its members, present or not), as the catalogue&apos;s threshold asks.</source>
        <translation>Cuộc họp của Hội đồng Thi đua – Khen thưởng xét các đề nghị của năm. Mỗi lần biểu quyết được tính trên tổng số thành viên của Hội đồng (có mặt hay vắng mặt), theo tỷ lệ phiếu quy định trong danh mục khen thưởng.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Held &amp;on:</source>
        <translation>&amp;Ngày họp:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Place:</source>
        <translation>Đị&amp;a điểm:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>C&amp;hair:</source>
        <translation>C&amp;hủ trì:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Secretary:</source>
        <translation>&amp;Thư ký:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Members present
(one a line):</source>
        <translation>Thành viên &amp;có mặt
(mỗi người một dòng):</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Council &amp;size:</source>
        <translation>Tổng số thành &amp;viên:</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/council.py" line="+51"/>
        <source>The council&apos;s meeting on %1</source>
        <translation>Cuộc họp của Hội đồng xét năm %1</translation>
    </message>
</context>
<context>
    <name>CouncilPage</name>
    <message>
        <location filename="../../forms/council_page.ui" line="+23"/>
        <location filename="../../emudesk/ui/pages/__init__.py" line="+20"/>
        <source>Emulation council</source>
        <translation>Hội đồng Thi đua - Khen thưởng</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The council&apos;s vote on each nominee of the year against its award&apos;s threshold (from the catalogue). Record the meeting first, then each nominee&apos;s vote (double-click a row); a vote recorded by mistake can be corrected or taken back until the decision. A nominee the council did not carry is not approved by the decision.</source>
        <translation>Kết quả biểu quyết của Hội đồng đối với từng đối tượng đề nghị của năm, so với tỷ lệ phiếu cần đạt của hình thức khen thưởng (theo danh mục). Ghi cuộc họp trước, rồi ghi phiếu của từng đối tượng (bấm đúp vào một dòng); phiếu ghi nhầm có thể sửa hoặc rút lại cho đến khi có quyết định. Đối tượng không đạt tỷ lệ phiếu sẽ không được khen thưởng trong quyết định.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Issuer:</source>
        <translation>&amp;Cơ quan cấp trên:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>M&amp;eeting…</source>
        <translation>Cuộc &amp;họp…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Vote…</source>
        <translation>&amp;Biểu quyết…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Take back the vote</source>
        <translation>&amp;Rút lại phiếu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write the &amp;minutes…</source>
        <translation>Ghi &amp;biên bản…</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/pages/council.py" line="+61"/>
        <source>Nothing to vote on yet: the council votes on the nominees of the clusters&apos; submission packages. Receive one first (Issuer&apos;s board, or File › Receive a package).</source>
        <translation>Chưa có gì để biểu quyết: Hội đồng biểu quyết các đối tượng trong gói đề nghị của các cụm. Hãy nhận gói đề nghị trước (trang Bảng tổng hợp của cơ quan cấp trên, hoặc Tệp › Nhận gói đề nghị, quyết định).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Met on %1, %2 member(s).</source>
        <translation>Họp ngày %1, %2 thành viên.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Take back the vote</source>
        <translation>Rút lại kết quả biểu quyết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take back the council&apos;s vote on %1 (%2 for)? It is kept in the audit log.</source>
        <translation>Rút lại kết quả biểu quyết của Hội đồng đối với %1 (%2 phiếu tán thành)? Nhật ký thay đổi vẫn lưu lại.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take it back</source>
        <translation>Rút lại</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Write the minutes</source>
        <translation>Ghi biên bản</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word documents (*.docx);;PDF files (*.pdf)</source>
        <translation>Văn bản Word (*.docx);;Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was written</source>
        <translation>Chưa ghi gì</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written</source>
        <translation>Đã ghi</translation>
    </message>
</context>
<context>
    <name>CouncilTableModel</name>
    <message>
        <location filename="../../emudesk/ui/models/issuing.py" line="+69"/>
        <source>Cluster</source>
        <translation>Cụm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nominee</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Award asked</source>
        <translation>Hình thức đề nghị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threshold</source>
        <translation>Tỷ lệ cần đạt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votes for</source>
        <translation>Tán thành</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>carried</source>
        <translation>đạt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not carried</source>
        <translation>không đạt</translation>
    </message>
</context>
<context>
    <name>CouncilVoteDialog</name>
    <message>
        <location filename="../../forms/council_vote_dialog.ui" line="+14"/>
        <source>The council&apos;s vote</source>
        <translation>Biểu quyết của Hội đồng</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nominee:</source>
        <translation>Đối tượng:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Threshold:</source>
        <translation>Tỷ lệ cần đạt:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Entered &amp;as:</source>
        <translation>Nhập &amp;theo:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Votes &amp;for:</source>
        <translation>Số phiếu tán &amp;thành:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Votes a&amp;gainst:</source>
        <translation>Số phiếu &amp;không tán thành:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A&amp;bstentions:</source>
        <translation>Số phiếu không biểu &amp;quyết:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Share for (%):</source>
        <translation>Tỷ &amp;lệ tán thành (%):</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Result:</source>
        <translation>Kết quả:</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/council.py" line="+64"/>
        <source>numbers of votes</source>
        <translation>số phiếu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a share of the council</source>
        <translation>tỷ lệ trên tổng số thành viên</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>carried</source>
        <translation>đạt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not carried</source>
        <translation>không đạt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 of %3 for, %4 needed</source>
        <translation>%1: %2/%3 phiếu tán thành, cần %4</translation>
    </message>
</context>
<context>
    <name>CountChart</name>
    <message>
        <location filename="../../emudesk/ui/count_chart.py" line="+94"/>
        <source>No awards to chart for these choices</source>
        <translation>Không có khen thưởng nào để vẽ biểu đồ với lựa chọn này</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../emudesk/ui/crash.py" line="+72"/>
        <source>Unexpected problem</source>
        <translation>Sự cố ngoài dự kiến</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>emudesk met a problem it did not expect. What you saved before is safe: every change is stored whole or not at all.

Please copy the report and send it to whoever maintains emudesk for you. It is also in the log folder:
%1</source>
        <translation>emudesk gặp một sự cố ngoài dự kiến. Những gì đã lưu trước đó vẫn an toàn: mỗi thay đổi được lưu trọn vẹn hoặc không lưu gì.

Vui lòng sao chép báo cáo và gửi cho người hỗ trợ emudesk của cơ quan. Báo cáo cũng được ghi trong thư mục nhật ký:
%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copy the report and close</source>
        <translation>Sao chép báo cáo và đóng</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>CriterionParamsDialog</name>
    <message>
        <location filename="../../forms/criterion_params_dialog.ui" line="+14"/>
        <source>Row parameters</source>
        <translation>Thông số của tiêu chí</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Row:</source>
        <translation>Tiêu chí:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Points per occurrence:</source>
        <translation>Điểm mỗi &amp;lần:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Points earned by each occurrence; the row&apos;s maximum caps the sum</source>
        <translation>Số điểm cho mỗi lần đạt; tổng không vượt quá điểm tối đa của tiêu chí</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 0,5</source>
        <translation>ví dụ 0,5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Target:</source>
        <translation>&amp;Chỉ tiêu:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The quantity to reach, in the row&apos;s unit (e.g. 95 for 95 %)</source>
        <translation>Kết quả phải đạt, theo đơn vị đo của tiêu chí (ví dụ 95 cho 95 %)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 95</source>
        <translation>ví dụ 95</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Untick when a smaller result is better (e.g. days late)</source>
        <translation>Bỏ chọn khi kết quả càng nhỏ càng tốt (ví dụ số ngày chậm)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Higher is better</source>
        <translation>Càng cao càng &amp;tốt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Meeting the target earns half the maximum, the best unit the full maximum, proportionally in between; below the target earns nothing.</source>
        <translation>Đạt chỉ tiêu được một nửa điểm tối đa, đơn vị có kết quả tốt nhất được điểm tối đa, ở giữa tính theo tỉ lệ; không đạt chỉ tiêu được 0 điểm.</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/criterion_params.py" line="+58"/>
        <source>Points per occurrence</source>
        <translation>Điểm mỗi lần</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
</context>
<context>
    <name>CriterionTreeModel</name>
    <message>
        <location filename="../../emudesk/ui/models/criteria.py" line="+40"/>
        <source>%1 points per occurrence, at most %2</source>
        <translation>%1 điểm mỗi lần, tối đa %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>higher is better</source>
        <translation>càng cao càng tốt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lower is better</source>
        <translation>càng thấp càng tốt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Target %1, %2</source>
        <translation>Chỉ tiêu %1, %2</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum</source>
        <translation>Điểm tối đa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sum of rows</source>
        <translation>Tổng các dòng con</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For a section: the maxima of its rows added up (bonus and deductions apart)</source>
        <translation>Với một mục: tổng điểm tối đa của các dòng con (không tính điểm thưởng, điểm trừ)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The rows add up to %1 but the section says %2</source>
        <translation>Các dòng con cộng lại được %1 nhưng mục ghi %2</translation>
    </message>
</context>
<context>
    <name>CrosstabModel</name>
    <message>
        <location filename="../../emudesk/ui/models/statistics.py" line="+59"/>
        <source>Total decided</source>
        <translation>Tổng được khen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total proposed</source>
        <translation>Tổng đề nghị</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
</context>
<context>
    <name>DatabaseActions</name>
    <message>
        <location filename="../../emudesk/ui/database_actions.py" line="+28"/>
        <source>emudesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Cơ sở dữ liệu emudesk (*.sqlite *.db);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot open the database</source>
        <translation>Không mở được cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open a database</source>
        <translation>Mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create a database</source>
        <translation>Tạo cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Back up the database</source>
        <translation>Sao lưu cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Backup written</source>
        <translation>Đã sao lưu</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The backup is in %1.</source>
        <translation>Bản sao lưu được ghi tại %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+7"/>
        <location line="+10"/>
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Replace everything in the open database by the content of %1?

The present content is saved first, so this can be undone.</source>
        <translation>Thay toàn bộ nội dung cơ sở dữ liệu đang mở bằng nội dung của %1?

Nội dung hiện tại sẽ được sao lưu trước, nên có thể hoàn tác.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restored</source>
        <translation>Đã khôi phục</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database was restored. The previous content is in %1.</source>
        <translation>Đã khôi phục cơ sở dữ liệu. Nội dung trước đó được lưu tại %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check the database</source>
        <translation>Kiểm tra cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The database is sound.</source>
        <translation>Cơ sở dữ liệu không có lỗi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 problem(s) found; see the details.</source>
        <translation>Phát hiện %1 lỗi; xem chi tiết.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Checking the database…</source>
        <translation>Đang kiểm tra cơ sở dữ liệu…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
</context>
<context>
    <name>DeadlineDialog</name>
    <message>
        <location filename="../../forms/deadline_dialog.ui" line="+14"/>
        <source>Dossier deadline</source>
        <translation>Hạn nộp hồ sơ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dossiers must reach the issuer &amp;by:</source>
        <translation>Hồ sơ phải gửi tới cơ quan cấp trên &amp;trước ngày:</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../forms/decision_dialog.ui" line="+14"/>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Decision &amp;number:</source>
        <translation>&amp;Số quyết định:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. 125/QĐ-UBDT</source>
        <translation>ví dụ 125/QĐ-UBDT</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Decision &amp;date:</source>
        <translation>&amp;Ngày quyết định:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The scores of this year are not locked yet: the ranking behind this award can still change. Lock them on the Scores page first, or say why the approval is recorded now (for example the issuer&apos;s deadline). The reason is kept with the approval and shown with it.</source>
        <translation>Điểm của năm này chưa khóa: thứ hạng làm căn cứ cho khen thưởng này vẫn có thể thay đổi. Hãy khóa điểm ở trang Chấm điểm trước, hoặc nêu lý do ghi nhận phê duyệt ngay bây giờ (ví dụ hạn của cơ quan cấp trên). Lý do được lưu và hiển thị cùng quyết định phê duyệt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. the issuer&apos;s council meets before the scores can be locked</source>
        <translation>ví dụ: hội đồng của cơ quan cấp trên họp trước khi khóa được điểm</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/proposal.py" line="+178"/>
        <source>Approved</source>
        <translation>Được phê duyệt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The issuer approved: %1 — %2. Enter its decision.</source>
        <translation>Cấp trên đã phê duyệt: %1 — %2. Nhập quyết định khen thưởng.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not awarded</source>
        <translation>Không được khen thưởng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The issuer did not grant: %1 — %2. Enter its decision if there is one.</source>
        <translation>Cấp trên không khen thưởng: %1 — %2. Nhập quyết định nếu có.</translation>
    </message>
</context>
<context>
    <name>DecisionPlanModel</name>
    <message>
        <location filename="../../emudesk/ui/models/decision_plan.py" line="+70"/>
        <source>Approved</source>
        <translation>Khen thưởng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster</source>
        <translation>Cụm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nominee</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Award asked</source>
        <translation>Hình thức đề nghị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason not approved</source>
        <translation>Lý do không khen thưởng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register number</source>
        <translation>Số vào sổ</translation>
    </message>
</context>
<context>
    <name>DecisionTableModel</name>
    <message>
        <location filename="../../emudesk/ui/models/issuing.py" line="-48"/>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signer</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Được khen thưởng</translation>
    </message>
</context>
<context>
    <name>DecisionsPage</name>
    <message>
        <location filename="../../forms/decisions_page.ui" line="+23"/>
        <location filename="../../emudesk/ui/pages/__init__.py" line="+4"/>
        <source>Decisions</source>
        <translation>Quyết định khen thưởng</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The issuer&apos;s decisions on the clusters&apos; proposals. Write a decision as Word or PDF (the decision and its annex), or as the package that brings the outcome and the register numbers back to the cluster heads. Record a decision on the year&apos;s proposals once the council has voted: the register numbers it takes are shown before anything is written.</source>
        <translation>Các quyết định của cấp khen thưởng đối với đề nghị của các cụm. Xuất quyết định ra Word hoặc PDF (Quyết định và danh sách kèm theo), hoặc thành gói gửi kết quả và số vào sổ về cho các trưởng cụm. Ghi quyết định cho các đề nghị của năm sau khi Hội đồng đã biểu quyết: số vào sổ mà quyết định sẽ lấy được hiển thị trước khi ghi.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Issuer:</source>
        <translation>&amp;Cơ quan cấp trên:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Record a decision…</source>
        <translation>&amp;Nhập quyết định mới…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Write the decision…</source>
        <translation>Ghi &amp;văn bản quyết định…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write the &amp;package…</source>
        <translation>Ghi &amp;gói quyết định…</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/pages/decisions.py" line="+59"/>
        <source>No decision yet: record one with Record a decision… once the council has voted.</source>
        <translation>Chưa có quyết định nào: sau khi Hội đồng biểu quyết, bấm Nhập quyết định mới… để ghi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No decision yet: first receive a cluster&apos;s submission package (Issuer&apos;s board); once the council has voted on its nominees, record the decision here.</source>
        <translation>Chưa có quyết định nào: trước hết hãy nhận gói đề nghị của một cụm (trang Bảng tổng hợp của cơ quan cấp trên); sau khi Hội đồng biểu quyết các đối tượng, ghi quyết định ở đây.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Write the decision</source>
        <translation>Ghi quyết định</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word documents (*.docx);;PDF files (*.pdf)</source>
        <translation>Văn bản Word (*.docx);;Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Write the decision package</source>
        <translation>Ghi gói quyết định</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>emudesk packages (*.zip);;All files (*)</source>
        <translation>Gói emudesk (*.zip);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing was written</source>
        <translation>Chưa ghi gì</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written</source>
        <translation>Đã ghi</translation>
    </message>
</context>
<context>
    <name>Delegates</name>
    <message>
        <location filename="../../emudesk/ui/delegates.py" line="+141"/>
        <source>The points cannot be negative.</source>
        <translation>Điểm không được là số âm.</translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <location filename="../../forms/dossier_dialog.ui" line="+14"/>
        <source>Dossier of the proposal</source>
        <translation>Hồ sơ đề nghị khen thưởng</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Attach the paper…</source>
        <translation>Đính &amp;kèm văn bản…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/dossier.py" line="+113"/>
        <source>PDF, JPEG or PNG (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>PDF, JPEG hoặc PNG (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
</context>
<context>
    <name>DossierPage</name>
    <message>
        <location filename="../../forms/dossier_page.ui" line="+30"/>
        <location filename="../../emudesk/ui/pages/__init__.py" line="-12"/>
        <source>Dossier</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The papers the head sends with the year&apos;s proposals: the submission, the conference&apos;s minutes and an achievement report per proposed collective, in the state&apos;s form. Offices finish them in Word or LibreOffice Writer.</source>
        <translation>Các văn bản Cụm trưởng gửi kèm đề nghị khen thưởng của năm: tờ trình, biên bản hội nghị và báo cáo thành tích của từng tập thể được đề nghị, theo thể thức văn bản hành chính. Cơ quan hoàn thiện văn bản trên Word hoặc LibreOffice Writer.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Number and date of the selected paper</source>
        <translation>Số và ngày của văn bản đang chọn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Dated:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Number:</source>
        <translation>&amp;Số:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The office&apos;s number for this paper in its date&apos;s year; empty: written by hand</source>
        <translation>Số văn bản của cơ quan trong năm của ngày văn bản; để trống: ghi tay</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Take the office&apos;s next free number of the paper&apos;s year</source>
        <translation>Lấy số còn trống tiếp theo của cơ quan trong năm của văn bản</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ne&amp;xt free number</source>
        <translation>Lấy số &amp;tiếp theo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Keep the date and number</source>
        <translation>&amp;Lưu ngày và số</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Write the selected paper as a Word document and open it in Word or LibreOffice Writer</source>
        <translation>Ghi văn bản đang chọn thành tệp Word và mở bằng Word hoặc LibreOffice Writer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open in Word/Writer</source>
        <translation>&amp;Mở bằng Word/Writer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write every paper of the dossier to a folder</source>
        <translation>Ghi mọi văn bản của hồ sơ vào một thư mục</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Write the dossier…</source>
        <translation>&amp;Ghi hồ sơ…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change the wording of the cluster&apos;s papers; the change is kept with the cluster</source>
        <translation>Sửa nội dung văn bản của cụm; nội dung đã sửa được lưu cùng cụm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wordin&amp;g…</source>
        <translation>Nội &amp;dung văn bản…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fo&amp;rmat:</source>
        <translation>&amp;Kiểu tệp:</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/pages/dossier.py" line="+66"/>
        <source>Word documents and PDF</source>
        <translation>Văn bản Word và PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word documents (.docx)</source>
        <translation>Văn bản Word (.docx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Tick Date and enter the paper&apos;s date first: its number belongs to that year&apos;s series.</source>
        <translation>Hãy đánh dấu Ngày và nhập ngày của văn bản trước: số văn bản thuộc dãy số của năm đó.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No paper yet: the dossier needs the conference&apos;s votes on proposals.</source>
        <translation>Chưa có văn bản: hồ sơ cần kết quả biểu quyết đề nghị khen thưởng của hội nghị.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>A number is written in digits.</source>
        <translation>Số văn bản phải viết bằng chữ số.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No word processor</source>
        <translation>Không có chương trình soạn thảo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The paper is written to %1 but no program opens Word documents here; install LibreOffice Writer or Word.</source>
        <translation>Đã ghi văn bản vào %1 nhưng máy này không có chương trình mở tệp Word; hãy cài LibreOffice Writer hoặc Word.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Opened %1; save it under a name of your own there.</source>
        <translation>Đã mở %1; hãy lưu lại với tên của anh/chị trong chương trình đó.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write the dossier to</source>
        <translation>Ghi hồ sơ vào</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 file(s) of the dossier written to %2.</source>
        <translation>Đã ghi %1 tệp của hồ sơ vào %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dossier written</source>
        <translation>Đã ghi hồ sơ</translation>
    </message>
</context>
<context>
    <name>DossierTableModel</name>
    <message>
        <location filename="../../emudesk/ui/models/dossier.py" line="+17"/>
        <source>Paper</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Submission</source>
        <translation>Tờ trình</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes of the conference</source>
        <translation>Biên bản hội nghị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Achievement report: %1</source>
        <translation>Báo cáo thành tích: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(the unit&apos;s own)</source>
        <translation>(của đơn vị)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>by hand</source>
        <translation>ghi tay</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../forms/event_dialog.ui" line="+35"/>
        <source>New &amp;official name:</source>
        <translation>&amp;Tên chính thức mới:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Short name:</source>
        <translation>Tên &amp;viết tắt:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Signer&apos;s &amp;title:</source>
        <translation>Chức danh người &amp;ký:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. Bộ trưởng Bộ Dân tộc và Tôn giáo</source>
        <translation>ví dụ: Bộ trưởng Bộ Dân tộc và Tôn giáo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Cluster:</source>
        <translation>Cụ&amp;m thi đua:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Main successor:</source>
        <translation>Đơn vị kế thừa c&amp;hính:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Other parts:</source>
        <translation>Các đơn vị &amp;khác:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Effective on:</source>
        <translation>&amp;Có hiệu lực từ ngày:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Decision &amp;number:</source>
        <translation>&amp;Số văn bản quyết định:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. 202/2025/QH15</source>
        <translation>ví dụ: 202/2025/QH15</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Decision &amp;dated:</source>
        <translation>&amp;Ngày ban hành:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Preview of what changes:</source>
        <translation>&amp;Xem trước những gì thay đổi:</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/event.py" line="+133"/>
        <source>Rename a unit on a date</source>
        <translation>Đổi tên đơn vị từ một ngày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename the issuer on a date</source>
        <translation>Đổi tên cơ quan cấp trên từ một ngày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split a unit</source>
        <translation>Chia tách đơn vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A unit joins a cluster</source>
        <translation>Đơn vị tham gia cụm thi đua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A unit leaves a cluster</source>
        <translation>Đơn vị rời cụm thi đua</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Papers, lists and workbooks dated before the effective day keep the old name; those dated from it show the new one.</source>
        <translation>Văn bản, danh sách và tệp Excel đề ngày trước ngày hiệu lực giữ tên cũ; từ ngày hiệu lực trở đi ghi tên mới.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Papers and certificates dated before the effective day keep the old name and signer&apos;s title (a 2024 paper still prints the old name); later ones the new.</source>
        <translation>Văn bản và bằng khen đề ngày trước ngày hiệu lực giữ tên cũ và chức danh người ký cũ (văn bản năm 2024 vẫn in tên cũ); từ ngày hiệu lực ghi tên mới.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The unit ends on the effective day. The main successor takes its data of that year, as in a merger (scores cannot be divided); every part joins the clusters it belonged to.</source>
        <translation>Đơn vị chấm dứt từ ngày hiệu lực. Đơn vị kế thừa chính nhận dữ liệu năm đó như khi hợp nhất (điểm không chia được); mọi đơn vị mới đều tham gia các cụm mà đơn vị cũ là thành viên.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The unit is a member from the effective day, in that year and the years opened after it.</source>
        <translation>Đơn vị là thành viên từ ngày hiệu lực, trong năm đó và các năm được mở sau đó.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The unit is no longer a member from the effective day; its scores stay on record and the year ranks the units that are members at its end.</source>
        <translation>Từ ngày hiệu lực đơn vị không còn là thành viên; điểm của đơn vị vẫn được lưu và năm đó xếp hạng các đơn vị là thành viên vào cuối năm.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Issuer: %1</source>
        <translation>Cơ quan cấp trên: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unit: %1 (%2)</source>
        <translation>Đơn vị: %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the unit that takes its data</source>
        <translation>Chọn đơn vị nhận dữ liệu</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Choose the main successor and at least one other part.</source>
        <translation>Hãy chọn đơn vị kế thừa chính và ít nhất một đơn vị khác.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record this event, effective on %1?

%2</source>
        <translation>Ghi nhận sự kiện này, có hiệu lực từ %1?

%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record</source>
        <translation>Ghi nhận</translation>
    </message>
</context>
<context>
    <name>EventPreview</name>
    <message>
        <location filename="../../emudesk/ui/dialogs/event_preview.py" line="+20"/>
        <source>always</source>
        <translation>luôn luôn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>until %1</source>
        <translation>đến %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from %1</source>
        <translation>từ %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (new)</source>
        <translation> (mới)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot be recorded yet: %1</source>
        <translation>Chưa thể ghi nhận: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Names shown on each date:</source>
        <translation>Tên hiển thị theo từng ngày:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Memberships that change:</source>
        <translation>Thành viên thay đổi:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  %1: %2 joins</source>
        <translation>  %1: %2 tham gia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  %1: %2 leaves</source>
        <translation>  %1: %2 rời cụm</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Heads and deputies that change:</source>
        <translation>Cụm trưởng, cụm phó thay đổi:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  %1 head: %2 → %3</source>
        <translation>  %1 cụm trưởng: %2 → %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  %1 deputy: %2 → %3</source>
        <translation>  %1 cụm phó: %2 → %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lists and year-end papers that change:</source>
        <translation>Danh sách và văn bản cuối năm thay đổi:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Earlier papers keep their names: %1.</source>
        <translation>Văn bản các năm trước giữ nguyên tên: %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing on record changes (the event is kept for later years).</source>
        <translation>Không có dữ liệu nào thay đổi (sự kiện được lưu cho các năm sau).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>  %1: now listed as “%2”</source>
        <translation>  %1: nay có trong danh sách với tên “%2”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  %1: “%2” no longer listed</source>
        <translation>  %1: “%2” không còn trong danh sách</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  %1: “%2” → “%3”</source>
        <translation>  %1: “%2” → “%3”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No year in progress holds data of this unit to move.</source>
        <translation>Không có năm đang thực hiện nào có dữ liệu của đơn vị này cần chuyển.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Years whose data passes to the main successor: %1</source>
        <translation>Các năm có dữ liệu chuyển sang đơn vị kế thừa chính: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scores: %1 move, %2 dropped (peer scores between the two), %3 rows both scored.</source>
        <translation>Điểm: chuyển %1, bỏ %2 (điểm chấm chéo giữa hai đơn vị), %3 dòng cả hai cùng có điểm.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Explanations: %1; commitment signatures: %2; proposals: %3.</source>
        <translation>Giải trình: %1; chữ ký giao ước: %2; đề nghị khen thưởng: %3.</translation>
    </message>
</context>
<context>
    <name>ExclusionTableModel</name>
    <message>
        <location filename="../../emudesk/ui/models/member_values.py" line="+54"/>
        <source>Member unit</source>
        <translation>Đơn vị thành viên</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excluded because</source>
        <translation>Lý do loại trừ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>ExclusionsDialog</name>
    <message>
        <location filename="../../forms/exclusions_dialog.ui" line="+14"/>
        <source>Exclusions from awards</source>
        <translation>Loại trừ khỏi khen thưởng</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A unit under disciplinary review, inspection or an unresolved complaint receives no award this year; the suggestions pass it over and say why. Double-click a cell to change it.</source>
        <translation>Đơn vị đang bị xem xét kỷ luật, đang bị thanh tra, kiểm tra hoặc có khiếu nại, tố cáo chưa giải quyết thì năm nay không được đề nghị khen thưởng; danh sách đề xuất bỏ qua đơn vị đó và nêu lý do. Nhấp đúp vào một ô để sửa.</translation>
    </message>
</context>
<context>
    <name>ExplanationListModel</name>
    <message>
        <location filename="../../emudesk/ui/models/explanations.py" line="+41"/>
        <source>✔ Settles the question</source>
        <translation>✔ Đã giải quyết xong</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Written at %1</source>
        <translation>Ghi lúc %1</translation>
    </message>
</context>
<context>
    <name>ExplanationsDialog</name>
    <message>
        <location filename="../../forms/explanations_dialog.ui" line="+14"/>
        <source>Explanations</source>
        <translation>Giải trình</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;From:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The unit that explains (or the cluster head who asks)</source>
        <translation>Đơn vị giải trình (hoặc cụm trưởng đặt câu hỏi)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Message:</source>
        <translation>&amp;Nội dung:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What was done, and which evidence shows it</source>
        <translation>Đã làm được gì, minh chứng nào chứng minh</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This message &amp;settles the question</source>
        <translation>Nội dung này &amp;kết thúc việc giải trình</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Record the message (Ctrl+Enter)</source>
        <translation>Ghi nội dung giải trình (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add to the thread</source>
        <translation>&amp;Thêm giải trình</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/explanations.py" line="+54"/>
        <source>%1 — criterion %2: %3</source>
        <translation>%1 — tiêu chí %2: %3</translation>
    </message>
</context>
<context>
    <name>ExportFormsDialog</name>
    <message>
        <location filename="../../forms/export_forms_dialog.ui" line="+14"/>
        <source>Export scoring forms</source>
        <translation>Xuất phiếu chấm điểm</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One workbook per member unit: its self-score and its scores of the other members, with instructions. Units fill it in Excel or LibreOffice and send it back; import the returns with File › Import.</source>
        <translation>Mỗi đơn vị thành viên một tệp Excel: phần tự chấm và phần chấm các đơn vị khác, kèm hướng dẫn. Đơn vị điền bằng Excel hoặc LibreOffice rồi gửi lại; nhập các tệp gửi về bằng Tệp › Nhập.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cluster and &amp;year:</source>
        <translation>Cụm và &amp;năm:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Folder:</source>
        <translation>Thư &amp;mục:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Deadline:</source>
        <translation>&amp;Hạn gửi:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Returns go &amp;to (e-mail):</source>
        <translation>Gửi phiếu &amp;về (thư điện tử):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the head unit&apos;s e-mail address</source>
        <translation>địa chỉ thư điện tử của đơn vị cụm trưởng</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/export_forms.py" line="+42"/>
        <source>&amp;Export</source>
        <translation>&amp;Xuất</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder for the scoring forms</source>
        <translation>Thư mục lưu phiếu chấm điểm</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a cluster and year.</source>
        <translation>Hãy chọn cụm và năm.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the folder to write the forms into.</source>
        <translation>Hãy chọn thư mục để ghi các phiếu.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Scoring forms written</source>
        <translation>Đã ghi các phiếu chấm điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 workbook(s) written to %2.</source>
        <translation>Đã ghi %1 tệp vào %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>FieldsModel</name>
    <message>
        <location filename="../../emudesk/ui/dialogs/template_editor.py" line="+86"/>
        <source>Field</source>
        <translation>Ô</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>x (mm)</source>
        <translation>x (mm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>y (mm)</source>
        <translation>y (mm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Width</source>
        <translation>Rộng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height</source>
        <translation>Cao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size (pt)</source>
        <translation>Cỡ chữ (pt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smallest</source>
        <translation>Cỡ nhỏ nhất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines</source>
        <translation>Số dòng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alignment</source>
        <translation>Căn lề</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1: type a whole number, such as 2.</source>
        <translation>%1: hãy nhập một số nguyên, ví dụ 2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: type a number, such as 30,5.</source>
        <translation>%1: hãy nhập một số, ví dụ 30,5.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../forms/first_run_dialog.ui" line="+14"/>
        <source>Welcome to emudesk</source>
        <translation>Chào mừng đến với emudesk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>emudesk keeps the emulation cluster&apos;s year: commitments, scoring, ranking, conferences, award proposals and certificates. Three choices and you can start; all of them can be changed later in Settings.</source>
        <translation>emudesk lưu trọn một năm công tác của cụm thi đua: giao ước, chấm điểm, xếp hạng, hội nghị, đề nghị khen thưởng và in bằng khen. Chọn ba mục dưới đây là bắt đầu được; mọi lựa chọn đều đổi lại được trong Cài đặt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your office in the cluster</source>
        <translation>Đơn vị của bạn trong cụm</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cluster &amp;head (or deputy): we send the scoring forms, import the returns, rank, and print</source>
        <translation>&amp;Cụm trưởng (hoặc cụm phó): gửi phiếu chấm điểm, nhập phiếu gửi về, xếp hạng và in</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Member unit: we fill in the scoring form the cluster head sends us</source>
        <translation>Đơn &amp;vị thành viên: điền phiếu chấm điểm do cụm trưởng gửi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Issuer&apos;s emulation office: we receive the clusters&apos; proposals, decide, number and print</source>
        <translation>Cơ &amp;quan cấp trên (bộ phận thi đua, khen thưởng): nhận đề nghị của các cụm, quyết định, vào sổ và in</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Start with</source>
        <translation>Bắt đầu với</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A &amp;new, empty database</source>
        <translation>Một cơ sở dữ liệu &amp;mới, trống</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An &amp;existing database file (from a colleague or an earlier installation)</source>
        <translation>Một tệp cơ sở dữ liệu có &amp;sẵn (của đồng nghiệp hoặc lần cài đặt trước)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Or the address of the cluster&apos;s shared PostgreSQL server: postgresql+psycopg://user@server/emudesk</source>
        <translation>Hoặc địa chỉ máy chủ PostgreSQL dùng chung của cụm: postgresql+psycopg://người_dùng@máy_chủ/emudesk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The &amp;demo: two real clusters with a year of sample scores, to try the program</source>
        <translation>&amp;Dữ liệu mẫu: hai cụm thật với một năm điểm mẫu, để dùng thử</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File:</source>
        <translation>&amp;Tệp:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Browse…</source>
        <translation>C&amp;họn…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open a received scoring form as &amp;soon as the program starts</source>
        <translation>Mở ngay một &amp;phiếu chấm điểm nhận được khi chương trình khởi động</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/first_run.py" line="+138"/>
        <source>A member unit needs no copy of the cluster&apos;s data to fill in a scoring form: the form the head sends carries its table. The database keeps your own records; File › Fill in a received scoring form works at any time.</source>
        <translation>Đơn vị thành viên không cần bản sao dữ liệu của cụm để điền phiếu chấm điểm: phiếu do cụm trưởng gửi đã mang theo bảng điểm. Cơ sở dữ liệu lưu hồ sơ của riêng đơn vị; lúc nào cũng có thể dùng Tệp › Điền phiếu chấm điểm nhận được.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The issuer&apos;s office starts from an empty database: import each cluster&apos;s submission package (emudesk submission import), set the register&apos;s format, then follow the year on the Issuer&apos;s board page.</source>
        <translation>Cơ quan cấp trên bắt đầu với cơ sở dữ liệu trống: nhập gói đề nghị của từng cụm (emudesk submission import), đặt cách đánh số sổ, rồi theo dõi năm ở trang Bảng tổng hợp của cơ quan cấp trên.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The demo is a separate file: your own database stays empty until you choose it in Settings.</source>
        <translation>Dữ liệu mẫu nằm trong một tệp riêng: cơ sở dữ liệu của đơn vị vẫn trống cho đến khi bạn chọn nó trong Cài đặt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next: add your cluster and its member units on the Clusters page, then open the year and enter its scoring table.</source>
        <translation>Tiếp theo: thêm cụm và các đơn vị thành viên ở trang Cụm thi đua, rồi mở năm và nhập bảng điểm của năm.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>emudesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Cơ sở dữ liệu emudesk (*.sqlite *.db);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a database</source>
        <translation>Mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create the database</source>
        <translation>Tạo cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Name the database file, or choose one with Browse….</source>
        <translation>Hãy ghi tên tệp cơ sở dữ liệu, hoặc bấm Chọn… để chọn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no file %1.</source>
        <translation>Không có tệp %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 exists already: choose “An existing database file” to open it, or another name for the new one.</source>
        <translation>%1 đã có: hãy chọn “Một tệp cơ sở dữ liệu có sẵn” để mở tệp này, hoặc đặt tên khác cho cơ sở dữ liệu mới.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder %1 does not exist.</source>
        <translation>Thư mục %1 không tồn tại.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Cannot write the demo database: %1</source>
        <translation>Không ghi được cơ sở dữ liệu mẫu: %1</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../emudesk/ui/formatting.py" line="+53"/>
        <source>%1 of %2</source>
        <translation>%1 ngày %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ministry</source>
        <translation>Bộ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ministry-level committee</source>
        <translation>Cơ quan ngang bộ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provincial People&apos;s Committee</source>
        <translation>Ủy ban nhân dân tỉnh</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cluster</source>
        <translation>Cụm thi đua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block</source>
        <translation>Khối thi đua</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not recorded</source>
        <translation>Chưa ghi nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elected by the members</source>
        <translation>Các đơn vị thành viên bầu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In rotation</source>
        <translation>Luân phiên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointed by the issuer</source>
        <translation>Cơ quan cấp trên chỉ định</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../forms/guide_dialog.ui" line="+14"/>
        <source>User guide</source>
        <translation>Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Section:</source>
        <translation>&amp;Mục:</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/guide.py" line="+109"/>
        <source>The user guide is missing from this installation: %1</source>
        <translation>Bản cài đặt này thiếu tài liệu hướng dẫn: %1</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <location filename="../../emudesk/ui/handover_actions.py" line="+30"/>
        <source>Hand over a cluster</source>
        <translation>Bàn giao cụm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster:</source>
        <translation>Cụm:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Handover file</source>
        <translation>Tệp bàn giao</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+79"/>
        <source>emudesk handover files (*.emudesk);;All files (*)</source>
        <translation>Tệp bàn giao emudesk (*.emudesk);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Writing the handover file…</source>
        <translation>Đang ghi tệp bàn giao…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The handover file was not written</source>
        <translation>Chưa ghi được tệp bàn giao</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Handover file written</source>
        <translation>Đã ghi tệp bàn giao</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 record(s) written to %3. Give this file to the next head unit.</source>
        <translation>%1: đã ghi %2 bản ghi vào %3. Hãy chuyển tệp này cho đơn vị cụm trưởng năm sau.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Receive a handover file</source>
        <translation>Nhận tệp bàn giao</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reading the handover file…</source>
        <translation>Đang đọc tệp bàn giao…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The handover file cannot be used</source>
        <translation>Không dùng được tệp bàn giao</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing to merge</source>
        <translation>Không có gì để nhập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: no changes.</source>
        <translation>%1: không có thay đổi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 new record(s), %3 unchanged, %4 record(s) differ from this database.</source>
        <translation>%1: %2 bản ghi mới, %3 không đổi, %4 bản ghi khác với cơ sở dữ liệu này.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Of the file&apos;s %1 record(s): %2 new, %3 unchanged, %4 differing, %5 history entries to add, %6 already here.</source>
        <translation>Trong %1 bản ghi trong tệp: %2 mới, %3 không đổi, %4 khác, %5 dòng nhật ký sẽ thêm, %6 đã có.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Signature: %1.</source>
        <translation>Chữ ký số: %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Receive the handover</source>
        <translation>Nhận bàn giao</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Merging the handover file…</source>
        <translation>Đang nhập tệp bàn giao…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was merged</source>
        <translation>Chưa nhập gì</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Handover received</source>
        <translation>Đã nhận bàn giao</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 merged: %2 new record(s).</source>
        <translation>Đã nhập %1: %2 bản ghi mới.</translation>
    </message>
</context>
<context>
    <name>HandoverConflictsDialog</name>
    <message>
        <location filename="../../forms/handover_conflicts_dialog.ui" line="+14"/>
        <source>Receive the handover</source>
        <translation>Nhận bàn giao</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>These records differ between this database and the file. Tick the ones to take from the file; the others keep this database&apos;s version. Shared records (issuers, units, persons) are never changed by a handover.</source>
        <translation>Các bản ghi này khác nhau giữa cơ sở dữ liệu này và tệp. Đánh dấu những bản ghi lấy theo tệp; các bản ghi còn lại giữ bản của máy này. Bản ghi dùng chung (cơ quan ban hành, đơn vị, cá nhân) không bao giờ bị tệp bàn giao thay đổi.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Take the file&apos;s</source>
        <translation>Lấy theo tệp</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This database</source>
        <translation>Máy này</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file</source>
        <translation>Trong tệp</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Take the file&apos;s for all</source>
        <translation>Lấy theo tệp tất cả</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep this database&apos;s for all</source>
        <translation>Giữ bản của máy này tất cả</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/handover_conflicts.py" line="+48"/>
        <source>A shared record: a handover file never changes it.</source>
        <translation>Bản ghi dùng chung: tệp bàn giao không bao giờ thay đổi.</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../forms/history_page.ui" line="+23"/>
        <location filename="../../emudesk/ui/pages/__init__.py" line="+16"/>
        <source>Award history</source>
        <translation>Lịch sử khen thưởng</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The awards a unit, a collective or a person received, across years, clusters and the unit&apos;s former names. Type part of a name: marks and case do not matter (&quot;phu yen&quot;).</source>
        <translation>Các khen thưởng của một đơn vị, tập thể hoặc cá nhân qua các năm, các cụm và các tên cũ của đơn vị. Gõ một phần của tên: không cần dấu, không phân biệt hoa thường (&quot;phu yen&quot;).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Find:</source>
        <translation>&amp;Tìm:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name of a unit or person, or a unit&apos;s code</source>
        <translation>Tên đơn vị hoặc cá nhân, hoặc mã đơn vị</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Awards decided before emudesk, from the template of past decisions (Excel)</source>
        <translation>Các khen thưởng đã quyết định trước khi dùng emudesk, nhập từ mẫu quyết định đã ban hành (Excel)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import past decisions…</source>
        <translation>&amp;Nhập quyết định đã ban hành…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the workbook to type past decisions into, with the award catalogue</source>
        <translation>Lưu tệp Excel để ghi các quyết định đã ban hành, kèm danh mục khen thưởng</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the &amp;template…</source>
        <translation>Lưu &amp;mẫu…</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/pages/history.py" line="+52"/>
        <source>%1 award(s)</source>
        <translation>%1 khen thưởng</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <location filename="../../emudesk/ui/models/issuing.py" line="-35"/>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Award</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster</source>
        <translation>Cụm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register number</source>
        <translation>Số sổ</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../forms/import_dialog.ui" line="+14"/>
        <source>Import returned scoring forms</source>
        <translation>Nhập phiếu chấm điểm đơn vị gửi về</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add the workbooks the member units sent back, or the e-mails that carry them (.eml, Thunderbird .mbox, Outlook .msg), or drop them here. Each file is checked and its changes are shown; nothing is stored until you press Import.</source>
        <translation>Thêm các tệp Excel các đơn vị gửi về, hoặc các thư điện tử đính kèm chúng (.eml, hộp thư Thunderbird .mbox, thư Outlook .msg), hoặc kéo thả vào đây. Từng tệp được kiểm tra và hiển thị những gì sẽ thay đổi; chưa có gì được lưu cho đến khi bạn bấm Nhập.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Add files…</source>
        <translation>&amp;Thêm tệp…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remove from the list</source>
        <translation>&amp;Bỏ khỏi danh sách</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Match returns of an older table version by criterion code</source>
        <translation>&amp;Đối chiếu phiếu theo phiên bản bảng điểm cũ bằng mã tiêu chí</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose a file to see what is wrong with it or what it would change.</source>
        <translation>Chọn một tệp để xem tệp có lỗi gì hoặc sẽ thay đổi những gì.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Stop checking</source>
        <translation>&amp;Dừng kiểm tra</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>All files together: &amp;nothing is stored if one is refused</source>
        <translation>Tất cả cùng lúc: &amp;không lưu gì nếu có tệp bị từ chối</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>File by file: store the &amp;good files, leave the refused ones</source>
        <translation>Từng tệp: lưu các tệp &amp;hợp lệ, bỏ qua tệp bị từ chối</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Close</source>
        <translation>Đón&amp;g</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/import_returns.py" line="+87"/>
        <location line="+48"/>
        <source>Add the returned files to check them.</source>
        <translation>Thêm các tệp đơn vị gửi về để kiểm tra.</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Returned scoring forms</source>
        <translation>Phiếu chấm điểm đơn vị gửi về</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Returns (*.xlsx *.eml *.mbox *.msg);;Excel workbooks (*.xlsx);;Saved e-mails (*.eml *.mbox *.msg);;All files (*)</source>
        <translation>Phiếu gửi về (*.xlsx *.eml *.mbox *.msg);;Tệp Excel (*.xlsx);;Thư điện tử đã lưu (*.eml *.mbox *.msg);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Checking %1 file(s)…</source>
        <translation>Đang kiểm tra %1 tệp…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 file(s): %2 ready, %3 without changes, %4 refused, %5 duplicate(s).</source>
        <translation>%1 tệp: %2 sẵn sàng, %3 không có thay đổi, %4 bị từ chối, %5 trùng lặp.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Match older table versions</source>
        <translation>Đối chiếu phiên bản bảng điểm cũ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A return made from an older version of the scoring table will be read row by row using the criterion codes. Rows whose code no longer exists, or whose maximum changed, are reported and not imported. Match them?</source>
        <translation>Phiếu làm theo phiên bản cũ của bảng chấm điểm sẽ được đọc từng dòng theo mã tiêu chí. Dòng có mã không còn hoặc điểm tối đa đã đổi sẽ được báo và không được nhập. Đối chiếu?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Match by code</source>
        <translation>Đối chiếu theo mã</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+91"/>
        <source>Nothing imported</source>
        <translation>Chưa nhập gì</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>%1 file(s) are refused, so nothing was imported. Correct them or remove them from the list, or choose to import file by file.</source>
        <translation>Có %1 tệp bị từ chối nên chưa nhập gì. Hãy sửa hoặc bỏ các tệp đó khỏi danh sách, hoặc chọn nhập từng tệp.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import the scores</source>
        <translation>Nhập điểm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Store %1 new or changed score(s) from %2 file(s)? A backup of the database is made first.</source>
        <translation>Lưu %1 điểm mới hoặc thay đổi từ %2 tệp? Cơ sở dữ liệu sẽ được sao lưu trước.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Storing the scores of %1 file(s)…</source>
        <translation>Đang lưu điểm của %1 tệp…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2 score(s) stored.</source>
        <translation>%1: đã lưu %2 điểm.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backup made before the import: %1</source>
        <translation>Bản sao lưu trước khi nhập: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import finished</source>
        <translation>Đã nhập xong</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partly imported</source>
        <translation>Nhập được một phần</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 file(s) imported.</source>
        <translation>Đã nhập %1 tệp.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No changes to store.</source>
        <translation>Không có thay đổi nào để lưu.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Checking stopped. Nothing was imported.</source>
        <translation>Đã dừng kiểm tra. Chưa nhập gì.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
</context>
<context>
    <name>ImportFilesModel</name>
    <message>
        <location filename="../../emudesk/ui/models/import_files.py" line="+94"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Form of</source>
        <translation>Phiếu của</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 new, %2 changed, %3 unchanged</source>
        <translation>%1 mới, %2 thay đổi, %3 không đổi</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Refused</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same file twice: skipped</source>
        <translation>Trùng tệp: bỏ qua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No changes</source>
        <translation>Không có thay đổi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready</source>
        <translation>Sẵn sàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No workbook in the e-mail</source>
        <translation>Thư không đính kèm bảng tính</translation>
    </message>
</context>
<context>
    <name>IssuerDialog</name>
    <message>
        <location filename="../../forms/issuer_dialog.ui" line="+14"/>
        <source>Issuer</source>
        <translation>Cơ quan cấp trên</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. Bộ Văn hóa, Thể thao và Du lịch</source>
        <translation>VD: Bộ Văn hóa, Thể thao và Du lịch</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Short name:</source>
        <translation>Tên &amp;viết tắt:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. Bộ VHTTDL</source>
        <translation>VD: Bộ VHTTDL</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Si&amp;gner&apos;s title:</source>
        <translation>Chức danh người &amp;ký:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The title printed above the signature on certificates</source>
        <translation>Chức danh in phía trên chữ ký trên bằng khen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. BỘ TRƯỞNG BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH</source>
        <translation>VD: BỘ TRƯỞNG BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/issuer.py" line="+39"/>
        <source>Add an issuer</source>
        <translation>Thêm cơ quan cấp trên</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the issuer</source>
        <translation>Sửa cơ quan cấp trên</translation>
    </message>
</context>
<context>
    <name>IssuerTableModel</name>
    <message>
        <location filename="../../emudesk/ui/models/issuers.py" line="+18"/>
        <source>Name</source>
        <translation>Tên cơ quan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short name</source>
        <translation>Tên viết tắt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signer&apos;s title</source>
        <translation>Chức danh người ký</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clusters</source>
        <translation>Số cụm</translation>
    </message>
</context>
<context>
    <name>IssuersPage</name>
    <message>
        <location filename="../../forms/issuers_page.ui" line="+23"/>
        <location filename="../../emudesk/ui/pages/__init__.py" line="-56"/>
        <source>Issuers</source>
        <translation>Cơ quan cấp trên</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The ministries, committees and provinces that form clusters and grant awards.</source>
        <translation>Các bộ, cơ quan ngang bộ và tỉnh thành lập cụm thi đua và quyết định khen thưởng.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add an issuing body (Ins)</source>
        <translation>Thêm một cơ quan cấp trên (Ins)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add issuer…</source>
        <translation>&amp;Thêm cơ quan…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change the selected issuer (F2 or double-click)</source>
        <translation>Sửa cơ quan đang chọn (F2 hoặc nhấp đúp)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give the issuer a new name from a date on, with its decision; papers dated earlier keep the old name</source>
        <translation>Đặt tên mới cho cơ quan cấp trên từ một ngày, kèm quyết định; văn bản đề ngày trước đó giữ tên cũ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rena&amp;me on a date…</source>
        <translation>Đổ&amp;i tên từ ngày…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove the selected issuer (only when no cluster belongs to it; Del)</source>
        <translation>Xóa cơ quan đang chọn (chỉ khi không còn cụm nào trực thuộc; Del)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Award catalogue of the selected issuer</source>
        <translation>Danh mục khen thưởng của cơ quan đang chọn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The awards its clusters propose, named as its papers name them, each valid between two dates: what it is made into, who signs, the legal basis, the money, the quota per cluster and the vote it needs.</source>
        <translation>Các danh hiệu, hình thức khen thưởng mà các cụm đề nghị, ghi đúng tên trên văn bản, có hiệu lực trong một khoảng thời gian: hiện vật, người ký, căn cứ pháp lý, tiền thưởng, hạn mức mỗi cụm và ngưỡng biểu quyết.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add an award to the selected issuer&apos;s catalogue</source>
        <translation>Thêm khen thưởng vào danh mục của cơ quan đang chọn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a&amp;ward…</source>
        <translation>Thêm &amp;khen thưởng…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change the selected award (or double-click it)</source>
        <translation>Sửa khen thưởng đang chọn (hoặc nháy đúp)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change awar&amp;d…</source>
        <translation>Sửa khen thưởn&amp;g…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove the selected award (only when no proposal asks for it)</source>
        <translation>Xóa khen thưởng đang chọn (chỉ khi chưa có đề nghị nào)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De&amp;lete award</source>
        <translation>Xóa khen thưở&amp;ng</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move the selected award up: papers list the awards in this order</source>
        <translation>Chuyển khen thưởng đang chọn lên: văn bản liệt kê theo thứ tự này</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Up</source>
        <translation>&amp;Lên</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move the selected award down</source>
        <translation>Chuyển khen thưởng đang chọn xuống</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dow&amp;n</source>
        <translation>&amp;Hạ xuống</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/pages/issuers.py" line="+133"/>
        <source>Remove “%1” from the catalogue?</source>
        <translation>Xóa “%1” khỏi danh mục?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove an award</source>
        <translation>Xóa khen thưởng</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Remove the issuer “%1”?</source>
        <translation>Xóa cơ quan “%1”?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove an issuer</source>
        <translation>Xóa cơ quan cấp trên</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+56"/>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message>
        <location filename="../../emudesk/ui/pages/commitment.py" line="-283"/>
        <source>Item</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit of measure</source>
        <translation>Đơn vị tính</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../emudesk/ui/labels.py" line="+24"/>
        <source>Section</source>
        <translation>Mục</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>Chấm điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass / fail</source>
        <translation>Đạt / không đạt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per occurrence</source>
        <translation>Theo số lần</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Against a target</source>
        <translation>Theo chỉ tiêu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bonus</source>
        <translation>Điểm thưởng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deduction</source>
        <translation>Điểm trừ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Points from 0 to %1</source>
        <translation>Điểm từ 0 đến %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pass: %1; fail: 0</source>
        <translation>Đạt: %1; không đạt: 0</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of times (%1 points each, at most %2)</source>
        <translation>Số lần (%1 điểm/lần, tối đa %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Result achieved (target: at most %1)</source>
        <translation>Kết quả đạt được (chỉ tiêu: không quá %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result achieved (target %1)</source>
        <translation>Kết quả đạt được (chỉ tiêu %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bonus points, 0 to %1</source>
        <translation>Điểm thưởng, từ 0 đến %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points deducted (a positive number), 0 to %1</source>
        <translation>Điểm trừ (số dương), từ 0 đến %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Self-score</source>
        <translation>Tự chấm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peer score</source>
        <translation>Chấm chéo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head&apos;s review</source>
        <translation>Điểm thẩm định</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not scored</source>
        <translation>chưa chấm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>draft</source>
        <translation>đang soạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>submitted</source>
        <translation>đã gửi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reviewed</source>
        <translation>đã thẩm định</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>locked</source>
        <translation>đã khóa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Head&apos;s review where given, else the mean of peer scores</source>
        <translation>Điểm thẩm định của cụm trưởng; tiêu chí chưa thẩm định lấy trung bình điểm chấm chéo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mean of the peer scores</source>
        <translation>Trung bình điểm chấm chéo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head&apos;s review only</source>
        <translation>Chỉ điểm thẩm định của cụm trưởng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-score only</source>
        <translation>Chỉ điểm tự chấm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean of the self-score and the peer scores</source>
        <translation>Trung bình điểm tự chấm và điểm chấm chéo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>keep the successor&apos;s value</source>
        <translation>giữ điểm của đơn vị tiếp nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>take the mean of both</source>
        <translation>lấy trung bình của hai đơn vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ask the officer row by row</source>
        <translation>hỏi cán bộ từng tiêu chí</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Higher score in a section</source>
        <translation>Điểm cao hơn ở một mục</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fewer deduction points</source>
        <translation>Ít điểm trừ hơn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More bonus points</source>
        <translation>Nhiều điểm thưởng hơn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More votes</source>
        <translation>Nhiều phiếu bầu hơn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Better rank last year</source>
        <translation>Xếp hạng năm trước cao hơn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Higher score in section %1</source>
        <translation>Điểm cao hơn ở mục %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not excluded</source>
        <translation>Không loại trừ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Under disciplinary review</source>
        <translation>Đang bị xem xét kỷ luật</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under inspection</source>
        <translation>Đang bị thanh tra, kiểm tra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unresolved complaint or denunciation</source>
        <translation>Có khiếu nại, tố cáo chưa giải quyết</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Emulation flag</source>
        <translation>Cờ thi đua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate of merit</source>
        <translation>Bằng khen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Draft</source>
        <translation>Dự thảo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voted</source>
        <translation>Đã biểu quyết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>Đã trình</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Đã phê duyệt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not awarded</source>
        <translation>Không được khen thưởng</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collective</source>
        <translation>Tập thể</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Emulation title</source>
        <translation>Danh hiệu thi đua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form of commendation</source>
        <translation>Hình thức khen thưởng</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Collectives</source>
        <translation>Tập thể</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Individuals</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collectives and individuals</source>
        <translation>Tập thể và cá nhân</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Flag (made by the flag maker)</source>
        <translation>Cờ (do cơ sở may cờ làm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate</source>
        <translation>Bằng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to print</source>
        <translation>Không in</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not suggested by the ranking</source>
        <translation>Không đề xuất theo xếp hạng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The leading units (flag)</source>
        <translation>Đơn vị dẫn đầu (cờ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The next units (certificate)</source>
        <translation>Các đơn vị tiếp theo (bằng khen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>rounded down</source>
        <translation>làm tròn xuống</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rounded up</source>
        <translation>làm tròn lên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rounded to the nearest</source>
        <translation>làm tròn</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Submission</source>
        <translation>Tờ trình</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting minutes</source>
        <translation>Biên bản họp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Achievement report</source>
        <translation>Báo cáo thành tích</translation>
    </message>
</context>
<context>
    <name>ListImportDialog</name>
    <message>
        <location filename="../../forms/list_import_dialog.ui" line="+35"/>
        <source>&amp;Workbook:</source>
        <translation>&amp;Bảng tính:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save an empty workbook with the right columns and an example, to fill in</source>
        <translation>Lưu một bảng tính trống có sẵn các cột cần thiết và một ví dụ, để điền vào</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a &amp;template…</source>
        <translation>Lưu &amp;mẫu…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cluster and &amp;year:</source>
        <translation>Cụm và &amp;năm:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New names valid &amp;from:</source>
        <translation>Tên mới dùng &amp;từ năm:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The year from which the names of new units are used</source>
        <translation>Năm bắt đầu dùng tên của các đơn vị mới</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>&amp;Import</source>
        <translation>N&amp;hập</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/list_import.py" line="+84"/>
        <source>Choose the workbook, or save a template to fill in first.</source>
        <translation>Hãy chọn bảng tính, hoặc lưu mẫu để điền trước.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import units from a workbook</source>
        <translation>Nhập đơn vị từ bảng tính</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A list of unit codes and official names (and, if you have them, short names, provinces, e-mail addresses, contact persons and phones) on its first sheet, under the template&apos;s headings, in any order. New codes are added; units already here get their contact details updated.</source>
        <translation>Danh sách mã và tên chính thức của các đơn vị (và nếu có: tên viết tắt, tỉnh, thư điện tử, người liên hệ, điện thoại) ở trang tính đầu tiên, dưới các tiêu đề cột như trong mẫu, theo thứ tự bất kỳ. Mã mới được thêm; đơn vị đã có được cập nhật thông tin liên hệ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import a scoring table from a workbook</source>
        <translation>Nhập bảng chấm điểm từ bảng tính</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A table of criteria with their codes, titles, kinds, maxima and the code of the section above each (and points per occurrence, targets and guidance where needed) on its first sheet, under the template&apos;s headings. Its rows are added at the end of the chosen year&apos;s scoring table.</source>
        <translation>Bảng các tiêu chí với mã, nội dung, loại, điểm tối đa và mã mục cha của từng dòng (và điểm mỗi lần, chỉ tiêu, hướng dẫn khi cần) ở trang tính đầu tiên, dưới các tiêu đề cột như trong mẫu. Các dòng được thêm vào cuối bảng chấm điểm của năm đã chọn.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Bảng tính Excel (*.xlsx);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save a template</source>
        <translation>Lưu mẫu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Template saved</source>
        <translation>Đã lưu mẫu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The template is saved as %1. Fill in its first sheet (the second shows an example), save it, then choose it here.</source>
        <translation>Đã lưu mẫu vào %1. Hãy điền trang tính đầu tiên (trang thứ hai là ví dụ), lưu lại, rồi chọn tệp đó ở đây.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Add a year to the cluster first: the table belongs to a year.</source>
        <translation>Hãy thêm một năm cho cụm trước: bảng chấm điểm thuộc về một năm.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Checking the workbook…</source>
        <translation>Đang kiểm tra bảng tính…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 new, %2 changed, %3 unchanged, %4 refused.</source>
        <translation>%1 mới, %2 thay đổi, %3 không đổi, %4 bị từ chối.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correct the refused rows in the workbook, then choose it again.</source>
        <translation>Hãy sửa các dòng bị từ chối trong bảng tính rồi chọn lại tệp.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to import.</source>
        <translation>Không có gì để nhập.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Storing…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 unit(s) added or updated.</source>
        <translation>Đã thêm hoặc cập nhật %1 đơn vị.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 row(s) added to the scoring table.</source>
        <translation>Đã thêm %1 dòng vào bảng chấm điểm.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported</source>
        <translation>Đã nhập</translation>
    </message>
</context>
<context>
    <name>ListImportModel</name>
    <message>
        <location filename="../../emudesk/ui/models/list_import.py" line="+48"/>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On import</source>
        <translation>Khi nhập</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>added</source>
        <translation>thêm mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>updated</source>
        <translation>cập nhật</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unchanged</source>
        <translation>không đổi</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../forms/main_window.ui" line="+63"/>
        <source>&amp;File</source>
        <translation>Tệ&amp;p</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open re&amp;cent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recent &amp;workbooks</source>
        <translation>Bảng tính &amp;vừa mở</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;View</source>
        <translation>X&amp;em</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Tools</source>
        <translation>&amp;Công cụ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Help</source>
        <translation>T&amp;rợ giúp</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Main toolbar</source>
        <translation>Thanh công cụ chính</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open another emudesk database file</source>
        <translation>Mở một tệp cơ sở dữ liệu emudesk khác</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;New database…</source>
        <translation>Tạo cơ sở &amp;dữ liệu mới…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create an empty database file and open it</source>
        <translation>Tạo một tệp cơ sở dữ liệu trống và mở nó</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Import returned scoring forms…</source>
        <translation>Nhập phiếu &amp;chấm điểm đơn vị gửi về…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the workbooks the member units sent back and store their scores (you can also drop the files on the window)</source>
        <translation>Kiểm tra các tệp Excel các đơn vị gửi về và lưu điểm (cũng có thể kéo thả tệp vào cửa sổ)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Export scoring forms…</source>
        <translation>&amp;Xuất phiếu chấm điểm…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write one scoring workbook per member unit, to send by e-mail</source>
        <translation>Ghi mỗi đơn vị thành viên một tệp Excel chấm điểm để gửi qua thư điện tử</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Send the forms by e-mail…</source>
        <translation>Gửi phiếu qua &amp;thư điện tử…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write each member unit a ready e-mail with its form attached, as drafts or through the office&apos;s mail server</source>
        <translation>Soạn cho mỗi đơn vị thành viên một thư điện tử kèm phiếu của đơn vị, dưới dạng thư nháp hoặc gửi qua máy chủ thư của cơ quan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Fill in a received scoring form…</source>
        <translation>Điền &amp;phiếu chấm điểm nhận được…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As a member unit: open the form the head unit sent, score, and save the return to mail back</source>
        <translation>Dành cho đơn vị thành viên: mở phiếu đơn vị cụm trưởng gửi, chấm điểm và lưu phiếu để gửi lại</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import &amp;units from a workbook…</source>
        <translation>Nhập d&amp;anh sách đơn vị từ bảng tính…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the member units from an Excel list (a template to fill in is offered)</source>
        <translation>Thêm các đơn vị thành viên từ một danh sách Excel (có mẫu để điền)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import a scoring &amp;table from a workbook…</source>
        <translation>Nhập bảng chấm đ&amp;iểm từ bảng tính…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a year&apos;s criteria from an Excel table (a template to fill in is offered)</source>
        <translation>Thêm các tiêu chí của một năm từ một bảng Excel (có mẫu để điền)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Hand over a cluster…</source>
        <translation>&amp;Bàn giao cụm…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write every year of a cluster to one file for the next head&apos;s PC</source>
        <translation>Ghi mọi năm của một cụm vào một tệp để chuyển sang máy của cụm trưởng năm sau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recei&amp;ve a handover file…</source>
        <translation>&amp;Nhận tệp bàn giao…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merge a cluster handed over by the previous head into this database</source>
        <translation>Nhập cụm do cụm trưởng năm trước bàn giao vào cơ sở dữ liệu này</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Receive a &amp;package (submission, decision)…</source>
        <translation>Nhận gói đề nghị, q&amp;uyết định…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The issuer&apos;s office receives a cluster&apos;s submission package; a head receives the issuer&apos;s decision package</source>
        <translation>Cơ quan cấp trên nhận gói đề nghị của cụm; cụm trưởng nhận gói quyết định của cơ quan cấp trên</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Back up…</source>
        <translation>&amp;Sao lưu…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a copy of the open database to a file</source>
        <translation>Ghi một bản sao của cơ sở dữ liệu đang mở ra tệp</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace the open database by a backup copy</source>
        <translation>Thay cơ sở dữ liệu đang mở bằng một bản sao lưu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Clusters</source>
        <translation>&amp;Cụm thi đua</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the emulation clusters</source>
        <translation>Xem các cụm thi đua</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Units</source>
        <translation>&amp;Đơn vị</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the member units</source>
        <translation>Xem các đơn vị thành viên</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Issuers</source>
        <translation>Cơ &amp;quan cấp trên</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the issuing bodies</source>
        <translation>Xem các cơ quan cấp trên</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Search…</source>
        <translation>&amp;Tìm kiếm…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Re&amp;load</source>
        <translation>Tải &amp;lại</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the database again (after a colleague changed it)</source>
        <translation>Đọc lại cơ sở dữ liệu (khi đồng nghiệp vừa thay đổi)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Verify a signed file…</source>
        <translation>Kiểm tra chữ ký &amp;số của tệp…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the digital signatures of a PDF or of a package (handover file)</source>
        <translation>Kiểm tra chữ ký số của một tệp PDF hoặc một gói tệp (tệp bàn giao)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Check the database</source>
        <translation>&amp;Kiểm tra cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Look for damage and inconsistencies in the database</source>
        <translation>Tìm lỗi hỏng và dữ liệu mâu thuẫn trong cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;User guide</source>
        <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The guide to a whole year&apos;s work, at the section of the page you are on (F1)</source>
        <translation>Hướng dẫn công việc cả năm, mở đúng mục của trang đang xem (F1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;About emudesk</source>
        <translation>&amp;Giới thiệu emudesk</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/main_window.py" line="+218"/>
        <source>Opening the database…</source>
        <translation>Đang mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Database: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 — form to fill in</source>
        <translation>%1 — phiếu cần điền</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — return to import</source>
        <translation>%1 — phiếu gửi về cần nhập</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Recent workbooks</source>
        <translation>Bảng tính vừa mở</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is no longer there; it is taken off the list.</source>
        <translation>Không còn tệp %1; tệp được bỏ khỏi danh sách.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Open a received scoring form</source>
        <translation>Mở phiếu chấm điểm nhận được</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Tệp Excel (*.xlsx);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/action_state.py" line="+25"/>
        <source>There is no cluster yet: add one on the Clusters page first.</source>
        <translation>Chưa có cụm thi đua nào: hãy thêm cụm ở trang Cụm thi đua trước.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No cluster has a year yet: add the cluster and its year on the Clusters page first.</source>
        <translation>Chưa cụm nào có năm: hãy thêm cụm và năm của cụm ở trang Cụm thi đua trước.</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../forms/meeting_dialog.ui" line="+14"/>
        <source>Meeting</source>
        <translation>Hội nghị</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Date:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Place:</source>
        <translation>Địa &amp;điểm:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Host:</source>
        <translation>Đơn vị đăng &amp;cai:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Chaired by:</source>
        <translation>Chủ &amp;trì:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. Ông Nguyễn Văn A, Trưởng Ban Dân tộc tỉnh Đắk Lắk</source>
        <translation>ví dụ Ông Nguyễn Văn A, Trưởng Ban Dân tộc tỉnh Đắk Lắk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name and title, as the minutes print them (the name signs the minutes)</source>
        <translation>Họ tên và chức vụ như biên bản ghi (người này ký biên bản)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Secretary:</source>
        <translation>T&amp;hư ký:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. Bà Trần Thị B, Chuyên viên</source>
        <translation>ví dụ Bà Trần Thị B, Chuyên viên</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Units that attended</source>
        <translation>Các đơn vị dự họp</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Agenda:</source>
        <translation>Nội &amp;dung:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Resolutions:</source>
        <translation>&amp;Kết luận:</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <location filename="../../emudesk/ui/dialogs/meeting.py" line="+25"/>
        <source>Launch</source>
        <translation>Hội nghị phát động</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mid-year review</source>
        <translation>Sơ kết giữa năm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year-end conference</source>
        <translation>Hội nghị tổng kết</translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <location filename="../../emudesk/ui/pages/meetings.py" line="+31"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Hội nghị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units present</source>
        <translation>Số đơn vị dự</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votes</source>
        <translation>Biểu quyết</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../forms/meetings_page.ui" line="+37"/>
        <source>&amp;New meeting…</source>
        <translation>Hội nghị &amp;mới…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record a v&amp;ote…</source>
        <translation>Ghi kết &amp;quả biểu quyết…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Minutes…</source>
        <translation>&amp;Biên bản…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Remove</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/pages/__init__.py" line="+32"/>
        <source>Meetings</source>
        <translation>Hội nghị</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/pages/meetings.py" line="+34"/>
        <source>Meetings — %1 — year %2</source>
        <translation>Hội nghị — %1 — năm %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No meeting recorded for this year yet.</source>
        <translation>Năm này chưa ghi nhận hội nghị nào.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Units present:</source>
        <translation>Đơn vị dự họp:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agenda:</source>
        <translation>Nội dung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votes:</source>
        <translation>Biểu quyết:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolutions:</source>
        <translation>Kết luận:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Proposal</source>
        <translation>Đề nghị khen thưởng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head for next year</source>
        <translation>Cụm trưởng năm sau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deputy for next year</source>
        <translation>Cụm phó năm sau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 — for %3, against %4, abstaining %5%6</source>
        <translation>%1: %2 — tán thành %3, không tán thành %4, không ý kiến %5%6</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (unanimous)</source>
        <translation> (nhất trí)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Minutes</source>
        <translation>Biên bản</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word document (*.docx);;PDF (*.pdf)</source>
        <translation>Văn bản Word (*.docx);;PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Remove the meeting</source>
        <translation>Xóa hội nghị</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the meeting of %1 with its attendance and votes?</source>
        <translation>Xóa hội nghị ngày %1 cùng thành phần dự họp và kết quả biểu quyết?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
</context>
<context>
    <name>MemberFormDialog</name>
    <message>
        <location filename="../../forms/member_form_dialog.ui" line="+14"/>
        <source>Fill in a scoring form</source>
        <translation>Điền phiếu chấm điểm</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Type your own score in the Self-score column and your scores of the other members in their columns; empty cells are left unscored. Each value is checked as you type, as the head&apos;s import will check it.</source>
        <translation>Nhập điểm tự chấm vào cột Tự chấm và điểm chấm các đơn vị khác vào cột của từng đơn vị; ô để trống là chưa chấm. Mỗi giá trị được kiểm tra ngay khi nhập, giống như khi đơn vị cụm trưởng nhập phiếu.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;Save the return…</source>
        <translation>&amp;Lưu phiếu để gửi…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Reply with the filled form…</source>
        <translation>&amp;Trả lời kèm phiếu đã điền…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write an e-mail to the head unit with the saved return attached, ready in the mail program</source>
        <translation>Soạn thư gửi đơn vị cụm trưởng kèm phiếu đã lưu, mở sẵn trong chương trình thư điện tử</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/member_form.py" line="+55"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2, %3&lt;br&gt;Form of &lt;b&gt;%4&lt;/b&gt; (file %5)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2, năm %3&lt;br&gt;Phiếu của &lt;b&gt;%4&lt;/b&gt; (tệp %5)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scoring form of %1</source>
        <translation>Phiếu chấm điểm của %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the return</source>
        <translation>Lưu phiếu để gửi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The return was not saved</source>
        <translation>Chưa lưu được phiếu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Return saved</source>
        <translation>Đã lưu phiếu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved to %1. Send this file to the head unit; it can still be opened and changed in Excel or LibreOffice.</source>
        <translation>Đã lưu vào %1. Hãy gửi tệp này cho đơn vị cụm trưởng; tệp vẫn mở và sửa được bằng Excel hoặc LibreOffice.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The reply was not written</source>
        <translation>Chưa soạn được thư trả lời</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reply to the head unit</source>
        <translation>Trả lời đơn vị cụm trưởng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The form does not say the head unit&apos;s e-mail address; type it:</source>
        <translation>Phiếu không ghi địa chỉ thư điện tử của đơn vị cụm trưởng; hãy nhập địa chỉ:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unsaved scores</source>
        <translation>Điểm chưa được lưu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scores you typed are not saved in a return yet. Close anyway?</source>
        <translation>Điểm vừa nhập chưa được lưu vào phiếu. Vẫn đóng?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without saving</source>
        <translation>Đóng không lưu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot open the form</source>
        <translation>Không mở được phiếu</translation>
    </message>
</context>
<context>
    <name>MemberFormModel</name>
    <message>
        <location filename="../../emudesk/ui/models/member_form.py" line="+111"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Max.</source>
        <translation>Tối đa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How to score</source>
        <translation>Cách chấm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence</source>
        <translation>Minh chứng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Self-score</source>
        <translation>Tự chấm</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The sum of the rows under this section (results are left out)</source>
        <translation>Tổng các dòng thuộc mục này (không tính các tiêu chí nhập kết quả)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Provisional total</source>
        <translation>Tổng điểm tạm tính</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sections, plus bonus, minus deduction; results against a target are left out, since their points depend on every unit&apos;s result</source>
        <translation>Các mục, cộng điểm thưởng, trừ điểm trừ; chưa tính các tiêu chí theo chỉ tiêu, vì điểm của chúng phụ thuộc kết quả của mọi đơn vị</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <location filename="../../emudesk/ui/models/years.py" line="+44"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in that year</source>
        <translation>Tên trong năm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short name</source>
        <translation>Tên viết tắt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Head</source>
        <translation>Cụm trưởng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deputy</source>
        <translation>Cụm phó</translation>
    </message>
</context>
<context>
    <name>MergeUnitDialog</name>
    <message>
        <location filename="../../forms/merge_unit_dialog.ui" line="+14"/>
        <source>Merge a unit into another</source>
        <translation>Sáp nhập đơn vị</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Merged &amp;into:</source>
        <translation>Sáp nhập &amp;vào:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Effective on:</source>
        <translation>&amp;Có hiệu lực từ ngày:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Decision &amp;number:</source>
        <translation>&amp;Số văn bản quyết định:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. 202/2025/QH15</source>
        <translation>ví dụ 202/2025/QH15</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Decision &amp;dated:</source>
        <translation>&amp;Ngày ban hành:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Both scored a &amp;row:</source>
        <translation>Cả hai cùng chấm một &amp;tiêu chí:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Papers dated earlier keep the unit under its own name. Its scores, explanations, commitment signature and proposals of that year pass to the unit it merged into, and so do its memberships; a head or deputy role of that year is flagged on the year page until its successor is recorded.</source>
        <translation>Các văn bản đề ngày trước đó vẫn giữ tên cũ của đơn vị. Điểm, giải trình, chữ ký giao ước và đề nghị khen thưởng của năm đó chuyển sang đơn vị tiếp nhận, cùng với tư cách thành viên; vai trò cụm trưởng hoặc cụm phó của năm đó được đánh dấu trên trang năm cho đến khi ghi nhận đơn vị kế nhiệm.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Preview of what changes:</source>
        <translation>&amp;Xem trước những gì thay đổi:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Rows both scored: &amp;choose what to keep for each</source>
        <translation>Các tiêu chí cả hai cùng có điểm: chọn điểm &amp;giữ lại cho từng tiêu chí</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/merge_unit.py" line="+60"/>
        <location line="+137"/>
        <source>Choose the unit it merged into</source>
        <translation>Chọn đơn vị tiếp nhận</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Unit: %1 (%2)</source>
        <translation>Đơn vị: %1 (%2)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>From %1 on, papers name “%2”.</source>
        <translation>Từ ngày %1, văn bản ghi tên “%2”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No year in progress holds data of this unit to move.</source>
        <translation>Không có năm nào đang thực hiện chứa dữ liệu của đơn vị này cần chuyển.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Years concerned: %1</source>
        <translation>Các năm liên quan: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scores that pass to the successor: %1; peer scores between the two, dropped: %2; rows both scored: %3.</source>
        <translation>Điểm chuyển sang đơn vị tiếp nhận: %1; điểm chấm chéo giữa hai đơn vị, bỏ đi: %2; tiêu chí cả hai cùng có điểm: %3.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Explanations: %1; commitment signatures: %2 (the successor&apos;s own kept: %3); proposals: %4 (duplicates dropped: %5).</source>
        <translation>Giải trình: %1; chữ ký giao ước: %2 (giữ chữ ký của đơn vị tiếp nhận: %3); đề nghị khen thưởng: %4 (bỏ đề nghị trùng: %5).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>  %1, row %2, %3 by %4: successor %5, absorbed %6</source>
        <translation>  %1, tiêu chí %2, %3 của %4: đơn vị tiếp nhận %5, đơn vị sáp nhập %6</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The scores of %1 are locked: unlock them first.</source>
        <translation>Điểm của %1 đã khóa: hãy mở khóa trước.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>People of the unit: %1.</source>
        <translation>Cá nhân thuộc đơn vị: %1.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Choose what to keep for each row both units scored (%1 left).</source>
        <translation>Hãy chọn điểm giữ lại cho từng tiêu chí cả hai đơn vị cùng có điểm (còn %1 tiêu chí).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Record that “%1” merged into “%2” on %3?

Its data of that year and its memberships pass to “%2”; papers dated earlier keep it under its own name.</source>
        <translation>Ghi nhận “%1” sáp nhập vào “%2” từ ngày %3?

Dữ liệu năm đó và tư cách thành viên của đơn vị chuyển sang “%2”; các văn bản đề ngày trước đó vẫn giữ tên cũ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Merge units</source>
        <translation>Sáp nhập đơn vị</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Merge</source>
        <translation>Sáp nhập</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+122"/>
        <source>Choose the unit it merged into.</source>
        <translation>Hãy chọn đơn vị tiếp nhận.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../emudesk/ui/messages.py" line="+65"/>
        <source>Not possible</source>
        <translation>Không thực hiện được</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <location line="+11"/>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>NavigationModel</name>
    <message>
        <location filename="../../emudesk/ui/navigation.py" line="+87"/>
        <source>Year %1</source>
        <translation>Năm %1</translation>
    </message>
</context>
<context>
    <name>Packages</name>
    <message>
        <location filename="../../emudesk/ui/package_actions.py" line="+31"/>
        <source>Receive a package</source>
        <translation>Nhận gói</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>emudesk packages (*.zip *.emudesk-package);;All files (*)</source>
        <translation>Gói emudesk (*.zip *.emudesk-package);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is not a submission or decision package.</source>
        <translation>%1 không phải là gói đề nghị hay gói quyết định.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+19"/>
        <source>The package cannot be used</source>
        <translation>Không dùng được gói này</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Reading the package…</source>
        <translation>Đang đọc gói…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing to import</source>
        <translation>Không có gì để nhập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: no changes.</source>
        <translation>%1: không có thay đổi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 changes %2 record(s) of this database.</source>
        <translation>%1 thay đổi %2 bản ghi của cơ sở dữ liệu này.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signature: %1.</source>
        <translation>Chữ ký số: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Receive the package</source>
        <translation>Nhận gói</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Importing the package…</source>
        <translation>Đang nhập gói…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The package was not imported</source>
        <translation>Gói chưa được nhập</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Package imported</source>
        <translation>Đã nhập gói</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 change(s) imported.</source>
        <translation>%1: đã nhập %2 thay đổi.</translation>
    </message>
</context>
<context>
    <name>PapersModel</name>
    <message>
        <location filename="../../emudesk/ui/dialogs/dossier.py" line="-67"/>
        <source>Paper (ticked: ready)</source>
        <translation>Văn bản (đánh dấu: đã có)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attached file</source>
        <translation>Tệp đính kèm</translation>
    </message>
</context>
<context>
    <name>PastImportDialog</name>
    <message>
        <location filename="../../forms/past_import_dialog.ui" line="+14"/>
        <location filename="../../emudesk/ui/dialogs/past_import.py" line="+252"/>
        <source>Import past decisions</source>
        <translation>Nhập quyết định đã ban hành</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Awards decided before emudesk, one row per recipient, typed into the template of past decisions. Every row is checked (the award in the catalogue, the unit by its name on the decision&apos;s date, the register number) and shown below before anything is stored; a row already here is left alone, or, if it corrects the register number, signer, position, achievement or note, shown with the old and new values for you to update it.</source>
        <translation>Các khen thưởng đã quyết định trước khi dùng emudesk, mỗi người hoặc tập thể được khen một dòng, nhập vào mẫu quyết định trước đây. Mọi dòng đều được kiểm tra (hình thức khen thưởng trong danh mục, đơn vị theo tên tại ngày quyết định, số vào sổ) và hiện dưới đây trước khi lưu; dòng đã có được giữ nguyên, hoặc nếu dòng sửa số vào sổ, người ký, chức vụ, thành tích hay ghi chú thì hiện giá trị cũ và mới để anh/chị cập nhật.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Workbook:</source>
        <translation>&amp;Tệp Excel:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Template &amp;for:</source>
        <translation>&amp;Mẫu của cơ quan:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The issuer whose award catalogue the template&apos;s drop-down offers</source>
        <translation>Cơ quan có danh mục khen thưởng dùng cho danh sách chọn trong mẫu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save an empty workbook with the columns, the catalogue&apos;s awards and the instructions, to fill in</source>
        <translation>Lưu tệp Excel trống có các cột, danh mục khen thưởng và hướng dẫn, để điền</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the &amp;template…</source>
        <translation>Lưu &amp;mẫu…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>&amp;Stop</source>
        <translation>&amp;Dừng</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Show only the rows to &amp;correct</source>
        <translation>Chỉ hiện các dòng cần &amp;sửa</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/past_import.py" line="-211"/>
        <location line="+14"/>
        <source>Save the template</source>
        <translation>Lưu mẫu</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Template for:</source>
        <translation>Mẫu của cơ quan:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Template saved</source>
        <translation>Đã lưu mẫu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The template is saved as %1. Type the past decisions into its sheet “Quyết định khen thưởng” (the first sheet says how), save it, then import it.</source>
        <translation>Đã lưu mẫu thành %1. Ghi các quyết định đã ban hành vào trang tính “Quyết định khen thưởng” (trang đầu hướng dẫn cách ghi), lưu lại rồi nhập tệp đó.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Choose the filled-in workbook, or save the template to fill in first.</source>
        <translation>Chọn tệp đã điền, hoặc lưu mẫu để điền trước.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Tệp Excel (*.xlsx);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Checking the workbook…</source>
        <translation>Đang kiểm tra tệp…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 row(s) to add, %2 already here, %3 to correct.</source>
        <translation>%1 dòng sẽ thêm, %2 dòng đã có, %3 dòng cần sửa.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Correct the rows in red in the workbook, save it, then choose it again: nothing is imported while a row is wrong.</source>
        <translation>Sửa các dòng màu đỏ trong tệp, lưu lại rồi chọn lại: còn dòng sai thì không nhập dòng nào.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 row(s) differ from the past awards stored (old → new in the list): importing corrects them.</source>
        <translation>%1 dòng khác với khen thưởng đã lưu (cũ → mới trong danh sách): khi nhập sẽ sửa lại các khen thưởng đó.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing to import.</source>
        <translation>Không có gì để nhập.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Checking stopped. Nothing was imported.</source>
        <translation>Đã dừng kiểm tra. Chưa nhập gì.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing imported</source>
        <translation>Chưa nhập gì</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Add %1 past award(s) of %2 to the award history? A backup of the database is made first.</source>
        <translation>Thêm %1 khen thưởng đã ban hành của %2 vào lịch sử khen thưởng? Cơ sở dữ liệu được sao lưu trước.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add %1 past award(s) of %2 to the award history, and correct %3 already stored with the workbook&apos;s values (old → new in the list)? A backup of the database is made first.</source>
        <translation>Thêm %1 khen thưởng của %2 vào lịch sử khen thưởng và sửa %3 khen thưởng đã lưu theo giá trị trong tệp (cũ → mới trong danh sách)? Cơ sở dữ liệu sẽ được sao lưu trước.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Storing the past decisions…</source>
        <translation>Đang lưu các quyết định đã ban hành…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backup made before the import: %1</source>
        <translation>Bản sao lưu trước khi nhập: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 corrected.</source>
        <translation>Đã sửa %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported</source>
        <translation>Đã nhập</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1 past award(s) added to the award history; %2 were already here.</source>
        <translation>Đã thêm %1 khen thưởng vào lịch sử khen thưởng; %2 khen thưởng đã có từ trước.</translation>
    </message>
</context>
<context>
    <name>PastImportModel</name>
    <message>
        <location filename="../../emudesk/ui/models/past_import.py" line="+52"/>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient</source>
        <translation>Đối tượng được khen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Award</source>
        <translation>Khen thưởng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register number</source>
        <translation>Số sổ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On import</source>
        <translation>Khi nhập</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>added</source>
        <translation>thêm mới</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>already here</source>
        <translation>đã có</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>already here, corrected: %1</source>
        <translation>đã có, sửa lại: %1</translation>
    </message>
</context>
<context>
    <name>PdfPrinting</name>
    <message>
        <location filename="../../emudesk/ui/pdf_printing.py" line="+50"/>
        <source>the file %1 cannot be read</source>
        <translation>không đọc được tệp %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the printer refused the job</source>
        <translation>máy in từ chối lệnh in</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../forms/pin_dialog.ui" line="+14"/>
        <source>Token PIN</source>
        <translation>Mã PIN của thiết bị ký</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;PIN:</source>
        <translation>Mã &amp;PIN:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The PIN goes to the token and is kept nowhere; tokens lock after a few wrong PINs.</source>
        <translation>Mã PIN chỉ được gửi tới thiết bị ký và không được lưu ở đâu; thiết bị sẽ khóa sau vài lần nhập sai.</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/pin.py" line="+31"/>
        <source>Sign with the token %1, key %2.</source>
        <translation>Ký bằng thiết bị %1, khóa %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(its only key)</source>
        <translation>(khóa duy nhất của thiết bị)</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <location filename="../../forms/proposal_dialog.ui" line="+14"/>
        <source>Award proposal</source>
        <translation>Đề nghị khen thưởng</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Proposed for:</source>
        <translation>Đề nghị cho:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the &amp;unit</source>
        <translation>&amp;đơn vị</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a co&amp;llective of the unit</source>
        <translation>tập thể th&amp;uộc đơn vị</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a &amp;person</source>
        <translation>&amp;cá nhân</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>U&amp;nit:</source>
        <translation>Đơ&amp;n vị:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Collective:</source>
        <translation>Tên tậ&amp;p thể:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. Phòng Chính sách dân tộc</source>
        <translation>ví dụ Phòng Chính sách dân tộc</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Honorific:</source>
        <translation>&amp;Danh xưng:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Po&amp;sition:</source>
        <translation>Chức &amp;vụ:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A&amp;ward:</source>
        <translation>&amp;Khen thưởng đề nghị:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The award asked for, from the issuer&apos;s catalogue (edited on the Issuers page)</source>
        <translation>Khen thưởng đề nghị, chọn trong danh mục của cơ quan cấp trên (sửa ở trang Cơ quan cấp trên)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The achievement sentence the papers and the certificate print, in Vietnamese</source>
        <translation>Câu thành tích in trên văn bản và trên bằng, bằng tiếng Việt</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Ông, Bà… as printed on the certificate</source>
        <translation>Ông, Bà… như in trên bằng khen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>e.g. Trưởng ban</source>
        <translation>ví dụ Trưởng ban</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Achievements:</source>
        <translation>Thành tích, &amp;lý do:</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/proposal.py" line="-98"/>
        <source>Add an award proposal</source>
        <translation>Thêm đề nghị khen thưởng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the award proposal</source>
        <translation>Sửa đề nghị khen thưởng</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Choose the unit the proposal is for.</source>
        <translation>Chọn đơn vị được đề nghị.</translation>
    </message>
</context>
<context>
    <name>ProposalTableModel</name>
    <message>
        <location filename="../../emudesk/ui/models/proposals.py" line="+28"/>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nominee</source>
        <translation>Đối tượng đề nghị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Award</source>
        <translation>Danh hiệu / hình thức</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank</source>
        <translation>Xếp hạng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Tổng điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 (example)</source>
        <translation>%1 (ví dụ)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (scores not locked)</source>
        <translation>%1 (điểm chưa khóa)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Approved before the scores were locked, because: %1</source>
        <translation>Phê duyệt khi điểm chưa khóa, lý do: %1</translation>
    </message>
</context>
<context>
    <name>ProposalsPage</name>
    <message>
        <location filename="../../forms/proposals_page.ui" line="+42"/>
        <source>Propose a unit, a collective or a person (Ins)</source>
        <translation>Đề nghị khen thưởng cho một đơn vị, tập thể hoặc cá nhân (Ins)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add proposal…</source>
        <translation>&amp;Thêm đề nghị…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change the selected proposal (F2 or double-click)</source>
        <translation>Sửa đề nghị đang chọn (F2 hoặc nhấp đúp)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove the selected proposal; only drafts (Del)</source>
        <translation>Xóa đề nghị đang chọn; chỉ xóa được dự thảo (Del)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The papers sent with the selected proposal: submission, minutes, achievement report</source>
        <translation>Các văn bản gửi kèm đề nghị đang chọn: tờ trình, biên bản, báo cáo thành tích</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Dossier…</source>
        <translation>&amp;Hồ sơ…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Next step:</source>
        <translation>Bước tiếp theo:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The conference voted for this proposal</source>
        <translation>Hội nghị đã biểu quyết thông qua đề nghị này</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>V&amp;oted</source>
        <translation>&amp;Biểu quyết</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The proposal was submitted to the issuer&apos;s council</source>
        <translation>Đã trình Hội đồng thi đua – khen thưởng cấp trên</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Submitted</source>
        <translation>Trì&amp;nh</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The issuer approved it: enter the decision&apos;s number and date</source>
        <translation>Cấp trên đã phê duyệt: nhập số và ngày của quyết định</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;pproved…</source>
        <translation>Phê &amp;duyệt…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The issuer did not grant the award</source>
        <translation>Cấp trên không khen thưởng</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Not awarded…</source>
        <translation>&amp;Không được khen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Return the proposal to its previous step</source>
        <translation>Đưa đề nghị về bước trước</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step &amp;back</source>
        <translation>Trả &amp;lại bước trước</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Selected proposal</source>
        <translation>Đề nghị đang chọn</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/pages/__init__.py" line="-12"/>
        <source>Award proposals</source>
        <translation>Đề nghị khen thưởng</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/pages/proposals.py" line="+82"/>
        <source>Award proposals — %1 — year %2</source>
        <translation>Đề nghị khen thưởng — %1 — năm %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No proposals yet. Create them from the ranking&apos;s suggestions, or add one for a unit, a collective or a person.</source>
        <translation>Chưa có đề nghị nào. Tạo từ đề xuất của trang Xếp hạng, hoặc thêm đề nghị cho một đơn vị, tập thể hay cá nhân.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 proposals — %2</source>
        <translation>%1 đề nghị — %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Only a draft proposal can be removed; this one is past the vote (Step back returns it to its previous step).</source>
        <translation>Chỉ xóa được đề nghị ở trạng thái dự thảo; đề nghị này đã qua biểu quyết (Trả lại bước trước đưa đề nghị về bước trước đó).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose a proposal to see its details.</source>
        <translation>Chọn một đề nghị để xem chi tiết.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Award: %1</source>
        <translation>Khen thưởng: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status: %1</source>
        <translation>Trạng thái: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Achievements: %1</source>
        <translation>Thành tích, lý do: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approved before the scores were locked, because: %1</source>
        <translation>Phê duyệt khi điểm chưa khóa, lý do: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Remove the proposal “%1 — %2”?</source>
        <translation>Xóa đề nghị “%1 — %2”?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove a proposal</source>
        <translation>Xóa đề nghị</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../emudesk/ui/qt_strings.py" line="+28"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Select All</source>
        <translation>Chọn &amp;tất cả</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="-9"/>
        <source>Show Details...</source>
        <translation>Xem chi tiết...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>Ẩn chi tiết...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-12"/>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Bỏ</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+11"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Select All</source>
        <translation>Chọn &amp;tất cả</translation>
    </message>
</context>
<context>
    <name>RankingChart</name>
    <message>
        <location filename="../../emudesk/ui/ranking_chart.py" line="+107"/>
        <source>No scores to chart yet</source>
        <translation>Chưa có điểm để vẽ biểu đồ</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Final total</source>
        <translation>Điểm tổng hợp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-score total</source>
        <translation>Tổng tự chấm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peers&apos; mean total</source>
        <translation>Tổng trung bình chấm chéo</translation>
    </message>
</context>
<context>
    <name>RankingPage</name>
    <message>
        <location filename="../../forms/ranking_page.ui" line="+45"/>
        <source>How scores combine, rounding, caps, the tie-break chain and the award quotas</source>
        <translation>Cách tổng hợp điểm, làm tròn, mức trần, các tiêu chí phụ và chỉ tiêu khen thưởng</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Regulation settings…</source>
        <translation>Thiết lập &amp;quy chế…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Units that may not receive an award this year, and why</source>
        <translation>Các đơn vị năm nay không được khen thưởng, và lý do</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xclusions from awards…</source>
        <translation>&amp;Loại trừ khỏi khen thưởng…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The votes each unit received, for a tie-break by vote</source>
        <translation>Số phiếu bầu mỗi đơn vị nhận được, dùng khi phân định bằng số phiếu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>V&amp;otes…</source>
        <translation>Số phiế&amp;u…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Turn the suggestions into draft proposals and open the proposals page</source>
        <translation>Lập dự thảo đề nghị từ các đề xuất rồi mở trang Đề nghị khen thưởng</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create award &amp;proposals</source>
        <translation>Tạo đề &amp;nghị khen thưởng</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write the selected unit&apos;s score sheet as PDF or Excel</source>
        <translation>Xuất bảng điểm của đơn vị đang chọn ra tệp PDF hoặc Excel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export score sheet…</source>
        <translation>&amp;Xuất bảng điểm…</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Totals</source>
        <translation>Biểu đồ tổng điểm</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Award suggestions</source>
        <translation>Đề xuất khen thưởng</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Passed over:</source>
        <translation>Không đề xuất:</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/pages/__init__.py" line="-4"/>
        <source>Ranking</source>
        <translation>Xếp hạng</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/pages/ranking.py" line="+129"/>
        <source>Ranking — %1 — year %2</source>
        <translation>Xếp hạng — %1 — năm %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No ranking: see the reason below.</source>
        <translation>Chưa xếp hạng được: xem lý do bên dưới.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>scores locked</source>
        <translation>điểm đã khóa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>scores not locked yet</source>
        <translation>điểm chưa khóa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scoring table version %1 · %2 · %3 · ties: %4</source>
        <translation>Bảng điểm phiên bản %1 · %2 · %3 · tiêu chí phụ: %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none (equal totals share the rank)</source>
        <translation>không có (bằng điểm thì đồng hạng)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Rank %1, %2: %3</source>
        <translation>Hạng %1, %2: %3</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Award proposals</source>
        <translation>Đề nghị khen thưởng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every suggestion already has its proposal; nothing was added.</source>
        <translation>Mọi đề xuất đã có đề nghị khen thưởng; không thêm đề nghị nào.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PDF document (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Export the score sheet</source>
        <translation>Xuất bảng điểm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score sheet written: %1</source>
        <translation>Đã ghi bảng điểm: %1</translation>
    </message>
</context>
<context>
    <name>RankingTableModel</name>
    <message>
        <location filename="../../emudesk/ui/models/ranking.py" line="+92"/>
        <source>Total by the unit&apos;s own scores</source>
        <translation>Tổng điểm theo điểm tự chấm của đơn vị</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total by the mean of the peer scores</source>
        <translation>Tổng điểm theo trung bình điểm chấm chéo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sec. %1</source>
        <translation>Mục %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rank</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Tổng điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bonus</source>
        <translation>Thưởng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deduction</source>
        <translation>Trừ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self</source>
        <translation>Tự chấm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peer mean</source>
        <translation>TB chấm chéo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided by</source>
        <translation>Căn cứ xếp hạng</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 criteria without a score</source>
        <translation>%1 tiêu chí chưa có điểm</translation>
    </message>
</context>
<context>
    <name>RecordDecisionDialog</name>
    <message>
        <location filename="../../forms/record_decision_dialog.ui" line="+14"/>
        <source>Record a decision</source>
        <translation>Nhập quyết định khen thưởng</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tick the nominees the decision approves; give the reason for each one it does not. A nominee the council did not carry cannot be approved. The register numbers shown are the ones the decision will take.</source>
        <translation>Đánh dấu các đối tượng được khen thưởng; ghi lý do cho từng đối tượng không được khen thưởng. Đối tượng không đạt tỷ lệ phiếu của Hội đồng thì không thể khen thưởng. Số vào sổ hiển thị là số mà quyết định sẽ lấy.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Emulation &amp;year:</source>
        <translation>Năm thi đu&amp;a:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Decision &amp;number:</source>
        <translation>Số &amp;quyết định:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Signed &amp;on:</source>
        <translation>&amp;Ngày ký:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Si&amp;gner:</source>
        <translation>Người &amp;ký:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Signer&apos;s &amp;title:</source>
        <translation>&amp;Chức vụ người ký:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Signing &amp;mode:</source>
        <translation>&amp;Thẩm quyền ký:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Signing &amp;for:</source>
        <translation>Ký th&amp;ay cho:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Place:</source>
        <translation>Đị&amp;a danh:</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/issuer_decision.py" line="+63"/>
        <source>(signs in their own right)</source>
        <translation>(ký trực tiếp)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clusters:</source>
        <translation>Cụm, khối:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The decision takes the pending proposals of the clusters ticked</source>
        <translation>Quyết định lấy các đề nghị chưa quyết định của những cụm, khối được đánh dấu</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+63"/>
        <source>Tick the clusters whose proposals it decides.</source>
        <translation>Đánh dấu các cụm, khối có đề nghị mà quyết định này xét.</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>No proposal of this year is left to decide.</source>
        <translation>Không còn đề nghị nào của năm này chờ quyết định.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 approved, %2 not approved.</source>
        <translation>%1 được khen thưởng, %2 không được khen thưởng.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Register numbers taken: %1.</source>
        <translation>Số vào sổ sẽ lấy: %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Record the decision</source>
        <translation>Ghi quyết định</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record decision %1 of %2? %3
A recorded decision and the register numbers it takes cannot be taken back.</source>
        <translation>Ghi Quyết định số %1 ngày %2? %3
Quyết định đã ghi và các số vào sổ đã lấy không thể rút lại.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record</source>
        <translation>Ghi</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../forms/certificate_register_dialog.ui" line="+14"/>
        <source>Certificate register</source>
        <translation>Sổ khen thưởng</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Find:</source>
        <translation>&amp;Tìm:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>name, unit, award or number (marks optional)</source>
        <translation>tên, đơn vị, hình thức hoặc số sổ (không cần dấu)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Decision:</source>
        <translation>&amp;Quyết định:</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/certificate_register.py" line="+78"/>
        <source>all</source>
        <translation>tất cả</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location line="-35"/>
        <source>No.</source>
        <translation>Số sổ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient</source>
        <translation>Người/đơn vị nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Award</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed</source>
        <translation>Số lần in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>before the scores were locked: %1</source>
        <translation>trước khi khóa điểm: %1</translation>
    </message>
</context>
<context>
    <name>RegulationDialog</name>
    <message>
        <location filename="../../forms/regulation_dialog.ui" line="+14"/>
        <source>Regulation settings</source>
        <translation>Thiết lập quy chế</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Combining the scores</source>
        <translation>Tổng hợp điểm</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Final score:</source>
        <translation>Điểm &amp;tổng hợp:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Head&apos;s own scores reviewed by:</source>
        <translation>Thẩm định điểm của Cụm trưởn&amp;g:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The head reviews every other unit&apos;s scores; who reviews the head&apos;s own</source>
        <translation>Cụm trưởng thẩm định điểm của các đơn vị khác; ai thẩm định điểm của chính Cụm trưởng</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Merged units both scored a r&amp;ow:</source>
        <translation>Hai đơn vị &amp;sáp nhập cùng có điểm một tiêu chí:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>When a unit merges into another during the year and both hold a score for the same row, scorer and role</source>
        <translation>Khi một đơn vị sáp nhập vào đơn vị khác trong năm và cả hai cùng có điểm cho cùng một tiêu chí, người chấm và vai trò</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Drop the highest and the lowest peer score of each criterion</source>
        <translation>Bỏ điểm chấm chéo cao nhất và thấp nhất của mỗi tiêu chí</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drop the &amp;extreme peer scores when at least</source>
        <translation>Bỏ điểm chấm chéo cao nhất, thấp nhất &amp;khi có từ</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>peers scored</source>
        <translation>đơn vị chấm trở lên</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Round each criterion to:</source>
        <translation>&amp;Làm tròn điểm mỗi tiêu chí đến:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> decimal(s)</source>
        <translation> chữ số thập phân</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cap on &amp;bonus points:</source>
        <translation>Trần điểm t&amp;hưởng:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. 3</source>
        <translation>ví dụ 3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cap on de&amp;ductions:</source>
        <translation>Trần điểm t&amp;rừ:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. 5</source>
        <translation>ví dụ 5</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tie-breaks for equal totals, in order</source>
        <translation>Tiêu chí phụ khi bằng tổng điểm (theo thứ tự áp dụng)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The rule to add</source>
        <translation>Tiêu chí phụ cần thêm</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Section:</source>
        <translation>&amp;Mục:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A top-level section of the scoring table, e.g. I</source>
        <translation>Một mục cấp cao nhất của bảng chấm điểm, ví dụ I</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Add to the chain</source>
        <translation>Thêm &amp;vào</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remo&amp;ve</source>
        <translation>Bỏ r&amp;a</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move &amp;up</source>
        <translation>Chuyển lê&amp;n</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move do&amp;wn</source>
        <translation>Chuyển &amp;xuống</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Award quotas</source>
        <translation>Chỉ tiêu khen thưởng</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Number of flags:</source>
        <translation>Số &amp;cờ thi đua:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Flags as a &amp;percentage:</source>
        <translation>Cờ th&amp;i đua theo tỉ lệ (%):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Per cent of the member units, rounded down (at least one)</source>
        <translation>Phần trăm số đơn vị thành viên, làm tròn xuống (ít nhất một cờ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 20</source>
        <translation>ví dụ 20</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Certificates of merit:</source>
        <translation>Số &amp;bằng khen:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Minimum total:</source>
        <translation>Tổng điểm tối thiể&amp;u:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. 80</source>
        <translation>ví dụ 80</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/regulation.py" line="+110"/>
        <source>the deputy</source>
        <translation>Cụm phó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the head itself</source>
        <translation>chính Cụm trưởng</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Enter the percentage of flags, or choose a number.</source>
        <translation>Nhập tỉ lệ cờ thi đua, hoặc chọn ghi theo số lượng.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bonus cap</source>
        <translation>Trần điểm thưởng</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deduction cap</source>
        <translation>Trần điểm trừ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Minimum total</source>
        <translation>Tổng điểm tối thiểu</translation>
    </message>
</context>
<context>
    <name>ReturnsModel</name>
    <message>
        <location filename="../../emudesk/ui/pages/returns.py" line="+48"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form sent</source>
        <translation>Đã gửi phiếu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Hạn gửi lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return received</source>
        <translation>Nhận phiếu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Từ địa chỉ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not sent</source>
        <translation>Chưa gửi phiếu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: send again</source>
        <translation>Bị từ chối: cần gửi lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scores stored</source>
        <translation>Đã có điểm</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(%1 day(s) left)</source>
        <translation>(còn %1 ngày)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(%1 day(s) late)</source>
        <translation>(quá %1 ngày)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(+%1 reminder(s))</source>
        <translation>(+%1 lần nhắc)</translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <location filename="../../forms/returns_page.ui" line="+47"/>
        <source>&amp;Send the forms…</source>
        <translation>&amp;Gửi phiếu…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write each member unit a ready e-mail with its form, as drafts or through the office&apos;s mail server</source>
        <translation>Soạn cho mỗi đơn vị thành viên một thư điện tử kèm phiếu, dưới dạng thư nháp hoặc gửi qua máy chủ thư của cơ quan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Import the returns…</source>
        <translation>&amp;Nhập phiếu gửi về…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the returned workbooks, or the e-mails that carry them (.eml, .mbox, .msg), and store their scores</source>
        <translation>Kiểm tra các tệp Excel gửi về, hoặc các thư điện tử đính kèm chúng (.eml, .mbox, .msg), rồi lưu điểm</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re&amp;mind the missing ones…</source>
        <translation>Nhắc các đơn vị c&amp;hưa gửi…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a reminder, with the form attached again, to each unit whose return is missing or was refused</source>
        <translation>Soạn thư nhắc, kèm lại phiếu, cho từng đơn vị chưa gửi phiếu hoặc có phiếu bị từ chối</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/pages/__init__.py" line="+20"/>
        <source>Returns</source>
        <translation>Phiếu gửi về</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/pages/returns.py" line="+63"/>
        <source>Returns — %1 — year %2</source>
        <translation>Phiếu gửi về — %1 — năm %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 %2: %3 of %4 form(s) sent, %5 return(s) in, %6 missing (%7 late).</source>
        <translation>%1 năm %2: đã gửi %3/%4 phiếu, đã nhận %5 phiếu, còn thiếu %6 (%7 quá hạn).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No scoring table yet: make it on the Scoring table page first; each member&apos;s form is made from it.</source>
        <translation>Chưa có bảng chấm điểm: hãy lập bảng ở trang Bảng chấm điểm trước; phiếu của mỗi đơn vị thành viên được lập từ bảng đó.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>E-mail address: %1</source>
        <translation>Địa chỉ thư điện tử: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>as a draft</source>
        <translation>dưới dạng thư nháp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>by the server</source>
        <translation>qua máy chủ thư</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form sent %1, %2.</source>
        <translation>Đã gửi phiếu lúc %1, %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reminded %1 time(s), last %2.</source>
        <translation>Đã nhắc %1 lần, lần cuối lúc %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Return received %1 from %2: %3</source>
        <translation>Nhận phiếu lúc %1 từ %2: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refused: %1</source>
        <translation>Bị từ chối: %1</translation>
    </message>
</context>
<context>
    <name>Saving</name>
    <message>
        <location filename="../../emudesk/ui/saving.py" line="+115"/>
        <source>Saved to %1.</source>
        <translation>Đã lưu vào %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the folder</source>
        <translation>Mở thư mục chứa tệp</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>ScoreGridModel</name>
    <message>
        <location filename="../../emudesk/ui/models/score_grid.py" line="+235"/>
        <source>Self</source>
        <translation>Tự chấm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Head</source>
        <translation>Thẩm định</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+11"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>Maximum</source>
        <translation>Tối đa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peer mean</source>
        <translation>TB chéo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final</source>
        <translation>Tổng hợp</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The value the regulation counts for the ranking</source>
        <translation>Điểm tổng hợp theo quy chế, dùng để xếp hạng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean of the peer scores, as given</source>
        <translation>Trung bình điểm chấm chéo (chưa quy đổi)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Explanation: %1</source>
        <translation>Giải trình: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence: %1</source>
        <translation>Minh chứng: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Explanations: %1</source>
        <translation>Số lượt giải trình: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The self-score and the peers&apos; mean differ by more than 20 % of the maximum</source>
        <translation>Điểm tự chấm chênh lệch với trung bình điểm chấm chéo quá 20 % điểm tối đa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>number of occurrences</source>
        <translation>số lần</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>result achieved, not points</source>
        <translation>kết quả đạt được, không phải điểm</translation>
    </message>
</context>
<context>
    <name>ScoreGridPage</name>
    <message>
        <location filename="../../forms/score_grid_page.ui" line="+32"/>
        <source>Assessed &amp;unit:</source>
        <translation>Đơn vị được c&amp;hấm:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The unit whose scores are shown (Ctrl+PgUp / Ctrl+PgDn to step)</source>
        <translation>Đơn vị được chấm điểm (Ctrl+PgUp / Ctrl+PgDn để chuyển đơn vị)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Previous unit (Ctrl+PgUp)</source>
        <translation>Đơn vị trước (Ctrl+PgUp)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Next unit (Ctrl+PgDn)</source>
        <translation>Đơn vị sau (Ctrl+PgDn)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Lock every score of the year: the result the ranking and the proposals use</source>
        <translation>Khóa toàn bộ điểm của năm: kết quả dùng để xếp hạng và đề nghị khen thưởng</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lock the scores…</source>
        <translation>&amp;Khóa điểm…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unlock the year&apos;s scores to correct them (the reason is recorded)</source>
        <translation>Mở khóa điểm của năm để sửa (ghi lại lý do)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>U&amp;nlock…</source>
        <translation>&amp;Mở khóa…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every score given by the scorer of the selected column is marked as submitted</source>
        <translation>Đánh dấu đã gửi toàn bộ điểm do đơn vị chấm của cột đang chọn đã chấm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark this scorer&apos;s scores as &amp;submitted</source>
        <translation>Đánh &amp;dấu đơn vị chấm này đã gửi điểm</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The explanation thread about the selected criterion of this unit</source>
        <translation>Các nội dung giải trình về tiêu chí đang chọn của đơn vị này</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+114"/>
        <source>&amp;Explanations…</source>
        <translation>&amp;Giải trình…</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>What the unit wrote with its self-score of the chosen criterion (the return&apos;s explanation and evidence columns)</source>
        <translation>Nội dung đơn vị ghi kèm điểm tự chấm của tiêu chí đang chọn (cột giải trình và minh chứng của phiếu gửi về)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Orange cells: the self-score and the peers&apos; mean differ by more than 20 % of the row&apos;s maximum. A self-score with a corner mark carries the unit&apos;s explanation or evidence, shown above when its row is chosen. Per-occurrence rows take a number of occurrences; rows against a target take the result achieved.</source>
        <translation>Ô màu cam: điểm tự chấm chênh lệch với trung bình điểm chấm chéo quá 20 % điểm tối đa của tiêu chí. Điểm tự chấm có dấu ở góc là đơn vị có ghi giải trình hoặc minh chứng, hiện ở phía trên khi chọn dòng đó. Tiêu chí theo số lần nhập số lần; tiêu chí theo chỉ tiêu nhập kết quả đạt được.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The explanation thread about this criterion of the unit</source>
        <translation>Các nội dung giải trình về tiêu chí này của đơn vị</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/pages/__init__.py" line="-24"/>
        <source>Scores</source>
        <translation>Chấm điểm</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/pages/score_grid.py" line="+86"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Scores — %1 — year %2</source>
        <translation>Chấm điểm — %1 — năm %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The scores of %1 were locked on %2 by %3: they can be read, not changed. Unlock them (giving the reason) to correct a score.</source>
        <translation>Điểm năm %1 đã khóa lúc %2 (người khóa: %3): chỉ xem, không sửa được. Muốn sửa điểm, hãy mở khóa (ghi rõ lý do).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This year has no scoring table yet: create it on the Scoring table page.</source>
        <translation>Năm này chưa có bảng chấm điểm: hãy lập bảng ở trang Bảng chấm điểm.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scoring table version %1</source>
        <translation>Bảng chấm điểm phiên bản %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No total yet: %1</source>
        <translation>Chưa tính được tổng điểm: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Total of %1: %2 points (self-score %3 · peers&apos; mean %4)</source>
        <translation>Tổng điểm của %1: %2 điểm (tự chấm %3 · trung bình chấm chéo %4)</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>%1 — %2 wrote with its self-score:</source>
        <translation>%1 — %2 ghi kèm điểm tự chấm:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>score %1 of %2</source>
        <translation>điểm %1 của %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stored %1 on %2 from %3 (%4).</source>
        <translation>Đã lưu %1 ở tiêu chí %2 do %3 chấm (%4).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an empty cell</source>
        <translation>ô trống</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Lock every score of %1 %2? The ranking then stands as it is, and any later correction needs an unlock with a reason.</source>
        <translation>Khóa toàn bộ điểm của %1 năm %2? Kết quả xếp hạng sẽ giữ nguyên; muốn sửa sau này phải mở khóa và ghi lý do.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lock the scores</source>
        <translation>Khóa điểm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lock</source>
        <translation>Khóa</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose a cell in the column of the scorer first.</source>
        <translation>Hãy chọn một ô trong cột của đơn vị chấm trước.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 scores given by %2 are marked as submitted.</source>
        <translation>Đã đánh dấu đã gửi %1 điểm do %2 chấm.</translation>
    </message>
</context>
<context>
    <name>ScoringTablePage</name>
    <message>
        <location filename="../../forms/scoring_table_page.ui" line="+55"/>
        <source>Change the table&apos;s title and the total it must add up to</source>
        <translation>Sửa tên bảng và tổng điểm của bảng</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tit&amp;le and total…</source>
        <translation>Tên &amp;bảng và tổng điểm…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No scoring table yet</source>
        <translation>Chưa có bảng chấm điểm</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This year has no scoring table. Start from last year&apos;s table (recommended: the rows, maxima and parameters are copied, no scores) or from an empty one.</source>
        <translation>Năm này chưa có bảng chấm điểm. Hãy bắt đầu từ bảng của năm trước (nên dùng: sao chép các tiêu chí, điểm tối đa và thông số, không sao chép điểm) hoặc từ một bảng trống.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copy every row of the previous year&apos;s current table</source>
        <translation>Sao chép toàn bộ tiêu chí của bảng chấm điểm năm trước</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Create a table with only its title and total</source>
        <translation>Tạo bảng mới chỉ có tên bảng và tổng điểm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start an &amp;empty table…</source>
        <translation>Lập &amp;bảng trống…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read the criteria from an Excel table (a template to fill in is offered)</source>
        <translation>Đọc các tiêu chí từ một bảng Excel (có mẫu để điền)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Impo&amp;rt from a workbook…</source>
        <translation>N&amp;hập từ tệp Excel…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Add a row after the selected one, at the same level (Ins)</source>
        <translation>Thêm một dòng cùng cấp, sau dòng đang chọn (Ins)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add row</source>
        <translation>&amp;Thêm dòng</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a row under the selected section (Ctrl+Ins)</source>
        <translation>Thêm một dòng con vào mục đang chọn (Ctrl+Ins)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;child row</source>
        <translation>Thêm &amp;dòng con</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Put the row under the row above it (Tab or Ctrl+→)</source>
        <translation>Đưa dòng vào làm dòng con của dòng phía trên (Tab hoặc Ctrl+→)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Indent</source>
        <translation>Thụt &amp;vào</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move the row up one level (Shift+Tab or Ctrl+←)</source>
        <translation>Đưa dòng lên một cấp (Shift+Tab hoặc Ctrl+←)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Outdent</source>
        <translation>&amp;Lùi ra</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move the row before the row above it (Ctrl+↑)</source>
        <translation>Chuyển dòng lên trước dòng phía trên (Ctrl+↑)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move &amp;up</source>
        <translation>Chuyển lê&amp;n</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move the row after the row below it (Ctrl+↓)</source>
        <translation>Chuyển dòng xuống sau dòng phía dưới (Ctrl+↓)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move do&amp;wn</source>
        <translation>Chuyển &amp;xuống</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Points per occurrence, or the target of a row measured against a target</source>
        <translation>Điểm mỗi lần, hoặc chỉ tiêu của tiêu chí chấm theo chỉ tiêu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Parameters…</source>
        <translation>Thôn&amp;g số…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete the row and every row under it (Del)</source>
        <translation>Xóa dòng và mọi dòng con của nó (Del)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete</source>
        <translation>Xó&amp;a</translation>
    </message>
    <message>
        <location line="+62"/>
        <location filename="../../emudesk/ui/pages/scoring_table.py" line="+189"/>
        <source>To correct before the scores can be locked:</source>
        <translation>Cần sửa trước khi khóa điểm:</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/pages/__init__.py" line="-4"/>
        <source>Scoring table</source>
        <translation>Bảng chấm điểm</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/pages/scoring_table.py" line="-109"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Scoring table — %1 — year %2</source>
        <translation>Bảng chấm điểm — %1 — năm %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This year has no scoring table yet. Start an empty table and add its rows, or import the rows from a workbook (a template to fill in is offered).</source>
        <translation>Năm này chưa có bảng chấm điểm. Hãy lập bảng trống rồi thêm các dòng, hoặc nhập các dòng từ tệp Excel (có sẵn mẫu để điền).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cop&amp;y the table of %1</source>
        <translation>&amp;Sao chép bảng của năm %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The scores of %1 are locked, so the table can only be read. Unlock them on the Scores page (giving the reason) to change it.</source>
        <translation>Điểm năm %1 đã khóa nên bảng chấm điểm chỉ xem được. Muốn sửa bảng, hãy mở khóa điểm ở trang Chấm điểm (ghi rõ lý do).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Version %1</source>
        <translation>Phiên bản %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scores given against this version: %1</source>
        <translation>Số điểm đã chấm theo phiên bản này: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The sections add up to %1 of the table&apos;s %2 points · %3 criteria · %4 bonus and %5 deduction rows</source>
        <translation>Các mục cộng lại được %1 trên tổng %2 điểm của bảng · %3 tiêu chí · %4 dòng điểm thưởng và %5 dòng điểm trừ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The table adds up: no problems found.</source>
        <translation>Bảng cộng điểm khớp: không có lỗi.</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/pages/table_rows.py" line="+102"/>
        <source>Scores have already been given against version %1 of this table. Your changes are saved as a new version (%2 onwards); the scores of the rows you do not change are carried over, the others must be given again.

Continue?</source>
        <translation>Đã có điểm chấm theo phiên bản %1 của bảng này. Các thay đổi sẽ được lưu thành phiên bản mới (từ phiên bản %2); điểm của các tiêu chí không thay đổi được giữ lại, các tiêu chí khác phải chấm lại.

Tiếp tục?</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/pages/scoring_table.py" line="+63"/>
        <source>New version of the scoring table</source>
        <translation>Phiên bản mới của bảng chấm điểm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a new version</source>
        <translation>Tạo phiên bản mới</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/pages/table_rows.py" line="-25"/>
        <source>New section</source>
        <translation>Mục mới</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New criterion</source>
        <translation>Tiêu chí mới</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/pages/scoring_table.py" line="+98"/>
        <source>Choose a section to add a row under it.</source>
        <translation>Hãy chọn một mục để thêm dòng con.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no row above at the same level to go under.</source>
        <translation>Không có dòng cùng cấp phía trên để thụt vào.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The row is already at the top level.</source>
        <translation>Dòng này đã ở cấp cao nhất.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Delete the row %1 “%2”?</source>
        <translation>Xóa dòng %1 “%2”?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 rows under it are deleted too.</source>
        <translation>%1 dòng con bên dưới cũng bị xóa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete a row</source>
        <translation>Xóa dòng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
</context>
<context>
    <name>Screenshot</name>
    <message>
        <location filename="../../emudesk/ui/screenshot.py" line="+56"/>
        <source>Cannot write %1: choose a folder you can write to.</source>
        <translation>Không ghi được %1: hãy chọn một thư mục ghi được.</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../emudesk/ui/search.py" line="+103"/>
        <source>Search units, clusters, issuers… (Ctrl+F)</source>
        <translation>Tìm đơn vị, cụm, cơ quan… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marks are optional: “dak lak” finds “Đắk Lắk”</source>
        <translation>Gõ có dấu hay không dấu đều được: “dak lak” tìm ra “Đắk Lắk”</translation>
    </message>
</context>
<context>
    <name>SearchHitModel</name>
    <message>
        <location line="-57"/>
        <source>Issuer</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster</source>
        <translation>Cụm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Cá nhân</translation>
    </message>
</context>
<context>
    <name>SendFormsDialog</name>
    <message>
        <location filename="../../forms/send_forms_dialog.ui" line="+14"/>
        <source>Send the forms</source>
        <translation>Gửi phiếu chấm điểm</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cluster and &amp;year:</source>
        <translation>Cụm và &amp;năm:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Deadline:</source>
        <translation>&amp;Hạn gửi lại:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Returns go &amp;to (e-mail):</source>
        <translation>Gửi phiếu &amp;về (thư điện tử):</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+151"/>
        <source>the head unit&apos;s e-mail address</source>
        <translation>địa chỉ thư điện tử của đơn vị cụm trưởng</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>As d&amp;rafts, each to open in the mail program and send from there</source>
        <translation>Soạn thư nhá&amp;p, mở từng thư bằng chương trình thư điện tử rồi gửi từ đó</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Folder:</source>
        <translation>Thư &amp;mục:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Send them now through the office&apos;s &amp;mail server (TLS)</source>
        <translation>Gửi ngay qua máy chủ thư của cơ &amp;quan (TLS)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ser&amp;ver and port:</source>
        <translation>Máy chủ và cổn&amp;g:</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&amp;User name:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Password:</source>
        <translation>Mật &amp;khẩu:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Keep the password in the system&apos;s keyring</source>
        <translation>&amp;Lưu mật khẩu trong kho khóa của hệ thống</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Se&amp;nder address:</source>
        <translation>Địa chỉ người gửi (&amp;e-mail):</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Certificate &amp;authority:</source>
        <translation>Tổ chức cấp chứng thư &amp;riêng:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only when the office&apos;s mail server has a certificate from the office&apos;s own authority: its certificate file (PEM)</source>
        <translation>Chỉ khi máy chủ thư của cơ quan dùng chứng thư do tổ chức cấp chứng thư riêng của cơ quan cấp: tệp chứng thư của tổ chức đó (PEM)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the authorities this computer trusts</source>
        <translation>các tổ chức mà máy tính này tin cậy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the certificate authority&apos;s file (PEM)</source>
        <translation>Chọn tệp chứng thư của tổ chức cấp chứng thư (PEM)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Open every draft in the mai&amp;l program</source>
        <translation>Mở các thư nháp bằng chương trình thư đ&amp;iện tử</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open the f&amp;older</source>
        <translation>Mở thư mục chứ&amp;a thư nháp</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/send_forms.py" line="+89"/>
        <source>Remind the missing ones</source>
        <translation>Nhắc các đơn vị chưa gửi phiếu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A reminder, with the form attached again, to each member unit whose return is missing or was refused. Give a new deadline if there is one.</source>
        <translation>Thư nhắc, kèm lại phiếu, cho từng đơn vị thành viên chưa gửi phiếu hoặc có phiếu bị từ chối. Ghi hạn mới nếu có.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each member unit gets an e-mail to its contact address: what the form is, how to fill it in and send it back, the deadline and whom to ask, with its form attached. The e-mails are recorded on the year&apos;s Returns page.</source>
        <translation>Mỗi đơn vị thành viên nhận một thư điện tử gửi tới địa chỉ liên hệ của đơn vị: phiếu là gì, cách điền và gửi lại, hạn gửi, người cần liên hệ, kèm phiếu của đơn vị. Các thư được ghi nhận trên trang Phiếu gửi về của năm.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Send</source>
        <translation>&amp;Bắt đầu gửi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Write the drafts</source>
        <translation>&amp;Soạn thư nháp</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Folder for the drafts</source>
        <translation>Thư mục lưu thư nháp</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Certificate authority of the mail server</source>
        <translation>Tổ chức cấp chứng thư của máy chủ thư</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Chứng thư (*.pem *.crt *.cer);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a cluster and year.</source>
        <translation>Hãy chọn cụm và năm.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose the folder to write the drafts into.</source>
        <translation>Hãy chọn thư mục để ghi các thư nháp.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Give the mail server&apos;s name.</source>
        <translation>Hãy ghi tên máy chủ thư.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sending the e-mails…</source>
        <translation>Đang gửi thư…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Sending e-mail %1 of %2…</source>
        <translation>Đang gửi thư %1/%2…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>E-mails sent</source>
        <translation>Đã gửi thư</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 e-mail(s) sent.</source>
        <translation>Đã gửi %1 thư.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(no address)</source>
        <translation>(chưa có địa chỉ)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="+14"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interface</source>
        <translation>Giao diện</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This PC &amp;serves:</source>
        <translation>Máy này &amp;phục vụ:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The pages the navigation shows follow the office: the issuer&apos;s office sees the board, the council, the decisions and the award history first, without the cluster&apos;s scoring pages.</source>
        <translation>Các trang trong cây điều hướng theo đúng công việc của cơ quan: cơ quan cấp trên thấy trước hết bảng tổng hợp, Hội đồng, quyết định và lịch sử khen thưởng, không có các trang chấm điểm của cụm.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open now:</source>
        <translation>Đang mở:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Open at start:</source>
        <translation>&amp;Mở khi khởi động:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the default file in the data folder</source>
        <translation>tệp mặc định trong thư mục dữ liệu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;hoose file…</source>
        <translation>&amp;Chọn tệp…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose an emudesk .sqlite file, or type the address of a shared PostgreSQL server (postgresql://user@server/database). The database given here opens at once and at every start.</source>
        <translation>Chọn một tệp .sqlite của emudesk, hoặc gõ địa chỉ máy chủ PostgreSQL dùng chung (postgresql://người_dùng@máy_chủ/cơ_sở_dữ_liệu). Cơ sở dữ liệu ghi ở đây được mở ngay và mỗi lần khởi động.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Digital signatures</source>
        <translation>Chữ ký số</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Digital signatures…</source>
        <translation>Chữ &amp;ký số…</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/settings.py" line="+36"/>
        <source>a cluster&apos;s head (scores, ranks, proposes)</source>
        <translation>trưởng cụm (chấm điểm, xếp hạng, đề nghị)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a cluster&apos;s member unit</source>
        <translation>đơn vị thành viên của cụm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the issuer&apos;s emulation office (decides, numbers)</source>
        <translation>cơ quan Thi đua – Khen thưởng cấp trên (quyết định, vào sổ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not chosen (every page)</source>
        <translation>chưa chọn (mọi trang)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No token is set up; %1 certificate(s) trusted.</source>
        <translation>Chưa thiết lập thiết bị ký; đang tin cậy %1 chứng thư số.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing with the token %2; %1 certificate(s) trusted.</source>
        <translation>Ký bằng thiết bị %2; đang tin cậy %1 chứng thư số.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Choose the database file</source>
        <translation>Chọn tệp cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>emudesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Cơ sở dữ liệu emudesk (*.sqlite *.db);;Mọi tệp (*)</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <location filename="../../forms/signature_dialog.ui" line="+14"/>
        <source>Signature of the commitment</source>
        <translation>Chữ ký giao ước</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Signer&apos;s &amp;name:</source>
        <translation>&amp;Họ tên người ký:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Title:</source>
        <translation>&amp;Chức vụ:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Signed &amp;on:</source>
        <translation>Ngày &amp;ký:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>S&amp;ealed</source>
        <translation>Đã đóng &amp;dấu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed copy:</source>
        <translation>Bản đã ký:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PDF, JPEG or PNG (optional)</source>
        <translation>PDF, JPEG hoặc PNG (không bắt buộc)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Choose…</source>
        <translation>Chọ&amp;n…</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/signature.py" line="+53"/>
        <source>Signed copy</source>
        <translation>Bản đã ký</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scans (*.pdf *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>Bản quét (*.pdf *.jpg *.jpeg *.png);;Tất cả các tệp (*)</translation>
    </message>
</context>
<context>
    <name>SignatureSettingsDialog</name>
    <message>
        <location filename="../../forms/signature_settings_dialog.ui" line="+14"/>
        <source>Digital signatures</source>
        <translation>Chữ ký số</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The office&apos;s token</source>
        <translation>Thiết bị ký số (token) của cơ quan</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Driver (PKCS#11):</source>
        <translation>Trình điề&amp;u khiển (PKCS#11):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>e.g. C:\Windows\System32\eps2003csp11.dll</source>
        <translation>ví dụ C:\Windows\System32\eps2003csp11.dll</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Chọn tệp…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Token:</source>
        <translation>&amp;Thiết bị ký:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Find tokens</source>
        <translation>Tì&amp;m thiết bị</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Key:</source>
        <translation>&amp;Khóa:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The driver is a file of the token&apos;s software from its CA (VNPT-CA, Viettel-CA, BKAV-CA, FPT-CA…); plug the token in and press Find tokens. The PIN is asked each time something is signed and never stored.</source>
        <translation>Trình điều khiển là một tệp trong phần mềm của thiết bị ký do CA cung cấp (VNPT-CA, Viettel-CA, BKAV-CA, FPT-CA…); cắm thiết bị ký rồi bấm Tìm thiết bị. Mã PIN được hỏi mỗi lần ký và không bao giờ được lưu.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Certificates this office trusts</source>
        <translation>Chứng thư số mà cơ quan tin cậy</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Import…</source>
        <translation>&amp;Nhập…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remove</source>
        <translation>&amp;Bỏ tin cậy</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Import the CA&apos;s chain (.cer, .pem, .p7b) to trust every office it certifies, or one office&apos;s own certificate; and the CA&apos;s revocation lists (.crl) to know revoked certificates. Nothing is fetched from the internet.</source>
        <translation>Nhập chuỗi chứng thư số của CA (.cer, .pem, .p7b) để tin cậy mọi cơ quan do CA đó cấp, hoặc chứng thư số riêng của một cơ quan; và danh sách thu hồi (.crl) của CA để biết chứng thư số đã bị thu hồi. Không tải gì từ Internet.</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/signature_settings.py" line="+58"/>
        <source>The token&apos;s PKCS#11 driver</source>
        <translation>Trình điều khiển PKCS#11 của thiết bị ký</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PKCS#11 drivers (*.dll *.so *.dylib);;All files (*)</source>
        <translation>Trình điều khiển PKCS#11 (*.dll *.so *.dylib);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>valid until %1</source>
        <translation>hiệu lực đến %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 token(s) found.</source>
        <translation>Tìm thấy %1 thiết bị ký.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The driver sees no token: plug the token in.</source>
        <translation>Trình điều khiển không thấy thiết bị ký nào: hãy cắm thiết bị ký vào.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Trust certificates</source>
        <translation>Tin cậy chứng thư số</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Certificates and CRLs (*.cer *.crt *.pem *.der *.p7b *.p7c *.crl);;All files (*)</source>
        <translation>Chứng thư số và danh sách thu hồi (*.cer *.crt *.pem *.der *.p7b *.p7c *.crl);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not imported</source>
        <translation>Chưa nhập được</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 certificate(s) trusted, %2 revocation list(s) kept, %3 known already.</source>
        <translation>Đã tin cậy %1 chứng thư số, lưu %2 danh sách thu hồi, %3 đã có từ trước.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+8"/>
        <source>Stop trusting</source>
        <translation>Bỏ tin cậy</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Stop trusting %1 (%2)? What it signed is refused until it is imported again.</source>
        <translation>Bỏ tin cậy %1 (%2)? Những gì được ký bằng chứng thư số này sẽ bị từ chối cho tới khi nhập lại.</translation>
    </message>
</context>
<context>
    <name>SignaturesModel</name>
    <message>
        <location filename="../../emudesk/ui/pages/commitment.py" line="+46"/>
        <source>Member unit</source>
        <translation>Đơn vị thành viên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed by</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On</source>
        <translation>Ngày ký</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sealed</source>
        <translation>Đóng dấu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed copy</source>
        <translation>Bản đã ký</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not signed yet</source>
        <translation>chưa ký</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>không</translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <location filename="../../emudesk/ui/signing_actions.py" line="+81"/>
        <location line="+54"/>
        <source>Sign the paper</source>
        <translation>Ký số văn bản</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Sign in the block of:</source>
        <translation>Ký vào khối chữ ký của:</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+74"/>
        <source>Signing with the token…</source>
        <translation>Đang ký bằng thiết bị ký…</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>The paper was not signed</source>
        <translation>Văn bản chưa được ký số</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>in the block %1</source>
        <translation>vào khối chữ ký %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>without a visible box</source>
        <translation>không có ô chữ ký hiển thị</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paper signed</source>
        <translation>Đã ký số văn bản</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is signed by %2 %3.</source>
        <translation>%1 đã được %2 ký số %3.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is written. Sign it now with the office&apos;s token?</source>
        <translation>Đã ghi %1. Ký số ngay bằng thiết bị ký của cơ quan?</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+25"/>
        <location line="+31"/>
        <source>Sign</source>
        <translation>Ký số</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Sign the papers</source>
        <translation>Ký số các văn bản</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign the %1 PDF paper(s) now with the office&apos;s token, each in its main signature block?</source>
        <translation>Ký số ngay %1 văn bản PDF bằng thiết bị ký của cơ quan, mỗi văn bản vào khối chữ ký chính?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The papers were not all signed</source>
        <translation>Chưa ký số được hết các văn bản</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Papers signed</source>
        <translation>Đã ký số các văn bản</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 paper(s) signed by %2.</source>
        <translation>%2 đã ký số %1 văn bản.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Printing and signing the QR codes…</source>
        <translation>Đang in và ký số mã QR…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sign the handover file</source>
        <translation>Ký số tệp bàn giao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign the file with the office&apos;s token, so that the next head can tell it comes from you and was not changed on the way?</source>
        <translation>Ký số tệp bằng thiết bị ký của cơ quan, để cụm trưởng kế nhiệm biết tệp do đơn vị mình gửi và không bị sửa dọc đường?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Writing and signing the handover file…</source>
        <translation>Đang ghi và ký số tệp bàn giao…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The handover file was not written</source>
        <translation>Chưa ghi được tệp bàn giao</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Handover file written and signed</source>
        <translation>Đã ghi và ký số tệp bàn giao</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 record(s) written to %3, signed by %4. Give this file to the next head.</source>
        <translation>%1: đã ghi %2 bản ghi vào %3, ký số bởi %4. Hãy chuyển tệp này cho cụm trưởng kế nhiệm.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Checking the signature…</source>
        <translation>Đang kiểm tra chữ ký số…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file cannot be used</source>
        <translation>Không dùng được tệp này</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No valid signature</source>
        <translation>Không có chữ ký số hợp lệ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not signed by anyone this office trusts: %2. Accept it only if you know where it comes from; the acceptance is recorded.</source>
        <translation>%1 không được ký bởi ai mà cơ quan này tin cậy: %2. Chỉ chấp nhận khi biết chắc tệp đến từ đâu; việc chấp nhận được ghi nhật ký.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Accept it all the same</source>
        <translation>Vẫn chấp nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuse</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Verify a signed file</source>
        <translation>Kiểm tra chữ ký số của tệp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF and packages (*.pdf *.emudesk *.zip);;All files (*)</source>
        <translation>PDF và gói tệp (*.pdf *.emudesk *.zip);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file cannot be checked</source>
        <translation>Không kiểm tra được tệp</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signature valid</source>
        <translation>Chữ ký số hợp lệ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signature NOT valid</source>
        <translation>Chữ ký số KHÔNG hợp lệ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../emudesk/ui/app.py" line="+84"/>
        <source>Cannot open the database</source>
        <translation>Không mở được cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose another file…</source>
        <translation>Chọn tệp khác…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a database</source>
        <translation>Mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>emudesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Cơ sở dữ liệu emudesk (*.sqlite *.db);;Mọi tệp (*)</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <location filename="../../emudesk/ui/pages/__init__.py" line="+52"/>
        <location filename="../../emudesk/ui/pages/statistics.py" line="+130"/>
        <source>Award statistics</source>
        <translation>Thống kê khen thưởng</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/pages/statistics.py" line="+3"/>
        <source>How many awards the issuer&apos;s clusters proposed and how many its decisions granted, by award, unit and level, year by year, with the past decisions imported from the template. Units and the issuer are named as on each decision&apos;s date, so a unit renamed or merged since keeps its name of then.</source>
        <translation>Số khen thưởng các cụm, khối đã đề nghị và số được cơ quan khen thưởng quyết định, theo hình thức khen thưởng, đơn vị và cấp khen thưởng, qua từng năm, gồm cả các quyết định trước đây nhập từ mẫu. Đơn vị và cơ quan khen thưởng được ghi theo tên tại ngày ký quyết định, nên đơn vị đã đổi tên hoặc sáp nhập vẫn giữ tên lúc được khen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Issuer:</source>
        <translation>&amp;Cơ quan khen thưởng:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;luster:</source>
        <translation>C&amp;ụm, khối:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Years from:</source>
        <translation>&amp;Từ năm:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;to:</source>
        <translation>đế&amp;n năm:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Breakdown:</source>
        <translation>Thống &amp;kê theo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>any</source>
        <translation>bất kỳ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Xuất ra Excel…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>By award and year</source>
        <translation>Hình thức khen thưởng và năm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By unit and award</source>
        <translation>Đơn vị và hình thức khen thưởng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By level and year</source>
        <translation>Cấp khen thưởng và năm</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Every cluster</source>
        <translation>Tất cả các cụm, khối</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No issuer yet: import a cluster&apos;s submission.</source>
        <translation>Chưa có cơ quan khen thưởng: hãy nhập gói đề nghị của một cụm.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Proposed</source>
        <translation>Số đề nghị</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 award(s) decided of %3 proposed.</source>
        <translation>%1: %2 khen thưởng được quyết định trên %3 đề nghị.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 award(s) of past decisions are left out: they belong to no cluster.</source>
        <translation>Không tính %1 khen thưởng theo quyết định trước đây: chúng không thuộc cụm, khối nào.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Of them, %1 from past decisions imported from the template.</source>
        <translation>Trong đó %1 khen thưởng theo quyết định trước đây, nhập từ mẫu.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export the award statistics</source>
        <translation>Xuất thống kê khen thưởng</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writing the workbook…</source>
        <translation>Đang ghi bảng tính…</translation>
    </message>
</context>
<context>
    <name>SubmittedRankingDialog</name>
    <message>
        <location filename="../../forms/submitted_ranking_dialog.ui" line="+14"/>
        <source>The cluster&apos;s ranking table</source>
        <translation>Bảng xếp hạng của cụm</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ranking table</source>
        <translation>Bảng xếp hạng</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/submitted_ranking.py" line="+31"/>
        <source>%1 — ranking of %2</source>
        <translation>%1 — xếp hạng năm %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 unit(s); the cluster&apos;s nominees in bold. Sections: %2.</source>
        <translation>%1 đơn vị; đối tượng được cụm đề nghị in đậm. Các phần: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The head had not locked the scores when sending.</source>
        <translation>Trưởng cụm chưa khóa điểm khi gửi.</translation>
    </message>
</context>
<context>
    <name>SubmittedRankingModel</name>
    <message>
        <location filename="../../emudesk/ui/models/submitted_ranking.py" line="+62"/>
        <source>Rank</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Tổng điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bonus</source>
        <translation>Điểm thưởng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deductions</source>
        <translation>Điểm trừ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What placed it</source>
        <translation>Căn cứ xếp hạng</translation>
    </message>
</context>
<context>
    <name>SuggestionTableModel</name>
    <message>
        <location filename="../../emudesk/ui/models/ranking.py" line="+37"/>
        <source>Award</source>
        <translation>Khen thưởng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Tổng điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vote</source>
        <translation>Biểu quyết</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>needs a vote</source>
        <translation>cần biểu quyết</translation>
    </message>
</context>
<context>
    <name>TableHeaderDialog</name>
    <message>
        <location filename="../../forms/table_header_dialog.ui" line="+14"/>
        <source>Scoring table</source>
        <translation>Bảng chấm điểm</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Title:</source>
        <translation>&amp;Tên bảng:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. Bảng chấm điểm thi đua năm 2025</source>
        <translation>ví dụ Bảng chấm điểm thi đua năm 2025</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Table total (&amp;points):</source>
        <translation>Tổng điểm &amp;của bảng:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The sections&apos; maxima must add up to this total, e.g. 100 or 1000</source>
        <translation>Điểm tối đa của các mục phải cộng lại bằng tổng này, ví dụ 100 hoặc 1000</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 100</source>
        <translation>ví dụ 100</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This table already has scores: the change is saved as a new version.</source>
        <translation>Bảng này đã có điểm chấm: thay đổi sẽ được lưu thành phiên bản mới.</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/table_header.py" line="+56"/>
        <source>New scoring table</source>
        <translation>Lập bảng chấm điểm mới</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Emulation scoring table of %1</source>
        <translation>Bảng chấm điểm thi đua năm %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title and total of the scoring table</source>
        <translation>Tên và tổng điểm của bảng chấm điểm</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Table total</source>
        <translation>Tổng điểm của bảng</translation>
    </message>
</context>
<context>
    <name>TableHistory</name>
    <message>
        <location filename="../../emudesk/ui/pages/table_history.py" line="+49"/>
        <source>row %1</source>
        <translation>dòng %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the place of row %1</source>
        <translation>vị trí của dòng %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The change made version %1 of the table; it cannot be undone with Ctrl+Z (version %2 keeps its scores).</source>
        <translation>Thay đổi này đã tạo phiên bản %1 của bảng điểm nên không hoàn tác bằng Ctrl+Z được (phiên bản %2 vẫn giữ các điểm đã chấm).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The table cannot change now, so nothing was undone.</source>
        <translation>Lúc này bảng điểm không sửa được nên chưa hoàn tác gì.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scores have been given against this table: undoing that change would make a new version without them. Change the row by hand if you must.</source>
        <translation>Đã có điểm chấm theo bảng này: hoàn tác thay đổi đó sẽ tạo một phiên bản mới không có các điểm ấy. Nếu cần, hãy sửa dòng bằng tay.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+23"/>
        <source>There is no row %1 any more.</source>
        <translation>Không còn dòng %1.</translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <location filename="../../forms/template_editor_dialog.ui" line="+14"/>
        <source>Certificate template</source>
        <translation>Mẫu bằng khen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Name:</source>
        <translation>&amp;Tên mẫu:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Page (mm):</source>
        <translation>Khổ giấy (mm):</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Back to the &amp;built-in template</source>
        <translation>Về mẫu &amp;gốc</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/template_editor.py" line="+112"/>
        <source>Back to the built-in template</source>
        <translation>Về mẫu gốc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget this office&apos;s changes to the template and use the built-in one?</source>
        <translation>Bỏ các thay đổi của cơ quan đối với mẫu này và dùng mẫu gốc?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the built-in</source>
        <translation>Dùng mẫu gốc</translation>
    </message>
</context>
<context>
    <name>TrustedModel</name>
    <message>
        <location filename="../../emudesk/ui/models/trusted.py" line="+32"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>Hiệu lực đến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint (SHA-256)</source>
        <translation>Dấu vân tay (SHA-256)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>CA (vouches for the offices it certifies)</source>
        <translation>CA (xác nhận các cơ quan do CA cấp)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office</source>
        <translation>Cơ quan</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <location filename="../../forms/unit_dialog.ui" line="+14"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Code:</source>
        <translation>&amp;Mã:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A short code without marks, used in file names</source>
        <translation>Mã ngắn, viết không dấu, dùng trong tên tệp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. BDT-DLK</source>
        <translation>VD: BDT-DLK</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Official name:</source>
        <translation>Tên &amp;chính thức:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. Ban Dân tộc tỉnh Đắk Lắk</source>
        <translation>VD: Ban Dân tộc tỉnh Đắk Lắk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Short name:</source>
        <translation>Tên &amp;viết tắt:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. Ban Dân tộc Đắk Lắk</source>
        <translation>VD: Ban Dân tộc Đắk Lắk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name used &amp;from:</source>
        <translation>Tên dùng từ &amp;năm:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The first year in which the unit had this name</source>
        <translation>Năm đầu tiên đơn vị mang tên này</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The name of an existing unit changes with “Rename from a year…”, so that earlier years keep the old name.</source>
        <translation>Muốn đổi tên đơn vị đã có, dùng “Đổi tên từ năm…” để các năm trước vẫn giữ tên cũ.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Province:</source>
        <translation>&amp;Tỉnh/thành:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Contact pe&amp;rson:</source>
        <translation>Người &amp;liên hệ:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;E-mail:</source>
        <translation>Thư đ&amp;iện tử:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>P&amp;hone:</source>
        <translation>Điện t&amp;hoại:</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/unit.py" line="+48"/>
        <source>Add a unit</source>
        <translation>Thêm đơn vị</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the unit</source>
        <translation>Sửa đơn vị</translation>
    </message>
</context>
<context>
    <name>UnitTableModel</name>
    <message>
        <location filename="../../emudesk/ui/models/units.py" line="+17"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official name</source>
        <translation>Tên chính thức</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short name</source>
        <translation>Tên viết tắt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province</source>
        <translation>Tỉnh/thành</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person</source>
        <translation>Người liên hệ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged into</source>
        <translation>Đã sáp nhập vào</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 (since %2)</source>
        <translation>%1 (từ %2)</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <location filename="../../forms/units_page.ui" line="+23"/>
        <source>Member units</source>
        <translation>Đơn vị thành viên</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Names as in &amp;year:</source>
        <translation>Tên gọi theo &amp;năm:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Units are listed with the names they had in this year</source>
        <translation>Đơn vị được liệt kê theo tên gọi trong năm này</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>F&amp;ilter:</source>
        <translation>&amp;Lọc:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Code, name or province (with or without marks)</source>
        <translation>Mã, tên hoặc tỉnh (có dấu hay không dấu)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show &amp;merged units</source>
        <translation>&amp;Hiện đơn vị đã sáp nhập</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add a member unit (Ins)</source>
        <translation>Thêm một đơn vị thành viên (Ins)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add unit…</source>
        <translation>&amp;Thêm đơn vị…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change the code and contact details of the selected unit (F2 or double-click)</source>
        <translation>Sửa mã và thông tin liên hệ của đơn vị đang chọn (F2 hoặc nhấp đúp)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give the unit a new name from a date on, with its decision; papers dated earlier keep the old name</source>
        <translation>Đặt tên mới cho đơn vị từ một ngày, kèm quyết định; văn bản đề ngày trước đó giữ tên cũ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;name on a date…</source>
        <translation>Đổi tên từ ngà&amp;y…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record that the unit merged into another unit on a date, with a preview</source>
        <translation>Ghi nhận đơn vị sáp nhập vào đơn vị khác từ một ngày, có xem trước</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mer&amp;ge into…</source>
        <translation>Sáp nhập &amp;vào…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Split the unit, or record that it joins or leaves a cluster on a date (also in the list&apos;s context menu: Menu key or right-click)</source>
        <translation>Chia tách đơn vị, hoặc ghi nhận đơn vị tham gia hay rời một cụm từ một ngày (cũng có trong menu ngữ cảnh của danh sách: phím Menu hoặc nhấp chuột phải)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;organise</source>
        <translation>Sắp xếp lạ&amp;i</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove a unit typed by mistake (only when it has no history; Del)</source>
        <translation>Xóa đơn vị nhập nhầm (chỉ khi đơn vị chưa có dữ liệu lịch sử; Del)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add the units from an Excel list (a template to fill in is offered)</source>
        <translation>Thêm các đơn vị từ một danh sách Excel (có mẫu để điền)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Im&amp;port…</source>
        <translation>Nhập từ &amp;bảng tính…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No unit yet. Add the member units one by one with Add unit…, or the whole list at once with Import… (an Excel list; a template to fill in is offered). Then add the cluster&apos;s year with its members on the Clusters page.</source>
        <translation>Chưa có đơn vị nào. Thêm từng đơn vị thành viên bằng Thêm đơn vị…, hoặc cả danh sách một lần bằng Nhập từ bảng tính… (danh sách Excel; có sẵn mẫu để điền). Sau đó thêm năm của cụm cùng các đơn vị thành viên ở trang Cụm thi đua.</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/pages/__init__.py" line="-64"/>
        <source>Units</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/pages/units.py" line="+61"/>
        <source>&amp;Split into several units…</source>
        <translation>&amp;Chia tách thành nhiều đơn vị…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Join a cluster on a date…</source>
        <translation>&amp;Tham gia cụm từ một ngày…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Leave a cluster on a date…</source>
        <translation>&amp;Rời cụm từ một ngày…</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Remove the unit “%1” (%2)?</source>
        <translation>Xóa đơn vị “%1” (%2)?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove a unit</source>
        <translation>Xóa đơn vị</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../forms/unlock_dialog.ui" line="+14"/>
        <source>Unlock the scores</source>
        <translation>Mở khóa điểm</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Reason (recorded in the audit trail):</source>
        <translation>&amp;Lý do (được ghi vào nhật ký thay đổi):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. Đắk Nông sent a corrected self-score for row 2.4</source>
        <translation>ví dụ Đắk Nông gửi lại điểm tự chấm tiêu chí 2.4</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/unlock.py" line="+35"/>
        <source>Unlock the scores of %1? The ranking and the proposals may change until they are locked again.</source>
        <translation>Mở khóa điểm của %1? Kết quả xếp hạng và đề nghị khen thưởng có thể thay đổi cho đến khi khóa lại.</translation>
    </message>
</context>
<context>
    <name>VoteDialog</name>
    <message>
        <location filename="../../forms/vote_dialog.ui" line="+14"/>
        <source>Vote</source>
        <translation>Biểu quyết</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;On:</source>
        <translation>&amp;Về:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Proposal or unit:</source>
        <translation>Đề &amp;nghị hoặc đơn vị:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;How:</source>
        <translation>&amp;Hình thức:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>For / against / abstaining:</source>
        <translation>Tán thành / không tán thành / không ý kiến:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Unanimous</source>
        <translation>Nhất t&amp;rí</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/meeting.py" line="+73"/>
        <source>an award proposal</source>
        <translation>đề nghị khen thưởng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next year&apos;s head</source>
        <translation>Cụm trưởng năm sau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next year&apos;s deputy</source>
        <translation>Cụm phó năm sau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>show of hands</source>
        <translation>giơ tay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>secret ballot</source>
        <translation>bỏ phiếu kín</translation>
    </message>
</context>
<context>
    <name>VoteTableModel</name>
    <message>
        <location filename="../../emudesk/ui/models/member_values.py" line="+73"/>
        <source>Member unit</source>
        <translation>Đơn vị thành viên</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Votes received</source>
        <translation>Số phiếu bầu</translation>
    </message>
</context>
<context>
    <name>VotesDialog</name>
    <message>
        <location filename="../../forms/votes_dialog.ui" line="+14"/>
        <source>Votes</source>
        <translation>Số phiếu bầu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The votes each unit received at the conference. They decide between units of equal total when the tie-break chain has “More votes”. Double-click a number to change it.</source>
        <translation>Số phiếu bầu mỗi đơn vị nhận được tại hội nghị. Số phiếu phân định các đơn vị bằng tổng điểm khi các tiêu chí phụ có “Nhiều phiếu bầu hơn”. Nhấp đúp vào một số để sửa.</translation>
    </message>
</context>
<context>
    <name>WordingDialog</name>
    <message>
        <location filename="../../forms/wording_dialog.ui" line="+14"/>
        <source>Wording of the papers</source>
        <translation>Nội dung văn bản</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The texts the cluster&apos;s papers are made of. An edit is kept with the cluster and travels with the handover to the next head. Words in braces are filled in when a paper is written.</source>
        <translation>Các đoạn văn tạo nên văn bản của cụm. Nội dung đã sửa được lưu cùng cụm và bàn giao cho Cụm trưởng năm sau. Các từ trong ngoặc nhọn được điền khi ghi văn bản.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Office &amp;symbol:</source>
        <translation>&amp;Ký hiệu cơ quan:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What follows the kind in a number: 12/TTr-CTĐ4</source>
        <translation>Phần sau tên loại trong số văn bản: 12/TTr-CTĐ4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Văn bản:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Text:</source>
        <translation>Đoạn &amp;nội dung:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Put back emudesk&apos;s wording of this paper</source>
        <translation>Trả lại nội dung gốc của emudesk cho văn bản này</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Built-in wording</source>
        <translation>Nội dung &amp;gốc</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/wording.py" line="+35"/>
        <source>Submission</source>
        <translation>Tờ trình</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>Biên bản</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Achievement report</source>
        <translation>Báo cáo thành tích</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year summary</source>
        <translation>Báo cáo tổng hợp năm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Summary line</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addressed to</source>
        <translation>Kính gửi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal basis</source>
        <translation>Căn cứ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request</source>
        <translation>Nội dung đề nghị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing</source>
        <translation>Phần kết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing mode (TM., KT. …)</source>
        <translation>Thể thức ký (TM., KT. …)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signs on behalf of</source>
        <translation>Ký thay mặt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signer&apos;s title</source>
        <translation>Chức danh người ký</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signer&apos;s name</source>
        <translation>Họ tên người ký</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients, one a line</source>
        <translation>Nơi nhận, mỗi nơi một dòng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title of the ranking annex</source>
        <translation>Tên phụ lục kết quả xếp hạng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening</source>
        <translation>Mở đầu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair&apos;s signature title</source>
        <translation>Chức danh ký của người chủ trì</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secretary&apos;s signature title</source>
        <translation>Chức danh ký của thư ký</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body above the unit</source>
        <translation>Cơ quan cấp trên của đơn vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General information</source>
        <translation>Thông tin chung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Functions and duties</source>
        <translation>Chức năng, nhiệm vụ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures that brought the achievements</source>
        <translation>Biện pháp đạt được thành tích</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policies, Party and mass organisations</source>
        <translation>Thực hiện chính sách, công tác Đảng, đoàn thể</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit head&apos;s signature title</source>
        <translation>Chức danh ký của thủ trưởng đơn vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmation by the proposing level</source>
        <translation>Xác nhận của cấp trình khen thưởng</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Placeholders: %1</source>
        <translation>Trường thay thế: %1</translation>
    </message>
</context>
<context>
    <name>YearDialog</name>
    <message>
        <location filename="../../forms/year_dialog.ui" line="+14"/>
        <source>Members and leadership</source>
        <translation>Thành viên và lãnh đạo cụm</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Member units</source>
        <translation>Đơn vị thành viên</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Tick &amp;all</source>
        <translation>C&amp;họn tất cả</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tic&amp;k none</source>
        <translation>&amp;Bỏ chọn tất cả</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Leadership</source>
        <translation>Cụm trưởng, cụm phó</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Head:</source>
        <translation>Cụm &amp;trưởng:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Deputy:</source>
        <translation>Cụm &amp;phó:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>How &amp;chosen:</source>
        <translation>Hình thức &amp;chọn:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Recognising decision &amp;number:</source>
        <translation>&amp;Số quyết định công nhận:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. 123/QĐ-BVHTTDL</source>
        <translation>VD: 123/QĐ-BVHTTDL</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Decision da&amp;te:</source>
        <translation>Ngà&amp;y quyết định:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Known</source>
        <translation>Đã biết</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>N&amp;otes:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/year.py" line="+148"/>
        <source>Open a year of %1</source>
        <translation>Mở năm mới cho cụm %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Members and leadership of %1 in %2</source>
        <translation>Thành viên, cụm trưởng và cụm phó của cụm %1 năm %2</translation>
    </message>
</context>
<context>
    <name>YearPage</name>
    <message>
        <location filename="../../forms/year_page.ui" line="+39"/>
        <source>Choose the member units, the head and the deputy of this year (F2)</source>
        <translation>Chọn đơn vị thành viên, cụm trưởng và cụm phó của năm này (F2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Members and leadership…</source>
        <translation>&amp;Sửa thành viên, lãnh đạo cụm…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open the following year with this year&apos;s members</source>
        <translation>Mở năm tiếp theo với các đơn vị thành viên của năm này</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the &amp;next year…</source>
        <translation>Thêm năm &amp;tiếp theo…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove this year (only while it holds no scores, proposals or meetings)</source>
        <translation>Xóa năm này (chỉ khi chưa có điểm, đề nghị khen thưởng hay hội nghị)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove this year</source>
        <translation>&amp;Xóa năm này</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The year&apos;s tables (members, signatures, ranking, proposals) as a PDF for the summary report</source>
        <translation>Các bảng của năm (thành viên, ký giao ước, xếp hạng, khen thưởng) dạng PDF để đính kèm báo cáo tổng kết</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Year &amp;summary (PDF)…</source>
        <translation>Tổng hợp năm (P&amp;DF)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Set the date by which the proposals&apos; dossiers must reach the issuer</source>
        <translation>Đặt ngày hồ sơ đề nghị khen thưởng phải gửi tới cơ quan cấp trên</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dossier &amp;deadline…</source>
        <translation>&amp;Hạn nộp hồ sơ…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Leadership</source>
        <translation>Cụm trưởng, cụm phó</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Head:</source>
        <translation>Cụm trưởng:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Deputy:</source>
        <translation>Cụm phó:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>How chosen:</source>
        <translation>Hình thức chọn:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Recognising decision:</source>
        <translation>Quyết định công nhận:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Next year:</source>
        <translation>Năm sau:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>To do</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Member units</source>
        <translation>Đơn vị thành viên</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/pages/__init__.py" line="+8"/>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/pages/year.py" line="+81"/>
        <source>%1 — year %2</source>
        <translation>%1 — năm %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issuer: %1 · cluster code %2</source>
        <translation>Cơ quan cấp trên: %1 · mã cụm %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>⚠ %1 — ceased to exist on %2 (successor: %3)</source>
        <translation>⚠ %1 — không còn tồn tại từ ngày %2 (đơn vị kế nhiệm: %3)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 not opened yet</source>
        <translation>Chưa mở năm %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: head %2, deputy %3</source>
        <translation>Năm %1: cụm trưởng %2, cụm phó %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Member units (%1)</source>
        <translation>Đơn vị thành viên (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No dossier deadline set.</source>
        <translation>Chưa đặt hạn nộp hồ sơ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dossier deadline %1 passed %2 day(s) ago.</source>
        <translation>Hạn nộp hồ sơ %1 đã qua %2 ngày.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dossier deadline %1: %2 day(s) left.</source>
        <translation>Hạn nộp hồ sơ %1: còn %2 ngày.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Still missing: %1.</source>
        <translation>Còn thiếu: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every dossier is complete.</source>
        <translation>Hồ sơ đã đầy đủ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Double-click an item, or press Enter, to do it</source>
        <translation>Bấm đúp vào một việc, hoặc nhấn Enter, để làm việc đó</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Record “%1” as %2 from %3, in place of “%4”?</source>
        <translation>Ghi nhận “%1” làm %2 từ ngày %3, thay “%4”?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>head</source>
        <translation>cụm trưởng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>deputy</source>
        <translation>cụm phó</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record the successor</source>
        <translation>Ghi nhận đơn vị kế nhiệm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>Ghi nhận</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Year summary</source>
        <translation>Tổng hợp năm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Remove the year %1 of %2 with its member list and leadership?</source>
        <translation>Xóa năm %1 của cụm %2, cùng danh sách thành viên, cụm trưởng và cụm phó?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove a year</source>
        <translation>Xóa năm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
</context>
<context>
    <name>YearTableModel</name>
    <message>
        <location filename="../../emudesk/ui/models/years.py" line="+21"/>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head</source>
        <translation>Cụm trưởng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deputy</source>
        <translation>Cụm phó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How chosen</source>
        <translation>Hình thức chọn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members</source>
        <translation>Số thành viên</translation>
    </message>
</context>
</TS>
