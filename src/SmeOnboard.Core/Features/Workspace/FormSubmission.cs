namespace SmeOnboard.Core.Features.Workspace;

/// <summary>What submitting a start form did: the instances it started and whether a row was added to the form's table.</summary>
public sealed class FormSubmission
{
    public required IReadOnlyList<string> InstanceIds { get; init; }
    public required bool RowAdded { get; init; }
}
