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
}
