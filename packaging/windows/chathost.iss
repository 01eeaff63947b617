; Inno Setup 6 script for the ChatHost console: a per-machine install of the PyInstaller
; one-folder build (dist\chathost), with the centre file placed at install time and no notes
; left behind by an upgrade or an uninstall. Built by packaging\windows\build-installer.ps1:
;
;   ISCC.exe /DAppVersion=0.1.0 /DSourceDir=..\..\dist\chathost /O..\..\dist packaging\windows\chathost.iss
;
; Silent per-machine install, placing the centre file (docs\installers.md):
;   ChatHost-0.1.0-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /CENTRECONFIG="\\srv\it\centre.toml"

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\chathost"
#endif
#ifndef IconFile
  #define IconFile "..\..\build\icons\chathost.ico"
#endif

[Setup]
; Never change AppId: upgrades and the uninstaller find the installed copy by it.
AppId={{6E0B3C55-8F0B-4D8B-9C6A-2C0F3E7A9D41}
AppName=ChatHost
AppVersion={#AppVersion}
AppVerName=ChatHost {#AppVersion}
AppPublisher=ChatHost
DefaultDirName={autopf}\ChatHost
DefaultGroupName=ChatHost
DisableProgramGroupPage=yes
DisableDirPage=auto
; Per machine only: every OS user of a shared workstation gets the same program and the same
; centre file; notes stay per OS user (chathost.core.notes_store.notes_dir).
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputBaseFilename=ChatHost-{#AppVersion}-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\chathost.exe
UninstallDisplayName=ChatHost {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; A running console is closed (it wipes its notes on the way out) before files are replaced.
CloseApplications=force
RestartApplications=no
SetupLogging=yes
#ifdef SignTool
SignTool={#SignTool}
SignedUninstaller=yes
#endif

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "nb"; MessagesFile: "compiler:Languages\Norwegian.isl"
Name: "fi"; MessagesFile: "compiler:Languages\Finnish.isl"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "logoff-wipe.cmd"; DestDir: "{app}"; Flags: ignoreversion
Source: "logoff-wipe.ps1"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
; The window-only twin of chathost.exe: no console window behind the console.
Name: "{autoprograms}\ChatHost"; Filename: "{app}\chathostw.exe"; WorkingDir: "{app}"; Comment: "ChatHost crisis chat console"

[UninstallRun]
; First step of uninstalling: delete the notes caches and keys of the user who uninstalls.
; Other users' cache files are deleted in CurUninstallStepChanged below.
Filename: "{app}\chathost.exe"; Parameters: "wipe"; Flags: runhidden waituntilterminated skipifdoesntexist; RunOnceId: "ChatHostWipeNotes"

[UninstallDelete]
Type: filesandordirs; Name: "{app}"

[Code]
const
  ProfileList = 'SOFTWARE\Microsoft\Windows NT\CurrentVersion\ProfileList';

function CentreConfigSource(): String;
begin
  Result := ExpandConstant('{param:CENTRECONFIG|}');
end;

function CentreConfigTarget(): String;
begin
  { chathost.core.config.default_path() on Windows }
  Result := ExpandConstant('{commonappdata}\ChatHost\centre.toml');
end;

function InitializeSetup(): Boolean;
var
  Source: String;
begin
  Result := True;
  Source := CentreConfigSource();
  if (Source <> '') and not FileExists(Source) then
  begin
    Log('CENTRECONFIG: no such file: ' + Source);
    SuppressibleMsgBox('The centre file given with /CENTRECONFIG does not exist:' + #13#10 + Source,
      mbCriticalError, MB_OK, IDOK);
    Result := False;  { setup exits with code 1 and changes nothing }
  end;
end;

procedure PlaceCentreConfig();
var
  Source, Target: String;
begin
  Source := CentreConfigSource();
  if Source = '' then
    exit;
  Target := CentreConfigTarget();
  if not ForceDirectories(ExtractFileDir(Target)) then
    RaiseException('cannot create ' + ExtractFileDir(Target));
  if not FileCopy(Source, Target, False) then
    RaiseException('cannot copy the centre file ' + Source + ' to ' + Target);
  Log('centre file placed: ' + Source + ' -> ' + Target);
end;

{ Every local profile's notes folder (%LOCALAPPDATA%\ChatHost\notes of each OS user). The
  caches are encrypted and their keys are in each user's Credential Manager, which an
  administrator cannot reach; deleting the files leaves those keys guarding nothing. }
procedure DeleteEveryProfilesNotes();
var
  Sids: TArrayOfString;
  I: Integer;
  Profile, Notes: String;
begin
  if not RegGetSubkeyNames(HKLM64, ProfileList, Sids) then
    exit;
  for I := 0 to GetArrayLength(Sids) - 1 do
  begin
    if RegQueryStringValue(HKLM64, ProfileList + '\' + Sids[I], 'ProfileImagePath', Profile) then
    begin
      { ProfileImagePath is REG_EXPAND_SZ, e.g. %SystemDrive%\Users\kari }
      StringChangeEx(Profile, '%SystemDrive%', ExpandConstant('{%SystemDrive}'), True);
      StringChangeEx(Profile, '%SystemRoot%', ExpandConstant('{%SystemRoot}'), True);
      Notes := Profile + '\AppData\Local\ChatHost\notes';
      if DirExists(Notes) then
      begin
        if DelTree(Notes, True, True, True) then
          Log('notes deleted: ' + Notes)
        else
          Log('NOTES NOT DELETED: ' + Notes);
      end;
    end;
  end;
end;

{ An upgrade: the installed console wipes the notes of the user who runs setup (their keys
  too), then every profile's notes folder goes. A console still running was closed by
  CloseApplications before this step, and wiped its notes as it quit. }
procedure WipeBeforeUpgrade();
var
  OldExe: String;
  Code: Integer;
begin
  OldExe := ExpandConstant('{app}\chathost.exe');
  if not FileExists(OldExe) then
    exit;
  if ExecAsOriginalUser(OldExe, 'wipe', '', SW_HIDE, ewWaitUntilTerminated, Code) then
    Log(Format('chathost wipe before upgrading: exit code %d', [Code]))
  else
    Log('chathost wipe before upgrading could not be started');
  DeleteEveryProfilesNotes();
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  if CurStep = ssInstall then
    WipeBeforeUpgrade();
  if CurStep = ssPostInstall then
    PlaceCentreConfig();
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usUninstall then
    DeleteEveryProfilesNotes();
end;
