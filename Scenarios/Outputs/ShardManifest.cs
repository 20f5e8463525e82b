using System.Text.Json;
using Burstsim.Scenarios.Cli;

namespace Burstsim.Scenarios.Outputs;

/// <summary>shard.json: which slice of which sweep a shard folder holds, so merge can check the set is complete and consistent.</summary>
internal sealed record ShardManifest(int Shard, int Shards, int FirstUnit, int Units, int TotalUnits, string Plan)
{
    public const string FileName = "shard.json";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public string ToJson() => JsonSerializer.Serialize(this, Json) + "\n";

    public static ShardManifest Read(string directory)
    {
        string path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            throw new InputException(directory, $"has no {FileName}; pass folders written by 'burstsim sweep --shard i/n'");
        }

        try
        {
            return JsonSerializer.Deserialize<ShardManifest>(File.ReadAllText(path), Json)
                   ?? throw new InputException(path, "is empty");
        }
        catch (JsonException e)
        {
            throw new InputException(path, $"is not a shard manifest: {e.Message}");
        }
    }
}
