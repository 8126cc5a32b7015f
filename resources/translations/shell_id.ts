<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
  <context>
    <name>AccountsDialog</name>
    <message>
      <location filename="../../desktop/ui/accounts_dialog.py" line="38" />
      <source>Accounts on this device</source>
      <translation>Akun di perangkat ini</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/accounts_dialog.py" line="45" />
      <source>&amp;Accounts</source>
      <translation>&amp;Akun</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/accounts_dialog.py" line="46" />
      <source>&amp;Add officer…</source>
      <translation>&amp;Tambah petugas…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/accounts_dialog.py" line="48" />
      <source>&amp;Reset password…</source>
      <translation>Atur &amp;ulang kata sandi…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/accounts_dialog.py" line="50" />
      <source>Re&amp;move…</source>
      <translation>&amp;Hapus…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/accounts_dialog.py" line="52" />
      <source>&amp;Close</source>
      <translation>Tutu&amp;p</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/accounts_dialog.py" line="77" />
      <source>supervisor</source>
      <translation>supervisor</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/accounts_dialog.py" line="77" />
      <source>officer</source>
      <translation>petugas</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/accounts_dialog.py" line="93" />
      <source>Yes, continue</source>
      <translation>Ya, lanjutkan</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/accounts_dialog.py" line="94" />
      <source>Cancel</source>
      <translation>Batal</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/accounts_dialog.py" line="113" />
      <source>Reset the password of {user}? They will get a one-time code and must choose a new password when they next log in.</source>
      <translation>Atur ulang kata sandi {user}? Yang bersangkutan akan menerima kode sekali pakai dan wajib membuat kata sandi baru saat masuk berikutnya.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/accounts_dialog.py" line="131" />
      <source>Remove the account {user}? The database is then re-encrypted so the old password opens nothing. This can take a while.</source>
      <translation>Hapus akun {user}? Setelah itu basis data dienkripsi ulang sehingga kata sandi lama tidak dapat membuka apa pun. Proses ini dapat memakan waktu.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/accounts_dialog.py" line="136" />
      <source>Removing the account and re-encrypting the data…</source>
      <translation>Menghapus akun dan mengenkripsi ulang data…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/accounts_dialog.py" line="150" />
      <source>The account was removed.</source>
      <translation>Akun telah dihapus.</translation>
    </message>
  </context>
  <context>
    <name>AddOfficerDialog</name>
    <message>
      <location filename="../../desktop/ui/accounts_dialog.py" line="160" />
      <source>Add an officer</source>
      <translation>Tambah petugas</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/accounts_dialog.py" line="172" />
      <source>&amp;Username</source>
      <translation>&amp;Nama pengguna</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/accounts_dialog.py" line="173" />
      <source>Lower-case letters, digits, dot, underscore or hyphen</source>
      <translation>Huruf kecil, angka, titik, garis bawah, atau tanda hubung</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/accounts_dialog.py" line="174" />
      <source>&amp;Name shown at log-in</source>
      <translation>Nama yang &amp;ditampilkan saat masuk</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/accounts_dialog.py" line="175" />
      <source>&amp;Password (at least 10 characters)</source>
      <translation>&amp;Kata sandi (minimal 10 karakter)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/accounts_dialog.py" line="176" />
      <source>Repeat the pass&amp;word</source>
      <translation>&amp;Ulangi kata sandi</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/accounts_dialog.py" line="179" />
      <source>&amp;Add</source>
      <translation>&amp;Tambah</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/accounts_dialog.py" line="181" />
      <source>Cancel</source>
      <translation>Batal</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/accounts_dialog.py" line="193" />
      <source>Type a username and the name to show at log-in.</source>
      <translation>Ketik nama pengguna dan nama yang ditampilkan saat masuk.</translation>
    </message>
  </context>
  <context>
    <name>ChangePasswordDialog</name>
    <message>
      <location filename="../../desktop/ui/login.py" line="220" />
      <source>Choose a new password</source>
      <translation>Buat kata sandi baru</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/login.py" line="223" />
      <source>Choose a new password that only you know. It needs at least {count} characters.</source>
      <translation>Buat kata sandi baru yang hanya Anda ketahui. Panjangnya minimal {count} karakter.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/login.py" line="231" />
      <source>&amp;Current password</source>
      <translation>Kata sandi saat &amp;ini</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/login.py" line="239" />
      <source>&amp;New password</source>
      <translation>Kata sandi &amp;baru</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/login.py" line="240" />
      <source>&amp;Repeat the new password</source>
      <translation>&amp;Ulangi kata sandi baru</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/login.py" line="243" />
      <source>&amp;Save password</source>
      <translation>&amp;Simpan kata sandi</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/login.py" line="245" />
      <source>Cancel</source>
      <translation>Batal</translation>
    </message>
  </context>
  <context>
    <name>FirstRunDialog</name>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="54" />
      <source>Luring — set up this device</source>
      <translation>Luring — penyiapan perangkat</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="66" />
      <source>&lt; &amp;Back</source>
      <translation>&lt; K&amp;embali</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="69" />
      <location filename="../../desktop/ui/first_run.py" line="209" />
      <source>&amp;Next &gt;</source>
      <translation>&amp;Lanjut &gt;</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="104" />
      <source>&amp;Office name</source>
      <translation>Nama &amp;kantor</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="105" />
      <source>For example: Disnaker Kabupaten Bandung</source>
      <translation>Contoh: Disnaker Kabupaten Bandung</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="106" />
      <source>&amp;Disnaker code</source>
      <translation>Kode &amp;Disnaker</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="107" />
      <source>The office code given by the ministry</source>
      <translation>Kode kantor yang diberikan oleh kementerian</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="108" />
      <source>&amp;Province</source>
      <translation>&amp;Provinsi</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="109" />
      <source>&amp;Regency or city</source>
      <translation>Kab&amp;upaten atau kota</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="111" />
      <source>This office</source>
      <translation>Kantor ini</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="112" />
      <source>These details identify this device's office. They are not personal data.</source>
      <translation>Data ini menunjukkan kantor pemilik perangkat. Data ini bukan data pribadi.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="131" />
      <source>&amp;Username</source>
      <translation>&amp;Nama pengguna</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="132" />
      <source>Lower-case letters, digits, dot, underscore or hyphen</source>
      <translation>Huruf kecil, angka, titik, garis bawah, atau tanda hubung</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="133" />
      <source>&amp;Name shown at log-in</source>
      <translation>Nama yang &amp;ditampilkan saat masuk</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="134" />
      <source>&amp;Password (at least 10 characters)</source>
      <translation>&amp;Kata sandi (minimal 10 karakter)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="135" />
      <source>Repeat the pass&amp;word</source>
      <translation>&amp;Ulangi kata sandi</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="137" />
      <source>The first supervisor</source>
      <translation>Supervisor pertama</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="138" />
      <source>The supervisor manages the officers' accounts on this device.</source>
      <translation>Supervisor mengelola akun para petugas di perangkat ini.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="147" />
      <source>This is the recovery key. It opens this device if every password is forgotten. Write it down on paper now and keep it locked away. It is shown only once.</source>
      <translation>Ini adalah kunci pemulihan. Kunci ini dapat membuka perangkat jika semua kata sandi terlupa. Tuliskan sekarang di kertas dan simpan di tempat terkunci. Kunci ini hanya ditampilkan sekali.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="164" />
      <source>I have &amp;written the recovery key down</source>
      <translation>Saya sudah &amp;menuliskan kunci pemulihan</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="166" />
      <source>Type the &amp;last group of the key to confirm</source>
      <translation>Ketik &amp;kelompok terakhir kunci sebagai konfirmasi</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="168" />
      <source>Write down the recovery key</source>
      <translation>Tuliskan kunci pemulihan</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="206" />
      <source>Step {step} of {total}</source>
      <translation>Langkah {step} dari {total}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="208" />
      <source>&amp;Create the device</source>
      <translation>&amp;Siapkan perangkat</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="209" />
      <source>&amp;Finish</source>
      <translation>&amp;Selesai</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="240" />
      <source>Type the office name.</source>
      <translation>Ketik nama kantor.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="242" />
      <source>Type the Disnaker code.</source>
      <translation>Ketik kode Disnaker.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="244" />
      <source>Choose the province from the list.</source>
      <translation>Pilih provinsi dari daftar.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="246" />
      <source>Choose the regency or city from the list.</source>
      <translation>Pilih kabupaten atau kota dari daftar.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="254" />
      <source>Type a username.</source>
      <translation>Ketik nama pengguna.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="256" />
      <source>Type the name to show at log-in.</source>
      <translation>Ketik nama yang ditampilkan saat masuk.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="262" />
      <source>Setting up the device. This takes a few seconds…</source>
      <translation>Sedang menyiapkan perangkat. Mohon tunggu beberapa detik…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="280" />
      <source>Recovery key</source>
      <translation>Kunci pemulihan</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="293" />
      <source>That is not the last group of the key. Look at the key above and type its last four characters.</source>
      <translation>Itu bukan kelompok terakhir kunci. Lihat kunci di atas dan ketik empat karakter terakhirnya.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="296" />
      <source>Confirm that you have written the key down.</source>
      <translation>Pastikan Anda sudah menuliskan kunci tersebut, lalu centang konfirmasinya.</translation>
    </message>
  </context>
  <context>
    <name>LoginWindow</name>
    <message>
      <location filename="../../desktop/ui/login.py" line="62" />
      <source>Luring — log in</source>
      <translation>Luring — masuk</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/login.py" line="69" />
      <source>Log in</source>
      <translation>Masuk</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/login.py" line="74" />
      <source>Office: {office}</source>
      <translation>Kantor: {office}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/login.py" line="95" />
      <source>&amp;Who are you?</source>
      <translation>Siapa &amp;Anda?</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/login.py" line="96" />
      <source>Choose your name with the arrow keys, then press Enter</source>
      <translation>Pilih nama Anda dengan tombol panah, lalu tekan Enter</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/login.py" line="97" />
      <source>&amp;Password</source>
      <translation>&amp;Kata sandi</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/login.py" line="99" />
      <source>Log &amp;in</source>
      <translation>&amp;Masuk</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/login.py" line="103" />
      <source>Use &amp;recovery key…</source>
      <translation>Gunakan kunci &amp;pemulihan…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/login.py" line="105" />
      <source>For supervisors who forgot their password</source>
      <translation>Untuk supervisor yang lupa kata sandinya</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/login.py" line="107" />
      <source>&amp;Settings…</source>
      <translation>Pe&amp;ngaturan…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/login.py" line="110" />
      <source>&amp;Quit</source>
      <translation>K&amp;eluar</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/login.py" line="146" />
      <source>Choose your name in the list first.</source>
      <translation>Pilih nama Anda di daftar terlebih dahulu.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/login.py" line="154" />
      <source>Checking the password…</source>
      <translation>Memeriksa kata sandi…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/login.py" line="196" />
      <source>You can try again now.</source>
      <translation>Anda dapat mencoba lagi sekarang.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="50" />
      <source>Luring — offline Kartu Prakerja registration</source>
      <translation>Luring — pendaftaran luring Kartu Prakerja</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="76" />
      <source>The records list is not available in this build.</source>
      <translation>Daftar data pendaftar tidak tersedia pada versi ini.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="101" />
      <source>&amp;New registration</source>
      <translation>Pendaftaran &amp;baru</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="103" />
      <source>&amp;Find</source>
      <translation>&amp;Cari</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="104" />
      <source>&amp;Records</source>
      <translation>&amp;Data pendaftar</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="105" />
      <source>&amp;Settings…</source>
      <translation>Pe&amp;ngaturan…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="107" />
      <source>&amp;Accounts…</source>
      <translation>&amp;Akun…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="109" />
      <source>&amp;Lock</source>
      <translation>&amp;Kunci layar</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="110" />
      <source>S&amp;witch user</source>
      <translation>&amp;Ganti pengguna</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="112" />
      <source>&amp;Quit</source>
      <translation>K&amp;eluar</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="116" />
      <source>&amp;File</source>
      <translation>&amp;Berkas</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="121" />
      <source>&amp;Tools</source>
      <translation>&amp;Alat</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="124" />
      <source>S&amp;ession</source>
      <translation>&amp;Sesi</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="128" />
      <source>Main toolbar</source>
      <translation>Bilah alat utama</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="142" />
      <source>Last successful sync: never</source>
      <translation>Sinkronisasi terakhir yang berhasil: belum pernah</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="147" />
      <source>Officer: {name} · Office: {office}</source>
      <translation>Petugas: {name} · Kantor: {office}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="163" />
      <source>Waiting to be sent: {count}</source>
      <translation>Menunggu dikirim: {count}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="184" />
      <source>The registration wizard is not available in this build.</source>
      <translation>Formulir pendaftaran tidak tersedia pada versi ini.</translation>
    </message>
  </context>
  <context>
    <name>OneTimeCodeDialog</name>
    <message>
      <location filename="../../desktop/ui/accounts_dialog.py" line="222" />
      <location filename="../../desktop/ui/accounts_dialog.py" line="234" />
      <source>One-time code</source>
      <translation>Kode sekali pakai</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/accounts_dialog.py" line="223" />
      <source>Give this code to {user} in person. They log in with it once and then choose a new password. It is not shown again.</source>
      <translation>Berikan kode ini langsung kepada {user}. Kode ini dipakai sekali untuk masuk, lalu yang bersangkutan membuat kata sandi baru. Kode tidak akan ditampilkan lagi.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/accounts_dialog.py" line="236" />
      <source>&amp;Done</source>
      <translation>&amp;Selesai</translation>
    </message>
  </context>
  <context>
    <name>Password</name>
    <message>
      <location filename="../../desktop/ui/login.py" line="37" />
      <source>The password needs at least {count} characters. A short sentence is easy to remember.</source>
      <translation>Kata sandi minimal {count} karakter. Kalimat pendek lebih mudah diingat.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/login.py" line="41" />
      <source>The two passwords are not the same. Type them again.</source>
      <translation>Kedua kata sandi tidak sama. Silakan ketik ulang.</translation>
    </message>
  </context>
  <context>
    <name>RecoveryKeyDialog</name>
    <message>
      <location filename="../../desktop/ui/login.py" line="285" />
      <source>Log in with the recovery key</source>
      <translation>Masuk dengan kunci pemulihan</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/login.py" line="287" />
      <source>Type the recovery key that was written down when this device was set up. Dashes and spaces do not matter.</source>
      <translation>Ketik kunci pemulihan yang dicatat saat perangkat ini disiapkan. Tanda hubung dan spasi boleh diabaikan.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/login.py" line="295" />
      <source>Recovery &amp;key</source>
      <translation>&amp;Kunci pemulihan</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/login.py" line="298" />
      <source>Log &amp;in</source>
      <translation>&amp;Masuk</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/login.py" line="300" />
      <source>Cancel</source>
      <translation>Batal</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../desktop/ui/settings_dialog.py" line="33" />
      <source>Settings</source>
      <translation>Pengaturan</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings_dialog.py" line="49" />
      <source>&amp;High contrast (white text on black)</source>
      <translation>&amp;Kontras tinggi (teks putih di atas latar hitam)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings_dialog.py" line="56" />
      <source> min</source>
      <translation> menit</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings_dialog.py" line="57" />
      <source>&amp;Language</source>
      <translation>&amp;Bahasa</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings_dialog.py" line="58" />
      <source>&amp;Text size</source>
      <translation>&amp;Ukuran teks</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings_dialog.py" line="58" />
      <source>Makes all text and controls larger</source>
      <translation>Memperbesar semua teks dan tombol</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings_dialog.py" line="60" />
      <source>Lock the screen after this many minutes &amp;without use</source>
      <translation>Kunci layar setelah sekian &amp;menit tidak digunakan</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings_dialog.py" line="61" />
      <source>Protects applicants' data when the desk is left alone</source>
      <translation>Melindungi data pendaftar saat meja ditinggalkan</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings_dialog.py" line="62" />
      <source>These settings apply to everyone on this device.</source>
      <translation>Pengaturan ini berlaku untuk semua pengguna di perangkat ini.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings_dialog.py" line="65" />
      <source>&amp;Save</source>
      <translation>&amp;Simpan</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings_dialog.py" line="68" />
      <source>Cancel</source>
      <translation>Batal</translation>
    </message>
  </context>
  <context>
    <name>Shell</name>
    <message>
      <location filename="../../desktop/ui/app.py" line="77" />
      <source>The application will close. Data folder: {path}</source>
      <translation>Aplikasi akan ditutup. Folder data: {path}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/app.py" line="79" />
      <source>Close</source>
      <translation>Tutup</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/app.py" line="226" />
      <source>The new language is used after this registration is closed.</source>
      <translation>Bahasa baru akan digunakan setelah pendaftaran ini ditutup.</translation>
    </message>
  </context>
</TS>
