using Microsoft.Extensions.Options;
using SmeOnboard.Core.Common;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Audit;
using SmeOnboard.Core.Features.Marketplace;
using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Core.Features.Vouchers;
using SmeOnboard.Core.Features.Vouchers.Ledger;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tenancy;

namespace SmeOnboard.Core.Features.Checkout;

/// <summary>
/// The current firm buying a paid app: a quote (price, voucher share, remainder), then an order whose voucher share is
/// held in the same database transaction, under the programme's and voucher's locks, so budget, cap and balance never
/// go below zero however many firms buy at once. The remainder is a card payment at the provider; a fully covered order
/// is paid and installed at once.
/// </summary>
public sealed class CheckoutStore(
    IDbConnectionFactory db, ICurrentActor actor, IPaymentGateway payments, OrderSettlement settlement,
    LedgerWriter ledger, AuditLog audit, IOptions<CheckoutOptions> options, TimeProvider clock)
{
    public async Task<Result<CheckoutQuote>> QuoteAsync(string appId, string? voucherCode, CancellationToken cancellationToken = default)
    {
        var firmOrgId = RequireFirmAdmin();
        await using var connection = await db.OpenAsync(cancellationToken);
        var purchase = await PurchaseRead.ReadAsync(connection, appId, firmOrgId, voucherCode, clock.GetUtcNow(), cancellationToken);
        if (ForSale(purchase) is not { } app)
        {
            return NotForSale;
        }
        var split = purchase.Split();
        if (!split.Succeeded)
        {
            return Result<CheckoutQuote>.Failure(split.Errors);
        }
        return new CheckoutQuote
        {
            App = app, Split = split.Value.Quote, VoucherCode = string.IsNullOrWhiteSpace(voucherCode) ? null : voucherCode.Trim().ToUpperInvariant(),
            Scopes = app.ReadManifest().DataScopes.Select(s => s.Scope).ToList(), Sandbox = payments.IsSandbox,
        };
    }

    /// <summary>
    /// Places the order: holds the voucher's share and, when a remainder is left, creates its card payment (one
    /// idempotency key per order). The firm must consent to every data scope the app asks for.
    /// </summary>
    public async Task<Result<CheckoutOrder>> PlaceOrderAsync(string appId, string? voucherCode, IReadOnlyCollection<string> consentedScopes,
        CancellationToken cancellationToken = default)
    {
        var firmOrgId = RequireFirmAdmin();
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var placed = await TryPlaceAsync(appId, firmOrgId, voucherCode, consentedScopes, cancellationToken);
            if (placed is null)
            {
                continue;
            }
            if (!placed.Succeeded)
            {
                return Result<CheckoutOrder>.Failure(placed.Errors);
            }
            // A fully covered order is complete as written; the rest goes on to its card payment.
            var (order, renews) = placed.Value;
            return order.RemainderMinor > 0 ? await StartPaymentAsync(order, renews, cancellationToken) : order;
        }
        return new FieldError("", "Errors.Checkout.Busy", "Many orders are being paid from this voucher's programme at this moment; nothing was charged. Try again.");
    }

    /// <summary>How often an order is quoted afresh when other checkouts changed its voucher's balances between its quote and its hold.</summary>
    private const int Attempts = 20;

    private static readonly FieldError NotForSale = new("", "Errors.Checkout.NotForSale", "There is no such paid app in the catalogue.");

    private static CatalogueApp? ForSale(PurchaseRead purchase) => purchase.App is { IsListed: true, IsFree: false } app ? app : null;

    /// <summary>
    /// Reads and splits the order as a quote does, in one round trip and without locks, then writes the order, its hold
    /// and, when the voucher covers it all, its payment and install, in one batch that first checks the balances again
    /// under the programme's and voucher's locks (<see cref="VoucherHoldGuard"/>). Null when they no longer allow the
    /// share: nothing was written, and the caller quotes again. With the order comes whether the app renews (a card
    /// payment then saves the card).
    /// </summary>
    private async Task<Result<(CheckoutOrder Order, bool Renews)>?> TryPlaceAsync(string appId, Guid firmOrgId, string? voucherCode,
        IReadOnlyCollection<string> consentedScopes, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var purchase = await PurchaseRead.ReadAsync(connection, appId, firmOrgId, voucherCode, now, cancellationToken);
        if (ForSale(purchase) is not { } app)
        {
            return NotForSale;
        }
        var requested = app.ReadManifest().DataScopes.Select(s => s.Scope).ToList();
        var missing = requested.Except(consentedScopes).ToList();
        if (missing.Count > 0)
        {
            return new FieldError("scopes", "Errors.MarketplaceConsentMissing", $"Consent to every data scope to install: {string.Join(", ", missing)} not given.");
        }
        if (purchase.Firm.Refusal is { } refusal)
        {
            return refusal;
        }
        var split = purchase.Split();
        if (!split.Succeeded)
        {
            return Result<(CheckoutOrder, bool)>.Failure(split.Errors);
        }
        var (quote, inputs) = split.Value;
        if (!quote.IsFullyCovered && string.IsNullOrEmpty(purchase.Firm.Payout))
        {
            return new FieldError("", "Errors.Checkout.VendorCannotBePaid", "The vendor of this app cannot take card payments yet.");
        }
        var voucher = quote.ShareMinor > 0 ? inputs?.Voucher : null;
        // A fully covered order is paid as it is placed: inserted as paid.
        var paidNow = quote.IsFullyCovered;
        var order = new CheckoutOrder
        {
            Id = Guid.CreateVersion7(), FirmOrgId = firmOrgId, AppId = app.Id, AppVersion = app.CurrentVersion, VendorOrgId = app.VendorOrgId,
            VoucherId = voucher?.Id, ProgrammeId = voucher?.ProgrammeId, PriceMinor = quote.PriceMinor, ShareMinor = quote.ShareMinor,
            RemainderMinor = quote.RemainderMinor, FeeMinor = Math.Min(options.Value.FeeFor(quote.PriceMinor), quote.RemainderMinor),
            Currency = app.Currency, Status = paidNow ? OrderStatuses.Paid : OrderStatuses.AwaitingPayment, ConsentedScopes = string.Join(' ', requested),
            PayoutAccountId = purchase.Firm.Payout, Sandbox = payments.IsSandbox, CreatedAt = now, SettledAt = paidNow ? now : null,
            ExpiresAt = now.AddMinutes(options.Value.HoldMinutes), AppNameEn = app.NameEn, AppNameZh = app.NameZh, FirmName = purchase.Firm.Name,
        };
        var batch = new SqlBatch();
        if (voucher is not null)
        {
            VoucherHoldGuard.Add(batch, db.Dialect, order, inputs!.Rules);
        }
        AddInsert(batch, order);
        audit.Add(batch, new AuditRecord("checkout.order-placed", "CheckoutOrder", order.Id.ToString(),
            $"Order for {app.NameEn}: price {Money.Format(order.PriceMinor, order.Currency)}, voucher {Money.Format(order.ShareMinor, order.Currency)}, card {Money.Format(order.RemainderMinor, order.Currency)}"));
        IReadOnlyList<LedgerPosting> hold = voucher is null ? [] : [CheckoutPostings.Hold(order, actor.UserId)];
        if (paidNow)
        {
            // The guard refuses the batch if the app was installed meanwhile; the hold is written with the paid posting.
            settlement.AddPaid(batch, order, actor.UserId, now, alreadyInstalled: false, hold);
        }
        else
        {
            ledger.Add(batch, hold);
        }
        return await batch.ExecuteGuardedAsync(connection, cancellationToken)
            ? Result<(CheckoutOrder, bool)>.Success((order, Renewals.SubscriptionPeriods.Renews(app.PricingModel)))
            : null;
    }

    /// <summary>One of the current firm's orders; another firm's is not found.</summary>
    public async Task<CheckoutOrder?> FindForCurrentAsync(Guid orderId, CancellationToken cancellationToken = default)
    {
        var firmOrgId = actor.RequireOrganisationId();
        var order = await settlement.FindAsync(orderId, cancellationToken);
        return order?.FirmOrgId == firmOrgId ? order : null;
    }

    private async Task<Result<CheckoutOrder>> StartPaymentAsync(CheckoutOrder order, bool saveCard, CancellationToken cancellationToken)
    {
        PaymentStart start;
        try
        {
            start = await payments.CreatePaymentAsync(new PaymentRequest
            {
                OrderId = order.Id, AmountMinor = order.RemainderMinor, Currency = order.Currency, ApplicationFeeMinor = order.FeeMinor,
                DestinationAccountId = order.PayoutAccountId!, IdempotencyKey = $"order-{order.Id:N}-attempt-1", Description = $"{order.AppNameEn} ({order.AppId})",
                SaveCardForRenewals = saveCard,
            }, cancellationToken);
        }
        catch (Exception exception) when (exception is Stripe.StripeException or HttpRequestException or TaskCanceledException)
        {
            await settlement.ReleaseAsync(order.Id, "the payment could not be started", cancellationToken);
            return new FieldError("", "Errors.Checkout.PaymentUnavailable", "The payment could not be started; nothing was charged and the voucher share was released. Try again later.");
        }
        await db.ExecuteAsync("UPDATE checkout_orders SET payment_intent_id = @PaymentIntentId WHERE id = @Id",
            new { start.PaymentIntentId, order.Id }, cancellationToken);
        return (await settlement.FindAsync(order.Id, cancellationToken))!;
    }

    private void AddInsert(SqlBatch batch, CheckoutOrder order) =>
        batch.Add(
            """
            INSERT INTO checkout_orders (id, firm_org_id, app_id, app_version, vendor_org_id, voucher_id, programme_id, price_minor, share_minor,
                remainder_minor, fee_minor, currency, status, consented_scopes, payment_intent_id, payout_account_id, sandbox, created_at, created_by, expires_at, settled_at)
            VALUES (@Id, @FirmOrgId, @AppId, @AppVersion, @VendorOrgId, @VoucherId, @ProgrammeId, @PriceMinor, @ShareMinor,
                @RemainderMinor, @FeeMinor, @Currency, @Status, @ConsentedScopes, NULL, @PayoutAccountId, @Sandbox, @CreatedAt, @userId, @ExpiresAt, @SettledAt)
            """,
            new
            {
                order.Id, order.FirmOrgId, order.AppId, order.AppVersion, order.VendorOrgId, order.VoucherId, order.ProgrammeId, order.PriceMinor, order.ShareMinor,
                order.RemainderMinor, order.FeeMinor, order.Currency, order.Status, order.ConsentedScopes, order.PayoutAccountId, order.Sandbox, order.CreatedAt,
                userId = actor.UserId, order.ExpiresAt, order.SettledAt,
            });

    private Guid RequireFirmAdmin()
    {
        var orgId = actor.RequireOrganisationId();
        if (actor.OrganisationKind != OrganisationKind.Firm || !actor.IsInRole(Roles.FirmAdmin))
        {
            throw new UnauthorizedAccessException("Only a firm's administrator buys apps.");
        }
        return orgId;
    }
}
