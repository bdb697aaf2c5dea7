// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Management.Automation;
using System.Reflection;
using System.Runtime.Loader;
using Kandy.PowerShell.Models;

namespace Kandy.PowerShell.Loading;

/// <summary>
/// Runs when PowerShell imports and removes the module. Import only hooks assembly resolution (no network,
/// no keys, no engine load: the engine loads on first use); removal closes every session and emulator.
/// </summary>
public sealed class ModuleLoader : IModuleAssemblyInitializer, IModuleAssemblyCleanup
{
    private const string EngineAssembly = "Kandy.Core";
    private static readonly object Gate = new();
    private static KandyLoadContext? loadContext;

    /// <summary>The module's root folder (where Kandy.PowerShell.dll is).</summary>
    internal static string ModuleRoot { get; } =
        Path.GetDirectoryName(typeof(ModuleLoader).Assembly.Location) ?? AppContext.BaseDirectory;

    /// <summary>Called by PowerShell when the module is imported.</summary>
    public void OnImport()
    {
        lock (Gate)
        {
            if (loadContext is not null)
            {
                return;
            }

            loadContext = new KandyLoadContext(Path.Combine(ModuleRoot, "dependencies"));
            AssemblyLoadContext.Default.Resolving += ResolveEngine;
        }
    }

    /// <summary>Called by PowerShell when the module is removed.</summary>
    /// <param name="psModuleInfo">The module being removed.</param>
    public void OnRemove(PSModuleInfo psModuleInfo)
    {
        SessionRegistry.CloseAll();
        EmulatorRegistry.StopAll();
    }

    private static Assembly? ResolveEngine(AssemblyLoadContext context, AssemblyName name)
    {
        // Only the engine is redirected; every other request stays with whoever else resolves it.
        if (!string.Equals(name.Name, EngineAssembly, StringComparison.Ordinal))
        {
            return null;
        }

        lock (Gate)
        {
            return loadContext?.LoadFromAssemblyName(name);
        }
    }
}
