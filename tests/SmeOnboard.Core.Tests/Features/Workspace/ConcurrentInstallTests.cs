using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Workspace;
using SmeOnboard.Core.Tests.Features.Workflows;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Features.Workspace;

[Collection(WorkflowClaimsCollection.Name)]
public sealed class ConcurrentInstallTests(TestDatabases databases)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, BothDatabases]
    public async Task Two_members_installing_the_same_template_at_once_get_one_copy_and_a_plain_message(DatabaseProvider provider)
    {
        await using var ws = await WorkspaceHarness.StartAsync(databases, provider);
        var template = WorkspaceHarness.Template("five-s-audit");
        using var start = new Barrier(2);

        var results = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            var installer = ws.As<TemplateInstaller>();
            start.SignalAndWait(Ct);
            return installer.InstallAsync(template, addCopy: false, Ct);
        }, Ct)));

        Assert.Single(results, r => r.Succeeded);
        var refused = Assert.Single(Assert.Single(results, r => !r.Succeeded).Errors);
        Assert.Contains(refused.Code, new[] { WorkspaceErrors.InstalledMeanwhileCode, WorkspaceErrors.AlreadyInstalledCode });
        Assert.Single(await ws.As<IWorkspaceData>().ListInstalledAsync(Ct));
    }

    [Theory, BothDatabases]
    public async Task Two_members_adding_a_copy_at_once_each_get_a_copy_or_a_plain_message(DatabaseProvider provider)
    {
        await using var ws = await WorkspaceHarness.StartAsync(databases, provider);
        var template = WorkspaceHarness.Template("five-s-audit");
        await ws.InstallAsync(template);
        using var start = new Barrier(2);

        var results = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            var installer = ws.As<TemplateInstaller>();
            start.SignalAndWait(Ct);
            return installer.InstallAsync(template, addCopy: true, Ct);
        }, Ct)));

        // SQLite serialises the two installs (copies 2 and 3); on PostgreSQL the later one may lose the race for copy 2.
        Assert.All(results, r => Assert.True(r.Succeeded || r.Errors.Single().Code == WorkspaceErrors.InstalledMeanwhileCode));
        Assert.Equal(1 + results.Count(r => r.Succeeded), (await ws.As<IWorkspaceData>().ListInstalledAsync(Ct)).Count);
    }
}
