namespace SmeOnboard.Core.Features.Marketplace.Submissions;

/// <summary>One automated check's result as stored with the submission: passed, or the reason and field path.</summary>
public sealed class SubmissionCheck
{
    public int Position { get; init; }
    public string CheckName { get; init; } = "";
    public bool Passed { get; init; }
    public string Path { get; init; } = "";
    public string Reason { get; init; } = "";
    public DateTimeOffset CheckedAt { get; init; }
}
