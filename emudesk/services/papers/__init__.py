"""Official papers: the issuers' award catalogues, document numbers, the wording of each
paper, and the dossier a cluster head sends (tờ trình, biên bản, báo cáo thành tích)."""
