"""Use cases of digital signatures: the token's settings, the certificates this office
trusts, signing papers and packages, receiving a signed handover, signed QR codes.

The token's settings and the trust store belong to the PC, not to a database (a ministry's
shared server has offices with different tokens and drivers): they live as files in the user
data folder (``paths.signing_dir()``), read by the window and the commands alike. The PIN is
a parameter of each call and is stored nowhere.
"""
