namespace SmeOnboard.Core.Features.Workflows;

/// <summary>Who took an open task for themselves, so the others of the role see it as taken.</summary>
public sealed class TaskClaim
{
    public Guid ClaimedBy { get; init; }
    public string ClaimedByName { get; init; } = "";
    public DateTimeOffset ClaimedAt { get; init; }
}
