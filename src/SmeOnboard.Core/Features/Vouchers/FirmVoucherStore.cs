using Dapper;
using SmeOnboard.Core.Common;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Audit;
using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tenancy;

namespace SmeOnboard.Core.Features.Vouchers;

/// <summary>The current firm's side: open programmes with its eligibility, applying, and its vouchers.</summary>
public sealed class FirmVoucherStore(IDbConnectionFactory db, ICurrentActor actor, AuditLog audit, TimeProvider clock)
{
    /// <summary>Published programmes whose application window is open now, each with this firm's eligibility.</summary>
    public async Task<IReadOnlyList<ProgrammeOffer>> ListOffersAsync(CancellationToken cancellationToken = default)
    {
        var firmOrgId = RequireFirm();
        var now = clock.GetUtcNow();
        await using var connection = await db.OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<ProgrammeRow>(new CommandDefinition(
            $"{ProgrammeRow.Select} WHERE p.status = 'Published' AND r.opens_at <= @now AND r.closes_at > @now ORDER BY r.closes_at, p.id",
            new { now }, cancellationToken: cancellationToken))).Select(r => r.ToProgramme()).ToList();
        var agencies = (await connection.QueryAsync<(Guid Id, string Name)>(new CommandDefinition(
            "SELECT id, name FROM organisations WHERE kind = 'Government'", cancellationToken: cancellationToken))).ToDictionary(a => a.Id, a => a.Name);
        var applications = (await connection.QueryAsync<VoucherApplication>(new CommandDefinition(
            $"SELECT {VoucherApplication.Columns} FROM voucher_applications a JOIN organisations o ON o.id = a.firm_org_id WHERE a.firm_org_id = @firmOrgId ORDER BY a.applied_at DESC",
            new { firmOrgId }, cancellationToken: cancellationToken))).ToLookup(a => a.ProgrammeId);
        var offers = new List<ProgrammeOffer>();
        foreach (var programme in rows)
        {
            var firm = (await FirmFactsQuery.FindAsync(connection, null, firmOrgId, programme.Id, now, cancellationToken))!;
            offers.Add(new ProgrammeOffer
            {
                Programme = programme, AgencyName = agencies.GetValueOrDefault(programme.OrgId, ""),
                Reasons = EligibilityEvaluator.Evaluate(programme.Rules, firm), LatestApplication = applications[programme.Id].FirstOrDefault(),
                CoveragePercent = programme.Rules.CoverageFor(firm.HeadcountBand),
            });
        }
        return offers;
    }

    /// <summary>
    /// Applies to an open programme the firm is eligible for, with a short note. A firm has at most one open
    /// application per programme.
    /// </summary>
    public async Task<Result<VoucherApplication>> ApplyAsync(Guid programmeId, string note, CancellationToken cancellationToken = default)
    {
        var firmOrgId = RequireFirm();
        if (!actor.IsInRole(Roles.FirmAdmin))
        {
            return new FieldError("", "Errors.Vouchers.FirmAdminOnly", "Only a firm's administrator can apply for vouchers.");
        }
        note = note.Trim();
        if (note.Length > VoucherApplication.MaxNoteLength)
        {
            return new FieldError("Note", "Errors.Vouchers.NoteTooLong", $"Keep the note to {VoucherApplication.MaxNoteLength} characters.");
        }
        var offer = (await ListOffersAsync(cancellationToken)).FirstOrDefault(o => o.Programme.Id == programmeId);
        if (offer is null)
        {
            return new FieldError("", "Errors.Vouchers.ProgrammeNotOpen", "This programme is not open for applications.");
        }
        if (offer.HasOpenApplication)
        {
            return new FieldError("", "Errors.Vouchers.AlreadyApplied", "You already have an open application to this programme.");
        }
        if (!offer.IsEligible)
        {
            return new FieldError("", "Errors.Vouchers.NotEligible", $"You are not eligible: {string.Join(" ", offer.Reasons.Select(r => r.Message))}");
        }
        var application = new VoucherApplication
        {
            Id = Guid.CreateVersion7(), ProgrammeId = programmeId, FirmOrgId = firmOrgId, Status = ApplicationStatus.Open, Note = note,
            AppliedAt = clock.GetUtcNow(),
        };
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        try
        {
            await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO voucher_applications (id, programme_id, firm_org_id, status, note, applied_at, applied_by)
                VALUES (@Id, @ProgrammeId, @FirmOrgId, 'Open', @Note, @AppliedAt, @userId)
                """, new { application.Id, application.ProgrammeId, application.FirmOrgId, application.Note, application.AppliedAt, userId = actor.UserId },
                transaction, cancellationToken: cancellationToken));
        }
        catch (System.Data.Common.DbException exception) when (IsOpenIndexViolation(exception))
        {
            return new FieldError("", "Errors.Vouchers.AlreadyApplied", "You already have an open application to this programme.");
        }
        await audit.RecordAsync(connection, transaction, new AuditRecord("vouchers.application-submitted", "VoucherApplication", application.Id.ToString(),
            $"Applied to voucher programme {offer.Programme.NameEn}"));
        await audit.RecordAsync(connection, transaction, new AuditRecord("vouchers.application-received", "VoucherApplication", application.Id.ToString(),
            $"Application to {offer.Programme.NameEn} received", offer.Programme.OrgId));
        await transaction.CommitAsync(cancellationToken);
        return application;
    }

    /// <summary>The firm's vouchers, newest first, with the pinned revision's rules saying what each can buy.</summary>
    public async Task<IReadOnlyList<FirmVoucher>> ListVouchersAsync(CancellationToken cancellationToken = default)
    {
        var firmOrgId = RequireFirm();
        var rows = await db.QueryListAsync<FirmVoucherRow>(
            $"""
            SELECT {Voucher.Columns}, r.name_en AS programme_name_en, r.name_zh AS programme_name_zh, r.rules,
                   (SELECT COUNT(*) FROM voucher_clawbacks c WHERE c.voucher_id = v.id) AS clawback_count
            FROM vouchers v JOIN voucher_programme_revisions r ON r.programme_id = v.programme_id AND r.revision = v.revision
            WHERE v.firm_org_id = @firmOrgId ORDER BY v.issued_at DESC, v.id
            """, new { firmOrgId }, cancellationToken);
        return rows.Select(r => new FirmVoucher
        {
            Voucher = new Voucher
            {
                Id = r.Id, Code = r.Code, ProgrammeId = r.ProgrammeId, Revision = r.Revision, FirmOrgId = r.FirmOrgId, ApplicationId = r.ApplicationId,
                FaceMinor = r.FaceMinor, BalanceMinor = r.BalanceMinor, Currency = r.Currency, IssuedAt = r.IssuedAt, ExpiresAt = r.ExpiresAt,
            },
            ProgrammeNameEn = r.ProgrammeNameEn, ProgrammeNameZh = r.ProgrammeNameZh, Rules = ProgrammeRulesJson.Read(r.Rules),
            ClawedBack = r.ClawbackCount > 0,
        }).ToList();
    }

    private static bool IsOpenIndexViolation(System.Data.Common.DbException exception) =>
        exception.Message.Contains("ux_voucher_applications_open", StringComparison.Ordinal)
        || exception.Message.Contains("voucher_applications.programme_id, voucher_applications.firm_org_id", StringComparison.Ordinal);

    private Guid RequireFirm()
    {
        var orgId = actor.RequireOrganisationId();
        if (actor.OrganisationKind != OrganisationKind.Firm)
        {
            throw new UnauthorizedAccessException("Only firms apply for and hold vouchers.");
        }
        return orgId;
    }

    private sealed class FirmVoucherRow
    {
        public Guid Id { get; init; }
        public string Code { get; init; } = "";
        public Guid ProgrammeId { get; init; }
        public int Revision { get; init; }
        public Guid FirmOrgId { get; init; }
        public Guid? ApplicationId { get; init; }
        public long FaceMinor { get; init; }
        public long BalanceMinor { get; init; }
        public string Currency { get; init; } = "";
        public DateTimeOffset IssuedAt { get; init; }
        public DateTimeOffset ExpiresAt { get; init; }
        public long ClawbackCount { get; init; }
        public string ProgrammeNameEn { get; init; } = "";
        public string ProgrammeNameZh { get; init; } = "";
        public string Rules { get; init; } = "";
    }
}
