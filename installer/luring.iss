; Inno Setup 6 script for Luring on Windows: a per-user install (no administrator rights),
; a Start-menu entry, an optional desktop icon, and an uninstaller that keeps the data
; folder unless the person uninstalling asks for it to be deleted.
;
; Build after PyInstaller has made dist\luring\ (see installer\README.md):
;   iscc /DAppVersion=0.1.0 installer\luring.iss
; The version is passed in from pyproject.toml by the build; it is never typed here.
; NOT VERIFIED: this script has not been compiled or run on Windows (no Windows machine here).

; x64compatible (ArchitecturesAllowed below) is understood from Inno Setup 6.3 on; older compilers reject it.
#if Ver < EncodeVer(6, 3, 0)
  #error Inno Setup 6.3 or later is needed (x64compatible)
#endif

#ifndef AppVersion
  #error Pass the version from pyproject.toml: iscc /DAppVersion=x.y.z installer\luring.iss
#endif

#define AppName "Luring"
#define AppPublisher "Disnaker"
; platformdirs.user_data_dir("Luring", "Disnaker") on Windows (desktop/paths.py).
#define DataDir "{localappdata}\Disnaker\Luring"

[Setup]
; A fixed id: an update installs over the previous version instead of beside it.
AppId={{6F0C7C52-3E9B-4F0E-9C57-2D0B8E1A4C11}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#AppVersion}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UninstallDisplayIcon={app}\luring.exe
UninstallDisplayName={#AppName} {#AppVersion}
SetupIconFile=..\resources\icons\luring.ico
OutputDir=..\dist
OutputBaseFilename=luring-{#AppVersion}-windows-setup
Compression=lzma2/max
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
WizardStyle=modern
; Installing from a USB stick or a shared drive: nothing is read from the source after setup ends.
CloseApplications=yes

[Languages]
; The wizard's own messages are English: Inno Setup ships no Indonesian translation with the compiler (its
; Indonesian.isl is in the "Unofficial" folder of its sources). Our own texts below are Indonesian and English.
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "Ikon di desktop / Desktop icon"; GroupDescription: "Ikon tambahan / Additional icons"; Flags: unchecked

[Files]
Source: "..\dist\luring\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An update replaces the bundled program files completely (the data folder is elsewhere).
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\luring.exe"; WorkingDir: "{app}"; Comment: "Pendaftaran Kartu Prakerja luring"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\luring.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\luring.exe"; Description: "Jalankan Luring / Start Luring"; Flags: nowait postinstall skipifsilent

[Code]
// The data folder holds the encrypted records, the key slots and the outbox of records not yet sent.
// Deleting it loses every unsent registration, so the default answer is No and a silent uninstall keeps it.
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataPath: String;
begin
  if CurUninstallStep <> usPostUninstall then
    Exit;
  DataPath := ExpandConstant('{#DataDir}');
  if UninstallSilent or not DirExists(DataPath) then
    Exit;
  if MsgBox('Hapus juga folder data Luring?' + #13#10 +
            'Semua pendaftaran di komputer ini, termasuk yang BELUM TERKIRIM, akan hilang.' + #13#10 +
            'Pilih "No" untuk menyimpannya (disarankan).' + #13#10#13#10 +
            'Also delete the Luring data folder?' + #13#10 +
            'Every registration on this computer, including those NOT YET SENT, will be lost.' + #13#10 +
            'Choose "No" to keep it (recommended).' + #13#10#13#10 + DataPath,
            mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
  begin
    if not DelTree(DataPath, True, True, True) then
      MsgBox('Folder data tidak dapat dihapus seluruhnya / The data folder could not be deleted completely:' +
             #13#10 + DataPath, mbError, MB_OK);
  end;
end;
