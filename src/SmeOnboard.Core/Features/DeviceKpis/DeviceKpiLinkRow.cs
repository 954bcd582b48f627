using System.Text.Json;
using SmeOnboard.Core.Features.Templates;
using SmeOnboard.Core.Features.Workspace;

namespace SmeOnboard.Core.Features.DeviceKpis;

/// <summary>A device_kpi_links row with its installation's manifest, as Dapper reads it.</summary>
internal sealed class DeviceKpiLinkRow
{
    public const string Columns = "l.id, l.org_id, l.installation_id, l.table_id, l.device_id, l.kind, l.mapping, l.state, l.created_at, i.manifest";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Guid Id { get; init; }
    public Guid OrgId { get; init; }
    public Guid InstallationId { get; init; }
    public string TableId { get; init; } = "";
    public string DeviceId { get; init; } = "";
    public string Kind { get; init; } = "";
    public string Mapping { get; init; } = "";
    public string State { get; init; } = "";
    public DateTimeOffset CreatedAt { get; init; }
    public string Manifest { get; init; } = "";

    public DeviceKpiLink ToLink() => new()
    {
        Id = Id,
        OrgId = OrgId,
        InstallationId = InstallationId,
        TableId = TableId,
        DeviceId = DeviceId,
        Kind = Enum.Parse<DeviceKpiKind>(Kind),
        Mapping = JsonSerializer.Deserialize<DeviceKpiMapping>(Mapping, Json)!,
        State = JsonSerializer.Deserialize<DeviceKpiState>(State, Json)!,
        CreatedAt = CreatedAt,
    };

    public TemplateTable? Table() => InstallationRow.ReadManifest(Manifest).Tables.FirstOrDefault(t => t.Id == TableId);
}
