using System.Runtime.InteropServices;
using Burstsim.Simulator.Engine;

namespace Burstsim.Simulator.Scheduling;

/// <summary>The platform's record behind <see cref="IInvocationHistory"/>: one entry per action, updated as the controllers admit work.</summary>
internal sealed class InvocationHistory : IInvocationHistory
{
    private readonly Dictionary<string, ActionHistory> _actions = new(StringComparer.Ordinal);

    public int Actions => _actions.Count;

    public ActionHistory Of(string action) => _actions.GetValueOrDefault(action);

    /// <summary><paramref name="count"/> activations of <paramref name="action"/> admitted at <paramref name="now"/>.</summary>
    public void Admitted(string action, long count, SimTime now)
    {
        // One lookup, not two: an action's name is hashed on each, and every call is admitted here.
        ref var h = ref CollectionsMarshal.GetValueRefOrAddDefault(_actions, action, out bool seen);
        h = seen
            ? new ActionHistory(h.Invocations + count, h.First, now, now - h.Last)
            : new ActionHistory(count, now, now, SimSpan.Zero);
    }
}
