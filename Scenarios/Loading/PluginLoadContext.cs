using System.Reflection;
using System.Runtime.Loader;

namespace Burstsim.Scenarios.Loading;

/// <summary>
/// One plug-in assembly's load context: its own dependencies resolve from its folder (its .deps.json), while the
/// Simulator library (the SDK's contract) always resolves to the one burstsim runs, so a plug-in's factories derive
/// from the very types the registry checks against.
/// </summary>
internal sealed class PluginLoadContext(string path) : AssemblyLoadContext(Path.GetFileNameWithoutExtension(path), isCollectible: false)
{
    private static readonly string[] Shared = ["Burstsim.Simulator", "MathNet.Numerics"];
    private readonly AssemblyDependencyResolver _resolver = new(path);

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (Shared.Contains(assemblyName.Name, StringComparer.Ordinal))
        {
            // The copy burstsim runs, whatever version the plug-in was built against: a mismatch then shows as a
            // missing type or member, which the loader reports with both versions.
            return Default.Assemblies.FirstOrDefault(a => a.GetName().Name == assemblyName.Name) ?? Default.LoadFromAssemblyName(new AssemblyName(assemblyName.Name!));
        }

        string? found = _resolver.ResolveAssemblyToPath(assemblyName);
        return found is null ? null : LoadFromAssemblyPath(found);
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
    {
        string? found = _resolver.ResolveUnmanagedDllToPath(unmanagedDllName);
        return found is null ? IntPtr.Zero : LoadUnmanagedDllFromPath(found);
    }
}
