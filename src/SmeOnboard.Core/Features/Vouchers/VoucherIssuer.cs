using System.Data.Common;
using Dapper;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Audit;
using SmeOnboard.Core.Features.Vouchers.Ledger;

namespace SmeOnboard.Core.Features.Vouchers;

/// <summary>
/// Issues one voucher inside the caller's transaction. The programme row is locked first (FOR UPDATE on PostgreSQL;
/// SQLite's transactions hold the write lock from their start), so the unallocated budget read next cannot change
/// before the voucher is written: the face values issued never add up to more than the budget.
/// </summary>
public sealed class VoucherIssuer(IDbConnectionFactory db, AuditLog audit, LedgerWriter ledger, TimeProvider clock)
{
    internal async Task<IssueOutcome> IssueAsync(DbConnection connection, DbTransaction transaction, Guid programmeId, Guid orgId, Guid firmOrgId,
        Guid? applicationId, Guid? userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var programme = await connection.QuerySingleOrDefaultAsync<LockedProgramme>(new CommandDefinition(
            $"SELECT id, status, currency, current_revision FROM voucher_programmes WHERE id = @programmeId AND org_id = @orgId {db.Dialect.ForUpdate}",
            new { programmeId, orgId }, transaction, cancellationToken: cancellationToken));
        var firm = await FirmFactsQuery.FindAsync(connection, transaction, firmOrgId, programmeId, now, cancellationToken);
        if (firm is null)
        {
            return IssueOutcome.Refused(IssueRefusal.UnknownFirm);
        }
        if (programme is not { Status: nameof(ProgrammeStatus.Published) })
        {
            return IssueOutcome.Refused(IssueRefusal.NotPublished, firm.Name);
        }
        var revision = await connection.QuerySingleAsync<RevisionRules>(new CommandDefinition(
            "SELECT name_en, rules FROM voucher_programme_revisions WHERE programme_id = @programmeId AND revision = @CurrentRevision",
            new { programmeId, programme.CurrentRevision }, transaction, cancellationToken: cancellationToken));
        var rules = ProgrammeRulesJson.Read(revision.Rules);
        var reasons = EligibilityEvaluator.Evaluate(rules, firm);
        if (rules.OneActiveVoucherPerFirm && firm.HasActiveVoucher)
        {
            return IssueOutcome.Refused(IssueRefusal.AlreadyHasVoucher, firm.Name, reasons);
        }
        if (reasons.Count > 0)
        {
            return IssueOutcome.Refused(IssueRefusal.Ineligible, firm.Name, reasons);
        }
        var unallocated = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"SELECT {LedgerSql.Balance(LedgerAccount.ProgrammeBudget, "@programmeId")}", new { programmeId }, transaction, cancellationToken: cancellationToken));
        var amount = Math.Min(rules.CapPerFirmMinor, unallocated);
        if (amount <= 0)
        {
            return IssueOutcome.Refused(IssueRefusal.BudgetExhausted, firm.Name);
        }
        var voucher = new Voucher
        {
            Id = Guid.CreateVersion7(), Code = VoucherCode.New(), ProgrammeId = programmeId, Revision = programme.CurrentRevision,
            FirmOrgId = firmOrgId, ApplicationId = applicationId, FaceMinor = amount, BalanceMinor = amount, Currency = programme.Currency,
            IssuedAt = now, ExpiresAt = now.AddDays(rules.ValidityDays),
        };
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO vouchers (id, code, programme_id, revision, firm_org_id, application_id, face_minor, currency, issued_at, expires_at, issued_by)
            VALUES (@Id, @Code, @ProgrammeId, @Revision, @FirmOrgId, @ApplicationId, @FaceMinor, @Currency, @IssuedAt, @ExpiresAt, @userId)
            """,
            new
            {
                voucher.Id, voucher.Code, voucher.ProgrammeId, voucher.Revision, voucher.FirmOrgId, voucher.ApplicationId, voucher.FaceMinor,
                voucher.Currency, voucher.IssuedAt, voucher.ExpiresAt, userId,
            }, transaction, cancellationToken: cancellationToken));
        await ledger.PostAsync(connection, transaction, new LedgerPosting
        {
            Kind = "VoucherIssued", Memo = $"Voucher {voucher.Code} issued", UserId = userId,
            Lines =
            [
                new LedgerLine { Account = LedgerAccount.ProgrammeBudget, OwnerId = programmeId, ProgrammeId = programmeId, AmountMinor = -amount, Currency = programme.Currency },
                new LedgerLine { Account = LedgerAccount.Voucher, OwnerId = voucher.Id, ProgrammeId = programmeId, AmountMinor = amount, Currency = programme.Currency },
            ],
        }, cancellationToken);
        await audit.RecordAsync(connection, transaction, new AuditRecord("vouchers.voucher-issued", "Voucher", voucher.Id.ToString(),
            $"Voucher worth {Money.Format(amount, programme.Currency)} of {revision.NameEn} (revision {programme.CurrentRevision}) issued to {firm.Name}, valid until {voucher.ExpiresAt:yyyy-MM-dd}"));
        // The firm reads in its own audit log that it received the voucher.
        await audit.RecordAsync(connection, transaction, new AuditRecord("vouchers.voucher-received", "Voucher", voucher.Id.ToString(),
            $"Voucher worth {Money.Format(amount, programme.Currency)} of {revision.NameEn} received, valid until {voucher.ExpiresAt:yyyy-MM-dd}", firmOrgId));
        return new IssueOutcome(voucher, IssueRefusal.None, [], firm.Name);
    }

    private sealed class LockedProgramme
    {
        public Guid Id { get; init; }
        public string Status { get; init; } = "";
        public string Currency { get; init; } = "";
        public int CurrentRevision { get; init; }
    }

    private sealed class RevisionRules
    {
        public string NameEn { get; init; } = "";
        public string Rules { get; init; } = "";
    }
}
