using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Burstsim.Scenarios.Cli;
using Burstsim.Scenarios.Execution;

namespace Burstsim.Scenarios.Outputs;

/// <summary>
/// shard.json: which slice of which sweep a shard folder holds, and each output file's rows and SHA-256,
/// so merge can check the set is complete and consistent and that nothing was truncated or edited.
/// <see cref="Checksum"/> covers the manifest's own fields, so an edited shard.json is refused too.
/// </summary>
internal sealed record ShardManifest(int Shard, int Shards, int FirstUnit, int Units, int TotalUnits, string Plan)
{
    public const string FileName = "shard.json";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>The shard's output files as written (empty until <see cref="Seal"/>).</summary>
    public IReadOnlyList<ShardFile> Files { get; init; } = [];

    /// <summary>SHA-256 of the manifest's other fields as JSON; null in a manifest not yet sealed.</summary>
    public string? Checksum { get; init; }

    public string ToJson() => JsonSerializer.Serialize(this, Json) + "\n";

    /// <summary>Measures the written files of <paramref name="staging"/> and stamps the checksum.</summary>
    public ShardManifest Seal(string staging, IEnumerable<string> names)
    {
        var sealedManifest = this with { Files = [.. names.Select(n => ShardFile.Measure(Path.Combine(staging, n)))], Checksum = null };
        return sealedManifest with { Checksum = sealedManifest.ComputeChecksum() };
    }

    public static ShardManifest Read(string directory)
    {
        string path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            throw new InputException(directory, $"has no {FileName}; pass folders written by 'burstsim sweep --shard i/n'");
        }

        ShardManifest manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<ShardManifest>(File.ReadAllText(path), Json)
                       ?? throw new InputException(path, "is empty");
        }
        catch (JsonException e)
        {
            throw new InputException(path, $"is not a shard manifest: {e.Message}");
        }

        manifest.Verify(directory, path);
        return manifest;
    }

    private void Verify(string directory, string path)
    {
        if (Checksum is null || Files is null || Files.Count == 0)
        {
            throw new InputException(path, "has no file checksums (written by an older burstsim); rerun this shard");
        }

        if (!string.Equals(Checksum, ComputeChecksum(), StringComparison.Ordinal))
        {
            throw new InputException(path, "was edited after the sweep wrote it (its checksum does not match its contents); rerun this shard");
        }

        if (Shards < 1 || Shard < 0 || Shard >= Shards || TotalUnits < 0 || (FirstUnit, Units) != new ShardSpec(Shard, Shards).Slice(TotalUnits))
        {
            throw new InputException(path, $"is inconsistent: shard {Shard}/{Shards} of {TotalUnits} runs cannot hold runs {FirstUnit}..{FirstUnit + Units - 1}");
        }

        if (Files.FirstOrDefault(f => f.Name == "summary.csv") is { Rows: { } summaryRows } && summaryRows != Units)
        {
            throw new InputException(path, $"is inconsistent: it claims {Units} runs but lists a summary.csv of {summaryRows} rows");
        }

        foreach (var expected in Files)
        {
            string file = Path.Combine(directory, expected.Name);
            if (!File.Exists(file))
            {
                throw new InputException(file, $"is missing; {FileName} lists it");
            }

            var actual = ShardFile.Measure(file);
            if (actual != expected)
            {
                string rows = expected.Rows is { } r ? $"{actual.Rows} rows and {actual.Bytes} bytes where {FileName} says {r} rows and {expected.Bytes} bytes" : $"{actual.Bytes} bytes where {FileName} says {expected.Bytes}";
                throw new InputException(file, $"does not match {FileName} ({rows}, SHA-256 {(actual.Sha256 == expected.Sha256 ? "equal" : "differs")}): truncated or edited since the sweep wrote it; rerun this shard");
            }
        }
    }

    private string ComputeChecksum() =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(this with { Checksum = null }, Json))));
}
