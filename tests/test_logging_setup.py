"""Logs never hold personal data: values are masked, exception messages and tracebacks are dropped."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

from desktop import logging_setup
from desktop.logging_setup import mask_personal

NIK = "3201014101900001"
PHONE = "+6281234567890"


def test_nik_phone_and_email_like_values_are_masked() -> None:
    text = f"nik {NIK} / 3201-0141-0190-0001 phone {PHONE} 0812 3456 7890 mail siti@example.id"
    masked = mask_personal(text)
    for secret in (NIK, "3201-0141-0190-0001", PHONE, "0812 3456 7890", "siti@example.id"):
        assert secret not in masked
    assert masked.count("[NIK]") == 2 and "[PHONE]" in masked and "[EMAIL]" in masked
    assert not any(run in masked for run in ("3456", "7890", "0812")), masked


def test_birth_dates_and_other_long_numbers_are_masked_too() -> None:
    assert mask_personal("born 17-08-1990, KK 3201 0101 0120 0001") == "born [NUMBER], KK [NIK]"


def test_short_numbers_stay_readable() -> None:
    plain = "saved 1000 records in 12.5 s, version 2025.1"
    assert mask_personal(plain) == plain


def test_log_file_holds_no_personal_value_even_from_arguments_and_exceptions(tmp_path: Path) -> None:
    logging_setup.configure(tmp_path)
    log = logging.getLogger("luring.test")
    log.info("looked up %s for %s", NIK, PHONE)
    try:
        raise ValueError(f"bad NIK {NIK}")
    except ValueError:
        log.exception("lookup failed")
    for handler in logging.getLogger("luring").handlers:
        handler.flush()
    text = (tmp_path / "luring.log").read_text(encoding="utf-8")
    assert NIK not in text and PHONE not in text and "bad NIK" not in text
    assert "lookup failed" in text and "[ValueError]" in text
    assert oct((tmp_path).stat().st_mode & 0o777) == "0o700"


def test_an_unhandled_exception_is_reported_without_its_message(tmp_path: Path) -> None:
    script = (
        "import sys; from pathlib import Path; from desktop import logging_setup; "
        "logging_setup.configure(Path(sys.argv[1])); logging_setup.install_excepthook(); "
        f"raise ValueError('applicant {NIK} rejected')"
    )
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert NIK not in done.stderr and "Traceback" not in done.stderr
    assert "ValueError" in done.stderr
    log_text = (tmp_path / "luring.log").read_text(encoding="utf-8")
    assert "unhandled ValueError" in log_text and NIK not in log_text


def test_the_start_logs_plainly_then_rotates_the_same_file_masked_and_losing_nothing(tmp_path: Path) -> None:
    import logging.handlers

    logging_setup.configure(tmp_path, rotating=False)
    log = logging.getLogger("luring.test")
    log.info("before the first paint, NIK %s", NIK)
    logging_setup.start_rotating()
    log.info("after the first paint, phone %s", PHONE)
    (handler,) = logging.getLogger("luring").handlers
    assert isinstance(handler, logging.handlers.RotatingFileHandler) and handler.maxBytes == 1_000_000
    handler.flush()
    text = (tmp_path / "luring.log").read_text(encoding="utf-8")
    assert "before the first paint" in text and "after the first paint" in text
    assert NIK not in text and PHONE not in text
