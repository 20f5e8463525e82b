using System.Security.Cryptography;

namespace Burstsim.Scenarios.Outputs;

/// <summary>One output file of a shard as written: its size, data rows (CSV files: lines after the header) and SHA-256, so merge can tell a truncated or edited file.</summary>
/// <param name="Name">File name inside the shard folder.</param>
/// <param name="Bytes">Size in bytes.</param>
/// <param name="Rows">Data rows (CSV only; null for other files).</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the whole file.</param>
internal sealed record ShardFile(string Name, long Bytes, long? Rows, string Sha256)
{
    /// <summary>Measures <paramref name="path"/> in one pass.</summary>
    public static ShardFile Measure(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 16];
        long lines = 0;
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            sha.AppendData(buffer, 0, read);
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
        }

        string name = Path.GetFileName(path);
        bool csv = name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);
        return new ShardFile(name, stream.Length, csv ? Math.Max(0, lines - 1) : null, Convert.ToHexStringLower(sha.GetHashAndReset()));
    }
}
