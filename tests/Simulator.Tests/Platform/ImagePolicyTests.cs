using Burstsim.Simulator.Platform;

namespace Burstsim.Simulator.Tests.Platform;

public sealed class ImagePolicyTests
{
    public sealed class PullsBeforeRun
    {
        [Theory]
        [InlineData("lithops-runtime:latest", true)]
        [InlineData("lithops-runtime", true)] // no tag: Docker's implied latest
        [InlineData("docker.io/lithopscloud/runtime", true)]
        [InlineData("localhost:5000/runtime", true)] // the colon belongs to the registry port
        [InlineData("localhost:5000/runtime:1.2", false)]
        [InlineData("lithops-runtime:3.9", false)]
        [InlineData("docker.io/lithopscloud/runtime:latest", true)]
        public void Pulls_a_blackbox_image_whose_tag_is_latest_or_missing(string image, bool expected)
        {
            Assert.Equal(expected, ImagePolicy.PullsBeforeRun(image));
        }
    }
}
