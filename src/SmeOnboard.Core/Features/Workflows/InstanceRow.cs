using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Core.Features.Workflows;

/// <summary>A workflow_instances row: the state document the runner resumes from, and the columns queries filter on.</summary>
internal sealed class InstanceRow
{
    public string State { get; init; } = "";

    public WorkflowInstance ToInstance() => WorkflowRowJson.Read<WorkflowInstance>(State);

    /// <summary>The parameters that insert or update <paramref name="instance"/>.</summary>
    public static object Parameters(WorkflowInstance instance, Guid orgId, int previousRevision) => new
    {
        id = instance.Id,
        orgId,
        definitionId = instance.DefinitionId,
        definitionVersion = instance.DefinitionVersion,
        status = instance.Status.ToString(),
        revision = instance.Revision,
        previousRevision,
        state = WorkflowRowJson.Write(instance),
        createdAt = instance.CreatedAt,
        updatedAt = instance.UpdatedAt,
        finishedAt = instance.FinishedAt,
        startedBy = instance.StartedBy,
    };
}
