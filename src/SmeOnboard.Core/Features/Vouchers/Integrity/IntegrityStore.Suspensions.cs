using Dapper;
using SmeOnboard.Core.Common;
using SmeOnboard.Core.Features.Audit;

namespace SmeOnboard.Core.Features.Vouchers.Integrity;

public sealed partial class IntegrityStore
{
    /// <summary>Suspends a vendor from the programme: checkout refuses the programme's vouchers for its apps until lifted.</summary>
    public async Task<Result<ProgrammeVendor>> SuspendVendorAsync(Guid programmeId, Guid vendorOrgId, string reason, CancellationToken cancellationToken = default)
    {
        reason = reason.Trim();
        if (Reason(reason) is { } invalid)
        {
            return invalid;
        }
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (!await OwnsAsync(connection, transaction, programmeId, cancellationToken))
        {
            return NotFound;
        }
        var vendorName = await connection.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(
            "SELECT name FROM organisations WHERE id = @vendorOrgId AND kind = 'Vendor'", new { vendorOrgId }, transaction, cancellationToken: cancellationToken));
        if (vendorName is null)
        {
            return new FieldError("", "Errors.Integrity.VendorNotFound", "There is no such vendor.");
        }
        var added = await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO programme_vendor_suspensions (programme_id, vendor_org_id, reason, suspended_at, suspended_by)
            VALUES (@programmeId, @vendorOrgId, @reason, @now, @userId) ON CONFLICT (programme_id, vendor_org_id) DO NOTHING
            """, new { programmeId, vendorOrgId, reason, now = clock.GetUtcNow(), userId = actor.UserId }, transaction, cancellationToken: cancellationToken));
        if (added == 0)
        {
            return new FieldError("", "Errors.Integrity.AlreadySuspended", "This vendor is already suspended from the programme.");
        }
        var summary = $"Vendor {vendorName} suspended from voucher programme {await ProgrammeNameAsync(connection, transaction, programmeId)}: {reason}";
        await audit.RecordAsync(connection, transaction, new AuditRecord("vouchers.vendor-suspended", "VoucherProgramme", programmeId.ToString(), summary));
        await audit.RecordAsync(connection, transaction, new AuditRecord("vouchers.vendor-suspended", "VoucherProgramme", programmeId.ToString(), summary, vendorOrgId));
        await transaction.CommitAsync(cancellationToken);
        return (await ListVendorsAsync(programmeId, cancellationToken)).Single(v => v.Id == vendorOrgId);
    }

    /// <summary>Lifts a vendor's suspension from the programme.</summary>
    public async Task<Result<ProgrammeVendor>> UnsuspendVendorAsync(Guid programmeId, Guid vendorOrgId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (!await OwnsAsync(connection, transaction, programmeId, cancellationToken))
        {
            return NotFound;
        }
        var removed = await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM programme_vendor_suspensions WHERE programme_id = @programmeId AND vendor_org_id = @vendorOrgId",
            new { programmeId, vendorOrgId }, transaction, cancellationToken: cancellationToken));
        if (removed == 0)
        {
            return new FieldError("", "Errors.Integrity.NotSuspended", "This vendor is not suspended from the programme.");
        }
        var vendorName = await connection.QuerySingleAsync<string>(new CommandDefinition(
            "SELECT name FROM organisations WHERE id = @vendorOrgId", new { vendorOrgId }, transaction, cancellationToken: cancellationToken));
        var summary = $"Suspension of vendor {vendorName} from voucher programme {await ProgrammeNameAsync(connection, transaction, programmeId)} lifted";
        await audit.RecordAsync(connection, transaction, new AuditRecord("vouchers.vendor-unsuspended", "VoucherProgramme", programmeId.ToString(), summary));
        await audit.RecordAsync(connection, transaction, new AuditRecord("vouchers.vendor-unsuspended", "VoucherProgramme", programmeId.ToString(), summary, vendorOrgId));
        await transaction.CommitAsync(cancellationToken);
        return (await ListVendorsAsync(programmeId, cancellationToken)).SingleOrDefault(v => v.Id == vendorOrgId) ?? new ProgrammeVendor { Id = vendorOrgId, Name = vendorName };
    }

    private static Task<string> ProgrammeNameAsync(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction, Guid programmeId,
        CancellationToken cancellationToken = default) =>
        connection.QuerySingleAsync<string>(new CommandDefinition(
            "SELECT r.name_en FROM voucher_programmes p JOIN voucher_programme_revisions r ON r.programme_id = p.id AND r.revision = p.current_revision WHERE p.id = @programmeId",
            new { programmeId }, transaction, cancellationToken: cancellationToken));
}
