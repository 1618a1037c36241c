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
        <location filename="../../emudesk/ui/dialogs/about.py" line="+27"/>
        <source>GNU General Public License, version 3 or later (GPL-3.0-or-later)</source>
        <translation>GNU General Public License, version 3 or later (GPL-3.0-or-later)</translation>
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
        <location filename="../../emudesk/ui/pages/clusters.py" line="+29"/>
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
        <location line="+28"/>
        <source>This database holds no clusters yet. Add the issuer and the cluster you work in, or load the demo data (two real clusters of 2024–2025) to try the program.</source>
        <translation>This database holds no clusters yet. Add the issuer and the cluster you work in, or load the demo data (two real clusters of 2024–2025) to try the program.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Load the &amp;demo data</source>
        <translation>Load the &amp;demo data</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Years of the selected cluster</source>
        <translation>Years of the selected cluster</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Double-click a year (or press Enter) to open its overview.</source>
        <translation>Double-click a year (or press Enter) to open its overview.</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/pages/clusters.py" line="+88"/>
        <source>Add a cluster</source>
        <translation>Add a cluster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A cluster belongs to an issuer (a ministry, committee or province). Add the issuer first on the Issuers page.</source>
        <translation>A cluster belongs to an issuer (a ministry, committee or province). Add the issuer first on the Issuers page.</translation>
    </message>
    <message>
        <location line="+45"/>
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
    <name>Crash</name>
    <message>
        <location filename="../../emudesk/ui/crash.py" line="+65"/>
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
        <location line="+14"/>
        <source>Back up the database</source>
        <translation>Back up the database</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Backup written</source>
        <translation>Backup written</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The backup is in %1.</source>
        <translation>The backup is in %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+12"/>
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
        <location line="+11"/>
        <source>Check the database</source>
        <translation>Check the database</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database is sound.</source>
        <translation>The database is sound.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 problem(s) found; see the details.</source>
        <translation>%1 problem(s) found; see the details.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../emudesk/ui/formatting.py" line="+38"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <location line="+7"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location filename="../../emudesk/ui/pages/issuers.py" line="+26"/>
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
        <source>Remove the selected issuer (only when no cluster belongs to it; Del)</source>
        <translation>Remove the selected issuer (only when no cluster belongs to it; Del)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/pages/issuers.py" line="+67"/>
        <source>Remove the issuer “%1”?</source>
        <translation>Remove the issuer “%1”?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove an issuer</source>
        <translation>Remove an issuer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove</source>
        <translation>Remove</translation>
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
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <source>&amp;About emudesk</source>
        <translation>&amp;About emudesk</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/main_window.py" line="+125"/>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
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
        <source>From &amp;year:</source>
        <translation>From &amp;year:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Earlier years keep the unit under its own name. Its memberships and head or deputy roles of that year and later pass to the unit it merged into.</source>
        <translation>Earlier years keep the unit under its own name. Its memberships and head or deputy roles of that year and later pass to the unit it merged into.</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/merge_unit.py" line="+30"/>
        <location line="+31"/>
        <source>Choose the unit it merged into</source>
        <translation>Choose the unit it merged into</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Unit: %1 (%2)</source>
        <translation>Unit: %1 (%2)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Record that “%1” merged into “%2” from %3?

Its memberships and roles of %3 and later pass to “%2”; earlier years keep it under its own name.</source>
        <translation>Record that “%1” merged into “%2” from %3?

Its memberships and roles of %3 and later pass to “%2”; earlier years keep it under its own name.</translation>
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
        <location line="+5"/>
        <source>Choose the unit it merged into.</source>
        <translation>Choose the unit it merged into.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../emudesk/ui/messages.py" line="+56"/>
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
    <name>NameHistoryModel</name>
    <message>
        <location filename="../../emudesk/ui/models/units.py" line="+87"/>
        <source>From year</source>
        <translation>From year</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Official name</source>
        <translation>Official name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
</context>
<context>
    <name>NavigationModel</name>
    <message>
        <location filename="../../emudesk/ui/navigation.py" line="+66"/>
        <source>Year %1</source>
        <translation>Year %1</translation>
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
    <name>RenameUnitDialog</name>
    <message>
        <location filename="../../forms/rename_unit_dialog.ui" line="+14"/>
        <source>Rename a unit</source>
        <translation>Rename a unit</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New name &amp;from year:</source>
        <translation>New name &amp;from year:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Years before this one keep the previous name</source>
        <translation>Years before this one keep the previous name</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New &amp;official name:</source>
        <translation>New &amp;official name:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New &amp;short name:</source>
        <translation>New &amp;short name:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Name history</source>
        <translation>Name history</translation>
    </message>
    <message>
        <location filename="../../emudesk/ui/dialogs/rename_unit.py" line="+39"/>
        <source>Unit: %1 (%2)</source>
        <translation>Unit: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../emudesk/ui/search.py" line="+100"/>
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
        <location line="+16"/>
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
        <location filename="../../emudesk/ui/dialogs/settings.py" line="+40"/>
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
    <name>Startup</name>
    <message>
        <location filename="../../emudesk/ui/app.py" line="+65"/>
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
        <source>Contact &amp;person:</source>
        <translation>Contact &amp;person:</translation>
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
        <location filename="../../emudesk/ui/models/units.py" line="-67"/>
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
        <location line="+24"/>
        <source>%1 (from %2)</source>
        <translation>%1 (from %2)</translation>
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
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
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
        <source>Give the unit a new name from a year on; earlier years keep the old name</source>
        <translation>Give the unit a new name from a year on; earlier years keep the old name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;name from a year…</source>
        <translation>Re&amp;name from a year…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record that the unit merged into another unit from a year on</source>
        <translation>Record that the unit merged into another unit from a year on</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mer&amp;ge into…</source>
        <translation>Mer&amp;ge into…</translation>
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
        <location filename="../../emudesk/ui/pages/units.py" line="+29"/>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <location line="+119"/>
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
        <source>Tick &amp;none</source>
        <translation>Tick &amp;none</translation>
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
        <location filename="../../emudesk/ui/dialogs/year.py" line="+135"/>
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
        <source>&amp;Edit members and leadership…</source>
        <translation>&amp;Edit members and leadership…</translation>
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
        <location line="+24"/>
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
        <location filename="../../emudesk/ui/pages/year.py" line="+25"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 — %2 — year %3</source>
        <translation>%1 — %2 — year %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issuer: %1</source>
        <translation>Issuer: %1</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+35"/>
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
