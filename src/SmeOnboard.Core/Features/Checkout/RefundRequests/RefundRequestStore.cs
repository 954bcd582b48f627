using Dapper;
using SmeOnboard.Core.Common;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Audit;
using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Core.Features.Vouchers;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tenancy;

namespace SmeOnboard.Core.Features.Checkout.RefundRequests;

/// <summary>
/// Refunds on a vendor's request: the vendor asks for a full or partial refund of one of its paid orders, saying why;
/// a platform administrator approves, which makes the refund through <see cref="RefundStore"/> (the card part at the
/// payment provider, the voucher part back to the voucher) in the same transaction that marks the request, or declines
/// with a note. Another vendor's orders and requests are not found.
/// </summary>
public sealed class RefundRequestStore(IDbConnectionFactory db, ICurrentActor actor, RefundStore refunds, AuditLog audit, TimeProvider clock)
{
    /// <summary>The current vendor's paid orders, newest first.</summary>
    public async Task<IReadOnlyList<CheckoutOrder>> ListOrdersForCurrentAsync(CancellationToken cancellationToken = default)
    {
        var vendorOrgId = RequireVendor();
        return await db.QueryListAsync<CheckoutOrder>(
            $"SELECT {CheckoutOrder.Columns} {CheckoutOrder.From} WHERE o.vendor_org_id = @vendorOrgId AND o.status = 'Paid' ORDER BY o.created_at DESC, o.id LIMIT 500",
            new { vendorOrgId }, cancellationToken);
    }

    /// <summary>The current vendor's requests, newest first.</summary>
    public async Task<IReadOnlyList<RefundRequest>> ListForCurrentAsync(CancellationToken cancellationToken = default)
    {
        var vendorOrgId = RequireVendor();
        return await db.QueryListAsync<RefundRequest>(
            $"{RefundRequest.Select} WHERE q.vendor_org_id = @vendorOrgId ORDER BY q.requested_at DESC, q.id LIMIT 500", new { vendorOrgId }, cancellationToken);
    }

    public async Task<Result<RefundRequest>> RequestAsync(Guid orderId, long cardMinor, long voucherMinor, string reason, CancellationToken cancellationToken = default)
    {
        var vendorOrgId = RequireVendor();
        reason = reason.Trim();
        if (RefundRules.InputRefusal(cardMinor, voucherMinor, reason) is { } badInput)
        {
            return badInput;
        }
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var order = await connection.QuerySingleOrDefaultAsync<CheckoutOrder>(new CommandDefinition(
            $"SELECT {CheckoutOrder.Columns} {CheckoutOrder.From} WHERE o.id = @orderId AND o.vendor_org_id = @vendorOrgId " +
            db.Dialect.ForUpdate.Replace("FOR UPDATE", "FOR UPDATE OF o", StringComparison.Ordinal),
            new { orderId, vendorOrgId }, transaction, cancellationToken: cancellationToken));
        if (order is null)
        {
            return new FieldError("", "Errors.Checkout.OrderNotFound", "There is no such order.");
        }
        if (RefundRules.OrderRefusal(order, cardMinor, voucherMinor) is { } badOrder)
        {
            return badOrder;
        }
        var state = await connection.QuerySingleAsync<(long Open, long Claimed)>(new CommandDefinition(
            """
            SELECT (SELECT COUNT(*) FROM checkout_refund_requests WHERE order_id = @orderId AND status = 'Requested'),
                   (SELECT COUNT(*) FROM voucher_claims WHERE order_id = @orderId AND status IN ('Filed', 'Approved'))
            """, new { orderId }, transaction, cancellationToken: cancellationToken));
        if (state.Open > 0)
        {
            return new FieldError("", "Errors.RefundRequests.AlreadyOpen", "A refund request for this order is already waiting for a decision.");
        }
        if (state.Claimed > 0)
        {
            return new FieldError("", "Errors.RefundRequests.Claimed", "The firm has claimed a voucher reimbursement for this order; the programme's officer must settle that first.");
        }
        var request = new RefundRequest
        {
            Id = Guid.CreateVersion7(), OrderId = orderId, VendorOrgId = vendorOrgId, CardMinor = cardMinor, VoucherMinor = voucherMinor, Reason = reason,
            Status = RefundRequestStatus.Requested, RequestedAt = clock.GetUtcNow(), Currency = order.Currency, OrderPriceMinor = order.PriceMinor,
            AppNameEn = order.AppNameEn, AppNameZh = order.AppNameZh, FirmName = order.FirmName,
        };
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO checkout_refund_requests (id, order_id, vendor_org_id, card_minor, voucher_minor, reason, status, requested_at, requested_by)
            VALUES (@Id, @OrderId, @VendorOrgId, @CardMinor, @VoucherMinor, @Reason, 'Requested', @RequestedAt, @userId)
            """, new { request.Id, request.OrderId, request.VendorOrgId, request.CardMinor, request.VoucherMinor, request.Reason, request.RequestedAt, userId = actor.UserId },
            transaction, cancellationToken: cancellationToken));
        await audit.RecordAsync(connection, transaction, new AuditRecord("checkout.refund-requested", "CheckoutOrder", orderId.ToString(),
            $"Refund requested for {order.AppNameEn} ({order.FirmName}): {Money.Format(cardMinor, order.Currency)} to the card, {Money.Format(voucherMinor, order.Currency)} to the voucher. {reason}"));
        await transaction.CommitAsync(cancellationToken);
        return request;
    }

    /// <summary>Every request, those waiting first (oldest first), then the decided ones, newest first.</summary>
    public async Task<IReadOnlyList<RefundRequest>> ListAsync(CancellationToken cancellationToken = default)
    {
        RequirePlatformAdmin();
        return await db.QueryListAsync<RefundRequest>(
            $"{RefundRequest.Select} ORDER BY CASE WHEN q.status = 'Requested' THEN 0 ELSE 1 END, CASE WHEN q.status = 'Requested' THEN q.requested_at END, q.decided_at DESC, q.id LIMIT 500",
            null, cancellationToken);
    }

    /// <summary>Makes the requested refund and marks the request approved, both or neither.</summary>
    public async Task<Result<RefundRequest>> ApproveAsync(Guid requestId, CancellationToken cancellationToken = default)
    {
        RequirePlatformAdmin();
        var request = await FindAsync(requestId, cancellationToken);
        if (request is null)
        {
            return new FieldError("", "Errors.RefundRequests.NotFound", "There is no such refund request.");
        }
        Result<CheckoutOrder> refunded;
        try
        {
            refunded = await refunds.RefundAsync(request.OrderId, request.CardMinor, request.VoucherMinor, request.Reason, async (connection, transaction, refundId) =>
            {
                var changed = await connection.ExecuteAsync(new CommandDefinition(
                    """
                    UPDATE checkout_refund_requests SET status = 'Approved', decided_at = @now, decided_by = @userId, refund_id = @refundId
                    WHERE id = @requestId AND status = 'Requested'
                    """, new { now = clock.GetUtcNow(), userId = actor.UserId, refundId, requestId }, transaction, cancellationToken: cancellationToken));
                if (changed == 0)
                {
                    return new FieldError("", "Errors.RefundRequests.AlreadyDecided", "This refund request has already been decided.");
                }
                await audit.RecordAsync(connection, transaction, new AuditRecord("checkout.refund-request-approved", "CheckoutOrder", request.OrderId.ToString(),
                    $"Refund request for {request.AppNameEn} ({request.FirmName}) approved", request.VendorOrgId));
                return null;
            }, cancellationToken);
        }
        catch (Exception exception) when (exception is Stripe.StripeException or HttpRequestException or TaskCanceledException)
        {
            return new FieldError("", "Errors.RefundRequests.ProviderFailed", "The payment provider did not make the refund; nothing was changed. Try again later.");
        }
        return refunded.Succeeded ? (await FindAsync(requestId, cancellationToken))! : Result<RefundRequest>.Failure(refunded.Errors);
    }

    public async Task<Result<RefundRequest>> DeclineAsync(Guid requestId, string note, CancellationToken cancellationToken = default)
    {
        RequirePlatformAdmin();
        note = note.Trim();
        if (note.Length == 0 || note.Length > RefundStore.MaxReasonLength)
        {
            return new FieldError("Note", "Errors.RefundRequests.NoteRequired", $"Tell the vendor why in 1 to {RefundStore.MaxReasonLength} characters.");
        }
        var request = await FindAsync(requestId, cancellationToken);
        if (request is null)
        {
            return new FieldError("", "Errors.RefundRequests.NotFound", "There is no such refund request.");
        }
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE checkout_refund_requests SET status = 'Declined', decided_at = @now, decided_by = @userId, decision_note = @note
            WHERE id = @requestId AND status = 'Requested'
            """, new { now = clock.GetUtcNow(), userId = actor.UserId, note, requestId }, transaction, cancellationToken: cancellationToken));
        if (changed == 0)
        {
            return new FieldError("", "Errors.RefundRequests.AlreadyDecided", "This refund request has already been decided.");
        }
        var summary = $"Refund request for {request.AppNameEn} ({request.FirmName}) declined: {note}";
        await audit.RecordAsync(connection, transaction, new AuditRecord("checkout.refund-request-declined", "CheckoutOrder", request.OrderId.ToString(), summary));
        await audit.RecordAsync(connection, transaction, new AuditRecord("checkout.refund-request-declined", "CheckoutOrder", request.OrderId.ToString(), summary, request.VendorOrgId));
        await transaction.CommitAsync(cancellationToken);
        return (await FindAsync(requestId, cancellationToken))!;
    }

    private Task<RefundRequest?> FindAsync(Guid requestId, CancellationToken cancellationToken) =>
        db.QuerySingleOrDefaultAsync<RefundRequest>($"{RefundRequest.Select} WHERE q.id = @requestId", new { requestId }, cancellationToken);

    private Guid RequireVendor()
    {
        var orgId = actor.RequireOrganisationId();
        if (actor.OrganisationKind != OrganisationKind.Vendor || !actor.IsInRole(Roles.VendorDeveloper))
        {
            throw new UnauthorizedAccessException("Only vendors request refunds of their orders.");
        }
        return orgId;
    }

    private void RequirePlatformAdmin()
    {
        if (!actor.IsInRole(Roles.PlatformAdmin))
        {
            throw new UnauthorizedAccessException("Only platform administrators decide refund requests.");
        }
    }
}
