using Burstsim.Simulator.Platform;
using Burstsim.Simulator.Platform.Parameters;

namespace Burstsim.Simulator.Tests.Platform;

public sealed class ImagePolicyTests
{
    public sealed class Rule
    {
        [Theory]
        [InlineData("lithops-runtime:latest")]
        [InlineData("lithops-runtime")]
        [InlineData("lithops-runtime:3.9")]
        public void The_docker_factory_pulls_a_blackbox_image_on_every_create_whatever_its_tag(string image)
        {
            Assert.Equal(PullRule.Always, ImagePolicy.Rule(ContainerFactory.Docker, image));
        }

        [Theory]
        [InlineData("lithops-runtime:latest", true)]
        [InlineData("lithops-runtime", true)] // no tag: Docker's implied latest
        [InlineData("docker.io/lithopscloud/runtime", true)]
        [InlineData("localhost:5000/runtime", true)] // the colon belongs to the registry port
        [InlineData("localhost:5000/runtime:1.2", false)]
        [InlineData("lithops-runtime:3.9", false)]
        public void The_kubernetes_factory_follows_the_default_image_pull_policy_always_for_latest(string image, bool always)
        {
            Assert.Equal(always ? PullRule.Always : PullRule.IfNotPresent, ImagePolicy.Rule(ContainerFactory.Kubernetes, image));
        }

        [Fact]
        public void A_forced_setting_wins()
        {
            Assert.Equal(PullRule.Never, ImagePolicy.Rule(ContainerFactory.Docker, "x", forced: false));
            Assert.Equal(PullRule.Always, ImagePolicy.Rule(ContainerFactory.Kubernetes, "x:1", forced: true));
        }
    }
}
