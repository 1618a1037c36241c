"""Qt item models fed by service data (plain dataclasses), one per list or table."""
