using System.Data.Common;
using Dapper;
using SmeOnboard.Core.Common;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Audit;
using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tenancy;

namespace SmeOnboard.Core.Features.Vouchers;

/// <summary>
/// The officers' side after applications arrive: the queue, approving (which issues the voucher in the same
/// transaction) or rejecting with a reason, one by one or many at once. Each application is decided in its own
/// transaction, so one that fails leaves the others decided and itself open.
/// </summary>
public sealed partial class ApplicationDecisions(
    IDbConnectionFactory db, ICurrentActor actor, AuditLog audit, VoucherIssuer issuer, IVoucherNotifier notifier, TimeProvider clock)
{
    public const int MaxReasonLength = 500;

    public async Task<IReadOnlyList<QueuedApplication>> ListAsync(ApplicationQuery query, CancellationToken cancellationToken = default)
    {
        var orgId = RequireOfficer();
        var filters = new List<string> { "p.org_id = @orgId" };
        if (query.ProgrammeId is not null)
        {
            filters.Add("a.programme_id = @programmeId");
        }
        if (query.Status is not null)
        {
            filters.Add("a.status = @status");
        }
        if (!string.IsNullOrEmpty(query.Region))
        {
            filters.Add("o.region = @region");
        }
        if (!string.IsNullOrWhiteSpace(query.FirmName))
        {
            filters.Add($"o.name {db.Dialect.ILike} @firmName");
        }
        var rows = await db.QueryListAsync<QueueRow>(
            $"""
            SELECT {VoucherApplication.Columns}, r.name_en AS programme_name_en, r.name_zh AS programme_name_zh, v.code AS voucher_code
            FROM voucher_applications a
            JOIN organisations o ON o.id = a.firm_org_id
            JOIN voucher_programmes p ON p.id = a.programme_id
            JOIN voucher_programme_revisions r ON r.programme_id = p.id AND r.revision = p.current_revision
            LEFT JOIN vouchers v ON v.application_id = a.id
            WHERE {string.Join(" AND ", filters)}
            ORDER BY a.applied_at, a.id
            LIMIT 500
            """,
            new
            {
                orgId, programmeId = query.ProgrammeId ?? Guid.Empty, status = query.Status?.ToString() ?? "", region = query.Region ?? "",
                firmName = $"%{query.FirmName?.Trim()}%",
            }, cancellationToken);
        return rows.Select(r => new QueuedApplication
        {
            Application = new VoucherApplication
            {
                Id = r.Id, ProgrammeId = r.ProgrammeId, FirmOrgId = r.FirmOrgId, FirmName = r.FirmName, FirmRegion = r.FirmRegion,
                FirmIndustryCode = r.FirmIndustryCode, FirmHeadcountBand = r.FirmHeadcountBand, Status = Enum.Parse<ApplicationStatus>(r.Status),
                Note = r.Note, AppliedAt = r.AppliedAt, DecidedAt = r.DecidedAt, DecisionReason = r.DecisionReason,
            },
            ProgrammeNameEn = r.ProgrammeNameEn, ProgrammeNameZh = r.ProgrammeNameZh, VoucherCode = r.VoucherCode,
        }).ToList();
    }

    /// <summary>Approves each open application and issues its voucher; those that cannot be issued stay open with the reason.</summary>
    public async Task<IReadOnlyList<DecisionOutcome>> ApproveAsync(IReadOnlyList<Guid> applicationIds, CancellationToken cancellationToken = default)
    {
        var orgId = RequireOfficer();
        var outcomes = new List<DecisionOutcome>();
        foreach (var id in applicationIds.Distinct())
        {
            outcomes.Add(await ApproveOneAsync(orgId, id, cancellationToken));
        }
        return outcomes;
    }

    /// <summary>Rejects each open application with the one reason given, which the firm is told.</summary>
    public async Task<IReadOnlyList<DecisionOutcome>> RejectAsync(IReadOnlyList<Guid> applicationIds, string reason, CancellationToken cancellationToken = default)
    {
        var orgId = RequireOfficer();
        reason = reason.Trim();
        if (reason.Length == 0 || reason.Length > MaxReasonLength)
        {
            var error = new FieldError("Reason", "Errors.Vouchers.RejectReason", $"Say why in 1 to {MaxReasonLength} characters; the firm reads it.");
            return applicationIds.Distinct().Select(id => new DecisionOutcome(id, "", null, error)).ToList();
        }
        var outcomes = new List<DecisionOutcome>();
        foreach (var id in applicationIds.Distinct())
        {
            outcomes.Add(await RejectOneAsync(orgId, id, reason, cancellationToken));
        }
        return outcomes;
    }

    private async Task<DecisionOutcome> ApproveOneAsync(Guid orgId, Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var application = await FindOpenAsync(connection, transaction, orgId, id, cancellationToken);
        if (application is null)
        {
            return new DecisionOutcome(id, "", null, NotOpen);
        }
        var outcome = await issuer.IssueAsync(connection, transaction, application.ProgrammeId, orgId, application.FirmOrgId, id, actor.UserId, cancellationToken);
        if (!outcome.Issued)
        {
            return new DecisionOutcome(id, application.FirmName, null, Describe(outcome));
        }
        await MarkAsync(connection, transaction, id, ApplicationStatus.Approved, null, cancellationToken);
        await audit.RecordAsync(connection, transaction, new AuditRecord("vouchers.application-approved", "VoucherApplication", id.ToString(),
            $"Application of {application.FirmName} to {application.ProgrammeNameEn} approved; voucher {outcome.Voucher!.Code} issued"));
        await audit.RecordAsync(connection, transaction, new AuditRecord("vouchers.application-approved", "VoucherApplication", id.ToString(),
            $"Your application to {application.ProgrammeNameEn} was approved", application.FirmOrgId));
        await transaction.CommitAsync(cancellationToken);
        await NotifyAsync(application.FirmOrgId, new VoucherNotice(VoucherNoticeKind.Approved, application.ProgrammeNameEn, application.ProgrammeNameZh, outcome.Voucher, null), cancellationToken);
        return new DecisionOutcome(id, application.FirmName, outcome.Voucher, null);
    }

    private async Task<DecisionOutcome> RejectOneAsync(Guid orgId, Guid id, string reason, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var application = await FindOpenAsync(connection, transaction, orgId, id, cancellationToken);
        if (application is null)
        {
            return new DecisionOutcome(id, "", null, NotOpen);
        }
        await MarkAsync(connection, transaction, id, ApplicationStatus.Rejected, reason, cancellationToken);
        await audit.RecordAsync(connection, transaction, new AuditRecord("vouchers.application-rejected", "VoucherApplication", id.ToString(),
            $"Application of {application.FirmName} to {application.ProgrammeNameEn} rejected: {reason}"));
        await audit.RecordAsync(connection, transaction, new AuditRecord("vouchers.application-rejected", "VoucherApplication", id.ToString(),
            $"Your application to {application.ProgrammeNameEn} was rejected: {reason}", application.FirmOrgId));
        await transaction.CommitAsync(cancellationToken);
        await NotifyAsync(application.FirmOrgId, new VoucherNotice(VoucherNoticeKind.Rejected, application.ProgrammeNameEn, application.ProgrammeNameZh, null, reason), cancellationToken);
        return new DecisionOutcome(id, application.FirmName, null, null);
    }

    private static readonly FieldError NotOpen = new("", "Errors.Vouchers.ApplicationNotOpen", "This application is not waiting for a decision (or does not exist).");

    internal static FieldError Describe(IssueOutcome outcome) => outcome.Refusal switch
    {
        IssueRefusal.UnknownFirm => new("", "Errors.Vouchers.UnknownFirm", "There is no firm with this id."),
        IssueRefusal.NotPublished => new("", "Errors.Vouchers.NotPublished", "Vouchers are issued only while the programme is published."),
        IssueRefusal.AlreadyHasVoucher => new("", "Errors.Vouchers.AlreadyHasVoucher", "The firm already holds an unexpired voucher from this programme."),
        IssueRefusal.BudgetExhausted => new("", "Errors.Vouchers.BudgetExhausted", "The programme's budget is fully allocated; top it up to issue more."),
        _ => new("", "Errors.Vouchers.Ineligible", $"The firm is not eligible: {string.Join(" ", outcome.Reasons.Select(r => r.Message))}"),
    };

    /// <summary>
    /// The application if it is still open, locked on PostgreSQL: two officers deciding it at once queue up, and the
    /// second finds it decided instead of issuing a second voucher.
    /// </summary>
    private async Task<OpenApplication?> FindOpenAsync(DbConnection connection, DbTransaction transaction, Guid orgId, Guid id, CancellationToken cancellationToken) =>
        await connection.QuerySingleOrDefaultAsync<OpenApplication>(new CommandDefinition(
            $$"""
            SELECT a.id, a.programme_id, a.firm_org_id, o.name AS firm_name, r.name_en AS programme_name_en, r.name_zh AS programme_name_zh
            FROM voucher_applications a
            JOIN organisations o ON o.id = a.firm_org_id
            JOIN voucher_programmes p ON p.id = a.programme_id
            JOIN voucher_programme_revisions r ON r.programme_id = p.id AND r.revision = p.current_revision
            WHERE a.id = @id AND p.org_id = @orgId AND a.status = 'Open'
            {{(db.Dialect.ForUpdate.Length == 0 ? "" : "FOR UPDATE OF a")}}
            """, new { id, orgId }, transaction, cancellationToken: cancellationToken));

    private Task MarkAsync(DbConnection connection, DbTransaction transaction, Guid id, ApplicationStatus status, string? reason, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            "UPDATE voucher_applications SET status = @status, decided_at = @now, decided_by = @userId, decision_reason = @reason WHERE id = @id AND status = 'Open'",
            new { id, status = status.ToString(), now = clock.GetUtcNow(), userId = actor.UserId, reason }, transaction, cancellationToken: cancellationToken));

    /// <summary>Emails the firm's people after the decision committed; a mail fault must not undo it.</summary>
    internal async Task NotifyAsync(Guid firmOrgId, VoucherNotice notice, CancellationToken cancellationToken)
    {
        var recipients = await db.QueryListAsync<string>(
            "SELECT u.email FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.org_id = @firmOrgId AND u.email IS NOT NULL ORDER BY u.email",
            new { firmOrgId }, cancellationToken);
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
            throw new UnauthorizedAccessException("Only government officers decide voucher applications.");
        }
        return orgId;
    }

    private sealed class OpenApplication
    {
        public Guid Id { get; init; }
        public Guid ProgrammeId { get; init; }
        public Guid FirmOrgId { get; init; }
        public string FirmName { get; init; } = "";
        public string ProgrammeNameEn { get; init; } = "";
        public string ProgrammeNameZh { get; init; } = "";
    }

    private sealed class QueueRow
    {
        public Guid Id { get; init; }
        public Guid ProgrammeId { get; init; }
        public Guid FirmOrgId { get; init; }
        public string FirmName { get; init; } = "";
        public string? FirmRegion { get; init; }
        public string? FirmIndustryCode { get; init; }
        public string? FirmHeadcountBand { get; init; }
        public string Status { get; init; } = "";
        public string Note { get; init; } = "";
        public DateTimeOffset AppliedAt { get; init; }
        public DateTimeOffset? DecidedAt { get; init; }
        public string? DecisionReason { get; init; }
        public string ProgrammeNameEn { get; init; } = "";
        public string ProgrammeNameZh { get; init; } = "";
        public string? VoucherCode { get; init; }
    }
}
