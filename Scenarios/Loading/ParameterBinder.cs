using Burstsim.Simulator.Platform.Parameters;

namespace Burstsim.Scenarios.Loading;

/// <summary>
/// Binds the <c>platform:</c> section onto fresh parameter records: every key is a property found by
/// <see cref="ParameterCatalog"/>; what is not written keeps the record's documented default.
/// </summary>
internal static class ParameterBinder
{
    public static PlatformParameters Bind(Field? platform)
    {
        var result = new PlatformParameters();
        if (platform is null)
        {
            return result;
        }

        var map = platform.AsMap();
        var topLevel = ParameterCatalog.All.Where(k => k.Section is null).ToArray();
        map.AllowOnly([.. ParameterCatalog.Sections.Select(s => s.Key), .. topLevel.Select(k => k.Key)]);

        foreach (var (sectionKey, sectionProperty) in ParameterCatalog.Sections)
        {
            if (map.Get(sectionKey) is not { } sectionField)
            {
                continue;
            }

            var sectionMap = sectionField.AsMap();
            var keys = ParameterCatalog.All.Where(k => k.Section == sectionProperty).ToArray();
            sectionMap.AllowOnly([.. keys.Select(k => k.Key)]);

            // A fresh record per scenario: set what the scenario gives, keep the other defaults.
            object section = Activator.CreateInstance(sectionProperty.PropertyType)!;
            foreach (var key in keys)
            {
                if (sectionMap.Get(key.Key) is { } value)
                {
                    key.Property.SetValue(section, Read(value, key, key.Property.GetValue(section)));
                }
            }

            sectionProperty.SetValue(result, section);
        }

        foreach (var key in topLevel)
        {
            if (map.Get(key.Key) is { } value)
            {
                key.Property.SetValue(result, Read(value, key, key.Property.GetValue(result)));
            }
        }

        return result;
    }

    private static object? Read(Field field, ParameterKey key, object? current)
    {
        var type = key.ValueType;
        if (type == typeof(Latency))
        {
            return ReadLatency(field, key, (Latency)current!);
        }

        var inner = Nullable.GetUnderlyingType(type);
        if (inner is not null && field.IsScalar && string.Equals(field.AsText().Trim(), "auto", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        type = inner ?? type;
        if (type == typeof(double))
        {
            return field.AsDouble(key.Range);
        }

        if (type == typeof(int))
        {
            return field.AsInt(key.Range);
        }

        if (type == typeof(long))
        {
            return field.AsLong(key.Range);
        }

        if (type == typeof(bool))
        {
            return field.AsBool();
        }

        if (type == typeof(string))
        {
            return field.AsName();
        }

        // Enums: the catalogue admits nothing else.
        var names = Enum.GetNames(type);
        string chosen = field.AsChoice([.. names.Select(SnakeCase.From)]);
        return Enum.Parse(type, names.First(n => SnakeCase.From(n) == chosen));
    }

    /// <summary>
    /// A latency: a number is its median in seconds and keeps the default spread (so older scenarios that moved a
    /// constant move the median); <c>{median, spread}</c> sets either or both (<c>spread: 0</c> makes it constant).
    /// </summary>
    private static Latency ReadLatency(Field field, ParameterKey key, Latency current)
    {
        if (field.IsScalar)
        {
            return current with { MedianS = field.AsDouble(key.Range) };
        }

        var map = field.AsMap();
        map.AllowOnly(["median", "spread"]);
        double median = map.Get("median")?.AsDouble(key.Range) ?? current.MedianS;
        double spread = map.Get("spread")?.AsDouble(NumberRange.Between(0, 2)) ?? current.Spread;
        return new Latency(median, spread);
    }
}
