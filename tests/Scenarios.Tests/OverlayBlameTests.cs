using Burstsim.Scenarios.Cli;
using Burstsim.Scenarios.Tests.Support;

namespace Burstsim.Scenarios.Tests;

/// <summary>A section the file wrote but an overlay or --set changed: a check of the whole section names the value that came from outside the file.</summary>
public sealed class OverlayBlameTests
{
    private const string Burst = """
        cluster: {count: 2, cpus: 4}
        workload: {type: sleep, functions: 8, seconds: 1}
        policies: [burst]
        """;

    [Fact]
    public void A_contradiction_caused_by_an_overlay_value_names_the_overlay_file()
    {
        using var folder = new TempFolder();
        string file = folder.Write("ok.yaml", Burst);
        string overlay = folder.Write("ov.yaml", "workload:\n  functions: 20\n");

        var result = Shell.Run("run", file, "--overlay", overlay, "--out", folder["out"]);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains($"workload (line 2 of {file}, with workload.functions from --overlay {overlay}): contradicts the cluster", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_contradiction_caused_by_a_set_names_the_set_and_only_the_last_value_of_a_path()
    {
        using var folder = new TempFolder();
        string file = folder.Write("ok.yaml", Burst);

        var result = Shell.Run("run", file, "--set", "workload.functions=30", "--set", "workload.functions=20", "--set", "seed=4", "--out", folder["out"]);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("(line 2 of " + file + ", with workload.functions from --set): contradicts", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("a burst of 20 workers", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_contradiction_in_the_file_alone_names_only_the_file()
    {
        using var folder = new TempFolder();
        string file = folder.Write("ok.yaml", Burst.Replace("functions: 8", "functions: 20", StringComparison.Ordinal));

        var result = Shell.Run("run", file, "--set", "seed=4", "--out", folder["out"]);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains($"workload (line 2 of {file}): contradicts", result.Stderr, StringComparison.Ordinal);
    }
}
