namespace Burstsim.Simulator.Platform;

/// <summary>
/// Containers as dictionary keys, by reference, hashed by their id. The default comparer hashes an object through its
/// header (RuntimeHelpers.GetHashCode), which was 4.6 % of a trace replay's model thread; ids are unique within a run,
/// so lookups find the same entries, and a dictionary's enumeration order depends only on its adds and removes.
/// </summary>
internal sealed class ContainerIdentity : IEqualityComparer<Container>
{
    /// <summary>The one instance (it has no state).</summary>
    public static readonly ContainerIdentity Instance = new();

    private ContainerIdentity()
    {
    }

    /// <inheritdoc/>
    public bool Equals(Container? x, Container? y) => ReferenceEquals(x, y);

    /// <inheritdoc/>
    public int GetHashCode(Container obj) => obj.Id;
}
