using System.Diagnostics;
using System.Globalization;

namespace Burstsim.Scenarios.Bench;

/// <summary>
/// The model's growth with N: each row (a policy at N functions) runs in a fresh child process
/// (<c>burstsim bench --single POLICY:N</c>), so its peak memory is its own and not the high-water mark of
/// the rows before it. Rows are N = 10^4 .. max for burst and classic.
/// </summary>
public static class ScalingBench
{
    /// <summary>The functions per row: powers of ten from 10^4 up to <paramref name="maxFunctions"/>.</summary>
    public static IReadOnlyList<int> Sizes(int maxFunctions)
    {
        var sizes = new List<int>();
        for (long n = 10_000; n <= maxFunctions; n *= 10)
        {
            sizes.Add((int)n);
        }

        return sizes;
    }

    /// <summary>Runs one row in a child process and reads back its line.</summary>
    /// <exception cref="InvalidOperationException">The child failed or printed no result line.</exception>
    public static ModelBenchCase Measure(string policy, int functions)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ScalingBench).Assembly.Location); // run as 'dotnet burstsim.dll'
        }

        start.ArgumentList.Add("bench");
        start.ArgumentList.Add("--single");
        start.ArgumentList.Add(string.Create(CultureInfo.InvariantCulture, $"{policy}:{functions}"));
        using var child = Process.Start(start)!;
        var stderr = child.StandardError.ReadToEndAsync();
        string output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        string? line = output.Split('\n').LastOrDefault(l => l.StartsWith(policy, StringComparison.Ordinal) && l.Contains(',', StringComparison.Ordinal));
        if (child.ExitCode != 0 || line is null)
        {
            throw new InvalidOperationException($"bench row {policy} x {functions} failed (exit {child.ExitCode}): {stderr.Result.Trim()}");
        }

        return Parse(line);
    }

    /// <summary>The child's side: one row, printed as a CSV line of <see cref="ModelBenchCase"/>.</summary>
    /// <exception cref="Cli.InputException">Not <c>burst:N</c> or <c>classic:N</c> (only the spec is bad input: a failure of the run itself is not).</exception>
    public static string RunSingle(string spec)
    {
        var parts = spec.Split(':');
        if (parts.Length != 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int n) || n < 1)
        {
            throw new Cli.InputException("--single", $"wants POLICY:N with POLICY burst or classic and N >= 1, not '{spec}'");
        }

        var row = parts[0] switch
        {
            "burst" => ModelBench.Burst(n),
            "classic" => ModelBench.Classic(n),
            "trace" when n <= Simulator.Workloads.AzureTraceReader.MinutesPerDay => TraceBench.Replay(n),
            _ => throw new Cli.InputException("--single", $"'{parts[0]}:{n}' is not burst:N, classic:N or trace:MINUTES (at most a day)"),
        };
        return Format(row);
    }

    private static string Format(ModelBenchCase m) => string.Create(
        CultureInfo.InvariantCulture,
        $"{m.Case},{m.Functions},{m.Invokers},{m.WallSeconds:0.000},{m.Events},{m.SimulatedSeconds:0.000},{m.PeakWorkingSetMb}");

    private static ModelBenchCase Parse(string line)
    {
        var c = line.Trim().Split(',');
        var inv = CultureInfo.InvariantCulture;
        return new ModelBenchCase(c[0], int.Parse(c[1], inv), int.Parse(c[2], inv), double.Parse(c[3], inv), long.Parse(c[4], inv), double.Parse(c[5], inv), long.Parse(c[6], inv));
    }
}
