# Copyright (c) Kandy for PowerShell contributors.
# Licensed under the MIT License.

# The main job: the module against its built-in emulator, as a new user would run it.
param([Parameter(Mandatory)][string] $ModulePath)
$ErrorActionPreference = 'Stop'
Import-Module (Join-Path $ModulePath 'Kandy.psd1')
Get-Module Kandy | Format-List Name, Version, Description
