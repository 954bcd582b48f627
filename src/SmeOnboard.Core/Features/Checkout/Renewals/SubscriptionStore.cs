using Dapper;
using SmeOnboard.Core.Common;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Audit;
using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tenancy;

namespace SmeOnboard.Core.Features.Checkout.Renewals;

/// <summary>The current firm's subscriptions: what renews when, what failed, and cancelling so nothing renews again.</summary>
public sealed class SubscriptionStore(IDbConnectionFactory db, ICurrentActor actor, AuditLog audit, TimeProvider clock)
{
    public async Task<IReadOnlyList<Subscription>> ListForCurrentAsync(CancellationToken cancellationToken = default) =>
        await db.QueryListAsync<Subscription>(
            $"SELECT {Subscription.Columns} {Subscription.From} WHERE s.firm_org_id = @firmOrgId ORDER BY s.created_at DESC",
            new { firmOrgId = actor.RequireOrganisationId() }, cancellationToken);

    /// <summary>Cancels one of the current firm's subscriptions; another firm's, or one already cancelled, is not found.</summary>
    public async Task<Result<Subscription>> CancelAsync(Guid subscriptionId, CancellationToken cancellationToken = default)
    {
        var firmOrgId = actor.RequireOrganisationId();
        if (actor.OrganisationKind != OrganisationKind.Firm || !actor.IsInRole(Roles.FirmAdmin))
        {
            throw new UnauthorizedAccessException("Only a firm's administrator cancels subscriptions.");
        }
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE checkout_subscriptions SET status = 'Cancelled', cancelled_at = @now, cancelled_by = @userId
            WHERE id = @subscriptionId AND firm_org_id = @firmOrgId AND status IN ('Active', 'PastDue')
            """, new { subscriptionId, firmOrgId, now = clock.GetUtcNow(), userId = actor.UserId }, transaction, cancellationToken: cancellationToken));
        if (changed == 0)
        {
            return new FieldError("", "Errors.Subscriptions.NotFound", "There is no such subscription to cancel.");
        }
        var subscription = await connection.QuerySingleAsync<Subscription>(new CommandDefinition(
            $"SELECT {Subscription.Columns} {Subscription.From} WHERE s.id = @subscriptionId", new { subscriptionId }, transaction, cancellationToken: cancellationToken));
        await audit.RecordAsync(connection, transaction, new AuditRecord("checkout.subscription-cancelled", "Subscription", subscriptionId.ToString(),
            $"Subscription to {subscription.AppNameEn} cancelled; it will not renew", firmOrgId));
        await transaction.CommitAsync(cancellationToken);
        return subscription;
    }
}
