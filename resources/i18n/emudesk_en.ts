<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../forms/about_dialog.ui" line="+14"/>
        <source>About emudesk</source>
        <translation>About emudesk</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Emulation and commendation work for emulation clusters: clusters, member units, yearly heads and deputies, scores, rankings, award proposals and certificates — offline, on one computer.</source>
        <translation>Emulation and commendation work for emulation clusters: clusters, member units, yearly heads and deputies, scores, rankings, award proposals and certificates — offline, on one computer.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Licence:</source>
        <translation>Licence:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Data folder:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Built with:</source>
        <translation>Built with:</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/about.py" line="+25"/>
        <source>GNU General Public License, version 3 or later (GPL-3.0-or-later)</source>
        <translation>GNU General Public License, version 3 or later (GPL-3.0-or-later)</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../emudesk/ui/models/attendance.py" line="+40"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delegates (names, titles)</source>
        <translation>Delegates (names, titles)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Printed in the minutes after the unit&apos;s name</source>
        <translation>Printed in the minutes after the unit&apos;s name</translation>
    </message>
</context>
<context>
    <name>AwardDialog</name>
    <message>
        <location filename="../../forms/award_dialog.ui" line="+14"/>
        <source>Award</source>
        <translation>Award</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. BANG-KHEN</source>
        <translation>e.g. BANG-KHEN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A short code for the award in this catalogue (letters without marks, digits, dash)</source>
        <translation>A short code for the award in this catalogue (letters without marks, digits, dash)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name as printed:</source>
        <translation>&amp;Name as printed:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. Bằng khen của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch</source>
        <translation>e.g. Bằng khen của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The award&apos;s name exactly as the issuer&apos;s papers print it</source>
        <translation>The award&apos;s name exactly as the issuer&apos;s papers print it</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Given to:</source>
        <translation>&amp;Given to:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Made into:</source>
        <translation>&amp;Made into:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A flag is made by the flag maker; a certificate is printed on its template</source>
        <translation>A flag is made by the flag maker; a certificate is printed on its template</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Template:</source>
        <translation>&amp;Template:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Paper:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Granted &amp;by:</source>
        <translation>Granted &amp;by:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. BỘ TRƯỞNG BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH</source>
        <translation>e.g. BỘ TRƯỞNG BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The line in red at the top of the certificate</source>
        <translation>The line in red at the top of the certificate</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Signing mode:</source>
        <translation>&amp;Signing mode:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>TM. for a collective, KT. when a deputy signs for the head, Q., TL., TUQ.</source>
        <translation>TM. for a collective, KT. when a deputy signs for the head, Q., TL., TUQ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signs &amp;for:</source>
        <translation>Signs &amp;for:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. BỘ TRƯỞNG</source>
        <translation>e.g. BỘ TRƯỞNG</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whom the signer signs for (after KT., TM. …)</source>
        <translation>Whom the signer signs for (after KT., TM. …)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signer&apos;s titl&amp;e:</source>
        <translation>Signer&apos;s titl&amp;e:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. THỨ TRƯỞNG</source>
        <translation>e.g. THỨ TRƯỞNG</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Legal basis:</source>
        <translation>&amp;Legal basis:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Căn cứ … (one line each; the submission cites them)</source>
        <translation>Căn cứ … (one line each; the submission cites them)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>M&amp;oney:</source>
        <translation>M&amp;oney:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. 1,5 (times the base salary)</source>
        <translation>e.g. 1,5 (times the base salary)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The money that goes with the award, as a multiple of the base salary; empty for none</source>
        <translation>The money that goes with the award, as a multiple of the base salary; empty for none</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Quota per cluster:</source>
        <translation>&amp;Quota per cluster:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. 1, or 30 %</source>
        <translation>e.g. 1, or 30 %</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most so many per cluster, or a share of its members; empty for no cap</source>
        <translation>At most so many per cluster, or a share of its members; empty for no cap</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Rounding:</source>
        <translation>&amp;Rounding:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How a share of the members becomes a number of places</source>
        <translation>How a share of the members becomes a number of places</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Vote needed:</source>
        <translation>&amp;Vote needed:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. ≥ 2/3, ≥ 80 %, &gt; 1/2</source>
        <translation>e.g. ≥ 2/3, ≥ 80 %, &gt; 1/2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The share of all members that must vote for a proposal; empty: more than half</source>
        <translation>The share of all members that must vote for a proposal; empty: more than half</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Suggested for:</source>
        <translation>Suggested for:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Which of the ranking&apos;s suggestions proposes this award</source>
        <translation>Which of the ranking&apos;s suggestions proposes this award</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Valid from:</source>
        <translation>Valid from:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>has a start</source>
        <translation>has a start</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The first day the award has this name (leave the box unticked for no start)</source>
        <translation>The first day the award has this name (leave the box unticked for no start)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Valid until:</source>
        <translation>Valid until:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>has an end</source>
        <translation>has an end</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The last day (for example the day before a renaming)</source>
        <translation>The last day (for example the day before a renaming)</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/award.py" line="+74"/>
        <source>Plain paper (the whole design)</source>
        <translation>Plain paper (the whole design)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-printed blanks (the text only)</source>
        <translation>Pre-printed blanks (the text only)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(signs in their own right)</source>
        <translation>(signs in their own right)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Add an award</source>
        <translation>Add an award</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the award</source>
        <translation>Change the award</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Award catalogue of %1</source>
        <translation>Award catalogue of %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Write the quota as a number (1) or a share of members (30 %).</source>
        <translation>Write the quota as a number (1) or a share of members (30 %).</translation>
    </message>
</context>
<context>
    <name>AwardTableModel</name>
    <message>
        <location filename="../../emudesk/ui/models/awards.py" line="+18"/>
        <source>Award, as printed</source>
        <translation>Award, as printed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made into</source>
        <translation>Made into</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quota</source>
        <translation>Quota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <location filename="../../forms/board_page.ui" line="+23"/>
        <location filename="../../emudesk/ui/pages/__init__.py" line="+110"/>
        <source>Issuer&apos;s board</source>
        <translation>Issuer&apos;s board</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every cluster&apos;s nominees of a year, as their submissions brought them: the award asked for, total and rank, the dossier papers still missing, and the decision. Double-click a nominee to see its cluster&apos;s whole ranking table.</source>
        <translation>Every cluster&apos;s nominees of a year, as their submissions brought them: the award asked for, total and rank, the dossier papers still missing, and the decision. Double-click a nominee to see its cluster&apos;s whole ranking table.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Issuer:</source>
        <translation>&amp;Issuer:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The chosen nominee&apos;s cluster: every member&apos;s rank and total as its submission sent them (also on a double-click).</source>
        <translation>The chosen nominee&apos;s cluster: every member&apos;s rank and total as its submission sent them (also on a double-click).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cluster&apos;s &amp;ranking…</source>
        <translation>The cluster&apos;s &amp;ranking…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Open the package a cluster&apos;s head sent (File › Receive a package): its nominees, ranking and papers come onto this board.</source>
        <translation>Open the package a cluster&apos;s head sent (File › Receive a package): its nominees, ranking and papers come onto this board.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receive a &amp;submission package…</source>
        <translation>Receive a &amp;submission package…</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/pages/board.py" line="+65"/>
        <source>Nothing here yet: the board fills with the nominees of each cluster&apos;s submission package. Receive the first package a cluster&apos;s head sent.</source>
        <translation>Nothing here yet: the board fills with the nominees of each cluster&apos;s submission package. Receive the first package a cluster&apos;s head sent.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 nominee(s) from %2 cluster(s).</source>
        <translation>%1 nominee(s) from %2 cluster(s).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: dossier deadline %2 (%3 day(s) left).</source>
        <translation>%1: dossier deadline %2 (%3 day(s) left).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: dossier deadline %2 (passed %3 day(s) ago).</source>
        <translation>%1: dossier deadline %2 (passed %3 day(s) ago).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Over the quota: %1</source>
        <translation>Over the quota: %1</translation>
    </message>
</context>
<context>
    <name>BoardTableModel</name>
    <message>
        <location filename="../../emudesk/ui/models/issuing.py" line="+23"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nominee</source>
        <translation>Nominee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Award asked</source>
        <translation>Award asked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Papers missing</source>
        <translation>Papers missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1, register number %2</source>
        <translation>%1, register number %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: not approved</source>
        <translation>%1: not approved</translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <location filename="../../forms/calibration_dialog.ui" line="+14"/>
        <source>Printer calibration</source>
        <translation>Printer calibration</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print the calibration grid at actual size (100 %) on this printer, measure where the 10 mm marks landed from the paper&apos;s left and top edges, and enter the difference. Text printed onto blanks is moved by it.</source>
        <translation>Print the calibration grid at actual size (100 %) on this printer, measure where the 10 mm marks landed from the paper&apos;s left and top edges, and enter the difference. Text printed onto blanks is moved by it.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Printer:</source>
        <translation>&amp;Printer:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The printer that prints onto the blanks: each printer shifts the page by its own amount</source>
        <translation>The printer that prints onto the blanks: each printer shifts the page by its own amount</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No printer is installed</source>
        <translation>No printer is installed</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Offset &amp;across (mm, + to the right):</source>
        <translation>Offset &amp;across (mm, + to the right):</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Offset &amp;down (mm, + downwards):</source>
        <translation>Offset &amp;down (mm, + downwards):</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Scale:</source>
        <translation>&amp;Scale:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Save the &amp;grid as PDF…</source>
        <translation>Save the &amp;grid as PDF…</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/calibration.py" line="+59"/>
        <location line="+10"/>
        <source>Calibration grid</source>
        <translation>Calibration grid</translation>
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
        <translation>Recipient</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Award</source>
        <translation>Award</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A flag: made by the flag maker, listed with Flag list…, not printed</source>
        <translation>A flag: made by the flag maker, listed with Flag list…, not printed</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recorded before the scores were locked, because: %1</source>
        <translation>Recorded before the scores were locked, because: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>flag</source>
        <translation>flag</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <location filename="../../forms/certificates_page.ui" line="+31"/>
        <source>The scores of this year are not locked yet: the ranking behind these awards can still change. Lock them on the Scores page first, or say why you print now (for example the issuer&apos;s deadline); the reason is kept in the register.</source>
        <translation>The scores of this year are not locked yet: the ranking behind these awards can still change. Lock them on the Scores page first, or say why you print now (for example the issuer&apos;s deadline); the reason is kept in the register.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reaso&amp;n:</source>
        <translation>Reaso&amp;n:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. the issuer hands the awards out before the scores can be locked</source>
        <translation>e.g. the issuer hands the awards out before the scores can be locked</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Awards with a decision: tick those to print</source>
        <translation>Awards with a decision: tick those to print</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Te&amp;mplate:</source>
        <translation>Te&amp;mplate:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Paper:</source>
        <translation>Paper:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Plain p&amp;aper (full design)</source>
        <translation>Plain p&amp;aper (full design)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pre-printed &amp;blanks (text only)</source>
        <translation>Pre-printed &amp;blanks (text only)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>P&amp;lace:</source>
        <translation>P&amp;lace:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Signed by:</source>
        <translation>&amp;Signed by:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Printer offset:</source>
        <translation>Printer offset:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Calibrate…</source>
        <translation>&amp;Calibrate…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Register…</source>
        <translation>&amp;Register…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A flag is made by the flag maker to the issuer&apos;s specimen: write what is sewn on each approved flag</source>
        <translation>A flag is made by the flag maker to the issuer&apos;s specimen: write what is sewn on each approved flag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fla&amp;g list…</source>
        <translation>Fla&amp;g list…</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/pages/__init__.py" line="-20"/>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/pages/certificates.py" line="+101"/>
        <source>No award of this year has a decision yet: record the decision on the proposals page first.</source>
        <translation>No award of this year has a decision yet: record the decision on the proposals page first.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Certificates — %1 — year %2</source>
        <translation>Certificates — %1 — year %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>By award</source>
        <translation>By award</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each award with its own template: flag, certificate of merit…</source>
        <translation>Each award with its own template: flag, certificate of merit…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No printer is installed on this computer.</source>
        <translation>No printer is installed on this computer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1
not calibrated (no offset applied)</source>
        <translation>%1
not calibrated (no offset applied)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1
%2 mm across, %3 mm down, scale %4</source>
        <translation>%1
%2 mm across, %3 mm down, scale %4</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Recorded before the scores were locked, because: %1</source>
        <translation>Recorded before the scores were locked, because: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Nothing to print</source>
        <translation>Nothing to print</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick the awards whose certificates you want to print.</source>
        <translation>Tick the awards whose certificates you want to print.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Print again?</source>
        <translation>Print again?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reprint</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>Nothing was printed</source>
        <translation>Nothing was printed</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sign the QR codes</source>
        <translation>Sign the QR codes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign each certificate&apos;s QR code with the office&apos;s token, so that any PC that trusts the office can verify it without this register?</source>
        <translation>Sign each certificate&apos;s QR code with the office&apos;s token, so that any PC that trusts the office can verify it without this register?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save the certificates</source>
        <translation>Save the certificates</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Certificates saved</source>
        <translation>Certificates saved</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 certificate(s) saved to %2 (register numbers %3).</source>
        <translation>%1 certificate(s) saved to %2 (register numbers %3).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Printing failed</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The certificates are recorded (register numbers %1) but the printer refused them: %2. Print them again; they keep their numbers.</source>
        <translation>The certificates are recorded (register numbers %1) but the printer refused them: %2. Print them again; they keep their numbers.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 certificate(s) sent to %2 (register numbers %3).</source>
        <translation>%1 certificate(s) sent to %2 (register numbers %3).</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+5"/>
        <source>Flag list for the flag maker</source>
        <translation>Flag list for the flag maker</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Word document (*.docx);;PDF (*.pdf)</source>
        <translation>Word document (*.docx);;PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Flag list written to %1.</source>
        <translation>Flag list written to %1.</translation>
    </message>
</context>
<context>
    <name>ClusterDialog</name>
    <message>
        <location filename="../../forms/cluster_dialog.ui" line="+14"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A short code without marks, used in file names</source>
        <translation>A short code without marks, used in file names</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. UBDT-C4</source>
        <translation>e.g. UBDT-C4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>N&amp;umber:</source>
        <translation>N&amp;umber:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The cluster&apos;s number in the issuer&apos;s list (leave at — when it has none)</source>
        <translation>The cluster&apos;s number in the issuer&apos;s list (leave at — when it has none)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. Cụm thi đua số 4</source>
        <translation>e.g. Cụm thi đua số 4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Issuer:</source>
        <translation>&amp;Issuer:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Founding &amp;decision:</source>
        <translation>Founding &amp;decision:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. 441/QĐ-UBDT</source>
        <translation>e.g. 441/QĐ-UBDT</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Decision da&amp;te:</source>
        <translation>Decision da&amp;te:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Known</source>
        <translation>Known</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/cluster.py" line="+53"/>
        <source>Add a cluster</source>
        <translation>Add a cluster</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the cluster</source>
        <translation>Edit the cluster</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose the issuer the cluster belongs to.</source>
        <translation>Choose the issuer the cluster belongs to.</translation>
    </message>
</context>
<context>
    <name>ClusterTableModel</name>
    <message>
        <location filename="../../emudesk/ui/models/clusters.py" line="+18"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Founding decision</source>
        <translation>Founding decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years</source>
        <translation>Years</translation>
    </message>
</context>
<context>
    <name>ClustersPage</name>
    <message>
        <location filename="../../forms/clusters_page.ui" line="+23"/>
        <location filename="../../emudesk/ui/pages/__init__.py" line="-32"/>
        <source>Emulation clusters</source>
        <translation>Emulation clusters</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add an emulation cluster or block (Ins)</source>
        <translation>Add an emulation cluster or block (Ins)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add cluster…</source>
        <translation>&amp;Add cluster…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change the selected cluster (F2 or double-click)</source>
        <translation>Change the selected cluster (F2 or double-click)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a year of the selected cluster with its members and leadership</source>
        <translation>Open a year of the selected cluster with its members and leadership</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a &amp;year…</source>
        <translation>Add a &amp;year…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove the selected cluster (only when it has no years; Del)</source>
        <translation>Remove the selected cluster (only when it has no years; Del)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>This database is empty: where to begin</source>
        <translation>This database is empty: where to begin</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A head office starts with the cluster it works in: its issuer (the ministry, committee or province that formed it), the cluster, then its member units and the year. If last year&apos;s head hands the cluster over, receive their file instead.</source>
        <translation>A head office starts with the cluster it works in: its issuer (the ministry, committee or province that formed it), the cluster, then its member units and the year. If last year&apos;s head hands the cluster over, receive their file instead.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Open the Excel workbook the head unit sent, score each criterion and save the return to send back</source>
        <translation>Open the Excel workbook the head unit sent, score each criterion and save the return to send back</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open the scoring form the head unit sent…</source>
        <translation>&amp;Open the scoring form the head unit sent…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Record the issuer, then the cluster; the units and the year come next</source>
        <translation>Record the issuer, then the cluster; the units and the year come next</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add your issuer and &amp;cluster…</source>
        <translation>Add your issuer and &amp;cluster…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Merge the file last year&apos;s head wrote with File › Hand over a cluster</source>
        <translation>Merge the file last year&apos;s head wrote with File › Hand over a cluster</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receive a handover fi&amp;le…</source>
        <translation>Receive a handover fi&amp;le…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A member unit needs no cluster here: open the form the head sent, score, save the return</source>
        <translation>A member unit needs no cluster here: open the form the head sent, score, save the return</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fill in a received &amp;scoring form…</source>
        <translation>Fill in a received &amp;scoring form…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only looking around?</source>
        <translation>Only looking around?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fill this database with two real clusters of 2024–2025, to try the program</source>
        <translation>Fill this database with two real clusters of 2024–2025, to try the program</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Load the &amp;demo data</source>
        <translation>Load the &amp;demo data</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Years of the selected cluster</source>
        <translation>Years of the selected cluster</translation>
    </message>
    <message>
        <location line="+34"/>
        <location filename="../../emudesk/ui/pages/clusters.py" line="+150"/>
        <source>Double-click a year (or press Enter) to open its overview.</source>
        <translation>Double-click a year (or press Enter) to open its overview.</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/pages/clusters.py" line="-33"/>
        <source>A member unit needs no cluster data here: open the scoring form the head unit sent (an Excel workbook), score each criterion and save the return to send back. To keep the cluster&apos;s records on this PC as well, add the issuer and the cluster.</source>
        <translation>A member unit needs no cluster data here: open the scoring form the head unit sent (an Excel workbook), score each criterion and save the return to send back. To keep the cluster&apos;s records on this PC as well, add the issuer and the cluster.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No year yet. Next: the member units (on the Units page, or File › Import units from a workbook), then Add a year… with its members, head and deputy.</source>
        <translation>No year yet. Next: the member units (on the Units page, or File › Import units from a workbook), then Add a year… with its members, head and deputy.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Add a cluster</source>
        <translation>Add a cluster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A cluster belongs to an issuer (a ministry, committee or province). Add the issuer first on the Issuers page.</source>
        <translation>A cluster belongs to an issuer (a ministry, committee or province). Add the issuer first on the Issuers page.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Remove the cluster %1 “%2”?</source>
        <translation>Remove the cluster %1 “%2”?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove a cluster</source>
        <translation>Remove a cluster</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>CollisionTableModel</name>
    <message>
        <location filename="../../emudesk/ui/models/collisions.py" line="+50"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scored by</source>
        <translation>Scored by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Successor&apos;s</source>
        <translation>Successor&apos;s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absorbed unit&apos;s</source>
        <translation>Absorbed unit&apos;s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean</source>
        <translation>Mean</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the successor&apos;s</source>
        <translation>the successor&apos;s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the absorbed unit&apos;s</source>
        <translation>the absorbed unit&apos;s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the mean</source>
        <translation>the mean</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>choose…</source>
        <translation>choose…</translation>
    </message>
</context>
<context>
    <name>CommitmentPage</name>
    <message>
        <location filename="../../forms/commitment_page.ui" line="+50"/>
        <source>Signed on / at:</source>
        <translation>Signed on / at:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>place</source>
        <translation>place</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>T&amp;itle:</source>
        <translation>T&amp;itle:</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>H&amp;ost:</source>
        <translation>H&amp;ost:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Preamble:</source>
        <translation>&amp;Preamble:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Add an item</source>
        <translation>&amp;Add an item</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove the item</source>
        <translation>Remove the item</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Save the commitment</source>
        <translation>&amp;Save the commitment</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print for si&amp;gnature…</source>
        <translation>Print for si&amp;gnature…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>View the signed cop&amp;y</source>
        <translation>View the signed cop&amp;y</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Signing register (E&amp;xcel)…</source>
        <translation>Signing register (E&amp;xcel)…</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>&amp;Record the signature…</source>
        <translation>&amp;Record the signature…</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/pages/__init__.py" line="+36"/>
        <source>Commitment</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/pages/commitment.py" line="+166"/>
        <source>Commitment — %1 — year %2</source>
        <translation>Commitment — %1 — year %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Emulation commitment</source>
        <translation>Emulation commitment</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No commitment for this year yet: write its title and items, then save.</source>
        <translation>No commitment for this year yet: write its title and items, then save.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed, not signed yet</source>
        <translation>Printed, not signed yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly signed</source>
        <translation>Partly signed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed by every member</source>
        <translation>Signed by every member</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 of %3 member(s) signed.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 of %3 member(s) signed.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Still missing: %1.</source>
        <translation>Still missing: %1.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Add the commitment&apos;s items first (Add an item).</source>
        <translation>Add the commitment&apos;s items first (Add an item).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The commitment was not saved</source>
        <translation>The commitment was not saved</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Commitment for signature</source>
        <translation>Commitment for signature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word document (*.docx);;PDF (*.pdf)</source>
        <translation>Word document (*.docx);;PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The commitment was not printed</source>
        <translation>The commitment was not printed</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose a member whose signed copy was attached.</source>
        <translation>Choose a member whose signed copy was attached.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Signing register</source>
        <translation>Signing register</translation>
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
        <translation>The council&apos;s meeting</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The council&apos;s meeting on the year&apos;s proposals. Each vote is counted against the council&apos;s size (all its members, present or not), as the catalogue&apos;s threshold asks.</source>
        <translation>The council&apos;s meeting on the year&apos;s proposals. Each vote is counted against the council&apos;s size (all its members, present or not), as the catalogue&apos;s threshold asks.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Held &amp;on:</source>
        <translation>Held &amp;on:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>C&amp;hair:</source>
        <translation>C&amp;hair:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Secretary:</source>
        <translation>&amp;Secretary:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Members present
(one a line):</source>
        <translation>&amp;Members present
(one a line):</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Council &amp;size:</source>
        <translation>Council &amp;size:</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/council.py" line="+51"/>
        <source>The council&apos;s meeting on %1</source>
        <translation>The council&apos;s meeting on %1</translation>
    </message>
</context>
<context>
    <name>CouncilPage</name>
    <message>
        <location filename="../../forms/council_page.ui" line="+23"/>
        <location filename="../../emudesk/ui/pages/__init__.py" line="+20"/>
        <source>Emulation council</source>
        <translation>Emulation council</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The council&apos;s vote on each nominee of the year against its award&apos;s threshold (from the catalogue). Record the meeting first, then each nominee&apos;s vote (double-click a row); a vote recorded by mistake can be corrected or taken back until the decision. A nominee the council did not carry is not approved by the decision.</source>
        <translation>The council&apos;s vote on each nominee of the year against its award&apos;s threshold (from the catalogue). Record the meeting first, then each nominee&apos;s vote (double-click a row); a vote recorded by mistake can be corrected or taken back until the decision. A nominee the council did not carry is not approved by the decision.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Issuer:</source>
        <translation>&amp;Issuer:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>M&amp;eeting…</source>
        <translation>M&amp;eeting…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Vote…</source>
        <translation>&amp;Vote…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Take back the vote</source>
        <translation>&amp;Take back the vote</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write the &amp;minutes…</source>
        <translation>Write the &amp;minutes…</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/pages/council.py" line="+61"/>
        <source>Nothing to vote on yet: the council votes on the nominees of the clusters&apos; submission packages. Receive one first (Issuer&apos;s board, or File › Receive a package).</source>
        <translation>Nothing to vote on yet: the council votes on the nominees of the clusters&apos; submission packages. Receive one first (Issuer&apos;s board, or File › Receive a package).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Met on %1, %2 member(s).</source>
        <translation>Met on %1, %2 member(s).</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Take back the vote</source>
        <translation>Take back the vote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take back the council&apos;s vote on %1 (%2 for)? It is kept in the audit log.</source>
        <translation>Take back the council&apos;s vote on %1 (%2 for)? It is kept in the audit log.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take it back</source>
        <translation>Take it back</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Write the minutes</source>
        <translation>Write the minutes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word documents (*.docx);;PDF files (*.pdf)</source>
        <translation>Word documents (*.docx);;PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was written</source>
        <translation>Nothing was written</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written</source>
        <translation>Written</translation>
    </message>
</context>
<context>
    <name>CouncilTableModel</name>
    <message>
        <location filename="../../emudesk/ui/models/issuing.py" line="+69"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nominee</source>
        <translation>Nominee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Award asked</source>
        <translation>Award asked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threshold</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votes for</source>
        <translation>Votes for</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>carried</source>
        <translation>carried</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not carried</source>
        <translation>not carried</translation>
    </message>
</context>
<context>
    <name>CouncilVoteDialog</name>
    <message>
        <location filename="../../forms/council_vote_dialog.ui" line="+14"/>
        <source>The council&apos;s vote</source>
        <translation>The council&apos;s vote</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nominee:</source>
        <translation>Nominee:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Threshold:</source>
        <translation>Threshold:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Entered &amp;as:</source>
        <translation>Entered &amp;as:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Votes &amp;for:</source>
        <translation>Votes &amp;for:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Votes a&amp;gainst:</source>
        <translation>Votes a&amp;gainst:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A&amp;bstentions:</source>
        <translation>A&amp;bstentions:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Share for (%):</source>
        <translation>&amp;Share for (%):</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Result:</source>
        <translation>Result:</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/council.py" line="+64"/>
        <source>numbers of votes</source>
        <translation>numbers of votes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a share of the council</source>
        <translation>a share of the council</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>carried</source>
        <translation>carried</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not carried</source>
        <translation>not carried</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 of %3 for, %4 needed</source>
        <translation>%1: %2 of %3 for, %4 needed</translation>
    </message>
</context>
<context>
    <name>CountChart</name>
    <message>
        <location filename="../../emudesk/ui/count_chart.py" line="+94"/>
        <source>No awards to chart for these choices</source>
        <translation>No awards to chart for these choices</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../emudesk/ui/crash.py" line="+72"/>
        <source>Unexpected problem</source>
        <translation>Unexpected problem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>emudesk met a problem it did not expect. What you saved before is safe: every change is stored whole or not at all.

Please copy the report and send it to whoever maintains emudesk for you. It is also in the log folder:
%1</source>
        <translation>emudesk met a problem it did not expect. What you saved before is safe: every change is stored whole or not at all.

Please copy the report and send it to whoever maintains emudesk for you. It is also in the log folder:
%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copy the report and close</source>
        <translation>Copy the report and close</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>CriterionParamsDialog</name>
    <message>
        <location filename="../../forms/criterion_params_dialog.ui" line="+14"/>
        <source>Row parameters</source>
        <translation>Row parameters</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Row:</source>
        <translation>Row:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Points per occurrence:</source>
        <translation>&amp;Points per occurrence:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Points earned by each occurrence; the row&apos;s maximum caps the sum</source>
        <translation>Points earned by each occurrence; the row&apos;s maximum caps the sum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 0,5</source>
        <translation>e.g. 0,5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Target:</source>
        <translation>&amp;Target:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The quantity to reach, in the row&apos;s unit (e.g. 95 for 95 %)</source>
        <translation>The quantity to reach, in the row&apos;s unit (e.g. 95 for 95 %)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 95</source>
        <translation>e.g. 95</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Untick when a smaller result is better (e.g. days late)</source>
        <translation>Untick when a smaller result is better (e.g. days late)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Higher is better</source>
        <translation>&amp;Higher is better</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Meeting the target earns half the maximum, the best unit the full maximum, proportionally in between; below the target earns nothing.</source>
        <translation>Meeting the target earns half the maximum, the best unit the full maximum, proportionally in between; below the target earns nothing.</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/criterion_params.py" line="+58"/>
        <source>Points per occurrence</source>
        <translation>Points per occurrence</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
</context>
<context>
    <name>CriterionTreeModel</name>
    <message>
        <location filename="../../emudesk/ui/models/criteria.py" line="+40"/>
        <source>%1 points per occurrence, at most %2</source>
        <translation>%1 points per occurrence, at most %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>higher is better</source>
        <translation>higher is better</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lower is better</source>
        <translation>lower is better</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Target %1, %2</source>
        <translation>Target %1, %2</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sum of rows</source>
        <translation>Sum of rows</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For a section: the maxima of its rows added up (bonus and deductions apart)</source>
        <translation>For a section: the maxima of its rows added up (bonus and deductions apart)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The rows add up to %1 but the section says %2</source>
        <translation>The rows add up to %1 but the section says %2</translation>
    </message>
</context>
<context>
    <name>CrosstabModel</name>
    <message>
        <location filename="../../emudesk/ui/models/statistics.py" line="+59"/>
        <source>Total decided</source>
        <translation>Total decided</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total proposed</source>
        <translation>Total proposed</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>DatabaseActions</name>
    <message>
        <location filename="../../emudesk/ui/database_actions.py" line="+28"/>
        <source>emudesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>emudesk databases (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open a database</source>
        <translation>Open a database</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create a database</source>
        <translation>Create a database</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Back up the database</source>
        <translation>Back up the database</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Backup written</source>
        <translation>Backup written</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The backup is in %1.</source>
        <translation>The backup is in %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+7"/>
        <location line="+10"/>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Replace everything in the open database by the content of %1?

The present content is saved first, so this can be undone.</source>
        <translation>Replace everything in the open database by the content of %1?

The present content is saved first, so this can be undone.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restored</source>
        <translation>Restored</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database was restored. The previous content is in %1.</source>
        <translation>The database was restored. The previous content is in %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check the database</source>
        <translation>Check the database</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The database is sound.</source>
        <translation>The database is sound.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 problem(s) found; see the details.</source>
        <translation>%1 problem(s) found; see the details.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Checking the database…</source>
        <translation>Checking the database…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
</context>
<context>
    <name>DeadlineDialog</name>
    <message>
        <location filename="../../forms/deadline_dialog.ui" line="+14"/>
        <source>Dossier deadline</source>
        <translation>Dossier deadline</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dossiers must reach the issuer &amp;by:</source>
        <translation>Dossiers must reach the issuer &amp;by:</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../forms/decision_dialog.ui" line="+14"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Decision &amp;number:</source>
        <translation>Decision &amp;number:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. 125/QĐ-UBDT</source>
        <translation>e.g. 125/QĐ-UBDT</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Decision &amp;date:</source>
        <translation>Decision &amp;date:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The scores of this year are not locked yet: the ranking behind this award can still change. Lock them on the Scores page first, or say why the approval is recorded now (for example the issuer&apos;s deadline). The reason is kept with the approval and shown with it.</source>
        <translation>The scores of this year are not locked yet: the ranking behind this award can still change. Lock them on the Scores page first, or say why the approval is recorded now (for example the issuer&apos;s deadline). The reason is kept with the approval and shown with it.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. the issuer&apos;s council meets before the scores can be locked</source>
        <translation>e.g. the issuer&apos;s council meets before the scores can be locked</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/proposal.py" line="+178"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The issuer approved: %1 — %2. Enter its decision.</source>
        <translation>The issuer approved: %1 — %2. Enter its decision.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not awarded</source>
        <translation>Not awarded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The issuer did not grant: %1 — %2. Enter its decision if there is one.</source>
        <translation>The issuer did not grant: %1 — %2. Enter its decision if there is one.</translation>
    </message>
</context>
<context>
    <name>DecisionPlanModel</name>
    <message>
        <location filename="../../emudesk/ui/models/decision_plan.py" line="+70"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nominee</source>
        <translation>Nominee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Award asked</source>
        <translation>Award asked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason not approved</source>
        <translation>Reason not approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register number</source>
        <translation>Register number</translation>
    </message>
</context>
<context>
    <name>DecisionTableModel</name>
    <message>
        <location filename="../../emudesk/ui/models/issuing.py" line="-48"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signer</source>
        <translation>Signer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
</context>
<context>
    <name>DecisionsPage</name>
    <message>
        <location filename="../../forms/decisions_page.ui" line="+23"/>
        <location filename="../../emudesk/ui/pages/__init__.py" line="+4"/>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The issuer&apos;s decisions on the clusters&apos; proposals. Write a decision as Word or PDF (the decision and its annex), or as the package that brings the outcome and the register numbers back to the cluster heads. Record a decision on the year&apos;s proposals once the council has voted: the register numbers it takes are shown before anything is written.</source>
        <translation>The issuer&apos;s decisions on the clusters&apos; proposals. Write a decision as Word or PDF (the decision and its annex), or as the package that brings the outcome and the register numbers back to the cluster heads. Record a decision on the year&apos;s proposals once the council has voted: the register numbers it takes are shown before anything is written.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Issuer:</source>
        <translation>&amp;Issuer:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Record a decision…</source>
        <translation>&amp;Record a decision…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Write the decision…</source>
        <translation>&amp;Write the decision…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write the &amp;package…</source>
        <translation>Write the &amp;package…</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/pages/decisions.py" line="+59"/>
        <source>No decision yet: record one with Record a decision… once the council has voted.</source>
        <translation>No decision yet: record one with Record a decision… once the council has voted.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No decision yet: first receive a cluster&apos;s submission package (Issuer&apos;s board); once the council has voted on its nominees, record the decision here.</source>
        <translation>No decision yet: first receive a cluster&apos;s submission package (Issuer&apos;s board); once the council has voted on its nominees, record the decision here.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Write the decision</source>
        <translation>Write the decision</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word documents (*.docx);;PDF files (*.pdf)</source>
        <translation>Word documents (*.docx);;PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Write the decision package</source>
        <translation>Write the decision package</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>emudesk packages (*.zip);;All files (*)</source>
        <translation>emudesk packages (*.zip);;All files (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing was written</source>
        <translation>Nothing was written</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written</source>
        <translation>Written</translation>
    </message>
</context>
<context>
    <name>Delegates</name>
    <message>
        <location filename="../../emudesk/ui/delegates.py" line="+141"/>
        <source>The points cannot be negative.</source>
        <translation>The points cannot be negative.</translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <location filename="../../forms/dossier_dialog.ui" line="+14"/>
        <source>Dossier of the proposal</source>
        <translation>Dossier of the proposal</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Attach the paper…</source>
        <translation>&amp;Attach the paper…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/dossier.py" line="+113"/>
        <source>PDF, JPEG or PNG (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>PDF, JPEG or PNG (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
</context>
<context>
    <name>DossierPage</name>
    <message>
        <location filename="../../forms/dossier_page.ui" line="+30"/>
        <location filename="../../emudesk/ui/pages/__init__.py" line="-12"/>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The papers the head sends with the year&apos;s proposals: the submission, the conference&apos;s minutes and an achievement report per proposed collective, in the state&apos;s form. Offices finish them in Word or LibreOffice Writer.</source>
        <translation>The papers the head sends with the year&apos;s proposals: the submission, the conference&apos;s minutes and an achievement report per proposed collective, in the state&apos;s form. Offices finish them in Word or LibreOffice Writer.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Number and date of the selected paper</source>
        <translation>Number and date of the selected paper</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Dated:</source>
        <translation>&amp;Dated:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Number:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The office&apos;s number for this paper in its date&apos;s year; empty: written by hand</source>
        <translation>The office&apos;s number for this paper in its date&apos;s year; empty: written by hand</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Take the office&apos;s next free number of the paper&apos;s year</source>
        <translation>Take the office&apos;s next free number of the paper&apos;s year</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ne&amp;xt free number</source>
        <translation>Ne&amp;xt free number</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Keep the date and number</source>
        <translation>&amp;Keep the date and number</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Write the selected paper as a Word document and open it in Word or LibreOffice Writer</source>
        <translation>Write the selected paper as a Word document and open it in Word or LibreOffice Writer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open in Word/Writer</source>
        <translation>&amp;Open in Word/Writer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write every paper of the dossier to a folder</source>
        <translation>Write every paper of the dossier to a folder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Write the dossier…</source>
        <translation>&amp;Write the dossier…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change the wording of the cluster&apos;s papers; the change is kept with the cluster</source>
        <translation>Change the wording of the cluster&apos;s papers; the change is kept with the cluster</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wordin&amp;g…</source>
        <translation>Wordin&amp;g…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fo&amp;rmat:</source>
        <translation>Fo&amp;rmat:</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/pages/dossier.py" line="+66"/>
        <source>Word documents and PDF</source>
        <translation>Word documents and PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word documents (.docx)</source>
        <translation>Word documents (.docx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Tick Date and enter the paper&apos;s date first: its number belongs to that year&apos;s series.</source>
        <translation>Tick Date and enter the paper&apos;s date first: its number belongs to that year&apos;s series.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No paper yet: the dossier needs the conference&apos;s votes on proposals.</source>
        <translation>No paper yet: the dossier needs the conference&apos;s votes on proposals.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>A number is written in digits.</source>
        <translation>A number is written in digits.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No word processor</source>
        <translation>No word processor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The paper is written to %1 but no program opens Word documents here; install LibreOffice Writer or Word.</source>
        <translation>The paper is written to %1 but no program opens Word documents here; install LibreOffice Writer or Word.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Opened %1; save it under a name of your own there.</source>
        <translation>Opened %1; save it under a name of your own there.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write the dossier to</source>
        <translation>Write the dossier to</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 file(s) of the dossier written to %2.</source>
        <translation>%1 file(s) of the dossier written to %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dossier written</source>
        <translation>Dossier written</translation>
    </message>
</context>
<context>
    <name>DossierTableModel</name>
    <message>
        <location filename="../../emudesk/ui/models/dossier.py" line="+17"/>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Submission</source>
        <translation>Submission</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes of the conference</source>
        <translation>Minutes of the conference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Achievement report: %1</source>
        <translation>Achievement report: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(the unit&apos;s own)</source>
        <translation>(the unit&apos;s own)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>by hand</source>
        <translation>by hand</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../forms/event_dialog.ui" line="+35"/>
        <source>New &amp;official name:</source>
        <translation>New &amp;official name:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Short name:</source>
        <translation>&amp;Short name:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Signer&apos;s &amp;title:</source>
        <translation>Signer&apos;s &amp;title:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. Bộ trưởng Bộ Dân tộc và Tôn giáo</source>
        <translation>e.g. Bộ trưởng Bộ Dân tộc và Tôn giáo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Cluster:</source>
        <translation>&amp;Cluster:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Main successor:</source>
        <translation>&amp;Main successor:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Other parts:</source>
        <translation>&amp;Other parts:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Effective on:</source>
        <translation>&amp;Effective on:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Decision &amp;number:</source>
        <translation>Decision &amp;number:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. 202/2025/QH15</source>
        <translation>e.g. 202/2025/QH15</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Decision &amp;dated:</source>
        <translation>Decision &amp;dated:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Preview of what changes:</source>
        <translation>&amp;Preview of what changes:</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/event.py" line="+133"/>
        <source>Rename a unit on a date</source>
        <translation>Rename a unit on a date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename the issuer on a date</source>
        <translation>Rename the issuer on a date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split a unit</source>
        <translation>Split a unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A unit joins a cluster</source>
        <translation>A unit joins a cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A unit leaves a cluster</source>
        <translation>A unit leaves a cluster</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Papers, lists and workbooks dated before the effective day keep the old name; those dated from it show the new one.</source>
        <translation>Papers, lists and workbooks dated before the effective day keep the old name; those dated from it show the new one.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Papers and certificates dated before the effective day keep the old name and signer&apos;s title (a 2024 paper still prints the old name); later ones the new.</source>
        <translation>Papers and certificates dated before the effective day keep the old name and signer&apos;s title (a 2024 paper still prints the old name); later ones the new.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The unit ends on the effective day. The main successor takes its data of that year, as in a merger (scores cannot be divided); every part joins the clusters it belonged to.</source>
        <translation>The unit ends on the effective day. The main successor takes its data of that year, as in a merger (scores cannot be divided); every part joins the clusters it belonged to.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The unit is a member from the effective day, in that year and the years opened after it.</source>
        <translation>The unit is a member from the effective day, in that year and the years opened after it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The unit is no longer a member from the effective day; its scores stay on record and the year ranks the units that are members at its end.</source>
        <translation>The unit is no longer a member from the effective day; its scores stay on record and the year ranks the units that are members at its end.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Issuer: %1</source>
        <translation>Issuer: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unit: %1 (%2)</source>
        <translation>Unit: %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the unit that takes its data</source>
        <translation>Choose the unit that takes its data</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Choose the main successor and at least one other part.</source>
        <translation>Choose the main successor and at least one other part.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record this event, effective on %1?

%2</source>
        <translation>Record this event, effective on %1?

%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
</context>
<context>
    <name>EventPreview</name>
    <message>
        <location filename="../../emudesk/ui/dialogs/event_preview.py" line="+20"/>
        <source>always</source>
        <translation>always</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (new)</source>
        <translation> (new)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot be recorded yet: %1</source>
        <translation>Cannot be recorded yet: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Names shown on each date:</source>
        <translation>Names shown on each date:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Memberships that change:</source>
        <translation>Memberships that change:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  %1: %2 joins</source>
        <translation>  %1: %2 joins</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  %1: %2 leaves</source>
        <translation>  %1: %2 leaves</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Heads and deputies that change:</source>
        <translation>Heads and deputies that change:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  %1 head: %2 → %3</source>
        <translation>  %1 head: %2 → %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  %1 deputy: %2 → %3</source>
        <translation>  %1 deputy: %2 → %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lists and year-end papers that change:</source>
        <translation>Lists and year-end papers that change:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Earlier papers keep their names: %1.</source>
        <translation>Earlier papers keep their names: %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing on record changes (the event is kept for later years).</source>
        <translation>Nothing on record changes (the event is kept for later years).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>  %1: now listed as “%2”</source>
        <translation>  %1: now listed as “%2”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  %1: “%2” no longer listed</source>
        <translation>  %1: “%2” no longer listed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  %1: “%2” → “%3”</source>
        <translation>  %1: “%2” → “%3”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No year in progress holds data of this unit to move.</source>
        <translation>No year in progress holds data of this unit to move.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Years whose data passes to the main successor: %1</source>
        <translation>Years whose data passes to the main successor: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scores: %1 move, %2 dropped (peer scores between the two), %3 rows both scored.</source>
        <translation>Scores: %1 move, %2 dropped (peer scores between the two), %3 rows both scored.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Explanations: %1; commitment signatures: %2; proposals: %3.</source>
        <translation>Explanations: %1; commitment signatures: %2; proposals: %3.</translation>
    </message>
</context>
<context>
    <name>ExclusionTableModel</name>
    <message>
        <location filename="../../emudesk/ui/models/member_values.py" line="+54"/>
        <source>Member unit</source>
        <translation>Member unit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excluded because</source>
        <translation>Excluded because</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ExclusionsDialog</name>
    <message>
        <location filename="../../forms/exclusions_dialog.ui" line="+14"/>
        <source>Exclusions from awards</source>
        <translation>Exclusions from awards</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A unit under disciplinary review, inspection or an unresolved complaint receives no award this year; the suggestions pass it over and say why. Double-click a cell to change it.</source>
        <translation>A unit under disciplinary review, inspection or an unresolved complaint receives no award this year; the suggestions pass it over and say why. Double-click a cell to change it.</translation>
    </message>
</context>
<context>
    <name>ExplanationListModel</name>
    <message>
        <location filename="../../emudesk/ui/models/explanations.py" line="+41"/>
        <source>✔ Settles the question</source>
        <translation>✔ Settles the question</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Written at %1</source>
        <translation>Written at %1</translation>
    </message>
</context>
<context>
    <name>ExplanationsDialog</name>
    <message>
        <location filename="../../forms/explanations_dialog.ui" line="+14"/>
        <source>Explanations</source>
        <translation>Explanations</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The unit that explains (or the cluster head who asks)</source>
        <translation>The unit that explains (or the cluster head who asks)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Message:</source>
        <translation>&amp;Message:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What was done, and which evidence shows it</source>
        <translation>What was done, and which evidence shows it</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This message &amp;settles the question</source>
        <translation>This message &amp;settles the question</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Record the message (Ctrl+Enter)</source>
        <translation>Record the message (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add to the thread</source>
        <translation>&amp;Add to the thread</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/explanations.py" line="+54"/>
        <source>%1 — criterion %2: %3</source>
        <translation>%1 — criterion %2: %3</translation>
    </message>
</context>
<context>
    <name>ExportFormsDialog</name>
    <message>
        <location filename="../../forms/export_forms_dialog.ui" line="+14"/>
        <source>Export scoring forms</source>
        <translation>Export scoring forms</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One workbook per member unit: its self-score and its scores of the other members, with instructions. Units fill it in Excel or LibreOffice and send it back; import the returns with File › Import.</source>
        <translation>One workbook per member unit: its self-score and its scores of the other members, with instructions. Units fill it in Excel or LibreOffice and send it back; import the returns with File › Import.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cluster and &amp;year:</source>
        <translation>Cluster and &amp;year:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Deadline:</source>
        <translation>&amp;Deadline:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Returns go &amp;to (e-mail):</source>
        <translation>Returns go &amp;to (e-mail):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the head unit&apos;s e-mail address</source>
        <translation>the head unit&apos;s e-mail address</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/export_forms.py" line="+42"/>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder for the scoring forms</source>
        <translation>Folder for the scoring forms</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a cluster and year.</source>
        <translation>Choose a cluster and year.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the folder to write the forms into.</source>
        <translation>Choose the folder to write the forms into.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Scoring forms written</source>
        <translation>Scoring forms written</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 workbook(s) written to %2.</source>
        <translation>%1 workbook(s) written to %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the folder</source>
        <translation>Open the folder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>FieldsModel</name>
    <message>
        <location filename="../../emudesk/ui/dialogs/template_editor.py" line="+86"/>
        <source>Field</source>
        <translation>Field</translation>
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
        <translation>Width</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height</source>
        <translation>Height</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size (pt)</source>
        <translation>Size (pt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smallest</source>
        <translation>Smallest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alignment</source>
        <translation>Alignment</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1: type a whole number, such as 2.</source>
        <translation>%1: type a whole number, such as 2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: type a number, such as 30,5.</source>
        <translation>%1: type a number, such as 30,5.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../forms/first_run_dialog.ui" line="+14"/>
        <source>Welcome to emudesk</source>
        <translation>Welcome to emudesk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>emudesk keeps the emulation cluster&apos;s year: commitments, scoring, ranking, conferences, award proposals and certificates. Three choices and you can start; all of them can be changed later in Settings.</source>
        <translation>emudesk keeps the emulation cluster&apos;s year: commitments, scoring, ranking, conferences, award proposals and certificates. Three choices and you can start; all of them can be changed later in Settings.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your office in the cluster</source>
        <translation>Your office in the cluster</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cluster &amp;head (or deputy): we send the scoring forms, import the returns, rank, and print</source>
        <translation>Cluster &amp;head (or deputy): we send the scoring forms, import the returns, rank, and print</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Member unit: we fill in the scoring form the cluster head sends us</source>
        <translation>&amp;Member unit: we fill in the scoring form the cluster head sends us</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Issuer&apos;s emulation office: we receive the clusters&apos; proposals, decide, number and print</source>
        <translation>&amp;Issuer&apos;s emulation office: we receive the clusters&apos; proposals, decide, number and print</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Start with</source>
        <translation>Start with</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A &amp;new, empty database</source>
        <translation>A &amp;new, empty database</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An &amp;existing database file (from a colleague or an earlier installation)</source>
        <translation>An &amp;existing database file (from a colleague or an earlier installation)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Or the address of the cluster&apos;s shared PostgreSQL server: postgresql+psycopg://user@server/emudesk</source>
        <translation>Or the address of the cluster&apos;s shared PostgreSQL server: postgresql+psycopg://user@server/emudesk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The &amp;demo: two real clusters with a year of sample scores, to try the program</source>
        <translation>The &amp;demo: two real clusters with a year of sample scores, to try the program</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open a received scoring form as &amp;soon as the program starts</source>
        <translation>Open a received scoring form as &amp;soon as the program starts</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/first_run.py" line="+138"/>
        <source>A member unit needs no copy of the cluster&apos;s data to fill in a scoring form: the form the head sends carries its table. The database keeps your own records; File › Fill in a received scoring form works at any time.</source>
        <translation>A member unit needs no copy of the cluster&apos;s data to fill in a scoring form: the form the head sends carries its table. The database keeps your own records; File › Fill in a received scoring form works at any time.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The issuer&apos;s office starts from an empty database: import each cluster&apos;s submission package (emudesk submission import), set the register&apos;s format, then follow the year on the Issuer&apos;s board page.</source>
        <translation>The issuer&apos;s office starts from an empty database: import each cluster&apos;s submission package (emudesk submission import), set the register&apos;s format, then follow the year on the Issuer&apos;s board page.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The demo is a separate file: your own database stays empty until you choose it in Settings.</source>
        <translation>The demo is a separate file: your own database stays empty until you choose it in Settings.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next: add your cluster and its member units on the Clusters page, then open the year and enter its scoring table.</source>
        <translation>Next: add your cluster and its member units on the Clusters page, then open the year and enter its scoring table.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>emudesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>emudesk databases (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a database</source>
        <translation>Open a database</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create the database</source>
        <translation>Create the database</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Name the database file, or choose one with Browse….</source>
        <translation>Name the database file, or choose one with Browse….</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no file %1.</source>
        <translation>There is no file %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 exists already: choose “An existing database file” to open it, or another name for the new one.</source>
        <translation>%1 exists already: choose “An existing database file” to open it, or another name for the new one.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Cannot write the demo database: %1</source>
        <translation>Cannot write the demo database: %1</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../emudesk/ui/formatting.py" line="+53"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ministry</source>
        <translation>Ministry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ministry-level committee</source>
        <translation>Ministry-level committee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provincial People&apos;s Committee</source>
        <translation>Provincial People&apos;s Committee</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elected by the members</source>
        <translation>Elected by the members</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In rotation</source>
        <translation>In rotation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointed by the issuer</source>
        <translation>Appointed by the issuer</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../forms/guide_dialog.ui" line="+14"/>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Section:</source>
        <translation>&amp;Section:</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/guide.py" line="+109"/>
        <source>The user guide is missing from this installation: %1</source>
        <translation>The user guide is missing from this installation: %1</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <location filename="../../emudesk/ui/handover_actions.py" line="+30"/>
        <source>Hand over a cluster</source>
        <translation>Hand over a cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster:</source>
        <translation>Cluster:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Handover file</source>
        <translation>Handover file</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+79"/>
        <source>emudesk handover files (*.emudesk);;All files (*)</source>
        <translation>emudesk handover files (*.emudesk);;All files (*)</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Writing the handover file…</source>
        <translation>Writing the handover file…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The handover file was not written</source>
        <translation>The handover file was not written</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Handover file written</source>
        <translation>Handover file written</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 record(s) written to %3. Give this file to the next head unit.</source>
        <translation>%1: %2 record(s) written to %3. Give this file to the next head unit.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Receive a handover file</source>
        <translation>Receive a handover file</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reading the handover file…</source>
        <translation>Reading the handover file…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The handover file cannot be used</source>
        <translation>The handover file cannot be used</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing to merge</source>
        <translation>Nothing to merge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: no changes.</source>
        <translation>%1: no changes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 new record(s), %3 unchanged, %4 record(s) differ from this database.</source>
        <translation>%1: %2 new record(s), %3 unchanged, %4 record(s) differ from this database.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Of the file&apos;s %1 record(s): %2 new, %3 unchanged, %4 differing, %5 history entries to add, %6 already here.</source>
        <translation>Of the file&apos;s %1 record(s): %2 new, %3 unchanged, %4 differing, %5 history entries to add, %6 already here.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Signature: %1.</source>
        <translation>Signature: %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Receive the handover</source>
        <translation>Receive the handover</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Merging the handover file…</source>
        <translation>Merging the handover file…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was merged</source>
        <translation>Nothing was merged</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Handover received</source>
        <translation>Handover received</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 merged: %2 new record(s).</source>
        <translation>%1 merged: %2 new record(s).</translation>
    </message>
</context>
<context>
    <name>HandoverConflictsDialog</name>
    <message>
        <location filename="../../forms/handover_conflicts_dialog.ui" line="+14"/>
        <source>Receive the handover</source>
        <translation>Receive the handover</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>These records differ between this database and the file. Tick the ones to take from the file; the others keep this database&apos;s version. Shared records (issuers, units, persons) are never changed by a handover.</source>
        <translation>These records differ between this database and the file. Tick the ones to take from the file; the others keep this database&apos;s version. Shared records (issuers, units, persons) are never changed by a handover.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Take the file&apos;s</source>
        <translation>Take the file&apos;s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This database</source>
        <translation>This database</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file</source>
        <translation>The file</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Take the file&apos;s for all</source>
        <translation>Take the file&apos;s for all</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep this database&apos;s for all</source>
        <translation>Keep this database&apos;s for all</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/handover_conflicts.py" line="+48"/>
        <source>A shared record: a handover file never changes it.</source>
        <translation>A shared record: a handover file never changes it.</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../forms/history_page.ui" line="+23"/>
        <location filename="../../emudesk/ui/pages/__init__.py" line="+16"/>
        <source>Award history</source>
        <translation>Award history</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The awards a unit, a collective or a person received, across years, clusters and the unit&apos;s former names. Type part of a name: marks and case do not matter (&quot;phu yen&quot;).</source>
        <translation>The awards a unit, a collective or a person received, across years, clusters and the unit&apos;s former names. Type part of a name: marks and case do not matter (&quot;phu yen&quot;).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name of a unit or person, or a unit&apos;s code</source>
        <translation>Name of a unit or person, or a unit&apos;s code</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Awards decided before emudesk, from the template of past decisions (Excel)</source>
        <translation>Awards decided before emudesk, from the template of past decisions (Excel)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import past decisions…</source>
        <translation>&amp;Import past decisions…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the workbook to type past decisions into, with the award catalogue</source>
        <translation>Save the workbook to type past decisions into, with the award catalogue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the &amp;template…</source>
        <translation>Save the &amp;template…</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/pages/history.py" line="+52"/>
        <source>%1 award(s)</source>
        <translation>%1 award(s)</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <location filename="../../emudesk/ui/models/issuing.py" line="-35"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Award</source>
        <translation>Award</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register number</source>
        <translation>Register number</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../forms/import_dialog.ui" line="+14"/>
        <source>Import returned scoring forms</source>
        <translation>Import returned scoring forms</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add the workbooks the member units sent back, or the e-mails that carry them (.eml, Thunderbird .mbox, Outlook .msg), or drop them here. Each file is checked and its changes are shown; nothing is stored until you press Import.</source>
        <translation>Add the workbooks the member units sent back, or the e-mails that carry them (.eml, Thunderbird .mbox, Outlook .msg), or drop them here. Each file is checked and its changes are shown; nothing is stored until you press Import.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Add files…</source>
        <translation>&amp;Add files…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remove from the list</source>
        <translation>&amp;Remove from the list</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Match returns of an older table version by criterion code</source>
        <translation>&amp;Match returns of an older table version by criterion code</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose a file to see what is wrong with it or what it would change.</source>
        <translation>Choose a file to see what is wrong with it or what it would change.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Stop checking</source>
        <translation>&amp;Stop checking</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>All files together: &amp;nothing is stored if one is refused</source>
        <translation>All files together: &amp;nothing is stored if one is refused</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>File by file: store the &amp;good files, leave the refused ones</source>
        <translation>File by file: store the &amp;good files, leave the refused ones</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/import_returns.py" line="+87"/>
        <location line="+48"/>
        <source>Add the returned files to check them.</source>
        <translation>Add the returned files to check them.</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Returned scoring forms</source>
        <translation>Returned scoring forms</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Returns (*.xlsx *.eml *.mbox *.msg);;Excel workbooks (*.xlsx);;Saved e-mails (*.eml *.mbox *.msg);;All files (*)</source>
        <translation>Returns (*.xlsx *.eml *.mbox *.msg);;Excel workbooks (*.xlsx);;Saved e-mails (*.eml *.mbox *.msg);;All files (*)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Checking %1 file(s)…</source>
        <translation>Checking %1 file(s)…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 file(s): %2 ready, %3 without changes, %4 refused, %5 duplicate(s).</source>
        <translation>%1 file(s): %2 ready, %3 without changes, %4 refused, %5 duplicate(s).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Match older table versions</source>
        <translation>Match older table versions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A return made from an older version of the scoring table will be read row by row using the criterion codes. Rows whose code no longer exists, or whose maximum changed, are reported and not imported. Match them?</source>
        <translation>A return made from an older version of the scoring table will be read row by row using the criterion codes. Rows whose code no longer exists, or whose maximum changed, are reported and not imported. Match them?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Match by code</source>
        <translation>Match by code</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+91"/>
        <source>Nothing imported</source>
        <translation>Nothing imported</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>%1 file(s) are refused, so nothing was imported. Correct them or remove them from the list, or choose to import file by file.</source>
        <translation>%1 file(s) are refused, so nothing was imported. Correct them or remove them from the list, or choose to import file by file.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import the scores</source>
        <translation>Import the scores</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Store %1 new or changed score(s) from %2 file(s)? A backup of the database is made first.</source>
        <translation>Store %1 new or changed score(s) from %2 file(s)? A backup of the database is made first.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Storing the scores of %1 file(s)…</source>
        <translation>Storing the scores of %1 file(s)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2 score(s) stored.</source>
        <translation>%1: %2 score(s) stored.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backup made before the import: %1</source>
        <translation>Backup made before the import: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partly imported</source>
        <translation>Partly imported</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 file(s) imported.</source>
        <translation>%1 file(s) imported.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No changes to store.</source>
        <translation>No changes to store.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Checking stopped. Nothing was imported.</source>
        <translation>Checking stopped. Nothing was imported.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>ImportFilesModel</name>
    <message>
        <location filename="../../emudesk/ui/models/import_files.py" line="+94"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Form of</source>
        <translation>Form of</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 new, %2 changed, %3 unchanged</source>
        <translation>%1 new, %2 changed, %3 unchanged</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same file twice: skipped</source>
        <translation>Same file twice: skipped</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No changes</source>
        <translation>No changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No workbook in the e-mail</source>
        <translation>No workbook in the e-mail</translation>
    </message>
</context>
<context>
    <name>IssuerDialog</name>
    <message>
        <location filename="../../forms/issuer_dialog.ui" line="+14"/>
        <source>Issuer</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. Bộ Văn hóa, Thể thao và Du lịch</source>
        <translation>e.g. Bộ Văn hóa, Thể thao và Du lịch</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Short name:</source>
        <translation>&amp;Short name:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. Bộ VHTTDL</source>
        <translation>e.g. Bộ VHTTDL</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Si&amp;gner&apos;s title:</source>
        <translation>Si&amp;gner&apos;s title:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The title printed above the signature on certificates</source>
        <translation>The title printed above the signature on certificates</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. BỘ TRƯỞNG BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH</source>
        <translation>e.g. BỘ TRƯỞNG BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/issuer.py" line="+39"/>
        <source>Add an issuer</source>
        <translation>Add an issuer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the issuer</source>
        <translation>Edit the issuer</translation>
    </message>
</context>
<context>
    <name>IssuerTableModel</name>
    <message>
        <location filename="../../emudesk/ui/models/issuers.py" line="+18"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signer&apos;s title</source>
        <translation>Signer&apos;s title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clusters</source>
        <translation>Clusters</translation>
    </message>
</context>
<context>
    <name>IssuersPage</name>
    <message>
        <location filename="../../forms/issuers_page.ui" line="+23"/>
        <location filename="../../emudesk/ui/pages/__init__.py" line="-56"/>
        <source>Issuers</source>
        <translation>Issuers</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The ministries, committees and provinces that form clusters and grant awards.</source>
        <translation>The ministries, committees and provinces that form clusters and grant awards.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add an issuing body (Ins)</source>
        <translation>Add an issuing body (Ins)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add issuer…</source>
        <translation>&amp;Add issuer…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change the selected issuer (F2 or double-click)</source>
        <translation>Change the selected issuer (F2 or double-click)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give the issuer a new name from a date on, with its decision; papers dated earlier keep the old name</source>
        <translation>Give the issuer a new name from a date on, with its decision; papers dated earlier keep the old name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rena&amp;me on a date…</source>
        <translation>Rena&amp;me on a date…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove the selected issuer (only when no cluster belongs to it; Del)</source>
        <translation>Remove the selected issuer (only when no cluster belongs to it; Del)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Award catalogue of the selected issuer</source>
        <translation>Award catalogue of the selected issuer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The awards its clusters propose, named as its papers name them, each valid between two dates: what it is made into, who signs, the legal basis, the money, the quota per cluster and the vote it needs.</source>
        <translation>The awards its clusters propose, named as its papers name them, each valid between two dates: what it is made into, who signs, the legal basis, the money, the quota per cluster and the vote it needs.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add an award to the selected issuer&apos;s catalogue</source>
        <translation>Add an award to the selected issuer&apos;s catalogue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a&amp;ward…</source>
        <translation>Add a&amp;ward…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change the selected award (or double-click it)</source>
        <translation>Change the selected award (or double-click it)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change awar&amp;d…</source>
        <translation>Change awar&amp;d…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove the selected award (only when no proposal asks for it)</source>
        <translation>Remove the selected award (only when no proposal asks for it)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De&amp;lete award</source>
        <translation>De&amp;lete award</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move the selected award up: papers list the awards in this order</source>
        <translation>Move the selected award up: papers list the awards in this order</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Up</source>
        <translation>&amp;Up</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move the selected award down</source>
        <translation>Move the selected award down</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dow&amp;n</source>
        <translation>Dow&amp;n</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/pages/issuers.py" line="+133"/>
        <source>Remove “%1” from the catalogue?</source>
        <translation>Remove “%1” from the catalogue?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove an award</source>
        <translation>Remove an award</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Remove the issuer “%1”?</source>
        <translation>Remove the issuer “%1”?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove an issuer</source>
        <translation>Remove an issuer</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+56"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message>
        <location filename="../../emudesk/ui/pages/commitment.py" line="-283"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit of measure</source>
        <translation>Unit of measure</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../emudesk/ui/labels.py" line="+24"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass / fail</source>
        <translation>Pass / fail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per occurrence</source>
        <translation>Per occurrence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Against a target</source>
        <translation>Against a target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bonus</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deduction</source>
        <translation>Deduction</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Points from 0 to %1</source>
        <translation>Points from 0 to %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pass: %1; fail: 0</source>
        <translation>Pass: %1; fail: 0</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of times (%1 points each, at most %2)</source>
        <translation>Number of times (%1 points each, at most %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Result achieved (target: at most %1)</source>
        <translation>Result achieved (target: at most %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result achieved (target %1)</source>
        <translation>Result achieved (target %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bonus points, 0 to %1</source>
        <translation>Bonus points, 0 to %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points deducted (a positive number), 0 to %1</source>
        <translation>Points deducted (a positive number), 0 to %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Self-score</source>
        <translation>Self-score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peer score</source>
        <translation>Peer score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head&apos;s review</source>
        <translation>Head&apos;s review</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not scored</source>
        <translation>not scored</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>submitted</source>
        <translation>submitted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reviewed</source>
        <translation>reviewed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>locked</source>
        <translation>locked</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Head&apos;s review where given, else the mean of peer scores</source>
        <translation>Head&apos;s review where given, else the mean of peer scores</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mean of the peer scores</source>
        <translation>Mean of the peer scores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head&apos;s review only</source>
        <translation>Head&apos;s review only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-score only</source>
        <translation>Self-score only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean of the self-score and the peer scores</source>
        <translation>Mean of the self-score and the peer scores</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>keep the successor&apos;s value</source>
        <translation>keep the successor&apos;s value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>take the mean of both</source>
        <translation>take the mean of both</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ask the officer row by row</source>
        <translation>ask the officer row by row</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Higher score in a section</source>
        <translation>Higher score in a section</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fewer deduction points</source>
        <translation>Fewer deduction points</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More bonus points</source>
        <translation>More bonus points</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More votes</source>
        <translation>More votes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Better rank last year</source>
        <translation>Better rank last year</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Higher score in section %1</source>
        <translation>Higher score in section %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not excluded</source>
        <translation>Not excluded</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Under disciplinary review</source>
        <translation>Under disciplinary review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under inspection</source>
        <translation>Under inspection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unresolved complaint or denunciation</source>
        <translation>Unresolved complaint or denunciation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Emulation flag</source>
        <translation>Emulation flag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate of merit</source>
        <translation>Certificate of merit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voted</source>
        <translation>Voted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not awarded</source>
        <translation>Not awarded</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collective</source>
        <translation>Collective</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Emulation title</source>
        <translation>Emulation title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form of commendation</source>
        <translation>Form of commendation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Collectives</source>
        <translation>Collectives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Individuals</source>
        <translation>Individuals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collectives and individuals</source>
        <translation>Collectives and individuals</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Flag (made by the flag maker)</source>
        <translation>Flag (made by the flag maker)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to print</source>
        <translation>Nothing to print</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not suggested by the ranking</source>
        <translation>Not suggested by the ranking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The leading units (flag)</source>
        <translation>The leading units (flag)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The next units (certificate)</source>
        <translation>The next units (certificate)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>rounded down</source>
        <translation>rounded down</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rounded up</source>
        <translation>rounded up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rounded to the nearest</source>
        <translation>rounded to the nearest</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Submission</source>
        <translation>Submission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting minutes</source>
        <translation>Meeting minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Achievement report</source>
        <translation>Achievement report</translation>
    </message>
</context>
<context>
    <name>ListImportDialog</name>
    <message>
        <location filename="../../forms/list_import_dialog.ui" line="+35"/>
        <source>&amp;Workbook:</source>
        <translation>&amp;Workbook:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save an empty workbook with the right columns and an example, to fill in</source>
        <translation>Save an empty workbook with the right columns and an example, to fill in</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a &amp;template…</source>
        <translation>Save a &amp;template…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cluster and &amp;year:</source>
        <translation>Cluster and &amp;year:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New names valid &amp;from:</source>
        <translation>New names valid &amp;from:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The year from which the names of new units are used</source>
        <translation>The year from which the names of new units are used</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/list_import.py" line="+84"/>
        <source>Choose the workbook, or save a template to fill in first.</source>
        <translation>Choose the workbook, or save a template to fill in first.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import units from a workbook</source>
        <translation>Import units from a workbook</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A list of unit codes and official names (and, if you have them, short names, provinces, e-mail addresses, contact persons and phones) on its first sheet, under the template&apos;s headings, in any order. New codes are added; units already here get their contact details updated.</source>
        <translation>A list of unit codes and official names (and, if you have them, short names, provinces, e-mail addresses, contact persons and phones) on its first sheet, under the template&apos;s headings, in any order. New codes are added; units already here get their contact details updated.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import a scoring table from a workbook</source>
        <translation>Import a scoring table from a workbook</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A table of criteria with their codes, titles, kinds, maxima and the code of the section above each (and points per occurrence, targets and guidance where needed) on its first sheet, under the template&apos;s headings. Its rows are added at the end of the chosen year&apos;s scoring table.</source>
        <translation>A table of criteria with their codes, titles, kinds, maxima and the code of the section above each (and points per occurrence, targets and guidance where needed) on its first sheet, under the template&apos;s headings. Its rows are added at the end of the chosen year&apos;s scoring table.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Excel workbooks (*.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save a template</source>
        <translation>Save a template</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Template saved</source>
        <translation>Template saved</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The template is saved as %1. Fill in its first sheet (the second shows an example), save it, then choose it here.</source>
        <translation>The template is saved as %1. Fill in its first sheet (the second shows an example), save it, then choose it here.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Add a year to the cluster first: the table belongs to a year.</source>
        <translation>Add a year to the cluster first: the table belongs to a year.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Checking the workbook…</source>
        <translation>Checking the workbook…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 new, %2 changed, %3 unchanged, %4 refused.</source>
        <translation>%1 new, %2 changed, %3 unchanged, %4 refused.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correct the refused rows in the workbook, then choose it again.</source>
        <translation>Correct the refused rows in the workbook, then choose it again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to import.</source>
        <translation>Nothing to import.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Storing…</source>
        <translation>Storing…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 unit(s) added or updated.</source>
        <translation>%1 unit(s) added or updated.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 row(s) added to the scoring table.</source>
        <translation>%1 row(s) added to the scoring table.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
</context>
<context>
    <name>ListImportModel</name>
    <message>
        <location filename="../../emudesk/ui/models/list_import.py" line="+48"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On import</source>
        <translation>On import</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>updated</source>
        <translation>updated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../forms/main_window.ui" line="+63"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open re&amp;cent</source>
        <translation>Open re&amp;cent</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recent &amp;workbooks</source>
        <translation>Recent &amp;workbooks</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open another emudesk database file</source>
        <translation>Open another emudesk database file</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;New database…</source>
        <translation>&amp;New database…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create an empty database file and open it</source>
        <translation>Create an empty database file and open it</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Import returned scoring forms…</source>
        <translation>&amp;Import returned scoring forms…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the workbooks the member units sent back and store their scores (you can also drop the files on the window)</source>
        <translation>Check the workbooks the member units sent back and store their scores (you can also drop the files on the window)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Export scoring forms…</source>
        <translation>&amp;Export scoring forms…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write one scoring workbook per member unit, to send by e-mail</source>
        <translation>Write one scoring workbook per member unit, to send by e-mail</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Send the forms by e-mail…</source>
        <translation>&amp;Send the forms by e-mail…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write each member unit a ready e-mail with its form attached, as drafts or through the office&apos;s mail server</source>
        <translation>Write each member unit a ready e-mail with its form attached, as drafts or through the office&apos;s mail server</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Fill in a received scoring form…</source>
        <translation>&amp;Fill in a received scoring form…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As a member unit: open the form the head unit sent, score, and save the return to mail back</source>
        <translation>As a member unit: open the form the head unit sent, score, and save the return to mail back</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import &amp;units from a workbook…</source>
        <translation>Import &amp;units from a workbook…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the member units from an Excel list (a template to fill in is offered)</source>
        <translation>Add the member units from an Excel list (a template to fill in is offered)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import a scoring &amp;table from a workbook…</source>
        <translation>Import a scoring &amp;table from a workbook…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a year&apos;s criteria from an Excel table (a template to fill in is offered)</source>
        <translation>Add a year&apos;s criteria from an Excel table (a template to fill in is offered)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Hand over a cluster…</source>
        <translation>&amp;Hand over a cluster…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write every year of a cluster to one file for the next head&apos;s PC</source>
        <translation>Write every year of a cluster to one file for the next head&apos;s PC</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recei&amp;ve a handover file…</source>
        <translation>Recei&amp;ve a handover file…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merge a cluster handed over by the previous head into this database</source>
        <translation>Merge a cluster handed over by the previous head into this database</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Receive a &amp;package (submission, decision)…</source>
        <translation>Receive a &amp;package (submission, decision)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The issuer&apos;s office receives a cluster&apos;s submission package; a head receives the issuer&apos;s decision package</source>
        <translation>The issuer&apos;s office receives a cluster&apos;s submission package; a head receives the issuer&apos;s decision package</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Back up…</source>
        <translation>&amp;Back up…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a copy of the open database to a file</source>
        <translation>Write a copy of the open database to a file</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restore from a backup…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace the open database by a backup copy</source>
        <translation>Replace the open database by a backup copy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Clusters</source>
        <translation>&amp;Clusters</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the emulation clusters</source>
        <translation>Show the emulation clusters</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Units</source>
        <translation>&amp;Units</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the member units</source>
        <translation>Show the member units</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Issuers</source>
        <translation>&amp;Issuers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the issuing bodies</source>
        <translation>Show the issuing bodies</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Search…</source>
        <translation>&amp;Search…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Re&amp;load</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the database again (after a colleague changed it)</source>
        <translation>Read the database again (after a colleague changed it)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Verify a signed file…</source>
        <translation>&amp;Verify a signed file…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the digital signatures of a PDF or of a package (handover file)</source>
        <translation>Check the digital signatures of a PDF or of a package (handover file)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Check the database</source>
        <translation>&amp;Check the database</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Look for damage and inconsistencies in the database</source>
        <translation>Look for damage and inconsistencies in the database</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The guide to a whole year&apos;s work, at the section of the page you are on (F1)</source>
        <translation>The guide to a whole year&apos;s work, at the section of the page you are on (F1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;About emudesk</source>
        <translation>&amp;About emudesk</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/main_window.py" line="+218"/>
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 — form to fill in</source>
        <translation>%1 — form to fill in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — return to import</source>
        <translation>%1 — return to import</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Recent workbooks</source>
        <translation>Recent workbooks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is no longer there; it is taken off the list.</source>
        <translation>%1 is no longer there; it is taken off the list.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Open a received scoring form</source>
        <translation>Open a received scoring form</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Excel workbooks (*.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/action_state.py" line="+25"/>
        <source>There is no cluster yet: add one on the Clusters page first.</source>
        <translation>There is no cluster yet: add one on the Clusters page first.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No cluster has a year yet: add the cluster and its year on the Clusters page first.</source>
        <translation>No cluster has a year yet: add the cluster and its year on the Clusters page first.</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../forms/meeting_dialog.ui" line="+14"/>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Chaired by:</source>
        <translation>&amp;Chaired by:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. Ông Nguyễn Văn A, Trưởng Ban Dân tộc tỉnh Đắk Lắk</source>
        <translation>e.g. Ông Nguyễn Văn A, Trưởng Ban Dân tộc tỉnh Đắk Lắk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name and title, as the minutes print them (the name signs the minutes)</source>
        <translation>Name and title, as the minutes print them (the name signs the minutes)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Secretary:</source>
        <translation>&amp;Secretary:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. Bà Trần Thị B, Chuyên viên</source>
        <translation>e.g. Bà Trần Thị B, Chuyên viên</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Units that attended</source>
        <translation>Units that attended</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Agenda:</source>
        <translation>&amp;Agenda:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Resolutions:</source>
        <translation>&amp;Resolutions:</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <location filename="../../emudesk/ui/dialogs/meeting.py" line="+25"/>
        <source>Launch</source>
        <translation>Launch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mid-year review</source>
        <translation>Mid-year review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year-end conference</source>
        <translation>Year-end conference</translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <location filename="../../emudesk/ui/pages/meetings.py" line="+31"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units present</source>
        <translation>Units present</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../forms/meetings_page.ui" line="+37"/>
        <source>&amp;New meeting…</source>
        <translation>&amp;New meeting…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record a v&amp;ote…</source>
        <translation>Record a v&amp;ote…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Minutes…</source>
        <translation>&amp;Minutes…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/pages/__init__.py" line="+32"/>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/pages/meetings.py" line="+34"/>
        <source>Meetings — %1 — year %2</source>
        <translation>Meetings — %1 — year %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No meeting recorded for this year yet.</source>
        <translation>No meeting recorded for this year yet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Units present:</source>
        <translation>Units present:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agenda:</source>
        <translation>Agenda:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votes:</source>
        <translation>Votes:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolutions:</source>
        <translation>Resolutions:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head for next year</source>
        <translation>Head for next year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deputy for next year</source>
        <translation>Deputy for next year</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 — for %3, against %4, abstaining %5%6</source>
        <translation>%1: %2 — for %3, against %4, abstaining %5%6</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (unanimous)</source>
        <translation> (unanimous)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word document (*.docx);;PDF (*.pdf)</source>
        <translation>Word document (*.docx);;PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Remove the meeting</source>
        <translation>Remove the meeting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the meeting of %1 with its attendance and votes?</source>
        <translation>Remove the meeting of %1 with its attendance and votes?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>MemberFormDialog</name>
    <message>
        <location filename="../../forms/member_form_dialog.ui" line="+14"/>
        <source>Fill in a scoring form</source>
        <translation>Fill in a scoring form</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Type your own score in the Self-score column and your scores of the other members in their columns; empty cells are left unscored. Each value is checked as you type, as the head&apos;s import will check it.</source>
        <translation>Type your own score in the Self-score column and your scores of the other members in their columns; empty cells are left unscored. Each value is checked as you type, as the head&apos;s import will check it.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;Save the return…</source>
        <translation>&amp;Save the return…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Reply with the filled form…</source>
        <translation>&amp;Reply with the filled form…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write an e-mail to the head unit with the saved return attached, ready in the mail program</source>
        <translation>Write an e-mail to the head unit with the saved return attached, ready in the mail program</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/member_form.py" line="+55"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2, %3&lt;br&gt;Form of &lt;b&gt;%4&lt;/b&gt; (file %5)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2, %3&lt;br&gt;Form of &lt;b&gt;%4&lt;/b&gt; (file %5)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scoring form of %1</source>
        <translation>Scoring form of %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the return</source>
        <translation>Save the return</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The return was not saved</source>
        <translation>The return was not saved</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Return saved</source>
        <translation>Return saved</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved to %1. Send this file to the head unit; it can still be opened and changed in Excel or LibreOffice.</source>
        <translation>Saved to %1. Send this file to the head unit; it can still be opened and changed in Excel or LibreOffice.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The reply was not written</source>
        <translation>The reply was not written</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reply to the head unit</source>
        <translation>Reply to the head unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The form does not say the head unit&apos;s e-mail address; type it:</source>
        <translation>The form does not say the head unit&apos;s e-mail address; type it:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unsaved scores</source>
        <translation>Unsaved scores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scores you typed are not saved in a return yet. Close anyway?</source>
        <translation>The scores you typed are not saved in a return yet. Close anyway?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without saving</source>
        <translation>Close without saving</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot open the form</source>
        <translation>Cannot open the form</translation>
    </message>
</context>
<context>
    <name>MemberFormModel</name>
    <message>
        <location filename="../../emudesk/ui/models/member_form.py" line="+111"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Max.</source>
        <translation>Max.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How to score</source>
        <translation>How to score</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Self-score</source>
        <translation>Self-score</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The sum of the rows under this section (results are left out)</source>
        <translation>The sum of the rows under this section (results are left out)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Provisional total</source>
        <translation>Provisional total</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sections, plus bonus, minus deduction; results against a target are left out, since their points depend on every unit&apos;s result</source>
        <translation>Sections, plus bonus, minus deduction; results against a target are left out, since their points depend on every unit&apos;s result</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <location filename="../../emudesk/ui/models/years.py" line="+44"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in that year</source>
        <translation>Name in that year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Head</source>
        <translation>Head</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deputy</source>
        <translation>Deputy</translation>
    </message>
</context>
<context>
    <name>MergeUnitDialog</name>
    <message>
        <location filename="../../forms/merge_unit_dialog.ui" line="+14"/>
        <source>Merge a unit into another</source>
        <translation>Merge a unit into another</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Merged &amp;into:</source>
        <translation>Merged &amp;into:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Effective on:</source>
        <translation>&amp;Effective on:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Decision &amp;number:</source>
        <translation>Decision &amp;number:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. 202/2025/QH15</source>
        <translation>e.g. 202/2025/QH15</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Decision &amp;dated:</source>
        <translation>Decision &amp;dated:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Both scored a &amp;row:</source>
        <translation>Both scored a &amp;row:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Papers dated earlier keep the unit under its own name. Its scores, explanations, commitment signature and proposals of that year pass to the unit it merged into, and so do its memberships; a head or deputy role of that year is flagged on the year page until its successor is recorded.</source>
        <translation>Papers dated earlier keep the unit under its own name. Its scores, explanations, commitment signature and proposals of that year pass to the unit it merged into, and so do its memberships; a head or deputy role of that year is flagged on the year page until its successor is recorded.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Preview of what changes:</source>
        <translation>&amp;Preview of what changes:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Rows both scored: &amp;choose what to keep for each</source>
        <translation>Rows both scored: &amp;choose what to keep for each</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/merge_unit.py" line="+60"/>
        <location line="+137"/>
        <source>Choose the unit it merged into</source>
        <translation>Choose the unit it merged into</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Unit: %1 (%2)</source>
        <translation>Unit: %1 (%2)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>From %1 on, papers name “%2”.</source>
        <translation>From %1 on, papers name “%2”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No year in progress holds data of this unit to move.</source>
        <translation>No year in progress holds data of this unit to move.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Years concerned: %1</source>
        <translation>Years concerned: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scores that pass to the successor: %1; peer scores between the two, dropped: %2; rows both scored: %3.</source>
        <translation>Scores that pass to the successor: %1; peer scores between the two, dropped: %2; rows both scored: %3.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Explanations: %1; commitment signatures: %2 (the successor&apos;s own kept: %3); proposals: %4 (duplicates dropped: %5).</source>
        <translation>Explanations: %1; commitment signatures: %2 (the successor&apos;s own kept: %3); proposals: %4 (duplicates dropped: %5).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>  %1, row %2, %3 by %4: successor %5, absorbed %6</source>
        <translation>  %1, row %2, %3 by %4: successor %5, absorbed %6</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The scores of %1 are locked: unlock them first.</source>
        <translation>The scores of %1 are locked: unlock them first.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>People of the unit: %1.</source>
        <translation>People of the unit: %1.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Choose what to keep for each row both units scored (%1 left).</source>
        <translation>Choose what to keep for each row both units scored (%1 left).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Record that “%1” merged into “%2” on %3?

Its data of that year and its memberships pass to “%2”; papers dated earlier keep it under its own name.</source>
        <translation>Record that “%1” merged into “%2” on %3?

Its data of that year and its memberships pass to “%2”; papers dated earlier keep it under its own name.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Merge units</source>
        <translation>Merge units</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+122"/>
        <source>Choose the unit it merged into.</source>
        <translation>Choose the unit it merged into.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../emudesk/ui/messages.py" line="+65"/>
        <source>Not possible</source>
        <translation>Not possible</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <location line="+11"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>NavigationModel</name>
    <message>
        <location filename="../../emudesk/ui/navigation.py" line="+87"/>
        <source>Year %1</source>
        <translation>Year %1</translation>
    </message>
</context>
<context>
    <name>Packages</name>
    <message>
        <location filename="../../emudesk/ui/package_actions.py" line="+31"/>
        <source>Receive a package</source>
        <translation>Receive a package</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>emudesk packages (*.zip *.emudesk-package);;All files (*)</source>
        <translation>emudesk packages (*.zip *.emudesk-package);;All files (*)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is not a submission or decision package.</source>
        <translation>%1 is not a submission or decision package.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+19"/>
        <source>The package cannot be used</source>
        <translation>The package cannot be used</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Reading the package…</source>
        <translation>Reading the package…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing to import</source>
        <translation>Nothing to import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: no changes.</source>
        <translation>%1: no changes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 changes %2 record(s) of this database.</source>
        <translation>%1 changes %2 record(s) of this database.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signature: %1.</source>
        <translation>Signature: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Receive the package</source>
        <translation>Receive the package</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Importing the package…</source>
        <translation>Importing the package…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The package was not imported</source>
        <translation>The package was not imported</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Package imported</source>
        <translation>Package imported</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 change(s) imported.</source>
        <translation>%1: %2 change(s) imported.</translation>
    </message>
</context>
<context>
    <name>PapersModel</name>
    <message>
        <location filename="../../emudesk/ui/dialogs/dossier.py" line="-67"/>
        <source>Paper (ticked: ready)</source>
        <translation>Paper (ticked: ready)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attached file</source>
        <translation>Attached file</translation>
    </message>
</context>
<context>
    <name>PastImportDialog</name>
    <message>
        <location filename="../../forms/past_import_dialog.ui" line="+14"/>
        <location filename="../../emudesk/ui/dialogs/past_import.py" line="+252"/>
        <source>Import past decisions</source>
        <translation>Import past decisions</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Awards decided before emudesk, one row per recipient, typed into the template of past decisions. Every row is checked (the award in the catalogue, the unit by its name on the decision&apos;s date, the register number) and shown below before anything is stored; a row already here is left alone, or, if it corrects the register number, signer, position, achievement or note, shown with the old and new values for you to update it.</source>
        <translation>Awards decided before emudesk, one row per recipient, typed into the template of past decisions. Every row is checked (the award in the catalogue, the unit by its name on the decision&apos;s date, the register number) and shown below before anything is stored; a row already here is left alone, or, if it corrects the register number, signer, position, achievement or note, shown with the old and new values for you to update it.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Workbook:</source>
        <translation>&amp;Workbook:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Template &amp;for:</source>
        <translation>Template &amp;for:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The issuer whose award catalogue the template&apos;s drop-down offers</source>
        <translation>The issuer whose award catalogue the template&apos;s drop-down offers</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save an empty workbook with the columns, the catalogue&apos;s awards and the instructions, to fill in</source>
        <translation>Save an empty workbook with the columns, the catalogue&apos;s awards and the instructions, to fill in</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the &amp;template…</source>
        <translation>Save the &amp;template…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Show only the rows to &amp;correct</source>
        <translation>Show only the rows to &amp;correct</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/past_import.py" line="-211"/>
        <location line="+14"/>
        <source>Save the template</source>
        <translation>Save the template</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Template for:</source>
        <translation>Template for:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Template saved</source>
        <translation>Template saved</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The template is saved as %1. Type the past decisions into its sheet “Quyết định khen thưởng” (the first sheet says how), save it, then import it.</source>
        <translation>The template is saved as %1. Type the past decisions into its sheet “Quyết định khen thưởng” (the first sheet says how), save it, then import it.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Choose the filled-in workbook, or save the template to fill in first.</source>
        <translation>Choose the filled-in workbook, or save the template to fill in first.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Excel workbooks (*.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Checking the workbook…</source>
        <translation>Checking the workbook…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 row(s) to add, %2 already here, %3 to correct.</source>
        <translation>%1 row(s) to add, %2 already here, %3 to correct.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Correct the rows in red in the workbook, save it, then choose it again: nothing is imported while a row is wrong.</source>
        <translation>Correct the rows in red in the workbook, save it, then choose it again: nothing is imported while a row is wrong.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 row(s) differ from the past awards stored (old → new in the list): importing corrects them.</source>
        <translation>%1 row(s) differ from the past awards stored (old → new in the list): importing corrects them.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing to import.</source>
        <translation>Nothing to import.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Checking stopped. Nothing was imported.</source>
        <translation>Checking stopped. Nothing was imported.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing imported</source>
        <translation>Nothing imported</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Add %1 past award(s) of %2 to the award history? A backup of the database is made first.</source>
        <translation>Add %1 past award(s) of %2 to the award history? A backup of the database is made first.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add %1 past award(s) of %2 to the award history, and correct %3 already stored with the workbook&apos;s values (old → new in the list)? A backup of the database is made first.</source>
        <translation>Add %1 past award(s) of %2 to the award history, and correct %3 already stored with the workbook&apos;s values (old → new in the list)? A backup of the database is made first.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Storing the past decisions…</source>
        <translation>Storing the past decisions…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backup made before the import: %1</source>
        <translation>Backup made before the import: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 corrected.</source>
        <translation>%1 corrected.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1 past award(s) added to the award history; %2 were already here.</source>
        <translation>%1 past award(s) added to the award history; %2 were already here.</translation>
    </message>
</context>
<context>
    <name>PastImportModel</name>
    <message>
        <location filename="../../emudesk/ui/models/past_import.py" line="+52"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Award</source>
        <translation>Award</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register number</source>
        <translation>Register number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On import</source>
        <translation>On import</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>already here</source>
        <translation>already here</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>already here, corrected: %1</source>
        <translation>already here, corrected: %1</translation>
    </message>
</context>
<context>
    <name>PdfPrinting</name>
    <message>
        <location filename="../../emudesk/ui/pdf_printing.py" line="+50"/>
        <source>the file %1 cannot be read</source>
        <translation>the file %1 cannot be read</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the printer refused the job</source>
        <translation>the printer refused the job</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../forms/pin_dialog.ui" line="+14"/>
        <source>Token PIN</source>
        <translation>Token PIN</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The PIN goes to the token and is kept nowhere; tokens lock after a few wrong PINs.</source>
        <translation>The PIN goes to the token and is kept nowhere; tokens lock after a few wrong PINs.</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/pin.py" line="+31"/>
        <source>Sign with the token %1, key %2.</source>
        <translation>Sign with the token %1, key %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(its only key)</source>
        <translation>(its only key)</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <location filename="../../forms/proposal_dialog.ui" line="+14"/>
        <source>Award proposal</source>
        <translation>Award proposal</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Proposed for:</source>
        <translation>Proposed for:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the &amp;unit</source>
        <translation>the &amp;unit</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a co&amp;llective of the unit</source>
        <translation>a co&amp;llective of the unit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a &amp;person</source>
        <translation>a &amp;person</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>U&amp;nit:</source>
        <translation>U&amp;nit:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Collective:</source>
        <translation>&amp;Collective:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. Phòng Chính sách dân tộc</source>
        <translation>e.g. Phòng Chính sách dân tộc</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Honorific:</source>
        <translation>&amp;Honorific:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Po&amp;sition:</source>
        <translation>Po&amp;sition:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A&amp;ward:</source>
        <translation>A&amp;ward:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The award asked for, from the issuer&apos;s catalogue (edited on the Issuers page)</source>
        <translation>The award asked for, from the issuer&apos;s catalogue (edited on the Issuers page)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The achievement sentence the papers and the certificate print, in Vietnamese</source>
        <translation>The achievement sentence the papers and the certificate print, in Vietnamese</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Ông, Bà… as printed on the certificate</source>
        <translation>Ông, Bà… as printed on the certificate</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>e.g. Trưởng ban</source>
        <translation>e.g. Trưởng ban</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Achievements:</source>
        <translation>&amp;Achievements:</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/proposal.py" line="-98"/>
        <source>Add an award proposal</source>
        <translation>Add an award proposal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the award proposal</source>
        <translation>Edit the award proposal</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Choose the unit the proposal is for.</source>
        <translation>Choose the unit the proposal is for.</translation>
    </message>
</context>
<context>
    <name>ProposalTableModel</name>
    <message>
        <location filename="../../emudesk/ui/models/proposals.py" line="+28"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nominee</source>
        <translation>Nominee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Award</source>
        <translation>Award</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 (example)</source>
        <translation>%1 (example)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (scores not locked)</source>
        <translation>%1 (scores not locked)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Approved before the scores were locked, because: %1</source>
        <translation>Approved before the scores were locked, because: %1</translation>
    </message>
</context>
<context>
    <name>ProposalsPage</name>
    <message>
        <location filename="../../forms/proposals_page.ui" line="+42"/>
        <source>Propose a unit, a collective or a person (Ins)</source>
        <translation>Propose a unit, a collective or a person (Ins)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add proposal…</source>
        <translation>&amp;Add proposal…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change the selected proposal (F2 or double-click)</source>
        <translation>Change the selected proposal (F2 or double-click)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove the selected proposal; only drafts (Del)</source>
        <translation>Remove the selected proposal; only drafts (Del)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The papers sent with the selected proposal: submission, minutes, achievement report</source>
        <translation>The papers sent with the selected proposal: submission, minutes, achievement report</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Dossier…</source>
        <translation>&amp;Dossier…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Next step:</source>
        <translation>Next step:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The conference voted for this proposal</source>
        <translation>The conference voted for this proposal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>V&amp;oted</source>
        <translation>V&amp;oted</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The proposal was submitted to the issuer&apos;s council</source>
        <translation>The proposal was submitted to the issuer&apos;s council</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Submitted</source>
        <translation>&amp;Submitted</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The issuer approved it: enter the decision&apos;s number and date</source>
        <translation>The issuer approved it: enter the decision&apos;s number and date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;pproved…</source>
        <translation>A&amp;pproved…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The issuer did not grant the award</source>
        <translation>The issuer did not grant the award</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Not awarded…</source>
        <translation>&amp;Not awarded…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Return the proposal to its previous step</source>
        <translation>Return the proposal to its previous step</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step &amp;back</source>
        <translation>Step &amp;back</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Selected proposal</source>
        <translation>Selected proposal</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/pages/__init__.py" line="-12"/>
        <source>Award proposals</source>
        <translation>Award proposals</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/pages/proposals.py" line="+82"/>
        <source>Award proposals — %1 — year %2</source>
        <translation>Award proposals — %1 — year %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No proposals yet. Create them from the ranking&apos;s suggestions, or add one for a unit, a collective or a person.</source>
        <translation>No proposals yet. Create them from the ranking&apos;s suggestions, or add one for a unit, a collective or a person.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 proposals — %2</source>
        <translation>%1 proposals — %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Only a draft proposal can be removed; this one is past the vote (Step back returns it to its previous step).</source>
        <translation>Only a draft proposal can be removed; this one is past the vote (Step back returns it to its previous step).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose a proposal to see its details.</source>
        <translation>Choose a proposal to see its details.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Award: %1</source>
        <translation>Award: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Achievements: %1</source>
        <translation>Achievements: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approved before the scores were locked, because: %1</source>
        <translation>Approved before the scores were locked, because: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Remove the proposal “%1 — %2”?</source>
        <translation>Remove the proposal “%1 — %2”?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove a proposal</source>
        <translation>Remove a proposal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../emudesk/ui/qt_strings.py" line="+28"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Select All</source>
        <translation>&amp;Select All</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="-9"/>
        <source>Show Details...</source>
        <translation>Show Details...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>Hide Details...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-12"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+11"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Select All</source>
        <translation>&amp;Select All</translation>
    </message>
</context>
<context>
    <name>RankingChart</name>
    <message>
        <location filename="../../emudesk/ui/ranking_chart.py" line="+107"/>
        <source>No scores to chart yet</source>
        <translation>No scores to chart yet</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Final total</source>
        <translation>Final total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-score total</source>
        <translation>Self-score total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peers&apos; mean total</source>
        <translation>Peers&apos; mean total</translation>
    </message>
</context>
<context>
    <name>RankingPage</name>
    <message>
        <location filename="../../forms/ranking_page.ui" line="+45"/>
        <source>How scores combine, rounding, caps, the tie-break chain and the award quotas</source>
        <translation>How scores combine, rounding, caps, the tie-break chain and the award quotas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Regulation settings…</source>
        <translation>&amp;Regulation settings…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Units that may not receive an award this year, and why</source>
        <translation>Units that may not receive an award this year, and why</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xclusions from awards…</source>
        <translation>E&amp;xclusions from awards…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The votes each unit received, for a tie-break by vote</source>
        <translation>The votes each unit received, for a tie-break by vote</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>V&amp;otes…</source>
        <translation>V&amp;otes…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Turn the suggestions into draft proposals and open the proposals page</source>
        <translation>Turn the suggestions into draft proposals and open the proposals page</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create award &amp;proposals</source>
        <translation>Create award &amp;proposals</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write the selected unit&apos;s score sheet as PDF or Excel</source>
        <translation>Write the selected unit&apos;s score sheet as PDF or Excel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export score sheet…</source>
        <translation>&amp;Export score sheet…</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Totals</source>
        <translation>Totals</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Award suggestions</source>
        <translation>Award suggestions</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Passed over:</source>
        <translation>Passed over:</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/pages/__init__.py" line="-4"/>
        <source>Ranking</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/pages/ranking.py" line="+129"/>
        <source>Ranking — %1 — year %2</source>
        <translation>Ranking — %1 — year %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No ranking: see the reason below.</source>
        <translation>No ranking: see the reason below.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>scores locked</source>
        <translation>scores locked</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>scores not locked yet</source>
        <translation>scores not locked yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scoring table version %1 · %2 · %3 · ties: %4</source>
        <translation>Scoring table version %1 · %2 · %3 · ties: %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none (equal totals share the rank)</source>
        <translation>none (equal totals share the rank)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Rank %1, %2: %3</source>
        <translation>Rank %1, %2: %3</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Award proposals</source>
        <translation>Award proposals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every suggestion already has its proposal; nothing was added.</source>
        <translation>Every suggestion already has its proposal; nothing was added.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Export the score sheet</source>
        <translation>Export the score sheet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score sheet written: %1</source>
        <translation>Score sheet written: %1</translation>
    </message>
</context>
<context>
    <name>RankingTableModel</name>
    <message>
        <location filename="../../emudesk/ui/models/ranking.py" line="+92"/>
        <source>Total by the unit&apos;s own scores</source>
        <translation>Total by the unit&apos;s own scores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total by the mean of the peer scores</source>
        <translation>Total by the mean of the peer scores</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sec. %1</source>
        <translation>Sec. %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bonus</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deduction</source>
        <translation>Deduction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self</source>
        <translation>Self</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peer mean</source>
        <translation>Peer mean</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 criteria without a score</source>
        <translation>%1 criteria without a score</translation>
    </message>
</context>
<context>
    <name>RecordDecisionDialog</name>
    <message>
        <location filename="../../forms/record_decision_dialog.ui" line="+14"/>
        <source>Record a decision</source>
        <translation>Record a decision</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tick the nominees the decision approves; give the reason for each one it does not. A nominee the council did not carry cannot be approved. The register numbers shown are the ones the decision will take.</source>
        <translation>Tick the nominees the decision approves; give the reason for each one it does not. A nominee the council did not carry cannot be approved. The register numbers shown are the ones the decision will take.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Emulation &amp;year:</source>
        <translation>Emulation &amp;year:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Decision &amp;number:</source>
        <translation>Decision &amp;number:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Signed &amp;on:</source>
        <translation>Signed &amp;on:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Si&amp;gner:</source>
        <translation>Si&amp;gner:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Signer&apos;s &amp;title:</source>
        <translation>Signer&apos;s &amp;title:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Signing &amp;mode:</source>
        <translation>Signing &amp;mode:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Signing &amp;for:</source>
        <translation>Signing &amp;for:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/issuer_decision.py" line="+63"/>
        <source>(signs in their own right)</source>
        <translation>(signs in their own right)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clusters:</source>
        <translation>Clusters:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The decision takes the pending proposals of the clusters ticked</source>
        <translation>The decision takes the pending proposals of the clusters ticked</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+63"/>
        <source>Tick the clusters whose proposals it decides.</source>
        <translation>Tick the clusters whose proposals it decides.</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>No proposal of this year is left to decide.</source>
        <translation>No proposal of this year is left to decide.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 approved, %2 not approved.</source>
        <translation>%1 approved, %2 not approved.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Register numbers taken: %1.</source>
        <translation>Register numbers taken: %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Record the decision</source>
        <translation>Record the decision</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record decision %1 of %2? %3
A recorded decision and the register numbers it takes cannot be taken back.</source>
        <translation>Record decision %1 of %2? %3
A recorded decision and the register numbers it takes cannot be taken back.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../forms/certificate_register_dialog.ui" line="+14"/>
        <source>Certificate register</source>
        <translation>Certificate register</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>name, unit, award or number (marks optional)</source>
        <translation>name, unit, award or number (marks optional)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Decision:</source>
        <translation>&amp;Decision:</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/certificate_register.py" line="+78"/>
        <source>all</source>
        <translation>all</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location line="-35"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Award</source>
        <translation>Award</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>before the scores were locked: %1</source>
        <translation>before the scores were locked: %1</translation>
    </message>
</context>
<context>
    <name>RegulationDialog</name>
    <message>
        <location filename="../../forms/regulation_dialog.ui" line="+14"/>
        <source>Regulation settings</source>
        <translation>Regulation settings</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Combining the scores</source>
        <translation>Combining the scores</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Final score:</source>
        <translation>&amp;Final score:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Head&apos;s own scores reviewed by:</source>
        <translation>&amp;Head&apos;s own scores reviewed by:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The head reviews every other unit&apos;s scores; who reviews the head&apos;s own</source>
        <translation>The head reviews every other unit&apos;s scores; who reviews the head&apos;s own</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Merged units both scored a r&amp;ow:</source>
        <translation>Merged units both scored a r&amp;ow:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>When a unit merges into another during the year and both hold a score for the same row, scorer and role</source>
        <translation>When a unit merges into another during the year and both hold a score for the same row, scorer and role</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Drop the highest and the lowest peer score of each criterion</source>
        <translation>Drop the highest and the lowest peer score of each criterion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drop the &amp;extreme peer scores when at least</source>
        <translation>Drop the &amp;extreme peer scores when at least</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>peers scored</source>
        <translation>peers scored</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Round each criterion to:</source>
        <translation>&amp;Round each criterion to:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> decimal(s)</source>
        <translation> decimal(s)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cap on &amp;bonus points:</source>
        <translation>Cap on &amp;bonus points:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. 3</source>
        <translation>e.g. 3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cap on de&amp;ductions:</source>
        <translation>Cap on de&amp;ductions:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. 5</source>
        <translation>e.g. 5</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tie-breaks for equal totals, in order</source>
        <translation>Tie-breaks for equal totals, in order</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The rule to add</source>
        <translation>The rule to add</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Section:</source>
        <translation>&amp;Section:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A top-level section of the scoring table, e.g. I</source>
        <translation>A top-level section of the scoring table, e.g. I</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Add to the chain</source>
        <translation>&amp;Add to the chain</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remo&amp;ve</source>
        <translation>Remo&amp;ve</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Award quotas</source>
        <translation>Award quotas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Number of flags:</source>
        <translation>&amp;Number of flags:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Flags as a &amp;percentage:</source>
        <translation>Flags as a &amp;percentage:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Per cent of the member units, rounded down (at least one)</source>
        <translation>Per cent of the member units, rounded down (at least one)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 20</source>
        <translation>e.g. 20</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Certificates of merit:</source>
        <translation>&amp;Certificates of merit:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Minimum total:</source>
        <translation>&amp;Minimum total:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. 80</source>
        <translation>e.g. 80</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/regulation.py" line="+110"/>
        <source>the deputy</source>
        <translation>the deputy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the head itself</source>
        <translation>the head itself</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Enter the percentage of flags, or choose a number.</source>
        <translation>Enter the percentage of flags, or choose a number.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bonus cap</source>
        <translation>Bonus cap</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deduction cap</source>
        <translation>Deduction cap</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Minimum total</source>
        <translation>Minimum total</translation>
    </message>
</context>
<context>
    <name>ReturnsModel</name>
    <message>
        <location filename="../../emudesk/ui/pages/returns.py" line="+48"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form sent</source>
        <translation>Form sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return received</source>
        <translation>Return received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not sent</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: send again</source>
        <translation>Refused: send again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scores stored</source>
        <translation>Scores stored</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(%1 day(s) left)</source>
        <translation>(%1 day(s) left)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(%1 day(s) late)</source>
        <translation>(%1 day(s) late)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(+%1 reminder(s))</source>
        <translation>(+%1 reminder(s))</translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <location filename="../../forms/returns_page.ui" line="+47"/>
        <source>&amp;Send the forms…</source>
        <translation>&amp;Send the forms…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write each member unit a ready e-mail with its form, as drafts or through the office&apos;s mail server</source>
        <translation>Write each member unit a ready e-mail with its form, as drafts or through the office&apos;s mail server</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Import the returns…</source>
        <translation>&amp;Import the returns…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the returned workbooks, or the e-mails that carry them (.eml, .mbox, .msg), and store their scores</source>
        <translation>Check the returned workbooks, or the e-mails that carry them (.eml, .mbox, .msg), and store their scores</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re&amp;mind the missing ones…</source>
        <translation>Re&amp;mind the missing ones…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a reminder, with the form attached again, to each unit whose return is missing or was refused</source>
        <translation>Write a reminder, with the form attached again, to each unit whose return is missing or was refused</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/pages/__init__.py" line="+20"/>
        <source>Returns</source>
        <translation>Returns</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/pages/returns.py" line="+63"/>
        <source>Returns — %1 — year %2</source>
        <translation>Returns — %1 — year %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 %2: %3 of %4 form(s) sent, %5 return(s) in, %6 missing (%7 late).</source>
        <translation>%1 %2: %3 of %4 form(s) sent, %5 return(s) in, %6 missing (%7 late).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No scoring table yet: make it on the Scoring table page first; each member&apos;s form is made from it.</source>
        <translation>No scoring table yet: make it on the Scoring table page first; each member&apos;s form is made from it.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>E-mail address: %1</source>
        <translation>E-mail address: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>as a draft</source>
        <translation>as a draft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>by the server</source>
        <translation>by the server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form sent %1, %2.</source>
        <translation>Form sent %1, %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reminded %1 time(s), last %2.</source>
        <translation>Reminded %1 time(s), last %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Return received %1 from %2: %3</source>
        <translation>Return received %1 from %2: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refused: %1</source>
        <translation>Refused: %1</translation>
    </message>
</context>
<context>
    <name>Saving</name>
    <message>
        <location filename="../../emudesk/ui/saving.py" line="+115"/>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the folder</source>
        <translation>Show the folder</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ScoreGridModel</name>
    <message>
        <location filename="../../emudesk/ui/models/score_grid.py" line="+235"/>
        <source>Self</source>
        <translation>Self</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Head</source>
        <translation>Head</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+11"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peer mean</source>
        <translation>Peer mean</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The value the regulation counts for the ranking</source>
        <translation>The value the regulation counts for the ranking</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean of the peer scores, as given</source>
        <translation>Mean of the peer scores, as given</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Explanation: %1</source>
        <translation>Explanation: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence: %1</source>
        <translation>Evidence: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Explanations: %1</source>
        <translation>Explanations: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The self-score and the peers&apos; mean differ by more than 20 % of the maximum</source>
        <translation>The self-score and the peers&apos; mean differ by more than 20 % of the maximum</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>number of occurrences</source>
        <translation>number of occurrences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>result achieved, not points</source>
        <translation>result achieved, not points</translation>
    </message>
</context>
<context>
    <name>ScoreGridPage</name>
    <message>
        <location filename="../../forms/score_grid_page.ui" line="+32"/>
        <source>Assessed &amp;unit:</source>
        <translation>Assessed &amp;unit:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The unit whose scores are shown (Ctrl+PgUp / Ctrl+PgDn to step)</source>
        <translation>The unit whose scores are shown (Ctrl+PgUp / Ctrl+PgDn to step)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Previous unit (Ctrl+PgUp)</source>
        <translation>Previous unit (Ctrl+PgUp)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Next unit (Ctrl+PgDn)</source>
        <translation>Next unit (Ctrl+PgDn)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Lock every score of the year: the result the ranking and the proposals use</source>
        <translation>Lock every score of the year: the result the ranking and the proposals use</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lock the scores…</source>
        <translation>&amp;Lock the scores…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unlock the year&apos;s scores to correct them (the reason is recorded)</source>
        <translation>Unlock the year&apos;s scores to correct them (the reason is recorded)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>U&amp;nlock…</source>
        <translation>U&amp;nlock…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every score given by the scorer of the selected column is marked as submitted</source>
        <translation>Every score given by the scorer of the selected column is marked as submitted</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark this scorer&apos;s scores as &amp;submitted</source>
        <translation>Mark this scorer&apos;s scores as &amp;submitted</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The explanation thread about the selected criterion of this unit</source>
        <translation>The explanation thread about the selected criterion of this unit</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+114"/>
        <source>&amp;Explanations…</source>
        <translation>&amp;Explanations…</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>What the unit wrote with its self-score of the chosen criterion (the return&apos;s explanation and evidence columns)</source>
        <translation>What the unit wrote with its self-score of the chosen criterion (the return&apos;s explanation and evidence columns)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Orange cells: the self-score and the peers&apos; mean differ by more than 20 % of the row&apos;s maximum. A self-score with a corner mark carries the unit&apos;s explanation or evidence, shown above when its row is chosen. Per-occurrence rows take a number of occurrences; rows against a target take the result achieved.</source>
        <translation>Orange cells: the self-score and the peers&apos; mean differ by more than 20 % of the row&apos;s maximum. A self-score with a corner mark carries the unit&apos;s explanation or evidence, shown above when its row is chosen. Per-occurrence rows take a number of occurrences; rows against a target take the result achieved.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The explanation thread about this criterion of the unit</source>
        <translation>The explanation thread about this criterion of the unit</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/pages/__init__.py" line="-24"/>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/pages/score_grid.py" line="+86"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Scores — %1 — year %2</source>
        <translation>Scores — %1 — year %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The scores of %1 were locked on %2 by %3: they can be read, not changed. Unlock them (giving the reason) to correct a score.</source>
        <translation>The scores of %1 were locked on %2 by %3: they can be read, not changed. Unlock them (giving the reason) to correct a score.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This year has no scoring table yet: create it on the Scoring table page.</source>
        <translation>This year has no scoring table yet: create it on the Scoring table page.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scoring table version %1</source>
        <translation>Scoring table version %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No total yet: %1</source>
        <translation>No total yet: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Total of %1: %2 points (self-score %3 · peers&apos; mean %4)</source>
        <translation>Total of %1: %2 points (self-score %3 · peers&apos; mean %4)</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>%1 — %2 wrote with its self-score:</source>
        <translation>%1 — %2 wrote with its self-score:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>score %1 of %2</source>
        <translation>score %1 of %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stored %1 on %2 from %3 (%4).</source>
        <translation>Stored %1 on %2 from %3 (%4).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an empty cell</source>
        <translation>an empty cell</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Lock every score of %1 %2? The ranking then stands as it is, and any later correction needs an unlock with a reason.</source>
        <translation>Lock every score of %1 %2? The ranking then stands as it is, and any later correction needs an unlock with a reason.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lock the scores</source>
        <translation>Lock the scores</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose a cell in the column of the scorer first.</source>
        <translation>Choose a cell in the column of the scorer first.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 scores given by %2 are marked as submitted.</source>
        <translation>%1 scores given by %2 are marked as submitted.</translation>
    </message>
</context>
<context>
    <name>ScoringTablePage</name>
    <message>
        <location filename="../../forms/scoring_table_page.ui" line="+55"/>
        <source>Change the table&apos;s title and the total it must add up to</source>
        <translation>Change the table&apos;s title and the total it must add up to</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tit&amp;le and total…</source>
        <translation>Tit&amp;le and total…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No scoring table yet</source>
        <translation>No scoring table yet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This year has no scoring table. Start from last year&apos;s table (recommended: the rows, maxima and parameters are copied, no scores) or from an empty one.</source>
        <translation>This year has no scoring table. Start from last year&apos;s table (recommended: the rows, maxima and parameters are copied, no scores) or from an empty one.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copy every row of the previous year&apos;s current table</source>
        <translation>Copy every row of the previous year&apos;s current table</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Create a table with only its title and total</source>
        <translation>Create a table with only its title and total</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start an &amp;empty table…</source>
        <translation>Start an &amp;empty table…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read the criteria from an Excel table (a template to fill in is offered)</source>
        <translation>Read the criteria from an Excel table (a template to fill in is offered)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Impo&amp;rt from a workbook…</source>
        <translation>Impo&amp;rt from a workbook…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Add a row after the selected one, at the same level (Ins)</source>
        <translation>Add a row after the selected one, at the same level (Ins)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add row</source>
        <translation>&amp;Add row</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a row under the selected section (Ctrl+Ins)</source>
        <translation>Add a row under the selected section (Ctrl+Ins)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;child row</source>
        <translation>Add &amp;child row</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Put the row under the row above it (Tab or Ctrl+→)</source>
        <translation>Put the row under the row above it (Tab or Ctrl+→)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Indent</source>
        <translation>&amp;Indent</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move the row up one level (Shift+Tab or Ctrl+←)</source>
        <translation>Move the row up one level (Shift+Tab or Ctrl+←)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Outdent</source>
        <translation>&amp;Outdent</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move the row before the row above it (Ctrl+↑)</source>
        <translation>Move the row before the row above it (Ctrl+↑)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move the row after the row below it (Ctrl+↓)</source>
        <translation>Move the row after the row below it (Ctrl+↓)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Points per occurrence, or the target of a row measured against a target</source>
        <translation>Points per occurrence, or the target of a row measured against a target</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Parameters…</source>
        <translation>&amp;Parameters…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete the row and every row under it (Del)</source>
        <translation>Delete the row and every row under it (Del)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location line="+62"/>
        <location filename="../../emudesk/ui/pages/scoring_table.py" line="+189"/>
        <source>To correct before the scores can be locked:</source>
        <translation>To correct before the scores can be locked:</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/pages/__init__.py" line="-4"/>
        <source>Scoring table</source>
        <translation>Scoring table</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/pages/scoring_table.py" line="-109"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Scoring table — %1 — year %2</source>
        <translation>Scoring table — %1 — year %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This year has no scoring table yet. Start an empty table and add its rows, or import the rows from a workbook (a template to fill in is offered).</source>
        <translation>This year has no scoring table yet. Start an empty table and add its rows, or import the rows from a workbook (a template to fill in is offered).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cop&amp;y the table of %1</source>
        <translation>Cop&amp;y the table of %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The scores of %1 are locked, so the table can only be read. Unlock them on the Scores page (giving the reason) to change it.</source>
        <translation>The scores of %1 are locked, so the table can only be read. Unlock them on the Scores page (giving the reason) to change it.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scores given against this version: %1</source>
        <translation>Scores given against this version: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The sections add up to %1 of the table&apos;s %2 points · %3 criteria · %4 bonus and %5 deduction rows</source>
        <translation>The sections add up to %1 of the table&apos;s %2 points · %3 criteria · %4 bonus and %5 deduction rows</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The table adds up: no problems found.</source>
        <translation>The table adds up: no problems found.</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/pages/table_rows.py" line="+102"/>
        <source>Scores have already been given against version %1 of this table. Your changes are saved as a new version (%2 onwards); the scores of the rows you do not change are carried over, the others must be given again.

Continue?</source>
        <translation>Scores have already been given against version %1 of this table. Your changes are saved as a new version (%2 onwards); the scores of the rows you do not change are carried over, the others must be given again.

Continue?</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/pages/scoring_table.py" line="+63"/>
        <source>New version of the scoring table</source>
        <translation>New version of the scoring table</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a new version</source>
        <translation>Make a new version</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/pages/table_rows.py" line="-25"/>
        <source>New section</source>
        <translation>New section</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New criterion</source>
        <translation>New criterion</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/pages/scoring_table.py" line="+98"/>
        <source>Choose a section to add a row under it.</source>
        <translation>Choose a section to add a row under it.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no row above at the same level to go under.</source>
        <translation>There is no row above at the same level to go under.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The row is already at the top level.</source>
        <translation>The row is already at the top level.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Delete the row %1 “%2”?</source>
        <translation>Delete the row %1 “%2”?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 rows under it are deleted too.</source>
        <translation>The %1 rows under it are deleted too.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete a row</source>
        <translation>Delete a row</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>Screenshot</name>
    <message>
        <location filename="../../emudesk/ui/screenshot.py" line="+56"/>
        <source>Cannot write %1: choose a folder you can write to.</source>
        <translation>Cannot write %1: choose a folder you can write to.</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../emudesk/ui/search.py" line="+103"/>
        <source>Search units, clusters, issuers… (Ctrl+F)</source>
        <translation>Search units, clusters, issuers… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marks are optional: “dak lak” finds “Đắk Lắk”</source>
        <translation>Marks are optional: “dak lak” finds “Đắk Lắk”</translation>
    </message>
</context>
<context>
    <name>SearchHitModel</name>
    <message>
        <location line="-57"/>
        <source>Issuer</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
</context>
<context>
    <name>SendFormsDialog</name>
    <message>
        <location filename="../../forms/send_forms_dialog.ui" line="+14"/>
        <source>Send the forms</source>
        <translation>Send the forms</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cluster and &amp;year:</source>
        <translation>Cluster and &amp;year:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Deadline:</source>
        <translation>&amp;Deadline:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Returns go &amp;to (e-mail):</source>
        <translation>Returns go &amp;to (e-mail):</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+151"/>
        <source>the head unit&apos;s e-mail address</source>
        <translation>the head unit&apos;s e-mail address</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>As d&amp;rafts, each to open in the mail program and send from there</source>
        <translation>As d&amp;rafts, each to open in the mail program and send from there</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Send them now through the office&apos;s &amp;mail server (TLS)</source>
        <translation>Send them now through the office&apos;s &amp;mail server (TLS)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ser&amp;ver and port:</source>
        <translation>Ser&amp;ver and port:</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Keep the password in the system&apos;s keyring</source>
        <translation>&amp;Keep the password in the system&apos;s keyring</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Se&amp;nder address:</source>
        <translation>Se&amp;nder address:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Certificate &amp;authority:</source>
        <translation>Certificate &amp;authority:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only when the office&apos;s mail server has a certificate from the office&apos;s own authority: its certificate file (PEM)</source>
        <translation>Only when the office&apos;s mail server has a certificate from the office&apos;s own authority: its certificate file (PEM)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the authorities this computer trusts</source>
        <translation>the authorities this computer trusts</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the certificate authority&apos;s file (PEM)</source>
        <translation>Choose the certificate authority&apos;s file (PEM)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Open every draft in the mai&amp;l program</source>
        <translation>Open every draft in the mai&amp;l program</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open the f&amp;older</source>
        <translation>Open the f&amp;older</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/send_forms.py" line="+89"/>
        <source>Remind the missing ones</source>
        <translation>Remind the missing ones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A reminder, with the form attached again, to each member unit whose return is missing or was refused. Give a new deadline if there is one.</source>
        <translation>A reminder, with the form attached again, to each member unit whose return is missing or was refused. Give a new deadline if there is one.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each member unit gets an e-mail to its contact address: what the form is, how to fill it in and send it back, the deadline and whom to ask, with its form attached. The e-mails are recorded on the year&apos;s Returns page.</source>
        <translation>Each member unit gets an e-mail to its contact address: what the form is, how to fill it in and send it back, the deadline and whom to ask, with its form attached. The e-mails are recorded on the year&apos;s Returns page.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Write the drafts</source>
        <translation>&amp;Write the drafts</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Folder for the drafts</source>
        <translation>Folder for the drafts</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Certificate authority of the mail server</source>
        <translation>Certificate authority of the mail server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a cluster and year.</source>
        <translation>Choose a cluster and year.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose the folder to write the drafts into.</source>
        <translation>Choose the folder to write the drafts into.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Give the mail server&apos;s name.</source>
        <translation>Give the mail server&apos;s name.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sending the e-mails…</source>
        <translation>Sending the e-mails…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Sending e-mail %1 of %2…</source>
        <translation>Sending e-mail %1 of %2…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>E-mails sent</source>
        <translation>E-mails sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 e-mail(s) sent.</source>
        <translation>%1 e-mail(s) sent.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(no address)</source>
        <translation>(no address)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="+14"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This PC &amp;serves:</source>
        <translation>This PC &amp;serves:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The pages the navigation shows follow the office: the issuer&apos;s office sees the board, the council, the decisions and the award history first, without the cluster&apos;s scoring pages.</source>
        <translation>The pages the navigation shows follow the office: the issuer&apos;s office sees the board, the council, the decisions and the award history first, without the cluster&apos;s scoring pages.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open now:</source>
        <translation>Open now:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Open at start:</source>
        <translation>&amp;Open at start:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the default file in the data folder</source>
        <translation>the default file in the data folder</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;hoose file…</source>
        <translation>C&amp;hoose file…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose an emudesk .sqlite file, or type the address of a shared PostgreSQL server (postgresql://user@server/database). The database given here opens at once and at every start.</source>
        <translation>Choose an emudesk .sqlite file, or type the address of a shared PostgreSQL server (postgresql://user@server/database). The database given here opens at once and at every start.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Digital signatures</source>
        <translation>Digital signatures</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Digital signatures…</source>
        <translation>&amp;Digital signatures…</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/settings.py" line="+36"/>
        <source>a cluster&apos;s head (scores, ranks, proposes)</source>
        <translation>a cluster&apos;s head (scores, ranks, proposes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a cluster&apos;s member unit</source>
        <translation>a cluster&apos;s member unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the issuer&apos;s emulation office (decides, numbers)</source>
        <translation>the issuer&apos;s emulation office (decides, numbers)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not chosen (every page)</source>
        <translation>not chosen (every page)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No token is set up; %1 certificate(s) trusted.</source>
        <translation>No token is set up; %1 certificate(s) trusted.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing with the token %2; %1 certificate(s) trusted.</source>
        <translation>Signing with the token %2; %1 certificate(s) trusted.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Choose the database file</source>
        <translation>Choose the database file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>emudesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>emudesk databases (*.sqlite *.db);;All files (*)</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <location filename="../../forms/signature_dialog.ui" line="+14"/>
        <source>Signature of the commitment</source>
        <translation>Signature of the commitment</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Signer&apos;s &amp;name:</source>
        <translation>Signer&apos;s &amp;name:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Signed &amp;on:</source>
        <translation>Signed &amp;on:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>S&amp;ealed</source>
        <translation>S&amp;ealed</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed copy:</source>
        <translation>Signed copy:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PDF, JPEG or PNG (optional)</source>
        <translation>PDF, JPEG or PNG (optional)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/signature.py" line="+53"/>
        <source>Signed copy</source>
        <translation>Signed copy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scans (*.pdf *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>Scans (*.pdf *.jpg *.jpeg *.png);;All files (*)</translation>
    </message>
</context>
<context>
    <name>SignatureSettingsDialog</name>
    <message>
        <location filename="../../forms/signature_settings_dialog.ui" line="+14"/>
        <source>Digital signatures</source>
        <translation>Digital signatures</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The office&apos;s token</source>
        <translation>The office&apos;s token</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Driver (PKCS#11):</source>
        <translation>&amp;Driver (PKCS#11):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>e.g. C:\Windows\System32\eps2003csp11.dll</source>
        <translation>e.g. C:\Windows\System32\eps2003csp11.dll</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Find tokens</source>
        <translation>&amp;Find tokens</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Key:</source>
        <translation>&amp;Key:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The driver is a file of the token&apos;s software from its CA (VNPT-CA, Viettel-CA, BKAV-CA, FPT-CA…); plug the token in and press Find tokens. The PIN is asked each time something is signed and never stored.</source>
        <translation>The driver is a file of the token&apos;s software from its CA (VNPT-CA, Viettel-CA, BKAV-CA, FPT-CA…); plug the token in and press Find tokens. The PIN is asked each time something is signed and never stored.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Certificates this office trusts</source>
        <translation>Certificates this office trusts</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Import the CA&apos;s chain (.cer, .pem, .p7b) to trust every office it certifies, or one office&apos;s own certificate; and the CA&apos;s revocation lists (.crl) to know revoked certificates. Nothing is fetched from the internet.</source>
        <translation>Import the CA&apos;s chain (.cer, .pem, .p7b) to trust every office it certifies, or one office&apos;s own certificate; and the CA&apos;s revocation lists (.crl) to know revoked certificates. Nothing is fetched from the internet.</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/signature_settings.py" line="+58"/>
        <source>The token&apos;s PKCS#11 driver</source>
        <translation>The token&apos;s PKCS#11 driver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PKCS#11 drivers (*.dll *.so *.dylib);;All files (*)</source>
        <translation>PKCS#11 drivers (*.dll *.so *.dylib);;All files (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>valid until %1</source>
        <translation>valid until %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 token(s) found.</source>
        <translation>%1 token(s) found.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The driver sees no token: plug the token in.</source>
        <translation>The driver sees no token: plug the token in.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Trust certificates</source>
        <translation>Trust certificates</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Certificates and CRLs (*.cer *.crt *.pem *.der *.p7b *.p7c *.crl);;All files (*)</source>
        <translation>Certificates and CRLs (*.cer *.crt *.pem *.der *.p7b *.p7c *.crl);;All files (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not imported</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 certificate(s) trusted, %2 revocation list(s) kept, %3 known already.</source>
        <translation>%1 certificate(s) trusted, %2 revocation list(s) kept, %3 known already.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+8"/>
        <source>Stop trusting</source>
        <translation>Stop trusting</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Stop trusting %1 (%2)? What it signed is refused until it is imported again.</source>
        <translation>Stop trusting %1 (%2)? What it signed is refused until it is imported again.</translation>
    </message>
</context>
<context>
    <name>SignaturesModel</name>
    <message>
        <location filename="../../emudesk/ui/pages/commitment.py" line="+46"/>
        <source>Member unit</source>
        <translation>Member unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sealed</source>
        <translation>Sealed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed copy</source>
        <translation>Signed copy</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not signed yet</source>
        <translation>not signed yet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <location filename="../../emudesk/ui/signing_actions.py" line="+81"/>
        <location line="+54"/>
        <source>Sign the paper</source>
        <translation>Sign the paper</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Sign in the block of:</source>
        <translation>Sign in the block of:</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+74"/>
        <source>Signing with the token…</source>
        <translation>Signing with the token…</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>The paper was not signed</source>
        <translation>The paper was not signed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>in the block %1</source>
        <translation>in the block %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>without a visible box</source>
        <translation>without a visible box</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paper signed</source>
        <translation>Paper signed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is signed by %2 %3.</source>
        <translation>%1 is signed by %2 %3.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is written. Sign it now with the office&apos;s token?</source>
        <translation>%1 is written. Sign it now with the office&apos;s token?</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+25"/>
        <location line="+31"/>
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Sign the papers</source>
        <translation>Sign the papers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign the %1 PDF paper(s) now with the office&apos;s token, each in its main signature block?</source>
        <translation>Sign the %1 PDF paper(s) now with the office&apos;s token, each in its main signature block?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The papers were not all signed</source>
        <translation>The papers were not all signed</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Papers signed</source>
        <translation>Papers signed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 paper(s) signed by %2.</source>
        <translation>%1 paper(s) signed by %2.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Printing and signing the QR codes…</source>
        <translation>Printing and signing the QR codes…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sign the handover file</source>
        <translation>Sign the handover file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign the file with the office&apos;s token, so that the next head can tell it comes from you and was not changed on the way?</source>
        <translation>Sign the file with the office&apos;s token, so that the next head can tell it comes from you and was not changed on the way?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Writing and signing the handover file…</source>
        <translation>Writing and signing the handover file…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The handover file was not written</source>
        <translation>The handover file was not written</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Handover file written and signed</source>
        <translation>Handover file written and signed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 record(s) written to %3, signed by %4. Give this file to the next head.</source>
        <translation>%1: %2 record(s) written to %3, signed by %4. Give this file to the next head.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Checking the signature…</source>
        <translation>Checking the signature…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file cannot be used</source>
        <translation>The file cannot be used</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No valid signature</source>
        <translation>No valid signature</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not signed by anyone this office trusts: %2. Accept it only if you know where it comes from; the acceptance is recorded.</source>
        <translation>%1 is not signed by anyone this office trusts: %2. Accept it only if you know where it comes from; the acceptance is recorded.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Accept it all the same</source>
        <translation>Accept it all the same</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuse</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Verify a signed file</source>
        <translation>Verify a signed file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF and packages (*.pdf *.emudesk *.zip);;All files (*)</source>
        <translation>PDF and packages (*.pdf *.emudesk *.zip);;All files (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file cannot be checked</source>
        <translation>The file cannot be checked</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signature valid</source>
        <translation>Signature valid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signature NOT valid</source>
        <translation>Signature NOT valid</translation>
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
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose another file…</source>
        <translation>Choose another file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a database</source>
        <translation>Open a database</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>emudesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>emudesk databases (*.sqlite *.db);;All files (*)</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <location filename="../../emudesk/ui/pages/__init__.py" line="+52"/>
        <location filename="../../emudesk/ui/pages/statistics.py" line="+130"/>
        <source>Award statistics</source>
        <translation>Award statistics</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/pages/statistics.py" line="+3"/>
        <source>How many awards the issuer&apos;s clusters proposed and how many its decisions granted, by award, unit and level, year by year, with the past decisions imported from the template. Units and the issuer are named as on each decision&apos;s date, so a unit renamed or merged since keeps its name of then.</source>
        <translation>How many awards the issuer&apos;s clusters proposed and how many its decisions granted, by award, unit and level, year by year, with the past decisions imported from the template. Units and the issuer are named as on each decision&apos;s date, so a unit renamed or merged since keeps its name of then.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Issuer:</source>
        <translation>&amp;Issuer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;luster:</source>
        <translation>C&amp;luster:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Years from:</source>
        <translation>&amp;Years from:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;to:</source>
        <translation>&amp;to:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Breakdown:</source>
        <translation>&amp;Breakdown:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Export to Excel…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>By award and year</source>
        <translation>By award and year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By unit and award</source>
        <translation>By unit and award</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By level and year</source>
        <translation>By level and year</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Every cluster</source>
        <translation>Every cluster</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No issuer yet: import a cluster&apos;s submission.</source>
        <translation>No issuer yet: import a cluster&apos;s submission.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 award(s) decided of %3 proposed.</source>
        <translation>%1: %2 award(s) decided of %3 proposed.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 award(s) of past decisions are left out: they belong to no cluster.</source>
        <translation>%1 award(s) of past decisions are left out: they belong to no cluster.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Of them, %1 from past decisions imported from the template.</source>
        <translation>Of them, %1 from past decisions imported from the template.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export the award statistics</source>
        <translation>Export the award statistics</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writing the workbook…</source>
        <translation>Writing the workbook…</translation>
    </message>
</context>
<context>
    <name>SubmittedRankingDialog</name>
    <message>
        <location filename="../../forms/submitted_ranking_dialog.ui" line="+14"/>
        <source>The cluster&apos;s ranking table</source>
        <translation>The cluster&apos;s ranking table</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ranking table</source>
        <translation>Ranking table</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/submitted_ranking.py" line="+31"/>
        <source>%1 — ranking of %2</source>
        <translation>%1 — ranking of %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 unit(s); the cluster&apos;s nominees in bold. Sections: %2.</source>
        <translation>%1 unit(s); the cluster&apos;s nominees in bold. Sections: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The head had not locked the scores when sending.</source>
        <translation>The head had not locked the scores when sending.</translation>
    </message>
</context>
<context>
    <name>SubmittedRankingModel</name>
    <message>
        <location filename="../../emudesk/ui/models/submitted_ranking.py" line="+62"/>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bonus</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deductions</source>
        <translation>Deductions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What placed it</source>
        <translation>What placed it</translation>
    </message>
</context>
<context>
    <name>SuggestionTableModel</name>
    <message>
        <location filename="../../emudesk/ui/models/ranking.py" line="+37"/>
        <source>Award</source>
        <translation>Award</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>needs a vote</source>
        <translation>needs a vote</translation>
    </message>
</context>
<context>
    <name>TableHeaderDialog</name>
    <message>
        <location filename="../../forms/table_header_dialog.ui" line="+14"/>
        <source>Scoring table</source>
        <translation>Scoring table</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. Bảng chấm điểm thi đua năm 2025</source>
        <translation>e.g. Bảng chấm điểm thi đua năm 2025</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Table total (&amp;points):</source>
        <translation>Table total (&amp;points):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The sections&apos; maxima must add up to this total, e.g. 100 or 1000</source>
        <translation>The sections&apos; maxima must add up to this total, e.g. 100 or 1000</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 100</source>
        <translation>e.g. 100</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This table already has scores: the change is saved as a new version.</source>
        <translation>This table already has scores: the change is saved as a new version.</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/table_header.py" line="+56"/>
        <source>New scoring table</source>
        <translation>New scoring table</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Emulation scoring table of %1</source>
        <translation>Emulation scoring table of %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title and total of the scoring table</source>
        <translation>Title and total of the scoring table</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Table total</source>
        <translation>Table total</translation>
    </message>
</context>
<context>
    <name>TableHistory</name>
    <message>
        <location filename="../../emudesk/ui/pages/table_history.py" line="+49"/>
        <source>row %1</source>
        <translation>row %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the place of row %1</source>
        <translation>the place of row %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The change made version %1 of the table; it cannot be undone with Ctrl+Z (version %2 keeps its scores).</source>
        <translation>The change made version %1 of the table; it cannot be undone with Ctrl+Z (version %2 keeps its scores).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The table cannot change now, so nothing was undone.</source>
        <translation>The table cannot change now, so nothing was undone.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scores have been given against this table: undoing that change would make a new version without them. Change the row by hand if you must.</source>
        <translation>Scores have been given against this table: undoing that change would make a new version without them. Change the row by hand if you must.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+23"/>
        <source>There is no row %1 any more.</source>
        <translation>There is no row %1 any more.</translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <location filename="../../forms/template_editor_dialog.ui" line="+14"/>
        <source>Certificate template</source>
        <translation>Certificate template</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Page (mm):</source>
        <translation>Page (mm):</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Back to the &amp;built-in template</source>
        <translation>Back to the &amp;built-in template</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/template_editor.py" line="+112"/>
        <source>Back to the built-in template</source>
        <translation>Back to the built-in template</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget this office&apos;s changes to the template and use the built-in one?</source>
        <translation>Forget this office&apos;s changes to the template and use the built-in one?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the built-in</source>
        <translation>Use the built-in</translation>
    </message>
</context>
<context>
    <name>TrustedModel</name>
    <message>
        <location filename="../../emudesk/ui/models/trusted.py" line="+32"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint (SHA-256)</source>
        <translation>Fingerprint (SHA-256)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>CA (vouches for the offices it certifies)</source>
        <translation>CA (vouches for the offices it certifies)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office</source>
        <translation>Office</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <location filename="../../forms/unit_dialog.ui" line="+14"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A short code without marks, used in file names</source>
        <translation>A short code without marks, used in file names</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. BDT-DLK</source>
        <translation>e.g. BDT-DLK</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Official name:</source>
        <translation>&amp;Official name:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. Ban Dân tộc tỉnh Đắk Lắk</source>
        <translation>e.g. Ban Dân tộc tỉnh Đắk Lắk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Short name:</source>
        <translation>&amp;Short name:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. Ban Dân tộc Đắk Lắk</source>
        <translation>e.g. Ban Dân tộc Đắk Lắk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name used &amp;from:</source>
        <translation>Name used &amp;from:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The first year in which the unit had this name</source>
        <translation>The first year in which the unit had this name</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The name of an existing unit changes with “Rename from a year…”, so that earlier years keep the old name.</source>
        <translation>The name of an existing unit changes with “Rename from a year…”, so that earlier years keep the old name.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Province:</source>
        <translation>&amp;Province:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Contact pe&amp;rson:</source>
        <translation>Contact pe&amp;rson:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/unit.py" line="+48"/>
        <source>Add a unit</source>
        <translation>Add a unit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the unit</source>
        <translation>Edit the unit</translation>
    </message>
</context>
<context>
    <name>UnitTableModel</name>
    <message>
        <location filename="../../emudesk/ui/models/units.py" line="+17"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official name</source>
        <translation>Official name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged into</source>
        <translation>Merged into</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 (since %2)</source>
        <translation>%1 (since %2)</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <location filename="../../forms/units_page.ui" line="+23"/>
        <source>Member units</source>
        <translation>Member units</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Names as in &amp;year:</source>
        <translation>Names as in &amp;year:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Units are listed with the names they had in this year</source>
        <translation>Units are listed with the names they had in this year</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>F&amp;ilter:</source>
        <translation>F&amp;ilter:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Code, name or province (with or without marks)</source>
        <translation>Code, name or province (with or without marks)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show &amp;merged units</source>
        <translation>Show &amp;merged units</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add a member unit (Ins)</source>
        <translation>Add a member unit (Ins)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add unit…</source>
        <translation>&amp;Add unit…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change the code and contact details of the selected unit (F2 or double-click)</source>
        <translation>Change the code and contact details of the selected unit (F2 or double-click)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give the unit a new name from a date on, with its decision; papers dated earlier keep the old name</source>
        <translation>Give the unit a new name from a date on, with its decision; papers dated earlier keep the old name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;name on a date…</source>
        <translation>Re&amp;name on a date…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record that the unit merged into another unit on a date, with a preview</source>
        <translation>Record that the unit merged into another unit on a date, with a preview</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mer&amp;ge into…</source>
        <translation>Mer&amp;ge into…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Split the unit, or record that it joins or leaves a cluster on a date (also in the list&apos;s context menu: Menu key or right-click)</source>
        <translation>Split the unit, or record that it joins or leaves a cluster on a date (also in the list&apos;s context menu: Menu key or right-click)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;organise</source>
        <translation>Re&amp;organise</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove a unit typed by mistake (only when it has no history; Del)</source>
        <translation>Remove a unit typed by mistake (only when it has no history; Del)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add the units from an Excel list (a template to fill in is offered)</source>
        <translation>Add the units from an Excel list (a template to fill in is offered)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Im&amp;port…</source>
        <translation>Im&amp;port…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No unit yet. Add the member units one by one with Add unit…, or the whole list at once with Import… (an Excel list; a template to fill in is offered). Then add the cluster&apos;s year with its members on the Clusters page.</source>
        <translation>No unit yet. Add the member units one by one with Add unit…, or the whole list at once with Import… (an Excel list; a template to fill in is offered). Then add the cluster&apos;s year with its members on the Clusters page.</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/pages/__init__.py" line="-64"/>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/pages/units.py" line="+61"/>
        <source>&amp;Split into several units…</source>
        <translation>&amp;Split into several units…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Join a cluster on a date…</source>
        <translation>&amp;Join a cluster on a date…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Leave a cluster on a date…</source>
        <translation>&amp;Leave a cluster on a date…</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Remove the unit “%1” (%2)?</source>
        <translation>Remove the unit “%1” (%2)?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove a unit</source>
        <translation>Remove a unit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../forms/unlock_dialog.ui" line="+14"/>
        <source>Unlock the scores</source>
        <translation>Unlock the scores</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Reason (recorded in the audit trail):</source>
        <translation>&amp;Reason (recorded in the audit trail):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. Đắk Nông sent a corrected self-score for row 2.4</source>
        <translation>e.g. Đắk Nông sent a corrected self-score for row 2.4</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/unlock.py" line="+35"/>
        <source>Unlock the scores of %1? The ranking and the proposals may change until they are locked again.</source>
        <translation>Unlock the scores of %1? The ranking and the proposals may change until they are locked again.</translation>
    </message>
</context>
<context>
    <name>VoteDialog</name>
    <message>
        <location filename="../../forms/vote_dialog.ui" line="+14"/>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;On:</source>
        <translation>&amp;On:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Proposal or unit:</source>
        <translation>&amp;Proposal or unit:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;How:</source>
        <translation>&amp;How:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>For / against / abstaining:</source>
        <translation>For / against / abstaining:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Unanimous</source>
        <translation>&amp;Unanimous</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/meeting.py" line="+73"/>
        <source>an award proposal</source>
        <translation>an award proposal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next year&apos;s head</source>
        <translation>next year&apos;s head</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next year&apos;s deputy</source>
        <translation>next year&apos;s deputy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>show of hands</source>
        <translation>show of hands</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>secret ballot</source>
        <translation>secret ballot</translation>
    </message>
</context>
<context>
    <name>VoteTableModel</name>
    <message>
        <location filename="../../emudesk/ui/models/member_values.py" line="+73"/>
        <source>Member unit</source>
        <translation>Member unit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Votes received</source>
        <translation>Votes received</translation>
    </message>
</context>
<context>
    <name>VotesDialog</name>
    <message>
        <location filename="../../forms/votes_dialog.ui" line="+14"/>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The votes each unit received at the conference. They decide between units of equal total when the tie-break chain has “More votes”. Double-click a number to change it.</source>
        <translation>The votes each unit received at the conference. They decide between units of equal total when the tie-break chain has “More votes”. Double-click a number to change it.</translation>
    </message>
</context>
<context>
    <name>WordingDialog</name>
    <message>
        <location filename="../../forms/wording_dialog.ui" line="+14"/>
        <source>Wording of the papers</source>
        <translation>Wording of the papers</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The texts the cluster&apos;s papers are made of. An edit is kept with the cluster and travels with the handover to the next head. Words in braces are filled in when a paper is written.</source>
        <translation>The texts the cluster&apos;s papers are made of. An edit is kept with the cluster and travels with the handover to the next head. Words in braces are filled in when a paper is written.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Office &amp;symbol:</source>
        <translation>Office &amp;symbol:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What follows the kind in a number: 12/TTr-CTĐ4</source>
        <translation>What follows the kind in a number: 12/TTr-CTĐ4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Paper:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Put back emudesk&apos;s wording of this paper</source>
        <translation>Put back emudesk&apos;s wording of this paper</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Built-in wording</source>
        <translation>&amp;Built-in wording</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/wording.py" line="+35"/>
        <source>Submission</source>
        <translation>Submission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Achievement report</source>
        <translation>Achievement report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year summary</source>
        <translation>Year summary</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Summary line</source>
        <translation>Summary line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addressed to</source>
        <translation>Addressed to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing</source>
        <translation>Closing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing mode (TM., KT. …)</source>
        <translation>Signing mode (TM., KT. …)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signs on behalf of</source>
        <translation>Signs on behalf of</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signer&apos;s title</source>
        <translation>Signer&apos;s title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signer&apos;s name</source>
        <translation>Signer&apos;s name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients, one a line</source>
        <translation>Recipients, one a line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title of the ranking annex</source>
        <translation>Title of the ranking annex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening</source>
        <translation>Opening</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair&apos;s signature title</source>
        <translation>Chair&apos;s signature title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secretary&apos;s signature title</source>
        <translation>Secretary&apos;s signature title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body above the unit</source>
        <translation>Body above the unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General information</source>
        <translation>General information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Functions and duties</source>
        <translation>Functions and duties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures that brought the achievements</source>
        <translation>Measures that brought the achievements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policies, Party and mass organisations</source>
        <translation>Policies, Party and mass organisations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit head&apos;s signature title</source>
        <translation>Unit head&apos;s signature title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmation by the proposing level</source>
        <translation>Confirmation by the proposing level</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Placeholders: %1</source>
        <translation>Placeholders: %1</translation>
    </message>
</context>
<context>
    <name>YearDialog</name>
    <message>
        <location filename="../../forms/year_dialog.ui" line="+14"/>
        <source>Members and leadership</source>
        <translation>Members and leadership</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Member units</source>
        <translation>Member units</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Tick &amp;all</source>
        <translation>Tick &amp;all</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tic&amp;k none</source>
        <translation>Tic&amp;k none</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Leadership</source>
        <translation>Leadership</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Head:</source>
        <translation>&amp;Head:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Deputy:</source>
        <translation>&amp;Deputy:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>How &amp;chosen:</source>
        <translation>How &amp;chosen:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Recognising decision &amp;number:</source>
        <translation>Recognising decision &amp;number:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. 123/QĐ-BVHTTDL</source>
        <translation>e.g. 123/QĐ-BVHTTDL</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Decision da&amp;te:</source>
        <translation>Decision da&amp;te:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Known</source>
        <translation>Known</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/year.py" line="+148"/>
        <source>Open a year of %1</source>
        <translation>Open a year of %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Members and leadership of %1 in %2</source>
        <translation>Members and leadership of %1 in %2</translation>
    </message>
</context>
<context>
    <name>YearPage</name>
    <message>
        <location filename="../../forms/year_page.ui" line="+39"/>
        <source>Choose the member units, the head and the deputy of this year (F2)</source>
        <translation>Choose the member units, the head and the deputy of this year (F2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Members and leadership…</source>
        <translation>&amp;Members and leadership…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open the following year with this year&apos;s members</source>
        <translation>Open the following year with this year&apos;s members</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the &amp;next year…</source>
        <translation>Add the &amp;next year…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove this year (only while it holds no scores, proposals or meetings)</source>
        <translation>Remove this year (only while it holds no scores, proposals or meetings)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove this year</source>
        <translation>&amp;Remove this year</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The year&apos;s tables (members, signatures, ranking, proposals) as a PDF for the summary report</source>
        <translation>The year&apos;s tables (members, signatures, ranking, proposals) as a PDF for the summary report</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Year &amp;summary (PDF)…</source>
        <translation>Year &amp;summary (PDF)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Set the date by which the proposals&apos; dossiers must reach the issuer</source>
        <translation>Set the date by which the proposals&apos; dossiers must reach the issuer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dossier &amp;deadline…</source>
        <translation>Dossier &amp;deadline…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Leadership</source>
        <translation>Leadership</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Head:</source>
        <translation>Head:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Deputy:</source>
        <translation>Deputy:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>How chosen:</source>
        <translation>How chosen:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Recognising decision:</source>
        <translation>Recognising decision:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Next year:</source>
        <translation>Next year:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>To do</source>
        <translation>To do</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Member units</source>
        <translation>Member units</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/pages/__init__.py" line="+8"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/pages/year.py" line="+81"/>
        <source>%1 — year %2</source>
        <translation>%1 — year %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issuer: %1 · cluster code %2</source>
        <translation>Issuer: %1 · cluster code %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>⚠ %1 — ceased to exist on %2 (successor: %3)</source>
        <translation>⚠ %1 — ceased to exist on %2 (successor: %3)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 not opened yet</source>
        <translation>%1 not opened yet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: head %2, deputy %3</source>
        <translation>%1: head %2, deputy %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Member units (%1)</source>
        <translation>Member units (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No dossier deadline set.</source>
        <translation>No dossier deadline set.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dossier deadline %1 passed %2 day(s) ago.</source>
        <translation>Dossier deadline %1 passed %2 day(s) ago.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dossier deadline %1: %2 day(s) left.</source>
        <translation>Dossier deadline %1: %2 day(s) left.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Still missing: %1.</source>
        <translation>Still missing: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every dossier is complete.</source>
        <translation>Every dossier is complete.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Double-click an item, or press Enter, to do it</source>
        <translation>Double-click an item, or press Enter, to do it</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Record “%1” as %2 from %3, in place of “%4”?</source>
        <translation>Record “%1” as %2 from %3, in place of “%4”?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>head</source>
        <translation>head</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>deputy</source>
        <translation>deputy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record the successor</source>
        <translation>Record the successor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Year summary</source>
        <translation>Year summary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Remove the year %1 of %2 with its member list and leadership?</source>
        <translation>Remove the year %1 of %2 with its member list and leadership?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove a year</source>
        <translation>Remove a year</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>YearTableModel</name>
    <message>
        <location filename="../../emudesk/ui/models/years.py" line="+21"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head</source>
        <translation>Head</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deputy</source>
        <translation>Deputy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How chosen</source>
        <translation>How chosen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members</source>
        <translation>Members</translation>
    </message>
</context>
</TS>
