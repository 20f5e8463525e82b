using System.Collections.Concurrent;
using System.Reflection;

namespace Burstsim.Scenarios.Loading;

/// <summary>
/// The plug-in assemblies loaded in this process and the file each came from, so that a fault inside one is reported as
/// the plug-in's ("internal error in policy NAME (FILE)") rather than burstsim's. Process-wide because assemblies are.
/// </summary>
internal static class PluginAssemblies
{
    private static readonly ConcurrentDictionary<Assembly, string> Paths = new();

    public static void Register(Assembly assembly, string path) => Paths[assembly] = path;

    /// <summary>The file <paramref name="assembly"/> was loaded from, if it is a plug-in.</summary>
    public static string? PathOf(Assembly assembly) => Paths.GetValueOrDefault(assembly);
}
