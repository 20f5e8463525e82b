using System.Globalization;
using Burstsim.Results.Csv;
using Burstsim.Scenarios.Cli;
using Burstsim.Simulator.Scheduling;

namespace Burstsim.Scenarios.Validation;

/// <summary>The command-line side of real runs: reading --real files and the policy each one ran, and --tolerance.</summary>
internal static class RealInputs
{
    /// <summary>Reads every file; a bad file is bad input (exit 2) naming the file, line and column.</summary>
    /// <param name="paths">The files.</param>
    /// <param name="field">How the command names them in errors: <c>--real</c> (validate, calibrate) or <c>FILE</c> (import).</param>
    public static IReadOnlyList<RealRun> Read(IReadOnlyList<string>? paths, string field = "--real")
    {
        if (paths is null || paths.Count == 0)
        {
            throw new InputException("--real", "give at least one Lithops statistics CSV, e.g. --real ../shared/calibration/invocation-48/gran6.csv");
        }

        var runs = new List<RealRun>();
        foreach (string path in paths)
        {
            if (!File.Exists(path))
            {
                throw new InputException(field, Loading.FileInput.Missing(Path.GetFullPath(path)));
            }

            // Before any open: a named pipe with no writer would block it for ever. A shell's pipe is read once and kept.
            if (Loading.FileInput.Special(path, "a real run is a Lithops statistics CSV", readsOnce: true) is { } special)
            {
                throw new InputException(field, special);
            }

            try
            {
                Execution.InputFiles.Record(path);
                runs.Add(RealRun.Read(path));
            }
            catch (CsvDataException e)
            {
                throw new InputException(field, e.Message);
            }
        }

        var repeated = runs.GroupBy(r => Path.GetFullPath(r.Path), StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new InputException(field, $"{repeated.Key} is given twice; give each real run once");
        }

        return UniqueNames(runs);
    }

    /// <summary>
    /// Names the runs by file name; where names clash, by as many of the folders above the file as it takes to tell them
    /// apart (run1/invocation-48/gran6.csv and run2/invocation-48/gran6.csv: run1-invocation-48-gran6, run2-invocation-48-gran6).
    /// </summary>
    private static List<RealRun> UniqueNames(List<RealRun> runs)
    {
        var folders = runs.Select(r => Path.GetDirectoryName(Path.GetFullPath(r.Path))!.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries)).ToArray();
        int depth = 0;
        string NameAt(int i, int d) => string.Join('-', folders[i].TakeLast(d).Append(runs[i].Name));
        // Told apart ignoring letter case: the names become figure files, and Gran6 and gran6 are one file on a case-insensitive disk.
        int deepest = folders.Max(f => f.Length);
        bool Distinct(int d) => runs.Select((_, i) => NameAt(i, d)).Distinct(StringComparer.OrdinalIgnoreCase).Count() == runs.Count;
        while (!Distinct(depth) && depth < deepest)
        {
            depth++; // distinct full paths differ within the deepest folder count, unless only in letter case
        }

        if (!Distinct(depth))
        {
            // Paths that differ only in letter case: numbered in the order given.
            return [.. runs.Select((r, i) => r with { Name = $"{NameAt(i, depth)}-{i + 1}" })];
        }

        return depth == 0 ? runs : [.. runs.Select((r, i) => r with { Name = NameAt(i, depth) })];
    }

    /// <summary>--policy when given, else what the file name implies (granN.csv).</summary>
    public static PolicySpec Policy(RealRun run, string? policy, PolicyRegistry registry)
    {
        string? text = policy ?? run.ImpliedPolicy
                       ?? throw new InputException("--policy", $"{run.Path} does not say which policy it ran (its name is not granN.csv); give --policy classic, burst:g=6, ...");
        return PolicyText(text, registry);
    }

    /// <summary>A policy text (classic, burst:g=6, ...) parsed by <paramref name="registry"/>; a bad one is bad input naming --policy.</summary>
    public static PolicySpec PolicyText(string text, PolicyRegistry registry)
    {
        try
        {
            return registry.Parse(text);
        }
        catch (FormatException e)
        {
            throw new InputException("--policy", e.Message);
        }
    }

    /// <summary>--tolerance values: a bare number applies to every metric, metric=number to one (see <see cref="ValidationMetrics.Names"/>).</summary>
    public static IReadOnlyDictionary<string, double> Tolerances(IReadOnlyList<string>? texts)
    {
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (string text in texts ?? [])
        {
            int eq = text.IndexOf('=', StringComparison.Ordinal);
            string metric = eq < 0 ? "*" : text[..eq].Trim();
            string number = eq < 0 ? text : text[(eq + 1)..];
            if (metric != "*" && !ValidationMetrics.Names.Contains(metric))
            {
                throw new InputException("--tolerance", $"unknown metric '{metric}'; use one of {string.Join(", ", ValidationMetrics.Names)}");
            }

            if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !(value >= 0))
            {
                throw new InputException("--tolerance", $"'{text}' is not a number >= 0 or metric=number (e.g. startup_p50_s=0.15)");
            }

            result[metric] = value;
        }

        return result;
    }
}
