"""One logging configuration: platform log folder, and no personal data in any line."""

from __future__ import annotations

import logging
import re
import sys
import traceback
from pathlib import Path
from types import TracebackType

from desktop.paths import ensure_private_dir

# 16-digit NIK/KK (with optional separators) and Indonesian phone numbers.
_NIK_LIKE = re.compile(r"(?<!\d)(\d[ .-]?){15}\d(?!\d)")
_PHONE_LIKE = re.compile(r"(?<![\d+])(\+?62|0)[ .-]?8[\d .-]{7,14}\d(?!\d)")
_EMAIL_LIKE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
# Whatever is left of 8 or more digits (two phones side by side, a birth date): a log needs none of it.
_LONG_NUMBER = re.compile(r"(?<!\d)\d(?:[ .-]?\d){7,}(?!\d)")


def mask_personal(text: str) -> str:
    text = _NIK_LIKE.sub("[NIK]", text)
    text = _PHONE_LIKE.sub("[PHONE]", text)
    text = _LONG_NUMBER.sub("[NUMBER]", text)
    return _EMAIL_LIKE.sub("[EMAIL]", text)


class PersonalDataFilter(logging.Filter):
    """Masks NIK-, phone- and e-mail-like values in every record, arguments included."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = mask_personal(record.getMessage())
        record.args = None
        if record.exc_info:
            # Tracebacks can quote values; keep the type only.
            exc_type = record.exc_info[0]
            record.msg += f" [{exc_type.__name__ if exc_type else 'error'}]"
            record.exc_info = None
            record.exc_text = None
        return True


LOG_NAME = "luring.log"


def configure(log_dir: Path, level: int = logging.INFO, *, rotating: bool = True) -> None:
    """Log to `log_dir/luring.log`, masked. `rotating=False` is for the application's start: a plain file
    handler until `start_rotating()`, since the rotating one's module (sockets, pickle) costs the first paint."""
    ensure_private_dir(log_dir)
    path = log_dir / LOG_NAME
    _use(_rotating_handler(path) if rotating else logging.FileHandler(path, encoding="utf-8"), level)


def start_rotating() -> None:
    """Swap the start's plain file handler for the rotating one on the same file (nothing is lost)."""
    root = logging.getLogger("luring")
    for old in list(root.handlers):
        if type(old) is logging.FileHandler:
            _use(_rotating_handler(Path(old.baseFilename)), root.level)


def _rotating_handler(path: Path) -> logging.Handler:
    import logging.handlers

    return logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")


def _use(handler: logging.Handler, level: int) -> None:
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(PersonalDataFilter())
    root = logging.getLogger("luring")
    root.setLevel(level)
    replaced, root.handlers[:] = list(root.handlers), [handler]
    for old in replaced:
        old.close()
    root.propagate = False


def describe_exception(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    """Type and where it happened (file:line in function), never the message: messages can quote input."""
    frames = traceback.extract_tb(tb)[-5:]
    where = " <- ".join(f"{Path(f.filename).name}:{f.lineno} in {f.name}" for f in reversed(frames))
    return f"{exc_type.__name__} at {where or 'unknown place'}"


def install_excepthook() -> None:
    """Unhandled exceptions (also in Qt slots) go to the masked log without their message or values."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        line = describe_exception(exc_type, tb)
        logging.getLogger("luring.crash").critical("unhandled %s", line)
        sys.stderr.write(f"luring: unexpected error ({line}); details are in the log\n")

    sys.excepthook = hook
