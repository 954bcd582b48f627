using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SmeOnboard.Core.Features.Workflows;

/// <summary>The instance one occurrence of a schedule starts.</summary>
internal static class ScheduleOccurrence
{
    /// <summary>
    /// The same id for the same (organisation, definition, version, trigger, occurrence) on every node and after every
    /// restart, so the store refuses a second start of an occurrence (instance ids are unique). A hash, shaped like the
    /// runner's own ids, so it reveals nothing and fits wherever an instance id goes.
    /// </summary>
    public static string InstanceId(ScheduleTrigger trigger, DateTimeOffset occurrence)
    {
        var name = string.Join('\n', trigger.OrgId.ToString("N"), trigger.DefinitionId, trigger.Version.ToString(CultureInfo.InvariantCulture),
            trigger.ActivityId, occurrence.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        return new Guid(SHA256.HashData(Encoding.UTF8.GetBytes(name)).AsSpan(0, 16)).ToString("N");
    }
}
