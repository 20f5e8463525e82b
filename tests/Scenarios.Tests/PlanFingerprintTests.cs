using System.Globalization;
using Burstsim.Scenarios.Catalogue;
using Burstsim.Scenarios.Execution;
using Burstsim.Scenarios.Loading;

namespace Burstsim.Scenarios.Tests;

public sealed class PlanFingerprintTests
{
    public static TheoryData<string> Names => [.. ScenarioCatalogue.Names];

    [Theory]
    [MemberData(nameof(Names))]
    public void Of_every_catalogue_scenario_is_written_the_same_under_any_culture(string name)
    {
        // Also proves every type a catalogue scenario holds is data the canonical text can write (a record).
        string Fingerprint() => RunPlan.Build([ScenarioLoader.Load(name, [])]).Fingerprint;
        var before = CultureInfo.CurrentCulture;
        string invariant;
        string comma;

        // The tests run in globalization-invariant mode, so a culture with another decimal point and minus is made by hand.
        var commaCulture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        commaCulture.NumberFormat.NumberDecimalSeparator = ",";
        commaCulture.NumberFormat.NumberGroupSeparator = ".";
        commaCulture.NumberFormat.NegativeSign = "\u2212";
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            invariant = Fingerprint();
            CultureInfo.CurrentCulture = commaCulture;
            comma = Fingerprint();
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }

        Assert.Equal(invariant, comma);
    }

    [Fact]
    public void Changes_with_a_platform_parameter_the_sweep_does_not_vary()
    {
        string Fingerprint(string value) =>
            RunPlan.Build([ScenarioLoader.Load("thesis-sleep-120", [new Override("platform.invoker.init_s", value, "--set")])]).Fingerprint;

        Assert.Equal(Fingerprint("0.5"), Fingerprint("0.50"));
        Assert.NotEqual(Fingerprint("0.5"), Fingerprint("0.6"));
    }

    [Fact]
    public void Writes_a_dictionary_the_same_whatever_order_it_was_filled_in()
    {
        var ab = new Dictionary<string, int> { ["a"] = 1, ["b"] = 2 };
        var ba = new Dictionary<string, int> { ["b"] = 2, ["a"] = 1 };

        Assert.Equal(CanonicalText.Of(ab), CanonicalText.Of(ba));
        Assert.NotEqual(CanonicalText.Of(new[] { 1, 2 }), CanonicalText.Of(new[] { 2, 1 }));
        Assert.NotEqual(CanonicalText.Of((1, 2.5)), CanonicalText.Of((1, 3.5)));
        Assert.NotEqual(CanonicalText.Of(new Simulator.Workloads.PercentileCurve([(0, 1), (1, 2)])), CanonicalText.Of(new Simulator.Workloads.PercentileCurve([(0, 1), (1, 3)])));
    }

    [Fact]
    public void Refuses_a_class_that_is_not_a_record()
    {
        var e = Assert.Throws<InvalidOperationException>(() => CanonicalText.Of(new object()));

        Assert.Contains("not a record", e.Message, StringComparison.Ordinal);
    }
}
