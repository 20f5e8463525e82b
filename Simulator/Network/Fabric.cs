using System.Globalization;
using Burstsim.Simulator.Platform.Parameters;

namespace Burstsim.Simulator.Network;

/// <summary>
/// The links of one deployment, made on first use: each node's NIC (one link per direction) and memory bus,
/// each container's broker connection (one per direction), and the broker (in and out).
/// </summary>
internal sealed class Fabric(NetworkParameters parameters)
{
    private const double Mega = 1e6;
    private readonly Dictionary<int, Link> _nicOut = [];
    private readonly Dictionary<int, Link> _nicIn = [];
    private readonly Dictionary<int, Link> _memory = [];
    private readonly Dictionary<int, Link> _connOut = [];
    private readonly Dictionary<int, Link> _connIn = [];
    private readonly Dictionary<int, Link> _poolOut = [];
    private readonly Dictionary<int, Link> _poolIn = [];
    private Link? _serverIn;
    private Link? _serverOut;
    private Link? _serverProcess;

    public NetworkParameters Parameters { get; } = parameters;

    /// <summary>The broker taking messages in (and <see cref="BrokerOut"/> handing them out), at its throughput each way.</summary>
    public Link BrokerIn { get; } = new("broker-in", parameters.BrokerMbPerS * Mega);

    public Link BrokerOut { get; } = new("broker-out", parameters.BrokerMbPerS * Mega);

    /// <summary>The NIC of <paramref name="at"/>'s node, outbound (inbound: <see cref="NicIn"/>), at <see cref="Platform.Parameters.NetworkParameters.NicBytesPerS"/>.</summary>
    public Link NicOut(Endpoint at) => Get(_nicOut, at.Node, () => new Link(Name("nic-out", at.Node), Parameters.NicBytesPerS(at.NodeCpus)));

    public Link NicIn(Endpoint at) => Get(_nicIn, at.Node, () => new Link(Name("nic-in", at.Node), Parameters.NicBytesPerS(at.NodeCpus)));

    /// <summary>The memory bus of <paramref name="at"/>'s node, shared by its intra-container copies.</summary>
    public Link Memory(Endpoint at) => Get(_memory, at.Node, () => new Link(Name("memory", at.Node), Parameters.NodeMemoryMbPerS * Mega));

    /// <summary>The broker connection of <paramref name="at"/>'s container, publishing (consuming: <see cref="ConnectionIn"/>).</summary>
    public Link ConnectionOut(Endpoint at) => Get(_connOut, at.Container, () => new Link(Name("conn-out", at.Container), Parameters.ConnectionMbPerS * Mega));

    public Link ConnectionIn(Endpoint at) => Get(_connIn, at.Container, () => new Link(Name("conn-in", at.Container), Parameters.ConnectionMbPerS * Mega));

    /// <summary>
    /// A pack's pool of <paramref name="connections"/> connections to the backend's server, sending (receiving:
    /// <see cref="PoolIn"/>): the middleware opens one per worker of the pack (deadpool max_size = group size), each
    /// one flow at <see cref="NetworkParameters.ConnectionMbPerS"/>.
    /// </summary>
    public Link PoolOut(Endpoint at, int connections) => Get(_poolOut, at.Container, () => new Link(Name("pool-out", at.Container), connections * Parameters.ConnectionMbPerS * Mega));

    public Link PoolIn(Endpoint at, int connections) => Get(_poolIn, at.Container, () => new Link(Name("pool-in", at.Container), connections * Parameters.ConnectionMbPerS * Mega));

    /// <summary>The backend server's NIC, inbound (outbound: <see cref="ServerOut"/>): <see cref="NetworkParameters.ServerGbps"/>, else the c7i NIC of a node of <paramref name="cpus"/> vCPUs.</summary>
    public Link ServerIn(int cpus) => _serverIn ??= new Link("server-in", ServerBytesPerS(cpus));

    public Link ServerOut(int cpus) => _serverOut ??= new Link("server-out", ServerBytesPerS(cpus));

    /// <summary>The server process moving bytes in and out (one thread for Redis, the broker for RabbitMQ), bytes/s.</summary>
    public Link ServerProcess(double mbPerS) => _serverProcess ??= new Link("server-process", mbPerS * Mega);

    /// <summary>Bytes every NIC and the broker carried: what left the nodes.</summary>
    public double NetworkBytes => _nicOut.Values.Sum(l => l.BytesCarried);

    /// <summary>Bytes copied through node memory by intra-container transfers.</summary>
    public double MemoryBytes => _memory.Values.Sum(l => l.BytesCarried);

    private double ServerBytesPerS(int cpus) => Parameters.ServerGbps is { } gbps ? gbps * 1e9 / 8 : Parameters.NicBytesPerS(cpus);

    private static string Name(string kind, int id) => string.Create(CultureInfo.InvariantCulture, $"{kind}{id}");

    private static Link Get(Dictionary<int, Link> links, int key, Func<Link> create)
    {
        if (!links.TryGetValue(key, out var link))
        {
            link = create();
            links[key] = link;
        }

        return link;
    }
}
