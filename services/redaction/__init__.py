"""Blind applications (action 5.2): detect and remove identifying details from application text."""
