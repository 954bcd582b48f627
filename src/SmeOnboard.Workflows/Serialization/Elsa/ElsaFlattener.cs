using System.Text.Json.Nodes;
using SmeOnboard.Workflows.Activities;
using SmeOnboard.Workflows.Activities.BuiltIn;
using SmeOnboard.Workflows.Model;
using SmeOnboard.Workflows.Validation;

namespace SmeOnboard.Workflows.Serialization.Elsa;

/// <summary>
/// Turns Elsa's tree of flowcharts into our single flowchart. Composite activities (a nested flowchart, a FlowNode's
/// body, a Fork's branches) keep their id on the node that finishes them, so connections drawn from them still fit.
/// </summary>
/// <remarks>
/// A nested flowchart completes, as in Elsa, once nothing inside it can run any more: every outcome port left
/// unconnected inside it leads to a WaitAll join carrying the flowchart's id, and a WaitAll join continues once each
/// inbound branch has arrived or can no longer arrive. An End inside it completes it at once: then the exit is a
/// WaitAny join, which cancels whatever is still waiting inside, as Elsa cancels the flowchart's children.
/// </remarks>
internal sealed class ElsaFlattener(ElsaImportContext context)
{
    private readonly ElsaActivityMapper _mapper = new(context);

    /// <summary>Flattens the root flowchart; returns the id of the activity Elsa would start with, if any.</summary>
    public string? Root(JsonObject root) => Contents(root, nested: false).StartEntry;

    private ElsaFragment? Activity(JsonObject activity, bool nested)
    {
        var type = ElsaJson.String(activity["type"]);
        if (ElsaJson.String(activity["id"]) is not { Length: > 0 } id || type is null)
        {
            context.Errors.Add(new ValidationError(ElsaJson.String(activity["id"]), type is null ? "type" : "id", "Every activity needs an id and a type."));
            return null;
        }
        var name = ElsaJson.String(activity["name"]);
        switch (type)
        {
            case ElsaTypes.Flowchart:
                return NestedFlowchart(activity, id, name);
            case ElsaTypes.FlowNode:
                return FlowNode(activity, id, name, nested);
            case ElsaTypes.Fork:
                return Fork(activity, id, name, nested);
        }
        if (_mapper.Map(activity, id, type, nested) is not { } node)
            return null;
        context.Add(node);
        return ElsaFragment.Single(id, context.OutcomesOf(node));
    }

    private ElsaFragment NestedFlowchart(JsonObject chart, string id, string? name)
    {
        var contents = Contents(chart, nested: true);
        var metadata = ElsaActivityMapper.Metadata(chart);
        var completed = contents.Ends.Count == 0 ? id : $"{id}:completed";
        context.AddJoin(completed, contents.Ends.Count == 0 ? name : $"{name ?? id} (all branches done)", Join.WaitAll, metadata);
        if (contents.Ends.Count > 0)
        {
            context.AddJoin(id, name, Join.WaitAny, metadata);
            context.Connect(completed, Outcome.Done, id);
            foreach (var end in contents.Ends)
                context.Connect(end, Outcome.Done, id);
        }
        foreach (var (elsaId, fragment) in contents.Fragments.Where(f => !contents.Ends.Contains(f.Value.ExitId)))
            foreach (var port in fragment.Outcomes.Where(port => !contents.ConnectedPorts.Contains((elsaId, port))))
                context.Connect(fragment.ExitId, port, completed);
        return new ElsaFragment(contents.StartEntry ?? completed, id, [Outcome.Done], IsComposite: true);
    }

    // Elsa's FlowNode runs its body and then completes with Done, whatever the body's outcome.
    private ElsaFragment FlowNode(JsonObject activity, string id, string? name, bool nested)
    {
        var body = activity["body"] is JsonObject b ? Activity(b, nested) : null;
        context.AddJoin(id, name, Join.WaitAll, ElsaActivityMapper.Metadata(activity));
        if (body is null)
            return ElsaFragment.Single(id, [Outcome.Done]);
        foreach (var port in body.Outcomes)
            context.Connect(body.ExitId, port, id);
        return new ElsaFragment(body.EntryId, id, [Outcome.Done], IsComposite: true);
    }

    // Elsa's Fork runs every branch and completes after all of them (WaitAll, its default) or after the first (WaitAny).
    private ElsaFragment Fork(JsonObject activity, string id, string? name, bool nested)
    {
        var mode = ElsaInputs.LiteralText(ElsaInputs.Read(activity, "joinMode", id, context.Errors)) ?? Join.WaitAll;
        if (mode is not (Join.WaitAll or Join.WaitAny))
            context.Errors.Add(new ValidationError(id, "joinMode", $"'{mode}' is not WaitAll or WaitAny."));
        var branches = ElsaJson.Objects(activity["branches"]).Select(branch => Activity(branch, nested)).OfType<ElsaFragment>().ToList();
        var ports = branches.Select(b => b.EntryId).ToList();
        var metadata = ElsaActivityMapper.Metadata(activity);
        context.Add(new ActivityNode
        {
            Id = id,
            Type = nameof(Activities.BuiltIn.Fork),
            Name = name,
            Metadata = metadata,
            Inputs = new Dictionary<string, ActivityInput> { ["branches"] = ActivityInput.Literal(new JsonArray([.. ports.Select(p => JsonValue.Create(p))])) },
        });
        var join = $"{id}:join";
        context.AddJoin(join, $"{name ?? id} ({mode})", mode, metadata);
        foreach (var branch in branches)
        {
            context.Connect(id, branch.EntryId, branch.EntryId);
            foreach (var port in branch.Outcomes)
                context.Connect(branch.ExitId, port, join);
        }
        return new ElsaFragment(id, join, [Outcome.Done], IsComposite: true);
    }

    private FlowchartContents Contents(JsonObject chart, bool nested)
    {
        context.DeclareVariables(chart["variables"]);
        var contents = new FlowchartContents();
        foreach (var activity in ElsaJson.Objects(chart["activities"]))
        {
            if (Activity(activity, nested) is not { } fragment)
                continue;
            var id = ElsaJson.String(activity["id"])!;
            contents.Fragments[id] = fragment;
            contents.Order.Add(id);
            var type = ElsaJson.String(activity["type"]);
            if (nested && type == ElsaTypes.End)
                contents.Ends.Add(fragment.ExitId);
            if (type is ElsaTypes.End or ElsaTypes.Fault)
                contents.Terminals.Add(id);
        }
        var connections = ElsaJson.Objects(chart["connections"]).ToList();
        for (var i = 0; i < connections.Count; i++)
            Connect(connections[i], $"connections[{i}]", contents);
        contents.StartEntry = StartOf(chart, contents, connections) is { } start ? contents.Fragments[start].EntryId : null;
        return contents;
    }

    private void Connect(JsonObject connection, string field, FlowchartContents contents)
    {
        var source = ElsaJson.EndpointActivity(connection["source"]);
        var target = ElsaJson.EndpointActivity(connection["target"]);
        var port = (connection["source"] is JsonObject s ? ElsaJson.String(s["port"]) : ElsaJson.String(connection["sourcePort"])) ?? Outcome.Done;
        if (source is null || target is null)
        {
            context.Errors.Add(new ValidationError(source, field, "A connection needs a source and a target activity."));
            return;
        }
        if (context.UnsupportedIds.Contains(source) || context.UnsupportedIds.Contains(target))
            return; // already listed in the one error about unsupported types
        if (!contents.Fragments.TryGetValue(source, out var from) || !contents.Fragments.TryGetValue(target, out var to))
        {
            var missing = contents.Fragments.ContainsKey(source) ? target : source;
            context.Errors.Add(new ValidationError(missing, field, $"The connection {source}.{port} -> {target} refers to a missing activity '{missing}'."));
            return;
        }
        // Elsa draws a Done port on End and Fault, but no token ever leaves them: End completes its flowchart and
        // Fault throws. Such connections change nothing, so they are left out rather than refused.
        if (contents.Terminals.Contains(source))
            return;
        if (from.IsComposite && port != Outcome.Done)
        {
            context.Errors.Add(new ValidationError(source, $"{field}.source.port", $"'{source}' completes only with Done, not '{port}'."));
            return;
        }
        contents.ConnectedPorts.Add((source, port));
        context.Connect(from.ExitId, port, to.EntryId);
    }

    // Elsa starts a flowchart at its explicit start, else at a Start activity, else at the first activity nothing
    // points to, else at the first activity.
    private static string? StartOf(JsonObject chart, FlowchartContents contents, List<JsonObject> connections)
    {
        if (ElsaJson.String(chart["start"]) is { } explicitStart && contents.Fragments.ContainsKey(explicitStart))
            return explicitStart;
        var starts = ElsaJson.Objects(chart["activities"])
            .Where(a => ElsaJson.String(a["type"]) == ElsaTypes.Start)
            .Select(a => ElsaJson.String(a["id"]))
            .FirstOrDefault(id => id is not null && contents.Fragments.ContainsKey(id));
        if (starts is not null)
            return starts;
        var targets = connections.Select(c => ElsaJson.EndpointActivity(c["target"])).ToHashSet(StringComparer.Ordinal);
        return contents.Order.FirstOrDefault(id => !targets.Contains(id)) ?? contents.Order.FirstOrDefault();
    }

    private sealed class FlowchartContents
    {
        public Dictionary<string, ElsaFragment> Fragments { get; } = new(StringComparer.Ordinal);
        public List<string> Order { get; } = [];
        public HashSet<string> Ends { get; } = new(StringComparer.Ordinal);
        public HashSet<string> Terminals { get; } = new(StringComparer.Ordinal);
        public HashSet<(string ActivityId, string Port)> ConnectedPorts { get; } = [];
        public string? StartEntry { get; set; }
    }
}
