namespace Burstsim.Scenarios.Tests.Docs;

/// <summary>
/// One <c>burstsim ...</c> command of README.md or docs/*.md, with what the doc's <c>&lt;!-- docs-check: ... --&gt;</c>
/// markers after it say (docs/extending.md, "Docs that test themselves").
/// </summary>
/// <param name="File">The doc, relative to the repository root.</param>
/// <param name="Line">The line the command starts on.</param>
/// <param name="Text">The command as written (continuation lines joined).</param>
/// <param name="Block">The fenced block it is in (commands of one block share markers); a number of its own for an inline command.</param>
public sealed record DocCommand(string File, int Line, string Text, int Block)
{
    /// <summary>Replacements made before it runs (<c>replace OLD =&gt; NEW</c>): a path of the reader's own project by the repository's sample.</summary>
    public IReadOnlyList<(string Old, string New)> Replace { get; init; } = [];

    /// <summary>What runs instead of <see cref="Text"/>: a quicker variant the doc names (<c>instead burstsim ...</c>).</summary>
    public string? Instead { get; init; }

    /// <summary>Why it is not run (<c>skip REASON</c>): only for what cannot run in a clean clone, e.g. a 10^7-function run.</summary>
    public string? Skip { get; init; }

    /// <summary>The exit code the doc promises (<c>exit N</c>); 0 by default.</summary>
    public int Exit { get; init; }

    /// <summary>Paths (relative to the repository root) it needs; where one is missing it is reported as not run (<c>needs PATH</c>).</summary>
    public IReadOnlyList<string> Needs { get; init; } = [];

    /// <summary>
    /// A synopsis rather than a command: placeholders in capitals (DIR, FILE, S), brackets, '|' or '...'. Not run; its
    /// command and options must exist.
    /// </summary>
    public bool IsSynopsis { get; init; }

    /// <summary>Only the command's name (<c>burstsim check</c> in prose): a reference, checked to exist.</summary>
    public bool IsReference { get; init; }

    /// <summary>
    /// What runs: the quick variant, or the text without a trailing <c>; echo "exit $?"</c> (the doc shows the code for
    /// the reader; the check compares it with <see cref="Exit"/> itself).
    /// </summary>
    public string Run => Replace.Aggregate(Instead ?? (Text.EndsWith(EchoExit, StringComparison.Ordinal) ? Text[..^EchoExit.Length] : Text), (text, r) => text.Replace(r.Old, r.New, StringComparison.Ordinal));

    private const string EchoExit = "; echo \"exit $?\"";

    public override string ToString() => $"{File}:{Line}: {Text}";
}
