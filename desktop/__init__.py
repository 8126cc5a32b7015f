"""Luring: the offline registration desk for Kartu Prakerja applicants."""
