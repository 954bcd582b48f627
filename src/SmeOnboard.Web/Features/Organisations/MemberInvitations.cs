using Microsoft.AspNetCore.Identity;
using SmeOnboard.Core.Common;
using SmeOnboard.Core.Features.Audit;
using SmeOnboard.Core.Features.Members;
using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tenancy;
using SmeOnboard.Web.Features.Account;

namespace SmeOnboard.Web.Features.Organisations;

/// <summary>Invites people by email: admins into their own organisation, platform admins into a government agency.</summary>
public sealed class MemberInvitations(
    InvitationStore invitations,
    OrganisationStore organisations,
    UserManager<AppUser> users,
    AccountEmails emails,
    AuditLog audit,
    ICurrentActor actor)
{
    public async Task<Result<Invitation>> InviteToCurrentAsync(string email, string role, Uri portalBase)
    {
        var organisation = await organisations.GetCurrentAsync()
            ?? throw new InvalidOperationException("The acting organisation no longer exists.");
        return await InviteAsync(organisation, email, role, portalBase);
    }

    public async Task<Result<Invitation>> InviteOfficerAsync(Guid agencyId, string email, Uri portalBase)
    {
        if (!actor.IsInRole(Roles.PlatformAdmin))
        {
            throw new UnauthorizedAccessException("Only platform administrators add officers to an agency.");
        }
        var agency = await organisations.FindAsync(agencyId);
        if (agency is not { Kind: OrganisationKind.Government })
        {
            return new FieldError("", "Errors.AgencyUnknown", "There is no such government agency.");
        }
        return await InviteAsync(agency, email, Roles.GovOfficer, portalBase);
    }

    private async Task<Result<Invitation>> InviteAsync(Organisation organisation, string email, string role, Uri portalBase)
    {
        email = email.Trim();
        if (!System.Net.Mail.MailAddress.TryCreate(email, out _))
        {
            return new FieldError("Email", "Errors.EmailInvalid", "Enter a valid email address.");
        }
        if (!Roles.For(organisation.Kind).Contains(role))
        {
            return new FieldError("Role", "Errors.RoleNotAllowed", "That role does not exist in this kind of organisation.");
        }
        if (await users.FindByEmailAsync(email) is not null)
        {
            return new FieldError("Email", "Errors.AlreadyMember", "This person already has an account on the portal.");
        }
        var (invitation, token) = await invitations.CreateAsync(organisation.Id, email, role);
        var link = new Uri(portalBase, $"account/accept-invite?token={token}").ToString();
        await emails.SendInvitationAsync(email, organisation.Name, actor.Name, link);
        await audit.RecordAsync(new AuditRecord("member.invited", nameof(Invitation), invitation.Id.ToString(),
            $"{email} invited as {role}", organisation.Id));
        return invitation;
    }
}
