using SmeOnboard.Workflows.Model;
using SmeOnboard.Workflows.Serialization;

namespace SmeOnboard.Web.Tests.Features.Workflows;

/// <summary>Workflow documents in the API's JSON format, each under a fresh definition id.</summary>
public static class WebFlows
{
    public static string NewId(string name) => $"{name}-{Guid.NewGuid():N}";

    /// <summary>A human task for firm members whose fields go into 'answers', then a line.</summary>
    public static string Task(string definitionId) => WorkflowJson.Serialize(new WorkflowDefinition
    {
        DefinitionId = definitionId,
        Name = "Check the order",
        Variables = [new VariableDefinition { Name = "answers", Type = VariableType.Object }],
        Root = new Flowchart
        {
            Activities =
            [
                Activity("ask", "HumanTask", ("title", "Check the order"), ("form", "order-check"), ("assigneeRole", "FirmMember"), ("resultVariable", "answers")),
                Activity("log", "WriteLine", ("text", "checked")),
            ],
            Connections = [new Connection { Source = new Endpoint { Activity = "ask", Port = "Done" }, Target = new Endpoint { Activity = "log" } }],
        },
    });

    /// <summary>Starts at a webhook trigger on 'orders/created' and keeps the body in 'order'.</summary>
    public static string Hook(string definitionId) => WorkflowJson.Serialize(new WorkflowDefinition
    {
        DefinitionId = definitionId,
        Name = "Order received",
        Variables = [new VariableDefinition { Name = "order", Type = VariableType.Object }],
        Root = new Flowchart
        {
            Activities = [Activity("hook", "Webhook", ("path", "orders/created"), ("resultVariable", "order")), Activity("log", "WriteLine", ("text", "received"))],
            Connections = [new Connection { Source = new Endpoint { Activity = "hook", Port = "Done" }, Target = new Endpoint { Activity = "log" } }],
        },
    });

    /// <summary>A delay without its required duration.</summary>
    public static string MissingDuration(string definitionId) =>
        $$"""
        { "definitionId": "{{definitionId}}", "name": "Bad", "root": { "type": "Flowchart",
          "activities": [ { "id": "wait", "type": "Delay", "inputs": {} } ], "connections": [] } }
        """;

    /// <summary>Calls <paramref name="app"/>'s action 'ship', waits for its callback (data into 'reply'), then a line.</summary>
    public static string AppCallback(string definitionId, string app)
    {
        var call = Activity("call", "CallAppAction", ("app", app), ("action", "ship"), ("resultVariable", "reply"));
        return WorkflowJson.Serialize(new WorkflowDefinition
        {
            DefinitionId = definitionId,
            Name = "Ship and wait",
            Variables = [new VariableDefinition { Name = "reply", Type = VariableType.Object }],
            Root = new Flowchart
            {
                Activities =
                [
                    new ActivityNode
                    {
                        Id = call.Id,
                        Type = call.Type,
                        Inputs = new Dictionary<string, ActivityInput>(call.Inputs) { ["waitForCallback"] = ActivityInput.Literal(true, "Boolean") },
                    },
                    Activity("log", "WriteLine", ("text", "shipped")),
                ],
                Connections = [new Connection { Source = new Endpoint { Activity = "call", Port = "Done" }, Target = new Endpoint { Activity = "log" } }],
            },
        });
    }

    private static ActivityNode Activity(string id, string type, params (string Name, string Value)[] inputs) => new()
    {
        Id = id,
        Type = type,
        Inputs = inputs.ToDictionary(i => i.Name, i => ActivityInput.Literal(i.Value)),
    };
}
