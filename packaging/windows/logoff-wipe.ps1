<#
.SYNOPSIS
    ChatHost logoff wipe for shared workstations: deletes this OS user's notes caches and their
    keys (`chathost wipe`), and records the outcome in the Application event log.
.DESCRIPTION
    Register as a Group Policy logoff script (User Configuration > Policies > Windows Settings >
    Scripts (Logon/Logoff) > Logoff > PowerShell Scripts); see docs\installers.md. It runs as the
    user who logs off, which it must: the notes keys are in that user's Credential Manager.
    Exit code: 0 when nothing is left, 1 when something could not be deleted, 2 when ChatHost is
    not installed. The output names shifts and files, never a note's text.
#>
[CmdletBinding()]
param(
    [string] $ChatHost = (Join-Path $env:ProgramFiles 'ChatHost\chathost.exe')
)
$ErrorActionPreference = 'Stop'
$source = 'ChatHost'

function Write-Outcome([int] $Code, [string] $Text) {
    # The event source exists only if the installer or an administrator created it; a user
    # cannot create it, so a missing source just skips the event log.
    try {
        $type = if ($Code -eq 0) { 'Information' } else { 'Warning' }
        Write-EventLog -LogName Application -Source $source -EventId (1000 + $Code) `
            -EntryType $type -Message $Text
    } catch { }
    Write-Output $Text
}

if (-not (Test-Path -LiteralPath $ChatHost)) {
    Write-Outcome 2 "chathost-logoff-wipe: ChatHost is not installed: $ChatHost"
    exit 2
}
$output = & $ChatHost wipe 2>&1 | Out-String
$code = $LASTEXITCODE
Write-Outcome $code ("chathost wipe (exit $code) for ${env:USERNAME}:`n" + $output.Trim())
exit $code
