using System.Data.Common;
using Dapper;
using Microsoft.Extensions.Options;
using SmeOnboard.Core.Common;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Audit;
using SmeOnboard.Core.Features.Marketplace;
using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Core.Features.Vouchers;
using SmeOnboard.Core.Features.Vouchers.Integrity;
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
    IDbConnectionFactory db, ICurrentActor actor, CatalogueStore catalogue, IPaymentGateway payments, OrderSettlement settlement,
    LedgerWriter ledger, AuditLog audit, IOptions<CheckoutOptions> options, TimeProvider clock)
{
    public async Task<Result<CheckoutQuote>> QuoteAsync(string appId, string? voucherCode, CancellationToken cancellationToken = default)
    {
        var firmOrgId = RequireFirmAdmin();
        var app = await catalogue.FindAsync(appId, cancellationToken);
        if (app is not { IsListed: true } || app.IsFree)
        {
            return new FieldError("", "Errors.Checkout.NotForSale", "There is no such paid app in the catalogue.");
        }
        await using var connection = await db.OpenAsync(cancellationToken);
        var split = await SplitAsync(connection, app, firmOrgId, voucherCode, cancellationToken);
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
        var app = await catalogue.FindAsync(appId, cancellationToken);
        if (app is not { IsListed: true } || app.IsFree)
        {
            return new FieldError("", "Errors.Checkout.NotForSale", "There is no such paid app in the catalogue.");
        }
        var requested = app.ReadManifest().DataScopes.Select(s => s.Scope).ToList();
        var missing = requested.Except(consentedScopes).ToList();
        if (missing.Count > 0)
        {
            return new FieldError("scopes", "Errors.MarketplaceConsentMissing", $"Consent to every data scope to install: {string.Join(", ", missing)} not given.");
        }
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var placed = await TryPlaceAsync(app, firmOrgId, voucherCode, requested, cancellationToken);
            if (placed is null)
            {
                continue;
            }
            if (!placed.Succeeded || placed.Value.RemainderMinor > 0)
            {
                return placed.Succeeded ? await StartPaymentAsync(placed.Value, Renewals.SubscriptionPeriods.Renews(app.PricingModel), cancellationToken) : placed;
            }
            return await settlement.FindAsync(placed.Value.Id, cancellationToken) ?? placed;
        }
        return new FieldError("", "Errors.Checkout.Busy", "Many orders are being paid from this voucher's programme at this moment; nothing was charged. Try again.");
    }

    /// <summary>How often an order is quoted afresh when other checkouts changed its voucher's balances between its quote and its hold.</summary>
    private const int Attempts = 20;

    /// <summary>
    /// Reads and splits the order as a quote does, without locks, then writes the order, its hold and, when the voucher
    /// covers it all, its payment and install, in one batch that first checks the balances again under the programme's
    /// and voucher's locks (<see cref="VoucherHoldGuard"/>). Null when they no longer allow the share: nothing was
    /// written, and the caller quotes again.
    /// </summary>
    private async Task<Result<CheckoutOrder>?> TryPlaceAsync(CatalogueApp app, Guid firmOrgId, string? voucherCode, IReadOnlyList<string> requested,
        CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var (refusal, payout) = await RefusalAsync(connection, firmOrgId, app, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }
        var split = await SplitAsync(connection, app, firmOrgId, voucherCode, cancellationToken);
        if (!split.Succeeded)
        {
            return Result<CheckoutOrder>.Failure(split.Errors);
        }
        var (quote, inputs) = split.Value;
        if (!quote.IsFullyCovered && string.IsNullOrEmpty(payout))
        {
            return new FieldError("", "Errors.Checkout.VendorCannotBePaid", "The vendor of this app cannot take card payments yet.");
        }
        var voucher = quote.ShareMinor > 0 ? inputs?.Voucher : null;
        var now = clock.GetUtcNow();
        // A fully covered order is paid as it is placed: inserted as paid.
        var paidNow = quote.IsFullyCovered;
        var order = new CheckoutOrder
        {
            Id = Guid.CreateVersion7(), FirmOrgId = firmOrgId, AppId = app.Id, AppVersion = app.CurrentVersion, VendorOrgId = app.VendorOrgId,
            VoucherId = voucher?.Id, ProgrammeId = voucher?.ProgrammeId, PriceMinor = quote.PriceMinor, ShareMinor = quote.ShareMinor,
            RemainderMinor = quote.RemainderMinor, FeeMinor = Math.Min(options.Value.FeeFor(quote.PriceMinor), quote.RemainderMinor),
            Currency = app.Currency, Status = paidNow ? OrderStatuses.Paid : OrderStatuses.AwaitingPayment, ConsentedScopes = string.Join(' ', requested),
            PayoutAccountId = payout, Sandbox = payments.IsSandbox, CreatedAt = now, SettledAt = paidNow ? now : null,
            ExpiresAt = now.AddMinutes(options.Value.HoldMinutes), AppNameEn = app.NameEn, AppNameZh = app.NameZh,
        };
        var batch = new SqlBatch();
        if (voucher is not null)
        {
            VoucherHoldGuard.Add(batch, db.Dialect, order, inputs!.Rules);
        }
        AddInsert(batch, order);
        audit.Add(batch, new AuditRecord("checkout.order-placed", "CheckoutOrder", order.Id.ToString(),
            $"Order for {app.NameEn}: price {Money.Format(order.PriceMinor, order.Currency)}, voucher {Money.Format(order.ShareMinor, order.Currency)}, card {Money.Format(order.RemainderMinor, order.Currency)}"));
        if (voucher is not null)
        {
            ledger.Add(batch, [CheckoutPostings.Hold(order, actor.UserId)]);
        }
        if (paidNow)
        {
            // The guard refused the batch if the app were installed meanwhile.
            settlement.AddPaid(batch, order, actor.UserId, now, alreadyInstalled: false);
        }
        return await batch.ExecuteGuardedAsync(connection, cancellationToken) ? Result<CheckoutOrder>.Success(order) : null;
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

    /// <summary>The share and what it was calculated from (none without a code), so the order need not read it again. Takes no locks.</summary>
    private async Task<Result<(ShareQuote Quote, ShareInputs? Inputs)>> SplitAsync(DbConnection connection, CatalogueApp app, Guid firmOrgId, string? voucherCode,
        CancellationToken cancellationToken)
    {
        var basis = await ShareBasis.ReadAsync(connection, null, app, firmOrgId, clock.GetUtcNow(), cancellationToken);
        if (string.IsNullOrWhiteSpace(voucherCode))
        {
            return WithInputs(ShareCalculator.Calculate(basis), null);
        }
        var inputs = await VoucherState.ReadAsync(connection, null, "", voucherCode, basis, cancellationToken);
        if (inputs?.Voucher is not { } voucher)
        {
            return new FieldError("VoucherCode", "Errors.Checkout.VoucherUnknown", "There is no such voucher for your firm.");
        }
        var refusal = voucher.FirmOrgId == firmOrgId ? await IntegrityGate.RefusalAsync(connection, null, voucher, app.VendorOrgId, cancellationToken) : null;
        return refusal ?? WithInputs(ShareCalculator.Calculate(inputs), inputs);
    }

    private static Result<(ShareQuote Quote, ShareInputs? Inputs)> WithInputs(Result<ShareQuote> quote, ShareInputs? inputs) =>
        quote.Succeeded ? (quote.Value, inputs) : Result<(ShareQuote, ShareInputs?)>.Failure(quote.Errors);

    /// <summary>Why the firm cannot buy the app now (installed, or an order waiting), and the vendor's payout account: one query.</summary>
    private static async Task<(FieldError? Refusal, string? Payout)> RefusalAsync(DbConnection connection, Guid firmOrgId,
        CatalogueApp app, CancellationToken cancellationToken)
    {
        var state = await connection.QuerySingleAsync<(long Installed, long Waiting, string? Payout)>(new CommandDefinition(
            """
            SELECT (SELECT COUNT(*) FROM marketplace_installs WHERE org_id = @firmOrgId AND app_id = @appId AND status = 'Active'),
                   (SELECT COUNT(*) FROM checkout_orders WHERE firm_org_id = @firmOrgId AND app_id = @appId AND status = 'AwaitingPayment'),
                   (SELECT payout_account_id FROM vendor_onboarding WHERE org_id = @vendorOrgId)
            """, new { firmOrgId, appId = app.Id, vendorOrgId = app.VendorOrgId }, cancellationToken: cancellationToken));
        if (state.Installed > 0)
        {
            return (new FieldError("", "Errors.MarketplaceAlreadyInstalled", "This app is already installed."), null);
        }
        return state.Waiting > 0
            ? (new FieldError("", "Errors.Checkout.OrderWaiting", "An order for this app is already waiting for payment."), null)
            : (null, state.Payout);
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
