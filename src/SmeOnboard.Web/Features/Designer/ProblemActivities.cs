using SmeOnboard.Core.Common;

namespace SmeOnboard.Web.Features.Designer;

/// <summary>Which activity a validation problem concerns: the validator names fields "activityId.field".</summary>
public static class ProblemActivities
{
    public static string? Of(FieldError problem, IReadOnlySet<string> activityIds)
    {
        var dot = problem.Field.IndexOf('.', StringComparison.Ordinal);
        var head = dot < 0 ? problem.Field : problem.Field[..dot];
        return activityIds.Contains(head) ? head : null;
    }
}
