using System.Text.Json.Nodes;
using SmeOnboard.Workflows.Model;

namespace SmeOnboard.Core.Features.Workflows;

/// <summary>Compares two versions of a workflow activity by activity (matched by id) and connection by connection.</summary>
public static class DefinitionDiffer
{
    public static DefinitionDiff Compare(WorkflowDefinition from, WorkflowDefinition to)
    {
        var before = from.Root.Activities.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var after = to.Root.Activities.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var changed = new List<ActivityChange>();
        foreach (var activity in to.Root.Activities)
        {
            if (!before.TryGetValue(activity.Id, out var old))
                continue;
            var inputs = ChangedInputs(old, activity);
            var nameChanged = old.Name != activity.Name;
            var typeChanged = old.Type != activity.Type;
            if (inputs.Count > 0 || nameChanged || typeChanged)
                changed.Add(Change(activity, inputs, nameChanged, typeChanged));
        }
        var oldConnections = from.Root.Connections.Select(Key).ToHashSet(StringComparer.Ordinal);
        var newConnections = to.Root.Connections.Select(Key).ToHashSet(StringComparer.Ordinal);
        return new DefinitionDiff
        {
            FromVersion = from.Version,
            ToVersion = to.Version,
            Added = to.Root.Activities.Where(a => !before.ContainsKey(a.Id)).Select(a => Change(a)).ToList(),
            Removed = from.Root.Activities.Where(a => !after.ContainsKey(a.Id)).Select(a => Change(a)).ToList(),
            Changed = changed,
            ConnectionsAdded = to.Root.Connections.Where(c => !oldConnections.Contains(Key(c))).ToList(),
            ConnectionsRemoved = from.Root.Connections.Where(c => !newConnections.Contains(Key(c))).ToList(),
        };
    }

    private static List<string> ChangedInputs(ActivityNode old, ActivityNode now) =>
        old.Inputs.Keys.Union(now.Inputs.Keys)
            .Where(name => !SameInput(old.Input(name), now.Input(name)))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static bool SameInput(ActivityInput? a, ActivityInput? b) =>
        a is null || b is null
            ? a is null && b is null
            : a.Expression.Type == b.Expression.Type && JsonNode.DeepEquals(a.Expression.Value, b.Expression.Value);

    private static ActivityChange Change(ActivityNode activity, IReadOnlyList<string>? inputs = null, bool nameChanged = false, bool typeChanged = false) => new()
    {
        ActivityId = activity.Id,
        Type = activity.Type,
        Name = activity.Name,
        ChangedInputs = inputs ?? [],
        NameChanged = nameChanged,
        TypeChanged = typeChanged,
    };

    private static string Key(Connection c) => $"{c.Source.Activity}\u001f{c.Source.Port}\u001f{c.Target.Activity}\u001f{c.Target.Port}";
}
