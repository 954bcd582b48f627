using Dapper;
using SmeOnboard.Core.Features.Audit;

namespace SmeOnboard.Core.Features.Vendors;

public sealed partial class VendorOnboardingStore
{
    /// <summary>
    /// Records a demo vendor as fully onboarded (domain marked Seeded, a sandbox payout account), so the demo accounts
    /// can submit at once. Does nothing when the vendor has an onboarding row already.
    /// </summary>
    public async Task<bool> RecordDemoOnboardingAsync(Guid orgId, VendorProfile profile, CancellationToken cancellationToken = default)
    {
        var domain = VendorProfileRules.DomainOf(profile.Website)
            ?? throw new ArgumentException($"Demo vendor website {profile.Website} is not an https address.", nameof(profile));
        var now = clock.GetUtcNow();
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var added = await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO vendor_onboarding (org_id, legal_name, website, support_email, address, country, profile_updated_at, domain,
                domain_token, domain_verified_at, domain_method, agreement_version, agreement_accepted_at, agreement_accepted_by_name,
                payout_account_id, payout_sandbox, payout_set_at)
            VALUES (@orgId, @LegalName, @website, @SupportEmail, @Address, @Country, @now, @domain,
                @token, @now, 'Seeded', @version, @now, 'Demo seed', @account, @sandbox, @now)
            ON CONFLICT (org_id) DO NOTHING
            """,
            new
            {
                orgId, profile.LegalName, website = $"https://{domain}", profile.SupportEmail, profile.Address, profile.Country, now, domain,
                token = DomainProof.NewToken(), version = VendorAgreement.CurrentVersion, account = SandboxAccountId(), sandbox = true,
            }, transaction, cancellationToken: cancellationToken)) == 1;
        if (added)
        {
            await audit.RecordAsync(connection, transaction, new AuditRecord("vendor.onboarding-seeded", "VendorOnboarding", orgId.ToString(),
                $"Demo vendor {profile.LegalName} recorded as onboarded (seeded domain, agreement {VendorAgreement.CurrentVersion}, sandbox payout)", orgId));
        }
        await transaction.CommitAsync(cancellationToken);
        return added;
    }
}
