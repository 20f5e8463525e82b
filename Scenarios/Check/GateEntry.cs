using Burstsim.Results.Regression;
using Burstsim.Scenarios.Loading;

namespace Burstsim.Scenarios.Check;

/// <summary>One baseline file of a gate run: where it is, what it recorded (null when --update creates it) and the scenario it names.</summary>
/// <param name="Path">The baseline file.</param>
/// <param name="Recorded">The baseline as read; null for a new one.</param>
/// <param name="Reference">How the baseline names the scenario: a catalogue name or a path relative to the baseline file.</param>
/// <param name="Source">The scenario text the reference resolves to.</param>
internal sealed record GateEntry(string Path, Baseline? Recorded, string Reference, ScenarioSource Source)
{
    /// <summary>The hash of the scenario text as it is now.</summary>
    public string CurrentHash { get; } = ScenarioHash.Of(Source.Text);

    /// <summary>The baseline file as messages show it: relative to the working folder when inside it.</summary>
    public string DisplayPath => DisplayName(Path);

    public static string DisplayName(string path)
    {
        string relative = System.IO.Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}
