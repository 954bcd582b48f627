using System.Data.Common;
using Dapper;
using Microsoft.Extensions.Options;
using SmeOnboard.Core.Common;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Audit;
using SmeOnboard.Core.Features.Checkout;
using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Core.Features.Vouchers.Ledger;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tenancy;

namespace SmeOnboard.Core.Features.Vouchers.Claims;

/// <summary>
/// The current firm's reimbursement claims: after paying an app in full it claims the coverage share back from a
/// reimbursement-mode voucher, with an invoice and proof of use. The amount is the share checkout would have taken
/// (<see cref="ShareCalculator"/>, limited by balance, cap and budget), and it is held in the same transaction, under
/// the programme's and voucher's locks, so claims filed at once can never promise more than there is.
/// </summary>
public sealed class ClaimStore(
    IDbConnectionFactory db, ICurrentActor actor, FirmVoucherStore vouchers, LedgerWriter ledger, AuditLog audit, IOptions<ClaimOptions> options,
    TimeProvider clock)
{
    public const int MaxNoteLength = 1000;

    /// <summary>The firm's paid orders it may still claim for, and its reimbursement vouchers.</summary>
    public async Task<ClaimChoices> ChoicesForCurrentAsync(CancellationToken cancellationToken = default)
    {
        var firmOrgId = RequireFirm();
        var orders = await db.QueryListAsync<CheckoutOrder>(
            $"""
            SELECT {CheckoutOrder.Columns} {CheckoutOrder.From}
            WHERE o.firm_org_id = @firmOrgId AND o.status = 'Paid' AND o.voucher_id IS NULL
              AND NOT EXISTS (SELECT 1 FROM voucher_claims c WHERE c.order_id = o.id AND c.status IN ('Filed', 'Approved'))
            ORDER BY o.created_at DESC, o.id
            """, new { firmOrgId }, cancellationToken);
        var reimbursing = (await vouchers.ListVouchersAsync(cancellationToken)).Where(v => v.Rules.RedemptionMode == RedemptionMode.Reimbursement).ToList();
        return new ClaimChoices { Orders = orders, Vouchers = reimbursing };
    }

    /// <summary>The firm's claims, newest first, with their evidence.</summary>
    public async Task<IReadOnlyList<VoucherClaim>> ListForCurrentAsync(CancellationToken cancellationToken = default)
    {
        var firmOrgId = RequireFirm();
        await using var connection = await db.OpenAsync(cancellationToken);
        var claims = (await connection.QueryAsync<VoucherClaim>(new CommandDefinition(
            $"{VoucherClaim.Select} WHERE c.firm_org_id = @firmOrgId ORDER BY c.filed_at DESC, c.id", new { firmOrgId }, cancellationToken: cancellationToken))).AsList();
        var evidence = (await connection.QueryAsync<EvidenceFile>(new CommandDefinition(
            $"SELECT {EvidenceFile.Columns} FROM voucher_claim_evidence e JOIN voucher_claims c ON c.id = e.claim_id WHERE c.firm_org_id = @firmOrgId ORDER BY e.kind, e.file_name, e.id",
            new { firmOrgId }, cancellationToken: cancellationToken))).ToLookup(e => e.ClaimId);
        claims.ForEach(c => c.Evidence = evidence[c.Id].ToList());
        return claims;
    }

    /// <summary>
    /// Files a claim for one of the firm's paid orders against one of its reimbursement vouchers, with at least one
    /// invoice and one proof of use.
    /// </summary>
    public async Task<Result<VoucherClaim>> FileAsync(Guid orderId, Guid voucherId, string note, IReadOnlyList<EvidenceUpload> evidence,
        CancellationToken cancellationToken = default)
    {
        var firmOrgId = RequireFirm();
        if (!actor.IsInRole(Roles.FirmAdmin))
        {
            return new FieldError("", "Errors.Claims.FirmAdminOnly", "Only a firm's administrator files claims.");
        }
        note = note.Trim();
        if (note.Length > MaxNoteLength)
        {
            return new FieldError("Note", "Errors.Claims.NoteTooLong", $"Keep the note to {MaxNoteLength} characters.");
        }
        var checkedFiles = CheckEvidence(evidence);
        if (!checkedFiles.Succeeded)
        {
            return Result<VoucherClaim>.Failure(checkedFiles.Errors);
        }
        var now = clock.GetUtcNow();
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var order = await connection.QuerySingleOrDefaultAsync<CheckoutOrder>(new CommandDefinition(
            $"SELECT {CheckoutOrder.Columns} {CheckoutOrder.From} WHERE o.id = @orderId AND o.firm_org_id = @firmOrgId",
            new { orderId, firmOrgId }, transaction, cancellationToken: cancellationToken));
        var voucher = await connection.QuerySingleOrDefaultAsync<Voucher>(new CommandDefinition(
            $"SELECT {Voucher.Columns} FROM vouchers v WHERE v.id = @voucherId AND v.firm_org_id = @firmOrgId", new { voucherId, firmOrgId }, transaction,
            cancellationToken: cancellationToken));
        var refusal = Refusal(order, voucher);
        if (refusal is not null)
        {
            return refusal;
        }
        if (await AlreadyClaimedAsync(connection, transaction, order!.Id, cancellationToken) is { } claimed)
        {
            return claimed;
        }
        var split = await ShareAsync(connection, transaction, order, voucher!, cancellationToken);
        if (!split.Succeeded)
        {
            return Result<VoucherClaim>.Failure(split.Errors);
        }
        var claim = new VoucherClaim
        {
            Id = Guid.CreateVersion7(), OrderId = order!.Id, VoucherId = voucher!.Id, ProgrammeId = voucher.ProgrammeId, FirmOrgId = firmOrgId,
            AmountMinor = split.Value.ShareMinor, Currency = order.Currency, Status = ClaimStatus.Filed, Note = note, FiledAt = now,
            FirmName = order.FirmName, AppNameEn = order.AppNameEn, AppNameZh = order.AppNameZh, OrderPriceMinor = order.PriceMinor, VoucherCode = voucher.Code,
        };
        try
        {
            await InsertAsync(connection, transaction, claim, cancellationToken);
        }
        catch (DbException exception) when (IsLiveClaimViolation(exception))
        {
            return new FieldError("Order", "Errors.Claims.AlreadyClaimed", "A claim for this order is already filed or approved.");
        }
        var files = checkedFiles.Value.Select(f => new EvidenceFile
        {
            Id = Guid.CreateVersion7(), ClaimId = claim.Id, Kind = f.Upload.Kind, FileName = f.Upload.FileName, ContentType = f.ContentType,
            SizeBytes = f.Upload.Content.Length, UploadedAt = now, Content = f.Upload.Content,
        }).ToList();
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO voucher_claim_evidence (id, claim_id, kind, file_name, content_type, size_bytes, content, uploaded_at)
            VALUES (@Id, @ClaimId, @Kind, @FileName, @ContentType, @SizeBytes, @Content, @UploadedAt)
            """, files, transaction, cancellationToken: cancellationToken));
        await ledger.PostAsync(connection, transaction, ClaimPostings.Hold(claim, actor.UserId), cancellationToken);
        var agencyOrgId = await connection.QuerySingleAsync<Guid>(new CommandDefinition(
            "SELECT org_id FROM voucher_programmes WHERE id = @ProgrammeId", new { claim.ProgrammeId }, transaction, cancellationToken: cancellationToken));
        var summary = $"Claim of {Money.Format(claim.AmountMinor, claim.Currency)} filed for {order.AppNameEn} (paid {Money.Format(order.PriceMinor, order.Currency)}) with voucher {voucher.Code}";
        await audit.RecordAsync(connection, transaction, new AuditRecord("vouchers.claim-filed", "VoucherClaim", claim.Id.ToString(), summary));
        await audit.RecordAsync(connection, transaction, new AuditRecord("vouchers.claim-received", "VoucherClaim", claim.Id.ToString(), $"{summary} by {order.FirmName}", agencyOrgId));
        await transaction.CommitAsync(cancellationToken);
        claim.Evidence = files.Select(f => new EvidenceFile
        {
            Id = f.Id, ClaimId = f.ClaimId, Kind = f.Kind, FileName = f.FileName, ContentType = f.ContentType, SizeBytes = f.SizeBytes, UploadedAt = f.UploadedAt,
        }).ToList();
        return claim;
    }

    /// <summary>
    /// One evidence file with its content, for the firm that filed the claim or an officer of the programme's agency;
    /// anybody else gets nothing, as if it did not exist.
    /// </summary>
    public async Task<EvidenceFile?> FindEvidenceAsync(Guid claimId, Guid evidenceId, CancellationToken cancellationToken = default)
    {
        var orgId = actor.RequireOrganisationId();
        var officer = actor.OrganisationKind == OrganisationKind.Government && actor.IsInRole(Roles.GovOfficer);
        var firm = actor.OrganisationKind == OrganisationKind.Firm;
        if (!officer && !firm)
        {
            return null;
        }
        return await db.QuerySingleOrDefaultAsync<EvidenceFile>(
            $"""
            SELECT {EvidenceFile.Columns}, e.content FROM voucher_claim_evidence e
            JOIN voucher_claims c ON c.id = e.claim_id JOIN voucher_programmes p ON p.id = c.programme_id
            WHERE e.id = @evidenceId AND e.claim_id = @claimId AND {(officer ? "p.org_id" : "c.firm_org_id")} = @orgId
            """, new { evidenceId, claimId, orgId }, cancellationToken);
    }

    private Result<IReadOnlyList<(EvidenceUpload Upload, string ContentType)>> CheckEvidence(IReadOnlyList<EvidenceUpload> evidence)
    {
        var limit = options.Value.MaxEvidenceBytes;
        var errors = new List<FieldError>();
        if (!evidence.Any(e => e.Kind == EvidenceKinds.Invoice))
        {
            errors.Add(new FieldError("Invoice", "Errors.Claims.InvoiceMissing", "Add the invoice you paid."));
        }
        if (!evidence.Any(e => e.Kind == EvidenceKinds.ProofOfUse))
        {
            errors.Add(new FieldError("ProofOfUse", "Errors.Claims.ProofMissing", "Add a proof that the app is in use (a screenshot or a report)."));
        }
        if (evidence.Count > options.Value.MaxEvidenceFiles)
        {
            errors.Add(new FieldError("Evidence", "Errors.Claims.TooManyFiles", $"Hand in at most {options.Value.MaxEvidenceFiles} files."));
        }
        var accepted = new List<(EvidenceUpload, string)>();
        foreach (var file in evidence)
        {
            var name = Path.GetFileName(file.FileName.Trim());
            if (file.Kind is not (EvidenceKinds.Invoice or EvidenceKinds.ProofOfUse) || name.Length is 0 or > 200)
            {
                errors.Add(new FieldError("Evidence", "Errors.Claims.EvidenceName", "Each file needs a name of at most 200 characters and a kind (invoice or proof of use)."));
                continue;
            }
            if (file.Length > limit || file.Content.Length > limit)
            {
                errors.Add(new FieldError(file.Kind, "Errors.Claims.EvidenceTooLarge", $"{name} is larger than the {limit / (1024.0 * 1024):0.#} MB a file may have."));
                continue;
            }
            var contentType = file.Content.Length == 0 ? null : ContentTypeSniffer.ContentTypeOf(file.Content);
            if (contentType is null)
            {
                errors.Add(new FieldError(file.Kind, "Errors.Claims.EvidenceType", $"{name} is not a PDF, JPEG or PNG file."));
                continue;
            }
            accepted.Add((new EvidenceUpload { Kind = file.Kind, FileName = name, Length = file.Content.Length, Content = file.Content }, contentType));
        }
        return errors.Count > 0 ? Result<IReadOnlyList<(EvidenceUpload, string)>>.Failure(errors) : accepted;
    }

    private static FieldError? Refusal(CheckoutOrder? order, Voucher? voucher)
    {
        if (order is null)
        {
            return new FieldError("Order", "Errors.Claims.OrderNotFound", "There is no such order of your firm.");
        }
        if (voucher is null)
        {
            return new FieldError("Voucher", "Errors.Checkout.VoucherUnknown", "There is no such voucher for your firm.");
        }
        if (order.Status != OrderStatuses.Paid)
        {
            return new FieldError("Order", "Errors.Claims.OrderNotPaid", "Only a paid order can be claimed for.");
        }
        if (order.VoucherId is not null)
        {
            return new FieldError("Order", "Errors.Claims.PaidWithVoucher", "A voucher already paid part of this order at checkout.");
        }
        if (order.CreatedAt < voucher.IssuedAt)
        {
            return new FieldError("Order", "Errors.Claims.BoughtBeforeVoucher", "The app was bought before the voucher was issued; only purchases made afterwards can be claimed.");
        }
        return null;
    }

    /// <summary>One live claim per order; two filed at the same moment meet the unique index instead.</summary>
    private static async Task<FieldError?> AlreadyClaimedAsync(DbConnection connection, DbTransaction transaction, Guid orderId, CancellationToken cancellationToken)
    {
        var live = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM voucher_claims WHERE order_id = @orderId AND status IN ('Filed', 'Approved')", new { orderId }, transaction, cancellationToken: cancellationToken));
        return live > 0 ? new FieldError("Order", "Errors.Claims.AlreadyClaimed", "A claim for this order is already filed or approved.") : null;
    }

    /// <summary>The coverage share of what the firm paid by card (less refunds), as of when it paid, under the voucher's locks.</summary>
    private async Task<Result<ShareQuote>> ShareAsync(DbConnection connection, DbTransaction transaction, CheckoutOrder order, Voucher voucher,
        CancellationToken cancellationToken)
    {
        var app = await connection.QuerySingleAsync<AppFacts>(new CommandDefinition(
            "SELECT a.category, a.voucher_eligible, f.headcount_band FROM marketplace_apps a, organisations f WHERE a.id = @AppId AND f.id = @FirmOrgId",
            new { order.AppId, order.FirmOrgId }, transaction, cancellationToken: cancellationToken));
        var paid = order.RemainderMinor - order.RefundedCardMinor;
        if (paid <= 0)
        {
            return new FieldError("Order", "Errors.Claims.Refunded", "This order was refunded in full; there is nothing to claim.");
        }
        var inputs = await VoucherState.ReadAsync(connection, transaction, db.Dialect.ForUpdate, voucher.Code, new ShareInputs
        {
            AppId = order.AppId, AppCategory = app.Category, AppVoucherEligible = app.VoucherEligible, PriceMinor = paid, Currency = order.Currency,
            FirmOrgId = order.FirmOrgId, FirmHeadcountBand = app.HeadcountBand, Now = order.SettledAt ?? order.CreatedAt, Mode = RedemptionMode.Reimbursement,
        }, cancellationToken);
        return ShareCalculator.Calculate(inputs!);
    }

    private Guid RequireFirm()
    {
        var orgId = actor.RequireOrganisationId();
        if (actor.OrganisationKind != OrganisationKind.Firm)
        {
            throw new UnauthorizedAccessException("Only firms file reimbursement claims.");
        }
        return orgId;
    }

    private Task InsertAsync(DbConnection connection, DbTransaction transaction, VoucherClaim claim, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO voucher_claims (id, order_id, voucher_id, programme_id, firm_org_id, amount_minor, currency, status, note, filed_at, filed_by)
            VALUES (@Id, @OrderId, @VoucherId, @ProgrammeId, @FirmOrgId, @AmountMinor, @Currency, 'Filed', @Note, @FiledAt, @userId)
            """,
            new { claim.Id, claim.OrderId, claim.VoucherId, claim.ProgrammeId, claim.FirmOrgId, claim.AmountMinor, claim.Currency, claim.Note, claim.FiledAt, userId = actor.UserId },
            transaction, cancellationToken: cancellationToken));

    private static bool IsLiveClaimViolation(DbException exception) =>
        exception.Message.Contains("ux_voucher_claims_order", StringComparison.Ordinal)
        || exception.Message.Contains("voucher_claims.order_id", StringComparison.Ordinal);

    private sealed class AppFacts
    {
        public string Category { get; init; } = "";
        public bool VoucherEligible { get; init; }
        public string? HeadcountBand { get; init; }
    }
}
