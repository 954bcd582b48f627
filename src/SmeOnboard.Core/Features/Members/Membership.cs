using SmeOnboard.Core.Features.Organisations;

namespace SmeOnboard.Core.Features.Members;

/// <summary>Which organisation a person acts for and in which role; read at sign-in to build their claims.</summary>
public sealed class Membership
{
    public Guid UserId { get; init; }
    public Guid OrgId { get; init; }
    public string Role { get; init; } = "";
    public string OrganisationName { get; init; } = "";
    public OrganisationKind OrganisationKind { get; init; }
}
