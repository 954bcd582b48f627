namespace SmeOnboard.Workflows.Serialization.Elsa;

/// <summary>
/// What one Elsa activity became: where tokens enter, which node sends its outcomes on, and those outcome ports.
/// A plain activity is one node; a nested flowchart, a FlowNode or a Fork becomes several, closed by a join.
/// </summary>
internal sealed record ElsaFragment(string EntryId, string ExitId, IReadOnlyList<string> Outcomes, bool IsComposite)
{
    public static ElsaFragment Single(string id, IReadOnlyList<string> outcomes) => new(id, id, outcomes, IsComposite: false);
}
