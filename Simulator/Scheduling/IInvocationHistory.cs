namespace Burstsim.Simulator.Scheduling;

/// <summary>The invocation history of every action the controllers admitted, for policies that learn from it. Read-only.</summary>
public interface IInvocationHistory
{
    /// <summary>The history of <paramref name="action"/> (fully qualified, as in <see cref="ActivationInfo.Action"/>); all zero if never invoked.</summary>
    ActionHistory Of(string action);

    /// <summary>Actions invoked so far.</summary>
    int Actions { get; }
}
