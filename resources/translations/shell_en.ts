<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts on this device</source>
        <translation>Accounts on this device</translation>
    </message>
    <message>
        <source>Acc&amp;ounts</source>
        <translation>Acc&amp;ounts</translation>
    </message>
    <message>
        <source>&amp;Add officer…</source>
        <translation>&amp;Add officer…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Reset password…</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Deactivate…</translation>
    </message>
    <message>
        <source>The account stays in the lists but cannot log in; Reset password brings it back</source>
        <translation>The account stays in the lists but cannot log in; Reset password brings it back</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Re&amp;move…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>officer</source>
        <translation>officer</translation>
    </message>
    <message>
        <source>deactivated, cannot log in</source>
        <translation>deactivated, cannot log in</translation>
    </message>
    <message>
        <source>Yes, continue</source>
        <translation>Yes, continue</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Bring {user} back? The account gets a one-time code and can log in again; they must choose a new password when they next log in.</source>
        <translation>Bring {user} back? The account gets a one-time code and can log in again; they must choose a new password when they next log in.</translation>
    </message>
    <message>
        <source>Reset the password of {user}? They will get a one-time code and must choose a new password when they next log in.</source>
        <translation>Reset the password of {user}? They will get a one-time code and must choose a new password when they next log in.</translation>
    </message>
    <message>
        <source>Remove the account {user}? The database is then re-encrypted so the old password opens nothing. This can take a while.</source>
        <translation>Remove the account {user}? The database is then re-encrypted so the old password opens nothing. This can take a while.</translation>
    </message>
    <message>
        <source>Removing the account and re-encrypting the data…</source>
        <translation>Removing the account and re-encrypting the data…</translation>
    </message>
    <message>
        <source>The account was removed.</source>
        <translation>The account was removed.</translation>
    </message>
    <message>
        <source>Deactivate {user}? The account stays in the lists and its records keep its name, but it cannot log in. The database is re-encrypted so its password opens nothing; Reset password brings it back.</source>
        <translation>Deactivate {user}? The account stays in the lists and its records keep its name, but it cannot log in. The database is re-encrypted so its password opens nothing; Reset password brings it back.</translation>
    </message>
    <message>
        <source>Deactivating the account and re-encrypting the data…</source>
        <translation>Deactivating the account and re-encrypting the data…</translation>
    </message>
    <message>
        <source>The account was deactivated.</source>
        <translation>The account was deactivated.</translation>
    </message>
</context>
<context>
    <name>AddOfficerDialog</name>
    <message>
        <source>Add an officer</source>
        <translation>Add an officer</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <source>Lower-case letters, digits, dot, underscore or hyphen</source>
        <translation>Lower-case letters, digits, dot, underscore or hyphen</translation>
    </message>
    <message>
        <source>&amp;Name shown at log-in</source>
        <translation>&amp;Name shown at log-in</translation>
    </message>
    <message>
        <source>&amp;Password (at least {count} characters)</source>
        <translation>&amp;Password (at least {count} characters)</translation>
    </message>
    <message>
        <source>Repeat the pass&amp;word</source>
        <translation>Repeat the pass&amp;word</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Type a username and the name to show at log-in.</source>
        <translation>Type a username and the name to show at log-in.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>&amp;Entries, newest first</source>
        <translation>&amp;Entries, newest first</translation>
    </message>
    <message>
        <source>No entry holds personal data: only events, accounts, counts and codes.</source>
        <translation>No entry holds personal data: only events, accounts, counts and codes.</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <source>Checking the audit log…</source>
        <translation>Checking the audit log…</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entry(ies), each one checked.</source>
        <translation>
            <numerusform>The audit log is intact: %n entry, checked.</numerusform>
            <numerusform>The audit log is intact: %n entries, each one checked.</numerusform>
        </translation>
    </message>
    <message>
        <source>WARNING: the audit log is broken from entry {n}: entries were changed, removed or moved. Export it now and tell the district office.</source>
        <translation>WARNING: the audit log is broken from entry {n}: entries were changed, removed or moved. Export it now and tell the district office.</translation>
    </message>
    <message>
        <source>The centre holds the log up to entry {n} (checkpoint of {when}).</source>
        <translation>The centre holds the log up to entry {n} (checkpoint of {when}).</translation>
    </message>
    <message>
        <source>The centre holds no checkpoint of this log yet; it gets one at each sync.</source>
        <translation>The centre holds no checkpoint of this log yet; it gets one at each sync.</translation>
    </message>
    <message>
        <source>Save the audit log</source>
        <translation>Save the audit log</translation>
    </message>
    <message>
        <source>Writing the audit log…</source>
        <translation>Writing the audit log…</translation>
    </message>
    <message numerus="yes">
        <source>Saved: %1 (%n entry(ies)).</source>
        <translation>
            <numerusform>Saved: %1 (%n entry).</numerusform>
            <numerusform>Saved: %1 (%n entries).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Choose a new password</source>
        <translation>Choose a new password</translation>
    </message>
    <message>
        <source>Choose a new password that only you know. It needs at least {count} characters.</source>
        <translation>Choose a new password that only you know. It needs at least {count} characters.</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>&amp;Current password</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;New password</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password</source>
        <translation>&amp;Repeat the new password</translation>
    </message>
    <message>
        <source>&amp;Save password</source>
        <translation>&amp;Save password</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Today at the desk</source>
        <translation>Today at the desk</translation>
    </message>
    <message>
        <source>⚠ The recovery key of this device was never confirmed as written down. If every supervisor&apos;s password is forgotten, nothing else opens the device. Make a new key now and write it down.</source>
        <translation>⚠ The recovery key of this device was never confirmed as written down. If every supervisor&apos;s password is forgotten, nothing else opens the device. Make a new key now and write it down.</translation>
    </message>
    <message>
        <source>Make a new recovery &amp;key…</source>
        <translation>Make a new recovery &amp;key…</translation>
    </message>
    <message>
        <source>Make a new recovery key</source>
        <translation>Make a new recovery key</translation>
    </message>
    <message>
        <source>Re&amp;gistrations in the last 14 days (Left and Right choose a day):</source>
        <translation>Re&amp;gistrations in the last 14 days (Left and Right choose a day):</translation>
    </message>
    <message>
        <source>Counting the records that hold personal data…</source>
        <translation>Counting the records that hold personal data…</translation>
    </message>
    <message>
        <source>Records to &amp;correct…</source>
        <translation>Records to &amp;correct…</translation>
    </message>
    <message>
        <source>Sync rep&amp;ort…</source>
        <translation>Sync rep&amp;ort…</translation>
    </message>
    <message>
        <source>Au&amp;dit log…</source>
        <translation>Au&amp;dit log…</translation>
    </message>
    <message>
        <source>measuring…</source>
        <translation>measuring…</translation>
    </message>
    <message>
        <source>Registered today</source>
        <translation>Registered today</translation>
    </message>
    <message>
        <source>Registered this week</source>
        <translation>Registered this week</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <source>Rejected or to correct</source>
        <translation>Rejected or to correct</translation>
    </message>
    <message>
        <source>Held back after failing</source>
        <translation>Held back after failing</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>Last successful sync</translation>
    </message>
    <message>
        <source>{caption}: {value}</source>
        <translation>{caption}: {value}</translation>
    </message>
    <message>
        <source>Personal data: {held} records hold it; {skeletons} are kept only as skeletons (no NIK, name or phone).</source>
        <translation>Personal data: {held} records hold it; {skeletons} are kept only as skeletons (no NIK, name or phone).</translation>
    </message>
    <message>
        <source>Next removal: none due (no verified record holds personal data).</source>
        <translation>Next removal: none due (no verified record holds personal data).</translation>
    </message>
    <message>
        <source>Next removal: from {when}, at the first log-in or sync after it.</source>
        <translation>Next removal: from {when}, at the first log-in or sync after it.</translation>
    </message>
    <message>
        <source>not enrolled with the centre</source>
        <translation>not enrolled with the centre</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
</context>
<context>
    <name>DayChart</name>
    <message>
        <source>Registrations in the last 14 days</source>
        <translation>Registrations in the last 14 days</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>registered</translation>
    </message>
    <message>
        <source>at the centre</source>
        <translation>at the centre</translation>
    </message>
    <message>
        <source>rejected or to correct</source>
        <translation>rejected or to correct</translation>
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
        <translation>Unfinished registrations</translation>
    </message>
    <message>
        <source>&amp;Unfinished registrations, newest first</source>
        <translation>&amp;Unfinished registrations, newest first</translation>
    </message>
    <message>
        <source>Enter opens the registration</source>
        <translation>Enter opens the registration</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Discard…</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <source>{name} · saved {when} · step {step} of {steps}</source>
        <translation>{name} · saved {when} · step {step} of {steps}</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(no name yet)</translation>
    </message>
    <message>
        <source>Discard this unfinished registration? What was typed in it is deleted; this cannot be undone.</source>
        <translation>Discard this unfinished registration? What was typed in it is deleted; this cannot be undone.</translation>
    </message>
    <message>
        <source>Yes, discard</source>
        <translation>Yes, discard</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The unfinished registration was discarded.</source>
        <translation>The unfinished registration was discarded.</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol this device with the centre</source>
        <translation>Enrol this device with the centre</translation>
    </message>
    <message>
        <source>Type the centre&apos;s address and the enrolment code the centre gave you.</source>
        <translation>Type the centre&apos;s address and the enrolment code the centre gave you.</translation>
    </message>
    <message>
        <source>Centre &amp;address</source>
        <translation>Centre &amp;address</translation>
    </message>
    <message>
        <source>Enrolment &amp;code</source>
        <translation>Enrolment &amp;code</translation>
    </message>
    <message>
        <source>Are these exactly the words printed with the enrolment code?</source>
        <translation>Are these exactly the words printed with the enrolment code?</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>C&amp;onnect</translation>
    </message>
    <message>
        <source>&amp;Yes, they match: enrol</source>
        <translation>&amp;Yes, they match: enrol</translation>
    </message>
    <message>
        <source>&amp;No, they differ</source>
        <translation>&amp;No, they differ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Type both the centre&apos;s address and the enrolment code.</source>
        <translation>Type both the centre&apos;s address and the enrolment code.</translation>
    </message>
    <message>
        <source>Connecting to the centre…</source>
        <translation>Connecting to the centre…</translation>
    </message>
    <message>
        <source>Centre key words: {words}</source>
        <translation>Centre key words: {words}</translation>
    </message>
    <message>
        <source>Centre key words: {words}. {question}</source>
        <translation>Centre key words: {words}. {question}</translation>
    </message>
    <message>
        <source>This device is enrolled with the centre.</source>
        <translation>This device is enrolled with the centre.</translation>
    </message>
    <message>
        <source>The centre&apos;s key does not match. Someone may be between this device and the centre. Do not enrol on this network; tell the centre, and ask for a new code.</source>
        <translation>The centre&apos;s key does not match. Someone may be between this device and the centre. Do not enrol on this network; tell the centre, and ask for a new code.</translation>
    </message>
    <message>
        <source>The centre refused or could not be reached ({code}). Check the address and the code, then try again.</source>
        <translation>The centre refused or could not be reached ({code}). Check the address and the code, then try again.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Luring — set up this device</source>
        <translation>Luring — set up this device</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Office name</source>
        <translation>&amp;Office name</translation>
    </message>
    <message>
        <source>For example: Disnaker Kabupaten Bandung</source>
        <translation>For example: Disnaker Kabupaten Bandung</translation>
    </message>
    <message>
        <source>&amp;Disnaker code</source>
        <translation>&amp;Disnaker code</translation>
    </message>
    <message>
        <source>The office code given by the ministry</source>
        <translation>The office code given by the ministry</translation>
    </message>
    <message>
        <source>&amp;Province</source>
        <translation>&amp;Province</translation>
    </message>
    <message>
        <source>&amp;Regency or city</source>
        <translation>&amp;Regency or city</translation>
    </message>
    <message>
        <source>This office</source>
        <translation>This office</translation>
    </message>
    <message>
        <source>These details identify this device&apos;s office. They are not personal data.</source>
        <translation>These details identify this device&apos;s office. They are not personal data.</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <source>Lower-case letters, digits, dot, underscore or hyphen</source>
        <translation>Lower-case letters, digits, dot, underscore or hyphen</translation>
    </message>
    <message>
        <source>&amp;Password (at least {count} characters)</source>
        <translation>&amp;Password (at least {count} characters)</translation>
    </message>
    <message>
        <source>Repeat the pass&amp;word</source>
        <translation>Repeat the pass&amp;word</translation>
    </message>
    <message>
        <source>The first supervisor</source>
        <translation>The first supervisor</translation>
    </message>
    <message>
        <source>The supervisor manages the officers&apos; accounts on this device.</source>
        <translation>The supervisor manages the officers&apos; accounts on this device.</translation>
    </message>
    <message>
        <source>This is the recovery key. It opens this device if every password is forgotten. Write it down on paper now and keep it locked away. It is shown only once.</source>
        <translation>This is the recovery key. It opens this device if every password is forgotten. Write it down on paper now and keep it locked away. It is shown only once.</translation>
    </message>
    <message>
        <source>Write down the recovery key</source>
        <translation>Write down the recovery key</translation>
    </message>
    <message>
        <source>Step {step} of {total}</source>
        <translation>Step {step} of {total}</translation>
    </message>
    <message>
        <source>&amp;Create the device</source>
        <translation>&amp;Create the device</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Type the office name.</source>
        <translation>Type the office name.</translation>
    </message>
    <message>
        <source>Type the Disnaker code.</source>
        <translation>Type the Disnaker code.</translation>
    </message>
    <message>
        <source>Choose the province from the list.</source>
        <translation>Choose the province from the list.</translation>
    </message>
    <message>
        <source>Choose the regency or city from the list.</source>
        <translation>Choose the regency or city from the list.</translation>
    </message>
    <message>
        <source>Type a username.</source>
        <translation>Type a username.</translation>
    </message>
    <message>
        <source>Type the name to show at log-in.</source>
        <translation>Type the name to show at log-in.</translation>
    </message>
    <message>
        <source>Setting up the device. This takes a few seconds…</source>
        <translation>Setting up the device. This takes a few seconds…</translation>
    </message>
    <message>
        <source>Na&amp;me shown at log-in</source>
        <translation>Na&amp;me shown at log-in</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Export for USB</source>
        <translation>Export for USB</translation>
    </message>
    <message>
        <source>Import receipt</source>
        <translation>Import receipt</translation>
    </message>
    <message>
        <source>Every record still waiting for the centre is sealed for the centre and signed into files in this folder. Take all the files to an online device or to the centre.</source>
        <translation>Every record still waiting for the centre is sealed for the centre and signed into files in this folder. Take all the files to an online device or to the centre.</translation>
    </message>
    <message>
        <source>Choose the receipt file the centre or an online device of this office made. The records move on exactly as after a sync.</source>
        <translation>Choose the receipt file the centre or an online device of this office made. The records move on exactly as after a sync.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Choose folder</source>
        <translation>Choose folder</translation>
    </message>
    <message>
        <source>Choose file</source>
        <translation>Choose file</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Folder</translation>
    </message>
    <message>
        <source>&amp;Receipt file</source>
        <translation>&amp;Receipt file</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <source>Stops before anything is written; nothing is lost</source>
        <translation>Stops before anything is written; nothing is lost</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Choose a folder first.</source>
        <translation>Choose a folder first.</translation>
    </message>
    <message>
        <source>Choose a receipt file first.</source>
        <translation>Choose a receipt file first.</translation>
    </message>
    <message>
        <source>Sealing and writing the records…</source>
        <translation>Sealing and writing the records…</translation>
    </message>
    <message>
        <source>Reading the receipt…</source>
        <translation>Reading the receipt…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source>The hand-over did not work. The records are safe on this device; try again.</source>
        <translation>The hand-over did not work. The records are safe on this device; try again.</translation>
    </message>
    <message>
        <source>Stopped: nothing was written. The records are still waiting on this device.</source>
        <translation>Stopped: nothing was written. The records are still waiting on this device.</translation>
    </message>
</context>
<context>
    <name>LimitsSection</name>
    <message>
        <source>Offline limits</source>
        <translation>Offline limits</translation>
    </message>
    <message>
        <source>Measuring the offline limits…</source>
        <translation>Measuring the offline limits…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
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
        <translation>Luring — log in</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Office: {office}</source>
        <translation>Office: {office}</translation>
    </message>
    <message>
        <source>&amp;Who are you?</source>
        <translation>&amp;Who are you?</translation>
    </message>
    <message>
        <source>Choose your name with the arrow keys, then press Enter</source>
        <translation>Choose your name with the arrow keys, then press Enter</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Log &amp;in</source>
        <translation>Log &amp;in</translation>
    </message>
    <message>
        <source>Use &amp;recovery key…</source>
        <translation>Use &amp;recovery key…</translation>
    </message>
    <message>
        <source>For supervisors who forgot their password</source>
        <translation>For supervisors who forgot their password</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Choose your name in the list first.</source>
        <translation>Choose your name in the list first.</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Checking the password…</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>You can try again now.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Luring — offline Kartu Prakerja registration</source>
        <translation>Luring — offline Kartu Prakerja registration</translation>
    </message>
    <message>
        <source>&amp;New registration</source>
        <translation>&amp;New registration</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>&amp;Records</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>Records to &amp;correct…</source>
        <translation>Records to &amp;correct…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Accounts…</translation>
    </message>
    <message>
        <source>&amp;Enrol with the centre…</source>
        <translation>&amp;Enrol with the centre…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>S&amp;witch user</source>
        <translation>S&amp;witch user</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Sync &amp;panel…</source>
        <translation>Sync &amp;panel…</translation>
    </message>
    <message>
        <source>E&amp;xport for USB…</source>
        <translation>E&amp;xport for USB…</translation>
    </message>
    <message>
        <source>Import &amp;receipt…</source>
        <translation>Import &amp;receipt…</translation>
    </message>
    <message>
        <source>Sync rep&amp;ort…</source>
        <translation>Sync rep&amp;ort…</translation>
    </message>
    <message>
        <source>Au&amp;dit log…</source>
        <translation>Au&amp;dit log…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>S&amp;ession</source>
        <translation>S&amp;ession</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>Officer: {name} · Office: {office}</source>
        <translation>Officer: {name} · Office: {office}</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <source>New recovery key</source>
        <translation>New recovery key</translation>
    </message>
    <message>
        <source>A new key replaces the old one, which opens nothing from then on. Have paper and a pen ready: the new key is shown once.</source>
        <translation>A new key replaces the old one, which opens nothing from then on. Have paper and a pen ready: the new key is shown once.</translation>
    </message>
    <message>
        <source>&amp;Make the new key</source>
        <translation>&amp;Make the new key</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Making the new key and re-encrypting the data…</source>
        <translation>Making the new key and re-encrypting the data…</translation>
    </message>
    <message>
        <source>This is the new recovery key. Write it down on paper now and keep it locked away. It is shown only once.</source>
        <translation>This is the new recovery key. Write it down on paper now and keep it locked away. It is shown only once.</translation>
    </message>
    <message>
        <source>Write the new key down and confirm it first: the old one no longer opens this device.</source>
        <translation>Write the new key down and confirm it first: the old one no longer opens this device.</translation>
    </message>
</context>
<context>
    <name>OfflineLimitsStatus</name>
    <message>
        <source>Limits: …</source>
        <translation>Limits: …</translation>
    </message>
    <message>
        <source>Limits: OK</source>
        <translation>Limits: OK</translation>
    </message>
    <message>
        <source>Warning: sync or hand over soon</source>
        <translation>Warning: sync or hand over soon</translation>
    </message>
    <message>
        <source>Stopped: new registrations</source>
        <translation>Stopped: new registrations</translation>
    </message>
    <message>
        <source>Offline limits: not measured yet</source>
        <translation>Offline limits: not measured yet</translation>
    </message>
    <message>
        <source>Offline limits</source>
        <translation>Offline limits</translation>
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
        <translation>One-time code</translation>
    </message>
    <message>
        <source>Give this code to {user} in person. They log in with it once and then choose a new password. It is not shown again.</source>
        <translation>Give this code to {user} in person. They log in with it once and then choose a new password. It is not shown again.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Done</translation>
    </message>
</context>
<context>
    <name>Password</name>
    <message>
        <source>The two passwords are not the same. Type them again.</source>
        <translation>The two passwords are not the same. Type them again.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Log in with the recovery key</source>
        <translation>Log in with the recovery key</translation>
    </message>
    <message>
        <source>Type the recovery key that was written down when this device was set up. Dashes and spaces do not matter.</source>
        <translation>Type the recovery key that was written down when this device was set up. Dashes and spaces do not matter.</translation>
    </message>
    <message>
        <source>Recovery &amp;key</source>
        <translation>Recovery &amp;key</translation>
    </message>
    <message>
        <source>Log &amp;in</source>
        <translation>Log &amp;in</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPanel</name>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>I have &amp;written the recovery key down</source>
        <translation>I have &amp;written the recovery key down</translation>
    </message>
    <message>
        <source>Type the &amp;last group of the key to confirm</source>
        <translation>Type the &amp;last group of the key to confirm</translation>
    </message>
    <message>
        <source>That is not the last group of the key. Look at the key above and type its last four characters.</source>
        <translation>That is not the last group of the key. Look at the key above and type its last four characters.</translation>
    </message>
    <message>
        <source>Confirm that you have written the key down.</source>
        <translation>Confirm that you have written the key down.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Sync report</source>
        <translation>Sync report</translation>
    </message>
    <message>
        <source>A report of the registrations made in a period: what was sent and what the centre decided. Read the preview, then save it to print, sign and file.</source>
        <translation>A report of the registrations made in a period: what was sent and what the centre decided. Read the preview, then save it to print, sign and file.</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>All officers</translation>
    </message>
    <message>
        <source>All regions, or a code such as 32.76</source>
        <translation>All regions, or a code such as 32.76</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Every status</translation>
    </message>
    <message>
        <source>Include &amp;names and full NIKs</source>
        <translation>Include &amp;names and full NIKs</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>O&amp;fficer</source>
        <translation>O&amp;fficer</translation>
    </message>
    <message>
        <source>Re&amp;gion</source>
        <translation>Re&amp;gion</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>Sa&amp;ve…</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in the report. Save it as %1.</source>
        <translation>
            <numerusform>%n record in the report. Save it as %1.</numerusform>
            <numerusform>%n records in the report. Save it as %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The filters changed: preview again before saving.</source>
        <translation>The filters changed: preview again before saving.</translation>
    </message>
    <message>
        <source>Names and full NIKs</source>
        <translation>Names and full NIKs</translation>
    </message>
    <message>
        <source>The report will list each applicant&apos;s name and full NIK. Keep the file and any printout as safe as the registrations themselves. The export is written to the audit log.</source>
        <translation>The report will list each applicant&apos;s name and full NIK. Keep the file and any printout as safe as the registrations themselves. The export is written to the audit log.</translation>
    </message>
    <message>
        <source>&amp;Include them</source>
        <translation>&amp;Include them</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Writing the report…</translation>
    </message>
    <message numerus="yes">
        <source>Saved: %1 (%n record(s)).</source>
        <translation>
            <numerusform>Saved: %1 (%n record).</numerusform>
            <numerusform>Saved: %1 (%n records).</numerusform>
        </translation>
    </message>
    <message>
        <source>The report could not be made. Nothing was changed; try again.</source>
        <translation>The report could not be made. Nothing was changed; try again.</translation>
    </message>
    <message>
        <source>Stopped: no file was written.</source>
        <translation>Stopped: no file was written.</translation>
    </message>
</context>
<context>
    <name>SecurityNoticeDialog</name>
    <message>
        <source>Security notice</source>
        <translation>Security notice</translation>
    </message>
    <message>
        <source>⚠ Signs of tampering were found on this device</source>
        <translation>⚠ Signs of tampering were found on this device</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
    <message>
        <source>Do not delete, restore or reinstall anything: the device is evidence. Write down today&apos;s date and time, check who had access to this computer and its files, look at the audit log, and report it to your Disnaker&apos;s IT contact. Officers can keep working; their data stays encrypted.</source>
        <translation>Do not delete, restore or reinstall anything: the device is evidence. Write down today&apos;s date and time, check who had access to this computer and its files, look at the audit log, and report it to your Disnaker&apos;s IT contact. Officers can keep working; their data stays encrypted.</translation>
    </message>
    <message>
        <source>What happened and what to do</source>
        <translation>What happened and what to do</translation>
    </message>
    <message>
        <source>&amp;Remind me at the next log-in</source>
        <translation>&amp;Remind me at the next log-in</translation>
    </message>
    <message>
        <source>&amp;I have dealt with it</source>
        <translation>&amp;I have dealt with it</translation>
    </message>
    <message>
        <source>Clears the warnings. A broken audit log is checked again at every supervisor log-in.</source>
        <translation>Clears the warnings. A broken audit log is checked again at every supervisor log-in.</translation>
    </message>
    <message>
        <source>The audit log does not add up from entry {entry} on: entries were changed, deleted or added outside the application.</source>
        <translation>The audit log does not add up from entry {entry} on: entries were changed, deleted or added outside the application.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;High contrast (white text on black)</source>
        <translation>&amp;High contrast (white text on black)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>&amp;Text size</translation>
    </message>
    <message>
        <source>Makes all text and controls larger</source>
        <translation>Makes all text and controls larger</translation>
    </message>
    <message>
        <source>Lock the screen after this many minutes &amp;without use</source>
        <translation>Lock the screen after this many minutes &amp;without use</translation>
    </message>
    <message>
        <source>Protects applicants&apos; data when the desk is left alone</source>
        <translation>Protects applicants&apos; data when the desk is left alone</translation>
    </message>
    <message>
        <source>Protects applicants&apos; data when the desk is left alone. Only a supervisor can change it: log in as a supervisor.</source>
        <translation>Protects applicants&apos; data when the desk is left alone. Only a supervisor can change it: log in as a supervisor.</translation>
    </message>
    <message>
        <source>Office &amp;address (printed on receipts)</source>
        <translation>Office &amp;address (printed on receipts)</translation>
    </message>
    <message>
        <source>Where applicants come back to ask, for example: Jl. Raya Bogor No. 12, Cibinong</source>
        <translation>Where applicants come back to ask, for example: Jl. Raya Bogor No. 12, Cibinong</translation>
    </message>
    <message>
        <source>Office &amp;phone (printed on receipts)</source>
        <translation>Office &amp;phone (printed on receipts)</translation>
    </message>
    <message>
        <source>For example: (021) 8765 4321</source>
        <translation>For example: (021) 8765 4321</translation>
    </message>
    <message>
        <source>These settings apply to everyone on this device.</source>
        <translation>These settings apply to everyone on this device.</translation>
    </message>
    <message>
        <source>These settings apply to everyone on this device. Only a supervisor can change the screen lock and the office&apos;s address and phone.</source>
        <translation>These settings apply to everyone on this device. Only a supervisor can change the screen lock and the office&apos;s address and phone.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>The application will close. Data folder: {path}</source>
        <translation>The application will close. Data folder: {path}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>The new language is used after this registration is closed.</source>
        <translation>The new language is used after this registration is closed.</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>Sync with the centre</source>
        <translation>Sync with the centre</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Sync progress</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <source>S&amp;top sync</source>
        <translation>S&amp;top sync</translation>
    </message>
    <message>
        <source>Stops after the batch being sent; nothing is lost</source>
        <translation>Stops after the batch being sent; nothing is lost</translation>
    </message>
    <message>
        <source>Last syncs</source>
        <translation>Last syncs</translation>
    </message>
    <message>
        <source>&amp;Last syncs</source>
        <translation>&amp;Last syncs</translation>
    </message>
    <message>
        <source>No sync has run on this device yet.</source>
        <translation>No sync has run on this device yet.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Waiting to be sent: {count}</source>
        <translation>Waiting to be sent: {count}</translation>
    </message>
    <message>
        <source>Held back for a supervisor: {count}</source>
        <translation>Held back for a supervisor: {count}</translation>
    </message>
    <message>
        <source>Last successful sync: never</source>
        <translation>Last successful sync: never</translation>
    </message>
    <message>
        <source>Last successful sync: {when}</source>
        <translation>Last successful sync: {when}</translation>
    </message>
    <message>
        <source>Connection: this device is not enrolled with the centre yet</source>
        <translation>Connection: this device is not enrolled with the centre yet</translation>
    </message>
    <message>
        <source>Connection: online (the centre answered at the last sync)</source>
        <translation>Connection: online (the centre answered at the last sync)</translation>
    </message>
    <message>
        <source>Connection: offline (sync starts by itself when the centre answers)</source>
        <translation>Connection: offline (sync starts by itself when the centre answers)</translation>
    </message>
    <message>
        <source>Personal data stays {days} days after the centre verifies a record; KTP photos and selfies until the centre holds them; untouched drafts {drafts} days.</source>
        <translation>Personal data stays {days} days after the centre verifies a record; KTP photos and selfies until the centre holds them; untouched drafts {drafts} days.</translation>
    </message>
    <message>
        <source>Last removal: not yet.</source>
        <translation>Last removal: not yet.</translation>
    </message>
    <message>
        <source>Last removal: {when} ({records} records, {documents} photos, {drafts} drafts).</source>
        <translation>Last removal: {when} ({records} records, {documents} photos, {drafts} drafts).</translation>
    </message>
    <message>
        <source>No sync is running.</source>
        <translation>No sync is running.</translation>
    </message>
    <message>
        <source>Stopping after the batch being sent…</source>
        <translation>Stopping after the batch being sent…</translation>
    </message>
    <message>
        <source>Sync started.</source>
        <translation>Sync started.</translation>
    </message>
    <message>
        <source>Syncing: {sent} of {waiting} sent…</source>
        <translation>Syncing: {sent} of {waiting} sent…</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>S&amp;ync now</source>
        <translation>S&amp;ync now</translation>
    </message>
    <message>
        <source>Send what waits and fetch the centre&apos;s decisions (F5)</source>
        <translation>Send what waits and fetch the centre&apos;s decisions (F5)</translation>
    </message>
    <message>
        <source>Waiting to be sent: {count}</source>
        <translation>Waiting to be sent: {count}</translation>
    </message>
    <message>
        <source>Held back: {count}</source>
        <translation>Held back: {count}</translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>Last sync: never</translation>
    </message>
    <message>
        <source>Last successful sync: never</source>
        <translation>Last successful sync: never</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>Last sync: {when}</translation>
    </message>
    <message>
        <source>Last successful sync: {when}</source>
        <translation>Last successful sync: {when}</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>Not enrolled</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Syncing with the centre…</source>
        <translation>Syncing with the centre…</translation>
    </message>
</context>
<context>
    <name>WorklistDialog</name>
    <message>
        <source>Records to correct</source>
        <translation>Records to correct</translation>
    </message>
    <message>
        <source>&amp;Rejected or sent back by the centre, oldest first</source>
        <translation>&amp;Rejected or sent back by the centre, oldest first</translation>
    </message>
    <message>
        <source>Enter opens the record; correct it there</source>
        <translation>Enter opens the record; correct it there</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>&amp;Open record</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>C&amp;lose</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) to correct.</source>
        <translation>
            <numerusform>%n record to correct.</numerusform>
            <numerusform>%n records to correct.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to correct: the centre has sent no record back.</source>
        <translation>Nothing to correct: the centre has sent no record back.</translation>
    </message>
    <message>
        <source>(personal data removed)</source>
        <translation>(personal data removed)</translation>
    </message>
    <message>
        <source>{name} · NIK {nik} · registered {when} by {officer}</source>
        <translation>{name} · NIK {nik} · registered {when} by {officer}</translation>
    </message>
    <message>
        <source>{state}. Reasons:</source>
        <translation>{state}. Reasons:</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>none given</translation>
    </message>
</context>
</TS>
