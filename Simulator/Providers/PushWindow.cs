namespace Burstsim.Simulator.Providers;

/// <summary>
/// Pub/Sub push delivery's slow start (Pub/Sub docs, "Push subscriptions": the push window starts at a small
/// single-digit size, grows on every successful delivery and shrinks on every failure): at most <see cref="Size"/>
/// messages outstanding; +1 per acknowledged message (so the window doubles every round trip while all succeed), halved
/// (at least 1) per failed one, as TCP's congestion window, which the docs' wording follows.
/// </summary>
internal sealed class PushWindow(int initial)
{
    /// <summary>Messages that may be outstanding at once.</summary>
    public int Size { get; private set; } = initial >= 1 ? initial : throw new ArgumentOutOfRangeException(nameof(initial), initial, "the push window starts at 1 or more");

    /// <summary>Messages pushed and not yet acknowledged or failed.</summary>
    public int Outstanding { get; private set; }

    /// <summary>Whether one more message may be pushed now.</summary>
    public bool HasRoom => Outstanding < Size;

    /// <summary>A message is pushed.</summary>
    /// <exception cref="InvalidOperationException">The window is full.</exception>
    public void Push()
    {
        if (!HasRoom)
        {
            throw new InvalidOperationException("a push beyond the Pub/Sub push window");
        }

        Outstanding++;
    }

    /// <summary>A pushed message was acknowledged (the function returned): the window grows by one.</summary>
    public void Acked()
    {
        Outstanding--;
        Size++;
    }

    /// <summary>A pushed message failed (no instance could take it): the window halves, never below one.</summary>
    public void Failed()
    {
        Outstanding--;
        Size = Math.Max(1, Size / 2);
    }
}
