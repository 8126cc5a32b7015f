"""Errors the store raises to people: each a `DomainError` with a bilingual `Message`.

No message names which part of a login was wrong, and none carries personal
data: at most a count, a number of seconds, or an internal record id.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from desktop.domain.messages import DomainError, Message

if TYPE_CHECKING:  # the log-in window loads these errors; uuid itself is not needed before it is painted
    from uuid import UUID


class StoreError(DomainError):
    """Base of every error the store raises on purpose."""


class StoreUnreadable(StoreError):
    """The database is corrupt, truncated, from another device, or the key is wrong."""

    def __init__(self) -> None:
        super().__init__(
            Message(
                "store_unreadable",
                "Basis data di perangkat ini tidak dapat dibaca (rusak, terpotong, atau dari perangkat lain). "
                "Jangan hapus folder data; hubungi supervisor untuk memulihkannya dari cadangan.",
                "The database on this device cannot be read (damaged, truncated, or from another device). "
                "Do not delete the data folder; ask a supervisor to restore it from a backup.",
            )
        )


class KeySlotsUnreadable(StoreError):
    """keyslots.json is missing, damaged or edited: nobody can log in with it."""

    def __init__(self) -> None:
        super().__init__(
            Message(
                "key_slots_unreadable",
                "Berkas kunci akun (keyslots.json) hilang, rusak, atau telah diubah. Jangan hapus folder data; "
                "hubungi supervisor untuk memulihkannya dari cadangan.",
                "The account key file (keyslots.json) is missing, damaged or was edited. Do not delete the data "
                "folder; ask a supervisor to restore it from a backup.",
            )
        )


class NotSetUp(StoreError):
    def __init__(self) -> None:
        super().__init__(
            Message(
                "store_not_set_up",
                "Perangkat ini belum disiapkan. Jalankan penyiapan perangkat terlebih dahulu.",
                "This device has not been set up yet. Run the device set-up first.",
            )
        )


class AlreadyOpen(StoreError):
    def __init__(self) -> None:
        super().__init__(
            Message(
                "already_open",
                "Luring sudah terbuka untuk folder data ini (mungkin di jendela lain, atau oleh pengguna lain di "
                "komputer ini). Pakai jendela yang sudah terbuka, atau tutup dulu lalu buka lagi.",
                "Luring is already open for this data folder (perhaps in another window, or by another user of "
                "this computer). Use the open window, or close it first and open it again.",
            )
        )


class AlreadySetUp(StoreError):
    def __init__(self) -> None:
        super().__init__(
            Message(
                "store_already_set_up",
                "Folder data ini sudah berisi data. Pilih folder kosong untuk penyiapan baru.",
                "This data folder already holds data. Choose an empty folder for a new set-up.",
            )
        )


class DatabaseTooNew(StoreError):
    def __init__(self) -> None:
        super().__init__(
            Message(
                "database_too_new",
                "Basis data ini dibuat oleh versi Luring yang lebih baru. Pasang versi terbaru aplikasi.",
                "This database was written by a newer version of Luring. Install the latest version of the app.",
            )
        )


class MigrationFailed(StoreError):
    def __init__(self, backup_name: str) -> None:
        self.backup_name = backup_name
        super().__init__(
            Message(
                "migration_failed",
                "Pembaruan basis data gagal; data tidak diubah sejak salinan {backup}. Hubungi dukungan teknis "
                "dan jangan hapus folder data.",
                "Updating the database failed; the copy {backup} holds the data from before. Contact technical "
                "support and do not delete the data folder.",
                {"backup": backup_name},
            )
        )


class LoginFailed(StoreError):
    """One message for an unknown user and a wrong password alike."""

    def __init__(self) -> None:
        super().__init__(
            Message(
                "login_failed",
                "Nama pengguna atau kata sandi salah. Periksa lalu coba lagi.",
                "The username or password is wrong. Check them and try again.",
            )
        )


class LockedOut(StoreError):
    def __init__(self, seconds: int) -> None:
        self.seconds = seconds
        super().__init__(
            Message(
                "locked_out",
                "Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam {seconds} detik.",
                "Too many failed log-in attempts. Try again in {seconds} seconds.",
                {"seconds": seconds},
            )
        )


class PermissionDenied(StoreError):
    def __init__(self) -> None:
        super().__init__(
            Message(
                "permission_denied",
                "Hanya supervisor yang dapat melakukan ini. Minta supervisor untuk masuk.",
                "Only a supervisor can do this. Ask a supervisor to log in.",
            )
        )


class InvalidUsername(StoreError):
    def __init__(self) -> None:
        super().__init__(
            Message(
                "invalid_username",
                "Nama pengguna harus 2–32 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung.",
                "A username is 2–32 characters: lower-case letters, digits, dot, underscore or hyphen.",
            )
        )


class UsernameTaken(StoreError):
    def __init__(self) -> None:
        super().__init__(
            Message(
                "username_taken",
                "Nama pengguna ini sudah dipakai di perangkat ini. Pilih nama lain.",
                "This username is already used on this device. Choose another.",
            )
        )


class WeakPassword(StoreError):
    """The new password breaks the domain's password rule (`desktop.domain.passwords`); the message says which."""


class PasswordChangeRequired(StoreError):
    """The account logged in with a one-time code: it must choose a new password before anything else."""

    def __init__(self) -> None:
        super().__init__(
            Message(
                "password_change_required",
                "Kata sandi Anda telah diatur ulang. Buat kata sandi baru terlebih dahulu, lalu lanjutkan.",
                "Your password was reset. Choose a new password first, then carry on.",
            )
        )


class PasswordUnchanged(StoreError):
    def __init__(self) -> None:
        super().__init__(
            Message(
                "password_unchanged",
                "Kata sandi baru harus berbeda dari kata sandi sekarang atau kode sekali pakai. Pilih yang lain.",
                "The new password must differ from the current password or the one-time code. Choose another.",
            )
        )


class LastSupervisor(StoreError):
    def __init__(self) -> None:
        super().__init__(
            Message(
                "last_supervisor",
                "Akun ini adalah supervisor terakhir di perangkat ini dan tidak dapat dihapus.",
                "This is the last supervisor account on this device and cannot be removed.",
            )
        )


class SessionClosed(StoreError):
    def __init__(self) -> None:
        super().__init__(
            Message(
                "session_closed",
                "Sesi telah ditutup. Silakan masuk kembali.",
                "The session was closed. Please log in again.",
            )
        )


class DuplicateNik(StoreError):
    def __init__(self, existing_id: UUID) -> None:
        self.existing_id = existing_id
        super().__init__(
            Message(
                "duplicate_nik",
                "NIK ini sudah terdaftar di perangkat ini. Buka data yang ada untuk memperbaikinya.",
                "This NIK is already registered on this device. Open the existing record to correct it.",
            )
        )


class KkLimitReached(StoreError):
    def __init__(self, existing_ids: Sequence[UUID], limit: int = 2) -> None:
        self.existing_ids = list(existing_ids)
        super().__init__(
            Message(
                "kk_limit_reached",
                "Sudah ada {limit} pendaftar dari Kartu Keluarga ini. Batas per KK telah tercapai.",
                "There are already {limit} applicants from this family card. The per-family limit is reached.",
                {"limit": limit},
            )
        )


class InvalidAttachment(StoreError):
    def __init__(self, reason_id: str = "Berkas tidak dapat dibaca sebagai gambar atau PDF.",
                 reason_en: str = "The file cannot be read as an image or a PDF.") -> None:
        super().__init__(
            Message(
                "invalid_attachment",
                reason_id + " Pilih berkas lain.",
                reason_en + " Choose another file.",
            )
        )


class NotFound(StoreError):
    def __init__(self) -> None:
        super().__init__(
            Message(
                "not_found",
                "Data yang dicari tidak ada di perangkat ini. Muat ulang daftar lalu coba lagi.",
                "The item was not found on this device. Reload the list and try again.",
            )
        )
