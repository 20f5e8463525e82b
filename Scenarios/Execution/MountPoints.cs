namespace Burstsim.Scenarios.Execution;

/// <summary>
/// Whether a folder is a mount point of its own (a Docker volume, a separate disk), read from Linux's
/// /proc/self/mountinfo. Elsewhere nothing is known and every folder shares its parent's filesystem.
/// </summary>
internal static class MountPoints
{
    private const string MountInfo = "/proc/self/mountinfo";

    public static bool IsMountPoint(string folder)
    {
        if (!File.Exists(MountInfo))
        {
            return false;
        }

        string full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        try
        {
            // Field 5 is the mount point, with spaces and other special characters written as octal escapes (\040).
            return File.ReadLines(MountInfo)
                .Select(line => line.Split(' '))
                .Where(fields => fields.Length > 4)
                .Any(fields => string.Equals(Unescape(fields[4]), full, StringComparison.Ordinal));
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static string Unescape(string text)
    {
        if (!text.Contains('\\', StringComparison.Ordinal))
        {
            return text;
        }

        var result = new System.Text.StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && IsOctal(text, i + 1))
            {
                result.Append((char)Convert.ToInt32(text.Substring(i + 1, 3), 8));
                i += 3;
            }
            else
            {
                result.Append(text[i]);
            }
        }

        return result.ToString();
    }

    private static bool IsOctal(string text, int at) =>
        at + 3 <= text.Length && text.Skip(at).Take(3).All(c => c is >= '0' and <= '7');
}
