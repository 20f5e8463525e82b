using System.Globalization;
using Burstsim.Scenarios.Cli;

namespace Burstsim.Scenarios.Loading;

/// <summary>
/// Reads a YAML file that a user names (scenario, --overlay, baseline) with a bound on its size, so that a device
/// (/dev/zero), a sparse or binary file, or a trace given by mistake is refused in one line instead of being read
/// whole (which ran the process out of address space and, under a memory limit, killed it with a segmentation fault).
/// </summary>
internal static class YamlText
{
    /// <summary>Largest YAML file read, bytes: the largest in the repository (the validation suite) is 15 KB.</summary>
    public const int MostBytes = 4 * 1024 * 1024;

    /// <summary>The file's text (UTF-8, a BOM dropped).</summary>
    /// <param name="path">The file.</param>
    /// <param name="field">The option or field that named it, for the message.</param>
    /// <exception cref="InputException">The file is larger than <see cref="MostBytes"/>, or a named pipe or a device.</exception>
    /// <exception cref="IOException">The file cannot be read (the caller says so in its words).</exception>
    /// <exception cref="UnauthorizedAccessException">The file cannot be opened.</exception>
    public static string Read(string path, string field)
    {
        // Before the open: a named pipe with no writer would block it for ever.
        if (FileInput.Special(path, "a scenario, overlay, baseline or suite is a YAML file", readsOnce: true) is { } special)
        {
            throw new InputException(field, special);
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
        var bytes = new byte[MostBytes + 1];
        int read = 0, last;
        while (read < bytes.Length && (last = stream.Read(bytes, read, bytes.Length - read)) > 0)
        {
            read += last;
        }

        if (read > MostBytes)
        {
            throw new InputException(field, string.Create(CultureInfo.InvariantCulture, $"{path} is larger than {MostBytes / (1024 * 1024)} MiB, which no scenario, overlay or baseline is (they are YAML of a few KB); check the path: a trace goes under workload.path, and a device or binary file is no YAML"));
        }

        using var reader = new StreamReader(new MemoryStream(bytes, 0, read), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        // The reader drops one byte-order mark; an editor that added a second left it as the first key's first
        // character ("\uFEFFcluster: unknown key; did you mean 'cluster'?", hostile10b NEW-2). A BOM carries no text.
        return reader.ReadToEnd().TrimStart('\uFEFF');
    }
}
