; Inno Setup 6 script for neph-gui ("Mon numéro de permis").
;
; Installs the PyInstaller one-folder build (dist\neph-gui\) for the current user only,
; without administrator rights, with a Start-menu shortcut, an optional desktop shortcut
; (ticked by default: the person is used to double-clicking an icon), French and English
; installer languages, and an uninstaller in "Apps & features".
;
; `make dist-windows` compiles it on Linux under Wine (packaging/windows/build.py):
;   iscc /DAppVersion=0.1.0 /DSourceDir=<frozen folder> packaging\windows\neph-gui.iss
; SourceDir defaults to dist\windows\neph-gui (PyInstaller's output there). Relative
; paths below are relative to this script's folder. Output:
;   dist\neph-gui-setup-<version>.exe
; tests/test_windows.py installs it silently in a fresh Wine prefix and checks it.
;
; Needs Inno Setup 6.3 or later (x64compatible architecture identifier); the build
; pins 6.4.1. This file is UTF-8 with a BOM so that every Inno Setup 6 release reads
; the accents.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\windows\neph-gui"
#endif
#define AppExeName "neph-gui.exe"
#define AppPublisher "Équipe neph-gui"

[Setup]
; Never change AppId: it is how a newer installer finds and upgrades this install.
; The doubled brace escapes the "{" that would otherwise start a constant.
AppId={{8561F0FB-B10F-4A89-B334-90F1076AB866}
AppName={cm:AppName}
AppVersion={#AppVersion}
AppVerName={cm:AppName} {#AppVersion}
AppPublisher={#AppPublisher}
AppCopyright=Copyright © 2026 {#AppPublisher} (MIT)
; Windows file-version resource of setup.exe; AppVersion must therefore be
; numeric (x.y.z), which our release versions are.
VersionInfoVersion={#AppVersion}
VersionInfoProductName=neph-gui
VersionInfoDescription=neph-gui setup

; Per-user install, no UAC prompt: with PrivilegesRequired=lowest, {autoprograms}
; and {autodesktop} are the user's Start menu and desktop. The folder is
; %LOCALAPPDATA%\Programs\neph-gui, where {autopf} ({userpf}) points on Windows; it
; is written out because Wine, where the installer is tested, cannot expand {userpf}.
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\neph-gui
DisableProgramGroupPage=yes
UsePreviousAppDir=yes

; The frozen app is a 64-bit build.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

SetupIconFile=..\..\resources\icons\neph-gui.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={cm:AppName}
WizardStyle=modern
; Choose the language from the Windows UI language; ask only if it is neither.
ShowLanguageDialog=auto

OutputDir=..\..\dist
OutputBaseFilename=neph-gui-setup-{#AppVersion}
Compression=lzma2
SolidCompression=yes

[Languages]
; French first: it is the default when the Windows language is neither of these.
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
fr.AppName=Mon numéro de permis
en.AppName=My licence number
fr.AppComment=Trouver et taper son numéro de permis de conduire pour consulter ses points
en.AppComment=Find and type your driving licence number to check your points

[Tasks]
; No "unchecked" flag: the desktop shortcut is offered and ticked by default.
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{cm:AppName}"; Filename: "{app}\{#AppExeName}"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\{cm:AppName}"; Filename: "{app}\{#AppExeName}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{cm:AppName}}"; Flags: nowait postinstall skipifsilent
