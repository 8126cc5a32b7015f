"""Documents built from the store's data without Qt: the applicant's receipt (later, the sync reports)."""
