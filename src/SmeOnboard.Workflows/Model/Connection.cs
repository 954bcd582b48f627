namespace SmeOnboard.Workflows.Model;

/// <summary>A connection from an outcome port of one activity to another activity.</summary>
public sealed class Connection
{
    public required Endpoint Source { get; init; }
    public required Endpoint Target { get; init; }

    public override string ToString() => $"{Source.Activity}.{Source.Port} -> {Target.Activity}";
}
