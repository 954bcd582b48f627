using System.Text.RegularExpressions;
using SmeOnboard.Core.Common;
using SmeOnboard.Core.Features.Audit;
using SmeOnboard.Core.Tenancy;

namespace SmeOnboard.Core.Features.Devices;

/// <summary>
/// The current firm's devices: register, issue a new secret, read status, rejections and chart data. The firm always
/// comes from <see cref="ICurrentActor"/>; another firm's device is not found (null).
/// </summary>
public sealed partial class DeviceRegistry(
    DeviceStore store, DeviceReadingStore readings, DevicePresence presence, ICurrentActor actor, AuditLog audit, TimeProvider clock)
{
    private const int MaxText = 100;
    private const int MaxSignals = 50;

    public Task<List<DeviceRow>> ListAsync(CancellationToken cancellationToken = default) => store.ListAsync(actor.RequireOrganisationId(), cancellationToken);

    public Task<DeviceRow?> FindAsync(string deviceId, CancellationToken cancellationToken = default) =>
        store.FindAsync(actor.RequireOrganisationId(), deviceId, cancellationToken);

    public DeviceStatus StatusOf(DeviceRow device) => new(
        presence.IsConnected(device.Id) || device.LastSeenAt is { } seen && clock.GetUtcNow() - seen < DeviceStatus.RecentlySeen,
        presence.MessagesPerMinute(device.Id));

    public async Task<Result<IssuedDevice>> AddAsync(NewDevice input, CancellationToken cancellationToken = default)
    {
        var errors = Validate(input);
        if (errors.Count > 0)
            return Result<IssuedDevice>.Failure(errors);
        var orgId = actor.RequireOrganisationId();
        var secret = DeviceSecrets.New();
        var now = clock.GetUtcNow();
        var device = new DeviceRow
        {
            Id = DeviceIds.From(input.Name),
            OrgId = orgId,
            Name = input.Name.Trim(),
            MachineType = input.MachineType.Trim(),
            Location = input.Location.Trim(),
            Signals = DeviceJson.Write(input.Signals.Select(s => new SignalDefinition { Name = s.Name.Trim(), Unit = s.Unit.Trim(), Type = s.Type }).ToList()),
            SecretHash = DeviceSecrets.Hash(secret),
            CreatedAt = now,
            SecretIssuedAt = now,
        };
        await store.InsertAsync(device, cancellationToken);
        await audit.RecordAsync(new AuditRecord("device.added", "Device", device.Id, $"Device '{device.Name}' registered"), cancellationToken);
        return new IssuedDevice(device, secret);
    }

    /// <summary>A new secret replaces the old one at once (connected gateways keep their session until they reconnect).</summary>
    public async Task<string?> RotateSecretAsync(string deviceId, CancellationToken cancellationToken = default)
    {
        var secret = DeviceSecrets.New();
        if (!await store.ReplaceSecretAsync(actor.RequireOrganisationId(), deviceId, DeviceSecrets.Hash(secret), clock.GetUtcNow(), cancellationToken))
            return null;
        await audit.RecordAsync(new AuditRecord("device.secret-rotated", "Device", deviceId, "New device secret issued; the old one no longer works"), cancellationToken);
        return secret;
    }

    /// <summary>The per-minute buckets of the last <paramref name="window"/>; null when the firm has no such device.</summary>
    public async Task<IReadOnlyList<AggregateRow>?> RecentMinutesAsync(string deviceId, TimeSpan window, CancellationToken cancellationToken = default)
    {
        var orgId = actor.RequireOrganisationId();
        if (await store.FindAsync(orgId, deviceId, cancellationToken) is null)
            return null;
        return await readings.AggregatesAsync(orgId, deviceId, AggregateResolution.Minute, clock.GetUtcNow() - window, cancellationToken);
    }

    private static List<FieldError> Validate(NewDevice input)
    {
        var errors = new List<FieldError>();
        Text(errors, nameof(NewDevice.Name), input.Name, required: true);
        Text(errors, nameof(NewDevice.MachineType), input.MachineType, required: false);
        Text(errors, nameof(NewDevice.Location), input.Location, required: false);
        if (input.Signals.Count == 0)
            errors.Add(new FieldError(nameof(NewDevice.Signals), "Devices.Error.NoSignals", "Name at least one signal the device sends."));
        else if (input.Signals.Count > MaxSignals)
            errors.Add(new FieldError(nameof(NewDevice.Signals), "Devices.Error.TooManySignals", $"At most {MaxSignals} signals."));
        foreach (var signal in input.Signals)
        {
            if (!SignalName().IsMatch(signal.Name.Trim()))
                errors.Add(new FieldError(nameof(NewDevice.Signals), "Devices.Error.SignalName", $"'{signal.Name}': a signal name starts with a letter and has only letters, digits and _ (up to 40)."));
            if (signal.Unit.Trim().Length > 20)
                errors.Add(new FieldError(nameof(NewDevice.Signals), "Devices.Error.SignalUnit", $"'{signal.Name}': a unit has at most 20 characters."));
        }
        if (input.Signals.GroupBy(s => s.Name.Trim()).Any(g => g.Count() > 1))
            errors.Add(new FieldError(nameof(NewDevice.Signals), "Devices.Error.DuplicateSignal", "Each signal needs its own name."));
        return errors;
    }

    private static void Text(List<FieldError> errors, string field, string value, bool required)
    {
        if (required && string.IsNullOrWhiteSpace(value))
            errors.Add(new FieldError(field, "Devices.Error.Required", "Required."));
        else if (value.Trim().Length > MaxText)
            errors.Add(new FieldError(field, "Devices.Error.TooLong", $"At most {MaxText} characters."));
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{0,39}$")]
    private static partial Regex SignalName();
}
