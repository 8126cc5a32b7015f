"""Documents built from the store's data without Qt: the applicant's receipt and the supervisors' sync reports."""
