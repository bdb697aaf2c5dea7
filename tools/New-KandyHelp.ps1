# Copyright (c) Kandy for PowerShell contributors.
# Licensed under the MIT License.

<#
.SYNOPSIS
    Generates the module's MAML help from the cmdlets' metadata and the help text in en-US/help.
.DESCRIPTION
    Imports the built module, reads en-US/help/<Cmdlet>.psd1 for every exported cmdlet (Synopsis, Description,
    Parameters, Examples, optional Notes and Links; en-US/help/_Shared.psd1 describes -Session and -PassThru once) and writes <ModulePath>/en-US/<HelpFile> (the file name
    PowerShell asks for, Kandy.PowerShell.dll-Help.xml). Syntax, types, positions, pipeline input and wildcards
    come from Get-Command, so they never drift from the code. Fails (exit 1) when a cmdlet lacks a synopsis,
    a description, a parameter description or an example, or when the help text describes a parameter that
    does not exist.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)][string] $ModulePath,
    [Parameter(Mandatory)][string] $HelpSource
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$module = Import-Module (Join-Path $ModulePath 'Kandy.psd1') -PassThru
$common = [System.Management.Automation.Cmdlet]::CommonParameters + [System.Management.Automation.Cmdlet]::OptionalCommonParameters
$problems = [System.Collections.Generic.List[string]]::new()

function Esc([string] $Text) { [System.Security.SecurityElement]::Escape($Text) }

function Paras([string] $Text) {
    # Blank lines separate paragraphs in the help text.
    (($Text.Trim() -split '\r?\n\s*\r?\n') | ForEach-Object { "<maml:para>$(Esc ($_ -replace '\s*\r?\n\s*', ' '))</maml:para>" }) -join ''
}

function TypeName([type] $Type) {
    if ($Type -eq [System.Management.Automation.SwitchParameter]) { return 'SwitchParameter' }
    $Type.Name
}

function Get-ParameterFacts($Command, [string] $Name) {
    # Merges what every parameter set says about one parameter.
    $sets = foreach ($set in $Command.ParameterSets) { $set.Parameters | Where-Object Name -EQ $Name }
    $meta = $Command.Parameters[$Name]
    $positioned = @($sets | Where-Object Position -GE 0)
    $position = if ($positioned) { $positioned[0].Position } else { $null }
    $pipeline = @()
    if ($sets | Where-Object ValueFromPipeline) { $pipeline += 'ByValue' }
    if ($sets | Where-Object ValueFromPipelineByPropertyName) { $pipeline += 'ByPropertyName' }
    [pscustomobject]@{
        Name      = $Name
        Type      = TypeName $meta.ParameterType
        Required  = [bool]($sets | Where-Object IsMandatory)
        Position  = if ($null -ne $position) { [string]$position } else { 'named' }
        Pipeline  = if ($pipeline) { "True ($($pipeline -join ', '))" } else { 'False' }
        Globbing  = [bool]($meta.Attributes | Where-Object { $_ -is [System.Management.Automation.SupportsWildcardsAttribute] })
        IsSwitch  = $meta.SwitchParameter
        Aliases   = $meta.Aliases
    }
}

function Get-CommandMaml($Command, [hashtable] $Text, [hashtable] $Shared) {
    $name = $Command.Name
    foreach ($key in 'Synopsis', 'Description') {
        if (-not $Text[$key] -or -not $Text[$key].Trim()) { $problems.Add("${name}: no $key.") }
    }
    if (-not $Text['Examples'] -or @($Text.Examples).Count -eq 0) { $problems.Add("${name}: no example.") }
    $own = if ($Text['Parameters']) { $Text.Parameters } else { @{} }
    $names = @($Command.Parameters.Keys | Where-Object { $_ -notin $common })
    $described = @{}
    foreach ($p in $names) {
        $described[$p] = if ($own[$p]) { $own[$p] } else { $Shared[$p] }
        if (-not $described[$p]) { $problems.Add("${name}: parameter -$p has no description.") }
    }
    foreach ($p in $own.Keys) {
        if ($p -notin $names) { $problems.Add("${name}: the help describes -$p, which does not exist.") }
    }

    $sb = [System.Text.StringBuilder]::new()
    [void]$sb.Append("<command:command xmlns:maml=`"http://schemas.microsoft.com/maml/2004/10`" xmlns:command=`"http://schemas.microsoft.com/maml/dev/command/2004/10`" xmlns:dev=`"http://schemas.microsoft.com/maml/dev/2004/10`">")
    [void]$sb.Append("<command:details><command:name>$name</command:name><command:verb>$($Command.Verb)</command:verb><command:noun>$($Command.Noun)</command:noun>")
    [void]$sb.Append("<maml:description>$(Paras $Text.Synopsis)</maml:description></command:details>")
    [void]$sb.Append("<maml:description>$(Paras $Text.Description)</maml:description>")

    [void]$sb.Append('<command:syntax>')
    foreach ($set in $Command.ParameterSets) {
        [void]$sb.Append("<command:syntaxItem><maml:name>$name</maml:name>")
        foreach ($p in $set.Parameters | Where-Object { $_.Name -notin $common }) {
            $facts = Get-ParameterFacts $Command $p.Name
            $position = if ($p.Position -ge 0) { $p.Position } else { 'named' }
            [void]$sb.Append("<command:parameter required=`"$($p.IsMandatory.ToString().ToLower())`" globbing=`"$($facts.Globbing.ToString().ToLower())`" pipelineInput=`"$($facts.Pipeline)`" position=`"$position`"><maml:name>$($p.Name)</maml:name>")
            if (-not $facts.IsSwitch) { [void]$sb.Append("<command:parameterValue required=`"true`">$(Esc $facts.Type)</command:parameterValue>") }
            [void]$sb.Append('</command:parameter>')
        }
        [void]$sb.Append('</command:syntaxItem>')
    }
    [void]$sb.Append('</command:syntax>')

    [void]$sb.Append('<command:parameters>')
    foreach ($p in $names) {
        $facts = Get-ParameterFacts $Command $p
        $aliases = if ($facts.Aliases.Count) { $facts.Aliases -join ', ' } else { 'None' }
        [void]$sb.Append("<command:parameter required=`"$($facts.Required.ToString().ToLower())`" globbing=`"$($facts.Globbing.ToString().ToLower())`" pipelineInput=`"$($facts.Pipeline)`" position=`"$($facts.Position)`" aliases=`"$aliases`">")
        [void]$sb.Append("<maml:name>$p</maml:name><maml:description>$(Paras ([string]$described[$p]))</maml:description>")
        [void]$sb.Append("<command:parameterValue required=`"$((-not $facts.IsSwitch).ToString().ToLower())`">$(Esc $facts.Type)</command:parameterValue>")
        [void]$sb.Append("<dev:type><maml:name>$(Esc $facts.Type)</maml:name></dev:type><dev:defaultValue>None</dev:defaultValue></command:parameter>")
    }
    [void]$sb.Append('</command:parameters>')

    $inputs = @($names | ForEach-Object { Get-ParameterFacts $Command $_ } | Where-Object Pipeline -NE 'False')
    [void]$sb.Append('<command:inputTypes>')
    foreach ($i in $inputs) {
        [void]$sb.Append("<command:inputType><dev:type><maml:name>$(Esc $i.Type)</maml:name></dev:type><maml:description><maml:para>-$($i.Name), $($i.Pipeline -replace '^True ', '')</maml:para></maml:description></command:inputType>")
    }
    [void]$sb.Append('</command:inputTypes><command:returnValues>')
    foreach ($type in $Command.OutputType) {
        [void]$sb.Append("<command:returnValue><dev:type><maml:name>$(Esc $type.Name)</maml:name></dev:type><maml:description><maml:para /></maml:description></command:returnValue>")
    }
    [void]$sb.Append('</command:returnValues>')
    if ($Text['Notes']) { [void]$sb.Append("<maml:alertSet><maml:alert>$(Paras $Text.Notes)</maml:alert></maml:alertSet>") }

    [void]$sb.Append('<command:examples>')
    $n = 0
    foreach ($example in @($Text['Examples'])) {
        $n++
        if (-not $example.Code -or -not $example.Remarks) { $problems.Add("${name}: example $n needs Code and Remarks.") }
        [void]$sb.Append("<command:example><maml:title>-------------------------- Example ${n} --------------------------</maml:title>")
        [void]$sb.Append("<dev:code>$(Esc ([string]$example.Code).Trim())</dev:code><dev:remarks>$(Paras ([string]$example.Remarks))</dev:remarks></command:example>")
    }
    [void]$sb.Append('</command:examples><command:relatedLinks>')
    foreach ($link in @($Text['Links'])) {
        if ($link) { [void]$sb.Append("<maml:navigationLink><maml:linkText>$(Esc $link)</maml:linkText><maml:uri /></maml:navigationLink>") }
    }
    [void]$sb.Append('</command:relatedLinks></command:command>')
    $sb.ToString()
}

$commands = Get-Command -Module $module.Name -CommandType Cmdlet | Sort-Object Name
# Descriptions of parameters that mean the same in every cmdlet (-Session, -PassThru); a cmdlet's own text wins.
$shared = (Import-PowerShellDataFile (Join-Path $HelpSource 'help/_Shared.psd1')).Parameters
$parts = foreach ($command in $commands) {
    $file = Join-Path $HelpSource "help/$($command.Name).psd1"
    if (-not (Test-Path $file)) { $problems.Add("$($command.Name): no help text ($file)."); continue }
    Get-CommandMaml $command (Import-PowerShellDataFile $file) $shared
}

if ($problems.Count) {
    $problems | ForEach-Object { Write-Host "help: $_" -ForegroundColor Red }
    Write-Error "Help is incomplete ($($problems.Count) problem(s))."
    exit 1
}

$helpFile = ($commands | Select-Object -First 1).HelpFile
$target = Join-Path $ModulePath "en-US/$helpFile"
New-Item -ItemType Directory -Force -Path (Split-Path $target) | Out-Null
$xml = "<?xml version=`"1.0`" encoding=`"utf-8`"?>`n<helpItems schema=`"maml`" xmlns=`"http://msh`">$($parts -join "`n")</helpItems>"
([xml]$xml).Save($target)    # parsing first proves the document is well-formed
Write-Host "Help for $(@($commands).Count) cmdlets written to $target"
