@echo off
rem ChatHost logoff wipe for shared workstations: deletes this OS user's notes caches and their
rem keys (chathost wipe). Register it as a User Configuration > Windows Settings > Scripts
rem (Logon/Logoff) > Logoff script in Group Policy; see docs\installers.md. It runs as the user
rem who logs off, which is what it must be: the keys are in that user's Credential Manager.
rem Exit code: 0 when nothing is left, 1 when something could not be deleted, 2 when ChatHost
rem is not installed where this script looks.
setlocal
set "CHATHOST=%~dp0chathost.exe"
if not exist "%CHATHOST%" set "CHATHOST=%ProgramFiles%\ChatHost\chathost.exe"
if not exist "%CHATHOST%" (
    echo chathost-logoff-wipe: ChatHost is not installed: %CHATHOST% 1>&2
    exit /b 2
)
"%CHATHOST%" wipe
exit /b %ERRORLEVEL%
