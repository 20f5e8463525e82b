using Burstsim.Scenarios.Cli;
using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Workloads;

namespace Burstsim.Scenarios.Tests;

/// <summary>An internal error names the component it was thrown in: a registered plug-in first, else burstsim's own type.</summary>
public sealed class InternalErrorBlameTests
{
    private const string PluginLabel = "policy classic:fake (tests/Fake.dll)";

    private static Exception Thrown(Action action) => Assert.ThrowsAny<Exception>(action);

    private static InternalErrorBlame WithThisAssemblyAsPlugin()
    {
        var blame = new InternalErrorBlame();
        blame.Register(typeof(InternalErrorBlameTests).Assembly, PluginLabel);
        return blame;
    }

    public sealed class Without_plug_ins
    {
        [Fact]
        public void Names_the_model_type_that_threw()
        {
            var e = Thrown(() => _ = new PercentileCurve([]));

            Assert.Equal("PercentileCurve", new InternalErrorBlame().Component(e));
        }

        [Fact]
        public void Resolves_a_lambda_in_a_nested_type_to_the_outermost_type_that_declares_it()
        {
            var e = Thrown(() => throw new InvalidOperationException("boom"));

            Assert.Equal(nameof(InternalErrorBlameTests), new InternalErrorBlame().Component(e));
        }

        [Fact]
        public void Resolves_an_iterator_to_the_type_that_declares_it()
        {
            static IEnumerable<int> Items()
            {
                yield return 1;
                throw new InvalidOperationException("boom");
            }

            var e = Thrown(() => _ = Items().ToArray());

            Assert.Equal(nameof(InternalErrorBlameTests), new InternalErrorBlame().Component(e));
        }

        [Fact]
        public void Skips_the_runtime_frames_above_burstsim_code()
        {
            var e = Thrown(() => _ = int.Parse("x", System.Globalization.CultureInfo.InvariantCulture));

            Assert.IsType<FormatException>(e);
            Assert.Equal(nameof(InternalErrorBlameTests), new InternalErrorBlame().Component(e));
        }

        [Fact]
        public void Names_burstsim_when_the_exception_was_never_thrown()
        {
            Assert.Equal(InternalErrorBlame.Unknown, new InternalErrorBlame().Component(new InvalidOperationException("never thrown")));
        }
    }

    public sealed class With_a_registered_plug_in
    {
        [Fact]
        public void A_plug_in_frame_below_the_model_type_that_threw_wins()
        {
            // The plug-in (this assembly) handed the model a bad value: the model threw, the plug-in is to blame.
            var e = Thrown(() => _ = new PercentileCurve([]));

            Assert.Equal(PluginLabel, WithThisAssemblyAsPlugin().Component(e));
        }

        [Fact]
        public void A_plug_in_called_back_by_the_model_is_named_by_its_label()
        {
            var sim = new Simulation(16);
            sim.ScheduleAt(SimTime.FromSeconds(1), () => throw new InvalidOperationException("the policy failed"));

            var e = Thrown(sim.Run);

            Assert.Equal(PluginLabel, WithThisAssemblyAsPlugin().Component(e));
        }

        [Fact]
        public void A_plug_in_known_to_the_loader_is_named_by_its_label_there_until_registered_here()
        {
            var assembly = typeof(InternalErrorBlameTests).Assembly;
            var blame = new InternalErrorBlame(a => a == assembly ? "plug-in tests/Fake.dll" : null);
            var e = Thrown(() => _ = new PercentileCurve([]));

            Assert.Equal("plug-in tests/Fake.dll", blame.Component(e));
            blame.Register(assembly, PluginLabel);
            Assert.Equal(PluginLabel, blame.Component(e));
        }

        [Fact]
        public void Another_assembly_registered_leaves_burstsim_frames_named_by_type()
        {
            var blame = new InternalErrorBlame();
            blame.Register(typeof(MathNet.Numerics.Distributions.Normal).Assembly, "policy elsewhere (MathNet.Numerics.dll)");

            var e = Thrown(() => _ = new PercentileCurve([]));

            Assert.Equal("PercentileCurve", blame.Component(e));
        }
    }
}
