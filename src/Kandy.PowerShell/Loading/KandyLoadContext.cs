// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Reflection;
using System.Runtime.Loader;

namespace Kandy.PowerShell.Loading;

/// <summary>
/// The private load context of the engine: Kandy.Core and every package it uses load from
/// <c>dependencies/</c>, so another module's older copy of a package cannot break us, nor ours it.
/// </summary>
internal sealed class KandyLoadContext : AssemblyLoadContext
{
    private readonly string _dependencies;

    public KandyLoadContext(string dependencies)
        : base("Kandy", isCollectible: false)
    {
        _dependencies = dependencies;
    }

    /// <inheritdoc />
    protected override Assembly? Load(AssemblyName assemblyName)
    {
        // A file in dependencies/ wins; anything else (the runtime itself) comes from the default context.
        var path = Path.Combine(_dependencies, assemblyName.Name + ".dll");
        return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
    }

    /// <inheritdoc />
    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
    {
        var path = Path.Combine(_dependencies, unmanagedDllName);
        return File.Exists(path) ? LoadUnmanagedDllFromPath(path) : IntPtr.Zero;
    }
}
