namespace SmeOnboard.Core.Features.Workspace;

/// <summary>
/// What the acting firm has installed from templates and the rows its tables hold, for the pages that read them (KPI
/// dashboards, task forms). Scoped to the current actor's organisation: another firm's installation reads as missing.
/// </summary>
public interface IWorkspaceData
{
    Task<IReadOnlyList<InstalledTemplate>> ListInstalledAsync(CancellationToken cancellationToken = default);

    Task<InstalledTemplate?> FindInstalledAsync(Guid installationId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Every row of one of the installation's tables, each value converted to its column's type as sample data is
    /// (double for number and integer, bool, DateOnly, DateTimeOffset or string; null where empty); empty when the
    /// installation or table is unknown to this firm.
    /// </summary>
    Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> ReadRowsAsync(
        Guid installationId, string tableId, CancellationToken cancellationToken = default);
}
