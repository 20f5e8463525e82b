using YamlDotNet.RepresentationModel;

namespace Burstsim.Scenarios.Loading;

/// <summary>A mapping field: its entries by key, with unknown keys reported at their own line.</summary>
internal sealed class FieldMap(Field field, YamlMappingNode node)
{
    public Field Field { get; } = field;

    public IEnumerable<string> Keys => node.Children.Keys.Select(KeyText);

    public bool Has(string key) => Get(key) is not null;

    /// <summary>The entry, or null when absent or written as null (<c>~</c>, <c>null</c>): the default applies.</summary>
    /// <exception cref="Cli.InputException">The key is written with nothing after it (<c>seconds:</c>): a value left out by mistake, not a request for the default.</exception>
    public Field? Get(string key)
    {
        var keyNode = node.Children.Keys.FirstOrDefault(k => k is YamlScalarNode s && s.Value == key);
        if (keyNode is null)
        {
            return null;
        }

        var child = new Field(Field.Document, node.Children[keyNode], Field.Join(Field.Path, key), keyNode);
        if (child.Node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain or YamlDotNet.Core.ScalarStyle.Any, Value: "" })
        {
            throw child.Error($"has no value; give one, or remove the line (or write {key}: null) for the default");
        }

        return child.IsNull ? null : child;
    }

    public Field Require(string key, string? hint = null) =>
        Get(key) ?? throw Field.Error($"'{key}' is required{(hint is null ? string.Empty : "; " + hint)}");

    /// <summary>Rejects keys outside <paramref name="allowed"/>, naming the first unknown one and its line.</summary>
    public void AllowOnly(IReadOnlyList<string> allowed)
    {
        foreach (var key in node.Children.Keys)
        {
            string text = KeyText(key);
            if (key is not YamlScalarNode || !allowed.Contains(text, StringComparer.Ordinal))
            {
                throw Field.Document.Error(
                    key,
                    Field.Join(Field.Path, text),
                    $"unknown key{Suggest.Hint(text, allowed)} (allowed here: {string.Join(", ", allowed)})");
            }
        }
    }

    /// <summary>Throws when more than one of <paramref name="keys"/> is present.</summary>
    public void AtMostOne(params string[] keys)
    {
        var present = keys.Where(Has).ToArray();
        if (present.Length > 1)
        {
            throw Get(present[1])!.Error($"contradicts {Field.Join(Field.Path, present[0])}: give only one of {string.Join(", ", keys)}");
        }
    }

    private static string KeyText(YamlNode key) => key is YamlScalarNode s ? s.Value ?? string.Empty : ScenarioDocument.Describe(key);
}
