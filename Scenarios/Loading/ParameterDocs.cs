using System.Text.RegularExpressions;
using System.Xml.Linq;
using Burstsim.Simulator.Platform.Parameters;

namespace Burstsim.Scenarios.Loading;

/// <summary>
/// Each parameter's description, read from the model's XML documentation (Burstsim.Simulator.xml,
/// generated beside the assembly): the record's doc comment is the one place a default's meaning and
/// source are written, so the CLI never restates it.
/// </summary>
internal static partial class ParameterDocs
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> Summaries = new(Load);

    /// <summary>The summary of the property behind <paramref name="key"/>, on one line; empty when the docs are not shipped.</summary>
    public static string Describe(ParameterKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        string member = $"P:{key.Property.DeclaringType!.FullName}.{key.Property.Name}";
        return Summaries.Value.GetValueOrDefault(member, string.Empty);
    }

    /// <summary>The unit a value is given in, from the key's suffix and range.</summary>
    public static string Unit(ParameterKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.Key switch
        {
            var k when k.EndsWith("_s", StringComparison.Ordinal) => "s",
            var k when k.EndsWith("_s_per_mb", StringComparison.Ordinal) => "s/MB",
            var k when k.EndsWith("_mb", StringComparison.Ordinal) => "MB",
            var k when k.EndsWith("_fraction", StringComparison.Ordinal) => "0-1",
            _ when key.ValueType == typeof(int) || key.ValueType == typeof(int?) || key.ValueType == typeof(long) => "count",
            _ => "-",
        };
    }

    private static Dictionary<string, string> Load()
    {
        string path = Path.ChangeExtension(typeof(PlatformParameters).Assembly.Location, ".xml");
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return result;
        }

        foreach (var member in XDocument.Load(path).Descendants("member"))
        {
            if (member.Attribute("name")?.Value is { } name && name.StartsWith("P:", StringComparison.Ordinal) && member.Element("summary") is { } summary)
            {
                result[name] = Flatten(summary);
            }
        }

        return result;
    }

    /// <summary>Text of a summary: <c>&lt;see cref="T:A.B"/&gt;</c> becomes B, whitespace collapses to single spaces.</summary>
    private static string Flatten(XElement summary)
    {
        foreach (var see in summary.Descendants().Where(e => e.Name == "see" || e.Name == "paramref" || e.Name == "typeparamref").ToArray())
        {
            string reference = see.Attribute("cref")?.Value ?? see.Attribute("name")?.Value ?? see.Attribute("langword")?.Value ?? string.Empty;
            see.ReplaceWith(reference[(reference.LastIndexOf('.') + 1)..]);
        }

        return Spaces().Replace(summary.Value, " ").Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
