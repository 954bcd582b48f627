using System.Data.Common;
using Dapper;
using SmeOnboard.Core.Common;
using SmeOnboard.Core.Features.Marketplace;
using SmeOnboard.Core.Features.Vouchers.Integrity;

namespace SmeOnboard.Core.Features.Checkout;

/// <summary>
/// Everything checkout decides a purchase from, read in one round trip and without locks: the app, the firm's side
/// (what stops it buying now, its name and size band, the vendor's payout account) and, with a code, the voucher with
/// its sums and integrity state. What can change before the order is written is checked again under the locks
/// (<see cref="VoucherHoldGuard"/>).
/// </summary>
internal sealed class PurchaseRead
{
    private const string FirmSql =
        """
        SELECT f.name, f.headcount_band,
               (SELECT COUNT(*) FROM marketplace_installs WHERE org_id = @firmOrgId AND app_id = @appId AND status = 'Active') AS installed,
               (SELECT COUNT(*) FROM checkout_orders WHERE firm_org_id = @firmOrgId AND app_id = @appId AND status = 'AwaitingPayment') AS waiting,
               (SELECT o.payout_account_id FROM vendor_onboarding o JOIN marketplace_apps a ON a.vendor_org_id = o.org_id WHERE a.id = @appId) AS payout
        FROM organisations f WHERE f.id = @firmOrgId
        """;

    private readonly string? _code;
    private readonly DateTimeOffset _now;

    private PurchaseRead(CatalogueApp? app, FirmSide firm, string? code, DateTimeOffset now, ShareInputs? voucher, FieldError? integrityRefusal)
    {
        App = app;
        Firm = firm;
        _code = code;
        _now = now;
        Voucher = voucher;
        IntegrityRefusal = integrityRefusal;
    }

    /// <summary>The app, or null when there is no such app.</summary>
    public CatalogueApp? App { get; }

    public FirmSide Firm { get; }

    /// <summary>The share's inputs with the voucher, or null without a code or when no voucher has the code.</summary>
    private ShareInputs? Voucher { get; }

    private FieldError? IntegrityRefusal { get; }

    public static async Task<PurchaseRead> ReadAsync(DbConnection connection, string appId, Guid firmOrgId, string? voucherCode, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var code = string.IsNullOrWhiteSpace(voucherCode) ? null : voucherCode.Trim().ToUpperInvariant();
        var sql = code is null
            ? $"{CatalogueStore.FindSql};\n{FirmSql}"
            : $"{CatalogueStore.FindSql};\n{FirmSql};\n{VoucherState.ByCodeSql};\n{IntegrityGate.StateByCodeSql}";
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(sql, new { appId, firmOrgId, code }, cancellationToken: cancellationToken));
        var app = await results.ReadSingleOrDefaultAsync<CatalogueApp>();
        var firm = await results.ReadSingleAsync<FirmSide>() with { Id = firmOrgId };
        if (code is null || app is null)
        {
            return new PurchaseRead(app, firm, code, now, null, null);
        }
        var inputs = await VoucherState.ReadInputsAsync(results, ShareBasis.For(app, firmOrgId, firm.HeadcountBand, now));
        var integrity = await results.ReadSingleAsync<(long ClawedBack, long VendorSuspended)>();
        return new PurchaseRead(app, firm, code, now, inputs, IntegrityGate.Refusal(integrity.ClawedBack > 0, integrity.VendorSuspended > 0));
    }

    /// <summary>The share and what it was calculated from (none without a code); only for an app found in the catalogue.</summary>
    public Result<(ShareQuote Quote, ShareInputs? Inputs)> Split()
    {
        var app = App ?? throw new InvalidOperationException("There is no app to split the price of.");
        if (_code is null)
        {
            return WithInputs(ShareCalculator.Calculate(ShareBasis.For(app, Firm.Id, Firm.HeadcountBand, _now)), null);
        }
        if (Voucher?.Voucher is not { } voucher)
        {
            return new FieldError("VoucherCode", "Errors.Checkout.VoucherUnknown", "There is no such voucher for your firm.");
        }
        // Another firm's voucher is unknown to this one, whatever its state (the calculator says so).
        var refusal = voucher.FirmOrgId == Firm.Id ? IntegrityRefusal : null;
        return refusal ?? WithInputs(ShareCalculator.Calculate(Voucher), Voucher);
    }

    private static Result<(ShareQuote Quote, ShareInputs? Inputs)> WithInputs(Result<ShareQuote> quote, ShareInputs? inputs) =>
        quote.Succeeded ? (quote.Value, inputs) : Result<(ShareQuote, ShareInputs?)>.Failure(quote.Errors);

    /// <summary>The firm's side of a purchase.</summary>
    internal sealed record FirmSide
    {
        public Guid Id { get; init; }
        public string Name { get; init; } = "";
        public string? HeadcountBand { get; init; }
        public long Installed { get; init; }
        public long Waiting { get; init; }
        public string? Payout { get; init; }

        /// <summary>Why the firm cannot buy the app now: installed, or an order for it waiting for payment.</summary>
        public FieldError? Refusal =>
            Installed > 0
                ? new FieldError("", "Errors.MarketplaceAlreadyInstalled", "This app is already installed.")
                : Waiting > 0
                    ? new FieldError("", "Errors.Checkout.OrderWaiting", "An order for this app is already waiting for payment.")
                    : null;
    }
}
