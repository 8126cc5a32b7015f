<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>AddressPage</name>
    <message>
        <location filename="../../desktop/ui/wizard/pages_more.py" line="19"/>
        <source>Address as written on the KTP. Type part of a name to search the list.</source>
        <translation>Alamat sesuai KTP. Ketik sebagian nama untuk mencari di daftar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_more.py" line="21"/>
        <source>The applicant now lives somewhere else</source>
        <translation>Pemohon sekarang tinggal di alamat lain (domisili berbeda)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_more.py" line="22"/>
        <source>Current address</source>
        <translation>Alamat domisili</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_more.py" line="40"/>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_more.py" line="40"/>
        <source>Regency or city</source>
        <translation>Kabupaten/kota</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_more.py" line="41"/>
        <source>District (kecamatan)</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_more.py" line="41"/>
        <source>Village (desa/kelurahan)</source>
        <translation>Desa/kelurahan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_more.py" line="44"/>
        <source>Street, house number</source>
        <translation>Jalan, nomor rumah</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_more.py" line="44"/>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_more.py" line="44"/>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_more.py" line="45"/>
        <source>Postal code</source>
        <translation>Kode pos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_more.py" line="50"/>
        <source>Filled in from the village; change it if the KTP differs.</source>
        <translation>Terisi otomatis dari desa/kelurahan; ubah bila berbeda dengan KTP.</translation>
    </message>
</context>
<context>
    <name>BackgroundPage</name>
    <message>
        <location filename="../../desktop/ui/wizard/pages_more.py" line="81"/>
        <source>Last completed education</source>
        <translation>Pendidikan terakhir yang ditamatkan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_more.py" line="82"/>
        <source>Employment status</source>
        <translation>Status pekerjaan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_more.py" line="83"/>
        <source>Currently in formal education (school or university)</source>
        <translation>Sedang menempuh pendidikan formal (sekolah atau kuliah)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_more.py" line="85"/>
        <source>Does the applicant work as any of these? (tick all that apply)</source>
        <translation>Apakah pemohon bekerja sebagai salah satu dari berikut? (centang semua yang sesuai)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_more.py" line="86"/>
        <source>None of these</source>
        <translation>Tidak satu pun</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_more.py" line="87"/>
        <source>Number of dependants</source>
        <translation>Jumlah tanggungan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_more.py" line="88"/>
        <source>Desired training field (optional)</source>
        <translation>Bidang pelatihan yang diminati (boleh kosong)</translation>
    </message>
</context>
<context>
    <name>CentreSection</name>
    <message>
        <location filename="../../desktop/ui/record_centre.py" line="24"/>
        <source>A draft: it is not sent until it is saved as ready.</source>
        <translation>Draf: belum dikirim sampai disimpan sebagai siap kirim.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_centre.py" line="25"/>
        <source>Waiting to be sent at the next sync.</source>
        <translation>Menunggu dikirim pada sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_centre.py" line="26"/>
        <source>Being sent to the centre now.</source>
        <translation>Sedang dikirim ke pusat.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_centre.py" line="27"/>
        <source>The centre has the record; its decision has not come yet.</source>
        <translation>Pusat sudah menerima data ini; keputusannya belum datang.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_centre.py" line="29"/>
        <source>The centre verified the record.</source>
        <translation>Pusat sudah memverifikasi data ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_centre.py" line="30"/>
        <source>The centre rejected the record.</source>
        <translation>Pusat menolak data ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_centre.py" line="31"/>
        <source>The centre asks for a correction.</source>
        <translation>Pusat meminta perbaikan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_centre.py" line="32"/>
        <source>Held back: sending kept failing, so it is no longer sent by itself.</source>
        <translation>Ditahan: pengiriman terus gagal, jadi data ini tidak lagi dikirim otomatis.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_centre.py" line="37"/>
        <source>Some entries break the centre&apos;s rules.</source>
        <translation>Ada isian yang tidak sesuai aturan pusat.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_centre.py" line="38"/>
        <source>This NIK is already registered at the centre.</source>
        <translation>NIK ini sudah terdaftar di pusat.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_centre.py" line="39"/>
        <source>The family card (KK) already has the most registrations allowed.</source>
        <translation>Kartu Keluarga (KK) ini sudah mencapai batas jumlah pendaftaran.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_centre.py" line="40"/>
        <source>The applicant is not eligible for Kartu Prakerja.</source>
        <translation>Pendaftar tidak memenuhi syarat Kartu Prakerja.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_centre.py" line="41"/>
        <source>The centre could not open the sealed record.</source>
        <translation>Pusat tidak dapat membuka data yang tersegel.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_centre.py" line="42"/>
        <source>The centre does not have the version this correction replaces.</source>
        <translation>Pusat tidak memiliki versi yang digantikan oleh perbaikan ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_centre.py" line="44"/>
        <source>The centre holds different data under this record&apos;s number.</source>
        <translation>Pusat menyimpan data lain dengan nomor data ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_centre.py" line="45"/>
        <source>The centre answered for the other records but not for this one.</source>
        <translation>Pusat menjawab untuk data lain, tetapi tidak untuk data ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_centre.py" line="47"/>
        <source>The centre refused the record.</source>
        <translation>Pusat menolak menerima data ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_centre.py" line="64"/>
        <source>{reason} (step: {step}).</source>
        <translation>{reason} (langkah: {step}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_centre.py" line="74"/>
        <source>none given</source>
        <translation>tidak disebutkan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/record_centre.py" line="75"/>
        <source>Held back after %n failed attempt(s). Last reason: {reason}</source>
        <translation>
            <numerusform>Ditahan setelah %n kali gagal. Alasan terakhir: {reason}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/record_centre.py" line="78"/>
        <source>Sending failed %n time(s); the next try is after {when}.</source>
        <translation>
            <numerusform>Pengiriman gagal %n kali; dicoba lagi setelah {when}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_centre.py" line="85"/>
        <source>Decision: {decision}, on {when}.</source>
        <translation>Keputusan: {decision}, pada {when}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_centre.py" line="88"/>
        <source>The centre refused the last send, on {when}.</source>
        <translation>Pusat menolak pengiriman terakhir, pada {when}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_centre.py" line="94"/>
        <source>Reason: {reason}</source>
        <translation>Alasan: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/record_centre.py" line="96"/>
        <source>{held} of %n document(s) at the centre.</source>
        <translation>
            <numerusform>{held} dari %n dokumen sudah ada di pusat.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_centre.py" line="99"/>
        <source>No documents.</source>
        <translation>Tidak ada dokumen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_centre.py" line="101"/>
        <source>Not complete at the centre until all its documents are there.</source>
        <translation>Belum lengkap di pusat sampai semua dokumennya ada di sana.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_centre.py" line="115"/>
        <location filename="../../desktop/ui/record_centre.py" line="123"/>
        <source>At the centre</source>
        <translation>Di pusat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_centre.py" line="126"/>
        <source>Reading what the centre said…</source>
        <translation>Membaca jawaban pusat…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_centre.py" line="130"/>
        <source>Send &amp;again…</source>
        <translation>&amp;Kirim ulang…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_centre.py" line="132"/>
        <location filename="../../desktop/ui/record_centre.py" line="166"/>
        <location filename="../../desktop/ui/record_centre.py" line="171"/>
        <source>Send again</source>
        <translation>Kirim ulang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_centre.py" line="134"/>
        <source>Put this held-back record back in the queue for the next sync.</source>
        <translation>Masukkan kembali data yang ditahan ini ke antrean untuk sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_centre.py" line="167"/>
        <source>Send this record again? It goes back in the queue with a fresh count of attempts and is sent at the next sync.</source>
        <translation>Kirim ulang data ini? Data masuk kembali ke antrean dengan hitungan percobaan dari awal dan dikirim pada sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_centre.py" line="173"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <location filename="../../desktop/ui/wizard/pages_person.py" line="24"/>
        <source>Read this text aloud to the applicant, or let them read it. Continue only if they agree.</source>
        <translation>Bacakan teks ini kepada pemohon, atau biarkan pemohon membacanya sendiri. Lanjutkan hanya bila pemohon setuju.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_person.py" line="27"/>
        <source>Consent text</source>
        <translation>Teks persetujuan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_person.py" line="37"/>
        <source>Who gives consent?</source>
        <translation>Siapa yang memberi persetujuan?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_person.py" line="38"/>
        <source>Guardian&apos;s full name</source>
        <translation>Nama lengkap wali</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_person.py" line="39"/>
        <source>How was consent given?</source>
        <translation>Bagaimana persetujuan diberikan?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_person.py" line="40"/>
        <source>Witness&apos;s full name</source>
        <translation>Nama lengkap saksi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_person.py" line="41"/>
        <source>The applicant (or guardian) agrees to the text above</source>
        <translation>Pemohon (atau wali) menyetujui teks di atas</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <location filename="../../desktop/ui/wizard/pages_person.py" line="138"/>
        <source>Mobile phone number</source>
        <translation>Nomor HP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_person.py" line="138"/>
        <source>Indonesian mobile, e.g. 0812 3456 7890</source>
        <translation>Nomor HP Indonesia, mis. 0812 3456 7890</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_person.py" line="139"/>
        <source>E-mail address (optional)</source>
        <translation>Alamat e-mail (boleh kosong)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_person.py" line="140"/>
        <source>If there is no e-mail address, why?</source>
        <translation>Bila tidak ada alamat e-mail, apa alasannya?</translation>
    </message>
</context>
<context>
    <name>DisabilityPage</name>
    <message>
        <location filename="../../desktop/ui/wizard/pages_more.py" line="94"/>
        <source>This step is optional. Disability information is sensitive personal data: ask first whether the applicant wants it recorded. It is used only to provide the support they need.</source>
        <translation>Langkah ini tidak wajib. Informasi disabilitas adalah data pribadi yang bersifat spesifik: tanyakan dulu apakah pemohon bersedia datanya dicatat. Data ini hanya dipakai untuk menyediakan dukungan yang dibutuhkan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_more.py" line="97"/>
        <source>The applicant agrees to record disability information</source>
        <translation>Pemohon setuju informasi disabilitasnya dicatat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_more.py" line="98"/>
        <source>The applicant has a disability</source>
        <translation>Pemohon penyandang disabilitas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_more.py" line="99"/>
        <source>Type of disability (tick all that apply)</source>
        <translation>Ragam disabilitas (centang semua yang sesuai)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_more.py" line="100"/>
        <source>Support needed (tick all that apply)</source>
        <translation>Dukungan yang dibutuhkan (centang semua yang sesuai)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_more.py" line="102"/>
        <source>Notes on the support needed (optional)</source>
        <translation>Catatan tentang dukungan yang dibutuhkan (boleh kosong)</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../desktop/ui/wizard/documents_page.py" line="57"/>
        <source>Type the path of an image file and press Enter, or choose it with Browse. The KTP is required; the selfie is optional. Location data inside photos is removed.</source>
        <translation>Ketik lokasi berkas gambar lalu tekan Enter, atau pilih dengan tombol Telusuri. Foto KTP wajib; swafoto tidak wajib. Data lokasi di dalam foto akan dihapus.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/documents_page.py" line="64"/>
        <source>KTP photo or scan (required)</source>
        <translation>Foto atau pindaian KTP (wajib)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/documents_page.py" line="65"/>
        <source>Selfie (optional)</source>
        <translation>Swafoto (tidak wajib)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/documents_page.py" line="77"/>
        <source>Browse…</source>
        <translation>Telusuri…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/documents_page.py" line="79"/>
        <source>Browse for {what}</source>
        <translation>Telusuri {what}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/documents_page.py" line="81"/>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/documents_page.py" line="83"/>
        <source>Remove {what}</source>
        <translation>Hapus {what}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/documents_page.py" line="107"/>
        <source>Choose an image</source>
        <translation>Pilih gambar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/documents_page.py" line="112"/>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Gambar (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/documents_page.py" line="140"/>
        <source>Checking and encrypting the file…</source>
        <translation>Memeriksa dan mengenkripsi berkas…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/documents_page.py" line="169"/>
        <source>No file attached.</source>
        <translation>Belum ada berkas terlampir.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/documents_page.py" line="171"/>
        <source>Attached and encrypted ({kb} KB).</source>
        <translation>Terlampir dan terenkripsi ({kb} KB).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/documents_page.py" line="176"/>
        <source>Preview of the attached image</source>
        <translation>Pratinjau gambar yang dilampirkan</translation>
    </message>
</context>
<context>
    <name>DuplicateNik</name>
    <message>
        <location filename="../../desktop/ui/wizard/duplicate_nik.py" line="21"/>
        <source>NIK already registered</source>
        <translation>NIK sudah terdaftar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/duplicate_nik.py" line="24"/>
        <source>&amp;Open the existing record</source>
        <translation>&amp;Buka data yang sudah ada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/duplicate_nik.py" line="27"/>
        <source>&amp;Back to the form</source>
        <translation>&amp;Kembali ke formulir</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <location filename="../../desktop/ui/wizard/form.py" line="102"/>
        <source>— choose —</source>
        <translation>— pilih —</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <location filename="../../desktop/ui/wizard/pages_person.py" line="54"/>
        <source>NIK (16 digits, as on the KTP)</source>
        <translation>NIK (16 angka, sesuai KTP)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_person.py" line="55"/>
        <source>Family card (KK) number (16 digits)</source>
        <translation>Nomor Kartu Keluarga (KK) (16 angka)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_person.py" line="63"/>
        <source>Full name as on the KTP</source>
        <translation>Nama lengkap sesuai KTP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_person.py" line="64"/>
        <source>Place of birth</source>
        <translation>Tempat lahir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_person.py" line="65"/>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_person.py" line="66"/>
        <source>Day-month-year, e.g. 17-08-1990</source>
        <translation>Tanggal-bulan-tahun, mis. 17-08-1990</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_person.py" line="66"/>
        <source>DD-MM-YYYY</source>
        <translation>HH-BB-TTTT</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_person.py" line="68"/>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_person.py" line="69"/>
        <source>Marital status</source>
        <translation>Status perkawinan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_person.py" line="75"/>
        <source>I confirm this matches the KTP</source>
        <translation>Saya memastikan data ini sama dengan KTP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_person.py" line="87"/>
        <source>Filled in from the NIK: {fields}. Check them against the KTP; change any that differ.</source>
        <translation>Diisi dari NIK: {fields}. Periksa dengan KTP; ubah yang berbeda.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="31"/>
        <source>Consent</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="32"/>
        <source>Identity</source>
        <translation>Identitas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="33"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="34"/>
        <source>Contact</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="35"/>
        <source>Background</source>
        <translation>Latar belakang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="36"/>
        <source>Disability (optional)</source>
        <translation>Disabilitas (tidak wajib)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="37"/>
        <source>Documents</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="38"/>
        <source>Review and save</source>
        <translation>Periksa dan simpan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="41"/>
        <source>Male</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="42"/>
        <source>Female</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="45"/>
        <source>Single</source>
        <translation>Belum kawin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="46"/>
        <source>Married</source>
        <translation>Kawin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="47"/>
        <source>Divorced</source>
        <translation>Cerai hidup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="48"/>
        <source>Widowed</source>
        <translation>Cerai mati</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="51"/>
        <source>No schooling</source>
        <translation>Tidak/belum sekolah</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="52"/>
        <source>Primary school (SD)</source>
        <translation>SD/sederajat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="53"/>
        <source>Junior high school (SMP)</source>
        <translation>SMP/sederajat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="54"/>
        <source>Senior high school (SMA/SMK)</source>
        <translation>SMA/SMK/sederajat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="55"/>
        <source>Diploma 1 (D1)</source>
        <translation>Diploma 1 (D1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="56"/>
        <source>Diploma 2 (D2)</source>
        <translation>Diploma 2 (D2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="57"/>
        <source>Diploma 3 (D3)</source>
        <translation>Diploma 3 (D3)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="58"/>
        <source>Diploma 4 (D4)</source>
        <translation>Diploma 4 (D4)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="59"/>
        <source>Bachelor (S1)</source>
        <translation>Sarjana (S1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="60"/>
        <source>Master (S2)</source>
        <translation>Magister (S2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="61"/>
        <source>Doctorate (S3)</source>
        <translation>Doktor (S3)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="64"/>
        <source>Unemployed</source>
        <translation>Belum/tidak bekerja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="65"/>
        <source>Laid off</source>
        <translation>Korban PHK</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="66"/>
        <source>Furloughed</source>
        <translation>Dirumahkan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="67"/>
        <source>Informal / non-wage worker</source>
        <translation>Pekerja informal/bukan penerima upah</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="68"/>
        <source>Micro or small business owner</source>
        <translation>Pelaku usaha mikro atau kecil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="69"/>
        <source>Employee seeking new skills</source>
        <translation>Pekerja yang ingin meningkatkan keterampilan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="72"/>
        <source>TNI (armed forces)</source>
        <translation>TNI</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="73"/>
        <source>Polri (police)</source>
        <translation>Polri</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="74"/>
        <source>ASN (civil servant)</source>
        <translation>ASN (aparatur sipil negara)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="75"/>
        <source>State official</source>
        <translation>Pejabat negara</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="76"/>
        <source>Member of DPR/DPRD</source>
        <translation>Anggota DPR/DPRD</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="77"/>
        <source>Village head</source>
        <translation>Kepala desa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="78"/>
        <source>Village official</source>
        <translation>Perangkat desa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="79"/>
        <source>BUMN/BUMD director</source>
        <translation>Direksi BUMN/BUMD</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="80"/>
        <source>BUMN/BUMD commissioner</source>
        <translation>Dewan komisaris BUMN/BUMD</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="83"/>
        <source>Physical</source>
        <translation>Fisik</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="84"/>
        <source>Intellectual</source>
        <translation>Intelektual</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="85"/>
        <source>Mental</source>
        <translation>Mental</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="86"/>
        <source>Sensory: blind or low vision</source>
        <translation>Sensorik: netra atau low vision</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="87"/>
        <source>Sensory: deaf or hard of hearing</source>
        <translation>Sensorik: rungu (tuli atau kurang dengar)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="88"/>
        <source>Sensory: speech</source>
        <translation>Sensorik: wicara</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="91"/>
        <source>Sign-language interpreter</source>
        <translation>Juru bahasa isyarat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="92"/>
        <source>Screen reader</source>
        <translation>Pembaca layar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="93"/>
        <source>Large print</source>
        <translation>Cetakan huruf besar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="94"/>
        <source>Physical assistance</source>
        <translation>Bantuan fisik</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="95"/>
        <source>Companion</source>
        <translation>Pendamping</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="98"/>
        <source>Has no e-mail address</source>
        <translation>Tidak punya alamat e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="99"/>
        <source>Declined to give one</source>
        <translation>Tidak bersedia memberikan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="100"/>
        <source>No access to e-mail</source>
        <translation>Tidak punya akses ke e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="103"/>
        <source>The applicant</source>
        <translation>Pemohon sendiri</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="104"/>
        <source>A guardian</source>
        <translation>Wali</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="107"/>
        <source>Signature</source>
        <translation>Tanda tangan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="108"/>
        <source>Thumbprint</source>
        <translation>Cap jempol</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="109"/>
        <source>Verbal, with a witness</source>
        <translation>Lisan, dengan saksi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="112"/>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="113"/>
        <source>Ready to send</source>
        <translation>Siap dikirim</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="114"/>
        <source>Sending</source>
        <translation>Sedang dikirim</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="115"/>
        <source>Accepted</source>
        <translation>Diterima pusat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="116"/>
        <source>Verified</source>
        <translation>Terverifikasi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="117"/>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="118"/>
        <source>Needs correction</source>
        <translation>Perlu perbaikan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="119"/>
        <source>Held back (keeps failing)</source>
        <translation>Ditahan (terus gagal)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="123"/>
        <source>Accepted – documents pending</source>
        <translation>Diterima – dokumen belum lengkap</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="124"/>
        <source>Verified – documents pending</source>
        <translation>Terverifikasi – dokumen belum lengkap</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="126"/>
        <source>Documents pending at the centre</source>
        <translation>Dokumen belum lengkap di pusat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="127"/>
        <source>province, regency and district</source>
        <translation>provinsi, kabupaten/kota, dan kecamatan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="129"/>
        <source>date of birth</source>
        <translation>tanggal lahir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="130"/>
        <source>sex</source>
        <translation>jenis kelamin</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../desktop/ui/record_dialog.py" line="58"/>
        <source>Registration</source>
        <translation>Data pendaftaran</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_dialog.py" line="66"/>
        <source>Opening the record…</source>
        <translation>Membuka data…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_dialog.py" line="78"/>
        <source>C&amp;orrect…</source>
        <translation>&amp;Perbaiki…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_dialog.py" line="79"/>
        <source>&amp;Large print</source>
        <translation>Huruf &amp;besar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_dialog.py" line="81"/>
        <source>A receipt in larger type, for an applicant with low vision</source>
        <translation>Tanda terima dengan huruf lebih besar, untuk pemohon dengan penglihatan terbatas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_dialog.py" line="83"/>
        <source>Receipt:</source>
        <translation>Tanda terima:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_dialog.py" line="85"/>
        <source>Pre&amp;view…</source>
        <translation>&amp;Lihat dulu…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_dialog.py" line="87"/>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_dialog.py" line="88"/>
        <source>Save as P&amp;DF…</source>
        <translation>Simpan P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_dialog.py" line="90"/>
        <source>Preview the receipt</source>
        <translation>Lihat tanda terima sebelum dicetak</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_dialog.py" line="91"/>
        <source>Print the receipt</source>
        <translation>Cetak tanda terima</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_dialog.py" line="92"/>
        <source>Save the receipt as PDF</source>
        <translation>Simpan tanda terima sebagai PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_dialog.py" line="96"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_dialog.py" line="141"/>
        <source>Personal data removed after the retention period. The centre holds the full record; on this device it cannot be corrected, printed or exported.</source>
        <translation>Data pribadi sudah dihapus setelah masa simpan berakhir. Data lengkapnya ada di pusat; di perangkat ini data tidak dapat diperbaiki, dicetak, atau diekspor.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_dialog.py" line="144"/>
        <source>Registered {when} by {officer} · village code {village}</source>
        <translation>Didaftarkan {when} oleh {officer} · kode desa {village}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_dialog.py" line="165"/>
        <source>Reference {ref}</source>
        <translation>Referensi {ref}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_dialog.py" line="172"/>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_dialog.py" line="200"/>
        <source>The record is back in the queue and is sent at the next sync.</source>
        <translation>Data sudah kembali di antrean dan dikirim pada sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_dialog.py" line="211"/>
        <source>The record could not be opened.</source>
        <translation>Data tidak dapat dibuka.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_dialog.py" line="241"/>
        <source>Save receipt</source>
        <translation>Simpan tanda terima</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_dialog.py" line="244"/>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RecordsModel</name>
    <message>
        <location filename="../../desktop/ui/records_model.py" line="38"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records_model.py" line="39"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records_model.py" line="40"/>
        <source>Phone</source>
        <translation>Nomor HP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records_model.py" line="41"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records_model.py" line="42"/>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records_model.py" line="43"/>
        <source>Registered</source>
        <translation>Didaftarkan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records_model.py" line="174"/>
        <source>(personal data removed)</source>
        <translation>(data pribadi sudah dihapus)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records_model.py" line="186"/>
        <source>{when} (device clock doubtful)</source>
        <translation>{when} (jam perangkat diragukan)</translation>
    </message>
</context>
<context>
    <name>RecordsView</name>
    <message>
        <location filename="../../desktop/ui/records_view.py" line="71"/>
        <source>F&amp;ind by NIK, name, phone:</source>
        <translation>&amp;Cari NIK, nama, nomor HP:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records_view.py" line="75"/>
        <location filename="../../desktop/ui/records_view.py" line="76"/>
        <source>Find by NIK, name, phone</source>
        <translation>Cari NIK, nama, nomor HP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records_view.py" line="78"/>
        <source>&amp;Status:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records_view.py" line="81"/>
        <source>Status filter</source>
        <translation>Saring menurut status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records_view.py" line="82"/>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records_view.py" line="97"/>
        <location filename="../../desktop/ui/records_view.py" line="199"/>
        <source>&amp;Continue draft</source>
        <translation>&amp;Lanjutkan draf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records_view.py" line="99"/>
        <source>Continue draft</source>
        <translation>Lanjutkan draf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records_view.py" line="107"/>
        <source>Records</source>
        <translation>Data pendaftaran</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records_view.py" line="108"/>
        <source>Press Enter to open the selected record.</source>
        <translation>Tekan Enter untuk membuka data yang dipilih.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/records_view.py" line="184"/>
        <source>%n record(s) found, newest first.</source>
        <translation>
            <numerusform>%n data ditemukan, yang terbaru di atas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/records_view.py" line="196"/>
        <source>%n unfinished registration(s). Newest saved {when}, at step {step}.</source>
        <translation>
            <numerusform>%n pendaftaran belum selesai. Yang terbaru disimpan {when}, pada langkah {step}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records_view.py" line="199"/>
        <source>&amp;Continue a draft…</source>
        <translation>&amp;Lanjutkan salah satu draf…</translation>
    </message>
</context>
<context>
    <name>RegistrationWizard</name>
    <message>
        <location filename="../../desktop/ui/wizard/registration_wizard.py" line="77"/>
        <source>Correct a registration</source>
        <translation>Perbaiki pendaftaran</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/registration_wizard.py" line="77"/>
        <source>New registration</source>
        <translation>Pendaftaran baru</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/registration_wizard.py" line="103"/>
        <source>Steps</source>
        <translation>Langkah-langkah</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/registration_wizard.py" line="145"/>
        <source>&amp;Back</source>
        <translation>&amp;Kembali</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/registration_wizard.py" line="146"/>
        <source>&amp;Next</source>
        <translation>La&amp;njut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/registration_wizard.py" line="147"/>
        <source>Save as &amp;draft record</source>
        <translation>Simpan sebagai &amp;draf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/registration_wizard.py" line="149"/>
        <source>Save as &amp;ready to send</source>
        <translation>Simpan, siap ki&amp;rim</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/registration_wizard.py" line="152"/>
        <source>&amp;Close (keeps the draft)</source>
        <translation>&amp;Tutup (draf tetap tersimpan)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/registration_wizard.py" line="159"/>
        <source>Close the registration; the draft is kept ({key})</source>
        <translation>Tutup pendaftaran; draf tetap disimpan ({key})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/registration_wizard.py" line="187"/>
        <source>current step</source>
        <translation>langkah sekarang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/registration_wizard.py" line="187"/>
        <source>complete</source>
        <translation>selesai</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/registration_wizard.py" line="207"/>
        <source>Step {n} of {total}: {title}</source>
        <translation>Langkah {n} dari {total}: {title}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/registration_wizard.py" line="351"/>
        <source>The registration is saved.</source>
        <translation>Pendaftaran sudah tersimpan.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/wizard/registration_wizard.py" line="370"/>
        <source>%n field(s) on this step need attention. The first one has the focus.</source>
        <translation>
            <numerusform>%n isian pada langkah ini perlu diperbaiki. Kursor sudah di isian pertama.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/registration_wizard.py" line="305"/>
        <source>Draft saved at {time}.</source>
        <translation>Draf tersimpan pukul {time}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/registration_wizard.py" line="106"/>
        <source>F6 reaches this list from anywhere in the registration. Press Enter on a step already reached to go back to it.</source>
        <translation>F6 membuka daftar ini dari mana saja dalam pendaftaran. Tekan Enter pada langkah yang sudah dilalui untuk kembali ke sana.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/registration_wizard.py" line="163"/>
        <source>{save} saves the draft now · {close} closes (the draft is kept) · {steps} goes to the steps</source>
        <translation>{save} menyimpan draf sekarang · {close} menutup (draf tetap disimpan) · {steps} ke daftar langkah</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/registration_wizard.py" line="311"/>
        <source>⚠ The draft could not be saved. Keep this window open and tell the supervisor.</source>
        <translation>⚠ Draf tidak dapat disimpan. Jangan tutup jendela ini dan beri tahu supervisor.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/registration_wizard.py" line="340"/>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="38"/>
        <source>Check every value with the applicant. Go back to any step to change it.</source>
        <translation>Periksa setiap isian bersama pemohon. Kembali ke langkah mana pun untuk mengubahnya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="41"/>
        <source>Summary of the registration</source>
        <translation>Ringkasan pendaftaran</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="56"/>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="56"/>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="63"/>
        <location filename="../../desktop/ui/wizard/review_page.py" line="107"/>
        <location filename="../../desktop/ui/wizard/review_page.py" line="109"/>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="66"/>
        <source>RT {rt} / RW {rw}</source>
        <translation>RT {rt} / RW {rw}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="73"/>
        <source>Consent</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="74"/>
        <source>Given by</source>
        <translation>Diberikan oleh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="75"/>
        <source>Guardian</source>
        <translation>Wali</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="76"/>
        <source>How</source>
        <translation>Cara</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="77"/>
        <source>Witness</source>
        <translation>Saksi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="78"/>
        <source>Given at</source>
        <translation>Waktu persetujuan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="79"/>
        <source>Identity</source>
        <translation>Identitas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="80"/>
        <source>KK number</source>
        <translation>Nomor KK</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="81"/>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="82"/>
        <source>Born</source>
        <translation>Tempat, tanggal lahir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="83"/>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="84"/>
        <source>Marital status</source>
        <translation>Status perkawinan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="86"/>
        <source>Warnings confirmed as on the KTP</source>
        <translation>Peringatan dipastikan sesuai KTP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="89"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="89"/>
        <source>As on the KTP</source>
        <translation>Sesuai KTP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="90"/>
        <source>Current address</source>
        <translation>Alamat domisili</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="91"/>
        <source>Same</source>
        <translation>Sama dengan KTP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="92"/>
        <source>Contact</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="93"/>
        <source>Mobile phone</source>
        <translation>Nomor HP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="94"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="96"/>
        <source>Background</source>
        <translation>Latar belakang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="97"/>
        <source>Education</source>
        <translation>Pendidikan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="98"/>
        <source>Employment</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="99"/>
        <source>In formal education</source>
        <translation>Sedang pendidikan formal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="100"/>
        <source>Excluded occupations</source>
        <translation>Pekerjaan yang dikecualikan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="102"/>
        <source>Dependants</source>
        <translation>Tanggungan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="103"/>
        <source>Desired training</source>
        <translation>Pelatihan yang diminati</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="104"/>
        <source>Disability</source>
        <translation>Disabilitas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="105"/>
        <source>Recorded with consent</source>
        <translation>Dicatat dengan persetujuan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="106"/>
        <source>Types</source>
        <translation>Ragam</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="108"/>
        <source>Support</source>
        <translation>Dukungan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="110"/>
        <source>Notes on the support</source>
        <translation>Catatan dukungan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="112"/>
        <source>Documents</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="113"/>
        <source>KTP</source>
        <translation>KTP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="114"/>
        <source>Selfie</source>
        <translation>Swafoto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="116"/>
        <source>Eligibility</source>
        <translation>Kelayakan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="128"/>
        <source>✗ Some steps are not complete; go back to them before saving.</source>
        <translation>✗ Beberapa langkah belum lengkap; kembali dan lengkapi sebelum menyimpan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="133"/>
        <source>✓ Meets the current eligibility rules.</source>
        <translation>✓ Memenuhi aturan kelayakan yang berlaku.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="134"/>
        <source>✗ Does not meet the current eligibility rules. You may still save it as a draft:</source>
        <translation>✗ Tidak memenuhi aturan kelayakan yang berlaku. Data tetap boleh disimpan sebagai draf:</translation>
    </message>
</context>
</TS>
