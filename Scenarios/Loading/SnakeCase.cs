using System.Text;

namespace Burstsim.Scenarios.Loading;

/// <summary>C# property names to scenario keys: <c>DockerParallelRuns</c> to <c>docker_parallel_runs</c>, <c>RetryOn429MaxS</c> to <c>retry_on_429_max_s</c>, <c>S3</c> to <c>s3</c>.</summary>
internal static class SnakeCase
{
    public static string From(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var text = new StringBuilder(name.Length + 8);
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            // A one-letter first word keeps its digits: S3 is s3 (Amazon's name), not s_3.
            if (i > 0 && !(i == 1 && char.IsDigit(c)) && Boundary(name[i - 1], c, i + 1 < name.Length ? name[i + 1] : '\0'))
            {
                text.Append('_');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }

    // A word starts at an upper-case letter after a lower-case letter or digit, at the last capital of an
    // acronym followed by lower case (HTTPRequest: http_request), and where letters and digits meet.
    private static bool Boundary(char previous, char c, char next) =>
        (char.IsUpper(c) && (char.IsLower(previous) || char.IsDigit(previous)))
        || (char.IsUpper(c) && char.IsUpper(previous) && char.IsLower(next))
        || (char.IsDigit(c) && char.IsLetter(previous));
}
