using SmeOnboard.Core.Features.Workspace;
using SmeOnboard.Core.Tenancy;

namespace SmeOnboard.Web.Tests.Features.Kpis;

/// <summary>The acting firm's part of the <see cref="TestWorkspace"/>, resolved per request as the real store is.</summary>
public sealed class ActorWorkspaceData(TestWorkspace workspace, ICurrentActor actor) : IWorkspaceData
{
    private IWorkspaceData Firm => workspace.For(actor.RequireOrganisationId());

    public Task<IReadOnlyList<InstalledTemplate>> ListInstalledAsync(CancellationToken cancellationToken = default) =>
        Firm.ListInstalledAsync(cancellationToken);

    public Task<InstalledTemplate?> FindInstalledAsync(Guid installationId, CancellationToken cancellationToken = default) =>
        Firm.FindInstalledAsync(installationId, cancellationToken);

    public Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> ReadRowsAsync(
        Guid installationId, string tableId, CancellationToken cancellationToken = default) =>
        Firm.ReadRowsAsync(installationId, tableId, cancellationToken);
}
