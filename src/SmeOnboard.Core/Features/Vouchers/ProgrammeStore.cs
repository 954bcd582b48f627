using System.Data.Common;
using Dapper;
using SmeOnboard.Core.Common;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Audit;
using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Core.Features.Vouchers.Ledger;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tenancy;

namespace SmeOnboard.Core.Features.Vouchers;

/// <summary>
/// A government agency's voucher programmes: create, edit (in place while a draft, as a new revision once published),
/// publish, pause, close and top up. Only the officer's own agency's programmes exist for it; others are not found.
/// </summary>
public sealed partial class ProgrammeStore(IDbConnectionFactory db, ICurrentActor actor, AuditLog audit, LedgerWriter ledger, TimeProvider clock)
{
    public static readonly FieldError NotFound = new("", "Errors.Programme.NotFound", "There is no such programme.");

    public async Task<Result<VoucherProgramme>> CreateAsync(ProgrammeDraft draft, CancellationToken cancellationToken = default)
    {
        var orgId = RequireOfficer();
        await using var connection = await db.OpenAsync(cancellationToken);
        var errors = await ValidateAsync(connection, draft, checkBudget: true, cancellationToken);
        if (errors.Count > 0)
        {
            return Result<VoucherProgramme>.Failure(errors);
        }
        var id = Guid.CreateVersion7();
        var now = clock.GetUtcNow();
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO voucher_programmes (id, org_id, status, currency, current_revision, created_at, created_by, version)
            VALUES (@id, @orgId, 'Draft', @Currency, 1, @now, @userId, 1)
            """, new { id, orgId, draft.Currency, now, userId = actor.UserId }, transaction, cancellationToken: cancellationToken));
        await InsertRevisionAsync(connection, transaction, id, 1, draft, now, cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO voucher_budget_entries (id, programme_id, kind, amount_minor, currency, note, created_at, created_by)
            VALUES (@entryId, @id, 'Initial', @BudgetMinor, @Currency, NULL, @now, @userId)
            """, new { entryId = Guid.CreateVersion7(), id, draft.BudgetMinor, draft.Currency, now, userId = actor.UserId },
            transaction, cancellationToken: cancellationToken));
        await ledger.FundProgrammeAsync(connection, transaction, id, draft.BudgetMinor, draft.Currency, "Initial budget", actor.UserId, cancellationToken);
        await audit.RecordAsync(connection, transaction, new AuditRecord("vouchers.programme-created", "VoucherProgramme", id.ToString(),
            $"Programme {draft.NameEn.Trim()} drafted with a budget of {Money.Format(draft.BudgetMinor, draft.Currency)}"));
        await transaction.CommitAsync(cancellationToken);
        return (await FindAsync(id, cancellationToken))!;
    }

    /// <summary>
    /// Saves new texts and rules if nobody changed the programme since <paramref name="expectedVersion"/>. A draft is
    /// changed in place (its budget too); a published or paused one gets a new revision that only later vouchers follow.
    /// </summary>
    public async Task<Result<VoucherProgramme>> UpdateAsync(Guid id, ProgrammeDraft draft, int expectedVersion, CancellationToken cancellationToken = default)
    {
        var orgId = RequireOfficer();
        await using var connection = await db.OpenAsync(cancellationToken);
        var current = await FindAsync(connection, null, id, orgId, cancellationToken);
        if (current is null)
        {
            return NotFound;
        }
        if (current.Status == ProgrammeStatus.Closed)
        {
            return new FieldError("", "Errors.Programme.Closed", "A closed programme can no longer be changed.");
        }
        var isDraft = current.Status == ProgrammeStatus.Draft;
        draft = new ProgrammeDraft
        {
            NameEn = draft.NameEn, NameZh = draft.NameZh, DescriptionEn = draft.DescriptionEn, DescriptionZh = draft.DescriptionZh,
            OpensAt = draft.OpensAt, ClosesAt = draft.ClosesAt, Rules = draft.Rules, Currency = current.Currency,
            BudgetMinor = isDraft ? draft.BudgetMinor : current.BudgetMinor,
        };
        var errors = await ValidateAsync(connection, draft, checkBudget: isDraft, cancellationToken);
        if (errors.Count > 0)
        {
            return Result<VoucherProgramme>.Failure(errors);
        }
        var now = clock.GetUtcNow();
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var revision = isDraft ? current.CurrentRevision : current.CurrentRevision + 1;
        var changed = await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE voucher_programmes SET current_revision = @revision, version = version + 1
            WHERE id = @id AND org_id = @orgId AND version = @expectedVersion AND status = @status
            """, new { id, orgId, expectedVersion, revision, status = current.Status.ToString() }, transaction, cancellationToken: cancellationToken));
        if (changed == 0)
        {
            return new FieldError("", "Errors.ConcurrentEdit", "Someone else changed this programme meanwhile. Reload to see their changes.");
        }
        if (isDraft)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM voucher_programme_revisions WHERE programme_id = @id AND revision = @revision",
                new { id, revision }, transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE voucher_budget_entries SET amount_minor = @BudgetMinor WHERE programme_id = @id AND kind = 'Initial'",
                new { id, draft.BudgetMinor }, transaction, cancellationToken: cancellationToken));
            if (draft.BudgetMinor != current.BudgetMinor)
            {
                await ledger.FundProgrammeAsync(connection, transaction, id, draft.BudgetMinor - current.BudgetMinor, current.Currency,
                    "Draft budget changed", actor.UserId, cancellationToken);
            }
        }
        await InsertRevisionAsync(connection, transaction, id, revision, draft, now, cancellationToken);
        await audit.RecordAsync(connection, transaction, new AuditRecord("vouchers.programme-updated", "VoucherProgramme", id.ToString(),
            isDraft ? $"Draft programme {draft.NameEn.Trim()} edited" : $"Programme {draft.NameEn.Trim()} revised: revision {revision} applies to vouchers issued from now on"));
        await transaction.CommitAsync(cancellationToken);
        return (await FindAsync(id, cancellationToken))!;
    }

    /// <summary>Moves the programme along its lifecycle; a move the lifecycle does not allow is refused with the reason.</summary>
    public async Task<Result<VoucherProgramme>> ChangeStatusAsync(Guid id, ProgrammeStatus target, CancellationToken cancellationToken = default)
    {
        var orgId = RequireOfficer();
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var current = await FindAsync(connection, transaction, id, orgId, cancellationToken);
        if (current is null)
        {
            return NotFound;
        }
        if (!ProgrammeTransitions.IsAllowed(current.Status, target))
        {
            return new FieldError("", "Errors.Programme.IllegalTransition", $"A {current.Status.ToString().ToLowerInvariant()} programme cannot be {Verb(target)}.");
        }
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE voucher_programmes SET status = @target, version = version + 1 WHERE id = @id AND status = @from",
            new { id, target = target.ToString(), from = current.Status.ToString() }, transaction, cancellationToken: cancellationToken));
        await audit.RecordAsync(connection, transaction, new AuditRecord($"vouchers.programme-{Verb(target)}", "VoucherProgramme", id.ToString(),
            $"Programme {current.NameEn} {Verb(target)} (was {current.Status.ToString().ToLowerInvariant()})"));
        await transaction.CommitAsync(cancellationToken);
        return (await FindAsync(id, cancellationToken))!;
    }

    /// <summary>Adds to the budget as a row of its own (who, when, how much); closed programmes take no more money.</summary>
    public async Task<Result<VoucherProgramme>> TopUpAsync(Guid id, long amountMinor, string? note, CancellationToken cancellationToken = default)
    {
        var orgId = RequireOfficer();
        if (amountMinor <= 0)
        {
            return new FieldError("TopUp", "Errors.Programme.TopUpPositive", "A top-up must be more than zero.");
        }
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var current = await FindAsync(connection, transaction, id, orgId, cancellationToken);
        if (current is null)
        {
            return NotFound;
        }
        if (current.Status == ProgrammeStatus.Closed)
        {
            return new FieldError("TopUp", "Errors.Programme.Closed", "A closed programme can no longer be changed.");
        }
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO voucher_budget_entries (id, programme_id, kind, amount_minor, currency, note, created_at, created_by)
            VALUES (@entryId, @id, 'TopUp', @amountMinor, @Currency, @note, @now, @userId)
            """, new { entryId = Guid.CreateVersion7(), id, amountMinor, current.Currency, note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(), now = clock.GetUtcNow(), userId = actor.UserId },
            transaction, cancellationToken: cancellationToken));
        await ledger.FundProgrammeAsync(connection, transaction, id, amountMinor, current.Currency, "Budget top-up", actor.UserId, cancellationToken);
        await audit.RecordAsync(connection, transaction, new AuditRecord("vouchers.budget-topped-up", "VoucherProgramme", id.ToString(),
            $"Budget of {current.NameEn} topped up by {Money.Format(amountMinor, current.Currency)} to {Money.Format(current.BudgetMinor + amountMinor, current.Currency)}"));
        await transaction.CommitAsync(cancellationToken);
        return (await FindAsync(id, cancellationToken))!;
    }

    private static string Verb(ProgrammeStatus target) => target switch
    {
        ProgrammeStatus.Published => "published",
        ProgrammeStatus.Paused => "paused",
        ProgrammeStatus.Closed => "closed",
        _ => "returned to draft",
    };

    /// <summary>The acting agency; only its officers manage programmes.</summary>
    private Guid RequireOfficer()
    {
        var orgId = actor.RequireOrganisationId();
        if (actor.OrganisationKind != OrganisationKind.Government || !actor.IsInRole(Roles.GovOfficer))
        {
            throw new UnauthorizedAccessException("Only government officers manage voucher programmes.");
        }
        return orgId;
    }

    private static async Task<IReadOnlyList<FieldError>> ValidateAsync(DbConnection connection, ProgrammeDraft draft, bool checkBudget, CancellationToken cancellationToken)
    {
        var errors = ProgrammeValidation.Validate(draft, checkBudget).ToList();
        if (draft.Rules.ApprovedAppIds.Count > 0)
        {
            var known = (await connection.QueryAsync<string>(new CommandDefinition(
                "SELECT id FROM marketplace_apps", cancellationToken: cancellationToken))).ToHashSet();
            var unknown = draft.Rules.ApprovedAppIds.Where(app => !known.Contains(app)).ToList();
            if (unknown.Count > 0)
            {
                errors.Add(new FieldError("ApprovedApps", "Errors.Programme.UnknownApp", $"Not in the marketplace catalogue: {string.Join(", ", unknown)}."));
            }
        }
        return errors;
    }

    private Task InsertRevisionAsync(DbConnection connection, DbTransaction transaction, Guid id, int revision, ProgrammeDraft draft, DateTimeOffset now, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO voucher_programme_revisions
                (programme_id, revision, name_en, name_zh, description_en, description_zh, opens_at, closes_at, rules, created_at, created_by)
            VALUES (@id, @revision, @NameEn, @NameZh, @DescriptionEn, @DescriptionZh, @OpensAt, @ClosesAt, {db.Dialect.Json("rules")}, @now, @userId)
            """,
            new
            {
                id, revision, NameEn = draft.NameEn.Trim(), NameZh = draft.NameZh.Trim(), DescriptionEn = draft.DescriptionEn.Trim(),
                DescriptionZh = draft.DescriptionZh.Trim(), OpensAt = draft.OpensAt.ToUniversalTime(), ClosesAt = draft.ClosesAt.ToUniversalTime(),
                rules = ProgrammeRulesJson.Write(draft.Rules), now, userId = actor.UserId,
            },
            transaction, cancellationToken: cancellationToken));
}
