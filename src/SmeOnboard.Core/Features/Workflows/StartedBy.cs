using System.Globalization;
using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Core.Features.Workflows;

/// <summary>
/// What an instance records as its starter: the user's id for a manual, form or test start, otherwise the kind of
/// stimulus that started it. Lists show and filter by it.
/// </summary>
public static class StartedBy
{
    public const string Device = "device";
    public const string Webhook = "webhook";
    public const string Timer = "timer";

    /// <summary>The kinds that are not a person, in the order a filter offers them.</summary>
    public static readonly IReadOnlyList<string> Kinds = [Device, Webhook, Timer];

    /// <summary>A user's id as stored; null when there is no signed-in user (nothing is recorded then).</summary>
    public static string? User(Guid? userId) => userId?.ToString("D", CultureInfo.InvariantCulture);

    /// <summary>The starter a trigger's stimulus records.</summary>
    public static string? Of(BookmarkKind kind) => kind switch
    {
        BookmarkKind.DeviceSignal => Device,
        BookmarkKind.Webhook => Webhook,
        BookmarkKind.Timer => Timer,
        _ => kind.ToString().ToLowerInvariant(),
    };
}
