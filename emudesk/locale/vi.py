"""Vietnamese messages of the non-GUI layers, keyed by their English source text."""

MESSAGES: dict[str, str] = {
    # CLI
    "Demo database created: {path}": "Đã tạo cơ sở dữ liệu mẫu: {path}",
    "Backup written: {path}": "Đã ghi bản sao lưu: {path}",
    "Restored from {file}. The previous content was saved to {safety}.": (
        "Đã khôi phục từ {file}. Nội dung trước đó được lưu tại {safety}."
    ),
    "The database is sound.": "Cơ sở dữ liệu không có lỗi.",
    "{count} problem(s) found.": "Phát hiện {count} lỗi.",
    "Emulation and commendation work for emulation clusters.": (
        "Công tác thi đua, khen thưởng của cụm, khối thi đua."
    ),
    "SQLite file or postgresql:// URL (default: EMUDESK_DB or the user data folder)": (
        "tệp SQLite hoặc địa chỉ postgresql:// (mặc định: EMUDESK_DB hoặc thư mục dữ liệu "
        "của người dùng)"
    ),
    "create the demo database": "tạo cơ sở dữ liệu mẫu",
    "language of the commands' messages (default: EMUDESK_LANGUAGE, else vi)": (
        "ngôn ngữ thông báo của các lệnh (mặc định: EMUDESK_LANGUAGE, nếu không có thì vi)"
    ),
    "replace an existing file": "ghi đè tệp đã có",
    "list clusters, years, heads, deputies and members": (
        "liệt kê cụm, năm, cụm trưởng, cụm phó và đơn vị thành viên"
    ),
    "only clusters matching this text": "chỉ các cụm khớp với chuỗi này",
    "write a backup copy of the database": "ghi một bản sao lưu cơ sở dữ liệu",
    "backup file to write": "tệp sao lưu cần ghi",
    "replace the database by a backup": "thay cơ sở dữ liệu bằng một bản sao lưu",
    "backup file": "tệp sao lưu",
    "check the database's integrity": "kiểm tra tính toàn vẹn của cơ sở dữ liệu",
    "render every main page to PNG": "chụp từng trang chính thành ảnh PNG",
    "folder for the PNG files": "thư mục chứa ảnh PNG",
    "{path} exists already; add --force to replace it with the demo database.": (
        "{path} đã tồn tại; thêm --force để thay bằng cơ sở dữ liệu mẫu."
    ),
    "emudesk: {message}": "emudesk: {message}",
    "No clusters.": "Chưa có cụm thi đua nào.",
    "Founded by decision {number} of {date}": "Thành lập theo Quyết định số {number} ngày {date}",
    "{year}: head {head}, deputy {deputy}; {count} member units": (
        "{year}: cụm trưởng {head}, cụm phó {deputy}; {count} đơn vị thành viên"
    ),
    # Database
    "emudesk backs up SQLite files only; for a PostgreSQL server ask its administrator "
    "to use pg_dump.": (
        "emudesk chỉ sao lưu tệp SQLite; với máy chủ PostgreSQL, hãy nhờ người quản trị "
        "máy chủ dùng pg_dump."
    ),
    "The backup file cannot be the open database itself.": (
        "Tệp sao lưu không được trùng với cơ sở dữ liệu đang mở."
    ),
    "The folder {folder} does not exist.": "Thư mục {folder} không tồn tại.",
    "{name} is not an emudesk backup (SQLite).": "{name} không phải là bản sao lưu emudesk (SQLite).",
    "Could not back up to {path}: {reason}.": "Không sao lưu được vào {path}: {reason}.",
    "Cannot read the backup file {path}.": "Không đọc được tệp sao lưu {path}.",
    "The backup file {name} is damaged ({detail}).": "Tệp sao lưu {name} bị hỏng ({detail}).",
    "Could not restore: {reason}. The previous content is in {safety}.": (
        "Không khôi phục được: {reason}. Nội dung trước đó nằm trong {safety}."
    ),
    "{cluster} year {year}": "{cluster} năm {year}",
    "{label}: the head is also the deputy": "{label}: cụm trưởng trùng với cụm phó",
    "{label}: the head is not a member that year": (
        "{label}: cụm trưởng không phải thành viên của năm đó"
    ),
    "{label}: the deputy is not a member that year": (
        "{label}: cụm phó không phải thành viên của năm đó"
    ),
    "Unit {code} has no name": "Đơn vị {code} không có tên",
    "Unit {code} is merged into itself": "Đơn vị {code} được ghi là sáp nhập vào chính nó",
    "Broken reference: table {table} row {row} points to a missing {target}": (
        "Liên kết hỏng: bảng {table} dòng {row} trỏ tới {target} không tồn tại"
    ),
    "SQLite integrity check: {detail}": "Kiểm tra toàn vẹn SQLite: {detail}",
    "{path} is a folder, not a database file.": "{path} là thư mục, không phải tệp cơ sở dữ liệu.",
    "The file {name} is not an emudesk database (SQLite). Choose the right .sqlite file or "
    "create a new database.": (
        "Tệp {name} không phải là cơ sở dữ liệu emudesk (SQLite). Hãy chọn đúng tệp .sqlite "
        "hoặc tạo cơ sở dữ liệu mới."
    ),
    "The file {name} or its folder is read-only. Copy the file to a folder you can write to "
    "(for example Documents) and open it again.": (
        "Tệp {name} hoặc thư mục chứa nó chỉ cho phép đọc. Hãy chép tệp sang một thư mục "
        "có quyền ghi (ví dụ Tài liệu) rồi mở lại."
    ),
    "The database file {path} does not exist.": "Không tìm thấy tệp cơ sở dữ liệu {path}.",
    "The folder {folder} does not exist; choose another folder.": (
        "Thư mục {folder} không tồn tại; hãy chọn thư mục khác."
    ),
    "Cannot create a database in {folder}: the folder is read-only.": (
        "Không tạo được cơ sở dữ liệu trong {folder}: thư mục chỉ cho phép đọc."
    ),
    "Cannot read the file {path}: {reason}.": "Không đọc được tệp {path}: {reason}.",
    "This database was made by a newer version of emudesk (schema {revision}). Update "
    "emudesk and open it again; nothing in the file was changed.": (
        "Cơ sở dữ liệu này do một phiên bản emudesk mới hơn tạo ra (lược đồ {revision}). "
        "Hãy cập nhật emudesk rồi mở lại; tệp không bị thay đổi gì."
    ),
    "This file is an SQLite database but not an emudesk one; choose another file or create "
    "a new database.": (
        "Tệp này là cơ sở dữ liệu SQLite nhưng không phải của emudesk; hãy chọn tệp khác "
        "hoặc tạo cơ sở dữ liệu mới."
    ),
    "This record was changed meanwhile by someone else; reload it and try again.": (
        "Bản ghi này vừa được người khác sửa; hãy tải lại rồi thử lại."
    ),
    "The change conflicts with data already stored ({detail}).": (
        "Thay đổi xung đột với dữ liệu đã lưu ({detail})."
    ),
    "The database is busy (another program or colleague is writing to it). Wait a moment "
    "and try again; nothing was changed.": (
        "Cơ sở dữ liệu đang bận (một chương trình khác hoặc đồng nghiệp đang ghi). Hãy đợi "
        "giây lát rồi thử lại; chưa có gì bị thay đổi."
    ),
    "The database is read-only; nothing was changed. Open a writable copy.": (
        "Cơ sở dữ liệu chỉ cho phép đọc; chưa có gì bị thay đổi. Hãy mở một bản sao có quyền ghi."
    ),
    # Checks
    "{label} must not be empty.": "{label} không được để trống.",
    "{label} is too long ({length} characters; at most {limit}).": (
        "{label} quá dài ({length} ký tự; tối đa {limit})."
    ),
    "{label} \u201c{value}\u201d may only contain letters A–Z without marks, digits, dot, "
    "dash and underscore.": (
        "{label} \u201c{value}\u201d chỉ được gồm chữ cái A–Z không dấu, chữ số, dấu chấm, "
        "gạch ngang và gạch dưới."
    ),
    "The year {year} is outside {first}–{last}.": "Năm {year} nằm ngoài khoảng {first}–{last}.",
    "\u201c{value}\u201d is not an e-mail address.": "\u201c{value}\u201d không phải là địa chỉ thư điện tử.",
    "“{label}” was changed meanwhile by {who} at {when}; reload it and make your change again.": (
        "\u201c{label}\u201d vừa được {who} sửa lúc {when}; hãy tải lại rồi sửa lại."
    ),
    # Issuers
    "The issuer no longer exists; reload the list.": (
        "Cơ quan này không còn tồn tại; hãy tải lại danh sách."
    ),
    "Issuer name": "Tên cơ quan",
    "Short name": "Tên viết tắt",
    "Signer's title": "Chức danh người ký",
    "An issuer named \u201c{name}\u201d exists already.": "Đã có cơ quan tên \u201c{name}\u201d.",
    "\u201c{name}\u201d still has {count} cluster(s); move or remove them first.": (
        "\u201c{name}\u201d còn {count} cụm thi đua; hãy chuyển hoặc xóa các cụm đó trước."
    ),
    # Clusters
    "No cluster with code \u201c{code}\u201d.": "Không có cụm thi đua mã \u201c{code}\u201d.",
    "The cluster number must be a positive whole number.": "Số hiệu cụm phải là số nguyên dương.",
    "The cluster code {code} is already used by \u201c{name}\u201d.": (
        "Mã cụm {code} đã được dùng cho \u201c{name}\u201d."
    ),
    "Cluster code": "Mã cụm",
    "Cluster name": "Tên cụm",
    "Decision number": "Số quyết định",
    "The cluster {code} has {count} year(s) recorded and cannot be removed.": (
        "Cụm {code} đã có {count} năm dữ liệu nên không thể xóa."
    ),
    # Units
    "Official name": "Tên chính thức",
    "The unit no longer exists; reload the list.": (
        "Đơn vị này không còn tồn tại; hãy tải lại danh sách."
    ),
    "No unit matches \u201c{text}\u201d.": "Không có đơn vị nào khớp với \u201c{text}\u201d.",
    "\u201c{text}\u201d matches several units ({codes}); give the code.": (
        "\u201c{text}\u201d khớp với nhiều đơn vị ({codes}); hãy nhập mã đơn vị."
    ),
    "The unit code {code} is already used by \u201c{name}\u201d.": (
        "Mã đơn vị {code} đã được dùng cho \u201c{name}\u201d."
    ),
    "Unit code": "Mã đơn vị",
    "Province": "Tỉnh, thành phố",
    "Contact person": "Người liên hệ",
    "Phone": "Điện thoại",
    "{old} \u2192 {new} from {year}": "{old} \u2192 {new} từ năm {year}",
    "A unit cannot be merged into itself.": "Không thể sáp nhập một đơn vị vào chính nó.",
    "\u201c{name}\u201d was already merged into another unit in {year}.": (
        "\u201c{name}\u201d đã được sáp nhập vào đơn vị khác năm {year}."
    ),
    "\u201c{name}\u201d no longer exists in {year}; merge into its successor.": (
        "\u201c{name}\u201d không còn tồn tại năm {year}; hãy sáp nhập vào đơn vị kế thừa."
    ),
    "{unit} merged into {successor} from {year}": "{unit} sáp nhập vào {successor} từ năm {year}",
    "\u201c{name}\u201d has history (memberships, roles, merged units or people) and cannot "
    "be removed; record a merge or end its membership instead.": (
        "\u201c{name}\u201d đã có lịch sử (tham gia cụm, giữ vai trò, đơn vị sáp nhập hoặc cá "
        "nhân) nên không thể xóa; hãy ghi nhận sáp nhập hoặc kết thúc tư cách thành viên."
    ),
    "This merge would make a circle: the successor was merged into this unit.": (
        "Không thể sáp nhập vòng tròn: đơn vị kế thừa đã được sáp nhập vào đơn vị này."
    ),
    # Years
    "The cluster {code} has no year {year} recorded.": "Cụm {code} chưa có dữ liệu năm {year}.",
    "This year no longer exists; reload the list.": "Năm này không còn tồn tại; hãy tải lại.",
    "The head and the deputy must be two different units.": (
        "Cụm trưởng và cụm phó phải là hai đơn vị khác nhau."
    ),
    "head": "cụm trưởng",
    "deputy": "cụm phó",
    "\u201c{name}\u201d was merged into \u201c{successor}\u201d in {merged} and cannot be a "
    "member in {year}.": (
        "\u201c{name}\u201d đã sáp nhập vào \u201c{successor}\u201d năm {merged} nên không thể "
        "là thành viên năm {year}."
    ),
    "\u201c{name}\u201d is not a member in {year} and cannot be the {role}.": (
        "\u201c{name}\u201d không phải thành viên năm {year} nên không thể làm {role}."
    ),
    "The cluster {code} already has the year {year}.": "Cụm {code} đã có năm {year}.",
    "Add the member units of the year.": "Bổ sung các đơn vị thành viên của năm.",
    "Record the cluster head of the year.": "Ghi nhận cụm trưởng của năm.",
    "Record the deputy head of the year.": "Ghi nhận cụm phó của năm.",
    "Enter the decision recognising the head and deputy.": (
        "Nhập quyết định công nhận cụm trưởng, cụm phó."
    ),
    "Elect next year's head and deputy ({year}).": "Bầu cụm trưởng, cụm phó năm sau ({year}).",
    "Cannot reach the database server {url}: {reason}. Check the address, the user name and "
    "password, and that the server is running and reachable from this PC.": (
        "Không kết nối được máy chủ cơ sở dữ liệu {url}: {reason}. Hãy kiểm tra địa chỉ, tên "
        "người dùng và mật khẩu, và máy chủ có đang chạy, máy này có tới được máy chủ không."
    ),
    "{path} is busy: another program is writing to it. Wait a moment and open it again; "
    "nothing was changed.": (
        "{path} đang bận: một chương trình khác đang ghi vào tệp. Hãy đợi một lát rồi mở lại; "
        "chưa có gì bị thay đổi."
    ),
    "Cannot open {path}: {reason}.": "Không mở được {path}: {reason}.",
    "The certificate template {path} cannot be read or is damaged; reinstall emudesk.": (
        "Không đọc được mẫu bằng khen {path} hoặc tệp đã bị hỏng; hãy cài đặt lại emudesk."
    ),
    "The offsets and the scale must be numbers.": "Độ lệch và tỉ lệ phải là số.",
    "the value is far too large": "giá trị quá lớn",
    "the file cannot be read": "không đọc được tệp",
    "{path} is in use by another program; close it before replacing the file.": (
        "{path} đang được một chương trình khác dùng; hãy đóng chương trình đó trước khi thay tệp."
    ),
    "Criterion {code}: the maximum is far too large.": "Tiêu chí {code}: điểm tối đa quá lớn.",
    "{text} is not a year.": "{text} không phải là một năm.",
    "emudesk: {value} is not valid text (the terminal's encoding is not UTF-8); retype it or "
    "rename the file.": (
        "emudesk: {value} không phải là văn bản hợp lệ (bảng mã của cửa sổ lệnh không phải "
        "UTF-8); hãy gõ lại hoặc đổi tên tệp."
    ),
    "The disk holding the database is full or failing; nothing was changed. Free some space "
    "(or copy the database to another disk) and try again.": (
        "Ổ đĩa chứa cơ sở dữ liệu đã đầy hoặc bị lỗi; chưa có gì bị thay đổi. Hãy giải phóng "
        "bớt dung lượng (hoặc chép cơ sở dữ liệu sang ổ khác) rồi thử lại."
    ),
    "The database is busy (another program or colleague is using it), so nothing was "
    "restored. Close the other program and try again; the previous content is also in "
    "{safety}.": (
        "Cơ sở dữ liệu đang bận (một chương trình khác hoặc đồng nghiệp đang dùng) nên chưa "
        "khôi phục gì. Hãy đóng chương trình kia rồi thử lại; nội dung trước đó cũng được lưu "
        "tại {safety}."
    ),
    "Open {year} with the head and deputy elected at the year-end conference.": (
        "Mở năm {year} với cụm trưởng, cụm phó đã bầu tại hội nghị tổng kết."
    ),
    "Draw up the year's emulation commitment and have it signed.": (
        "Soạn giao ước thi đua của năm và tổ chức ký kết."
    ),
    "Collect the commitment's signatures: {signed} of {members} units have signed.": (
        "Thu chữ ký giao ước: {signed}/{members} đơn vị đã ký."
    ),
    "{cluster} {year} holds a commitment or conference records and cannot be removed.": (
        "{cluster} {year} đã có giao ước hoặc biên bản hội nghị nên không xóa được."
    ),
    # Demo
    "The database already holds data; the demo goes into an empty database only.": (
        "Cơ sở dữ liệu đã có dữ liệu; dữ liệu mẫu chỉ được tạo trong cơ sở dữ liệu trống."
    ),
    "Demo data built from news reports of January 2025.": (
        "Dữ liệu mẫu dựng theo tin báo tháng 01/2025."
    ),
    # Proposals
    "Collective name": "Tên tập thể",
    "Full name": "Họ và tên",
    "Honorific": "Danh xưng",
    "Position": "Chức vụ",
    "The proposal no longer exists; reload the list.": "Đề nghị này không còn tồn tại; hãy tải lại danh sách.",
    "Choose the title or the form of award proposed.": "Hãy chọn danh hiệu hoặc hình thức khen thưởng đề nghị.",
    "The unit is not a member of the cluster in {year}.": "Đơn vị không phải thành viên của cụm năm {year}.",
    "draft": "dự thảo",
    "voted": "đã biểu quyết",
    "submitted": "đã trình",
    "approved": "đã được khen",
    "rejected": "không được khen",
    "A decided proposal cannot be edited; move it back first.": (
        "Đề nghị đã có quyết định thì không sửa được; hãy chuyển lại trạng thái trước."
    ),
    "Only a draft proposal can be removed; this one is past the vote.": (
        "Chỉ xóa được đề nghị ở trạng thái dự thảo; đề nghị này đã qua biểu quyết."
    ),
    "A proposal cannot go from \u201c{old}\u201d to \u201c{new}\u201d.": (
        "Đề nghị không thể chuyển từ \u201c{old}\u201d sang \u201c{new}\u201d."
    ),
    "Enter the number and date of the decision that approves it.": (
        "Hãy nhập số và ngày của quyết định khen thưởng."
    ),
    "{unit} is not a member of {cluster} in {year}.": "{unit} không phải thành viên của {cluster} năm {year}.",
    # Regulation and scores
    "A vote count must be a whole number from 0.": "Số phiếu phải là số nguyên từ 0 trở lên.",
    "The assessed unit is not a member of the cluster in {year}.": (
        "Đơn vị được chấm không phải thành viên của cụm năm {year}."
    ),
    "The scoring unit is not a member of the cluster in {year}.": (
        "Đơn vị chấm điểm không phải thành viên của cụm năm {year}."
    ),
    "The criterion is not part of the current scoring table.": (
        "Tiêu chí không thuộc bảng chấm điểm hiện hành."
    ),
    "{code} is a section: score its criteria instead.": (
        "{code} là mục tổng hợp: hãy chấm các tiêu chí con của mục."
    ),
    "A self-score must be given by the unit itself.": "Điểm tự chấm phải do chính đơn vị chấm.",
    "A unit cannot give itself a peer score; use the self-score.": (
        "Đơn vị không chấm chéo cho chính mình; hãy dùng điểm tự chấm."
    ),
    "Only the cluster head of {year} gives the reviewed score.": (
        "Chỉ cụm trưởng năm {year} mới chấm điểm thẩm định."
    ),
    "The scores of {cluster} {year} are locked; unlock them (with a reason) first.": (
        "Điểm của {cluster} năm {year} đã khóa; hãy mở khóa (ghi rõ lý do) trước."
    ),
    "Nothing was saved; {count} value(s) are wrong:\n{details}": (
        "Chưa lưu gì; có {count} giá trị sai:\n{details}"
    ),
    "… and {count} more.": "… và {count} lỗi khác.",
    "Lock the whole year's scores instead.": "Hãy khóa điểm của cả năm.",
    "Give the reason for unlocking (at least a few words).": "Hãy ghi lý do mở khóa (ít nhất vài từ).",
    "The explanation must not be empty.": "Nội dung giải trình không được để trống.",
    "The score of {code} is locked.": "Điểm tiêu chí {code} đã khóa.",
    "The scores of this year are not locked.": "Điểm của năm này chưa khóa.",
    # Scoring tables
    "Table title": "Tên bảng điểm",
    "Criterion title": "Nội dung tiêu chí",
    "The criterion no longer exists; reload the table.": "Tiêu chí không còn tồn tại; hãy tải lại bảng.",
    "{cluster} {year} has no scoring table yet; create one or copy last year's.": (
        "{cluster} năm {year} chưa có bảng chấm điểm; hãy tạo mới hoặc sao chép từ năm trước."
    ),
    "The scoring table no longer exists; reload it.": "Bảng chấm điểm không còn tồn tại; hãy tải lại.",
    "The table total must be a positive number of points.": "Tổng điểm của bảng phải là số dương.",
    "Version {revision} of the scoring table": "Phiên bản {revision} của bảng chấm điểm",
    "The criterion code must not be empty (for example I, 1, 1.2).": (
        "Mã tiêu chí không được để trống (ví dụ I, 1, 1.2)."
    ),
    "The criterion code {code} is too long.": "Mã tiêu chí {code} quá dài.",
    "Criterion {code}: the maximum must be more than 0 points.": (
        "Tiêu chí {code}: điểm tối đa phải lớn hơn 0."
    ),
    "Criterion {code}: the maximum cannot be negative.": "Tiêu chí {code}: điểm tối đa không được âm.",
    "Rows can only be placed under a section or criterion group, not under {code}.": (
        "Chỉ đặt được dòng con dưới một mục hoặc nhóm tiêu chí, không đặt dưới {code}."
    ),
    "This year already has a scoring table; edit that one.": (
        "Năm này đã có bảng chấm điểm; hãy sửa bảng đó."
    ),
    "Copied from {cluster} {year}": "Sao chép từ {cluster} năm {year}",
    "The code {code} is already used in this table.": "Mã {code} đã có trong bảng.",
    "{code} has rows under it and must stay a section.": "{code} có dòng con nên phải là mục tổng hợp.",
    "A row cannot be moved under itself.": "Không thể chuyển một dòng vào dưới chính nó.",
    "{cluster} {year} holds a scoring table or proposals and cannot be removed.": (
        "{cluster} năm {year} đã có bảng chấm điểm hoặc đề nghị khen thưởng nên không thể xóa."
    ),
    "Build the scoring table (or copy last year's).": "Xây dựng bảng chấm điểm (hoặc sao chép từ năm trước).",
    "Collect the self-scores and peer scores.": "Thu thập điểm tự chấm và điểm chấm chéo.",
    "Review and lock the year's scores.": "Thẩm định và khóa điểm của năm.",
    "Prepare the award proposals from the ranking.": "Lập đề nghị khen thưởng theo kết quả xếp hạng.",
    "The scoring table must be corrected before the scores are locked:\n{details}": (
        "Cần sửa bảng chấm điểm trước khi khóa điểm:\n{details}"
    ),
    # CLI: scoring
    "Ranking of {cluster} ({code}) in {year}": "Xếp hạng {cluster} ({code}) năm {year}",
    "Award suggestions:": "Gợi ý khen thưởng:",
    "(needs a vote)": "(cần biểu quyết)",
    "skipped: {note}": "bỏ qua: {note}",
    "The score sheet is written as .pdf or .xlsx, not {suffix}.": (
        "Bảng điểm chỉ ghi ra tệp .pdf hoặc .xlsx, không ghi ra {suffix}."
    ),
    "Score sheet of {unit} written: {path}": "Đã ghi bảng điểm của {unit}: {path}",
    "rank a cluster-year and explain each place": "xếp hạng một năm của cụm và giải thích từng thứ hạng",
    "cluster code, e.g. UBDT-C4": "mã cụm, ví dụ UBDT-C4",
    "write one unit's score sheet (PDF or Excel)": "ghi bảng điểm của một đơn vị (PDF hoặc Excel)",
    "unit code or part of its name": "mã đơn vị hoặc một phần tên",
    "FILE.pdf or FILE.xlsx": "TỆP.pdf hoặc TỆP.xlsx",
    "Row {code}: its parent {parent} is not in the table above it.": (
        "Dòng {code}: dòng cha {parent} không có ở phía trên trong bảng."
    ),
    "{count} rows added": "Đã thêm {count} dòng",
    "{cluster} {year}: {count} score(s) changed": "{cluster} năm {year}: thay đổi {count} điểm",
    "Cannot use the database address {url}: {reason}. A shared server needs an address like postgresql+psycopg://user@server/emudesk.": (
        "Không dùng được địa chỉ cơ sở dữ liệu {url}: {reason}. Máy chủ dùng chung cần địa chỉ "
        "dạng postgresql+psycopg://người_dùng@máy_chủ/emudesk."
    ),
    # Fonts
    "The font file {path} is missing; reinstall emudesk.": (
        "Không tìm thấy tệp phông chữ {path}; hãy cài đặt lại emudesk."
    ),
    "The font file {path} cannot be read or is damaged; reinstall emudesk.": (
        "Không đọc được tệp phông chữ {path} hoặc tệp đã bị hỏng; hãy cài đặt lại emudesk."
    ),
    "The font {font} has no character {characters}; remove or replace it before printing.": (
        "Phông {font} không có ký tự {characters}; hãy xóa hoặc thay ký tự đó trước khi in."
    ),
    # Output files ("The folder {folder} does not exist." is already in vi.py)
    "{path} cannot be written; close it if another program (Excel, a PDF viewer) has it "
    "open, and check that the folder is writable.": (
        "Không ghi được {path}; nếu tệp đang mở trong chương trình khác (Excel, trình xem "
        "PDF), hãy đóng lại, và kiểm tra quyền ghi vào thư mục."
    ),
    # Exchange workbooks
    # Whose form it is
    "{file}: this form belongs to {unit} for {year}, not to {expected} as the file name says; check the attachment.": (
        "{file}: Biểu này là của {unit} năm {year}, không phải của {expected} như tên tệp; "
        "hãy kiểm tra lại tệp đính kèm."
    ),
    "{file}: this form belongs to {unit} for {year}, not for {expected} as the file name says; check the attachment.": (
        "{file}: Biểu này là của {unit} năm {year}, không phải năm {expected} như tên tệp; "
        "hãy kiểm tra lại tệp đính kèm."
    ),
    "{file}: this form belongs to {unit} for {year}, not for {expected} being imported.": (
        "{file}: Biểu này là của {unit} năm {year}, không phải năm {expected} đang nhập."
    ),
    "{file}: this form belongs to {unit} in {cluster} {year}, not to {expected} being imported.": (
        "{file}: Biểu này là của {unit} ({cluster} năm {year}), không phải của {expected} "
        "đang nhập."
    ),
    "{file}: this form is for {unit} in {cluster} {year}, which this database does not hold.": (
        "{file}: Biểu này là của {unit} ({cluster} năm {year}), không có trong cơ sở dữ liệu này."
    ),
    "{file}: {unit} is not a member of {cluster} in {year}.": (
        "{file}: {unit} không phải là thành viên của {cluster} năm {year}."
    ),
    "{file}: the form was made from a scoring table this database does not hold; send the unit a new form.": (
        "{file}: biểu được lập theo một bảng điểm không có trong cơ sở dữ liệu này; hãy gửi "
        "biểu mới cho đơn vị."
    ),
    "{file}: the form was made from version {old} of the scoring table; the current table is version {new}.": (
        "{file}: biểu được lập theo phiên bản {old} của bảng điểm; bảng hiện hành là phiên "
        "bản {new}."
    ),
    "{file}: the scoring table (version {new}) was edited after the form was made.": (
        "{file}: bảng điểm (phiên bản {new}) đã được sửa sau khi lập biểu."
    ),
    "Confirm matching the rows by criterion code (import with --map-old-versions), or send the unit a new form.": (
        "Hãy xác nhận đối chiếu các dòng theo mã tiêu chí (nhập với tùy chọn "
        "--map-old-versions), hoặc gửi biểu mới cho đơn vị."
    ),
    "{file}: this is not a scoring form made by emudesk (its identity data is missing; perhaps the sheet was copied into another workbook). Fill in the form as it was sent.": (
        "{file}: đây không phải biểu chấm điểm do emudesk lập (thiếu thông tin nhận dạng; có "
        "thể trang tính đã bị chép sang tệp khác). Hãy điền vào đúng biểu đã gửi."
    ),
    "{file}: the form has format version {version}, which this emudesk does not read (it reads version {supported}); update emudesk.": (
        "{file}: biểu theo định dạng phiên bản {version}, chương trình này chỉ đọc phiên bản "
        "{supported}; hãy cập nhật emudesk."
    ),
    "{file}: the form's identity data is damaged ({detail}); send the unit a new form from emudesk.": (
        "{file}: thông tin nhận dạng của biểu bị hỏng ({detail}); hãy gửi biểu mới cho đơn vị."
    ),
    "{file}: the two copies of the form's identity disagree ({field}); the file was altered or put together from two forms.": (
        "{file}: hai bản thông tin nhận dạng của biểu không khớp nhau ({field}); tệp đã bị "
        "sửa hoặc ghép từ hai biểu."
    ),
    # File type and safety
    "{file}: the file is empty (0 bytes); ask the unit to send it again.": (
        "{file}: tệp rỗng (0 byte); đề nghị đơn vị gửi lại."
    ),
    "{file}: the file is too large ({size} MB); a scoring form is well under 1 MB.": (
        "{file}: tệp quá lớn ({size} MB); biểu chấm điểm chỉ dưới 1 MB."
    ),
    "{file}: the file cannot be read ({reason}).": "{file}: không đọc được tệp ({reason}).",
    "{file}: the workbook is protected with a password (encrypted). Open it in Excel, save it as .xlsx without a password and send it again.": (
        "{file}: tệp được đặt mật khẩu (đã mã hóa). Hãy mở bằng Excel, lưu lại dạng .xlsx "
        "không đặt mật khẩu rồi gửi lại."
    ),
    "{file}: this is an old Excel 97–2003 workbook (.xls) renamed to .xlsx. Open it in Excel or LibreOffice, save it as Excel workbook (.xlsx) and send it again; better still, fill in the form as it was sent.": (
        "{file}: đây là tệp Excel 97–2003 (.xls) bị đổi đuôi thành .xlsx. Hãy mở bằng Excel "
        "hoặc LibreOffice, lưu lại dạng Excel Workbook (.xlsx) rồi gửi lại; tốt nhất là điền "
        "vào đúng biểu đã gửi."
    ),
    "{file}: this is an old Excel 97–2003 workbook (.xls). Open it in Excel or LibreOffice, save it as Excel workbook (.xlsx) and send it again; better still, fill in the form as it was sent.": (
        "{file}: đây là tệp Excel 97–2003 (.xls). Hãy mở bằng Excel hoặc LibreOffice, lưu lại "
        "dạng Excel Workbook (.xlsx) rồi gửi lại; tốt nhất là điền vào đúng biểu đã gửi."
    ),
    "{file}: this is a PDF document, not the workbook; ask the unit to send the filled-in .xlsx file itself.": (
        "{file}: đây là tệp PDF, không phải bảng tính; đề nghị đơn vị gửi chính tệp .xlsx đã điền."
    ),
    "{file}: this is a text (CSV) file, not an Excel workbook; the form must come back as the .xlsx file that was sent.": (
        "{file}: đây là tệp văn bản (CSV), không phải bảng tính Excel; biểu phải được gửi lại "
        "đúng dạng tệp .xlsx đã nhận."
    ),
    "{file}: this is not an Excel workbook (.xlsx); ask the unit to send the filled-in form as it was sent.": (
        "{file}: đây không phải bảng tính Excel (.xlsx); đề nghị đơn vị gửi lại đúng biểu đã điền."
    ),
    "{file}: the file is damaged (its ZIP container cannot be read); ask the unit to send it again.": (
        "{file}: tệp bị hỏng (không đọc được phần nén ZIP); đề nghị đơn vị gửi lại."
    ),
    "{file}: this is an OpenDocument spreadsheet (.ods). In LibreOffice choose File › Save As, type “Excel 2007-365 (.xlsx)”, and send that file.": (
        "{file}: đây là bảng tính OpenDocument (.ods). Trong LibreOffice chọn Tệp › Lưu dạng, "
        "kiểu “Excel 2007-365 (.xlsx)”, rồi gửi tệp đó."
    ),
    "{file}: this is a ZIP archive but not an Excel workbook (.xlsx); send the filled-in form itself, not a compressed folder.": (
        "{file}: đây là tệp nén ZIP, không phải bảng tính Excel (.xlsx); hãy gửi chính biểu đã "
        "điền, không nén thư mục."
    ),
    "{file}: this is an Excel binary workbook (.xlsb); save it as Excel workbook (.xlsx) and send it again.": (
        "{file}: đây là bảng tính nhị phân Excel (.xlsb); hãy lưu lại dạng Excel Workbook "
        "(.xlsx) rồi gửi lại."
    ),
    "{file}: this Office file is not an Excel workbook (perhaps a Word or PowerPoint file); send the filled-in scoring form.": (
        "{file}: tệp Office này không phải bảng tính Excel (có thể là tệp Word hoặc "
        "PowerPoint); hãy gửi biểu chấm điểm đã điền."
    ),
    "{file}: this is a macro-enabled workbook (.xlsm); save it as Excel workbook (.xlsx) without macros and send it again.": (
        "{file}: đây là bảng tính có macro (.xlsm); hãy lưu lại dạng Excel Workbook (.xlsx) "
        "không có macro rồi gửi lại."
    ),
    "{file}: refused: the workbook has {count} parts (at most {limit} are accepted).": (
        "{file}: từ chối: tệp có {count} thành phần (chỉ chấp nhận tối đa {limit})."
    ),
    "{file}: refused: its parts would unpack to {size} MB in all (the limit is {limit} MB).": (
        "{file}: từ chối: các thành phần giải nén ra tổng cộng {size} MB (giới hạn {limit} MB)."
    ),
    "{file}: refused as a possible “zip bomb”: the part {part} would unpack to {size} MB from {packed} KB. A genuine scoring form never does this.": (
        "{file}: từ chối vì có thể là “bom nén”: thành phần {part} giải nén ra {size} MB từ "
        "{packed} KB. Biểu chấm điểm thật không bao giờ như vậy."
    ),
    "{file}: refused: the part {part} declares a DTD or XML entities, which genuine workbooks never do (a possible “billion laughs” attack).": (
        "{file}: từ chối: thành phần {part} khai báo DTD hoặc thực thể XML, điều bảng tính "
        "thật không bao giờ có (có thể là tấn công “billion laughs”)."
    ),
    "{file}: the part {part} is damaged ({reason}); ask the unit to send the file again.": (
        "{file}: thành phần {part} bị hỏng ({reason}); đề nghị đơn vị gửi lại tệp."
    ),
    "{file}: the workbook is damaged and cannot be read ({reason}); ask the unit to send it again.": (
        "{file}: bảng tính bị hỏng, không đọc được ({reason}); đề nghị đơn vị gửi lại."
    ),
    # Shape of the sheet
    "{file}: the sheet “{sheet}” is missing (renamed or deleted); fill in the form as it was sent.": (
        "{file}: không có trang “{sheet}” (đã bị đổi tên hoặc xóa); hãy điền vào đúng biểu đã gửi."
    ),
    "{file}, column {column}: a column was inserted (“{label}”); do not insert, delete or move columns in the form.": (
        "{file}, cột {column}: có cột được chèn thêm (“{label}”); không chèn, xóa hay đổi chỗ "
        "các cột trong biểu."
    ),
    "{file}: the column “{label}” was deleted; do not insert, delete or move columns in the form.": (
        "{file}: cột “{label}” đã bị xóa; không chèn, xóa hay đổi chỗ các cột trong biểu."
    ),
    "{file}, column {column}: expected the heading “{expected}” but found “{found}”; do not insert, delete or move columns in the form.": (
        "{file}, cột {column}: tiêu đề phải là “{expected}” nhưng là “{found}”; không chèn, "
        "xóa hay đổi chỗ các cột trong biểu."
    ),
    "{file}, row {row}: a row was inserted; do not insert, delete or move rows in the form.": (
        "{file}, hàng {row}: có hàng được chèn thêm; không chèn, xóa hay đổi chỗ các hàng "
        "trong biểu."
    ),
    "{file}: the row of criterion {code} was deleted; do not insert, delete or move rows in the form.": (
        "{file}: hàng của tiêu chí {code} đã bị xóa; không chèn, xóa hay đổi chỗ các hàng "
        "trong biểu."
    ),
    "{file}, row {row}: expected criterion {expected} but found “{found}”; do not insert, delete or move rows in the form.": (
        "{file}, hàng {row}: phải là tiêu chí {expected} nhưng là “{found}”; không chèn, xóa "
        "hay đổi chỗ các hàng trong biểu."
    ),
    "{file}, row {row}: a row without its own criterion code; do not insert, delete or move rows in the form.": (
        "{file}, hàng {row}: hàng không có mã tiêu chí riêng; không chèn, xóa hay đổi chỗ các "
        "hàng trong biểu."
    ),
    "{file}, cell {cell}: the title of criterion {code} was changed; locked cells must not be changed.": (
        "{file}, ô {cell}: nội dung của tiêu chí {code} đã bị sửa; không được sửa các ô đã khóa."
    ),
    "{file}, cell {cell}: the scoring rule of criterion {code} was changed to “{found}” (the form said “{expected}”); locked cells must not be changed.": (
        "{file}, ô {cell}: cách chấm của tiêu chí {code} đã bị sửa thành “{found}” (biểu gốc: "
        "“{expected}”); không được sửa các ô đã khóa."
    ),
    "{file}, cell {cell}: the maximum of criterion {code} was changed to {found} (the form said {expected}); locked cells must not be changed.": (
        "{file}, ô {cell}: điểm tối đa của tiêu chí {code} đã bị sửa thành {found} (biểu gốc: "
        "{expected}); không được sửa các ô đã khóa."
    ),
    "empty": "trống",
    # Values
    "{file}, cell {cell}: {problem}": "{file}, ô {cell}: {problem}",
    "score {value} is above the maximum {maximum} of criterion {code}": (
        "điểm {value} vượt quá tối đa {maximum} của tiêu chí {code}"
    ),
    "score {value} is negative; criterion {code} takes 0 to {maximum}": (
        "điểm {value} là số âm; tiêu chí {code} chấm từ 0 đến {maximum}"
    ),
    "criterion {code} is pass/fail: type 0 (fail) or {maximum} (pass), not {value}": (
        "tiêu chí {code} chỉ chấm đạt hoặc không đạt: nhập 0 (không đạt) hoặc {maximum} (đạt), "
        "không nhập {value}"
    ),
    "the number of times {value} of criterion {code} is negative; type a whole number from 0 up": (
        "số lần {value} của tiêu chí {code} là số âm; hãy nhập số nguyên từ 0 trở lên"
    ),
    "the result {value} of criterion {code} cannot be negative": (
        "kết quả {value} của tiêu chí {code} không được là số âm"
    ),
    "deductions are typed as positive numbers: criterion {code} takes 0 to {maximum}, not {value}": (
        "điểm trừ nhập bằng số dương: tiêu chí {code} nhận từ 0 đến {maximum}, không nhận {value}"
    ),
    "the cell holds {value}, not a score (criterion {code})": (
        "ô chứa {value}, không phải điểm (tiêu chí {code})"
    ),
    "the cell holds a date ({date}), not a score: the spreadsheet program turned what was typed into a date. Format the cell as a number and type the score again (criterion {code})": (
        "ô chứa ngày tháng ({date}), không phải điểm: chương trình bảng tính đã tự đổi số vừa "
        "gõ thành ngày tháng. Hãy định dạng ô là số rồi gõ lại điểm (tiêu chí {code})"
    ),
    "the cell shows the error {error}, not a score (criterion {code})": (
        "ô báo lỗi {error}, không phải điểm (tiêu chí {code})"
    ),
    "criterion {code} takes a number of times (a whole number), not “{value}”": (
        "tiêu chí {code} nhập số lần (số nguyên), không nhập “{value}”"
    ),
    "{value} has more than 2 decimals (criterion {code})": (
        "{value} có quá 2 chữ số thập phân (tiêu chí {code})"
    ),
    "criterion {code}: {detail}": "tiêu chí {code}: {detail}",
    "{file}, cell {cell}: the text is too long ({length} characters; at most {limit})": (
        "{file}, ô {cell}: nội dung quá dài ({length} ký tự; tối đa {limit})"
    ),
    "{file}, cell {cell}: the cell holds a formula without a computed value; open the file in Excel or LibreOffice, save it and send it again": (
        "{file}, ô {cell} là công thức chưa có giá trị đã tính; hãy mở tệp bằng Excel hoặc "
        "LibreOffice, lưu lại rồi gửi"
    ),
    "{file}, cell {cell}: empty; the stored score {value} of criterion {code} is kept.": (
        "{file}, ô {cell}: để trống; giữ nguyên điểm đã lưu {value} của tiêu chí {code}."
    ),
    "{file}, cell {cell}: a note without a self-score is not imported (criterion {code}).": (
        "{file}, ô {cell}: ghi chú không kèm điểm tự chấm nên không được nhập (tiêu chí {code})."
    ),
    # Old table versions
    "{file}: criterion {code} no longer exists in the current table; its values are not imported.": (
        "{file}: tiêu chí {code} không còn trong bảng điểm hiện hành; điểm của dòng này không "
        "được nhập."
    ),
    "{file}: the maximum of criterion {code} changed from {old} to {new}; its values are not imported.": (
        "{file}: điểm tối đa của tiêu chí {code} đã đổi từ {old} thành {new}; điểm của dòng "
        "này không được nhập."
    ),
    "{file}: the scoring rule of criterion {code} changed (“{old}” → “{new}”); its values are not imported.": (
        "{file}: cách chấm của tiêu chí {code} đã đổi (“{old}” → “{new}”); điểm của dòng này "
        "không được nhập."
    ),
    # Preview and commit
    "REFUSED ({count} problem(s))": "BỊ TỪ CHỐI ({count} lỗi)",
    "the same file as {other}; skipped": "trùng với tệp {other}; bỏ qua",
    "no changes": "không có thay đổi",
    "… and {count} more changes.": "… và {count} thay đổi khác.",
    "… and {count} more empty cells.": "… và {count} ô để trống khác.",
    "{new} new, {changed} changed, {unchanged} unchanged": (
        "{new} mới, {changed} thay đổi, {unchanged} không đổi"
    ),
    "{count} empty cell(s) keep the stored score": "{count} ô để trống giữ nguyên điểm đã lưu",
    "self-score": "tự chấm",
    "peer score": "chấm chéo",
    "note or evidence changed": "sửa ghi chú hoặc minh chứng",
    "{file}: {unit} sent {count} different forms for {year} in this import ({names}); import only one of them.": (
        "{file}: {unit} có {count} biểu khác nhau của năm {year} trong lần nhập này ({names}); "
        "chỉ nhập một biểu."
    ),
    "Nothing was imported: {count} file(s) are refused. Correct them, leave them out, or import file by file.": (
        "Không nhập gì: có {count} tệp bị từ chối. Hãy sửa, bỏ các tệp đó ra, hoặc nhập từng "
        "tệp riêng."
    ),
    "The scoring table must be corrected before forms are sent out:\n{details}": (
        "Cần sửa bảng điểm trước khi gửi biểu:\n{details}"
    ),
    # Plain workbooks
    "{file}: the workbook is damaged and cannot be read ({reason}).": (
        "{file}: bảng tính bị hỏng, không đọc được ({reason})."
    ),
    "{file}: no heading row with the columns {columns} was found in the first {count} rows of the first sheet.": (
        "{file}: không tìm thấy hàng tiêu đề có các cột {columns} trong {count} hàng đầu của "
        "trang tính thứ nhất."
    ),
    "{file}, row {row}: {problem}": "{file}, hàng {row}: {problem}",
    "“{value}” is not a number": "“{value}” không phải là số",
    "unknown kind “{kind}”": "loại tiêu chí “{kind}” không hợp lệ",
    "the code and the title must not be empty": "mã và nội dung không được để trống",
    "the code {code} is already used in this table": "mã {code} đã có trong bảng điểm",
    "its parent {parent} is not a row above it": "mục cha {parent} không có ở các hàng phía trên",
    # CLI
    "“{text}” is not a date in the form DD/MM/YYYY.": (
        "“{text}” không phải là ngày theo dạng NN/TT/NNNN."
    ),
    "{count} form(s) written.": "Đã ghi {count} biểu.",
    "Written: {path}": "Đã ghi: {path}",
    "{new} new, {changed} changed, {unchanged} unchanged, {errors} refused.": (
        "{new} mới, {changed} thay đổi, {unchanged} không đổi, {errors} bị từ chối."
    ),
    "{file}: {count} score(s) stored.": "{file}: đã lưu {count} điểm.",
    "No changes to store.": "Không có thay đổi nào để lưu.",
    "Backup before the import: {path}": "Bản sao lưu trước khi nhập: {path}",
    "emudesk: {count} file(s) were not imported.": "emudesk: {count} tệp không được nhập.",
    "emudesk: {count} file(s) refused; nothing was imported. Correct or leave them out, or add --per-file to import the good files.": (
        "emudesk: {count} tệp bị từ chối; không nhập gì. Hãy sửa hoặc bỏ các tệp đó ra, hoặc "
        "thêm --per-file để nhập các tệp hợp lệ."
    ),
    "Dry run: nothing was stored.": "Chạy thử: không lưu gì.",
    "Give --cluster and --year together.": "Cần ghi cả --cluster và --year.",
    "write one scoring form per member unit": "ghi biểu chấm điểm cho từng đơn vị thành viên",
    "folder for the workbooks": "thư mục chứa các bảng tính",
    "date to send the forms back, DD/MM/YYYY": "hạn gửi lại biểu, NN/TT/NNNN",
    "e-mail address for the returns": "địa chỉ e-mail nhận biểu gửi lại",
    "check and import returned scoring forms": "kiểm tra và nhập các biểu chấm điểm gửi về",
    "returned .xlsx forms": "các biểu .xlsx gửi về",
    "check and preview only": "chỉ kiểm tra và xem trước",
    "import the good files even if others are refused": (
        "nhập các tệp hợp lệ dù có tệp khác bị từ chối"
    ),
    "accept forms of an older table version, matching rows by criterion code": (
        "nhận biểu lập theo phiên bản bảng điểm cũ, đối chiếu các dòng theo mã tiêu chí"
    ),
    "only forms of this cluster …": "chỉ nhận biểu của cụm này …",
    "… and this year": "… và năm này",
    "write the year's results workbook": "ghi bảng tính kết quả chấm điểm của năm",
    "write the year's proposal list workbook": "ghi bảng tính danh sách đề nghị khen thưởng của năm",
    "FILE.xlsx": "TỆP.xlsx",
    "import units from a plain workbook": "nhập danh sách đơn vị từ bảng tính",
    "workbook with the columns Mã đơn vị, Tên đơn vị, …": (
        "bảng tính có các cột Mã đơn vị, Tên đơn vị, …"
    ),
    "names valid from": "năm bắt đầu dùng tên",
    "import criteria from a plain workbook": "nhập các tiêu chí từ bảng tính",
    "workbook with the columns Mã, Nội dung, Loại, Điểm tối đa": (
        "bảng tính có các cột Mã, Nội dung, Loại, Điểm tối đa"
    ),
    # Long work
    "Cancelled: nothing was imported.": "Đã hủy: không có gì được nhập.",
    # Member side of the exchange
    "{file}: this form was made by an older emudesk and cannot be filled in here; fill it in Excel or LibreOffice, or ask the head unit for a new form.": "{file}: phiếu này do phiên bản emudesk cũ tạo nên không điền được tại đây; hãy điền bằng Excel hoặc LibreOffice, hoặc đề nghị đơn vị cụm trưởng gửi phiếu mới.",
    "{file}: the form's description of the scoring table is damaged; ask the head unit for a new form.": "{file}: phần mô tả bảng chấm điểm trong phiếu bị hỏng; hãy đề nghị đơn vị cụm trưởng gửi phiếu mới.",
    "{file}: the form's description does not list the unit it was sent to; ask the head unit for a new form.": "{file}: phần mô tả trong phiếu không có đơn vị được gửi phiếu; hãy đề nghị đơn vị cụm trưởng gửi phiếu mới.",
    # Certificates
    "{count} certificate(s) written to {path} (register numbers {numbers}).": "Đã ghi {count} bằng/giấy khen vào {path} (số sổ {numbers}).",
    "Calibration grid written to {path}; print it at 100 % and measure.": "Đã ghi lưới căn chỉnh vào {path}; hãy in ở cỡ thực (100 %) rồi đo.",
    "Calibration of {printer} saved.": "Đã lưu căn chỉnh của máy in {printer}.",
    "{count} of them are reprints and kept their numbers.": "Trong đó {count} bản là in lại và giữ nguyên số sổ.",
    "{printer}: offset {dx} mm across, {dy} mm down, scale {scale}.": "{printer}: lệch ngang {dx} mm, lệch dọc {dy} mm, tỉ lệ {scale}.",
    "No register entry matches.": "Không có dòng nào trong sổ khớp.",
    "print the certificates of approved awards": "in bằng khen, giấy khen của các khen thưởng đã được quyết định",
    "only the awards of this decision number": "chỉ các khen thưởng của quyết định số này",
    "template key (default: by award and issuer)": "mã mẫu (mặc định: theo hình thức khen thưởng và cơ quan)",
    "only the variable text, onto pre-printed blanks": "chỉ in phần chữ thay đổi, lên phôi in sẵn",
    "whose calibration to apply": "áp dụng căn chỉnh của máy in này",
    "place printed before the date": "địa danh in trước ngày tháng",
    "name of the person who signs": "họ tên người ký",
    "print again awards already in the register": "in lại các khen thưởng đã có số sổ",
    "the PDF file to write": "tệp PDF sẽ ghi",
    "write a printer calibration grid (PDF)": "ghi lưới căn chỉnh máy in (PDF)",
    "store or show a printer's measured offset": "lưu hoặc xem độ lệch đo được của máy in",
    "mm to the right (negative: left)": "số mm lệch sang phải (âm: sang trái)",
    "mm down (negative: up)": "số mm lệch xuống (âm: lên)",
    "check a certificate's QR code text": "kiểm tra nội dung mã QR của bằng khen",
    "search the certificate register": "tra cứu sổ khen thưởng",
    "name, unit or award (marks optional)": "tên, đơn vị hoặc hình thức khen (không cần dấu)",
    "“{text}” is too long for the field {field} of the certificate, even at the smallest size ({size} pt); shorten it or widen the field in the template.": "“{text}” quá dài so với ô {field} của bằng, kể cả ở cỡ chữ nhỏ nhất ({size} pt); hãy rút gọn hoặc nới rộng ô trong mẫu.",
    "Cancelled: nothing was printed.": "Đã hủy: không in gì.",
    "the page must be 50 to 1000 mm on each side (it is {width} × {height} mm)": "mỗi cạnh trang phải từ 50 đến 1000 mm (hiện là {width} × {height} mm)",
    "The certificate template {template} cannot be used: {problems}.": "Không dùng được mẫu bằng {template}: {problems}.",
    "The certificate template {template} is damaged ({detail}).": "Mẫu bằng {template} bị hỏng ({detail}).",
    "the field {field} appears twice": "ô {field} xuất hiện hai lần",
    "the field {field} has no area": "ô {field} không có kích thước",
    "the field {field} ({x}, {y}, {w} × {h} mm) lies outside the page ({width} × {height} mm)": "ô {field} ({x}, {y}, {w} × {h} mm) nằm ngoài trang ({width} × {height} mm)",
    "the field {field} has an unknown alignment": "ô {field} có kiểu căn lề không hợp lệ",
    "the field {field} needs {minimum} pt ≤ smallest size ≤ size": "ô {field} cần {minimum} pt ≤ cỡ chữ nhỏ nhất ≤ cỡ chữ",
    "the field {field} must allow at least one line": "ô {field} phải có ít nhất một dòng",
    "Valid: certificate number {number} of {issuer}, {award}, to {recipient} (decision {decision}).": "Hợp lệ: bằng số sổ {number} của {issuer}, {award}, tặng {recipient} (quyết định {decision}).",
    "There is no certificate template {key}.": "Không có mẫu bằng {key}.",
    "This is not the code of a certificate made by emudesk.": "Đây không phải mã của bằng khen do emudesk in.",
    "No certificate number {number} of {issuer} is in this register.": "Sổ này không có bằng số {number} của {issuer}.",
    "Certificate number {number} of {issuer} exists, but the code does not match it (recorded recipient: {recipient}): the certificate may be forged or altered.": "Có bằng số {number} của {issuer} nhưng mã không khớp (người nhận ghi trong sổ: {recipient}): bằng có thể bị làm giả hoặc sửa đổi.",
    "An offset of more than 30 mm is a measuring mistake; measure the grid again.": "Độ lệch trên 30 mm là đo nhầm; hãy đo lại lưới.",
    "The scale must be between 0.9 and 1.1; check that the grid was printed at 100 %.": "Tỉ lệ phải từ 0,9 đến 1,1; hãy kiểm tra lưới đã được in ở cỡ thực (100 %).",
    "Decision {decision} has no approved award in {cluster} {year}; check the decision number on the proposals.": "Quyết định {decision} không có khen thưởng nào được duyệt của {cluster} năm {year}; hãy kiểm tra số quyết định trong danh sách đề nghị.",
    "There are no approved awards to print for {cluster} {year}; record the decision on the proposals first.": "{cluster} năm {year} chưa có khen thưởng nào được quyết định để in; hãy ghi quyết định vào các đề nghị trước.",
    "{count} of these certificates were printed before (register numbers {numbers}); confirm a reprint: they keep their numbers.": "{count} bằng trong số này đã được in trước đây (số sổ {numbers}); hãy xác nhận in lại: các bằng giữ nguyên số sổ.",
    "one PDF per certificate; --out is a folder": "mỗi bằng một tệp PDF; --out là thư mục",
    # Self-test
    "{count} workbook(s) written and read back": "đã ghi và đọc lại {count} tệp Excel",
    "{count} certificate(s) rendered": "đã dựng {count} bằng khen",
    "shown and closed": "đã hiện và đóng",
    "database and migrations": "cơ sở dữ liệu và nâng cấp cấu trúc",
    "exchange workbook": "tệp Excel trao đổi",
    "certificate": "bằng khen",
    "main window": "cửa sổ chính",
    "{count} check(s) failed.": "{count} mục kiểm tra không đạt.",
    "All checks passed.": "Tất cả các mục kiểm tra đều đạt.",
    "Vietnamese sorting and case (ICU)": "sắp xếp và chữ hoa tiếng Việt (ICU)",
    "PostgreSQL driver": "trình kết nối PostgreSQL",
    "not installed (SQLite only)": "chưa cài (chỉ dùng SQLite)",
    "{driver} with libpq {version}": "{driver}, libpq {version}",
    "check that this installation works": "kiểm tra bản cài đặt này hoạt động đúng",
    "show the details of a failure": "hiện chi tiết khi có lỗi",
    # Next year
    "{cluster} {year} opened with {count} member(s); head: {head}; deputy: {deputy}.": "Đã mở {cluster} năm {year} với {count} thành viên; cụm trưởng: {head}; cụm phó: {deputy}.",
    "open a cluster's next year from the previous one": "mở năm tiếp theo của cụm từ năm trước",
    "the year to open": "năm cần mở",
    "the elected head: unit code or part of its name": "cụm trưởng được bầu: mã hoặc một phần tên đơn vị",
    "the elected deputy: unit code or part of its name": "cụm phó được bầu: mã hoặc một phần tên đơn vị",
    "The election of the head for {year} is not recorded. Give the head (and the deputy) elected at the year-end conference to open {year}.": "Chưa ghi nhận kết quả bầu cụm trưởng năm {year}. Hãy nhập cụm trưởng (và cụm phó) được bầu tại hội nghị tổng kết để mở năm {year}.",
    # Commitments, meetings, dossiers
    "Commitment written to {path}: {signed} of {members} member(s) signed.": "Đã ghi giao ước vào {path}: {signed}/{members} đơn vị đã ký.",
    "Signing register written to {path}.": "Đã ghi sổ theo dõi ký giao ước vào {path}.",
    "Minutes written to {path}.": "Đã ghi biên bản vào {path}.",
    "write the year's commitment for signature (PDF)": "in giao ước thi đua của năm để ký (PDF)",
    "write the minutes of the year-end meeting (PDF)": "in biên bản hội nghị tổng kết (PDF)",
    "write who signed the commitment (Excel)": "xuất danh sách các đơn vị đã ký giao ước (Excel)",
    "{file} is not a PDF, JPEG or PNG file; scan the signed copy to one of these formats.": "{file} không phải tệp PDF, JPEG hoặc PNG; hãy quét bản đã ký ra một trong các định dạng này.",
    "{file} is {size} MB; the limit is {limit} MB. Scan at a lower resolution (150–200 dpi is enough for a signed copy).": "{file} có dung lượng {size} MB, vượt giới hạn {limit} MB. Hãy quét ở độ phân giải thấp hơn (150–200 dpi là đủ cho bản đã ký).",
    "{file}: the file is empty.": "{file}: tệp rỗng.",
    "The attached file no longer exists; reload the page.": "Tệp đính kèm không còn; hãy tải lại trang.",
    "{file}: the PDF is incomplete (its end is missing); scan or save it again.": "{file}: tệp PDF chưa đầy đủ (thiếu phần cuối); hãy quét hoặc lưu lại.",
    "{file}: the JPEG image is incomplete; scan or save it again.": "{file}: ảnh JPEG chưa đầy đủ; hãy quét hoặc lưu lại.",
    "{file}: the PNG image is incomplete; scan or save it again.": "{file}: ảnh PNG chưa đầy đủ; hãy quét hoặc lưu lại.",
    "This unit is not a member of {cluster} in {year}; only members sign its commitment.": "Đơn vị này không phải thành viên của {cluster} năm {year}; chỉ các đơn vị thành viên ký giao ước.",
    "Title": "Tiêu đề",
    "Signer's name": "Họ tên người ký",
    "{cluster} {year} has no commitment yet; write it on the year's Commitment page.": "{cluster} năm {year} chưa có giao ước; hãy soạn ở trang Giao ước của năm.",
    "A commitment needs at least one item.": "Giao ước cần có ít nhất một nội dung.",
    "This year has no commitment yet.": "Năm này chưa có giao ước.",
    "Write the commitment before recording signatures.": "Hãy soạn giao ước trước khi ghi nhận chữ ký.",
    "The commitment no longer exists; reload the page.": "Giao ước không còn; hãy tải lại trang.",
    "Place": "Địa điểm",
    "An item of the commitment": "Một nội dung giao ước",
    "Target": "Chỉ tiêu",
    "Unit of measure": "Đơn vị tính",
    "Preamble": "Phần mở đầu",
    "Agenda": "Nội dung hội nghị",
    "Resolutions": "Kết luận",
    "Delegates": "Người dự",
    "The meeting no longer exists; reload the page.": "Cuộc họp không còn; hãy tải lại trang.",
    "This unit is not a member of {cluster} in {year}.": "Đơn vị này không phải thành viên của {cluster} năm {year}.",
    "Vote counts cannot be negative.": "Số phiếu không được âm.",
    "{cluster} {year} has no meeting recorded; record it on the year's Meetings page.": "{cluster} năm {year} chưa ghi nhận cuộc họp nào; hãy ghi ở trang Hội nghị của năm.",
    "Record who attended the meeting before its votes.": "Hãy ghi thành phần dự họp trước khi ghi kết quả biểu quyết.",
    "{total} votes were counted but only {present} unit(s) attended; check the counts.": "Đã đếm {total} phiếu nhưng chỉ có {present} đơn vị dự họp; hãy kiểm tra lại số phiếu.",
    "A unanimous vote needs all {present} attending unit(s) for, none against and no abstention.": "Biểu quyết nhất trí cần cả {present} đơn vị dự họp tán thành, không có phiếu không tán thành hay không ý kiến.",
    "Choose the proposal that was voted on.": "Hãy chọn đề nghị được biểu quyết.",
    "The proposal belongs to another year.": "Đề nghị này thuộc năm khác.",
    "Choose the unit that was elected.": "Hãy chọn đơn vị được bầu.",
    # Dossiers
    "Unknown dossier paper {kind}.": "Không có loại văn bản hồ sơ {kind}.",
    # Next year and handover
    "{file} is not a usable handover file ({detail}); ask for the file again.": "{file} không phải tệp bàn giao dùng được ({detail}); hãy đề nghị gửi lại tệp.",
    "not a zip archive, or truncated": "không phải tệp nén zip, hoặc bị cắt cụt",
    "unexpected member {name}": "có thành phần lạ {name}",
    "a member is too large": "có thành phần quá lớn",
    "a member cannot be read": "không đọc được một thành phần",
    "no manifest": "thiếu tệp manifest",
    "the manifest is damaged": "tệp manifest bị hỏng",
    "{file} was made by a newer emudesk (handover format {version}); update emudesk to read it.": "{file} do phiên bản emudesk mới hơn tạo (định dạng bàn giao {version}); hãy cập nhật emudesk để đọc.",
    "members are missing or extra": "thiếu hoặc thừa thành phần",
    "{name} does not match its checksum": "{name} không khớp mã kiểm tra",
    "{table} refers to a missing row": "{table} tham chiếu tới bản ghi không có",
    "{count} record(s) differ between this database and the file; nothing was imported. Choose to keep this database's version or take the file's:\n{records}": "{count} bản ghi khác nhau giữa cơ sở dữ liệu này và tệp; chưa nhập gì. Hãy chọn giữ bản của máy này hoặc lấy bản trong tệp:\n{records}",
    "Handover file written to {path}: {rows} record(s).": "Đã ghi tệp bàn giao {path}: {rows} bản ghi.",
    "{cluster}: no changes.": "{cluster}: không có thay đổi.",
    "{cluster}: {new} new record(s), {unchanged} unchanged, {conflicts} conflict(s).": "{cluster}: {new} bản ghi mới, {unchanged} không đổi, {conflicts} xung đột.",
    "hand a cluster over to another PC": "bàn giao một cụm sang máy khác",
    "write every year of a cluster to one file": "ghi mọi năm của một cụm vào một tệp",
    "merge a handover file into this database": "nhập tệp bàn giao vào cơ sở dữ liệu này",
    "only say what would change": "chỉ cho biết những gì sẽ thay đổi",
    "in a conflict, take the file's version": "khi xung đột, lấy bản trong tệp",
    "in a conflict, keep this database's version": "khi xung đột, giữ bản của máy này",
    # Year summary
    "Year summary written to {path}.": "Đã ghi bảng tổng hợp năm vào {path}.",
    "write the year's tables for the summary report (PDF)": "in các bảng tổng hợp của năm để đính kèm báo cáo tổng kết (PDF)",
    # Database check
    "Score of {unit} on criterion {code}: {problem}": "Điểm của {unit} ở tiêu chí {code}: {problem}",
    "Certificate register of {issuer}: numbers are not consecutive (missing {missing})": "Sổ khen thưởng của {issuer}: số sổ không liên tục (thiếu {missing})",
    # rules: table problems, ranking explanations, award notes
    "The scoring table cannot be used yet: {problems}": "Bảng điểm chưa dùng được: {problems}",
    "Invalid scores: {problems} (and {count} more)": "Điểm chưa hợp lệ: {problems} (và {count} lỗi khác)",
    "Invalid scores: {problems}": "Điểm chưa hợp lệ: {problems}",
    "No score entered": "Chưa nhập điểm",
    "“{text}” is not a score; enter a number, for example 9,5 or 10": "“{text}” không phải là điểm; hãy nhập một số, ví dụ 9,5 hoặc 10",
    "The score “{text}” has more than {decimals} decimal places; the comma is the decimal separator, and no thousands separator is used": "Điểm “{text}” có quá {decimals} chữ số thập phân; dấu phẩy là dấu thập phân, không dùng dấu phân cách hàng nghìn",
    "Criterion {code}: the target (target) must be a whole number from 0 up, in hundredths of the unit of measure; for example 95,5 is written 9550 (not {value})": "Tiêu chí {code}: chỉ tiêu (target) phải là số nguyên không âm tính bằng 1/100 đơn vị đo, ví dụ 95,5 ghi là 9550 (không phải {value})",
    "Criterion {code}: higher_is_better must be true or false": "Tiêu chí {code}: higher_is_better phải là true hoặc false",
    'Criterion {code}: the share of the maximum given at the target (fraction_at_target) must be a fraction from 0 to 1, for example "1/2"': 'Tiêu chí {code}: tỉ lệ điểm khi đạt chỉ tiêu (fraction_at_target) phải là một phân số từ 0 đến 1, ví dụ "1/2"',
    "Criterion {code}: the points per occurrence (points_per_occurrence) must be a positive whole number of hundredths of a point; for example 0,5 points is written 50 (not {value})": "Tiêu chí {code}: điểm mỗi lần (points_per_occurrence) phải là số nguyên dương tính bằng 1/100 điểm, ví dụ 0,5 điểm ghi là 50 (không phải {value})",
    "A row has no code: “{title}”": "Có dòng chưa có mã: “{title}”",
    "Criterion {code}: its internal key is the same as another row's": "Tiêu chí {code}: khóa nội bộ trùng với một dòng khác của bảng",
    "The code {code} is used by {count} rows; each row needs its own code": "Mã {code} được dùng cho {count} dòng; mỗi dòng cần một mã riêng",
    "Criterion {code}: its parent section is not found": "Tiêu chí {code}: không tìm thấy mục cha",
    "The rows {codes} are each other's parents in a loop": "Các dòng {codes} là cha – con của nhau theo vòng tròn",
    "Criterion {code} is not a section, so it cannot have criteria under it ({codes})": "Tiêu chí {code} không phải là mục nên không được có tiêu chí con ({codes})",
    "Section {code}: no criteria under it yet": "Mục {code}: chưa có tiêu chí con",
    "Criterion {code}: the maximum must be more than 0 (it is {actual})": "Tiêu chí {code}: điểm tối đa phải lớn hơn 0 (đang là {actual})",
    "Section {code}: its criteria add up to {actual} but the section says {expected}": "Mục {code}: tổng điểm các tiêu chí con là {actual} nhưng mục ghi {expected}",
    "Scoring table: the sections add up to {actual} but the table's total is {expected}": "Bảng điểm: tổng điểm các mục là {actual} nhưng tổng của bảng là {expected}",
    "Section {code} adds up its criteria; it takes no score itself": "Mục {code} là mục tổng hợp, không nhập điểm trực tiếp",
    "Criterion {code}: {detail}": "Tiêu chí {code}: {detail}",
    "Criterion {code}: the number of times {value} is not valid; it must be a whole number from 0 up": "Tiêu chí {code}: số lần {value} không hợp lệ; phải là số nguyên từ 0 trở lên",
    "Criterion {code}: the result {value} cannot be negative": "Tiêu chí {code}: kết quả đạt được {value} không được là số âm",
    "Criterion {code}: score only 0,00 (not met) or {maximum} (met), not {value}": "Tiêu chí {code}: chỉ chấm 0,00 (không đạt) hoặc {maximum} (đạt), không chấm {value}",
    "Criterion {code}: deductions are entered as positive numbers from 0,00 to {maximum} (not {value})": "Tiêu chí {code}: điểm trừ nhập là số dương từ 0,00 đến {maximum} (không nhập {value})",
    "Criterion {code}: the deduction {value} is above the maximum {maximum}": "Tiêu chí {code}: điểm trừ {value} vượt quá mức tối đa {maximum}",
    "Criterion {code}: the bonus {value} is below 0; it is entered from 0,00 to {maximum}": "Tiêu chí {code}: điểm thưởng {value} nhỏ hơn 0; được nhập từ 0,00 đến {maximum}",
    "Criterion {code}: the bonus {value} is above the maximum {maximum}": "Tiêu chí {code}: điểm thưởng {value} vượt quá mức tối đa {maximum}",
    "Criterion {code}: the score {value} is below 0; score from 0,00 to {maximum} (deductions go on the deduction rows only)": "Tiêu chí {code}: điểm {value} nhỏ hơn 0; chấm từ 0,00 đến {maximum} (điểm trừ chỉ nhập ở dòng điểm trừ)",
    "Criterion {code}: the score {value} is above the maximum {maximum}": "Tiêu chí {code}: điểm {value} vượt quá tối đa {maximum}",
    "not a number": "không phải là một số",
    "“{text}” is not a number of times; enter a whole number from 0 up": "“{text}” không phải là số lần; hãy nhập một số nguyên từ 0 trở lên",
    "Score by {scorer} for {unit}: criterion {code} is not in the scoring table": "Điểm của {scorer} cho {unit}: tiêu chí {code} không có trong bảng điểm",
    "Score by {scorer} for {unit}: {problem}": "Điểm của {scorer} cho {unit}: {problem}",
    "Score by {scorer} for {unit}: a self-score must be entered by the scored unit itself": "Điểm của {scorer} cho {unit}: tự chấm phải do chính đơn vị được chấm nhập",
    "Score by {scorer} for {unit}: a unit does not peer-score itself": "Điểm của {scorer} cho {unit}: đơn vị không chấm chéo cho chính mình",
    "Score by {scorer} for {unit}: criterion {code} is entered twice": "Điểm của {scorer} cho {unit}: tiêu chí {code} được nhập hai lần",
    "Score by {scorer} for {unit}: criterion {code} has reviews by two cluster heads": "Điểm của {scorer} cho {unit}: tiêu chí {code} có thẩm định của hai cụm trưởng",
    "The tie-break “higher score in a section” needs a section code, for example I": "Tiêu chí phụ “điểm cao hơn ở một mục” cần ghi mã mục, ví dụ I",
    "The tie-break “{kind}” takes no section code": "Tiêu chí phụ “{kind}” không dùng mã mục",
    "The tie-break “higher score in section {code}”: the scoring table has no top-level section {code}": "Tiêu chí phụ “điểm cao hơn ở mục {code}”: bảng điểm không có mục {code} ở cấp cao nhất",
    "The number of votes cannot be negative": "Số phiếu không được là số âm",
    "The previous year's rank must be 1 or more": "Thứ hạng năm trước phải từ 1 trở lên",
    "none": "không có",
    "not ranked": "chưa xếp hạng",
    "{upper} and {lower} share the rank: same total {total} and no tie-break separates them": "{upper} và {lower} đồng hạng: cùng tổng {total} và không tiêu chí phụ nào phân định",
    "{upper} above {lower}: total {upper_value} against {lower_value}": "{upper} trên {lower}: tổng {upper_value} so với {lower_value}",
    "{upper} above {lower}: same total {total}; {detail}": "{upper} trên {lower}: cùng tổng {total}; {detail}",
    "section {code} {upper_value} against {lower_value}": "mục {code} {upper_value} so với {lower_value}",
    "deductions {upper_value} against {lower_value}": "điểm trừ {upper_value} so với {lower_value}",
    "bonus {upper_value} against {lower_value}": "điểm thưởng {upper_value} so với {lower_value}",
    "votes {upper_value} against {lower_value}": "số phiếu {upper_value} so với {lower_value}",
    "previous year's rank {upper_value} against {lower_value}": "thứ hạng năm trước {upper_value} so với {lower_value}",
    "Emulation flag": "Cờ thi đua",
    "Certificate of merit": "Bằng khen",
    "under disciplinary review": "đang bị xem xét kỷ luật",
    "under inspection or audit": "đang bị thanh tra, kiểm tra",
    "the subject of an unresolved complaint or denunciation": "đang có khiếu nại, tố cáo chưa giải quyết",
    "Give the number of flags either as a count or as a percentage, not both": "Số cờ thi đua ghi theo số lượng hoặc theo tỉ lệ phần trăm, không ghi cả hai",
    "The number of flags cannot be negative": "Số cờ thi đua không được là số âm",
    "The percentage of flags must be from 0 to 100": "Tỉ lệ cờ thi đua phải từ 0 đến 100 phần trăm",
    "The number of certificates of merit cannot be negative": "Số bằng khen không được là số âm",
    "The minimum total for an award cannot be negative": "Điểm tối thiểu để xét khen không được âm",
    "Rank {rank}: no award proposed because the unit is {reason}": "Hạng {rank}: không đề nghị khen thưởng vì {reason}",
    "Rank {rank}: the total {total} is below the minimum {minimum} for an award": "Hạng {rank}: tổng {total} chưa đạt mức tối thiểu {minimum} để xét khen thưởng",
    "vote needed: {units} units for {places} emulation flag place(s)": "cần biểu quyết: {units} đơn vị cho {places} suất cờ thi đua",
    "vote needed: {units} units for {places} certificate of merit place(s)": "cần biểu quyết: {units} đơn vị cho {places} suất bằng khen",
    "Rank {rank}, total {total}": "Xếp hạng {rank}, tổng {total}",
    "Shared rank {rank}, total {total}": "Đồng hạng {rank}, tổng {total}",
    "The way scores are combined is not valid": "Cách tổng hợp điểm không hợp lệ",
    "The number of decimal places for rounding must be from 0 to {maximum}, not {decimals}": "Số chữ số thập phân khi làm tròn phải từ 0 đến {maximum}, không phải {decimals}",
    "The highest and lowest scores are dropped only with 3 or more peer scorers": "Chỉ bỏ điểm cao nhất và thấp nhất khi có từ 3 đơn vị chấm chéo trở lên",
    "The caps on bonus and deductions cannot be negative": "Mức trần điểm thưởng, điểm trừ không được âm",
    "A tie-break is listed twice": "Một tiêu chí phụ được ghi hai lần",
    "The regulation settings were saved by a newer version of the program": "Thiết lập quy chế được lưu bởi một phiên bản mới hơn của chương trình",
    "The way of combining scores “{value}” is not supported; choose one of: {choices}": "Cách tổng hợp điểm “{value}” không được hỗ trợ; chọn một trong: {choices}",
    "The tie-break chain must be a list": "Chuỗi tiêu chí phụ phải là một danh sách",
    "Each tie-break must be a mapping of keys": "Mỗi tiêu chí phụ phải là một bảng khóa",
    "The tie-break “{kind}” is not supported; choose one of: {choices}": "Tiêu chí phụ “{kind}” không được hỗ trợ; chọn một trong: {choices}",
    "The section code of a tie-break must be text": "Mã mục của tiêu chí phụ phải là chữ",
    "The award quotas must be a mapping of keys": "Chỉ tiêu khen thưởng phải là một bảng khóa",
    "The percentage of flags “{value}” is not a number": "Tỉ lệ cờ thi đua “{value}” không phải là một số",
    "The setting “{name}” is not supported": "Thiết lập “{name}” không được hỗ trợ",
    "The setting “{name}” must be a whole number, not “{value}”": "Thiết lập “{name}” phải là một số nguyên, không phải “{value}”",
    "The setting “{name}” cannot be empty": "Thiết lập “{name}” không được để trống",
    "The setting “{name}” must be true or false": "Thiết lập “{name}” phải là true hoặc false",
}
