"""The sync report's words in Bahasa Indonesia and English (a report is printed, so it carries both itself)."""

from __future__ import annotations

from desktop.domain.clock import ClockFlag
from desktop.store.outbox_table import RecordStatus

_TEXTS: dict[str, tuple[str, str]] = {
    "title": ("Laporan Sinkronisasi Pendaftaran Kartu Prakerja", "Kartu Prakerja Registration Sync Report"),
    "office": ("Kantor", "Office"),
    "device": ("Perangkat", "Device"),
    "period": ("Periode", "Period"),
    "filters": ("Saringan", "Filters"),
    "all": ("semua", "all"),
    "officer": ("Petugas", "Officer"),
    "region": ("Wilayah", "Region"),
    "status": ("Status", "Status"),
    "generated": ("Dibuat", "Generated"),
    "by": ("oleh", "by"),
    "named_list": ("Daftar bernama: berisi nama dan NIK lengkap atas permintaan supervisor.",
                   "Named list: contains names and full NIKs at a supervisor's request."),
    "masked_list": ("NIK disamarkan dan nama tidak dicantumkan.", "NIKs are masked and names are left out."),
    "totals": ("Ringkasan", "Summary"),
    "registered": ("Terdaftar", "Registered"),
    "waiting": ("Menunggu dikirim", "Waiting to be sent"),
    "sent": ("Sudah dikirim", "Sent"),
    "oldest_waiting": ("Umur data tertua yang menunggu", "Age of the oldest waiting record"),
    "days": ("{n} hari", "{n} days"),
    "none": ("tidak ada", "none"),
    "never": ("belum pernah", "never"),
    "last_sync": ("Sinkronisasi berhasil terakhir", "Last successful sync"),
    "clock_offset": ("Selisih jam perangkat dengan pusat", "Device clock offset from the centre"),
    "seconds": ("{n} detik", "{n} seconds"),
    "unknown": ("belum diukur", "not measured yet"),
    "clock_flagged": ("Data dengan jam perangkat meragukan", "Records made with a doubtful device clock"),
    "audit_chain": ("Rantai log audit", "Audit log chain"),
    "audit_ok": ("utuh ({n} catatan)", "intact ({n} entries)"),
    "audit_broken": ("RUSAK mulai catatan {n}", "BROKEN from entry {n}"),
    "checkpoint": ("Titik periksa terakhir di pusat", "Last checkpoint held by the centre"),
    "checkpoint_at": ("catatan {n}, {when}", "entry {n}, {when}"),
    "reasons": ("Alasan penolakan dan perbaikan dari pusat", "The centre's reasons for rejections and corrections"),
    "handovers": ("Serah terima lewat flashdisk", "USB hand-overs"),
    "chart": ("Pendaftaran dan hasil per hari", "Registrations and outcomes per day"),
    "at_centre": ("Diterima/terverifikasi pusat", "Accepted/verified by the centre"),
    "refused": ("Ditolak/perlu perbaikan", "Rejected/needs correction"),
    "details": ("Rincian data", "Record details"),
    "col_no": ("No", "No"),
    "col_reference": ("Referensi", "Reference"),
    "col_record": ("ID data", "Record id"),
    "col_version": ("Versi", "Version"),
    "col_nik": ("NIK", "NIK"),
    "col_name": ("Nama", "Name"),
    "col_officer": ("Petugas", "Officer"),
    "col_village": ("Desa/kelurahan", "Village"),
    "col_registered": ("Didaftarkan", "Registered"),
    "col_status": ("Status", "Status"),
    "col_reasons": ("Alasan pusat", "Centre's reasons"),
    "col_clock": ("Jam meragukan", "Doubtful clock"),
    "label": ("Keterangan", "Item"),
    "value": ("Nilai", "Value"),
    "signatures": ("Tanda tangan", "Signatures"),
    "supervisor_sign": ("Supervisor", "Supervisor"),
    "officers_sign": ("Petugas", "Officers"),
    "name_line": ("Nama dan tanggal", "Name and date"),
    "content_hash": ("SHA-256 isi laporan", "SHA-256 of the report's content"),
    "device_signature": ("Tanda tangan Ed25519 perangkat", "Device's Ed25519 signature"),
    "device_key": ("Sidik kunci perangkat", "Device key fingerprint"),
    "unsigned": ("TIDAK bertanda tangan: perangkat ini belum terdaftar di pusat.",
                 "NOT signed: this device is not enrolled with the centre."),
    "how_to_verify": ("Periksa keaslian berkas ini dengan: luring report verify NAMA_BERKAS.pdf",
                      "Check this file is genuine with: luring report verify FILE_NAME.pdf"),
    "page": ("Halaman {n} dari", "Page {n} of"),
    "no_records": ("Tidak ada data pada periode ini.", "No records in this period."),
}

STATUS: dict[RecordStatus, tuple[str, str]] = {
    RecordStatus.DRAFT: ("Draf", "Draft"),
    RecordStatus.READY: ("Siap dikirim", "Ready to send"),
    RecordStatus.SENDING: ("Sedang dikirim", "Sending"),
    RecordStatus.ACCEPTED: ("Diterima pusat", "Accepted"),
    RecordStatus.VERIFIED: ("Terverifikasi", "Verified"),
    RecordStatus.REJECTED: ("Ditolak", "Rejected"),
    RecordStatus.NEEDS_CORRECTION: ("Perlu perbaikan", "Needs correction"),
    RecordStatus.QUARANTINED: ("Ditahan (gagal berulang)", "Held back (failed repeatedly)"),
}

# The centre's stable codes in plain words; any other code is the centre's own text, shown as it is.
REASONS: dict[str, tuple[str, str]] = {
    "validation": ("Ada isian yang melanggar aturan pusat", "Some entries break the centre's rules"),
    "nik_registered": ("NIK sudah terdaftar di pusat", "The NIK is already registered at the centre"),
    "kk_limit": ("Kartu keluarga sudah mencapai batas pendaftaran", "The family card already has the most "
                 "registrations allowed"),
    "ineligible": ("Pemohon tidak memenuhi syarat Kartu Prakerja", "The applicant is not eligible"),
    "seal_invalid": ("Pusat tidak dapat membuka data tersegel", "The centre could not open the sealed record"),
    "replaces_unknown": ("Pusat tidak punya versi yang diperbaiki", "The centre lacks the version this corrects"),
    "conflict": ("Pusat menyimpan data lain dengan nomor ini", "The centre holds other data under this number"),
    "refused": ("Ditolak pusat", "Refused by the centre"),
}

CLOCK_FLAGS: dict[str, tuple[str, str]] = {
    ClockFlag.OFF_FROM_CENTRE.value: ("Jam perangkat selisih jauh dari pusat", "Device clock far from the centre's"),
    ClockFlag.WENT_BACKWARDS.value: ("Jam perangkat dimundurkan", "Device clock set back"),
}

HANDOVER_KINDS: dict[str, tuple[str, str]] = {
    "bundle_exported": ("Bundel ditulis", "Bundle written"),
    "bundle_forwarded": ("Bundel diteruskan ke pusat", "Bundle forwarded to the centre"),
    "receipt_imported": ("Tanda terima pusat dibaca", "Centre's receipt read"),
}


def _pick(pair: tuple[str, str], language: str) -> str:
    return pair[1] if language == "en" else pair[0]


def text(key: str, language: str, **params: object) -> str:
    return _pick(_TEXTS[key], language).format(**params)


def status_name(status: RecordStatus, language: str) -> str:
    return _pick(STATUS[status], language)


def reason_name(code: str, language: str) -> str:
    return _pick(REASONS[code], language) if code in REASONS else code


def handover_name(kind: str, language: str) -> str:
    return _pick(HANDOVER_KINDS[kind], language) if kind in HANDOVER_KINDS else kind


def clock_flag_name(code: str, language: str) -> str:
    return _pick(CLOCK_FLAGS[code], language) if code in CLOCK_FLAGS else code
