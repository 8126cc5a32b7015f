<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AddressPage</name>
    <message>
        <location filename="../../desktop/ui/wizard/pages_more.py" line="19"/>
        <source>Address as written on the KTP. Type part of a name to search the list.</source>
        <translation>Address as written on the KTP. Type part of a name to search the list.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_more.py" line="21"/>
        <source>The applicant now lives somewhere else</source>
        <translation>The applicant now lives somewhere else</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_more.py" line="22"/>
        <source>Current address</source>
        <translation>Current address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_more.py" line="40"/>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_more.py" line="40"/>
        <source>Regency or city</source>
        <translation>Regency or city</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_more.py" line="41"/>
        <source>District (kecamatan)</source>
        <translation>District (kecamatan)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_more.py" line="41"/>
        <source>Village (desa/kelurahan)</source>
        <translation>Village (desa/kelurahan)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_more.py" line="44"/>
        <source>Street, house number</source>
        <translation>Street, house number</translation>
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
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_more.py" line="50"/>
        <source>Filled in from the village; change it if the KTP differs.</source>
        <translation>Filled in from the village; change it if the KTP differs.</translation>
    </message>
</context>
<context>
    <name>BackgroundPage</name>
    <message>
        <location filename="../../desktop/ui/wizard/pages_more.py" line="81"/>
        <source>Last completed education</source>
        <translation>Last completed education</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_more.py" line="82"/>
        <source>Employment status</source>
        <translation>Employment status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_more.py" line="83"/>
        <source>Currently in formal education (school or university)</source>
        <translation>Currently in formal education (school or university)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_more.py" line="85"/>
        <source>Does the applicant work as any of these? (tick all that apply)</source>
        <translation>Does the applicant work as any of these? (tick all that apply)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_more.py" line="86"/>
        <source>None of these</source>
        <translation>None of these</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_more.py" line="87"/>
        <source>Number of dependants</source>
        <translation>Number of dependants</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_more.py" line="88"/>
        <source>Desired training field (optional)</source>
        <translation>Desired training field (optional)</translation>
    </message>
</context>
<context>
    <name>CentreSection</name>
    <message>
        <location filename="../../desktop/ui/record_centre.py" line="24"/>
        <source>A draft: it is not sent until it is saved as ready.</source>
        <translation>A draft: it is not sent until it is saved as ready.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_centre.py" line="25"/>
        <source>Waiting to be sent at the next sync.</source>
        <translation>Waiting to be sent at the next sync.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_centre.py" line="26"/>
        <source>Being sent to the centre now.</source>
        <translation>Being sent to the centre now.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_centre.py" line="27"/>
        <source>The centre has the record; its decision has not come yet.</source>
        <translation>The centre has the record; its decision has not come yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_centre.py" line="29"/>
        <source>The centre verified the record.</source>
        <translation>The centre verified the record.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_centre.py" line="30"/>
        <source>The centre rejected the record.</source>
        <translation>The centre rejected the record.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_centre.py" line="31"/>
        <source>The centre asks for a correction.</source>
        <translation>The centre asks for a correction.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_centre.py" line="32"/>
        <source>Held back: sending kept failing, so it is no longer sent by itself.</source>
        <translation>Held back: sending kept failing, so it is no longer sent by itself.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_centre.py" line="37"/>
        <source>Some entries break the centre&apos;s rules.</source>
        <translation>Some entries break the centre&apos;s rules.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_centre.py" line="38"/>
        <source>This NIK is already registered at the centre.</source>
        <translation>This NIK is already registered at the centre.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_centre.py" line="39"/>
        <source>The family card (KK) already has the most registrations allowed.</source>
        <translation>The family card (KK) already has the most registrations allowed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_centre.py" line="40"/>
        <source>The applicant is not eligible for Kartu Prakerja.</source>
        <translation>The applicant is not eligible for Kartu Prakerja.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_centre.py" line="41"/>
        <source>The centre could not open the sealed record.</source>
        <translation>The centre could not open the sealed record.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_centre.py" line="42"/>
        <source>The centre does not have the version this correction replaces.</source>
        <translation>The centre does not have the version this correction replaces.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_centre.py" line="44"/>
        <source>The centre holds different data under this record&apos;s number.</source>
        <translation>The centre holds different data under this record&apos;s number.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_centre.py" line="45"/>
        <source>The centre answered for the other records but not for this one.</source>
        <translation>The centre answered for the other records but not for this one.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_centre.py" line="47"/>
        <source>The centre refused the record.</source>
        <translation>The centre refused the record.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_centre.py" line="64"/>
        <source>{reason} (step: {step}).</source>
        <translation>{reason} (step: {step}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_centre.py" line="74"/>
        <source>none given</source>
        <translation>none given</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/record_centre.py" line="75"/>
        <source>Held back after %n failed attempt(s). Last reason: {reason}</source>
        <translation>
            <numerusform>Held back after %n failed attempt. Last reason: {reason}</numerusform>
            <numerusform>Held back after %n failed attempts. Last reason: {reason}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/record_centre.py" line="78"/>
        <source>Sending failed %n time(s); the next try is after {when}.</source>
        <translation>
            <numerusform>Sending failed %n time; the next try is after {when}.</numerusform>
            <numerusform>Sending failed %n times; the next try is after {when}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_centre.py" line="85"/>
        <source>Decision: {decision}, on {when}.</source>
        <translation>Decision: {decision}, on {when}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_centre.py" line="88"/>
        <source>The centre refused the last send, on {when}.</source>
        <translation>The centre refused the last send, on {when}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_centre.py" line="94"/>
        <source>Reason: {reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/record_centre.py" line="96"/>
        <source>{held} of %n document(s) at the centre.</source>
        <translation>
            <numerusform>{held} of %n document at the centre.</numerusform>
            <numerusform>{held} of %n documents at the centre.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_centre.py" line="99"/>
        <source>No documents.</source>
        <translation>No documents.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_centre.py" line="101"/>
        <source>Not complete at the centre until all its documents are there.</source>
        <translation>Not complete at the centre until all its documents are there.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_centre.py" line="115"/>
        <location filename="../../desktop/ui/record_centre.py" line="123"/>
        <source>At the centre</source>
        <translation>At the centre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_centre.py" line="126"/>
        <source>Reading what the centre said…</source>
        <translation>Reading what the centre said…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_centre.py" line="130"/>
        <source>Send &amp;again…</source>
        <translation>Send &amp;again…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_centre.py" line="132"/>
        <location filename="../../desktop/ui/record_centre.py" line="166"/>
        <location filename="../../desktop/ui/record_centre.py" line="171"/>
        <source>Send again</source>
        <translation>Send again</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_centre.py" line="134"/>
        <source>Put this held-back record back in the queue for the next sync.</source>
        <translation>Put this held-back record back in the queue for the next sync.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_centre.py" line="167"/>
        <source>Send this record again? It goes back in the queue with a fresh count of attempts and is sent at the next sync.</source>
        <translation>Send this record again? It goes back in the queue with a fresh count of attempts and is sent at the next sync.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_centre.py" line="173"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <location filename="../../desktop/ui/wizard/pages_person.py" line="24"/>
        <source>Read this text aloud to the applicant, or let them read it. Continue only if they agree.</source>
        <translation>Read this text aloud to the applicant, or let them read it. Continue only if they agree.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_person.py" line="27"/>
        <source>Consent text</source>
        <translation>Consent text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_person.py" line="37"/>
        <source>Who gives consent?</source>
        <translation>Who gives consent?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_person.py" line="38"/>
        <source>Guardian&apos;s full name</source>
        <translation>Guardian&apos;s full name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_person.py" line="39"/>
        <source>How was consent given?</source>
        <translation>How was consent given?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_person.py" line="40"/>
        <source>Witness&apos;s full name</source>
        <translation>Witness&apos;s full name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_person.py" line="41"/>
        <source>The applicant (or guardian) agrees to the text above</source>
        <translation>The applicant (or guardian) agrees to the text above</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <location filename="../../desktop/ui/wizard/pages_person.py" line="138"/>
        <source>Mobile phone number</source>
        <translation>Mobile phone number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_person.py" line="138"/>
        <source>Indonesian mobile, e.g. 0812 3456 7890</source>
        <translation>Indonesian mobile, e.g. 0812 3456 7890</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_person.py" line="139"/>
        <source>E-mail address (optional)</source>
        <translation>E-mail address (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_person.py" line="140"/>
        <source>If there is no e-mail address, why?</source>
        <translation>If there is no e-mail address, why?</translation>
    </message>
</context>
<context>
    <name>DisabilityPage</name>
    <message>
        <location filename="../../desktop/ui/wizard/pages_more.py" line="94"/>
        <source>This step is optional. Disability information is sensitive personal data: ask first whether the applicant wants it recorded. It is used only to provide the support they need.</source>
        <translation>This step is optional. Disability information is sensitive personal data: ask first whether the applicant wants it recorded. It is used only to provide the support they need.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_more.py" line="97"/>
        <source>The applicant agrees to record disability information</source>
        <translation>The applicant agrees to record disability information</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_more.py" line="98"/>
        <source>The applicant has a disability</source>
        <translation>The applicant has a disability</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_more.py" line="99"/>
        <source>Type of disability (tick all that apply)</source>
        <translation>Type of disability (tick all that apply)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_more.py" line="100"/>
        <source>Support needed (tick all that apply)</source>
        <translation>Support needed (tick all that apply)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_more.py" line="102"/>
        <source>Notes on the support needed (optional)</source>
        <translation>Notes on the support needed (optional)</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../desktop/ui/wizard/documents_page.py" line="57"/>
        <source>Type the path of an image file and press Enter, or choose it with Browse. The KTP is required; the selfie is optional. Location data inside photos is removed.</source>
        <translation>Type the path of an image file and press Enter, or choose it with Browse. The KTP is required; the selfie is optional. Location data inside photos is removed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/documents_page.py" line="64"/>
        <source>KTP photo or scan (required)</source>
        <translation>KTP photo or scan (required)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/documents_page.py" line="65"/>
        <source>Selfie (optional)</source>
        <translation>Selfie (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/documents_page.py" line="77"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/documents_page.py" line="79"/>
        <source>Browse for {what}</source>
        <translation>Browse for {what}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/documents_page.py" line="81"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/documents_page.py" line="83"/>
        <source>Remove {what}</source>
        <translation>Remove {what}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/documents_page.py" line="107"/>
        <source>Choose an image</source>
        <translation>Choose an image</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/documents_page.py" line="112"/>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Images (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/documents_page.py" line="140"/>
        <source>Checking and encrypting the file…</source>
        <translation>Checking and encrypting the file…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/documents_page.py" line="169"/>
        <source>No file attached.</source>
        <translation>No file attached.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/documents_page.py" line="171"/>
        <source>Attached and encrypted ({kb} KB).</source>
        <translation>Attached and encrypted ({kb} KB).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/documents_page.py" line="176"/>
        <source>Preview of the attached image</source>
        <translation>Preview of the attached image</translation>
    </message>
</context>
<context>
    <name>DuplicateNik</name>
    <message>
        <location filename="../../desktop/ui/wizard/duplicate_nik.py" line="21"/>
        <source>NIK already registered</source>
        <translation>NIK already registered</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/duplicate_nik.py" line="24"/>
        <source>&amp;Open the existing record</source>
        <translation>&amp;Open the existing record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/duplicate_nik.py" line="27"/>
        <source>&amp;Back to the form</source>
        <translation>&amp;Back to the form</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <location filename="../../desktop/ui/wizard/form.py" line="102"/>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <location filename="../../desktop/ui/wizard/pages_person.py" line="54"/>
        <source>NIK (16 digits, as on the KTP)</source>
        <translation>NIK (16 digits, as on the KTP)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_person.py" line="55"/>
        <source>Family card (KK) number (16 digits)</source>
        <translation>Family card (KK) number (16 digits)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_person.py" line="63"/>
        <source>Full name as on the KTP</source>
        <translation>Full name as on the KTP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_person.py" line="64"/>
        <source>Place of birth</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_person.py" line="65"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_person.py" line="66"/>
        <source>Day-month-year, e.g. 17-08-1990</source>
        <translation>Day-month-year, e.g. 17-08-1990</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_person.py" line="66"/>
        <source>DD-MM-YYYY</source>
        <translation>DD-MM-YYYY</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_person.py" line="68"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_person.py" line="69"/>
        <source>Marital status</source>
        <translation>Marital status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_person.py" line="75"/>
        <source>I confirm this matches the KTP</source>
        <translation>I confirm this matches the KTP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/pages_person.py" line="87"/>
        <source>Filled in from the NIK: {fields}. Check them against the KTP; change any that differ.</source>
        <translation>Filled in from the NIK: {fields}. Check them against the KTP; change any that differ.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="31"/>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="32"/>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="33"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="34"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="35"/>
        <source>Background</source>
        <translation>Background</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="36"/>
        <source>Disability (optional)</source>
        <translation>Disability (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="37"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="38"/>
        <source>Review and save</source>
        <translation>Review and save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="41"/>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="42"/>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="45"/>
        <source>Single</source>
        <translation>Single</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="46"/>
        <source>Married</source>
        <translation>Married</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="47"/>
        <source>Divorced</source>
        <translation>Divorced</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="48"/>
        <source>Widowed</source>
        <translation>Widowed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="51"/>
        <source>No schooling</source>
        <translation>No schooling</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="52"/>
        <source>Primary school (SD)</source>
        <translation>Primary school (SD)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="53"/>
        <source>Junior high school (SMP)</source>
        <translation>Junior high school (SMP)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="54"/>
        <source>Senior high school (SMA/SMK)</source>
        <translation>Senior high school (SMA/SMK)</translation>
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
        <translation>Bachelor (S1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="60"/>
        <source>Master (S2)</source>
        <translation>Master (S2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="61"/>
        <source>Doctorate (S3)</source>
        <translation>Doctorate (S3)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="64"/>
        <source>Unemployed</source>
        <translation>Unemployed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="65"/>
        <source>Laid off</source>
        <translation>Laid off</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="66"/>
        <source>Furloughed</source>
        <translation>Furloughed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="67"/>
        <source>Informal / non-wage worker</source>
        <translation>Informal / non-wage worker</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="68"/>
        <source>Micro or small business owner</source>
        <translation>Micro or small business owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="69"/>
        <source>Employee seeking new skills</source>
        <translation>Employee seeking new skills</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="72"/>
        <source>TNI (armed forces)</source>
        <translation>TNI (armed forces)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="73"/>
        <source>Polri (police)</source>
        <translation>Polri (police)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="74"/>
        <source>ASN (civil servant)</source>
        <translation>ASN (civil servant)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="75"/>
        <source>State official</source>
        <translation>State official</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="76"/>
        <source>Member of DPR/DPRD</source>
        <translation>Member of DPR/DPRD</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="77"/>
        <source>Village head</source>
        <translation>Village head</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="78"/>
        <source>Village official</source>
        <translation>Village official</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="79"/>
        <source>BUMN/BUMD director</source>
        <translation>BUMN/BUMD director</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="80"/>
        <source>BUMN/BUMD commissioner</source>
        <translation>BUMN/BUMD commissioner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="83"/>
        <source>Physical</source>
        <translation>Physical</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="84"/>
        <source>Intellectual</source>
        <translation>Intellectual</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="85"/>
        <source>Mental</source>
        <translation>Mental</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="86"/>
        <source>Sensory: blind or low vision</source>
        <translation>Sensory: blind or low vision</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="87"/>
        <source>Sensory: deaf or hard of hearing</source>
        <translation>Sensory: deaf or hard of hearing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="88"/>
        <source>Sensory: speech</source>
        <translation>Sensory: speech</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="91"/>
        <source>Sign-language interpreter</source>
        <translation>Sign-language interpreter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="92"/>
        <source>Screen reader</source>
        <translation>Screen reader</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="93"/>
        <source>Large print</source>
        <translation>Large print</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="94"/>
        <source>Physical assistance</source>
        <translation>Physical assistance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="95"/>
        <source>Companion</source>
        <translation>Companion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="98"/>
        <source>Has no e-mail address</source>
        <translation>Has no e-mail address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="99"/>
        <source>Declined to give one</source>
        <translation>Declined to give one</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="100"/>
        <source>No access to e-mail</source>
        <translation>No access to e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="103"/>
        <source>The applicant</source>
        <translation>The applicant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="104"/>
        <source>A guardian</source>
        <translation>A guardian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="107"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="108"/>
        <source>Thumbprint</source>
        <translation>Thumbprint</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="109"/>
        <source>Verbal, with a witness</source>
        <translation>Verbal, with a witness</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="112"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="113"/>
        <source>Ready to send</source>
        <translation>Ready to send</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="114"/>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="115"/>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="116"/>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="117"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="118"/>
        <source>Needs correction</source>
        <translation>Needs correction</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="119"/>
        <source>Held back (keeps failing)</source>
        <translation>Held back (keeps failing)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="123"/>
        <source>Accepted – documents pending</source>
        <translation>Accepted – documents pending</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="124"/>
        <source>Verified – documents pending</source>
        <translation>Verified – documents pending</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="126"/>
        <source>Documents pending at the centre</source>
        <translation>Documents pending at the centre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="127"/>
        <source>province, regency and district</source>
        <translation>province, regency and district</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="129"/>
        <source>date of birth</source>
        <translation>date of birth</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/labels.py" line="130"/>
        <source>sex</source>
        <translation>sex</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../desktop/ui/record_dialog.py" line="58"/>
        <source>Registration</source>
        <translation>Registration</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_dialog.py" line="66"/>
        <source>Opening the record…</source>
        <translation>Opening the record…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_dialog.py" line="78"/>
        <source>C&amp;orrect…</source>
        <translation>C&amp;orrect…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_dialog.py" line="79"/>
        <source>&amp;Large print</source>
        <translation>&amp;Large print</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_dialog.py" line="81"/>
        <source>A receipt in larger type, for an applicant with low vision</source>
        <translation>A receipt in larger type, for an applicant with low vision</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_dialog.py" line="83"/>
        <source>Receipt:</source>
        <translation>Receipt:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_dialog.py" line="85"/>
        <source>Pre&amp;view…</source>
        <translation>Pre&amp;view…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_dialog.py" line="87"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_dialog.py" line="88"/>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_dialog.py" line="90"/>
        <source>Preview the receipt</source>
        <translation>Preview the receipt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_dialog.py" line="91"/>
        <source>Print the receipt</source>
        <translation>Print the receipt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_dialog.py" line="92"/>
        <source>Save the receipt as PDF</source>
        <translation>Save the receipt as PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_dialog.py" line="96"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_dialog.py" line="141"/>
        <source>Personal data removed after the retention period. The centre holds the full record; on this device it cannot be corrected, printed or exported.</source>
        <translation>Personal data removed after the retention period. The centre holds the full record; on this device it cannot be corrected, printed or exported.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_dialog.py" line="144"/>
        <source>Registered {when} by {officer} · village code {village}</source>
        <translation>Registered {when} by {officer} · village code {village}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_dialog.py" line="165"/>
        <source>Reference {ref}</source>
        <translation>Reference {ref}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_dialog.py" line="172"/>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_dialog.py" line="200"/>
        <source>The record is back in the queue and is sent at the next sync.</source>
        <translation>The record is back in the queue and is sent at the next sync.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_dialog.py" line="211"/>
        <source>The record could not be opened.</source>
        <translation>The record could not be opened.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_dialog.py" line="241"/>
        <source>Save receipt</source>
        <translation>Save receipt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_dialog.py" line="244"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RecordsModel</name>
    <message>
        <location filename="../../desktop/ui/records_model.py" line="38"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records_model.py" line="39"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records_model.py" line="40"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records_model.py" line="41"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records_model.py" line="42"/>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records_model.py" line="43"/>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records_model.py" line="174"/>
        <source>(personal data removed)</source>
        <translation>(personal data removed)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records_model.py" line="186"/>
        <source>{when} (device clock doubtful)</source>
        <translation>{when} (device clock doubtful)</translation>
    </message>
</context>
<context>
    <name>RecordsView</name>
    <message>
        <location filename="../../desktop/ui/records_view.py" line="71"/>
        <source>F&amp;ind by NIK, name, phone:</source>
        <translation>F&amp;ind by NIK, name, phone:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records_view.py" line="75"/>
        <location filename="../../desktop/ui/records_view.py" line="76"/>
        <source>Find by NIK, name, phone</source>
        <translation>Find by NIK, name, phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records_view.py" line="78"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records_view.py" line="81"/>
        <source>Status filter</source>
        <translation>Status filter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records_view.py" line="82"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records_view.py" line="97"/>
        <location filename="../../desktop/ui/records_view.py" line="199"/>
        <source>&amp;Continue draft</source>
        <translation>&amp;Continue draft</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records_view.py" line="99"/>
        <source>Continue draft</source>
        <translation>Continue draft</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records_view.py" line="107"/>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records_view.py" line="108"/>
        <source>Press Enter to open the selected record.</source>
        <translation>Press Enter to open the selected record.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/records_view.py" line="184"/>
        <source>%n record(s) found, newest first.</source>
        <translation>
            <numerusform>%n record found, newest first.</numerusform>
            <numerusform>%n records found, newest first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/records_view.py" line="196"/>
        <source>%n unfinished registration(s). Newest saved {when}, at step {step}.</source>
        <translation>
            <numerusform>%n unfinished registration. Saved {when}, at step {step}.</numerusform>
            <numerusform>%n unfinished registrations. Newest saved {when}, at step {step}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records_view.py" line="199"/>
        <source>&amp;Continue a draft…</source>
        <translation>&amp;Continue a draft…</translation>
    </message>
</context>
<context>
    <name>RegistrationWizard</name>
    <message>
        <location filename="../../desktop/ui/wizard/registration_wizard.py" line="77"/>
        <source>Correct a registration</source>
        <translation>Correct a registration</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/registration_wizard.py" line="77"/>
        <source>New registration</source>
        <translation>New registration</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/registration_wizard.py" line="103"/>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/registration_wizard.py" line="145"/>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/registration_wizard.py" line="146"/>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/registration_wizard.py" line="147"/>
        <source>Save as &amp;draft record</source>
        <translation>Save as &amp;draft record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/registration_wizard.py" line="149"/>
        <source>Save as &amp;ready to send</source>
        <translation>Save as &amp;ready to send</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/registration_wizard.py" line="152"/>
        <source>&amp;Close (keeps the draft)</source>
        <translation>&amp;Close (keeps the draft)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/registration_wizard.py" line="159"/>
        <source>Close the registration; the draft is kept ({key})</source>
        <translation>Close the registration; the draft is kept ({key})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/registration_wizard.py" line="187"/>
        <source>current step</source>
        <translation>current step</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/registration_wizard.py" line="187"/>
        <source>complete</source>
        <translation>complete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/registration_wizard.py" line="207"/>
        <source>Step {n} of {total}: {title}</source>
        <translation>Step {n} of {total}: {title}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/registration_wizard.py" line="351"/>
        <source>The registration is saved.</source>
        <translation>The registration is saved.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/wizard/registration_wizard.py" line="370"/>
        <source>%n field(s) on this step need attention. The first one has the focus.</source>
        <translation>
            <numerusform>%n field on this step needs attention. It has the focus.</numerusform>
            <numerusform>%n fields on this step need attention. The first one has the focus.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/registration_wizard.py" line="305"/>
        <source>Draft saved at {time}.</source>
        <translation>Draft saved at {time}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/registration_wizard.py" line="106"/>
        <source>F6 reaches this list from anywhere in the registration. Press Enter on a step already reached to go back to it.</source>
        <translation>F6 reaches this list from anywhere in the registration. Press Enter on a step already reached to go back to it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/registration_wizard.py" line="163"/>
        <source>{save} saves the draft now · {close} closes (the draft is kept) · {steps} goes to the steps</source>
        <translation>{save} saves the draft now · {close} closes (the draft is kept) · {steps} goes to the steps</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/registration_wizard.py" line="311"/>
        <source>⚠ The draft could not be saved. Keep this window open and tell the supervisor.</source>
        <translation>⚠ The draft could not be saved. Keep this window open and tell the supervisor.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/registration_wizard.py" line="340"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="38"/>
        <source>Check every value with the applicant. Go back to any step to change it.</source>
        <translation>Check every value with the applicant. Go back to any step to change it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="41"/>
        <source>Summary of the registration</source>
        <translation>Summary of the registration</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="56"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="56"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="63"/>
        <location filename="../../desktop/ui/wizard/review_page.py" line="107"/>
        <location filename="../../desktop/ui/wizard/review_page.py" line="109"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="66"/>
        <source>RT {rt} / RW {rw}</source>
        <translation>RT {rt} / RW {rw}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="73"/>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="74"/>
        <source>Given by</source>
        <translation>Given by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="75"/>
        <source>Guardian</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="76"/>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="77"/>
        <source>Witness</source>
        <translation>Witness</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="78"/>
        <source>Given at</source>
        <translation>Given at</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="79"/>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="80"/>
        <source>KK number</source>
        <translation>KK number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="81"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="82"/>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="83"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="84"/>
        <source>Marital status</source>
        <translation>Marital status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="86"/>
        <source>Warnings confirmed as on the KTP</source>
        <translation>Warnings confirmed as on the KTP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="89"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="89"/>
        <source>As on the KTP</source>
        <translation>As on the KTP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="90"/>
        <source>Current address</source>
        <translation>Current address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="91"/>
        <source>Same</source>
        <translation>Same</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="92"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="93"/>
        <source>Mobile phone</source>
        <translation>Mobile phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="94"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="96"/>
        <source>Background</source>
        <translation>Background</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="97"/>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="98"/>
        <source>Employment</source>
        <translation>Employment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="99"/>
        <source>In formal education</source>
        <translation>In formal education</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="100"/>
        <source>Excluded occupations</source>
        <translation>Excluded occupations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="102"/>
        <source>Dependants</source>
        <translation>Dependants</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="103"/>
        <source>Desired training</source>
        <translation>Desired training</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="104"/>
        <source>Disability</source>
        <translation>Disability</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="105"/>
        <source>Recorded with consent</source>
        <translation>Recorded with consent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="106"/>
        <source>Types</source>
        <translation>Types</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="108"/>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="110"/>
        <source>Notes on the support</source>
        <translation>Notes on the support</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="112"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="113"/>
        <source>KTP</source>
        <translation>KTP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="114"/>
        <source>Selfie</source>
        <translation>Selfie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="116"/>
        <source>Eligibility</source>
        <translation>Eligibility</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="128"/>
        <source>✗ Some steps are not complete; go back to them before saving.</source>
        <translation>✗ Some steps are not complete; go back to them before saving.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="133"/>
        <source>✓ Meets the current eligibility rules.</source>
        <translation>✓ Meets the current eligibility rules.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/review_page.py" line="134"/>
        <source>✗ Does not meet the current eligibility rules. You may still save it as a draft:</source>
        <translation>✗ Does not meet the current eligibility rules. You may still save it as a draft:</translation>
    </message>
</context>
</TS>
