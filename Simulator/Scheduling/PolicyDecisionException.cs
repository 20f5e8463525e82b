namespace Burstsim.Simulator.Scheduling;

/// <summary>
/// A policy returned a decision the platform cannot carry out (an invoker that does not exist or can never hold the
/// call, packs that overlap or exceed the free CPUs, a negative keep-alive, a null from a factory): a fault of that
/// policy, reported as an internal error naming it (exit 70), never as bad input.
/// </summary>
public sealed class PolicyDecisionException : InvalidOperationException
{
    /// <summary>A bad decision of the policy implemented by <paramref name="policyType"/>, described by <paramref name="message"/>.</summary>
    public PolicyDecisionException(Type policyType, string message)
        : base(message)
    {
        PolicyType = policyType;
    }

    /// <summary>Required by the analyzers; prefer the constructor that names the policy.</summary>
    public PolicyDecisionException()
    {
        PolicyType = typeof(object);
    }

    /// <summary>Required by the analyzers; prefer the constructor that names the policy.</summary>
    public PolicyDecisionException(string message)
        : base(message)
    {
        PolicyType = typeof(object);
    }

    /// <summary>Required by the analyzers; prefer the constructor that names the policy.</summary>
    public PolicyDecisionException(string message, Exception innerException)
        : base(message, innerException)
    {
        PolicyType = typeof(object);
    }

    /// <summary>The type of the policy (or its factory) that made the decision; its assembly says whose code it is.</summary>
    public Type PolicyType { get; }
}
