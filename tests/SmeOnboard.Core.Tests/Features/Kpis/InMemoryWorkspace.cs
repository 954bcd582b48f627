using SmeOnboard.Core.Features.Templates;
using SmeOnboard.Core.Features.Workspace;

namespace SmeOnboard.Core.Tests.Features.Kpis;

/// <summary>One firm's workspace held in memory: templates installed with their sample rows, or with rows a test chooses.</summary>
internal sealed class InMemoryWorkspace : IWorkspaceData
{
    private readonly List<InstalledTemplate> _installed = [];
    private readonly Dictionary<(Guid, string), IReadOnlyList<IReadOnlyDictionary<string, object?>>> _rows = [];

    public InstalledTemplate Install(Template template)
    {
        var installed = new InstalledTemplate
        {
            Id = Guid.NewGuid(), Slug = template.Slug, Version = template.Manifest.Version, Manifest = template.Manifest, InstalledAt = DateTimeOffset.UtcNow,
        };
        _installed.Add(installed);
        foreach (var table in template.Tables)
            _rows[(installed.Id, table.Table.Id)] = table.Rows;
        return installed;
    }

    public void Replace(Guid installationId, string tableId, IReadOnlyList<IReadOnlyDictionary<string, object?>> rows) =>
        _rows[(installationId, tableId)] = rows;

    public Task<IReadOnlyList<InstalledTemplate>> ListInstalledAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<InstalledTemplate>>(_installed);

    public Task<InstalledTemplate?> FindInstalledAsync(Guid installationId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_installed.FirstOrDefault(i => i.Id == installationId));

    public Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> ReadRowsAsync(
        Guid installationId, string tableId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_rows.GetValueOrDefault((installationId, tableId)) ?? []);
}
