using Microsoft.AspNetCore.Identity;
using SmeOnboard.Core.Common;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Audit;
using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Core.Identity;

namespace SmeOnboard.Core.Features.Members;

/// <summary>
/// Creates an organisation together with its first member, and turns invitations into members. Identity writes the
/// user through its own store, so when the organisation part fails the user is removed again: nobody is left
/// half-registered.
/// </summary>
public sealed class OrganisationRegistration(
    UserManager<AppUser> users,
    IDbConnectionFactory db,
    OrganisationStore organisations,
    MembershipStore memberships,
    InvitationStore invitations,
    AuditLog audit,
    TimeProvider clock)
{
    /// <summary>Self-service sign-up of a firm (its admin) or a vendor (its first developer).</summary>
    public async Task<Result<AppUser>> RegisterAsync(OrganisationKind kind, CompanyProfile profile, NewAccount account)
    {
        if (kind is not (OrganisationKind.Firm or OrganisationKind.Vendor))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Only firms and vendors sign themselves up.");
        }
        var errors = await CheckAsync(kind, profile, account);
        if (errors.Count > 0)
        {
            return Result<AppUser>.Failure(errors);
        }

        var role = kind == OrganisationKind.Firm ? Roles.FirmAdmin : Roles.VendorDeveloper;
        return await CreateMemberAsync(account, role, async (connection, transaction, user) =>
        {
            var organisation = await organisations.CreateAsync(connection, transaction, kind, profile);
            await audit.RecordAsync(connection, transaction, new AuditRecord(
                "organisation.registered", nameof(Organisation), organisation.Id.ToString(),
                $"{kind} '{organisation.Name}' signed up by {account.Email}", organisation.Id)
            { Actor = (user.Id, account.DisplayName) });
            return organisation.Id;
        });
    }

    /// <summary>Every problem a sign-up would meet, without creating anything; forms use it to show all messages at once.</summary>
    public async Task<IReadOnlyList<FieldError>> CheckAsync(OrganisationKind kind, CompanyProfile profile, NewAccount account)
    {
        var errors = CompanyProfileRules.Check(kind, profile).ToList();
        errors.AddRange(await CheckAccountAsync(account));
        return errors;
    }

    /// <summary>A platform admin creates a government agency; its officers then join through invitations.</summary>
    public async Task<Result<Organisation>> CreateAgencyAsync(CompanyProfile profile)
    {
        var errors = CompanyProfileRules.Check(OrganisationKind.Government, profile);
        if (errors.Count > 0)
        {
            return Result<Organisation>.Failure(errors);
        }
        await using var connection = await db.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var agency = await organisations.CreateAsync(connection, transaction, OrganisationKind.Government, profile);
        await audit.RecordAsync(connection, transaction, new AuditRecord(
            "organisation.agency-created", nameof(Organisation), agency.Id.ToString(), $"Government agency '{agency.Name}' created", agency.Id));
        await transaction.CommitAsync();
        return agency;
    }

    /// <summary>Joins the invited organisation with a new account for the invited email address.</summary>
    public async Task<Result<AppUser>> AcceptInvitationAsync(string token, string displayName, string password)
    {
        var invitation = await invitations.FindByTokenAsync(token);
        var state = invitation?.StateAt(clock.GetUtcNow());
        if (invitation is null || state != InvitationState.Pending)
        {
            return InvitationProblem(state);
        }
        var account = new NewAccount(displayName, invitation.Email, password);
        var errors = await CheckAccountAsync(account);
        if (errors.Count > 0)
        {
            return Result<AppUser>.Failure(errors);
        }

        return await CreateMemberAsync(account, invitation.Role, async (connection, transaction, user) =>
        {
            if (!await invitations.MarkAcceptedAsync(connection, transaction, invitation.Id))
            {
                throw new InvitationNoLongerPendingException();
            }
            await audit.RecordAsync(connection, transaction, new AuditRecord(
                "member.joined", "Member", user.Id.ToString(), $"{account.Email} joined as {invitation.Role}", invitation.OrgId)
            { Actor = (user.Id, displayName) });
            return invitation.OrgId;
        });
    }

    public static FieldError InvitationProblem(InvitationState? state) => state switch
    {
        InvitationState.Accepted => new("", "Errors.InvitationUsed", "This invitation has already been used. Sign in instead."),
        InvitationState.Revoked => new("", "Errors.InvitationRevoked", "This invitation was withdrawn. Ask your administrator for a new one."),
        InvitationState.Expired => new("", "Errors.InvitationExpired", "This invitation has expired. Ask your administrator for a new one."),
        _ => new("", "Errors.InvitationUnknown", "We do not know this invitation link. Check that you copied all of it, or ask for a new one."),
    };

    private async Task<IReadOnlyList<FieldError>> CheckAccountAsync(NewAccount account)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(account.DisplayName))
        {
            errors.Add(new(nameof(NewAccount.DisplayName), "Errors.DisplayNameRequired", "Enter your name."));
        }
        if (string.IsNullOrWhiteSpace(account.Email) || !System.Net.Mail.MailAddress.TryCreate(account.Email.Trim(), out _))
        {
            errors.Add(new(nameof(NewAccount.Email), "Errors.EmailInvalid", "Enter a valid email address."));
        }
        else if (await users.FindByEmailAsync(account.Email.Trim()) is not null)
        {
            errors.Add(DuplicateEmail());
        }
        var probe = new AppUser { UserName = account.Email, Email = account.Email };
        foreach (var validator in users.PasswordValidators)
        {
            var check = await validator.ValidateAsync(users, probe, account.Password ?? "");
            errors.AddRange(check.Errors.Select(e => new FieldError(nameof(NewAccount.Password), $"Identity.{e.Code}", e.Description)));
        }
        return errors;
    }

    private static FieldError DuplicateEmail() =>
        new(nameof(NewAccount.Email), "Errors.DuplicateEmail", "An account with this email address already exists. Sign in, or reset your password.");

    private async Task<Result<AppUser>> CreateMemberAsync(
        NewAccount account,
        string role,
        Func<System.Data.Common.DbConnection, System.Data.Common.DbTransaction, AppUser, Task<Guid>> joinOrganisation)
    {
        var email = account.Email.Trim();
        var user = new AppUser
        {
            Id = Guid.CreateVersion7(),
            UserName = email,
            Email = email,
            DisplayName = account.DisplayName.Trim(),
            LockoutEnabled = true,
            CreatedAt = clock.GetUtcNow(),
        };
        var created = await users.CreateAsync(user, account.Password);
        if (!created.Succeeded)
        {
            // Two sign-ups with one address can race past the check above; the unique index decides.
            return created.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName))
                ? DuplicateEmail()
                : Result<AppUser>.Failure(created.Errors.Select(e => new FieldError("", $"Identity.{e.Code}", e.Description)).ToList());
        }

        try
        {
            // The role is granted before the transaction: a failure after the commit would leave an organisation
            // without members, while the user's role row goes with the user when it is deleted below. (Inside the
            // transaction is no option: Identity writes on its own connection, which SQLite's write lock would block.)
            var roleAdded = await users.AddToRoleAsync(user, role);
            if (!roleAdded.Succeeded)
            {
                throw new InvalidOperationException($"Could not give {email} the role {role}: {roleAdded.Errors.First().Description}");
            }
            await using (var connection = await db.OpenAsync())
            await using (var transaction = await connection.BeginTransactionAsync())
            {
                var orgId = await joinOrganisation(connection, transaction, user);
                await memberships.AddAsync(connection, transaction, user.Id, orgId, role);
                await transaction.CommitAsync();
            }
            return user;
        }
        catch (InvitationNoLongerPendingException)
        {
            await users.DeleteAsync(user);
            return InvitationProblem(InvitationState.Accepted);
        }
        catch
        {
            await users.DeleteAsync(user);
            throw;
        }
    }

    private sealed class InvitationNoLongerPendingException : Exception;
}
