namespace Burstsim.Simulator.Workloads;

/// <summary>The group communication patterns of the thesis (section 4.1.2), plus allreduce.</summary>
public enum CommPattern
{
    /// <summary>One-to-one (send2): function i sends its bytes to function (i + 1) mod N.</summary>
    Send,

    /// <summary>One-to-many (broadcast, send2all): function 0 sends its bytes to every other function.</summary>
    Broadcast,

    /// <summary>Many-to-one (gather): every other function sends its bytes to function 0.</summary>
    Gather,

    /// <summary>Many-to-many (shuffle): function i holds its bytes in N equal partitions and sends partition j to function j.</summary>
    AllToAll,

    /// <summary>Every function ends with the reduction of all: reduce inside each container, gather of the partial results at function 0, broadcast of the result.</summary>
    AllReduce,
}
