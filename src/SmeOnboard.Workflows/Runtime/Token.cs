namespace SmeOnboard.Workflows.Runtime;

/// <summary>Control that travelled along a connection and waits at its target until the target runs.</summary>
public sealed record Token(string SourceActivityId, string Port, string TargetActivityId);
