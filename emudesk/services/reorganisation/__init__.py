"""The reorganisation: renames, mergers, splits and cluster moves on a date, with decisions."""
