using Microsoft.Extensions.DependencyInjection;
using SmeOnboard.Core.Features.Audit;
using SmeOnboard.Core.Features.Members;
using SmeOnboard.Core.Identity;
using SmeOnboard.Web.Features.Demo;
using SmeOnboard.Web.Features.Organisations;
using SmeOnboard.Web.Tests.Infrastructure;

namespace SmeOnboard.Web.Tests.Features.Organisations;

/// <summary>
/// Firm A (the demo firm) and firm B (registered here), each with a pending invitation and audit entries, all made
/// through the portal's own services. Tests sign in as A and look for any trace of B.
/// </summary>
public sealed class TwoFirms(PortalFactory portal) : IAsyncLifetime
{
    public const string FirmAName = "Lianda Precision Metal Parts";

    public TestFirm FirmB { get; private set; } = default!;

    public string FirmAInviteeEmail { get; } = PortalServices.UniqueEmail("a-invitee");

    public string FirmBInviteeEmail { get; } = PortalServices.UniqueEmail("b-invitee");

    public Invitation FirmAInvitation { get; private set; } = default!;

    public Invitation FirmBInvitation { get; private set; } = default!;

    /// <summary>The audit entry that records firm A's invitation.</summary>
    public AuditEntry FirmAAuditEntry { get; private set; } = default!;

    /// <summary>The audit entry that records firm B's sign-up.</summary>
    public AuditEntry FirmBAuditEntry { get; private set; } = default!;

    /// <summary>Everything that would give firm B away: its name and the people in and invited to it.</summary>
    public IEnumerable<string> FirmBTraces => [FirmB.Name, FirmB.AdminName, FirmB.AdminEmail, FirmBInviteeEmail];

    public async ValueTask InitializeAsync()
    {
        FirmB = await portal.RegisterFirmAsync("Isolated");
        FirmAInvitation = await InviteAsync(DemoAccounts.FirmAdminEmail, FirmAInviteeEmail);
        FirmBInvitation = await InviteAsync(FirmB.AdminEmail, FirmBInviteeEmail);
        FirmAAuditEntry = await AuditEntryAsync(DemoAccounts.FirmAdminEmail, "member.invited", FirmAInviteeEmail);
        FirmBAuditEntry = await AuditEntryAsync(FirmB.AdminEmail, "organisation.registered", FirmB.AdminEmail);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <summary>Firm B's pending invitations, read as B's admin.</summary>
    public Task<IReadOnlyList<Invitation>> FirmBPendingInvitationsAsync() =>
        portal.ActAsAsync(FirmB.AdminEmail, services => services.GetRequiredService<InvitationStore>().ListPendingForCurrentAsync());

    private Task<Invitation> InviteAsync(string adminEmail, string inviteeEmail) =>
        portal.ActAsAsync(adminEmail, async services =>
        {
            var result = await services.GetRequiredService<MemberInvitations>().InviteToCurrentAsync(inviteeEmail, Roles.FirmMember, Browser.BaseAddress);
            Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
            return result.Value;
        });

    private Task<AuditEntry> AuditEntryAsync(string memberEmail, string action, string summaryMentions) =>
        portal.ActAsAsync(memberEmail, async services =>
            (await services.GetRequiredService<AuditLog>().ListForCurrentOrganisationAsync(100))
                .Single(e => e.Action == action && e.Summary.Contains(summaryMentions, StringComparison.Ordinal)));
}
