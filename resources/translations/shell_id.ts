<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts on this device</source>
        <translation>Akun di perangkat ini</translation>
    </message>
    <message>
        <source>Acc&amp;ounts</source>
        <translation>&amp;Akun</translation>
    </message>
    <message>
        <source>&amp;Add officer…</source>
        <translation>&amp;Tambah petugas…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>Atur &amp;ulang kata sandi…</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Nonaktifkan…</translation>
    </message>
    <message>
        <source>The account stays in the lists but cannot log in; Reset password brings it back</source>
        <translation>Akun tetap ada di daftar tetapi tidak dapat masuk; Atur ulang kata sandi mengaktifkannya kembali</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Hapus…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Tutu&amp;p</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>officer</source>
        <translation>petugas</translation>
    </message>
    <message>
        <source>deactivated, cannot log in</source>
        <translation>dinonaktifkan, tidak dapat masuk</translation>
    </message>
    <message>
        <source>Yes, continue</source>
        <translation>Ya, lanjutkan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Bring {user} back? The account gets a one-time code and can log in again; they must choose a new password when they next log in.</source>
        <translation>Aktifkan kembali {user}? Akun ini mendapat kode sekali pakai dan dapat masuk lagi; penggunanya harus memilih kata sandi baru saat masuk berikutnya.</translation>
    </message>
    <message>
        <source>Reset the password of {user}? They will get a one-time code and must choose a new password when they next log in.</source>
        <translation>Atur ulang kata sandi {user}? Yang bersangkutan akan menerima kode sekali pakai dan wajib membuat kata sandi baru saat masuk berikutnya.</translation>
    </message>
    <message>
        <source>Remove the account {user}? The database is then re-encrypted so the old password opens nothing. This can take a while.</source>
        <translation>Hapus akun {user}? Setelah itu basis data dienkripsi ulang sehingga kata sandi lama tidak dapat membuka apa pun. Proses ini dapat memakan waktu.</translation>
    </message>
    <message>
        <source>Removing the account and re-encrypting the data…</source>
        <translation>Menghapus akun dan mengenkripsi ulang data…</translation>
    </message>
    <message>
        <source>The account was removed.</source>
        <translation>Akun telah dihapus.</translation>
    </message>
    <message>
        <source>Deactivate {user}? The account stays in the lists and its records keep its name, but it cannot log in. The database is re-encrypted so its password opens nothing; Reset password brings it back.</source>
        <translation>Nonaktifkan {user}? Akun tetap ada di daftar dan datanya tetap mencantumkan namanya, tetapi tidak dapat masuk. Basis data dienkripsi ulang sehingga kata sandinya tidak membuka apa pun; Atur ulang kata sandi mengaktifkannya kembali.</translation>
    </message>
    <message>
        <source>Deactivating the account and re-encrypting the data…</source>
        <translation>Menonaktifkan akun dan mengenkripsi ulang data…</translation>
    </message>
    <message>
        <source>The account was deactivated.</source>
        <translation>Akun sudah dinonaktifkan.</translation>
    </message>
</context>
<context>
    <name>AddOfficerDialog</name>
    <message>
        <source>Add an officer</source>
        <translation>Tambah petugas</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Nama pengguna</translation>
    </message>
    <message>
        <source>Lower-case letters, digits, dot, underscore or hyphen</source>
        <translation>Huruf kecil, angka, titik, garis bawah, atau tanda hubung</translation>
    </message>
    <message>
        <source>&amp;Name shown at log-in</source>
        <translation>Nama yang &amp;ditampilkan saat masuk</translation>
    </message>
    <message>
        <source>&amp;Password (at least {count} characters)</source>
        <translation>&amp;Kata sandi (minimal {count} karakter)</translation>
    </message>
    <message>
        <source>Repeat the pass&amp;word</source>
        <translation>&amp;Ulangi kata sandi</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Tambah</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Type a username and the name to show at log-in.</source>
        <translation>Ketik nama pengguna dan nama yang ditampilkan saat masuk.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Log audit</translation>
    </message>
    <message>
        <source>&amp;Entries, newest first</source>
        <translation>&amp;Entri, terbaru di atas</translation>
    </message>
    <message>
        <source>No entry holds personal data: only events, accounts, counts and codes.</source>
        <translation>Tidak ada entri yang memuat data pribadi: hanya kejadian, akun, jumlah, dan kode.</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Ekspor &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Ekspor &amp;PDF…</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>Checking the audit log…</source>
        <translation>Memeriksa log audit…</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entry(ies), each one checked.</source>
        <translation>
            <numerusform>Log audit utuh: %n entri, semuanya sudah diperiksa.</numerusform>
        </translation>
    </message>
    <message>
        <source>WARNING: the audit log is broken from entry {n}: entries were changed, removed or moved. Export it now and tell the district office.</source>
        <translation>PERINGATAN: log audit rusak mulai entri {n}: ada entri yang diubah, dihapus, atau dipindah. Ekspor sekarang dan beri tahu kantor kabupaten/kota.</translation>
    </message>
    <message>
        <source>The centre holds the log up to entry {n} (checkpoint of {when}).</source>
        <translation>Pusat menyimpan log sampai entri {n} (titik periksa {when}).</translation>
    </message>
    <message>
        <source>The centre holds no checkpoint of this log yet; it gets one at each sync.</source>
        <translation>Pusat belum menyimpan titik periksa log ini; pusat menerimanya setiap sinkronisasi.</translation>
    </message>
    <message>
        <source>Save the audit log</source>
        <translation>Simpan log audit</translation>
    </message>
    <message>
        <source>Writing the audit log…</source>
        <translation>Menulis log audit…</translation>
    </message>
    <message numerus="yes">
        <source>Saved: %1 (%n entry(ies)).</source>
        <translation>
            <numerusform>Tersimpan: %1 (%n entri).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Choose a new password</source>
        <translation>Buat kata sandi baru</translation>
    </message>
    <message>
        <source>Choose a new password that only you know. It needs at least {count} characters.</source>
        <translation>Buat kata sandi baru yang hanya Anda ketahui. Panjangnya minimal {count} karakter.</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>Kata sandi saat &amp;ini</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>Kata sandi &amp;baru</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password</source>
        <translation>&amp;Ulangi kata sandi baru</translation>
    </message>
    <message>
        <source>&amp;Save password</source>
        <translation>&amp;Simpan kata sandi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Today at the desk</source>
        <translation>Meja layanan hari ini</translation>
    </message>
    <message>
        <source>⚠ The recovery key of this device was never confirmed as written down. If every supervisor&apos;s password is forgotten, nothing else opens the device. Make a new key now and write it down.</source>
        <translation>⚠ Kunci pemulihan perangkat ini tidak pernah dikonfirmasi sudah ditulis. Jika kata sandi semua supervisor terlupa, tidak ada lagi yang dapat membuka perangkat. Buat kunci baru sekarang dan tuliskan.</translation>
    </message>
    <message>
        <source>Make a new recovery &amp;key…</source>
        <translation>Buat kunci pe&amp;mulihan baru…</translation>
    </message>
    <message>
        <source>Make a new recovery key</source>
        <translation>Buat kunci pemulihan baru</translation>
    </message>
    <message>
        <source>Re&amp;gistrations in the last 14 days (Left and Right choose a day):</source>
        <translation>Pendaftaran 14 hari &amp;terakhir (panah Kiri dan Kanan memilih hari):</translation>
    </message>
    <message>
        <source>Counting the records that hold personal data…</source>
        <translation>Menghitung data yang masih memuat data pribadi…</translation>
    </message>
    <message>
        <source>Records to &amp;correct…</source>
        <translation>Daftar &amp;perbaikan…</translation>
    </message>
    <message>
        <source>Sync rep&amp;ort…</source>
        <translation>Lapo&amp;ran sinkronisasi…</translation>
    </message>
    <message>
        <source>Au&amp;dit log…</source>
        <translation>&amp;Log audit…</translation>
    </message>
    <message>
        <source>measuring…</source>
        <translation>sedang dihitung…</translation>
    </message>
    <message>
        <source>Registered today</source>
        <translation>Terdaftar hari ini</translation>
    </message>
    <message>
        <source>Registered this week</source>
        <translation>Terdaftar minggu ini</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Menunggu dikirim</translation>
    </message>
    <message>
        <source>Rejected or to correct</source>
        <translation>Ditolak atau perlu diperbaiki</translation>
    </message>
    <message>
        <source>Held back after failing</source>
        <translation>Ditahan setelah gagal terkirim</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>Sinkronisasi terakhir yang berhasil</translation>
    </message>
    <message>
        <source>{caption}: {value}</source>
        <translation>{caption}: {value}</translation>
    </message>
    <message>
        <source>Personal data: {held} records hold it; {skeletons} are kept only as skeletons (no NIK, name or phone).</source>
        <translation>Data pribadi: {held} data masih memuatnya; {skeletons} hanya disimpan sebagai kerangka (tanpa NIK, nama, atau telepon).</translation>
    </message>
    <message>
        <source>Next removal: none due (no verified record holds personal data).</source>
        <translation>Penghapusan berikutnya: belum ada (tidak ada data terverifikasi yang memuat data pribadi).</translation>
    </message>
    <message>
        <source>Next removal: from {when}, at the first log-in or sync after it.</source>
        <translation>Penghapusan berikutnya: mulai {when}, saat masuk atau sinkronisasi pertama sesudahnya.</translation>
    </message>
    <message>
        <source>not enrolled with the centre</source>
        <translation>belum terdaftar di pusat</translation>
    </message>
    <message>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
</context>
<context>
    <name>DayChart</name>
    <message>
        <source>Registrations in the last 14 days</source>
        <translation>Pendaftaran 14 hari terakhir</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>terdaftar</translation>
    </message>
    <message>
        <source>at the centre</source>
        <translation>diterima pusat</translation>
    </message>
    <message>
        <source>rejected or to correct</source>
        <translation>ditolak atau perlu diperbaiki</translation>
    </message>
    <message>
        <source>{day}: {counts}.</source>
        <translation>{day}: {counts}.</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <source>Unfinished registrations</source>
        <translation>Pendaftaran yang belum selesai</translation>
    </message>
    <message>
        <source>&amp;Unfinished registrations, newest first</source>
        <translation>&amp;Pendaftaran yang belum selesai, terbaru di atas</translation>
    </message>
    <message>
        <source>Enter opens the registration</source>
        <translation>Enter membuka pendaftaran</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Hapus…</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>{name} · saved {when} · step {step} of {steps}</source>
        <translation>{name} · disimpan {when} · langkah {step} dari {steps}</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(belum ada nama)</translation>
    </message>
    <message>
        <source>Discard this unfinished registration? What was typed in it is deleted; this cannot be undone.</source>
        <translation>Hapus pendaftaran yang belum selesai ini? Semua yang sudah diketik di dalamnya dihapus dan tidak dapat dikembalikan.</translation>
    </message>
    <message>
        <source>Yes, discard</source>
        <translation>Ya, hapus</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>The unfinished registration was discarded.</source>
        <translation>Pendaftaran yang belum selesai itu sudah dihapus.</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol this device with the centre</source>
        <translation>Daftarkan perangkat ini ke pusat</translation>
    </message>
    <message>
        <source>Type the centre&apos;s address and the enrolment code the centre gave you.</source>
        <translation>Ketik alamat pusat dan kode pendaftaran yang diberikan pusat.</translation>
    </message>
    <message>
        <source>Centre &amp;address</source>
        <translation>&amp;Alamat pusat</translation>
    </message>
    <message>
        <source>Enrolment &amp;code</source>
        <translation>&amp;Kode pendaftaran</translation>
    </message>
    <message>
        <source>Are these exactly the words printed with the enrolment code?</source>
        <translation>Apakah kata-kata ini persis sama dengan yang dicetak bersama kode pendaftaran?</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;Hubungkan</translation>
    </message>
    <message>
        <source>&amp;Yes, they match: enrol</source>
        <translation>&amp;Ya, sama: daftarkan</translation>
    </message>
    <message>
        <source>&amp;No, they differ</source>
        <translation>&amp;Tidak, berbeda</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Type both the centre&apos;s address and the enrolment code.</source>
        <translation>Ketik alamat pusat dan kode pendaftaran.</translation>
    </message>
    <message>
        <source>Connecting to the centre…</source>
        <translation>Menghubungi pusat…</translation>
    </message>
    <message>
        <source>Centre key words: {words}</source>
        <translation>Kata-kata kunci pusat: {words}</translation>
    </message>
    <message>
        <source>Centre key words: {words}. {question}</source>
        <translation>Kata-kata kunci pusat: {words}. {question}</translation>
    </message>
    <message>
        <source>This device is enrolled with the centre.</source>
        <translation>Perangkat ini sudah terdaftar di pusat.</translation>
    </message>
    <message>
        <source>The centre&apos;s key does not match. Someone may be between this device and the centre. Do not enrol on this network; tell the centre, and ask for a new code.</source>
        <translation>Kunci pusat tidak cocok. Mungkin ada pihak lain di antara perangkat ini dan pusat. Jangan mendaftar lewat jaringan ini; beri tahu pusat dan minta kode baru.</translation>
    </message>
    <message>
        <source>The centre refused or could not be reached ({code}). Check the address and the code, then try again.</source>
        <translation>Pusat menolak atau tidak dapat dihubungi ({code}). Periksa alamat dan kodenya, lalu coba lagi.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Luring — set up this device</source>
        <translation>Luring — penyiapan perangkat</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; K&amp;embali</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Lanjut &gt;</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Pe&amp;ngaturan…</translation>
    </message>
    <message>
        <source>&amp;Office name</source>
        <translation>Nama &amp;kantor</translation>
    </message>
    <message>
        <source>For example: Disnaker Kabupaten Bandung</source>
        <translation>Contoh: Disnaker Kabupaten Bandung</translation>
    </message>
    <message>
        <source>&amp;Disnaker code</source>
        <translation>Kode &amp;Disnaker</translation>
    </message>
    <message>
        <source>The office code given by the ministry</source>
        <translation>Kode kantor yang diberikan oleh kementerian</translation>
    </message>
    <message>
        <source>&amp;Province</source>
        <translation>&amp;Provinsi</translation>
    </message>
    <message>
        <source>&amp;Regency or city</source>
        <translation>Kab&amp;upaten atau kota</translation>
    </message>
    <message>
        <source>This office</source>
        <translation>Kantor ini</translation>
    </message>
    <message>
        <source>These details identify this device&apos;s office. They are not personal data.</source>
        <translation>Data ini menunjukkan kantor pemilik perangkat. Data ini bukan data pribadi.</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>Nama &amp;pengguna</translation>
    </message>
    <message>
        <source>Lower-case letters, digits, dot, underscore or hyphen</source>
        <translation>Huruf kecil, angka, titik, garis bawah, atau tanda hubung</translation>
    </message>
    <message>
        <source>&amp;Password (at least {count} characters)</source>
        <translation>&amp;Kata sandi (minimal {count} karakter)</translation>
    </message>
    <message>
        <source>Repeat the pass&amp;word</source>
        <translation>&amp;Ulangi kata sandi</translation>
    </message>
    <message>
        <source>The first supervisor</source>
        <translation>Supervisor pertama</translation>
    </message>
    <message>
        <source>The supervisor manages the officers&apos; accounts on this device.</source>
        <translation>Supervisor mengelola akun para petugas di perangkat ini.</translation>
    </message>
    <message>
        <source>This is the recovery key. It opens this device if every password is forgotten. Write it down on paper now and keep it locked away. It is shown only once.</source>
        <translation>Ini adalah kunci pemulihan. Kunci ini dapat membuka perangkat jika semua kata sandi terlupa. Tuliskan sekarang di kertas dan simpan di tempat terkunci. Kunci ini hanya ditampilkan sekali.</translation>
    </message>
    <message>
        <source>Write down the recovery key</source>
        <translation>Tuliskan kunci pemulihan</translation>
    </message>
    <message>
        <source>Step {step} of {total}</source>
        <translation>Langkah {step} dari {total}</translation>
    </message>
    <message>
        <source>&amp;Create the device</source>
        <translation>&amp;Siapkan perangkat</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Selesai</translation>
    </message>
    <message>
        <source>Type the office name.</source>
        <translation>Ketik nama kantor.</translation>
    </message>
    <message>
        <source>Type the Disnaker code.</source>
        <translation>Ketik kode Disnaker.</translation>
    </message>
    <message>
        <source>Choose the province from the list.</source>
        <translation>Pilih provinsi dari daftar.</translation>
    </message>
    <message>
        <source>Choose the regency or city from the list.</source>
        <translation>Pilih kabupaten atau kota dari daftar.</translation>
    </message>
    <message>
        <source>Type a username.</source>
        <translation>Ketik nama pengguna.</translation>
    </message>
    <message>
        <source>Type the name to show at log-in.</source>
        <translation>Ketik nama yang ditampilkan saat masuk.</translation>
    </message>
    <message>
        <source>Setting up the device. This takes a few seconds…</source>
        <translation>Sedang menyiapkan perangkat. Mohon tunggu beberapa detik…</translation>
    </message>
    <message>
        <source>Na&amp;me shown at log-in</source>
        <translation>Nama yang &amp;ditampilkan saat masuk</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Export for USB</source>
        <translation>Ekspor ke USB</translation>
    </message>
    <message>
        <source>Import receipt</source>
        <translation>Impor tanda terima</translation>
    </message>
    <message>
        <source>Every record still waiting for the centre is sealed for the centre and signed into files in this folder. Take all the files to an online device or to the centre.</source>
        <translation>Semua data yang masih menunggu dikirim ke pusat disegel untuk pusat dan ditandatangani ke dalam berkas di folder ini. Bawa semua berkasnya ke perangkat yang daring atau ke pusat.</translation>
    </message>
    <message>
        <source>Choose the receipt file the centre or an online device of this office made. The records move on exactly as after a sync.</source>
        <translation>Pilih berkas tanda terima yang dibuat pusat atau perangkat daring kantor ini. Status data berubah persis seperti setelah sinkronisasi.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Pilih…</translation>
    </message>
    <message>
        <source>Choose folder</source>
        <translation>Pilih folder</translation>
    </message>
    <message>
        <source>Choose file</source>
        <translation>Pilih berkas</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Folder</translation>
    </message>
    <message>
        <source>&amp;Receipt file</source>
        <translation>Berkas tanda te&amp;rima</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Kemajuan</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Ekspor</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Hentikan</translation>
    </message>
    <message>
        <source>Stops before anything is written; nothing is lost</source>
        <translation>Berhenti sebelum ada yang ditulis; tidak ada yang hilang</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>Choose a folder first.</source>
        <translation>Pilih folder terlebih dahulu.</translation>
    </message>
    <message>
        <source>Choose a receipt file first.</source>
        <translation>Pilih berkas tanda terima terlebih dahulu.</translation>
    </message>
    <message>
        <source>Sealing and writing the records…</source>
        <translation>Menyegel dan menulis data…</translation>
    </message>
    <message>
        <source>Reading the receipt…</source>
        <translation>Membaca tanda terima…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Menghentikan…</translation>
    </message>
    <message>
        <source>The hand-over did not work. The records are safe on this device; try again.</source>
        <translation>Serah terima tidak berhasil. Data tetap aman di perangkat ini; coba lagi.</translation>
    </message>
    <message>
        <source>Stopped: nothing was written. The records are still waiting on this device.</source>
        <translation>Dihentikan: tidak ada yang ditulis. Data masih menunggu di perangkat ini.</translation>
    </message>
</context>
<context>
    <name>LimitsSection</name>
    <message>
        <source>Offline limits</source>
        <translation>Batas kerja luring</translation>
    </message>
    <message>
        <source>Measuring the offline limits…</source>
        <translation>Mengukur batas kerja luring…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aman</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Dihentikan</translation>
    </message>
    <message>
        <source>{level}: {distance}</source>
        <translation>{level}: {distance}</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <source>Luring — log in</source>
        <translation>Luring — masuk</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Office: {office}</source>
        <translation>Kantor: {office}</translation>
    </message>
    <message>
        <source>&amp;Who are you?</source>
        <translation>Siapa &amp;Anda?</translation>
    </message>
    <message>
        <source>Choose your name with the arrow keys, then press Enter</source>
        <translation>Pilih nama Anda dengan tombol panah, lalu tekan Enter</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Kata sandi</translation>
    </message>
    <message>
        <source>Log &amp;in</source>
        <translation>&amp;Masuk</translation>
    </message>
    <message>
        <source>Use &amp;recovery key…</source>
        <translation>Gunakan kunci &amp;pemulihan…</translation>
    </message>
    <message>
        <source>For supervisors who forgot their password</source>
        <translation>Untuk supervisor yang lupa kata sandinya</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Pe&amp;ngaturan…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>K&amp;eluar</translation>
    </message>
    <message>
        <source>Choose your name in the list first.</source>
        <translation>Pilih nama Anda di daftar terlebih dahulu.</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Memeriksa kata sandi…</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Anda dapat mencoba lagi sekarang.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Luring — offline Kartu Prakerja registration</source>
        <translation>Luring — pendaftaran luring Kartu Prakerja</translation>
    </message>
    <message>
        <source>&amp;New registration</source>
        <translation>Pendaftaran &amp;baru</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Cari</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>&amp;Data pendaftar</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>Da&amp;sbor</translation>
    </message>
    <message>
        <source>Records to &amp;correct…</source>
        <translation>Daftar &amp;perbaikan…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Pe&amp;ngaturan…</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Akun…</translation>
    </message>
    <message>
        <source>&amp;Enrol with the centre…</source>
        <translation>&amp;Daftarkan ke pusat…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Kunci layar</translation>
    </message>
    <message>
        <source>S&amp;witch user</source>
        <translation>&amp;Ganti pengguna</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>K&amp;eluar</translation>
    </message>
    <message>
        <source>Sync &amp;panel…</source>
        <translation>&amp;Panel sinkronisasi…</translation>
    </message>
    <message>
        <source>E&amp;xport for USB…</source>
        <translation>Ekspor ke &amp;USB…</translation>
    </message>
    <message>
        <source>Import &amp;receipt…</source>
        <translation>Impor &amp;tanda terima…</translation>
    </message>
    <message>
        <source>Sync rep&amp;ort…</source>
        <translation>Lapo&amp;ran sinkronisasi…</translation>
    </message>
    <message>
        <source>Au&amp;dit log…</source>
        <translation>&amp;Log audit…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Alat</translation>
    </message>
    <message>
        <source>S&amp;ession</source>
        <translation>&amp;Sesi</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Bilah alat utama</translation>
    </message>
    <message>
        <source>Officer: {name} · Office: {office}</source>
        <translation>Petugas: {name} · Kantor: {office}</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <source>New recovery key</source>
        <translation>Kunci pemulihan baru</translation>
    </message>
    <message>
        <source>A new key replaces the old one, which opens nothing from then on. Have paper and a pen ready: the new key is shown once.</source>
        <translation>Kunci baru menggantikan kunci lama, yang sejak itu tidak dapat membuka apa pun. Siapkan kertas dan pena: kunci baru hanya ditampilkan sekali.</translation>
    </message>
    <message>
        <source>&amp;Make the new key</source>
        <translation>&amp;Buat kunci baru</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Selesai</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>B&amp;atal</translation>
    </message>
    <message>
        <source>Making the new key and re-encrypting the data…</source>
        <translation>Membuat kunci baru dan mengenkripsi ulang data…</translation>
    </message>
    <message>
        <source>This is the new recovery key. Write it down on paper now and keep it locked away. It is shown only once.</source>
        <translation>Ini kunci pemulihan yang baru. Tuliskan sekarang di kertas dan simpan di tempat terkunci. Kunci ini hanya ditampilkan sekali.</translation>
    </message>
    <message>
        <source>Write the new key down and confirm it first: the old one no longer opens this device.</source>
        <translation>Tuliskan dan konfirmasi kunci baru lebih dulu: kunci lama tidak lagi membuka perangkat ini.</translation>
    </message>
</context>
<context>
    <name>OfflineLimitsStatus</name>
    <message>
        <source>Limits: …</source>
        <translation>Batas: …</translation>
    </message>
    <message>
        <source>Limits: OK</source>
        <translation>Batas: aman</translation>
    </message>
    <message>
        <source>Warning: sync or hand over soon</source>
        <translation>Peringatan: segera sinkronkan atau serahkan data</translation>
    </message>
    <message>
        <source>Stopped: new registrations</source>
        <translation>Dihentikan: pendaftaran baru</translation>
    </message>
    <message>
        <source>Offline limits: not measured yet</source>
        <translation>Batas kerja luring: belum diukur</translation>
    </message>
    <message>
        <source>Offline limits</source>
        <translation>Batas kerja luring</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
</context>
<context>
    <name>OneTimeCodeDialog</name>
    <message>
        <source>One-time code</source>
        <translation>Kode sekali pakai</translation>
    </message>
    <message>
        <source>Give this code to {user} in person. They log in with it once and then choose a new password. It is not shown again.</source>
        <translation>Berikan kode ini langsung kepada {user}. Kode ini dipakai sekali untuk masuk, lalu yang bersangkutan membuat kata sandi baru. Kode tidak akan ditampilkan lagi.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Selesai</translation>
    </message>
</context>
<context>
    <name>Password</name>
    <message>
        <source>The two passwords are not the same. Type them again.</source>
        <translation>Kedua kata sandi tidak sama. Silakan ketik ulang.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Log in with the recovery key</source>
        <translation>Masuk dengan kunci pemulihan</translation>
    </message>
    <message>
        <source>Type the recovery key that was written down when this device was set up. Dashes and spaces do not matter.</source>
        <translation>Ketik kunci pemulihan yang dicatat saat perangkat ini disiapkan. Tanda hubung dan spasi boleh diabaikan.</translation>
    </message>
    <message>
        <source>Recovery &amp;key</source>
        <translation>&amp;Kunci pemulihan</translation>
    </message>
    <message>
        <source>Log &amp;in</source>
        <translation>&amp;Masuk</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPanel</name>
    <message>
        <source>Recovery key</source>
        <translation>Kunci pemulihan</translation>
    </message>
    <message>
        <source>I have &amp;written the recovery key down</source>
        <translation>Saya sudah &amp;menuliskan kunci pemulihan</translation>
    </message>
    <message>
        <source>Type the &amp;last group of the key to confirm</source>
        <translation>Ketik &amp;kelompok terakhir kunci sebagai konfirmasi</translation>
    </message>
    <message>
        <source>That is not the last group of the key. Look at the key above and type its last four characters.</source>
        <translation>Itu bukan kelompok terakhir kunci. Lihat kunci di atas dan ketik empat karakter terakhirnya.</translation>
    </message>
    <message>
        <source>Confirm that you have written the key down.</source>
        <translation>Pastikan Anda sudah menuliskan kunci tersebut, lalu centang konfirmasinya.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Sync report</source>
        <translation>Laporan sinkronisasi</translation>
    </message>
    <message>
        <source>A report of the registrations made in a period: what was sent and what the centre decided. Read the preview, then save it to print, sign and file.</source>
        <translation>Laporan pendaftaran dalam satu periode: apa yang sudah dikirim dan apa keputusan pusat. Baca pratinjaunya, lalu simpan untuk dicetak, ditandatangani, dan diarsipkan.</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>Semua petugas</translation>
    </message>
    <message>
        <source>All regions, or a code such as 32.76</source>
        <translation>Semua wilayah, atau kode seperti 32.76</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Include &amp;names and full NIKs</source>
        <translation>Sertakan &amp;nama dan NIK lengkap</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Dari tanggal</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Sampai tanggal</translation>
    </message>
    <message>
        <source>O&amp;fficer</source>
        <translation>&amp;Petugas</translation>
    </message>
    <message>
        <source>Re&amp;gion</source>
        <translation>&amp;Wilayah</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Kemajuan</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>Pratinja&amp;u</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>Si&amp;mpan…</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Hentikan</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Tutu&amp;p</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Menghitung…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in the report. Save it as %1.</source>
        <translation>
            <numerusform>%n data dalam laporan. Simpan sebagai %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The filters changed: preview again before saving.</source>
        <translation>Saringan berubah: lihat pratinjau lagi sebelum menyimpan.</translation>
    </message>
    <message>
        <source>Names and full NIKs</source>
        <translation>Nama dan NIK lengkap</translation>
    </message>
    <message>
        <source>The report will list each applicant&apos;s name and full NIK. Keep the file and any printout as safe as the registrations themselves. The export is written to the audit log.</source>
        <translation>Laporan akan mencantumkan nama dan NIK lengkap setiap pemohon. Simpan berkas dan cetakannya seaman data pendaftaran itu sendiri. Ekspor ini dicatat di log audit.</translation>
    </message>
    <message>
        <source>&amp;Include them</source>
        <translation>&amp;Sertakan</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Batal</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Simpan laporan</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Menulis laporan…</translation>
    </message>
    <message numerus="yes">
        <source>Saved: %1 (%n record(s)).</source>
        <translation>
            <numerusform>Tersimpan: %1 (%n data).</numerusform>
        </translation>
    </message>
    <message>
        <source>The report could not be made. Nothing was changed; try again.</source>
        <translation>Laporan tidak dapat dibuat. Tidak ada yang berubah; coba lagi.</translation>
    </message>
    <message>
        <source>Stopped: no file was written.</source>
        <translation>Dihentikan: tidak ada berkas yang ditulis.</translation>
    </message>
</context>
<context>
    <name>SecurityNoticeDialog</name>
    <message>
        <source>Security notice</source>
        <translation>Pemberitahuan keamanan</translation>
    </message>
    <message>
        <source>⚠ Signs of tampering were found on this device</source>
        <translation>⚠ Ditemukan tanda-tanda perusakan atau pengubahan tanpa izin di perangkat ini</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Apa yang terjadi</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Yang harus dilakukan</translation>
    </message>
    <message>
        <source>Do not delete, restore or reinstall anything: the device is evidence. Write down today&apos;s date and time, check who had access to this computer and its files, look at the audit log, and report it to your Disnaker&apos;s IT contact. Officers can keep working; their data stays encrypted.</source>
        <translation>Jangan menghapus, memulihkan, atau memasang ulang apa pun: perangkat ini adalah barang bukti. Catat tanggal dan jam hari ini, periksa siapa yang dapat mengakses komputer ini dan berkas-berkasnya, lihat log audit, lalu laporkan kepada petugas TI Disnaker Anda. Petugas tetap dapat bekerja; data mereka tetap terenkripsi.</translation>
    </message>
    <message>
        <source>What happened and what to do</source>
        <translation>Apa yang terjadi dan yang harus dilakukan</translation>
    </message>
    <message>
        <source>&amp;Remind me at the next log-in</source>
        <translation>&amp;Ingatkan saya saat masuk berikutnya</translation>
    </message>
    <message>
        <source>&amp;I have dealt with it</source>
        <translation>&amp;Sudah saya tangani</translation>
    </message>
    <message>
        <source>Clears the warnings. A broken audit log is checked again at every supervisor log-in.</source>
        <translation>Menghapus peringatan ini. Log audit yang rusak tetap diperiksa setiap kali supervisor masuk.</translation>
    </message>
    <message>
        <source>The audit log does not add up from entry {entry} on: entries were changed, deleted or added outside the application.</source>
        <translation>Log audit tidak cocok mulai entri nomor {entry}: ada entri yang diubah, dihapus, atau ditambahkan di luar aplikasi.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>&amp;High contrast (white text on black)</source>
        <translation>&amp;Kontras tinggi (teks putih di atas latar hitam)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> menit</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>&amp;Ukuran teks</translation>
    </message>
    <message>
        <source>Makes all text and controls larger</source>
        <translation>Memperbesar semua teks dan tombol</translation>
    </message>
    <message>
        <source>Lock the screen after this many minutes &amp;without use</source>
        <translation>Kunci layar setelah sekian &amp;menit tidak digunakan</translation>
    </message>
    <message>
        <source>Protects applicants&apos; data when the desk is left alone</source>
        <translation>Melindungi data pendaftar saat meja ditinggalkan</translation>
    </message>
    <message>
        <source>Protects applicants&apos; data when the desk is left alone. Only a supervisor can change it: log in as a supervisor.</source>
        <translation>Melindungi data pendaftar saat meja ditinggalkan. Hanya supervisor yang dapat mengubahnya: masuk sebagai supervisor.</translation>
    </message>
    <message>
        <source>Office &amp;address (printed on receipts)</source>
        <translation>&amp;Alamat kantor (dicetak di tanda terima)</translation>
    </message>
    <message>
        <source>Where applicants come back to ask, for example: Jl. Raya Bogor No. 12, Cibinong</source>
        <translation>Tempat pendaftar kembali untuk bertanya, misalnya: Jl. Raya Bogor No. 12, Cibinong</translation>
    </message>
    <message>
        <source>Office &amp;phone (printed on receipts)</source>
        <translation>&amp;Telepon kantor (dicetak di tanda terima)</translation>
    </message>
    <message>
        <source>For example: (021) 8765 4321</source>
        <translation>Misalnya: (021) 8765 4321</translation>
    </message>
    <message>
        <source>These settings apply to everyone on this device.</source>
        <translation>Pengaturan ini berlaku untuk semua pengguna di perangkat ini.</translation>
    </message>
    <message>
        <source>These settings apply to everyone on this device. Only a supervisor can change the screen lock and the office&apos;s address and phone.</source>
        <translation>Pengaturan ini berlaku untuk semua pengguna di perangkat ini. Hanya supervisor yang dapat mengubah kunci layar serta alamat dan telepon kantor.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>The application will close. Data folder: {path}</source>
        <translation>Aplikasi akan ditutup. Folder data: {path}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>The new language is used after this registration is closed.</source>
        <translation>Bahasa baru akan digunakan setelah pendaftaran ini ditutup.</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>Sync with the centre</source>
        <translation>Sinkronisasi dengan pusat</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Kemajuan sinkronisasi</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sinkronkan sekarang</translation>
    </message>
    <message>
        <source>S&amp;top sync</source>
        <translation>&amp;Hentikan sinkronisasi</translation>
    </message>
    <message>
        <source>Stops after the batch being sent; nothing is lost</source>
        <translation>Berhenti setelah kiriman yang sedang berjalan; tidak ada yang hilang</translation>
    </message>
    <message>
        <source>Last syncs</source>
        <translation>Riwayat sinkronisasi</translation>
    </message>
    <message>
        <source>&amp;Last syncs</source>
        <translation>&amp;Riwayat sinkronisasi</translation>
    </message>
    <message>
        <source>No sync has run on this device yet.</source>
        <translation>Belum pernah ada sinkronisasi di perangkat ini.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>Waiting to be sent: {count}</source>
        <translation>Menunggu dikirim: {count}</translation>
    </message>
    <message>
        <source>Held back for a supervisor: {count}</source>
        <translation>Ditahan, perlu dilihat supervisor: {count}</translation>
    </message>
    <message>
        <source>Last successful sync: never</source>
        <translation>Sinkronisasi terakhir yang berhasil: belum pernah</translation>
    </message>
    <message>
        <source>Last successful sync: {when}</source>
        <translation>Sinkronisasi terakhir yang berhasil: {when}</translation>
    </message>
    <message>
        <source>Connection: this device is not enrolled with the centre yet</source>
        <translation>Koneksi: perangkat ini belum terdaftar di pusat</translation>
    </message>
    <message>
        <source>Connection: online (the centre answered at the last sync)</source>
        <translation>Koneksi: terhubung (pusat menjawab pada sinkronisasi terakhir)</translation>
    </message>
    <message>
        <source>Connection: offline (sync starts by itself when the centre answers)</source>
        <translation>Koneksi: tidak terhubung (sinkronisasi mulai sendiri begitu pusat menjawab)</translation>
    </message>
    <message>
        <source>Personal data stays {days} days after the centre verifies a record; KTP photos and selfies until the centre holds them; untouched drafts {drafts} days.</source>
        <translation>Data pribadi disimpan {days} hari setelah pusat memverifikasi pendaftaran; foto KTP dan swafoto sampai pusat menerimanya; draf yang tidak disentuh {drafts} hari.</translation>
    </message>
    <message>
        <source>Last removal: not yet.</source>
        <translation>Penghapusan terakhir: belum pernah.</translation>
    </message>
    <message>
        <source>Last removal: {when} ({records} records, {documents} photos, {drafts} drafts).</source>
        <translation>Penghapusan terakhir: {when} ({records} data, {documents} foto, {drafts} draf).</translation>
    </message>
    <message>
        <source>No sync is running.</source>
        <translation>Tidak ada sinkronisasi yang berjalan.</translation>
    </message>
    <message>
        <source>Stopping after the batch being sent…</source>
        <translation>Menghentikan setelah kiriman yang sedang berjalan…</translation>
    </message>
    <message>
        <source>Sync started.</source>
        <translation>Sinkronisasi dimulai.</translation>
    </message>
    <message>
        <source>Syncing: {sent} of {waiting} sent…</source>
        <translation>Menyinkronkan: {sent} dari {waiting} terkirim…</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>S&amp;ync now</source>
        <translation>S&amp;inkronkan sekarang</translation>
    </message>
    <message>
        <source>Send what waits and fetch the centre&apos;s decisions (F5)</source>
        <translation>Kirim yang menunggu dan ambil keputusan pusat (F5)</translation>
    </message>
    <message>
        <source>Waiting to be sent: {count}</source>
        <translation>Menunggu dikirim: {count}</translation>
    </message>
    <message>
        <source>Held back: {count}</source>
        <translation>Ditahan: {count}</translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>Sinkronisasi terakhir: belum pernah</translation>
    </message>
    <message>
        <source>Last successful sync: never</source>
        <translation>Sinkronisasi terakhir yang berhasil: belum pernah</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>Sinkronisasi terakhir: {when}</translation>
    </message>
    <message>
        <source>Last successful sync: {when}</source>
        <translation>Sinkronisasi terakhir yang berhasil: {when}</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>Belum terdaftar di pusat</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Terhubung</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Tidak terhubung</translation>
    </message>
    <message>
        <source>Syncing with the centre…</source>
        <translation>Sinkronisasi dengan pusat…</translation>
    </message>
</context>
<context>
    <name>WorklistDialog</name>
    <message>
        <source>Records to correct</source>
        <translation>Data yang perlu diperbaiki</translation>
    </message>
    <message>
        <source>&amp;Rejected or sent back by the centre, oldest first</source>
        <translation>&amp;Ditolak atau dikembalikan pusat, terlama di atas</translation>
    </message>
    <message>
        <source>Enter opens the record; correct it there</source>
        <translation>Enter membuka data; perbaiki di sana</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>&amp;Buka data</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) to correct.</source>
        <translation>
            <numerusform>%n data perlu diperbaiki.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to correct: the centre has sent no record back.</source>
        <translation>Tidak ada yang perlu diperbaiki: pusat tidak mengembalikan data apa pun.</translation>
    </message>
    <message>
        <source>(personal data removed)</source>
        <translation>(data pribadi sudah dihapus)</translation>
    </message>
    <message>
        <source>{name} · NIK {nik} · registered {when} by {officer}</source>
        <translation>{name} · NIK {nik} · didaftarkan {when} oleh {officer}</translation>
    </message>
    <message>
        <source>{state}. Reasons:</source>
        <translation>{state}. Alasan:</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>tidak disebutkan</translation>
    </message>
</context>
</TS>
