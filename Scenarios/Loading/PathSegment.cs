using System.Globalization;
using System.Text.RegularExpressions;
using Burstsim.Scenarios.Cli;

namespace Burstsim.Scenarios.Loading;

/// <summary>One step of a field path: a mapping key or a list index.</summary>
internal sealed partial record PathSegment(string? Key, int Index)
{
    public bool IsIndex => Key is null;

    /// <summary>Splits <c>cluster.invokers[2].cpus</c> into cluster, invokers, [2], cpus.</summary>
    public static IReadOnlyList<PathSegment> Parse(string path, string origin)
    {
        var segments = new List<PathSegment>();
        foreach (string part in path.Split('.'))
        {
            var m = PartPattern().Match(part);
            if (!m.Success)
            {
                throw new InputException(origin, $"'{path}' is not a field path (keys in snake_case joined by dots, list items as [index], e.g. cluster.invokers[2].cpus)");
            }

            segments.Add(new PathSegment(m.Groups["key"].Value, 0));
            foreach (Capture index in m.Groups["index"].Captures)
            {
                segments.Add(new PathSegment(null, int.Parse(index.Value, CultureInfo.InvariantCulture)));
            }
        }

        return segments;
    }

    [GeneratedRegex(@"^(?<key>[A-Za-z_][A-Za-z0-9_\-]*)(\[(?<index>[0-9]{1,6})\])*$", RegexOptions.CultureInvariant)]
    private static partial Regex PartPattern();
}
