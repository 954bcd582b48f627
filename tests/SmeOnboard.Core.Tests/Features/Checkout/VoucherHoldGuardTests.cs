using Dapper;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Checkout;
using SmeOnboard.Core.Features.Vouchers;
using SmeOnboard.Core.Features.Vouchers.Ledger;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Features.Checkout;

/// <summary>
/// Checkout quotes without locks and writes the order in one batch headed by this guard, so what changed between the
/// quote and the write must stop the write: here the changes are made between the two on purpose.
/// </summary>
public sealed class VoucherHoldGuardTests(TestDatabases databases)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, BothDatabases]
    public async Task A_share_the_voucher_still_covers_is_written(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var (programme, voucher) = await VoucherAsync(portal, budgetMinor: 100_000, faceMinor: 5_000);

        Assert.Equal((true, 1), await GuardedProbeAsync(portal, programme, voucher, shareMinor: 5_000));
    }

    [Theory, BothDatabases]
    public async Task A_share_larger_than_what_the_voucher_has_left_writes_nothing(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var (programme, voucher) = await VoucherAsync(portal, budgetMinor: 100_000, faceMinor: 5_000);

        Assert.Equal((false, 0), await GuardedProbeAsync(portal, programme, voucher, shareMinor: 5_001));
    }

    [Theory, BothDatabases]
    public async Task A_share_the_voucher_still_has_but_a_programme_that_promised_too_much_no_longer_covers_writes_nothing(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        // A budget of 5,000 promised twice; the first voucher holds all of it.
        var (_, programme) = await CheckoutKit.ProgrammeAsync(portal, 5_000, 5_000);
        var first = await VoucherOfAsync(portal, programme, (await CheckoutKit.PromisedVoucherAsync(portal, programme, 5_000)).Code);
        var second = await VoucherOfAsync(portal, programme, (await CheckoutKit.PromisedVoucherAsync(portal, programme, 5_000)).Code);
        Assert.Equal((true, 1), await GuardedProbeAsync(portal, programme, first, shareMinor: 5_000));
        await HoldAsync(portal, programme, first, 5_000);

        Assert.Equal((false, 0), await GuardedProbeAsync(portal, programme, second, shareMinor: 1_000));
    }

    [Theory, BothDatabases]
    public async Task A_share_written_after_the_programme_was_paused_writes_nothing(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var (programme, voucher) = await VoucherAsync(portal, budgetMinor: 100_000, faceMinor: 5_000);
        await ExecuteAsync(portal, "UPDATE voucher_programmes SET status = 'Paused' WHERE id = @Id", new { programme.Id });

        Assert.Equal((false, 0), await GuardedProbeAsync(portal, programme, voucher, shareMinor: 1_000));
    }

    [Theory, BothDatabases]
    public async Task A_share_written_after_the_voucher_was_clawed_back_writes_nothing(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var (programme, voucher) = await VoucherAsync(portal, budgetMinor: 100_000, faceMinor: 5_000);
        await ExecuteAsync(portal,
            "INSERT INTO voucher_clawbacks (voucher_id, programme_id, amount_minor, currency, reason, created_at) VALUES (@voucher, @programme, 0, 'CNY', 'test', @now)",
            new { voucher = voucher.Id, programme = programme.Id, now = portal.Clock.GetUtcNow() });

        Assert.Equal((false, 0), await GuardedProbeAsync(portal, programme, voucher, shareMinor: 1_000));
    }

    private static async Task<(VoucherProgramme Programme, Voucher Voucher)> VoucherAsync(PortalHarness portal, long budgetMinor, long faceMinor)
    {
        var (_, programme) = await CheckoutKit.ProgrammeAsync(portal, budgetMinor, faceMinor);
        var (_, code) = await CheckoutKit.PromisedVoucherAsync(portal, programme, faceMinor);
        return (programme, await VoucherOfAsync(portal, programme, code));
    }

    private static async Task<Voucher> VoucherOfAsync(PortalHarness portal, VoucherProgramme programme, string code)
    {
        await using var connection = await portal.Database.Connections.OpenAsync(Ct);
        var voucher = await connection.QuerySingleAsync<Voucher>($"SELECT {Voucher.Columns} FROM vouchers v WHERE v.code = @code", new { code });
        Assert.Equal(programme.Id, voucher.ProgrammeId);
        return voucher;
    }

    /// <summary>The share held as checkout holds it: from the voucher's balance to its hold.</summary>
    private static async Task HoldAsync(PortalHarness portal, VoucherProgramme programme, Voucher voucher, long shareMinor)
    {
        await using var connection = await portal.Database.Connections.OpenAsync(Ct);
        await using var transaction = await connection.BeginTransactionAsync(Ct);
        await portal.Anonymous<LedgerWriter>().PostAsync(connection, transaction, new LedgerPosting
        {
            Kind = "VoucherHeld", Memo = "Held by the test",
            Lines =
            [
                new LedgerLine { Account = LedgerAccount.Voucher, OwnerId = voucher.Id, ProgrammeId = programme.Id, AmountMinor = -shareMinor, Currency = programme.Currency },
                new LedgerLine { Account = LedgerAccount.VoucherHold, OwnerId = voucher.Id, ProgrammeId = programme.Id, AmountMinor = shareMinor, Currency = programme.Currency },
            ],
        }, Ct);
        await transaction.CommitAsync(Ct);
    }

    /// <summary>The guard for an order of <paramref name="shareMinor"/>, then a row standing for the order's writes; whether it ran, and the rows.</summary>
    private static async Task<(bool Written, long Rows)> GuardedProbeAsync(PortalHarness portal, VoucherProgramme programme, Voucher voucher, long shareMinor)
    {
        var order = new CheckoutOrder
        {
            Id = Guid.NewGuid(), FirmOrgId = voucher.FirmOrgId, AppId = "guard-probe", VendorOrgId = Guid.NewGuid(), VoucherId = voucher.Id,
            ProgrammeId = programme.Id, PriceMinor = shareMinor, ShareMinor = shareMinor, Currency = programme.Currency,
        };
        await using var connection = await portal.Database.Connections.OpenAsync(Ct);
        // Pooled connections keep their temporary tables, so each probe has its own.
        var probe = $"guard_probe_{order.Id:N}";
        await connection.ExecuteAsync($"CREATE TEMP TABLE {probe} (order_id TEXT NOT NULL)");
        var batch = new SqlBatch();
        VoucherHoldGuard.Add(batch, portal.Database.Connections.Dialect, order, programme.Rules);
        batch.Add($"INSERT INTO {probe} (order_id) VALUES (@id)", new { id = order.Id.ToString() });
        var written = await batch.ExecuteGuardedAsync(connection, Ct);
        return (written, await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {probe}"));
    }

    private static async Task ExecuteAsync(PortalHarness portal, string sql, object parameters)
    {
        await using var connection = await portal.Database.Connections.OpenAsync(Ct);
        await connection.ExecuteAsync(sql, parameters);
    }
}
