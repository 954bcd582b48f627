using Dapper;
using SmeOnboard.Core.Common;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Audit;
using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tenancy;

namespace SmeOnboard.Core.Features.Vouchers.Integrity;

/// <summary>
/// The current firm's or vendor's legal details (registered address, directors, bank account), which voucher
/// programmes compare to flag vendor–firm relationships. The bank account number itself is never stored.
/// </summary>
public sealed class LegalDetailsStore(IDbConnectionFactory db, ICurrentActor actor, AuditLog audit, TimeProvider clock)
{
    public async Task<LegalDetails> FindForCurrentAsync(CancellationToken cancellationToken = default)
    {
        var orgId = RequireAdmin();
        return await db.QuerySingleOrDefaultAsync<LegalDetails>(
            "SELECT org_id, registered_address, director_name, bank_account_last4, bank_account_hash, updated_at FROM organisation_legal_details WHERE org_id = @orgId",
            new { orgId }, cancellationToken) ?? new LegalDetails { OrgId = orgId };
    }

    public async Task<Result<LegalDetails>> SaveForCurrentAsync(LegalDetailsForm form, CancellationToken cancellationToken = default)
    {
        var orgId = RequireAdmin();
        var address = form.RegisteredAddress.Trim();
        var directors = form.DirectorName.Trim();
        var account = form.BankAccount.Trim();
        if (address.Length > LegalDetailsForm.MaxLength || directors.Length > LegalDetailsForm.MaxLength)
        {
            return new FieldError("", "Errors.Integrity.LegalTooLong", $"Keep each field to {LegalDetailsForm.MaxLength} characters.");
        }
        var normalised = IdentityKeys.BankAccount(account);
        if (account.Length > 0 && (normalised is null || account.Length > 64))
        {
            return new FieldError("BankAccount", "Errors.Integrity.BankAccount", "Enter the whole account number or IBAN (at least 6 letters and digits).");
        }
        var before = await FindForCurrentAsync(cancellationToken);
        var details = new LegalDetails
        {
            OrgId = orgId, RegisteredAddress = address.Length == 0 ? null : address, DirectorName = directors.Length == 0 ? null : directors,
            BankAccountLast4 = normalised is null ? before.BankAccountLast4 : normalised[^4..],
            BankAccountHash = normalised is null ? before.BankAccountHash : IdentityKeys.BankAccountHash(normalised), UpdatedAt = clock.GetUtcNow(),
        };
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO organisation_legal_details (org_id, registered_address, director_name, bank_account_last4, bank_account_hash, updated_at, updated_by)
            VALUES (@OrgId, @RegisteredAddress, @DirectorName, @BankAccountLast4, @BankAccountHash, @UpdatedAt, @userId)
            ON CONFLICT (org_id) DO UPDATE SET registered_address = excluded.registered_address, director_name = excluded.director_name,
                bank_account_last4 = excluded.bank_account_last4, bank_account_hash = excluded.bank_account_hash,
                updated_at = excluded.updated_at, updated_by = excluded.updated_by
            """, new { details.OrgId, details.RegisteredAddress, details.DirectorName, details.BankAccountLast4, details.BankAccountHash, details.UpdatedAt, userId = actor.UserId },
            transaction, cancellationToken: cancellationToken));
        await audit.RecordAsync(connection, transaction, new AuditRecord("organisation.legal-details-updated", "Organisation", orgId.ToString(),
            $"Legal details saved: address {Describe(before.RegisteredAddress)} → {Describe(details.RegisteredAddress)}, directors {Describe(before.DirectorName)} → {Describe(details.DirectorName)}, "
            + $"bank account {Describe(before.BankAccountLast4, "…")} → {Describe(details.BankAccountLast4, "…")}"));
        await transaction.CommitAsync(cancellationToken);
        return details;
    }

    private static string Describe(string? value, string prefix = "") => value is null ? "(none)" : prefix + value;

    private Guid RequireAdmin()
    {
        var orgId = actor.RequireOrganisationId();
        var allowed = (actor.OrganisationKind == OrganisationKind.Firm && actor.IsInRole(Roles.FirmAdmin))
            || (actor.OrganisationKind == OrganisationKind.Vendor && actor.IsInRole(Roles.VendorDeveloper));
        if (!allowed)
        {
            throw new UnauthorizedAccessException("Only a firm's administrator or a vendor's developer keeps its legal details.");
        }
        return orgId;
    }
}
