namespace SmeOnboard.Workflows.Validation;

/// <summary>One problem with a workflow definition, naming the activity and the field it concerns.</summary>
public sealed record ValidationError(string? ActivityId, string Field, string Message)
{
    public override string ToString() =>
        ActivityId is null ? $"{Field}: {Message}" : $"activity '{ActivityId}', {Field}: {Message}";
}
