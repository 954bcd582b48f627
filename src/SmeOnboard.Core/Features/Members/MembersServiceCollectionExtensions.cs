using Microsoft.Extensions.DependencyInjection;
using SmeOnboard.Core.Features.Organisations;

namespace SmeOnboard.Core.Features.Members;

public static class MembersServiceCollectionExtensions
{
    /// <summary>Organisations, their members and invitations, and the sign-up that creates them together.</summary>
    public static IServiceCollection AddOrganisationsAndMembers(this IServiceCollection services) => services
        .AddScoped<OrganisationStore>()
        .AddScoped<MembershipStore>()
        .AddScoped<InvitationStore>()
        .AddScoped<OrganisationRegistration>();
}
