using System.Collections.Concurrent;
using Burstsim.Scenarios.Cli;

namespace Burstsim.Scenarios.Execution;

/// <summary>
/// The files the running command reads (scenario, overlays, traces, real runs), so that an <c>--out</c> whose outputs
/// would replace one of them is refused before anything runs: <c>--out .</c> beside a trace named activations.csv
/// would otherwise overwrite the trace with the results. Async-local, like <see cref="CliContext"/>: each command in a
/// process keeps its own list.
/// </summary>
internal static class InputFiles
{
    private static readonly AsyncLocal<ConcurrentDictionary<string, byte>?> Current = new();

    /// <summary>Starts an empty list for the command about to run.</summary>
    public static void Begin() => Current.Value = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);

    /// <summary>Notes a file the command reads; outside a command, nothing.</summary>
    public static void Record(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        Current.Value?.TryAdd(Path.GetFullPath(path), 0);
    }

    /// <summary>
    /// Refuses <paramref name="destination"/> when one of the inputs is a file the outputs replace or remove there: a
    /// top-level output (<see cref="OutputFolder.KnownFiles"/>), or anything in its figures/ folder.
    /// </summary>
    /// <exception cref="InputException">An input lies where an output goes.</exception>
    public static void CheckNotReplacedBy(string destination)
    {
        if (Current.Value is not { IsEmpty: false } inputs)
        {
            return;
        }

        string folder = RealPath.Of(destination);
        foreach (string input in inputs.Keys)
        {
            string relative = Path.GetRelativePath(folder, RealPath.Of(input));
            bool replaced = OutputFolder.KnownFiles.Contains(relative, StringComparer.Ordinal)
                            || relative.StartsWith("figures" + Path.DirectorySeparatorChar, StringComparison.Ordinal);
            if (replaced)
            {
                throw new InputException("--out", $"{destination} holds {input}, an input of this run, which the outputs would replace ({relative}); choose another --out, or move the input out of it");
            }
        }
    }

    /// <summary>
    /// Refuses to write the staged files <paramref name="written"/> (paths relative to <paramref name="destination"/>)
    /// when one would replace an input: the last check before the commit, for every output name of every command
    /// (run.yaml, validation.csv, index.html, data/...), beyond the run outputs <see cref="CheckNotReplacedBy(string)"/>
    /// knows before anything runs.
    /// </summary>
    /// <exception cref="InputException">An output would replace an input.</exception>
    public static void CheckNotReplacedBy(string destination, IEnumerable<string> written)
    {
        ArgumentNullException.ThrowIfNull(written);
        if (Current.Value is not { IsEmpty: false } inputs)
        {
            return;
        }

        // Two inputs may be one file (a link beside its target): the first in name order speaks for it.
        var real = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string input in inputs.Keys.Order(StringComparer.Ordinal))
        {
            real.TryAdd(RealPath.Of(input), input);
        }

        foreach (string relative in written)
        {
            if (real.TryGetValue(RealPath.Of(Path.Combine(destination, relative)), out string? input))
            {
                throw new InputException("--out", $"{destination} holds {input}, an input of this run, which the output {relative} would replace; nothing was written: choose another --out, or move the input out of it");
            }
        }
    }

    /// <summary>Refuses a single output file (<c>calibrate --out</c>, <c>check --junit</c>) that is one of the inputs, links followed.</summary>
    /// <param name="option">The option that named the file.</param>
    /// <param name="target">The file to write.</param>
    /// <exception cref="InputException">The file is an input of this run.</exception>
    public static void CheckNotInput(string option, string target)
    {
        if (Current.Value is not { IsEmpty: false } inputs)
        {
            return;
        }

        string real = RealPath.Of(target);
        if (inputs.Keys.FirstOrDefault(input => RealPath.Of(input) == real) is { } same)
        {
            throw new InputException(option, $"{target} is {same}, an input of this run, which writing it would replace; give another file");
        }
    }
}
