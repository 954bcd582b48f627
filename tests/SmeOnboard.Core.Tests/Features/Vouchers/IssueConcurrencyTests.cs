using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Core.Features.Vouchers;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Features.Vouchers;

public sealed class IssueConcurrencyTests(TestDatabases databases)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, BothDatabases]
    public async Task Issuing_in_parallel_never_allocates_more_than_the_budget(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var officer = await VoucherKit.OfficerAsync(portal);
        // Budget for exactly five full vouchers and a part of a sixth; twenty firms ask at once.
        var programme = await VoucherKit.PublishedAsync(portal, officer, VoucherKit.Draft(portal, budgetMinor: 550_000, capMinor: 100_000));
        var firms = new List<Organisation>();
        for (var i = 0; i < 20; i++)
        {
            firms.Add(await portal.CreateOrganisationAsync(OrganisationKind.Firm));
        }

        var reports = await Task.WhenAll(firms.Select(firm => Task.Run(() =>
            portal.As<ApplicationDecisions>(officer).IssueFromCsvAsync(programme.Id, new StringReader(firm.Id.ToString()), Ct), Ct)));

        var rows = reports.Select(r => Assert.Single(r.Value)).ToList();
        Assert.Equal(6, rows.Count(r => r.Issued));
        Assert.Equal(14, rows.Count(r => r.Refusal == IssueRefusal.BudgetExhausted));
        Assert.Equal(550_000, await portal.CountAsync("SELECT COALESCE(SUM(face_minor), 0) FROM vouchers WHERE programme_id = @Id", new { programme.Id }));
    }
}
