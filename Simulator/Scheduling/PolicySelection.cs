namespace Burstsim.Simulator.Scheduling;

/// <summary>One chosen policy of one family with its options: <c>burst:g=6,join</c>, <c>keep-alive:fixed,minutes=10</c>.</summary>
/// <param name="Factory">The policy.</param>
/// <param name="Options">Its options, checked.</param>
/// <param name="Origin">Where it came from: "built-in", or the plug-in assembly's path.</param>
public sealed record PolicySelection(PolicyFactory Factory, PolicyOptions Options, string Origin = PolicySelection.BuiltIn)
{
    /// <summary>The <see cref="Origin"/> of the policies that ship with burstsim.</summary>
    public const string BuiltIn = "built-in";

    /// <summary>
    /// The canonical text: the family, then the policy's name unless the family implies it (its default, or an
    /// <see cref="PolicyFactory.ImpliedBy"/> option is written), then the options in declared order.
    /// </summary>
    public string Name
    {
        get
        {
            var parts = new List<string>();
            bool implied = Factory.IsFamilyDefault || (Factory.ImpliedBy is { } key && Options.IsWritten(key));
            if (!implied)
            {
                parts.Add(Factory.Name);
            }

            parts.AddRange(Options.Canonical);
            return parts.Count == 0 ? Factory.Family.Name : $"{Factory.Family.Name}:{string.Join(",", parts)}";
        }
    }

    /// <summary>The policy with every declared option's value, written or default (<c>classic:weighted,alpha=0.5</c>): two selections that behave alike have the same one.</summary>
    public string EffectiveName => string.Join(",", new[] { $"{Factory.Family.Name}:{Factory.Name}" }.Concat(Options.Effective));

    /// <inheritdoc/>
    public override string ToString() => Name;
}
