using System.Reflection;

namespace Burstsim.Scenarios.Loading;

/// <summary>
/// One settable model parameter as the scenario names it (<c>platform.invoker.docker_parallel_runs</c>):
/// the record property it sets, the section property holding that record (null at the top level) and the
/// values it accepts.
/// </summary>
internal sealed record ParameterKey(string Path, string Key, PropertyInfo? Section, PropertyInfo Property, NumberRange Range)
{
    public Type ValueType => Property.PropertyType;
}
