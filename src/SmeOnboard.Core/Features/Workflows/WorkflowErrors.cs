using SmeOnboard.Core.Common;

namespace SmeOnboard.Core.Features.Workflows;

/// <summary>The expected failures of running workflows, as field errors whose codes the API and pages translate.</summary>
public static class WorkflowErrors
{
    public const string NotPublished = "Workflows.NotPublished";
    public const string NotAssignee = "Workflows.NotAssignee";
    public const string InvalidCompletion = "Workflows.InvalidCompletion";
    public const string Busy = "Workflows.Busy";
    public const string NotApplicable = "Workflows.NotApplicable";
    public const string Taken = "Workflows.Taken";
    public const string DraftConflict = "Workflows.DraftConflict";

    public static FieldError NotPublishedYet(string definitionId) =>
        new("definitionId", NotPublished, $"Workflow '{definitionId}' has no published version to start.");

    public static FieldError NotYours() =>
        new("bookmarkId", NotAssignee, "This task is assigned to someone else.");

    public static FieldError TakenBy(string name) =>
        new("bookmarkId", Taken, $"{name} has taken this task.");

    public static FieldError InstanceBusy() =>
        new("", Busy, "The workflow is busy with other work; try again in a moment.");

    public static FieldError DraftChanged() =>
        new("", DraftConflict, "Someone else saved this workflow after you opened it. Reload it to see their changes; yours were not saved.");

    public static FieldError Invalid(string field, string message) => new(field, InvalidCompletion, message);

    public static FieldError CannotApply(string message) => new("", NotApplicable, message);
}
