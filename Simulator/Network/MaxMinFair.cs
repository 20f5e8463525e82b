namespace Burstsim.Simulator.Network;

/// <summary>Max-min fair rates by progressive filling over links and per-flow caps.</summary>
internal static class MaxMinFair
{
    public static void Allocate(List<Flow> flows, List<Link> links)
    {
        foreach (var link in links)
        {
            link.Spare = link.BytesPerSecond;
            link.Unfrozen = 0;
        }

        foreach (var flow in flows)
        {
            flow.Frozen = false;
            flow.Rate = 0;
            foreach (var link in flow.Path)
            {
                link.Unfrozen++;
            }
        }

        int left = flows.Count;
        while (left > 0)
        {
            // The tightest constraint: a link's spare capacity split among its unfrozen flows, or a flow's own cap.
            double share = double.PositiveInfinity;
            foreach (var link in links)
            {
                if (link.Unfrozen > 0)
                {
                    share = Math.Min(share, link.Spare / link.Unfrozen);
                }
            }

            foreach (var flow in flows)
            {
                if (!flow.Frozen)
                {
                    share = Math.Min(share, flow.CapBytesPerS);
                }
            }

            share = Math.Max(share, 0);
            double tolerance = share * 1e-12;
            foreach (var flow in flows)
            {
                if (flow.Frozen || !Bottlenecked(flow, share, tolerance))
                {
                    continue;
                }

                flow.Frozen = true;
                flow.Rate = share;
                left--;
                foreach (var link in flow.Path)
                {
                    link.Spare -= share;
                    link.Unfrozen--;
                }
            }
        }
    }

    private static bool Bottlenecked(Flow flow, double share, double tolerance)
    {
        if (flow.CapBytesPerS <= share + tolerance)
        {
            return true;
        }

        foreach (var link in flow.Path)
        {
            if (link.Spare / link.Unfrozen <= share + tolerance)
            {
                return true;
            }
        }

        return false;
    }
}
