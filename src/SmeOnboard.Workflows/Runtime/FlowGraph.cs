using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using SmeOnboard.Workflows.Model;

namespace SmeOnboard.Workflows.Runtime;

/// <summary>A definition's flowchart prepared for running: connections by activity, loop edges told apart, ancestry cached.</summary>
/// <remarks>
/// A connection is a back edge when it closes a loop (found by depth-first search from the activities nothing
/// points to). Joins wait only for forward inbound connections, as Elsa 3's flowchart does, so a loop's way
/// back in never makes an activity wait for itself.
/// </remarks>
internal sealed class FlowGraph
{
    private static readonly ConditionalWeakTable<WorkflowDefinition, FlowGraph> Cache = new();

    private readonly Dictionary<string, ActivityNode> _nodes;
    private readonly Dictionary<string, List<Connection>> _outbound = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Connection>> _forwardInbound = new(StringComparer.Ordinal);
    private readonly HashSet<Connection> _backEdges = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<string, HashSet<string>> _ancestors = new(StringComparer.Ordinal);

    private FlowGraph(WorkflowDefinition definition)
    {
        Activities = definition.Root.Activities;
        _nodes = new Dictionary<string, ActivityNode>(StringComparer.Ordinal);
        foreach (var node in Activities)
            _nodes.TryAdd(node.Id, node);
        foreach (var connection in definition.Root.Connections)
        {
            if (!_nodes.ContainsKey(connection.Source.Activity) || !_nodes.ContainsKey(connection.Target.Activity))
                continue;
            List(_outbound, connection.Source.Activity).Add(connection);
        }
        FindBackEdges();
        foreach (var connection in _outbound.Values.SelectMany(c => c).Where(c => !_backEdges.Contains(c)))
            List(_forwardInbound, connection.Target.Activity).Add(connection);
    }

    public IReadOnlyList<ActivityNode> Activities { get; }

    public static FlowGraph For(WorkflowDefinition definition) => Cache.GetValue(definition, d => new FlowGraph(d));

    public ActivityNode? Node(string id) => _nodes.GetValueOrDefault(id);

    public IReadOnlyList<Connection> Outbound(string id) => _outbound.TryGetValue(id, out var list) ? list : [];

    public IReadOnlyList<Connection> ForwardInbound(string id) => _forwardInbound.TryGetValue(id, out var list) ? list : [];

    public bool HasInbound(string id) => _outbound.Values.Any(list => list.Any(c => c.Target.Activity == id));

    /// <summary>The activity and every activity that reaches it along forward connections.</summary>
    public HashSet<string> AncestorsOrSelf(string id) => _ancestors.GetOrAdd(id, start =>
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { start };
        var pending = new Stack<string>([start]);
        while (pending.TryPop(out var current))
            foreach (var inbound in ForwardInbound(current))
                if (seen.Add(inbound.Source.Activity))
                    pending.Push(inbound.Source.Activity);
        return seen;
    });

    private void FindBackEdges()
    {
        // Iterative depth-first search; an edge to an activity still on the stack closes a loop.
        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 = on stack, 2 = done
        var roots = Activities.Where(a => !HasInbound(a.Id)).Concat(Activities);
        foreach (var root in roots)
        {
            if (state.ContainsKey(root.Id))
                continue;
            var stack = new Stack<(string Id, int Next)>();
            stack.Push((root.Id, 0));
            state[root.Id] = 1;
            while (stack.Count > 0)
            {
                var (id, next) = stack.Pop();
                var outbound = Outbound(id);
                if (next >= outbound.Count)
                {
                    state[id] = 2;
                    continue;
                }
                stack.Push((id, next + 1));
                var connection = outbound[next];
                var target = connection.Target.Activity;
                if (!state.TryGetValue(target, out var targetState))
                {
                    state[target] = 1;
                    stack.Push((target, 0));
                }
                else if (targetState == 1)
                    _backEdges.Add(connection);
            }
        }
    }

    private static List<Connection> List(Dictionary<string, List<Connection>> map, string key)
    {
        if (!map.TryGetValue(key, out var list))
            map[key] = list = [];
        return list;
    }
}
