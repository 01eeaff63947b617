<#
.SYNOPSIS
    Build the Windows installer: the PyInstaller bundle, its self-test, signing, Inno Setup.
.DESCRIPTION
    Run from the repository root on Windows, in a Python environment with
    `pip install ".[console,server,package]"`, and Inno Setup 6 installed (ISCC.exe on PATH or
    in its default folder). Leaves dist\ChatHost-<version>-setup.exe. Code signing follows the
    environment (packaging\windows\sign.ps1); without it the build is unsigned and says so.
.EXAMPLE
    powershell -ExecutionPolicy Bypass -File packaging\windows\build-installer.ps1
#>
[CmdletBinding()]
param(
    [string] $Python = 'python',
    [string] $Dist = 'dist',
    [switch] $SkipBuild
)
$ErrorActionPreference = 'Stop'
$root = (Resolve-Path (Join-Path $PSScriptRoot '..\..')).Path
Set-Location $root
$dist = Join-Path $root $Dist
$work = Join-Path $root 'build\pyinstaller'
$icons = Join-Path $root 'build\icons'
$bundle = Join-Path $dist 'chathost'
$sign = Join-Path $PSScriptRoot 'sign.ps1'

function Invoke-Checked([string] $What, [scriptblock] $Block) {
    Write-Host "==> $What"
    & $Block
    if ($LASTEXITCODE -ne 0) { throw "$What failed (exit $LASTEXITCODE)" }
}

$version = (& $Python -c 'import chathost; print(chathost.__version__)').Trim()
if (-not $SkipBuild) {
    Invoke-Checked 'PyInstaller' {
        & $Python -m PyInstaller --noconfirm --clean --distpath $dist --workpath $work packaging\chathost.spec
    }
}
Invoke-Checked 'icons' { & $Python packaging\make_icons.py $icons }

# The frozen program checks itself before anything is signed or packed. No server is given, so
# the server check is left out; the keyring check uses this user's Credential Manager.
$env:QT_QPA_PLATFORM = 'offscreen'
Invoke-Checked 'chathost.exe --self-test' { & (Join-Path $bundle 'chathost.exe') --self-test }
Remove-Item Env:\QT_QPA_PLATFORM

Invoke-Checked 'sign the programs' {
    & powershell.exe -NoProfile -ExecutionPolicy Bypass -File $sign `
        (Join-Path $bundle 'chathost.exe') (Join-Path $bundle 'chathostw.exe')
}

$iscc = (Get-Command ISCC.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = Join-Path ${env:ProgramFiles(x86)} 'Inno Setup 6\ISCC.exe' }
if (-not (Test-Path $iscc)) { throw 'ISCC.exe (Inno Setup 6) not found' }

$arguments = @(
    "/DAppVersion=$version", "/DBundleDir=$bundle", "/DIconFile=$icons\chathost.ico", "/O$dist"
)
if ($env:CHATHOST_SIGN_THUMBPRINT -or $env:CHATHOST_SIGN_PFX_BASE64 -or $env:CHATHOST_SIGN_PFX) {
    # Inno Setup signs the setup program and its uninstaller with the same script.
    $arguments += '/DSignTool=chathostsign'
    $arguments += "/Schathostsign=powershell.exe -NoProfile -ExecutionPolicy Bypass -File `$q$sign`$q -Require `$f"
} else {
    Write-Host 'Code signing SKIPPED for the installer and uninstaller: no CHATHOST_SIGN_* variable is set.'
}
Invoke-Checked 'Inno Setup' { & $iscc @arguments packaging\windows\chathost.iss }
Write-Host "==> $dist\ChatHost-$version-setup.exe"
