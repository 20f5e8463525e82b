using Burstsim.Results.Cost;

namespace Burstsim.Scenarios.Loading;

/// <summary>
/// Binds <c>pricing:</c>: <c>model</c> (instance or per-use), <c>currency</c>, and the prices
/// <c>instance_hour</c>, <c>gb_second</c> and <c>request</c>; anything left out keeps its public default.
/// </summary>
internal static class PricingBinder
{
    public static readonly IReadOnlyList<string> Keys = ["model", "currency", "instance_hour", "gb_second", "request"];

    public static Pricing Bind(Field? field)
    {
        var pricing = new Pricing();
        if (field is null)
        {
            return pricing;
        }

        var map = field.AsMap();
        map.AllowOnly(Keys);
        if (map.Get("model") is { } model)
        {
            pricing = pricing with { Model = model.AsChoice(["instance", "per-use"]) == "per-use" ? PricingModel.PerUse : PricingModel.Instance };
        }

        if (map.Get("currency") is { } currency)
        {
            pricing = pricing with { Currency = currency.AsName() };
        }

        if (map.Get("instance_hour") is { } hour)
        {
            pricing = pricing with { InstanceHour = hour.AsDouble(NumberRange.NonNegative) };
        }

        if (map.Get("gb_second") is { } gbSecond)
        {
            pricing = pricing with { GbSecond = gbSecond.AsDouble(NumberRange.NonNegative) };
        }

        if (map.Get("request") is { } request)
        {
            pricing = pricing with { Request = request.AsDouble(NumberRange.NonNegative) };
        }

        return pricing;
    }
}
