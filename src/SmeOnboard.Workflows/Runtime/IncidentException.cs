namespace SmeOnboard.Workflows.Runtime;

/// <summary>A failure that needs a person rather than an automatic retry (bad input, script error, type mismatch).</summary>
internal sealed class IncidentException(IncidentKind kind, string? field, string message, int? line = null) : Exception(message)
{
    public IncidentKind Kind { get; } = kind;
    public string? Field { get; } = field;
    public int? Line { get; } = line;
}
