using Burstsim.Scenarios.Cli;
using Burstsim.Scenarios.Tests.Support;

namespace Burstsim.Scenarios.Tests;

/// <summary>Shards carry each file's rows and SHA-256 in shard.json; merge refuses a shard whose files or manifest changed since the sweep wrote them.</summary>
public sealed class MergeVerificationTests
{
    private static readonly string[] Vary = ["--vary", "workload.functions=2,4"];

    private static TempFolder TwoShards()
    {
        var folder = new TempFolder();
        string file = folder.Write("s.yaml", SmallScenarios.Sleep);
        for (int i = 0; i < 2; i++)
        {
            var shard = Shell.Run(["sweep", file, "--out", folder[$"s{i}"], "--shard", $"{i}/2", .. Vary]);
            Assert.True(shard.ExitCode == ExitCodes.Ok, shard.ToString());
        }

        return folder;
    }

    [Fact]
    public void A_truncated_activations_file_is_refused_naming_the_shard_and_file()
    {
        using var folder = TwoShards();
        string activations = folder["s1/activations.csv"];
        string text = File.ReadAllText(activations);
        File.WriteAllText(activations, text[..(text.Length - 10)]);

        var merge = Shell.Run("merge", folder["s0"], folder["s1"], "--out", folder["merged"]);

        Assert.Equal(ExitCodes.BadInput, merge.ExitCode);
        Assert.Contains(Path.Combine("s1", "activations.csv"), merge.Stderr, StringComparison.Ordinal);
        Assert.Contains("truncated or edited", merge.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder["merged"]));
    }

    [Fact]
    public void An_edited_row_of_the_same_length_is_refused_by_its_checksum()
    {
        using var folder = TwoShards();
        string summary = folder["s0/summary.csv"];
        var lines = File.ReadAllLines(summary);
        lines[1] = lines[1].Replace("small-sleep", "small-sleeq", StringComparison.Ordinal);
        File.WriteAllText(summary, string.Join('\n', lines) + "\n");

        var merge = Shell.Run("merge", folder["s0"], folder["s1"], "--out", folder["merged"]);

        Assert.Equal(ExitCodes.BadInput, merge.ExitCode);
        Assert.Contains("SHA-256 differs", merge.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_edited_shard_manifest_is_refused()
    {
        using var folder = TwoShards();
        string manifest = folder["s1/shard.json"];
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(manifest))!;
        json["units"] = json["units"]!.GetValue<int>() + 1;
        File.WriteAllText(manifest, json.ToJsonString());

        var merge = Shell.Run("merge", folder["s0"], folder["s1"], "--out", folder["merged"]);

        Assert.Equal(ExitCodes.BadInput, merge.ExitCode);
        Assert.Contains(Path.Combine("s1", "shard.json"), merge.Stderr, StringComparison.Ordinal);
        Assert.Contains("was edited", merge.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Untouched_shards_merge()
    {
        using var folder = TwoShards();

        var merge = Shell.Run("merge", folder["s1"], folder["s0"], "--out", folder["merged"]);

        Assert.True(merge.ExitCode == ExitCodes.Ok, merge.ToString());
        Assert.Contains("merged 2 shards", merge.Stdout, StringComparison.Ordinal);
        var rows = File.ReadAllLines(folder["merged/activations.csv"]).Length - 1;
        Assert.Equal(File.ReadAllLines(folder["s0/activations.csv"]).Length + File.ReadAllLines(folder["s1/activations.csv"]).Length - 2, rows);
        Assert.True(File.Exists(folder["merged/summary-ci.csv"]));
    }

    [Theory]
    [InlineData("s0")]
    [InlineData("s0/")]
    [InlineData("link-to-s0")]
    public void Merging_into_one_of_the_shards_is_refused_and_leaves_it_whole(string outDir)
    {
        using var folder = TwoShards();
        Directory.CreateSymbolicLink(folder["link-to-s0"], folder["s0"]);
        string[] before = [.. folder.Entries("s0").Where(e => File.Exists(folder[e])).Select(e => e + ":" + File.ReadAllText(folder[e]))];

        var merge = Shell.Run("merge", folder["s0"], folder["s1"], "--out", folder[outDir]);

        Assert.Equal(ExitCodes.BadInput, merge.ExitCode);
        Assert.Contains("--out", merge.Stderr, StringComparison.Ordinal);
        Assert.Contains("is one of the shards", merge.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, folder.Entries("s0").Where(e => File.Exists(folder[e])).Select(e => e + ":" + File.ReadAllText(folder[e])));
    }
}
