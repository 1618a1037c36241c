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
        <location filename="../../emudesk/ui/dialogs/about.py" line="+27"/>
        <source>GNU General Public License, version 3 or later (GPL-3.0-or-later)</source>
        <translation>Giấy phép Công cộng GNU, phiên bản 3 trở về sau (GPL-3.0-or-later)</translation>
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
        <location filename="../../emudesk/ui/pages/clusters.py" line="+29"/>
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
        <location line="+28"/>
        <source>This database holds no clusters yet. Add the issuer and the cluster you work in, or load the demo data (two real clusters of 2024–2025) to try the program.</source>
        <translation>Cơ sở dữ liệu chưa có cụm thi đua nào. Hãy thêm cơ quan cấp trên và cụm của đơn vị mình, hoặc nạp dữ liệu mẫu (hai cụm thi đua có thật, năm 2024–2025) để dùng thử.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Load the &amp;demo data</source>
        <translation>Nạp &amp;dữ liệu mẫu</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Years of the selected cluster</source>
        <translation>Các năm của cụm đang chọn</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Double-click a year (or press Enter) to open its overview.</source>
        <translation>Nhấp đúp vào một năm (hoặc nhấn Enter) để mở trang tổng quan của năm đó.</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/pages/clusters.py" line="+88"/>
        <source>Add a cluster</source>
        <translation>Thêm cụm thi đua</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A cluster belongs to an issuer (a ministry, committee or province). Add the issuer first on the Issuers page.</source>
        <translation>Mỗi cụm thuộc một cơ quan cấp trên (bộ, ủy ban hoặc tỉnh). Hãy thêm cơ quan cấp trên trước, ở trang Cơ quan cấp trên.</translation>
    </message>
    <message>
        <location line="+45"/>
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
    <name>Crash</name>
    <message>
        <location filename="../../emudesk/ui/crash.py" line="+65"/>
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
        <location line="+14"/>
        <source>Back up the database</source>
        <translation>Sao lưu cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Backup written</source>
        <translation>Đã sao lưu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The backup is in %1.</source>
        <translation>Bản sao lưu được ghi tại %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+12"/>
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
        <location line="+11"/>
        <source>Check the database</source>
        <translation>Kiểm tra cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database is sound.</source>
        <translation>Cơ sở dữ liệu không có lỗi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 problem(s) found; see the details.</source>
        <translation>Phát hiện %1 lỗi; xem chi tiết.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../emudesk/ui/formatting.py" line="+38"/>
        <source>%1 of %2</source>
        <translation>%1 ngày %2</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <location line="+7"/>
        <source>Cluster</source>
        <translation>Cụm thi đua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block</source>
        <translation>Khối thi đua</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location filename="../../emudesk/ui/pages/issuers.py" line="+26"/>
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
        <source>Remove the selected issuer (only when no cluster belongs to it; Del)</source>
        <translation>Xóa cơ quan đang chọn (chỉ khi không còn cụm nào trực thuộc; Del)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/pages/issuers.py" line="+67"/>
        <source>Remove the issuer “%1”?</source>
        <translation>Xóa cơ quan “%1”?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove an issuer</source>
        <translation>Xóa cơ quan cấp trên</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../forms/main_window.ui" line="+63"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Tools</source>
        <translation>&amp;Công cụ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <translation>Tạo cơ sở dữ liệu &amp;mới…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create an empty database file and open it</source>
        <translation>Tạo một tệp cơ sở dữ liệu trống và mở nó</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <translation>&amp;Tải lại</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the database again (after a colleague changed it)</source>
        <translation>Đọc lại cơ sở dữ liệu (khi đồng nghiệp vừa thay đổi)</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <source>&amp;About emudesk</source>
        <translation>&amp;Giới thiệu emudesk</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/main_window.py" line="+125"/>
        <source>Database: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
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
        <source>From &amp;year:</source>
        <translation>Từ &amp;năm:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Earlier years keep the unit under its own name. Its memberships and head or deputy roles of that year and later pass to the unit it merged into.</source>
        <translation>Các năm trước vẫn giữ đơn vị với tên cũ. Tư cách thành viên và vai trò cụm trưởng, cụm phó từ năm đó trở đi chuyển sang đơn vị tiếp nhận.</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/merge_unit.py" line="+30"/>
        <location line="+31"/>
        <source>Choose the unit it merged into</source>
        <translation>Chọn đơn vị tiếp nhận</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Unit: %1 (%2)</source>
        <translation>Đơn vị: %1 (%2)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Record that “%1” merged into “%2” from %3?

Its memberships and roles of %3 and later pass to “%2”; earlier years keep it under its own name.</source>
        <translation>Ghi nhận “%1” sáp nhập vào “%2” từ năm %3?

Tư cách thành viên và vai trò từ năm %3 trở đi chuyển sang “%2”; các năm trước vẫn giữ tên cũ.</translation>
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
        <location line="+5"/>
        <source>Choose the unit it merged into.</source>
        <translation>Hãy chọn đơn vị tiếp nhận.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../emudesk/ui/messages.py" line="+56"/>
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
    <name>NameHistoryModel</name>
    <message>
        <location filename="../../emudesk/ui/models/units.py" line="+87"/>
        <source>From year</source>
        <translation>Từ năm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Official name</source>
        <translation>Tên chính thức</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Short name</source>
        <translation>Tên viết tắt</translation>
    </message>
</context>
<context>
    <name>NavigationModel</name>
    <message>
        <location filename="../../emudesk/ui/navigation.py" line="+66"/>
        <source>Year %1</source>
        <translation>Năm %1</translation>
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
    <name>RenameUnitDialog</name>
    <message>
        <location filename="../../forms/rename_unit_dialog.ui" line="+14"/>
        <source>Rename a unit</source>
        <translation>Đổi tên đơn vị</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New name &amp;from year:</source>
        <translation>Tên mới &amp;từ năm:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Years before this one keep the previous name</source>
        <translation>Các năm trước vẫn giữ tên cũ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New &amp;official name:</source>
        <translation>Tên chính thức &amp;mới:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New &amp;short name:</source>
        <translation>Tên &amp;viết tắt mới:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Name history</source>
        <translation>Lịch sử tên gọi</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/rename_unit.py" line="+39"/>
        <source>Unit: %1 (%2)</source>
        <translation>Đơn vị: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../emudesk/ui/search.py" line="+100"/>
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
        <location line="+16"/>
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
        <location filename="../../emudesk/ui/dialogs/settings.py" line="+40"/>
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
    <name>Startup</name>
    <message>
        <location filename="../../emudesk/ui/app.py" line="+65"/>
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
        <translation>Tên chính &amp;thức:</translation>
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
        <translation>Tên dùng &amp;từ năm:</translation>
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
        <translation>Tỉnh/&amp;thành:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Contact &amp;person:</source>
        <translation>Người &amp;liên hệ:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Thư điện tử:</translation>
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
        <location filename="../../emudesk/ui/models/units.py" line="-67"/>
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
        <location line="+24"/>
        <source>%1 (from %2)</source>
        <translation>%1 (từ năm %2)</translation>
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
        <source>&amp;Filter:</source>
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
        <translation>Hiện đơn vị đã &amp;sáp nhập</translation>
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
        <source>Give the unit a new name from a year on; earlier years keep the old name</source>
        <translation>Đặt tên mới cho đơn vị từ một năm trở đi; các năm trước vẫn giữ tên cũ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;name from a year…</source>
        <translation>Đổi tê&amp;n từ năm…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record that the unit merged into another unit from a year on</source>
        <translation>Ghi nhận đơn vị sáp nhập vào đơn vị khác từ một năm trở đi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mer&amp;ge into…</source>
        <translation>Sáp &amp;nhập vào…</translation>
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
        <location filename="../../emudesk/ui/pages/units.py" line="+29"/>
        <source>Units</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+119"/>
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
        <translation>Chọn &amp;tất cả</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tick &amp;none</source>
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
        <location filename="../../emudesk/ui/dialogs/year.py" line="+135"/>
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
        <source>&amp;Edit members and leadership…</source>
        <translation>&amp;Sửa thành viên, cụm trưởng, cụm phó…</translation>
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
        <location line="+24"/>
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
        <location filename="../../emudesk/ui/pages/year.py" line="+25"/>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 — %2 — year %3</source>
        <translation>%1 — %2 — năm %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issuer: %1</source>
        <translation>Cơ quan cấp trên: %1</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+35"/>
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
