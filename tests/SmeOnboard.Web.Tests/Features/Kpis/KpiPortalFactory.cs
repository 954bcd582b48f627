using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SmeOnboard.Core.Features.Workspace;
using SmeOnboard.Web.Tests.Infrastructure;

namespace SmeOnboard.Web.Tests.Features.Kpis;

/// <summary>A portal whose workspace is the <see cref="TestWorkspace"/>, whatever store the app registers, so KPI tests choose the rows.</summary>
public sealed class KpiPortalFactory : PortalFactory
{
    public TestWorkspace Workspace { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services
            .RemoveAll<IWorkspaceData>()
            .RemoveAll<TestWorkspace>()
            .AddSingleton(Workspace)
            .AddScoped<IWorkspaceData, ActorWorkspaceData>());
    }
}
