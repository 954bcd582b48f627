using System.Data.Common;
using Dapper;
using SmeOnboard.Core.Common;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Audit;
using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Core.Features.Vendors;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tenancy;

namespace SmeOnboard.Core.Features.Marketplace.Submissions;

/// <summary>
/// The vendor side of submissions: submit a new app or version, resubmit after changes were requested, read one's own.
/// The vendor organisation comes from the current actor only; another vendor's submission is reported as not found.
/// </summary>
public sealed partial class SubmissionStore(
    IDbConnectionFactory db, ICurrentActor actor, CatalogueStore catalogue, AuditLog audit, ISubmissionNotifier notifier, TimeProvider clock)
{
    /// <summary>
    /// Stores the manifest as a draft of its app and version (or replaces the manifest of <paramref name="resubmitId"/>),
    /// stores every check result, and submits it when all checks pass. A draft with failing checks is kept and returned
    /// with <see cref="SubmissionErrors.ChecksFailed"/> so the vendor sees each problem.
    /// </summary>
    public async Task<Result<SubmissionDetails>> SubmitForCurrentAsync(string json, Guid? resubmitId = null, CancellationToken cancellationToken = default)
    {
        if (!IsVendor)
        {
            return SubmissionErrors.VendorOnly;
        }
        var vendorId = actor.RequireOrganisationId();
        await using (var check = await db.OpenAsync(cancellationToken))
        {
            var missing = await VendorOnboardingStore.MissingStepsAsync(check, null, vendorId, cancellationToken);
            if (missing.Count > 0)
            {
                return VendorOnboardingErrors.Incomplete(missing);
            }
        }
        var validation = ManifestValidator.ValidateText("submission", json);
        if (validation.Manifest is not { } manifest || manifest.Id.Length == 0 || manifest.Version.Length == 0)
        {
            // Without an id and version there is nothing to file the checks under; the problems go back to the form.
            return Result<SubmissionDetails>.Failure([SubmissionErrors.Unreadable, .. validation.Problems.Select(p => new FieldError(p.Path, "Errors.SubmissionProblem", p.Reason))]);
        }

        // Read before the transaction opens: the catalogue uses its own connection, and SQLite has one writer at a time.
        var published = await catalogue.FindAsync(manifest.Id, cancellationToken);
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var owner = await connection.QuerySingleOrDefaultAsync<Guid?>(new CommandDefinition(
            """
            SELECT vendor_org_id FROM marketplace_apps WHERE id = @Id
            UNION SELECT vendor_org_id FROM marketplace_submissions WHERE app_id = @Id
            LIMIT 1
            """, new { manifest.Id }, transaction, cancellationToken: cancellationToken));
        if (owner is { } ownerId && ownerId != vendorId)
        {
            return SubmissionErrors.NotYourApp;
        }
        // Without an id, the app's own draft or version sent back is the one being corrected, rather than a second row.
        var existing = resubmitId is null ? await FindEditableAsync(connection, transaction, manifest.Id, vendorId, cancellationToken) : null;
        if (resubmitId is { } id)
        {
            existing = await FindRowAsync(connection, transaction, id, vendorId, cancellationToken);
            if (existing is null)
            {
                return SubmissionErrors.NotFound;
            }
            if (!SubmissionLifecycle.VendorMayEdit(existing.State))
            {
                return SubmissionErrors.IllegalMove(existing.State, SubmissionState.Submitted);
            }
            if (existing.AppId != manifest.Id)
            {
                return SubmissionErrors.OtherApp;
            }
        }
        if (await VersionTakenAsync(connection, transaction, manifest.Id, manifest.Version, existing?.Id, cancellationToken))
        {
            return SubmissionErrors.VersionTaken;
        }

        var vendorName = await connection.QuerySingleAsync<string>(new CommandDefinition(
            "SELECT name FROM organisations WHERE id = @vendorId", new { vendorId }, transaction, cancellationToken: cancellationToken));
        var now = clock.GetUtcNow();
        var checks = SubmissionChecks.Run(validation, published?.CurrentVersion, vendorName, now);
        var diff = ManifestDiff.Between(published?.ReadManifest(), manifest);
        var row = new Submission
        {
            Id = existing?.Id ?? Guid.CreateVersion7(), VendorOrgId = vendorId, AppId = manifest.Id, Version = manifest.Version,
            State = existing?.State ?? SubmissionState.Draft, ReviewKind = diff.ReviewKind, PreviousVersion = published?.CurrentVersion,
            Manifest = json, Comment = existing?.Comment, CreatedAt = existing?.CreatedAt ?? now, UpdatedAt = now,
        };
        await SaveAsync(connection, transaction, row, existing is null, checks, cancellationToken);
        var passed = checks.All(c => c.Passed);
        if (existing is null)
        {
            await audit.RecordAsync(connection, transaction, new AuditRecord("marketplace.submission-drafted", "Submission", row.Id.ToString(),
                $"{row.AppId} {row.Version} drafted; checks {(passed ? "passed" : "failed")}", vendorId));
        }
        var final = passed ? await MoveAsync(connection, transaction, row, SubmissionState.Submitted, null, cancellationToken) : row;
        if (final is null)
        {
            return SubmissionErrors.Conflict;
        }
        await transaction.CommitAsync(cancellationToken);

        if (!passed)
        {
            return Result<SubmissionDetails>.Failure([SubmissionErrors.ChecksFailed, .. checks.Where(c => !c.Passed).Select(c => new FieldError(c.Path, "Errors.SubmissionProblem", c.Reason))]);
        }
        await NotifyAsync(final, manifest.Name.En, manifest.Name.ZhCn, cancellationToken);
        return new SubmissionDetails(final, checks, published?.Manifest);
    }

    /// <summary>The current vendor's submissions, newest first.</summary>
    public async Task<IReadOnlyList<Submission>> ListForCurrentAsync(CancellationToken cancellationToken = default)
    {
        if (!IsVendor)
        {
            return [];
        }
        return await db.QueryListAsync<Submission>(
            $"SELECT {Submission.Columns} FROM marketplace_submissions s WHERE s.vendor_org_id = @vendorId ORDER BY s.updated_at DESC, s.app_id",
            new { vendorId = actor.RequireOrganisationId() }, cancellationToken);
    }

    /// <summary>One of the current vendor's submissions with its checks, or null (also for another vendor's).</summary>
    public async Task<SubmissionDetails?> FindForCurrentAsync(Guid id, CancellationToken cancellationToken = default)
    {
        if (!IsVendor)
        {
            return null;
        }
        await using var connection = await db.OpenAsync(cancellationToken);
        var row = await FindRowAsync(connection, null, id, actor.RequireOrganisationId(), cancellationToken);
        return row is null ? null : await DetailsAsync(connection, row, cancellationToken);
    }

    private bool IsVendor => actor.OrganisationKind == OrganisationKind.Vendor && actor.IsInRole(Roles.VendorDeveloper);

    /// <summary>A submission row; only the given vendor's unless <paramref name="vendorId"/> is null (the platform's reviewers).</summary>
    private Task<Submission?> FindRowAsync(DbConnection connection, DbTransaction? transaction, Guid id, Guid? vendorId, CancellationToken cancellationToken) =>
        connection.QuerySingleOrDefaultAsync<Submission>(new CommandDefinition(
            $"""
            SELECT {Submission.Columns} FROM marketplace_submissions s
            WHERE s.id = @id {(vendorId is null ? "" : "AND s.vendor_org_id = @vendorId")} {(transaction is null ? "" : db.Dialect.ForUpdate)}
            """,
            new { id, vendorId = vendorId ?? Guid.Empty }, transaction, cancellationToken: cancellationToken));

    private Task<Submission?> FindEditableAsync(DbConnection connection, DbTransaction transaction, string appId, Guid vendorId, CancellationToken cancellationToken) =>
        connection.QueryFirstOrDefaultAsync<Submission>(new CommandDefinition(
            $"""
            SELECT {Submission.Columns} FROM marketplace_submissions s
            WHERE s.app_id = @appId AND s.vendor_org_id = @vendorId AND s.state IN ('Draft', 'ChangesRequested')
            ORDER BY s.updated_at DESC
            """, new { appId, vendorId }, transaction, cancellationToken: cancellationToken));

    private static Task<bool> VersionTakenAsync(DbConnection connection, DbTransaction transaction, string appId, string version, Guid? except, CancellationToken cancellationToken) =>
        connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            """
            SELECT COUNT(*) > 0 FROM marketplace_submissions
            WHERE app_id = @appId AND version = @version AND state <> 'Rejected' AND id <> @except
            """, new { appId, version, except = except ?? Guid.Empty }, transaction, cancellationToken: cancellationToken));

    private async Task SaveAsync(DbConnection connection, DbTransaction transaction, Submission row, bool isNew, IReadOnlyList<SubmissionCheck> checks, CancellationToken cancellationToken)
    {
        var parameters = new
        {
            row.Id, row.VendorOrgId, row.AppId, row.Version, State = row.State.ToString(), ReviewKind = row.ReviewKind.ToString(),
            row.PreviousVersion, row.Manifest, row.CreatedAt, row.UpdatedAt,
        };
        var sql = isNew
            ? $"""
              INSERT INTO marketplace_submissions (id, vendor_org_id, app_id, version, state, review_kind, previous_version, manifest, created_at, updated_at)
              VALUES (@Id, @VendorOrgId, @AppId, @Version, @State, @ReviewKind, @PreviousVersion, {db.Dialect.Json("Manifest")}, @CreatedAt, @UpdatedAt)
              """
            : $"""
              UPDATE marketplace_submissions SET version = @Version, review_kind = @ReviewKind, previous_version = @PreviousVersion,
                  manifest = {db.Dialect.Json("Manifest")}, updated_at = @UpdatedAt
              WHERE id = @Id
              """;
        await connection.ExecuteAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM marketplace_submission_checks WHERE submission_id = @Id", new { row.Id }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO marketplace_submission_checks (submission_id, position, check_name, passed, path, reason, checked_at)
            VALUES (@submissionId, @Position, @CheckName, @Passed, @Path, @Reason, @CheckedAt)
            """,
            checks.Select(c => new { submissionId = row.Id, c.Position, c.CheckName, c.Passed, c.Path, c.Reason, c.CheckedAt }),
            transaction, cancellationToken: cancellationToken));
    }
}
