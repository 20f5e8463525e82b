namespace Burstsim.Scenarios.Tests.Support;

/// <summary>
/// A fact that needs Linux (/proc, /dev/full, mkfifo(1)) and, with <see cref="Root"/>, root (mknod(1) of devices,
/// mount(8) of a tmpfs): reported as skipped, with the reason, where it cannot run, never passed without running.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class LinuxFactAttribute : FactAttribute
{
    private bool _root;

    public LinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux())
        {
            Skip = "needs Linux (/proc, /dev/full, mkfifo)";
        }
    }

    /// <summary>Whether the test also needs root; it is skipped, saying so, when the test host is not root.</summary>
    public bool Root
    {
        get => _root;
        set
        {
            _root = value;
            if (value && Skip is null && Environment.UserName != "root" && !IsUidZero())
            {
                Skip = "needs root (mknod of a device, mount of a tmpfs), as in CI and the dev container";
            }
        }
    }

    /// <summary>The Uid line of /proc/self/status: real, effective, saved, file-system ids; effective 0 is root.</summary>
    private static bool IsUidZero()
    {
        string? line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("Uid:", StringComparison.Ordinal));
        string[] ids = line?.Split((char[])['\t', ' '], StringSplitOptions.RemoveEmptyEntries) ?? [];
        return ids.Length > 2 && ids[2] == "0";
    }
}
