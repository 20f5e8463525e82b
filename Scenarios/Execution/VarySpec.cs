using Burstsim.Results.Csv;
using Burstsim.Scenarios.Cli;
using Burstsim.Scenarios.Loading;

namespace Burstsim.Scenarios.Execution;

/// <summary>
/// <c>--vary path=v1,v2,...</c>: one swept field and its values (each a YAML value, as for --set).
/// Commas inside [..], {..} or quotes do not split, so <c>policies=[classic,burst],[burst:g=6]</c> works.
/// </summary>
internal sealed record VarySpec(string Path, IReadOnlyList<string> Values)
{
    public static VarySpec Parse(string text)
    {
        var single = Override.Parse(text, "--vary");
        PathSegment.Parse(single.Path, "--vary");
        if (ActivationColumns.IsFixed(single.Path) || SummaryColumns.IsFixed(single.Path))
        {
            throw new InputException("--vary", $"'{single.Path}' is already an output column; vary it with separate runs (e.g. --seed) or use replications");
        }

        var values = Split(single.Value);
        if (values.Count == 0 || values.Any(v => v.Length == 0))
        {
            throw new InputException("--vary", $"'{text}' needs comma-separated values after '=', none empty");
        }

        if (values.Distinct(StringComparer.Ordinal).Count() != values.Count)
        {
            throw new InputException("--vary", $"'{text}' lists a value twice");
        }

        return new VarySpec(single.Path, values);
    }

    /// <summary>
    /// The cross product, the first --vary outermost; each combination as overrides in --vary order. Made one at a time
    /// as it is enumerated: a thousand values by a thousand are a million combinations (<see cref="SweepSize"/> counts them first).
    /// </summary>
    /// <exception cref="InputException">A path is varied twice.</exception>
    public static IEnumerable<IReadOnlyList<Override>> Combinations(IReadOnlyList<VarySpec> specs)
    {
        var duplicate = specs.GroupBy(s => s.Path, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InputException("--vary", $"'{duplicate.Key}' is varied twice; give all its values in one --vary");
        }

        IEnumerable<IReadOnlyList<Override>> result = [[]];
        foreach (var spec in specs)
        {
            result = result.SelectMany(prefix => spec.Values.Select(v => (IReadOnlyList<Override>)[.. prefix, new Override(spec.Path, v, "--vary")]));
        }

        return result;
    }

    private static List<string> Split(string text)
    {
        var values = new List<string>();
        int depth = 0, start = 0;
        char quote = '\0';
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '\'' or '"')
            {
                quote = c;
            }
            else if (c is '[' or '{')
            {
                depth++;
            }
            else if (c is ']' or '}')
            {
                depth--;
            }
            else if (c == ',' && depth == 0)
            {
                values.Add(text[start..i].Trim());
                start = i + 1;
            }
        }

        values.Add(text[start..].Trim());
        return values;
    }
}
