namespace SmeOnboard.Workflows.Model;

/// <summary>One end of a connection: an activity id and a port (an outcome name on the source side).</summary>
public sealed class Endpoint
{
    /// <summary>The port every activity accepts tokens on.</summary>
    public const string InPort = "In";

    public required string Activity { get; init; }
    public string Port { get; init; } = InPort;
}
