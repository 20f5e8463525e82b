using System.CommandLine;
using System.Globalization;
using Burstsim.Scenarios.Execution;
using Burstsim.Scenarios.Outputs;

namespace Burstsim.Scenarios.Cli;

/// <summary>
/// <c>burstsim merge DIR... --out DIR</c>: joins the folders of <c>sweep --shard i/n</c> into the folder the
/// unsharded sweep would have written, byte for byte (shards are contiguous slices of one plan).
/// </summary>
internal static class MergeCommand
{
    public static Command Create(TextWriter stdout)
    {
        var shards = new Argument<DirectoryInfo[]>("shards") { Description = "The shard folders, in any order.", Arity = ArgumentArity.OneOrMore };
        var outDir = new Option<DirectoryInfo>("--out") { Description = "Folder for the merged outputs.", Required = true };
        var command = new Command("merge", "Join the outputs of 'sweep --shard i/n' runs into one folder.") { shards, outDir };
        command.SetAction(parse => Execute(parse.GetValue(shards)!, parse.GetValue(outDir)!.FullName, stdout));
        return command;
    }

    private static int Execute(DirectoryInfo[] directories, string outDir, TextWriter stdout)
    {
        // Merging into a shard would replace its shard.json and rows with the merged ones: refuse before reading anything.
        if (directories.FirstOrDefault(d => RealPath.Of(d.FullName) == RealPath.Of(outDir)) is { } shard)
        {
            throw new InputException("--out", $"{outDir} is one of the shards ({shard.FullName}); merging into it would overwrite that shard; give a new folder for the merged outputs");
        }

        var parts = directories.Select(d => (Directory: d.FullName, Manifest: ShardManifest.Read(d.FullName))).OrderBy(p => p.Manifest.Shard).ToArray();
        Check(parts);
        string destination = OutputFolder.Write(outDir, folder =>
        {
            try
            {
                Join(folder, parts);
            }
            catch (Exception e) when (e is FormatException or System.Text.Json.JsonException or InvalidDataException)
            {
                throw new InputException("shards", e.Message);
            }

            return folder.Destination;
        });

        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"merged {parts.Length} shards ({parts[0].Manifest.TotalUnits} runs) into {destination}"));
        return ExitCodes.Ok;
    }

    private static void Join(OutputFolder folder, (string Directory, ShardManifest Manifest)[] parts)
    {
        string header = FirstLine(Path.Combine(parts[0].Directory, "activations.csv"));
        ActivationsFile.Concatenate(folder.File("activations.csv"), header, parts.Select(p => Path.Combine(p.Directory, "activations.csv")));

        string summaryHeader = FirstLine(Path.Combine(parts[0].Directory, "summary.csv"));
        var summary = new System.Text.StringBuilder(summaryHeader);
        foreach (var (directory, _) in parts)
        {
            Interruption.ThrowIfRequested();
            string text = File.ReadAllText(Path.Combine(directory, "summary.csv"));
            if (!text.StartsWith(summaryHeader, StringComparison.Ordinal))
            {
                throw new InputException(directory, "summary.csv has a different header from the first shard's");
            }

            summary.Append(text.AsSpan(summaryHeader.Length));
        }

        RunOutputs.WriteSummaries(folder, summary.ToString());

        var bursts = parts.Select(p => Path.Combine(p.Directory, "burst_info.json")).Where(File.Exists).ToArray();
        if (bursts.Length > 0)
        {
            var runs = bursts.SelectMany(path => BurstInfo.Read(File.ReadAllText(path), path));
            using var layout = new StreamWriter(folder.File("burst_info.json"), append: false, RunOutputs.Utf8, bufferSize: 1 << 16);
            BurstInfo.Write(layout, runs);
        }

        // Every shard records the whole sweep (RunRecord leaves --shard out): the first one's is the merged folder's.
        string record = Path.Combine(parts[0].Directory, RunRecord.FileName);
        if (File.Exists(record))
        {
            File.Copy(record, Path.Combine(folder.Staging, RunRecord.FileName), overwrite: true);
        }
    }

    private static void Check((string Directory, ShardManifest Manifest)[] parts)
    {
        var first = parts[0].Manifest;
        foreach (var (directory, m) in parts)
        {
            if (m.Plan != first.Plan || m.Shards != first.Shards)
            {
                throw new InputException(directory, $"belongs to a different sweep (plan {m.Plan}, {m.Shards} shards) than {parts[0].Directory} (plan {first.Plan}, {first.Shards} shards); "
                    + "the plan covers every resolved scenario value, so run all shards with the same scenario, --vary, --set, --overlay, --seed, --replications and --policy, and the same n in --shard i/n");
            }
        }

        var indexes = parts.Select(p => p.Manifest.Shard).ToArray();
        var missing = Enumerable.Range(0, first.Shards).Except(indexes).ToArray();
        var twice = indexes.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();
        if (missing.Length > 0 || twice.Length > 0)
        {
            throw new InputException(
                "shards",
                $"need each of shards 0..{first.Shards - 1} exactly once; {(missing.Length > 0 ? "missing " + string.Join(", ", missing) : string.Empty)}{(missing.Length > 0 && twice.Length > 0 ? "; " : string.Empty)}{(twice.Length > 0 ? "given twice " + string.Join(", ", twice) : string.Empty)}");
        }

        foreach (var (directory, _) in parts)
        {
            foreach (string name in new[] { "activations.csv", "summary.csv" })
            {
                if (!File.Exists(Path.Combine(directory, name)))
                {
                    throw new InputException(directory, $"has no {name}");
                }
            }
        }
    }

    private static string FirstLine(string path)
    {
        using var reader = new StreamReader(path);
        return (reader.ReadLine() ?? string.Empty) + "\n";
    }
}
