<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>AccountsDialog</name>
    <message>
      <location filename="../../desktop/ui/accounts_dialog.py" line="38" />
      <source>Accounts on this device</source>
      <translation>Accounts on this device</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/accounts_dialog.py" line="45" />
      <source>&amp;Accounts</source>
      <translation>&amp;Accounts</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/accounts_dialog.py" line="46" />
      <source>&amp;Add officer…</source>
      <translation>&amp;Add officer…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/accounts_dialog.py" line="48" />
      <source>&amp;Reset password…</source>
      <translation>&amp;Reset password…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/accounts_dialog.py" line="50" />
      <source>Re&amp;move…</source>
      <translation>Re&amp;move…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/accounts_dialog.py" line="52" />
      <source>&amp;Close</source>
      <translation>&amp;Close</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/accounts_dialog.py" line="77" />
      <source>supervisor</source>
      <translation>supervisor</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/accounts_dialog.py" line="77" />
      <source>officer</source>
      <translation>officer</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/accounts_dialog.py" line="93" />
      <source>Yes, continue</source>
      <translation>Yes, continue</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/accounts_dialog.py" line="94" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/accounts_dialog.py" line="113" />
      <source>Reset the password of {user}? They will get a one-time code and must choose a new password when they next log in.</source>
      <translation>Reset the password of {user}? They will get a one-time code and must choose a new password when they next log in.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/accounts_dialog.py" line="131" />
      <source>Remove the account {user}? The database is then re-encrypted so the old password opens nothing. This can take a while.</source>
      <translation>Remove the account {user}? The database is then re-encrypted so the old password opens nothing. This can take a while.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/accounts_dialog.py" line="136" />
      <source>Removing the account and re-encrypting the data…</source>
      <translation>Removing the account and re-encrypting the data…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/accounts_dialog.py" line="150" />
      <source>The account was removed.</source>
      <translation>The account was removed.</translation>
    </message>
  </context>
  <context>
    <name>AddOfficerDialog</name>
    <message>
      <location filename="../../desktop/ui/accounts_dialog.py" line="160" />
      <source>Add an officer</source>
      <translation>Add an officer</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/accounts_dialog.py" line="172" />
      <source>&amp;Username</source>
      <translation>&amp;Username</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/accounts_dialog.py" line="173" />
      <source>Lower-case letters, digits, dot, underscore or hyphen</source>
      <translation>Lower-case letters, digits, dot, underscore or hyphen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/accounts_dialog.py" line="174" />
      <source>&amp;Name shown at log-in</source>
      <translation>&amp;Name shown at log-in</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/accounts_dialog.py" line="175" />
      <source>&amp;Password (at least 10 characters)</source>
      <translation>&amp;Password (at least 10 characters)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/accounts_dialog.py" line="176" />
      <source>Repeat the pass&amp;word</source>
      <translation>Repeat the pass&amp;word</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/accounts_dialog.py" line="179" />
      <source>&amp;Add</source>
      <translation>&amp;Add</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/accounts_dialog.py" line="181" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/accounts_dialog.py" line="193" />
      <source>Type a username and the name to show at log-in.</source>
      <translation>Type a username and the name to show at log-in.</translation>
    </message>
  </context>
  <context>
    <name>ChangePasswordDialog</name>
    <message>
      <location filename="../../desktop/ui/login.py" line="220" />
      <source>Choose a new password</source>
      <translation>Choose a new password</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/login.py" line="223" />
      <source>Choose a new password that only you know. It needs at least {count} characters.</source>
      <translation>Choose a new password that only you know. It needs at least {count} characters.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/login.py" line="231" />
      <source>&amp;Current password</source>
      <translation>&amp;Current password</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/login.py" line="239" />
      <source>&amp;New password</source>
      <translation>&amp;New password</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/login.py" line="240" />
      <source>&amp;Repeat the new password</source>
      <translation>&amp;Repeat the new password</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/login.py" line="243" />
      <source>&amp;Save password</source>
      <translation>&amp;Save password</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/login.py" line="245" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>FirstRunDialog</name>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="54" />
      <source>Luring — set up this device</source>
      <translation>Luring — set up this device</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="66" />
      <source>&lt; &amp;Back</source>
      <translation>&lt; &amp;Back</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="69" />
      <location filename="../../desktop/ui/first_run.py" line="209" />
      <source>&amp;Next &gt;</source>
      <translation>&amp;Next &gt;</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="104" />
      <source>&amp;Office name</source>
      <translation>&amp;Office name</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="105" />
      <source>For example: Disnaker Kabupaten Bandung</source>
      <translation>For example: Disnaker Kabupaten Bandung</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="106" />
      <source>&amp;Disnaker code</source>
      <translation>&amp;Disnaker code</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="107" />
      <source>The office code given by the ministry</source>
      <translation>The office code given by the ministry</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="108" />
      <source>&amp;Province</source>
      <translation>&amp;Province</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="109" />
      <source>&amp;Regency or city</source>
      <translation>&amp;Regency or city</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="111" />
      <source>This office</source>
      <translation>This office</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="112" />
      <source>These details identify this device's office. They are not personal data.</source>
      <translation>These details identify this device's office. They are not personal data.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="131" />
      <source>&amp;Username</source>
      <translation>&amp;Username</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="132" />
      <source>Lower-case letters, digits, dot, underscore or hyphen</source>
      <translation>Lower-case letters, digits, dot, underscore or hyphen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="133" />
      <source>&amp;Name shown at log-in</source>
      <translation>&amp;Name shown at log-in</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="134" />
      <source>&amp;Password (at least 10 characters)</source>
      <translation>&amp;Password (at least 10 characters)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="135" />
      <source>Repeat the pass&amp;word</source>
      <translation>Repeat the pass&amp;word</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="137" />
      <source>The first supervisor</source>
      <translation>The first supervisor</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="138" />
      <source>The supervisor manages the officers' accounts on this device.</source>
      <translation>The supervisor manages the officers' accounts on this device.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="147" />
      <source>This is the recovery key. It opens this device if every password is forgotten. Write it down on paper now and keep it locked away. It is shown only once.</source>
      <translation>This is the recovery key. It opens this device if every password is forgotten. Write it down on paper now and keep it locked away. It is shown only once.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="164" />
      <source>I have &amp;written the recovery key down</source>
      <translation>I have &amp;written the recovery key down</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="166" />
      <source>Type the &amp;last group of the key to confirm</source>
      <translation>Type the &amp;last group of the key to confirm</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="168" />
      <source>Write down the recovery key</source>
      <translation>Write down the recovery key</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="206" />
      <source>Step {step} of {total}</source>
      <translation>Step {step} of {total}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="208" />
      <source>&amp;Create the device</source>
      <translation>&amp;Create the device</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="209" />
      <source>&amp;Finish</source>
      <translation>&amp;Finish</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="240" />
      <source>Type the office name.</source>
      <translation>Type the office name.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="242" />
      <source>Type the Disnaker code.</source>
      <translation>Type the Disnaker code.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="244" />
      <source>Choose the province from the list.</source>
      <translation>Choose the province from the list.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="246" />
      <source>Choose the regency or city from the list.</source>
      <translation>Choose the regency or city from the list.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="254" />
      <source>Type a username.</source>
      <translation>Type a username.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="256" />
      <source>Type the name to show at log-in.</source>
      <translation>Type the name to show at log-in.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="262" />
      <source>Setting up the device. This takes a few seconds…</source>
      <translation>Setting up the device. This takes a few seconds…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="280" />
      <source>Recovery key</source>
      <translation>Recovery key</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="293" />
      <source>That is not the last group of the key. Look at the key above and type its last four characters.</source>
      <translation>That is not the last group of the key. Look at the key above and type its last four characters.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/first_run.py" line="296" />
      <source>Confirm that you have written the key down.</source>
      <translation>Confirm that you have written the key down.</translation>
    </message>
  </context>
  <context>
    <name>LoginWindow</name>
    <message>
      <location filename="../../desktop/ui/login.py" line="62" />
      <source>Luring — log in</source>
      <translation>Luring — log in</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/login.py" line="69" />
      <source>Log in</source>
      <translation>Log in</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/login.py" line="74" />
      <source>Office: {office}</source>
      <translation>Office: {office}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/login.py" line="95" />
      <source>&amp;Who are you?</source>
      <translation>&amp;Who are you?</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/login.py" line="96" />
      <source>Choose your name with the arrow keys, then press Enter</source>
      <translation>Choose your name with the arrow keys, then press Enter</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/login.py" line="97" />
      <source>&amp;Password</source>
      <translation>&amp;Password</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/login.py" line="99" />
      <source>Log &amp;in</source>
      <translation>Log &amp;in</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/login.py" line="103" />
      <source>Use &amp;recovery key…</source>
      <translation>Use &amp;recovery key…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/login.py" line="105" />
      <source>For supervisors who forgot their password</source>
      <translation>For supervisors who forgot their password</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/login.py" line="107" />
      <source>&amp;Settings…</source>
      <translation>&amp;Settings…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/login.py" line="110" />
      <source>&amp;Quit</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/login.py" line="146" />
      <source>Choose your name in the list first.</source>
      <translation>Choose your name in the list first.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/login.py" line="154" />
      <source>Checking the password…</source>
      <translation>Checking the password…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/login.py" line="196" />
      <source>You can try again now.</source>
      <translation>You can try again now.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="50" />
      <source>Luring — offline Kartu Prakerja registration</source>
      <translation>Luring — offline Kartu Prakerja registration</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="76" />
      <source>The records list is not available in this build.</source>
      <translation>The records list is not available in this build.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="101" />
      <source>&amp;New registration</source>
      <translation>&amp;New registration</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="103" />
      <source>&amp;Find</source>
      <translation>&amp;Find</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="104" />
      <source>&amp;Records</source>
      <translation>&amp;Records</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="105" />
      <source>&amp;Settings…</source>
      <translation>&amp;Settings…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="107" />
      <source>&amp;Accounts…</source>
      <translation>&amp;Accounts…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="109" />
      <source>&amp;Lock</source>
      <translation>&amp;Lock</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="110" />
      <source>S&amp;witch user</source>
      <translation>S&amp;witch user</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="112" />
      <source>&amp;Quit</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="116" />
      <source>&amp;File</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="121" />
      <source>&amp;Tools</source>
      <translation>&amp;Tools</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="124" />
      <source>S&amp;ession</source>
      <translation>S&amp;ession</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="128" />
      <source>Main toolbar</source>
      <translation>Main toolbar</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="142" />
      <source>Last successful sync: never</source>
      <translation>Last successful sync: never</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="147" />
      <source>Officer: {name} · Office: {office}</source>
      <translation>Officer: {name} · Office: {office}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="163" />
      <source>Waiting to be sent: {count}</source>
      <translation>Waiting to be sent: {count}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="184" />
      <source>The registration wizard is not available in this build.</source>
      <translation>The registration wizard is not available in this build.</translation>
    </message>
  </context>
  <context>
    <name>OneTimeCodeDialog</name>
    <message>
      <location filename="../../desktop/ui/accounts_dialog.py" line="222" />
      <location filename="../../desktop/ui/accounts_dialog.py" line="234" />
      <source>One-time code</source>
      <translation>One-time code</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/accounts_dialog.py" line="223" />
      <source>Give this code to {user} in person. They log in with it once and then choose a new password. It is not shown again.</source>
      <translation>Give this code to {user} in person. They log in with it once and then choose a new password. It is not shown again.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/accounts_dialog.py" line="236" />
      <source>&amp;Done</source>
      <translation>&amp;Done</translation>
    </message>
  </context>
  <context>
    <name>Password</name>
    <message>
      <location filename="../../desktop/ui/login.py" line="37" />
      <source>The password needs at least {count} characters. A short sentence is easy to remember.</source>
      <translation>The password needs at least {count} characters. A short sentence is easy to remember.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/login.py" line="41" />
      <source>The two passwords are not the same. Type them again.</source>
      <translation>The two passwords are not the same. Type them again.</translation>
    </message>
  </context>
  <context>
    <name>RecoveryKeyDialog</name>
    <message>
      <location filename="../../desktop/ui/login.py" line="285" />
      <source>Log in with the recovery key</source>
      <translation>Log in with the recovery key</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/login.py" line="287" />
      <source>Type the recovery key that was written down when this device was set up. Dashes and spaces do not matter.</source>
      <translation>Type the recovery key that was written down when this device was set up. Dashes and spaces do not matter.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/login.py" line="295" />
      <source>Recovery &amp;key</source>
      <translation>Recovery &amp;key</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/login.py" line="298" />
      <source>Log &amp;in</source>
      <translation>Log &amp;in</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/login.py" line="300" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../desktop/ui/settings_dialog.py" line="33" />
      <source>Settings</source>
      <translation>Settings</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings_dialog.py" line="49" />
      <source>&amp;High contrast (white text on black)</source>
      <translation>&amp;High contrast (white text on black)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings_dialog.py" line="56" />
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings_dialog.py" line="57" />
      <source>&amp;Language</source>
      <translation>&amp;Language</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings_dialog.py" line="58" />
      <source>&amp;Text size</source>
      <translation>&amp;Text size</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings_dialog.py" line="58" />
      <source>Makes all text and controls larger</source>
      <translation>Makes all text and controls larger</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings_dialog.py" line="60" />
      <source>Lock the screen after this many minutes &amp;without use</source>
      <translation>Lock the screen after this many minutes &amp;without use</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings_dialog.py" line="61" />
      <source>Protects applicants' data when the desk is left alone</source>
      <translation>Protects applicants' data when the desk is left alone</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings_dialog.py" line="62" />
      <source>These settings apply to everyone on this device.</source>
      <translation>These settings apply to everyone on this device.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings_dialog.py" line="65" />
      <source>&amp;Save</source>
      <translation>&amp;Save</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings_dialog.py" line="68" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>Shell</name>
    <message>
      <location filename="../../desktop/ui/app.py" line="77" />
      <source>The application will close. Data folder: {path}</source>
      <translation>The application will close. Data folder: {path}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/app.py" line="79" />
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/app.py" line="226" />
      <source>The new language is used after this registration is closed.</source>
      <translation>The new language is used after this registration is closed.</translation>
    </message>
  </context>
</TS>
