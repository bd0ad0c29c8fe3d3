"""Guaranteed interviews: Disability Confident, care experienced and other schemes, decided by rules."""
