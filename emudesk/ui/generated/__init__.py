"""Python classes generated from forms/*.ui by tools/build_forms.py (`make ui`).

Never edited by hand; tests/test_tooling.py proves they match the forms.
"""
