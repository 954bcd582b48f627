using SmeOnboard.Core.Common;
using SmeOnboard.Core.Features.Audit;
using SmeOnboard.Core.Features.Devices;
using SmeOnboard.Core.Features.Templates;
using SmeOnboard.Core.Features.Workspace;
using SmeOnboard.Core.Tenancy;

namespace SmeOnboard.Core.Features.DeviceKpis;

/// <summary>
/// The acting firm's links between its installed tables and its devices. The table's columns decide the kind: a table
/// with total_count and good_count takes counts, one with started_at, reason_code and minutes takes stops.
/// </summary>
public sealed class DeviceKpiLinks(
    DeviceKpiLinkStore store, IWorkspaceData workspace, DeviceStore devices, DeviceLiveFeed feed, ICurrentActor actor, AuditLog audit, TimeProvider clock)
    : IDeviceLiveValues
{
    public static readonly IReadOnlyList<string> CountColumns = ["date", "shift", "machine", "planned_time_min", "run_time_min", "ideal_cycle_time_s", "total_count", "good_count"];
    public static readonly IReadOnlyList<string> DowntimeColumns = ["started_at", "machine", "reason_code", "minutes", "shift"];

    /// <summary>Which kind of machine data a table can take, or null when it has not the columns for either.</summary>
    public static DeviceKpiKind? KindOf(TemplateTable table) =>
        CountColumns.All(c => table.Column(c) is not null) ? DeviceKpiKind.Counts
        : DowntimeColumns.All(c => table.Column(c) is not null) ? DeviceKpiKind.Downtime
        : null;

    public Task<IReadOnlyList<DeviceKpiLink>> ListAsync(Guid installationId, CancellationToken cancellationToken = default) =>
        store.ListForInstallationAsync(actor.RequireOrganisationId(), installationId, cancellationToken);

    /// <summary>The live value of each device linked to the installation: the last one heard, else one from the saved states of the firm's links.</summary>
    public async Task<IReadOnlyList<DeviceLiveValue>> ForInstallationAsync(Guid installationId, CancellationToken cancellationToken = default)
    {
        var orgId = actor.RequireOrganisationId();
        var values = new List<DeviceLiveValue>();
        foreach (var deviceId in (await ListAsync(installationId, cancellationToken)).Select(l => l.DeviceId).Distinct())
        {
            values.Add(feed.Latest(orgId, deviceId)
                ?? DeviceKpiProjector.LiveValue((await store.ListForDeviceAsync(orgId, deviceId, cancellationToken)).Select(l => (l.Link, l.Link.State)).ToList()));
        }
        return values;
    }

    public IDisposable Listen(string deviceId, Action<DeviceLiveValue> handler) => feed.Listen(actor.RequireOrganisationId(), deviceId, handler);

    public async Task<Result<DeviceKpiLink>> LinkAsync(NewDeviceKpiLink input, CancellationToken cancellationToken = default)
    {
        var orgId = actor.RequireOrganisationId();
        var installed = await workspace.FindInstalledAsync(input.InstallationId, cancellationToken);
        var table = installed?.Manifest.Tables.FirstOrDefault(t => t.Id == input.TableId);
        if (table is null)
            return Error("TableId", "DeviceKpis.Error.NoTable", "Choose one of the template's tables.");
        if (KindOf(table) is not { } kind)
            return Error("TableId", "DeviceKpis.Error.NotMachineData", "This table takes no machine data: it needs count or downtime columns.");
        var device = await devices.FindAsync(orgId, input.DeviceId, cancellationToken);
        if (device is null)
            return Error("DeviceId", "DeviceKpis.Error.NoDevice", "Choose one of the firm's devices.");
        var errors = Validate(kind, table, DeviceJson.Signals(device), input.Mapping);
        if (errors.Count > 0)
            return Result<DeviceKpiLink>.Failure(errors);
        if ((await store.ListForInstallationAsync(orgId, input.InstallationId, cancellationToken)).Any(l => l.TableId == table.Id))
            return Error("TableId", "DeviceKpis.Error.AlreadyLinked", "This table is already fed by a device; unlink it first.");
        var link = new DeviceKpiLink
        {
            Id = Guid.NewGuid(),
            OrgId = orgId,
            InstallationId = input.InstallationId,
            TableId = table.Id,
            DeviceId = device.Id,
            Kind = kind,
            Mapping = input.Mapping,
            State = new DeviceKpiState(),
            CreatedAt = clock.GetUtcNow(),
        };
        await store.InsertAsync(link, cancellationToken);
        await audit.RecordAsync(new AuditRecord("devicekpi.linked", "WorkspaceInstallation", input.InstallationId.ToString(),
            $"Table '{table.Id}' fed by device '{device.Id}' ({kind})", orgId), cancellationToken);
        return link;
    }

    public async Task<bool> UnlinkAsync(Guid linkId, CancellationToken cancellationToken = default)
    {
        var orgId = actor.RequireOrganisationId();
        var removed = await store.DeleteAsync(orgId, linkId, cancellationToken);
        if (removed)
            await audit.RecordAsync(new AuditRecord("devicekpi.unlinked", "DeviceKpiLink", linkId.ToString(), "Device link removed; its rows stay", orgId), cancellationToken);
        return removed;
    }

    private static List<FieldError> Validate(DeviceKpiKind kind, TemplateTable table, IReadOnlyList<SignalDefinition> signals, DeviceKpiMapping mapping)
    {
        var errors = new List<FieldError>();
        void Need(string? name, SignalType type, string field, bool required)
        {
            if (name is null && !required)
                return;
            if (!signals.Any(s => s.Name == name && s.Type == type))
                errors.Add(new FieldError(field, $"DeviceKpis.Error.{type}Signal", $"Choose one of the device's {type.ToString().ToLowerInvariant()} signals."));
        }
        void Option(string column, string value, string field)
        {
            if (table.Column(column)?.Options is { } options && !options.Contains(value))
                errors.Add(new FieldError(field, "DeviceKpis.Error.Option", $"'{value}' is not one of {column}: {string.Join(", ", options)}."));
        }
        Need(mapping.StateSignal, SignalType.State, nameof(mapping.StateSignal), true);
        Option("machine", mapping.Machine, nameof(mapping.Machine));
        if (kind == DeviceKpiKind.Counts)
        {
            Need(mapping.TotalSignal, SignalType.Counter, nameof(mapping.TotalSignal), true);
            Need(mapping.GoodSignal, SignalType.Counter, nameof(mapping.GoodSignal), false);
            if (mapping.IdealCycleTimeSeconds <= 0)
                errors.Add(new FieldError(nameof(mapping.IdealCycleTimeSeconds), "DeviceKpis.Error.CycleTime", "The ideal cycle time is more than zero seconds."));
        }
        else
        {
            Need(mapping.ReasonSignal, SignalType.State, nameof(mapping.ReasonSignal), false);
            foreach (var code in mapping.Reasons.Values.Append(mapping.DefaultReason).Distinct())
                Option("reason_code", code, nameof(mapping.Reasons));
        }
        return errors;
    }

    private static Result<DeviceKpiLink> Error(string field, string code, string message) => new FieldError(field, code, message);
}
