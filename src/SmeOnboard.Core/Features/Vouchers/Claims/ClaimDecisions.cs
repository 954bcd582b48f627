using System.Data.Common;
using System.Security.Cryptography;
using Dapper;
using SmeOnboard.Core.Common;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Audit;
using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Core.Features.Vouchers.Ledger;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tenancy;

namespace SmeOnboard.Core.Features.Vouchers.Claims;

/// <summary>
/// Officers decide the claims on their agency's programmes. Approval spends the held amount and records its payout as a
/// transfer with a reference; rejection, with a reason, returns the hold to the voucher. Another agency's claims are
/// not found. The firm is emailed after the decision is committed.
/// </summary>
public sealed class ClaimDecisions(IDbConnectionFactory db, ICurrentActor actor, LedgerWriter ledger, AuditLog audit, IClaimNotifier notifier, TimeProvider clock)
{
    public const int MaxReasonLength = 500;

    /// <summary>The agency's claims: those waiting first (oldest first), then the decided ones, newest first.</summary>
    public async Task<IReadOnlyList<VoucherClaim>> ListQueueAsync(CancellationToken cancellationToken = default)
    {
        var orgId = RequireOfficer();
        await using var connection = await db.OpenAsync(cancellationToken);
        var claims = (await connection.QueryAsync<VoucherClaim>(new CommandDefinition(
            $"{VoucherClaim.Select} WHERE p.org_id = @orgId ORDER BY CASE WHEN c.status = 'Filed' THEN 0 ELSE 1 END, " +
            "CASE WHEN c.status = 'Filed' THEN c.filed_at END, c.decided_at DESC, c.id LIMIT 500",
            new { orgId }, cancellationToken: cancellationToken))).AsList();
        var evidence = (await connection.QueryAsync<EvidenceFile>(new CommandDefinition(
            $"""
            SELECT {EvidenceFile.Columns} FROM voucher_claim_evidence e JOIN voucher_claims c ON c.id = e.claim_id
            JOIN voucher_programmes p ON p.id = c.programme_id WHERE p.org_id = @orgId ORDER BY e.kind, e.file_name, e.id
            """, new { orgId }, cancellationToken: cancellationToken))).ToLookup(e => e.ClaimId);
        claims.ForEach(c => c.Evidence = evidence[c.Id].ToList());
        return claims;
    }

    /// <summary>Approves the claim in full and pays it out.</summary>
    public Task<Result<VoucherClaim>> ApproveAsync(Guid claimId, CancellationToken cancellationToken = default) =>
        ApproveAsync(claimId, null, null, cancellationToken);

    /// <summary>
    /// Approves <paramref name="approvedMinor"/> of the claim (what the evidence supports) and pays that out; the rest
    /// goes back to the voucher. The firm reads <paramref name="reason"/>.
    /// </summary>
    public async Task<Result<VoucherClaim>> ApproveInPartAsync(Guid claimId, long approvedMinor, string reason, CancellationToken cancellationToken = default)
    {
        reason = reason.Trim();
        if (reason.Length == 0 || reason.Length > MaxReasonLength)
        {
            return new FieldError("Reason", "Errors.Claims.PartReasonRequired", $"Say in 1 to {MaxReasonLength} characters why less is approved; the firm reads it.");
        }
        return await ApproveAsync(claimId, approvedMinor, reason, cancellationToken);
    }

    private async Task<Result<VoucherClaim>> ApproveAsync(Guid claimId, long? approvedMinor, string? reason, CancellationToken cancellationToken)
    {
        var orgId = RequireOfficer();
        var reference = $"TRF-{clock.GetUtcNow():yyyyMMdd}-{Convert.ToHexString(RandomNumberGenerator.GetBytes(4))}";
        var decided = await DecideAsync(orgId, claimId, claim =>
        {
            var approved = approvedMinor ?? claim.AmountMinor;
            return approved < 1 || approved > claim.AmountMinor
                ? new FieldError("Amount", "Errors.Claims.ApprovedAmount",
                    $"Approve between {Money.Format(1, claim.Currency)} and the {Money.Format(claim.AmountMinor, claim.Currency)} claimed.")
                : new Decision(ClaimStatus.Approved, reason, reference, approved);
        }, async (connection, transaction, claim, decision) =>
        {
            var approved = decision.ApprovedMinor!.Value;
            var rest = claim.AmountMinor - approved;
            await ledger.PostAllAsync(connection, transaction,
            [
                ClaimPostings.Approved(claim, approved, actor.UserId), ClaimPostings.Transferred(claim, approved, reference, actor.UserId),
                .. rest > 0 ? [ClaimPostings.Release(claim, rest, actor.UserId)] : Array.Empty<LedgerPosting>(),
            ], cancellationToken);
            return $"Claim of {Money.Format(claim.AmountMinor, claim.Currency)} for {claim.AppNameEn} approved"
                + (rest > 0 ? $" for {Money.Format(approved, claim.Currency)}, {Money.Format(rest, claim.Currency)} returned to the voucher ({reason})" : "")
                + $"; paid out by transfer {reference}";
        }, cancellationToken);
        if (decided.Succeeded)
        {
            await NotifyAsync(new ClaimNotice(ClaimNoticeKind.Approved, decided.Value, reference, reason), cancellationToken);
        }
        return decided;
    }

    public async Task<Result<VoucherClaim>> RejectAsync(Guid claimId, string reason, CancellationToken cancellationToken = default)
    {
        var orgId = RequireOfficer();
        reason = reason.Trim();
        if (reason.Length == 0 || reason.Length > MaxReasonLength)
        {
            return new FieldError("Reason", "Errors.Claims.ReasonRequired", $"Say why in 1 to {MaxReasonLength} characters; the firm reads it.");
        }
        var decided = await DecideAsync(orgId, claimId, _ => new Decision(ClaimStatus.Rejected, reason, null, null), async (connection, transaction, claim, _) =>
        {
            await ledger.PostAsync(connection, transaction, ClaimPostings.Release(claim, claim.AmountMinor, actor.UserId), cancellationToken);
            return $"Claim of {Money.Format(claim.AmountMinor, claim.Currency)} for {claim.AppNameEn} rejected; the hold returned to the voucher. {reason}";
        }, cancellationToken);
        if (decided.Succeeded)
        {
            await NotifyAsync(new ClaimNotice(ClaimNoticeKind.Rejected, decided.Value, null, reason), cancellationToken);
        }
        return decided;
    }

    /// <summary>What an officer decided: the new status, the reason the firm reads, the transfer's reference and the amount approved.</summary>
    private sealed record Decision(string Status, string? Reason, string? Reference, long? ApprovedMinor);

    /// <summary>
    /// Decides a claim still filed, under its row lock: <paramref name="decide"/> checks the decision against the claim,
    /// <paramref name="post"/> writes its ledger postings and says what happened for the audit log.
    /// </summary>
    private async Task<Result<VoucherClaim>> DecideAsync(Guid orgId, Guid claimId, Func<VoucherClaim, Result<Decision>> decide,
        Func<DbConnection, DbTransaction, VoucherClaim, Decision, Task<string>> post, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var claim = await connection.QuerySingleOrDefaultAsync<VoucherClaim>(new CommandDefinition(
            $"{VoucherClaim.Select} WHERE c.id = @claimId AND p.org_id = @orgId {db.Dialect.ForUpdate.Replace("FOR UPDATE", "FOR UPDATE OF c", StringComparison.Ordinal)}",
            new { claimId, orgId }, transaction, cancellationToken: cancellationToken));
        if (claim is null)
        {
            return new FieldError("", "Errors.Claims.NotFound", "There is no such claim on your programmes.");
        }
        var decision = decide(claim);
        if (!decision.Succeeded)
        {
            return Result<VoucherClaim>.Failure(decision.Errors);
        }
        var (status, reason, reference, approvedMinor) = decision.Value;
        var now = clock.GetUtcNow();
        var changed = await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE voucher_claims SET status = @status, decided_at = @now, decided_by = @userId, decision_reason = @reason, transfer_reference = @reference,
                approved_minor = @approvedMinor
            WHERE id = @claimId AND status = 'Filed'
            """, new { status, now, userId = actor.UserId, reason, reference, approvedMinor, claimId }, transaction, cancellationToken: cancellationToken));
        if (changed == 0)
        {
            return new FieldError("", "Errors.Claims.AlreadyDecided", "This claim has already been decided.");
        }
        var summary = await post(connection, transaction, claim, decision.Value);
        var action = status == ClaimStatus.Approved ? "vouchers.claim-approved" : "vouchers.claim-rejected";
        await audit.RecordAsync(connection, transaction, new AuditRecord(action, "VoucherClaim", claim.Id.ToString(), $"{summary} ({claim.FirmName})"));
        await audit.RecordAsync(connection, transaction, new AuditRecord(action, "VoucherClaim", claim.Id.ToString(), summary, claim.FirmOrgId));
        await transaction.CommitAsync(cancellationToken);
        return (await db.QuerySingleOrDefaultAsync<VoucherClaim>($"{VoucherClaim.Select} WHERE c.id = @claimId", new { claimId }, cancellationToken))!;
    }

    private async Task NotifyAsync(ClaimNotice notice, CancellationToken cancellationToken)
    {
        var recipients = await db.QueryListAsync<string>(
            "SELECT u.email FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.org_id = @FirmOrgId AND u.email IS NOT NULL ORDER BY u.email",
            new { notice.Claim.FirmOrgId }, cancellationToken);
        if (recipients.Count > 0)
        {
            await notifier.NotifyAsync(notice, recipients, cancellationToken);
        }
    }

    private Guid RequireOfficer()
    {
        var orgId = actor.RequireOrganisationId();
        if (actor.OrganisationKind != OrganisationKind.Government || !actor.IsInRole(Roles.GovOfficer))
        {
            throw new UnauthorizedAccessException("Only government officers decide reimbursement claims.");
        }
        return orgId;
    }
}
