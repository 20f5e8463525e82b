namespace Burstsim.Simulator.Scheduling.Lifecycle;

/// <summary>
/// Which idle container goes when a new one needs the memory (OpenWhisk's ContainerPool evicts idle containers to make
/// room). The pool removes idle containers in ascending <see cref="Priority"/> (ties: lower container id first) until
/// the new one fits, and tells the policy of each removal.
/// </summary>
public interface IEvictionPolicy
{
    /// <summary>The container's priority to stay: lower goes first.</summary>
    double Priority(IdleContainer container);

    /// <summary><paramref name="victim"/> was evicted (greedy-dual advances its clock here).</summary>
    void Evicted(IdleContainer victim)
    {
    }
}
