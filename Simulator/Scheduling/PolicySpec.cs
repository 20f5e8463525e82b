using System.Globalization;

namespace Burstsim.Simulator.Scheduling;

/// <summary>
/// A policy as written on the command line and in scenarios: <c>classic</c>, <c>classic:round-robin</c>,
/// <c>burst</c> (heterogeneous), <c>burst:g=6</c>, <c>burst:join</c>, <c>burst:g=6,join</c>, <c>faasbatch</c>,
/// <c>faasbatch:interval=0.05</c>.
/// </summary>
public sealed record PolicySpec(PolicyKind Kind, string Balancer = "sharding", int? Granularity = null, bool Join = false, double? DispatchIntervalS = null)
{
    public static readonly IReadOnlyList<string> Balancers = ["sharding", "round-robin", "least-loaded", "random"];

    public static PolicySpec Classic => new(PolicyKind.Classic);

    public static PolicySpec Burst => new(PolicyKind.Burst);

    /// <summary>The canonical name, as written in outputs (summary.csv's policy column).</summary>
    public string Name => Kind switch
    {
        PolicyKind.Classic => Balancer == "sharding" ? "classic" : $"classic:{Balancer}",
        PolicyKind.Burst => (Granularity, Join) switch
        {
            (null, false) => "burst",
            (null, true) => "burst:join",
            ({ } g, false) => $"burst:g={g}",
            ({ } g, true) => $"burst:g={g},join",
        },
        _ => DispatchIntervalS is { } i ? string.Create(CultureInfo.InvariantCulture, $"faasbatch:interval={i}") : "faasbatch",
    };

    /// <summary>The granularity column: 1 for classic (one function per container), g, "het" for heterogeneous bursts, "batch" for FaaSBatch.</summary>
    public string GranularityLabel => Kind switch
    {
        PolicyKind.Classic => "1",
        PolicyKind.Burst => (Granularity is { } g ? g.ToString(CultureInfo.InvariantCulture) : "het") + (Join ? "+join" : string.Empty),
        _ => "batch",
    };

    public override string ToString() => Name;

    /// <summary>Parses a policy name; throws <see cref="FormatException"/> with a message that lists the accepted forms.</summary>
    public static PolicySpec Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string trimmed = text.Trim();
        int colon = trimmed.IndexOf(':', StringComparison.Ordinal);
        string head = colon < 0 ? trimmed : trimmed[..colon];
        string[] options = colon < 0 ? [] : trimmed[(colon + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return head switch
        {
            "classic" => ParseClassic(options, text),
            "burst" => ParseBurst(options, text),
            "faasbatch" => ParseFaaSBatch(options, text),
            _ => throw Bad(text),
        };
    }

    private static PolicySpec ParseClassic(string[] options, string text)
    {
        if (options.Length == 0)
        {
            return Classic;
        }

        if (options.Length == 1 && Balancers.Contains(options[0]))
        {
            return new PolicySpec(PolicyKind.Classic, options[0]);
        }

        throw options.Length == 1
            ? new FormatException($"'{options[0]}' in policy '{text}' is not a classic balancer; use {string.Join(", ", Balancers)}")
            : Bad(text);
    }

    private static PolicySpec ParseBurst(string[] options, string text)
    {
        int? g = null;
        bool join = false;
        foreach (string option in options)
        {
            if (option == "join")
            {
                join = true;
            }
            else if (option.StartsWith("g=", StringComparison.Ordinal))
            {
                g = int.TryParse(option[2..], NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value >= 1
                    ? value
                    : throw new FormatException($"'{option}' in policy '{text}': g (workers per pack) must be a whole number of at least 1, got '{option[2..]}'");
            }
            else
            {
                throw new FormatException($"'{option}' in policy '{text}' is not a burst option; use g=N (workers per pack) and/or join");
            }
        }

        return new PolicySpec(PolicyKind.Burst, Granularity: g, Join: join);
    }

    private static PolicySpec ParseFaaSBatch(string[] options, string text)
    {
        if (options.Length == 0)
        {
            return new PolicySpec(PolicyKind.FaaSBatch);
        }

        if (options.Length == 1 && options[0].StartsWith("interval=", StringComparison.Ordinal))
        {
            return double.TryParse(options[0][9..], NumberStyles.Float, CultureInfo.InvariantCulture, out double interval) && interval > 0 && double.IsFinite(interval)
                ? new PolicySpec(PolicyKind.FaaSBatch, DispatchIntervalS: interval)
                : throw new FormatException($"'{options[0]}' in policy '{text}': interval (the dispatch interval, s) must be a number greater than 0, got '{options[0][9..]}'");
        }

        throw options.Length == 1
            ? new FormatException($"'{options[0]}' in policy '{text}' is not a FaaSBatch option; use interval=SECONDS")
            : Bad(text);
    }

    private static FormatException Bad(string text) => new(
        $"unknown policy '{text}'. Use classic, classic:round-robin|least-loaded|random, burst, burst:g=N, burst:join, burst:g=N,join, faasbatch or faasbatch:interval=SECONDS.");
}
