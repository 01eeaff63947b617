<#
.SYNOPSIS
    Authenticode-sign files with signtool, driven by environment variables; skips with a clear
    message when none is set (an unsigned build for testing).
.DESCRIPTION
    The certificate comes from one of:
      CHATHOST_SIGN_THUMBPRINT   a code-signing certificate already in Cert:\CurrentUser\My or
                                 Cert:\LocalMachine\My (e.g. on an EV token)
      CHATHOST_SIGN_PFX_BASE64   a .pfx file, base64-encoded (a CI secret), with
      CHATHOST_SIGN_PASSWORD     its password
      CHATHOST_SIGN_PFX          or the path of a .pfx file, with CHATHOST_SIGN_PASSWORD
    CHATHOST_TIMESTAMP_URL       the RFC 3161 timestamp server (default: DigiCert's)
    CHATHOST_SIGNTOOL            signtool.exe to use (default: the newest Windows SDK's)
    A PFX is imported into Cert:\CurrentUser\My and used by thumbprint, so its password never
    appears on a command line. Exit code 0 when every file was signed and verified, or when
    signing is not configured (-Require turns that into exit code 3).
.EXAMPLE
    packaging\windows\sign.ps1 dist\chathost\chathost.exe dist\chathost\chathostw.exe
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory = $true, ValueFromRemainingArguments = $true)] [string[]] $Files,
    [switch] $Require
)
$ErrorActionPreference = 'Stop'

function Test-SigningConfigured {
    return [bool]($env:CHATHOST_SIGN_THUMBPRINT -or $env:CHATHOST_SIGN_PFX_BASE64 -or $env:CHATHOST_SIGN_PFX)
}

function Find-SignTool {
    if ($env:CHATHOST_SIGNTOOL) { return $env:CHATHOST_SIGNTOOL }
    $onPath = Get-Command signtool.exe -ErrorAction SilentlyContinue
    if ($onPath) { return $onPath.Source }
    $kits = Join-Path ${env:ProgramFiles(x86)} 'Windows Kits\10\bin'
    $found = Get-ChildItem -Path $kits -Filter signtool.exe -Recurse -ErrorAction SilentlyContinue |
        Where-Object { $_.DirectoryName -like '*\x64' } | Sort-Object FullName -Descending |
        Select-Object -First 1
    if (-not $found) { throw 'signtool.exe not found: install the Windows SDK or set CHATHOST_SIGNTOOL' }
    return $found.FullName
}

function Get-Thumbprint {
    if ($env:CHATHOST_SIGN_THUMBPRINT) { return $env:CHATHOST_SIGN_THUMBPRINT }
    if (-not $env:CHATHOST_SIGN_PASSWORD) { throw 'CHATHOST_SIGN_PASSWORD is not set (the .pfx password)' }
    $password = ConvertTo-SecureString $env:CHATHOST_SIGN_PASSWORD -AsPlainText -Force
    $pfx = $env:CHATHOST_SIGN_PFX
    $temporary = $null
    if ($env:CHATHOST_SIGN_PFX_BASE64) {
        $temporary = Join-Path ([IO.Path]::GetTempPath()) ("chathost-sign-" + [guid]::NewGuid() + ".pfx")
        [IO.File]::WriteAllBytes($temporary, [Convert]::FromBase64String($env:CHATHOST_SIGN_PFX_BASE64))
        $pfx = $temporary
    }
    try {
        $cert = Import-PfxCertificate -FilePath $pfx -CertStoreLocation Cert:\CurrentUser\My -Password $password
    } finally {
        if ($temporary) { Remove-Item -LiteralPath $temporary -Force }
    }
    return ($cert | Where-Object { $_.HasPrivateKey } | Select-Object -First 1).Thumbprint
}

if (-not (Test-SigningConfigured)) {
    $message = 'Code signing SKIPPED: none of CHATHOST_SIGN_THUMBPRINT, CHATHOST_SIGN_PFX_BASE64, ' +
        'CHATHOST_SIGN_PFX is set; these files stay unsigned: ' + ($Files -join ', ')
    if ($Require) { Write-Error $message; exit 3 }
    Write-Host $message
    exit 0
}

$signtool = Find-SignTool
$thumbprint = Get-Thumbprint
$timestamp = if ($env:CHATHOST_TIMESTAMP_URL) { $env:CHATHOST_TIMESTAMP_URL } else { 'http://timestamp.digicert.com' }
foreach ($file in $Files) {
    & $signtool sign /sha1 $thumbprint /fd sha256 /tr $timestamp /td sha256 /d 'ChatHost' $file
    if ($LASTEXITCODE -ne 0) { throw "signtool could not sign $file (exit $LASTEXITCODE)" }
    & $signtool verify /pa /q $file
    if ($LASTEXITCODE -ne 0) { throw "the signature of $file does not verify (exit $LASTEXITCODE)" }
    Write-Host "signed and verified: $file"
}
exit 0
