namespace SmeOnboard.Core.Features.Members;

/// <summary>A person in an organisation, as the organisation's member list shows them.</summary>
public sealed class Member
{
    public Guid UserId { get; init; }
    public string DisplayName { get; init; } = "";
    public string Email { get; init; } = "";
    public string Role { get; init; } = "";
    public bool TwoFactorEnabled { get; init; }
    public DateTimeOffset JoinedAt { get; init; }
}
