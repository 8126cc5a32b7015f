"""KTP (required) and selfie (optional) images: choose, check, store encrypted, preview.

A file is refused here when it is missing or too large, before anything is read;
the store then refuses what is not an image and strips EXIF. Only the stored
reference (hash, size, type) goes into the wizard's data.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from desktop.domain.messages import DomainError, Message
from desktop.domain.registration import AttachmentKind, AttachmentRef
from desktop.operations import registration_ops
from desktop.ui.a11y import announce, set_error
from desktop.ui.wizard.page import Page

MAX_BYTES = registration_ops.MAX_ATTACHMENT_BYTES
PREVIEW_LINES = 12  # preview height in text lines, so it grows with the text size

TOO_LARGE = Message("file_too_large", "Berkas terlalu besar (paling besar {mb} MB). Foto ulang dengan resolusi lebih "
                    "rendah atau pindai ulang.", "The file is too large (at most {mb} MB). Take the photo again at a "
                    "lower resolution or rescan.", {"mb": MAX_BYTES // (1024 * 1024)})
NOT_FOUND = Message("file_not_found", "Berkas tidak ditemukan. Periksa nama dan foldernya.",
                    "File not found. Check its name and folder.")
UNREADABLE = Message("file_unreadable", "Berkas tidak dapat dibaca sebagai gambar. Pilih foto JPEG, PNG atau WebP.",
                     "The file cannot be read as an image. Choose a JPEG, PNG or WebP photo.")


IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".webp"})


def newest_image(folder: Path, limit: int = 2000) -> Path | None:
    """The most recently changed image directly in `folder` (at most `limit` entries looked at), if any."""
    best: tuple[float, Path] | None = None
    try:
        with os.scandir(folder) as entries:
            for n, entry in enumerate(entries):
                if n >= limit:
                    break
                if Path(entry.name).suffix.lower() in IMAGE_SUFFIXES and entry.is_file():
                    changed = entry.stat().st_mtime
                    if best is None or changed > best[0]:
                        best = (changed, Path(entry.path))
    except OSError:
        return None  # no such folder, or not readable: the chooser opens without a choice
    return best[1] if best else None


class DocumentsPage(Page):
    def build(self) -> None:
        self.note(self.tr("Type the path of an image file and press Enter, or choose it with Browse. The KTP is "
                          "required; the selfie is optional. Location data inside photos is removed."))
        self.paths: dict[str, QLineEdit] = {}
        self._last_folder = ""
        self.removers: dict[str, QPushButton] = {}
        self.previews: dict[str, QLabel] = {}
        self.statuses: dict[str, QLabel] = {}
        for kind, label in ((AttachmentKind.KTP, self.tr("KTP photo or scan (required)")),
                            (AttachmentKind.SELFIE, self.tr("Selfie (optional)"))):
            self._file_row(kind, label)

    def _file_row(self, kind: AttachmentKind, label: str) -> None:
        key = f"documents.{kind.value}"
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        path = QLineEdit(row)
        path.setObjectName(f"{key}.path")
        path.setAccessibleName(label.replace("&", ""))
        path.returnPressed.connect(lambda k=kind: self.attach(k, self.paths[k.value].text()))
        browse = QPushButton(self.tr("Browse…"), row)
        browse.setObjectName(f"{key}.browse")
        browse.setAccessibleName(self.tr("Browse for {what}").format(what=label))
        browse.clicked.connect(lambda _checked=False, k=kind: self._browse(k))
        remove = QPushButton(self.tr("Remove"), row)
        remove.setObjectName(f"{key}.remove")
        remove.setAccessibleName(self.tr("Remove {what}").format(what=label))
        remove.clicked.connect(lambda _checked=False, k=kind: self.remove(k))
        line.addWidget(path, 1)
        line.addWidget(browse)
        line.addWidget(remove)
        self.form.add(key, label, row)
        row.setFocusProxy(path)
        self.paths[kind.value] = path
        self.removers[kind.value] = remove
        status = QLabel(self)
        status.setObjectName(f"{key}.status")
        status.setWordWrap(True)
        preview = QLabel(self)
        preview.setObjectName(f"{key}.preview")
        preview.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.box.addWidget(status)
        self.box.addWidget(preview)
        self.statuses[kind.value] = status
        self.previews[kind.value] = preview

    def _browse(self, kind: AttachmentKind) -> None:
        # A scanner or a phone copies its photos to Documents: start there (never the working folder), with the
        # newest image chosen, so the photo just taken is one Enter away. Another folder stays a few keys away.
        folder = self._last_folder or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        dialog = QFileDialog(self, self.tr("Choose an image"), folder)
        newest = newest_image(Path(folder))
        if newest is not None:
            dialog.selectFile(str(newest))
        dialog.setObjectName("imageChooser")
        dialog.setNameFilter(self.tr("Images (*.jpg *.jpeg *.png *.webp)"))  # what the store accepts
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda name: self._chosen(kind, name))
        dialog.open()  # never a blocking exec()

    def _chosen(self, kind: AttachmentKind, name: str) -> None:
        self._last_folder = str(Path(name).parent)  # the selfie is usually beside the KTP
        self.paths[kind.value].setText(name)
        self.attach(kind, name)

    def _error(self, kind: AttachmentKind, message: Message | None) -> None:
        text = "" if message is None else "⚠ " + message.text(self.language)
        set_error(self.form.errors[f"documents.{kind.value}"], text)

    def attach(self, kind: AttachmentKind, text: str) -> None:
        path = Path(text.strip())
        try:
            if not text.strip() or not path.is_file():
                self._error(kind, NOT_FOUND)
                return
            if path.stat().st_size > MAX_BYTES:
                self._error(kind, TOO_LARGE)
                return
        except OSError:
            self._error(kind, UNREADABLE)
            return
        self._error(kind, None)
        self.statuses[kind.value].setText(self.tr("Checking and encrypting the file…"))
        # Read off the GUI thread as well; an unreadable file comes back as an OSError -> UNREADABLE.
        registration_ops.add_attachment_file(self.context.runner, self.context.session, kind, path) \
            .success(lambda result: self._attached(kind, *result)) \
            .failure(lambda exc: self._failed(kind, exc)).run()

    def _attached(self, kind: AttachmentKind, ref: AttachmentRef, payload: bytes) -> None:
        self.flow.data[f"documents.{kind.value}"] = {"sha256": ref.sha256, "size": ref.size,
                                                     "media_type": ref.media_type}
        self.paths[kind.value].clear()
        self._show(kind, payload)
        announce(self, self.statuses[kind.value].text())
        self._on_change()

    def _failed(self, kind: AttachmentKind, exc: BaseException) -> None:
        self.statuses[kind.value].clear()
        self._error(kind, exc.message if isinstance(exc, DomainError) else UNREADABLE)

    def remove(self, kind: AttachmentKind) -> None:
        self.flow.data.pop(f"documents.{kind.value}", None)
        self._show(kind, None)
        self._on_change()

    def _show(self, kind: AttachmentKind, payload: bytes | None) -> None:
        preview, status = self.previews[kind.value], self.statuses[kind.value]
        ref = self.flow.data.get(f"documents.{kind.value}")
        self.removers[kind.value].setEnabled(isinstance(ref, dict))
        if not isinstance(ref, dict):
            preview.clear()
            status.setText(self.tr("No file attached."))
            return
        status.setText(self.tr("Attached and encrypted ({kb} KB).").format(kb=max(1, int(ref["size"]) // 1024)))
        pixmap = QPixmap()
        if payload is not None and pixmap.loadFromData(payload):
            height = preview.fontMetrics().lineSpacing() * PREVIEW_LINES
            preview.setPixmap(pixmap.scaledToHeight(height, Qt.TransformationMode.SmoothTransformation))
            preview.setAccessibleName(self.tr("Preview of the attached image"))

    def after_load(self) -> None:
        for kind in AttachmentKind:
            ref = self.flow.data.get(f"documents.{kind.value}")
            self._show(kind, None)
            if isinstance(ref, dict) and isinstance(ref.get("sha256"), str):
                self._load_preview(kind, ref["sha256"])

    def _load_preview(self, kind: AttachmentKind, sha256: str) -> None:
        registration_ops.attachment_bytes(self.context.runner, self.context.session, sha256) \
            .success(lambda data: self._show(kind, data)) \
            .failure(lambda exc: self._failed(kind, exc)).run()

    def store(self) -> None:
        """Attachments are written by attach/remove; the path boxes are not data."""
