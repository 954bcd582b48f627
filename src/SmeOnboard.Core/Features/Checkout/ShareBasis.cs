using System.Data.Common;
using Dapper;
using SmeOnboard.Core.Features.Marketplace;

namespace SmeOnboard.Core.Features.Checkout;

/// <summary>The app's and the firm's side of <see cref="ShareInputs"/>, before any voucher is read.</summary>
internal static class ShareBasis
{
    public static async Task<ShareInputs> ReadAsync(DbConnection connection, DbTransaction? transaction, CatalogueApp app, Guid firmOrgId, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var band = await connection.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(
            "SELECT headcount_band FROM organisations WHERE id = @firmOrgId", new { firmOrgId }, transaction, cancellationToken: cancellationToken));
        return For(app, firmOrgId, band, now);
    }

    /// <summary>The basis from a firm's headcount band the caller has already read.</summary>
    public static ShareInputs For(CatalogueApp app, Guid firmOrgId, string? headcountBand, DateTimeOffset now) =>
        ForApp(new ShareInputs { FirmOrgId = firmOrgId, FirmHeadcountBand = headcountBand, Now = now }, app);

    /// <summary>The same firm and voucher state for another app: a voucher read once prices a whole catalogue page.</summary>
    public static ShareInputs ForApp(ShareInputs inputs, CatalogueApp app) => new()
    {
        AppId = app.Id, AppCategory = app.Category, AppVoucherEligible = app.VoucherEligible, PriceMinor = app.PriceMinor, Currency = app.Currency,
        FirmOrgId = inputs.FirmOrgId, FirmHeadcountBand = inputs.FirmHeadcountBand, Now = inputs.Now,
        Voucher = inputs.Voucher, Rules = inputs.Rules, ProgrammeStatus = inputs.ProgrammeStatus, VoucherBalanceMinor = inputs.VoucherBalanceMinor,
        CapRemainingMinor = inputs.CapRemainingMinor, ProgrammeRemainingMinor = inputs.ProgrammeRemainingMinor, PurchasesUsed = inputs.PurchasesUsed,
    };
}
