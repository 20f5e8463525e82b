using System.Globalization;
using System.Reflection;
using Burstsim.Simulator.Platform.Parameters;

namespace Burstsim.Scenarios.Loading;

/// <summary>
/// Every property of <see cref="PlatformParameters"/> and its section records, found by reflection so
/// that a parameter the model adds is settable from scenarios at once, under its snake_case name.
/// Defaults stay in the records; only the accepted ranges that differ from "non-negative" live here.
/// </summary>
internal static class ParameterCatalog
{
    /// <summary>Section names that snake_case would spell badly.</summary>
    private static readonly Dictionary<string, string> SectionNames = new(StringComparer.Ordinal)
    {
        ["FaaSBatch"] = "faasbatch",
    };

    /// <summary>Ranges other than "finite and non-negative", by path: counts and periods that must be positive, fractions.</summary>
    private static readonly Dictionary<string, NumberRange> Ranges = new(StringComparer.Ordinal)
    {
        ["platform.client.invoke_pool_threads"] = NumberRange.AtLeast(1),
        ["platform.client.max_workers"] = NumberRange.AtLeast(1),
        ["platform.client.chunksize"] = NumberRange.AtLeast(1),
        ["platform.client.worker_processes"] = NumberRange.AtLeast(1),
        ["platform.client.monitoring_interval_s"] = NumberRange.Positive,
        ["platform.client.monitoring_busy_interval_s"] = NumberRange.Positive,
        ["platform.client.wait_loop_s"] = NumberRange.Positive,
        ["platform.controller.concurrent_limit"] = NumberRange.AtLeast(1),
        ["platform.controller.per_minute_limit"] = NumberRange.AtLeast(1),
        ["platform.controller.controllers"] = NumberRange.Between(1, 1_000), // each controller holds a share of every invoker: more than invokers is meaningless
        ["platform.controller.managed_fraction"] = NumberRange.Fraction,
        ["platform.controller.blackbox_fraction"] = NumberRange.Fraction,
        ["platform.bus.max_peek_memory_unit_mb"] = NumberRange.AtLeast(1),
        ["platform.runtime.runtime_memory_mb"] = NumberRange.AtLeast(1),
        ["platform.recovery.runtime_timeout_s"] = new(5, true, 1e8) { Note = "must be greater than 5 s (Lithops runs the function for runtime_timeout - 5 s) and at most 1e8 s" },
        ["platform.recovery.execution_timeout_s"] = NumberRange.Positive,
        // An attempt number is kept in 16 bits per activation; 10 000 retries per call is far past any Lithops setting (default 0).
        ["platform.recovery.retries"] = NumberRange.Between(0, 10_000),
        ["platform.invoker.registry_mb_per_s"] = NumberRange.Positive,
        ["platform.faasbatch.dispatch_interval_s"] = NumberRange.Positive,
        ["platform.faasbatch.cleanup_period_s"] = NumberRange.Positive,
        ["platform.faasbatch.container_memory_mb"] = NumberRange.AtLeast(1),
        ["platform.network.ipc_stream_mb_per_s"] = NumberRange.Positive,
        ["platform.network.node_memory_mb_per_s"] = NumberRange.Positive,
        ["platform.network.broker_mb_per_s"] = NumberRange.Positive,
        ["platform.network.connection_mb_per_s"] = NumberRange.Positive,
        ["platform.network.nic_gbps"] = NumberRange.Positive,
        ["platform.network.storage_request_mb_per_s"] = NumberRange.Positive,
        ["platform.network.storage_chunk_mb"] = NumberRange.Positive,
        ["platform.network.storage_parallel_requests"] = NumberRange.AtLeast(1),
        ["platform.network.message_chunk_mb"] = NumberRange.Positive,
        ["platform.network.server_gbps"] = NumberRange.Positive,
        ["platform.aws_lambda.invoke_pool_threads"] = NumberRange.AtLeast(1),
        ["platform.aws_lambda.max_workers"] = NumberRange.AtLeast(1),
        ["platform.aws_lambda.memory_per_vcpu_mb"] = NumberRange.Positive,
        ["platform.aws_lambda.scaling_rate"] = NumberRange.AtLeast(1),
        ["platform.aws_lambda.scaling_period_s"] = NumberRange.Positive,
        ["platform.aws_lambda.throttle_retry_first_s"] = NumberRange.Positive,
        ["platform.aws_lambda.throttle_retry_max_s"] = NumberRange.Positive,
        ["platform.gcp_functions.invoke_pool_threads"] = NumberRange.AtLeast(1),
        ["platform.gcp_functions.max_workers"] = NumberRange.AtLeast(1),
        ["platform.gcp_functions.push_window_initial"] = NumberRange.AtLeast(1),
        ["platform.gcp_functions.ghz_per_vcpu"] = NumberRange.Positive,
    };

    private static readonly Type[] Scalars = [typeof(double), typeof(int), typeof(long), typeof(bool), typeof(string), typeof(Latency)];

    public static IReadOnlyList<ParameterKey> All { get; } = Discover();

    /// <summary>Section keys (client, controller, ...) with their record property.</summary>
    public static IReadOnlyList<(string Key, PropertyInfo Property)> Sections { get; } =
        [.. Settable(typeof(PlatformParameters)).Where(IsSection).Select(p => (SectionName(p), p))];

    /// <summary>The default value of a parameter, read from a fresh record.</summary>
    public static object? Default(ParameterKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        object holder = key.Section is null ? new PlatformParameters() : Activator.CreateInstance(key.Section.PropertyType)!;
        return key.Property.GetValue(holder);
    }

    public static string FormatValue(object? value) => value switch
    {
        null => "auto",
        bool b => b ? "true" : "false",
        Enum e => SnakeCase.From(e.ToString()),
        Latency l => string.Create(CultureInfo.InvariantCulture, $"{{median: {l.MedianS}, spread: {l.Spread}}}"),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    public static string TypeName(Type type)
    {
        var inner = Nullable.GetUnderlyingType(type);
        string name = (inner ?? type) switch
        {
            var t when t == typeof(double) => "number",
            var t when t == typeof(int) || t == typeof(long) => "whole number",
            var t when t == typeof(bool) => "true/false",
            var t when t == typeof(string) => "text",
            var t when t == typeof(Latency) => "seconds (the median; keeps the spread) or {median, spread}",
            var t when t.IsEnum => string.Join("|", Enum.GetNames(t).Select(SnakeCase.From)),
            var t => t.Name,
        };
        return inner is null ? name : name + " or auto";
    }

    private static List<ParameterKey> Discover()
    {
        var keys = new List<ParameterKey>();
        foreach (var property in Settable(typeof(PlatformParameters)))
        {
            if (IsSection(property))
            {
                string section = SectionName(property);
                keys.AddRange(Settable(property.PropertyType).Select(p => Key($"platform.{section}", property, p)));
            }
            else
            {
                keys.Add(Key("platform", null, property));
            }
        }

        return keys;
    }

    private static ParameterKey Key(string prefix, PropertyInfo? section, PropertyInfo property)
    {
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        if (!Scalars.Contains(type) && !type.IsEnum)
        {
            throw new InvalidOperationException($"Parameter {prefix}.{property.Name} has type {type.Name}, which scenarios cannot set yet; teach ParameterBinder to read it.");
        }

        string key = SnakeCase.From(property.Name);
        string path = $"{prefix}.{key}";
        var range = Ranges.GetValueOrDefault(path, NumberRange.NonNegative);

        // Every time (key ending _s) is checked against the clock: periods (positive) at least one tick, all at most the horizon.
        if (key.EndsWith("_s", StringComparison.Ordinal))
        {
            range = range.Min > 0 || range.MinExclusive ? SimLimits.Period : SimLimits.Duration;
        }

        return new ParameterKey(path, key, section, property, range);
    }

    private static IEnumerable<PropertyInfo> Settable(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && p.SetMethod!.IsPublic).OrderBy(p => p.MetadataToken);

    private static bool IsSection(PropertyInfo property) =>
        property.PropertyType.IsClass && property.PropertyType != typeof(string)
        && property.PropertyType.Namespace == typeof(PlatformParameters).Namespace;

    private static string SectionName(PropertyInfo property) =>
        SectionNames.TryGetValue(property.Name, out string? name) ? name : SnakeCase.From(property.Name);
}
