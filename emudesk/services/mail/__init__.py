"""The mail room: forms out as ready e-mails, returns in from e-mails, and who is late.

``outgoing`` prepares each member's e-mail (its form attached, the words of ``letters``);
``drafts`` writes them as ``.eml`` drafts and ``sending`` sends them through the office's
SMTP server, both recording what went to whom (``FormDispatch``); the import of returns
records what came back (``receipts``); ``board`` puts the two side by side per unit, and
``reply`` is the member's side: the filled form back to the head. ``passwords`` keeps an
SMTP password in the system's keyring when the user asks, and nowhere else.
"""
