namespace SmeOnboard.Core.Features.DeviceKpis;

/// <summary>A row a link writes or rewrites: its key within the link (bucket or stop) and its values by column.</summary>
public sealed record DeviceKpiRowWrite(string Key, IReadOnlyDictionary<string, object?> Values);
