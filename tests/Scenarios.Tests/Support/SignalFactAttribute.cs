using System.Globalization;

namespace Burstsim.Scenarios.Tests.Support;

/// <summary>
/// A fact that sends a signal to a burstsim child process and needs it handled: Linux (kill(1), /proc), and for SIGINT a
/// test host that does not ignore SIGINT (or SIGHUP) (a child inherits an ignored SIGINT, as shells give background jobs, and then
/// never sees Ctrl-C). Reported as skipped, with the reason, where it cannot run; never passed without running.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SignalFactAttribute : FactAttribute
{
    public SignalFactAttribute(string signal)
    {
        if (!OperatingSystem.IsLinux())
        {
            Skip = "needs Linux: POSIX signals sent with kill(1) and /proc";
        }
        else if (signal is "INT" or "HUP" && Ignored(signal == "INT" ? 2 : 1))
        {
            Skip = $"this test host ignores SIG{signal}, and its children inherit that: SIG{signal} cannot reach burstsim here (SIGTERM, the same handler, is tested)";
        }
    }

    /// <summary>Whether signal <paramref name="number"/> is ignored: bit number - 1 of the SigIgn mask in /proc/self/status (nohup ignores SIGHUP).</summary>
    private static bool Ignored(int number)
    {
        string? line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
        return line is not null && (ulong.Parse(line["SigIgn:".Length..].Trim(), NumberStyles.HexNumber, CultureInfo.InvariantCulture) & (1UL << (number - 1))) != 0;
    }
}
