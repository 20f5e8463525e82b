using Burstsim.Simulator.Scheduling;
using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text;
using Burstsim.Simulator.Workloads;

namespace Burstsim.Scenarios.Execution;

/// <summary>
/// A deterministic text of a resolved scenario's data (records, lists, dictionaries, numbers), so that two
/// processes that would simulate the same thing write the same text and any difference in a value
/// (a --set, an overlay, a varied path, a profile) changes it. Independent of culture, thread count,
/// dictionary and set order and of the order the compiler lists properties in.
/// </summary>
internal static class CanonicalText
{
    /// <summary>Nesting deeper than this is a cycle or a mistake, not a scenario.</summary>
    private const int MaxDepth = 64;

    /// <summary>
    /// Properties left out on purpose. A trace replay's path names where the file was on this machine; its
    /// rows are in the text already, and shards on different nodes may read the same trace from different folders.
    /// </summary>
    private static readonly HashSet<(Type, string)> Skipped = [(typeof(TraceReplayWorkload), nameof(TraceReplayWorkload.Source))];

    private static readonly ConcurrentDictionary<Type, MemberInfo[]> Members = new();

    /// <summary>
    /// Appends the text of <paramref name="value"/>. Throws <see cref="InvalidOperationException"/> for a class
    /// that is not a record (behaviour, not data: it has no value to compare) or for nesting deeper than 64.
    /// </summary>
    public static void Append(StringBuilder text, object? value)
    {
        ArgumentNullException.ThrowIfNull(text);
        Write(text, value, 0);
    }

    /// <summary>The text of <paramref name="value"/> as a string.</summary>
    public static string Of(object? value)
    {
        var text = new StringBuilder();
        Append(text, value);
        return text.ToString();
    }

    private static void Write(StringBuilder text, object? value, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new InvalidOperationException($"a scenario value nests deeper than {MaxDepth} levels; is there a cycle?");
        }

        switch (value)
        {
            case null:
                text.Append('~');
                return;
            case string s:
                // Quoted with escapes so that no string can imitate the punctuation around it.
                text.Append('"').Append(s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"');
                return;
            case bool b:
                text.Append(b ? "true" : "false");
                return;
            case Enum e:
                text.Append(e.GetType().Name).Append('.').Append(e.ToString());
                return;
            case double d:
                text.Append(d.ToString("R", CultureInfo.InvariantCulture));
                return;
            case float f:
                text.Append(f.ToString("R", CultureInfo.InvariantCulture));
                return;
            case char c:
                text.Append('\'').Append(c).Append('\'');
                return;
            case IFormattable number when value.GetType().IsPrimitive || value is decimal:
                text.Append(number.ToString(null, CultureInfo.InvariantCulture));
                return;
            case PolicySpec policy:
                // Its canonical name is its value (options in declared order; the factories are behaviour).
                text.Append("PolicySpec(").Append(policy.Name).Append(')');
                return;
            case PolicyRegistry:
                // The policies a scenario may name; the chosen ones are written above, by name.
                text.Append("PolicyRegistry");
                return;
            case PercentileCurve curve:
                // A class that keeps its points in arrays (it samples in a hot loop); they are its value.
                text.Append("PercentileCurve(");
                Write(text, curve.Quantiles, depth + 1);
                text.Append(';');
                Write(text, curve.Values, depth + 1);
                text.Append(')');
                return;
            case IDictionary dictionary:
                var entries = new List<string>();
                var entry = dictionary.GetEnumerator();
                while (entry.MoveNext())
                {
                    entries.Add(Of(entry.Key, depth) + ":" + Of(entry.Value, depth));
                }

                WriteSorted(text, entries, '{', '}');
                return;
            case IEnumerable items when IsSet(value.GetType()):
                WriteSorted(text, items.Cast<object?>().Select(item => Of(item, depth)), '{', '}');
                return;
            case IEnumerable items:
                text.Append('[');
                bool first = true;
                foreach (object? item in items)
                {
                    text.Append(first ? string.Empty : ",");
                    Write(text, item, depth + 1);
                    first = false;
                }

                text.Append(']');
                return;
            default:
                WriteObject(text, value, depth);
                return;
        }
    }

    private static string Of(object? value, int depth)
    {
        var text = new StringBuilder();
        Write(text, value, depth + 1);
        return text.ToString();
    }

    private static void WriteSorted(StringBuilder text, IEnumerable<string> parts, char open, char close) =>
        text.Append(open).AppendJoin(',', parts.Order(StringComparer.Ordinal)).Append(close);

    private static bool IsSet(Type type) =>
        type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() is var d && (d == typeof(ISet<>) || d == typeof(IReadOnlySet<>)));

    private static void WriteObject(StringBuilder text, object value, int depth)
    {
        var type = value.GetType();
        text.Append(type.Name).Append('(');
        bool first = true;
        foreach (var member in Members.GetOrAdd(type, DataMembers))
        {
            text.Append(first ? string.Empty : ";").Append(member.Name).Append('=');
            Write(text, member is PropertyInfo p ? p.GetValue(value) : ((FieldInfo)member).GetValue(value), depth + 1);
            first = false;
        }

        text.Append(')');
    }

    /// <summary>
    /// A record's stored values: its public instance properties with a setter (positional and init properties),
    /// by name; computed ones (Description, TotalCpus) follow from these and are left out. A struct (SimSpan,
    /// KeyValuePair, a tuple) is small and may keep its values in get-only members or fields, so all its public
    /// properties and fields count.
    /// </summary>
    private static MemberInfo[] DataMembers(Type type)
    {
        bool isRecord = type.GetProperty("EqualityContract", BindingFlags.Instance | BindingFlags.NonPublic) is not null;
        if (!type.IsValueType && !isRecord)
        {
            throw new InvalidOperationException($"{type.FullName} is part of a scenario but is not a record, so its values cannot be compared; make it a sealed record");
        }

        var properties = type.GetProperties(BindingFlags.Instance | BindingFlags.Public)
            .Where(p => (p.CanWrite || type.IsValueType) && p.GetIndexParameters().Length == 0 && !Skipped.Contains((type, p.Name)));
        var fields = type.IsValueType ? type.GetFields(BindingFlags.Instance | BindingFlags.Public) : [];
        return [.. properties.Cast<MemberInfo>().Concat(fields).OrderBy(m => m.Name, StringComparer.Ordinal)];
    }
}
