using Burstsim.Simulator.Faults;
using Burstsim.Simulator.Platform;

namespace Burstsim.Scenarios.Loading;

/// <summary>
/// Binds <c>faults:</c>, a list of faults each with a <c>type</c>: <c>crash</c> (invoker, at_s),
/// <c>slowdown</c> (invoker, from_s, to_s, factor), <c>lost-message</c> (probability) and
/// <c>start-failure</c> (probability). Invoker names must be the cluster's.
/// </summary>
internal static class FaultsBinder
{
    private static readonly string[] Types = ["crash", "slowdown", "lost-message", "start-failure"];

    public static FaultPlan Bind(Field? field, ClusterSpec cluster)
    {
        if (field is null)
        {
            return FaultPlan.None;
        }

        var crashes = new List<InvokerCrash>();
        var slowdowns = new List<InvokerSlowdown>();
        double? lost = null, failed = null;
        foreach (var item in field.AsList())
        {
            var map = item.AsMap();
            string type = map.Require("type", string.Join(", ", Types)).AsChoice(Types);
            switch (type)
            {
                case "crash":
                    map.AllowOnly(["type", "invoker", "at_s"]);
                    crashes.Add(new InvokerCrash(Invoker(map, cluster), map.Require("at_s").AsDouble(NumberRange.NonNegative)));
                    break;
                case "slowdown":
                    map.AllowOnly(["type", "invoker", "from_s", "to_s", "factor"]);
                    string invoker = Invoker(map, cluster);
                    double from = map.Require("from_s").AsDouble(NumberRange.NonNegative);
                    var toField = map.Require("to_s");
                    double to = toField.AsDouble(NumberRange.NonNegative);
                    if (to <= from)
                    {
                        throw toField.Error($"must be after from_s ({from.ToString(System.Globalization.CultureInfo.InvariantCulture)} s)");
                    }

                    slowdowns.Add(new InvokerSlowdown(invoker, from, to, map.Require("factor", "e.g. 2 for twice as slow").AsDouble(NumberRange.AtLeast(1))));
                    break;
                default:
                    map.AllowOnly(["type", "probability"]);
                    var p = map.Require("probability", "a fraction below 1, e.g. 0.01");
                    double probability = p.AsDouble(NumberRange.Between(0, 0.99));
                    if ((type == "lost-message" ? lost : failed) is not null)
                    {
                        throw item.Error($"'{type}' is listed twice; give it once with its probability");
                    }

                    if (type == "lost-message")
                    {
                        lost = probability;
                    }
                    else
                    {
                        failed = probability;
                    }

                    break;
            }
        }

        var twice = crashes.GroupBy(c => c.Invoker, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw field.Error($"the invoker '{twice.Key}' crashes twice; a crashed invoker stays down for the rest of the run");
        }

        return new FaultPlan { Crashes = crashes, Slowdowns = slowdowns, MessageLossProbability = lost ?? 0, StartFailureProbability = failed ?? 0 };
    }

    private static string Invoker(FieldMap map, ClusterSpec cluster)
    {
        var field = map.Require("invoker", "an invoker name such as invoker0");
        string name = field.AsName();
        if (!cluster.Invokers.Any(i => i.Name == name))
        {
            throw field.Error($"the cluster has no invoker '{name}'; it has {string.Join(", ", cluster.Invokers.Select(i => i.Name))}");
        }

        return name;
    }
}
