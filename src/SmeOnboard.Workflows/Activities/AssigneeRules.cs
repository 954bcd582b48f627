using SmeOnboard.Workflows.Model;
using SmeOnboard.Workflows.Validation;

namespace SmeOnboard.Workflows.Activities;

/// <summary>The rule human tasks and approvals share: someone must be named to do them.</summary>
internal static class AssigneeRules
{
    public static IEnumerable<ValidationError> Validate(ActivityNode node)
    {
        if (node.Input("assigneeRole") is null && node.Input("assigneeUser") is null)
            yield return new ValidationError(node.Id, "assigneeRole", "Name an assignee role or an assignee user.");
    }
}
