using Microsoft.Extensions.Time.Testing;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Core.Features.Workflows;
using SmeOnboard.Core.Tests.Infrastructure;
using SmeOnboard.Workflows.Activities;
using SmeOnboard.Workflows.Expressions;
using SmeOnboard.Workflows.Model;
using SmeOnboard.Workflows.Persistence;
using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Core.Tests.Features.Workflows;

/// <summary>
/// The Dapper workflow store on one test database, two firms, and a runner on a clock of the test's own.
/// </summary>
/// <remarks>
/// Timer and outbox claims serve every organisation, so the tests that claim run one at a time (see
/// <see cref="WorkflowClaimsCollection"/>) and each starts its clock a day before every earlier test's: what an earlier
/// test left due is then never due yet for a later one.
/// </remarks>
internal sealed class WorkflowStoreHarness : IAsyncDisposable
{
    private static int _tests;

    private WorkflowStoreHarness(PortalHarness portal, FakeTimeProvider clock, string organisation, string other)
    {
        Portal = portal;
        Clock = clock;
        Organisation = organisation;
        Other = other;
        Store = new DapperWorkflowStore(portal.Database.Connections, clock);
        Runner = new WorkflowRunner(ActivityRegistry.CreateDefault(), new JavaScriptEvaluator(), clock);
    }

    public PortalHarness Portal { get; }
    public FakeTimeProvider Clock { get; }
    public DapperWorkflowStore Store { get; }
    public WorkflowRunner Runner { get; }

    /// <summary>The firm the test acts for.</summary>
    public string Organisation { get; }

    /// <summary>Another firm, which must see nothing of the first one's.</summary>
    public string Other { get; }

    public static async Task<WorkflowStoreHarness> StartAsync(TestDatabases databases, DatabaseProvider provider)
    {
        var portal = await PortalHarness.StartAsync(databases, provider);
        var firm = await portal.CreateOrganisationAsync(OrganisationKind.Firm);
        var other = await portal.CreateOrganisationAsync(OrganisationKind.Firm);
        return new WorkflowStoreHarness(portal, NextClock(), firm.Id.ToString(), other.Id.ToString());
    }

    /// <summary>A clock a day before every earlier claiming test's, so nothing those tests left is due for this one.</summary>
    public static FakeTimeProvider NextClock() =>
        new(new DateTimeOffset(1900, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(-Interlocked.Increment(ref _tests)));

    /// <summary>Starts an instance of <paramref name="definition"/> for <paramref name="organisation"/> (the test's firm by default) and saves its first burst.</summary>
    public async Task<BurstResult> StartAsync(WorkflowDefinition definition, string? organisation = null)
    {
        var started = Runner.Start(definition, new StartRequest { OrganisationId = organisation ?? Organisation });
        Assert.Equal(BurstSaveResult.Saved, await Store.SaveBurstAsync(started, TestContext.Current.CancellationToken));
        return started;
    }

    public ValueTask DisposeAsync() => Portal.DisposeAsync();
}
