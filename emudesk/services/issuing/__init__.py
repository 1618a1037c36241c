"""The issuer's office: submission packages in, the board, decisions out, the register, history."""
