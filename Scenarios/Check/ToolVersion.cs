using System.Reflection;

namespace Burstsim.Scenarios.Check;

/// <summary>burstsim's version as baselines record it: the informational version with the commit cut to 12 hex digits.</summary>
internal static class ToolVersion
{
    public static string Current { get; } = Read();

    /// <summary>The release part, without the commit: <c>1.0.0</c> of <c>1.0.0+0123456789ab</c>.</summary>
    public static string Release(string version)
    {
        ArgumentNullException.ThrowIfNull(version);
        int plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus >= 0 ? version[..plus] : version;
    }

    private static string Read()
    {
        string version = typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
        int plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus >= 0 && version.Length > plus + 13 ? version[..(plus + 13)] : version;
    }
}
