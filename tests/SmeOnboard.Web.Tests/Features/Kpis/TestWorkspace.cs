using System.Collections.Concurrent;
using SmeOnboard.Core.Features.Templates;
using SmeOnboard.Core.Features.Workspace;
using SmeOnboard.Web.Tests.Infrastructure;

namespace SmeOnboard.Web.Tests.Features.Kpis;

/// <summary>
/// Every firm's workspace held in memory, in place of the template installation's store: a test installs shipped
/// templates with their sample rows for a firm, and reads through <see cref="For"/> see only that firm's installations.
/// </summary>
public sealed class TestWorkspace
{
    public static IReadOnlyList<Template> Shipped { get; } = TemplateLoader.LoadFolder(RepositoryFiles.PathOf("templates")).Templates;

    private readonly ConcurrentDictionary<Guid, Firm> _firms = new();

    public InstalledTemplate Install(Guid orgId, string slug)
    {
        var template = Shipped.Single(t => t.Slug == slug);
        var installed = new InstalledTemplate
        {
            Id = Guid.NewGuid(), Slug = slug, Version = template.Manifest.Version, Manifest = template.Manifest,
            InstalledAt = new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero),
        };
        var firm = _firms.GetOrAdd(orgId, _ => new Firm());
        lock (firm)
        {
            firm.Installed.Add(installed);
            foreach (var table in template.Tables)
                firm.Rows[(installed.Id, table.Table.Id)] = table.Rows;
        }
        return installed;
    }

    public IWorkspaceData For(Guid orgId) => _firms.GetOrAdd(orgId, _ => new Firm());

    private sealed class Firm : IWorkspaceData
    {
        public List<InstalledTemplate> Installed { get; } = [];

        public Dictionary<(Guid, string), IReadOnlyList<IReadOnlyDictionary<string, object?>>> Rows { get; } = [];

        public Task<IReadOnlyList<InstalledTemplate>> ListInstalledAsync(CancellationToken cancellationToken = default)
        {
            lock (this)
                return Task.FromResult<IReadOnlyList<InstalledTemplate>>([.. Installed]);
        }

        public Task<InstalledTemplate?> FindInstalledAsync(Guid installationId, CancellationToken cancellationToken = default)
        {
            lock (this)
                return Task.FromResult(Installed.FirstOrDefault(i => i.Id == installationId));
        }

        public Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> ReadRowsAsync(
            Guid installationId, string tableId, CancellationToken cancellationToken = default)
        {
            lock (this)
                return Task.FromResult(Rows.GetValueOrDefault((installationId, tableId)) ?? []);
        }
    }
}
