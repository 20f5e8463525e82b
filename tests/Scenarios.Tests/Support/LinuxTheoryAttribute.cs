namespace Burstsim.Scenarios.Tests.Support;

/// <summary>A theory that needs Linux (/proc, mkfifo(1)): reported as skipped, with the reason, elsewhere, never passed without running.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class LinuxTheoryAttribute : TheoryAttribute
{
    public LinuxTheoryAttribute()
    {
        if (!OperatingSystem.IsLinux())
        {
            Skip = "needs Linux (/proc, mkfifo)";
        }
    }
}
