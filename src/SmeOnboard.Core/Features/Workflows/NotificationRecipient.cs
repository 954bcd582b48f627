namespace SmeOnboard.Core.Features.Workflows;

/// <summary>A member a workflow notification goes to.</summary>
internal sealed class NotificationRecipient
{
    public Guid UserId { get; init; }
    public string Email { get; init; } = "";
}
