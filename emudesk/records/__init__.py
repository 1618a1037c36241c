"""Plain records that services fill and the writers (printing, exchange) take as input.

They sit below the writers so that nothing there depends on the services' vocabulary
(issue 14): frozen dataclasses and named tuples, no database, no Qt, no file format.
"""
