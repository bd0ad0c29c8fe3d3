"""Advert check (EDI strategy actions 5.1 and 5.6): readability, biased wording and inclusion signals."""
