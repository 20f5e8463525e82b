using System.Security.Cryptography;
using System.Text;

namespace Burstsim.Results.Regression;

/// <summary>
/// The content hash a baseline records: SHA-256 of the scenario's YAML text with line endings made
/// LF, so a checkout on Windows hashes the same. Only the text: a changed model default is a
/// regression to catch, not a changed scenario.
/// </summary>
public static class ScenarioHash
{
    public static string Of(string scenarioText)
    {
        ArgumentNullException.ThrowIfNull(scenarioText);
        string text = scenarioText.Replace("\r\n", "\n", StringComparison.Ordinal);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
