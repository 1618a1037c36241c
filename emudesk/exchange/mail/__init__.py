"""E-mails as files: the forms out as ready drafts, the returns in from saved e-mails.

The exchange with the member units travels by e-mail, so an e-mail is one more container
around the same workbook. This package writes drafts (``.eml`` marked unsent, which Outlook
and Thunderbird open ready to send) and sends them by SMTP, with the standard library only;
and it reads saved e-mails (``.eml``, a Thunderbird folder ``.mbox``, Outlook's ``.msg``)
down to their attachments, bounded and suspicious, without ever opening anything but the
workbooks, which then go through exactly the checks of a workbook file.
"""
