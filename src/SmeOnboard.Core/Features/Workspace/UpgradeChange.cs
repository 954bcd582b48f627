namespace SmeOnboard.Core.Features.Workspace;

/// <summary>One difference an upgrade makes: a workflow, form, table, column or KPI added, removed or changed.</summary>
/// <param name="Subject">The id: a workflow, form, table or KPI id, or table.column.</param>
/// <param name="Detail">For a column whose type changes, "old → new"; otherwise null.</param>
public sealed record UpgradeChange(UpgradeArea Area, UpgradeChangeKind Kind, string Subject, string? Detail = null);
