namespace SmeOnboard.Workflows.Runtime;

/// <summary>
/// Keeps a WaitAny join closed after it ran: the activities listed were already scheduled on the losing branches,
/// so they still run, but tokens they send on towards the join are dropped and what they would wait for is cancelled.
/// </summary>
public sealed record JoinGuard(string JoinId, IReadOnlyList<string> Pending);
