using System.Data.Common;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Extensions.Options;
using SmeOnboard.Core.Common;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Audit;
using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tenancy;

namespace SmeOnboard.Core.Features.Vendors;

/// <summary>
/// The current vendor's onboarding: profile, domain verification, agreement and payout account, each step audited.
/// The vendor comes from the current actor only.
/// </summary>
public sealed partial class VendorOnboardingStore(
    IDbConnectionFactory db, ICurrentActor actor, IDomainVerifier verifier, AuditLog audit, IOptions<VendorPayoutOptions> payouts, TimeProvider clock)
{
    public bool SandboxOnly => payouts.Value.SandboxOnly;

    /// <summary>The current vendor's onboarding as far as done (an empty one before the first step).</summary>
    public async Task<VendorOnboarding> GetForCurrentAsync(CancellationToken cancellationToken = default)
    {
        var orgId = actor.RequireOrganisationId();
        await using var connection = await db.OpenAsync(cancellationToken);
        return await FindAsync(connection, null, orgId, cancellationToken) ?? VendorOnboarding.Empty(orgId);
    }

    /// <summary>The steps <paramref name="vendorId"/> has still to do; submission refuses while any is open.</summary>
    public static async Task<IReadOnlyList<OnboardingStep>> MissingStepsAsync(DbConnection connection, DbTransaction? transaction, Guid vendorId, CancellationToken cancellationToken) =>
        (await FindAsync(connection, transaction, vendorId, cancellationToken) ?? VendorOnboarding.Empty(vendorId)).Missing;

    /// <summary>Saves the profile. A website on another domain starts the domain proof afresh with a new token.</summary>
    public async Task<Result<VendorOnboarding>> SaveProfileForCurrentAsync(VendorProfile profile, CancellationToken cancellationToken = default)
    {
        if (!IsVendor)
        {
            return VendorOnboardingErrors.VendorOnly;
        }
        var errors = VendorProfileRules.Check(profile);
        if (errors.Count > 0)
        {
            return Result<VendorOnboarding>.Failure(errors);
        }
        var orgId = actor.RequireOrganisationId();
        var domain = VendorProfileRules.DomainOf(profile.Website)!;
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var current = await LockAsync(connection, transaction, orgId, cancellationToken);
        var sameDomain = current.Domain == domain && current.DomainToken is not null;
        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE vendor_onboarding SET legal_name = @LegalName, website = @website, support_email = @SupportEmail, address = @Address,
                country = @Country, profile_updated_at = @now, domain = @domain, domain_token = @token,
                domain_verified_at = @verifiedAt, domain_method = @method
            WHERE org_id = @orgId
            """,
            new
            {
                LegalName = profile.LegalName.Trim(), website = $"https://{domain}", SupportEmail = profile.SupportEmail.Trim(),
                Address = profile.Address.Trim(), profile.Country, now = clock.GetUtcNow(), domain,
                token = sameDomain ? current.DomainToken : DomainProof.NewToken(),
                verifiedAt = sameDomain ? current.DomainVerifiedAt : null,
                method = sameDomain ? current.DomainMethod?.ToString() : null,
                orgId,
            }, transaction, cancellationToken: cancellationToken));
        await audit.RecordAsync(connection, transaction, new AuditRecord("vendor.profile-saved", "VendorOnboarding", orgId.ToString(),
            $"Vendor profile saved: {profile.LegalName.Trim()}, https://{domain}, {profile.SupportEmail.Trim()}, {profile.Country}" +
            (sameDomain ? "" : $"; domain {domain} to be verified")));
        var saved = (await FindAsync(connection, transaction, orgId, cancellationToken))!;
        await transaction.CommitAsync(cancellationToken);
        return saved;
    }

    /// <summary>Looks for the token in the domain's TXT record or well-known file; the check and its result are audited.</summary>
    public async Task<Result<VendorOnboarding>> VerifyDomainForCurrentAsync(CancellationToken cancellationToken = default)
    {
        if (!IsVendor)
        {
            return VendorOnboardingErrors.VendorOnly;
        }
        var current = await GetForCurrentAsync(cancellationToken);
        if (current.Domain is not { } domain || current.DomainToken is not { } token)
        {
            return VendorOnboardingErrors.ProfileFirst;
        }
        if (current.DomainVerified)
        {
            return current;
        }
        // Outside the transaction: the lookups may take seconds and must not hold the database.
        var check = await verifier.CheckAsync(domain, token, cancellationToken);
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (check.Verified)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                """
                UPDATE vendor_onboarding SET domain_verified_at = @now, domain_method = @method
                WHERE org_id = @OrgId AND domain = @domain AND domain_token = @token
                """,
                new { now = clock.GetUtcNow(), method = check.Method.ToString(), current.OrgId, domain, token }, transaction, cancellationToken: cancellationToken));
        }
        await audit.RecordAsync(connection, transaction, new AuditRecord(
            check.Verified ? "vendor.domain-verified" : "vendor.domain-check-failed", "VendorOnboarding", current.OrgId.ToString(),
            check.Verified ? $"Domain {domain} verified by {check.Method}" : $"Domain {domain} not verified: {check.Outcome} {check.Detail}".TrimEnd()));
        var after = (await FindAsync(connection, transaction, current.OrgId, cancellationToken))!;
        await transaction.CommitAsync(cancellationToken);
        return check.Outcome switch
        {
            DomainCheckOutcome.Verified => after,
            DomainCheckOutcome.WrongToken => VendorOnboardingErrors.DomainWrongToken(check.Detail),
            DomainCheckOutcome.Unreachable => VendorOnboardingErrors.DomainUnreachable,
            _ => VendorOnboardingErrors.DomainNotFound,
        };
    }

    /// <summary>Records that the signed-in developer accepted <paramref name="version"/>, which must be the one in force.</summary>
    public async Task<Result<VendorOnboarding>> AcceptAgreementForCurrentAsync(string version, CancellationToken cancellationToken = default)
    {
        if (!IsVendor)
        {
            return VendorOnboardingErrors.VendorOnly;
        }
        if (version != VendorAgreement.CurrentVersion)
        {
            return VendorOnboardingErrors.AgreementOutdated;
        }
        return await UpdateAsync(
            """
            UPDATE vendor_onboarding SET agreement_version = @version, agreement_accepted_at = @now, agreement_accepted_by = @userId,
                agreement_accepted_by_name = @name
            WHERE org_id = @orgId
            """,
            new { version, now = clock.GetUtcNow(), userId = actor.UserId, name = actor.Name },
            new AuditRecord("vendor.agreement-accepted", "VendorOnboarding", actor.OrganisationId.ToString(), $"Vendor agreement {version} accepted by {actor.Name}"),
            cancellationToken);
    }

    /// <summary>Records the vendor's Stripe Connect account id, checked for shape (acct_ and 6–64 letters or digits).</summary>
    public async Task<Result<VendorOnboarding>> SetPayoutAccountForCurrentAsync(string accountId, CancellationToken cancellationToken = default)
    {
        if (!IsVendor)
        {
            return VendorOnboardingErrors.VendorOnly;
        }
        accountId = accountId.Trim();
        if (!ConnectAccountId().IsMatch(accountId))
        {
            return VendorOnboardingErrors.PayoutAccountInvalid;
        }
        return await SetPayoutAsync(accountId, sandbox: false, cancellationToken);
    }

    /// <summary>On the embedded default without Stripe keys: a sandbox payout account, labelled as such wherever shown.</summary>
    public async Task<Result<VendorOnboarding>> CreateSandboxPayoutForCurrentAsync(CancellationToken cancellationToken = default)
    {
        if (!IsVendor)
        {
            return VendorOnboardingErrors.VendorOnly;
        }
        if (!SandboxOnly)
        {
            return VendorOnboardingErrors.SandboxUnavailable;
        }
        return await SetPayoutAsync(SandboxAccountId(), sandbox: true, cancellationToken);
    }

    private bool IsVendor => actor.OrganisationKind == OrganisationKind.Vendor && actor.IsInRole(Roles.VendorDeveloper);

    private static string SandboxAccountId() => "acct_sandbox_" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(8));

    private Task<Result<VendorOnboarding>> SetPayoutAsync(string accountId, bool sandbox, CancellationToken cancellationToken) =>
        UpdateAsync(
            "UPDATE vendor_onboarding SET payout_account_id = @accountId, payout_sandbox = @sandbox, payout_set_at = @now WHERE org_id = @orgId",
            new { accountId, sandbox, now = clock.GetUtcNow() },
            new AuditRecord("vendor.payout-account-set", "VendorOnboarding", actor.OrganisationId.ToString(),
                sandbox ? $"Sandbox payout account {accountId} created" : $"Stripe Connect payout account {accountId} recorded"),
            cancellationToken);

    /// <summary>One onboarding step: the row is created when missing, changed, audited and read back in one transaction.</summary>
    private async Task<Result<VendorOnboarding>> UpdateAsync(string sql, object parameters, AuditRecord record, CancellationToken cancellationToken)
    {
        var orgId = actor.RequireOrganisationId();
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await LockAsync(connection, transaction, orgId, cancellationToken);
        var arguments = new DynamicParameters(parameters);
        arguments.Add("orgId", orgId);
        await connection.ExecuteAsync(new CommandDefinition(sql, arguments, transaction, cancellationToken: cancellationToken));
        await audit.RecordAsync(connection, transaction, record);
        var saved = (await FindAsync(connection, transaction, orgId, cancellationToken))!;
        await transaction.CommitAsync(cancellationToken);
        return saved;
    }

    /// <summary>The vendor's row, created empty when missing and locked until the transaction ends.</summary>
    private async Task<VendorOnboarding> LockAsync(DbConnection connection, DbTransaction transaction, Guid orgId, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO vendor_onboarding (org_id) VALUES (@orgId) ON CONFLICT (org_id) DO NOTHING",
            new { orgId }, transaction, cancellationToken: cancellationToken));
        return (await connection.QuerySingleAsync<VendorOnboarding>(new CommandDefinition(
            $"SELECT {VendorOnboarding.Columns} FROM vendor_onboarding WHERE org_id = @orgId {db.Dialect.ForUpdate}",
            new { orgId }, transaction, cancellationToken: cancellationToken)));
    }

    private static Task<VendorOnboarding?> FindAsync(DbConnection connection, DbTransaction? transaction, Guid orgId, CancellationToken cancellationToken) =>
        connection.QuerySingleOrDefaultAsync<VendorOnboarding>(new CommandDefinition(
            $"SELECT {VendorOnboarding.Columns} FROM vendor_onboarding WHERE org_id = @orgId",
            new { orgId }, transaction, cancellationToken: cancellationToken));

    [GeneratedRegex("^acct_[A-Za-z0-9]{6,64}$")]
    private static partial Regex ConnectAccountId();
}
