using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;
using SmeOnboard.Workflows.Expressions;
using SmeOnboard.Workflows.Model;
using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Workflows.Activities;

/// <summary>What an activity may see and do during one execution; effects are kept only if the execution succeeds.</summary>
public sealed class ActivityContext
{
    private readonly JavaScriptEvaluator _evaluator;
    private readonly ActivityDescriptor _descriptor;
    private readonly List<Bookmark> _bookmarks = [];
    private readonly List<OutboxMessage> _outbox = [];
    private readonly List<string> _lines = [];

    internal ActivityContext(ActivityNode node, ActivityDescriptor descriptor, long executionId, WorkflowInstance instance,
        VariableSet variables, JavaScriptEvaluator evaluator, DateTimeOffset now, JsonNode? triggerPayload)
    {
        Node = node;
        _descriptor = descriptor;
        ExecutionId = executionId;
        InstanceId = instance.Id;
        OrganisationId = instance.OrganisationId;
        Input = instance.Input;
        Variables = variables;
        _evaluator = evaluator;
        Now = now;
        TriggerPayload = triggerPayload;
    }

    public ActivityNode Node { get; }
    public string ActivityId => Node.Id;
    public string InstanceId { get; }
    public string OrganisationId { get; }

    /// <summary>Numbers this execution within the instance; the same after a crash and a re-run of the burst.</summary>
    public long ExecutionId { get; }

    /// <summary>Identifies this execution's side effects, so the outbox carries each out once.</summary>
    public string IdempotencyKey => $"{InstanceId}:{ExecutionId}";
    public JsonNode? Input { get; }
    public VariableSet Variables { get; }
    public DateTimeOffset Now { get; }

    /// <summary>Set when this trigger activity started the instance: the stimulus payload that started it.</summary>
    public JsonNode? TriggerPayload { get; }

    /// <summary>True when the instance was started by this trigger activity; it then completes instead of waiting.</summary>
    public bool StartedByThisTrigger { get; init; }

    internal IReadOnlyList<Bookmark> Bookmarks => _bookmarks;
    internal IReadOnlyList<OutboxMessage> Outbox => _outbox;
    internal IReadOnlyList<string> Lines => _lines;

    /// <summary>The value of an input (its expression evaluated), its default when not set, or null.</summary>
    public JsonNode? Get(string inputName)
    {
        var input = Node.Input(inputName);
        if (input is null)
            return _descriptor.Input(inputName)?.DefaultValue?.DeepClone();
        return input.Expression.Type switch
        {
            ExpressionKind.JavaScript => Evaluate(input.Expression.Value?.GetValue<string>() ?? "", inputName),
            _ => input.Expression.Value?.DeepClone(),
        };
    }

    /// <summary>A required input; null or an empty string is an invalid-input incident.</summary>
    public JsonNode GetRequired(string inputName) =>
        Get(inputName) is { } value && !(value.GetValueKind() == JsonValueKind.String && value.GetValue<string>().Length == 0)
            ? value
            : throw Invalid(inputName, "A value is required.");

    public string? GetString(string inputName) => AsString(Get(inputName));

    public string GetRequiredString(string inputName) => AsString(GetRequired(inputName))!;

    public bool GetBoolean(string inputName) => GetRequired(inputName) switch
    {
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        JsonValue v when v.TryGetValue<string>(out var s) && bool.TryParse(s, out var b) => b,
        var other => throw Invalid(inputName, $"Expected true or false but got {VariableTypeExtensions.Describe(other)}."),
    };

    public double? GetNumber(string inputName) => Get(inputName) switch
    {
        null => null,
        var v when v.TryGetNumber(out var d) => d,
        JsonValue v when v.TryGetValue<string>(out var s) && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
        var other => throw Invalid(inputName, $"Expected a number but got {VariableTypeExtensions.Describe(other)}."),
    };

    public DateTimeOffset? GetDate(string inputName) => Get(inputName) switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) && VariableTypeExtensions.TryParseDate(s, out var d) => d,
        var other => throw Invalid(inputName, $"Expected an ISO 8601 date but got {VariableTypeExtensions.Describe(other)}."),
    };

    /// <summary>A duration written as "hh:mm:ss" (Elsa's form) or ISO 8601 ("PT5M").</summary>
    public TimeSpan GetRequiredDuration(string inputName)
    {
        var text = GetRequiredString(inputName);
        return TryParseDuration(text, out var duration) && duration >= TimeSpan.Zero
            ? duration
            : throw Invalid(inputName, $"'{text}' is not a duration such as 00:05:00 or PT5M.");
    }

    /// <summary>A list of strings, given as a JSON array or as comma-separated text.</summary>
    public IReadOnlyList<string> GetStringList(string inputName) => Get(inputName) switch
    {
        null => [],
        JsonArray array => array.Select(AsString).OfType<string>().ToList(),
        var other => (AsString(other) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
    };

    /// <summary>Evaluates a script with the variables in scope plus extra read-only globals.</summary>
    public JsonNode? Evaluate(string script, string field, IReadOnlyDictionary<string, JsonNode?>? globals = null)
    {
        var scope = new ScriptScope
        {
            Variables = Variables,
            OrganisationId = OrganisationId,
            InstanceId = InstanceId,
            Globals = globals ?? new Dictionary<string, JsonNode?> { ["input"] = Input },
        };
        try
        {
            return _evaluator.Evaluate(script, scope);
        }
        catch (ScriptException e)
        {
            var kind = e.IsVariableTypeError ? IncidentKind.VariableTypeMismatch : IncidentKind.ScriptError;
            throw new IncidentException(kind, field, e.Message, e.Line);
        }
    }

    /// <summary>Sets a variable; a value of the wrong type becomes a type-mismatch incident naming the field.</summary>
    public void SetVariable(string variableName, JsonNode? value, string field)
    {
        try
        {
            Variables.Set(variableName, value);
        }
        catch (VariableTypeException e)
        {
            throw new IncidentException(IncidentKind.VariableTypeMismatch, field, e.Message);
        }
    }

    /// <summary>Writes a line to the journal (and, from the command line, to standard output).</summary>
    public void WriteLine(string text) => _lines.Add(text);

    /// <summary>Queues a side effect to be carried out once the burst is committed.</summary>
    public void Enqueue(OutboxKind kind, JsonObject payload) => _outbox.Add(new OutboxMessage
    {
        IdempotencyKey = IdempotencyKey,
        InstanceId = InstanceId,
        OrganisationId = OrganisationId,
        ActivityId = ActivityId,
        Kind = kind,
        Payload = payload,
        CreatedAt = Now,
    });

    /// <summary>Creates a bookmark; without a stimulus key the bookmark's own id is the key (tasks, timers).</summary>
    public Bookmark CreateBookmark(BookmarkKind kind, string? stimulusKey = null, JsonNode? payload = null, DateTimeOffset? dueAt = null)
    {
        var id = _bookmarks.Count == 0 ? $"{InstanceId}:{ExecutionId}" : $"{InstanceId}:{ExecutionId}:{_bookmarks.Count}";
        var key = stimulusKey ?? id;
        var bookmark = new Bookmark
        {
            Id = id,
            InstanceId = InstanceId,
            OrganisationId = OrganisationId,
            ActivityId = ActivityId,
            Kind = kind,
            StimulusKey = key,
            StimulusHash = Stimulus.HashOf(kind, key),
            Payload = payload,
            DueAt = dueAt,
            CreatedAt = Now,
        };
        _bookmarks.Add(bookmark);
        return bookmark;
    }

    /// <summary>An incident for a call the organisation may not make (an app it has not installed or granted); not retried.</summary>
    public Exception NotPermitted(string inputName, string message) => new IncidentException(IncidentKind.AppNotPermitted, inputName, message);

    /// <summary>An invalid-input incident for the given input.</summary>
    public Exception Invalid(string inputName, string message) => new IncidentException(IncidentKind.InvalidInput, inputName, message);

    internal static bool TryParseDuration(string text, out TimeSpan duration)
    {
        if (TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out duration))
            return true;
        try
        {
            duration = XmlConvert.ToTimeSpan(text);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static string? AsString(JsonNode? value) => value switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        var v when v.TryGetNumber(out var d) => d.ToString(CultureInfo.InvariantCulture),
        JsonValue v when v.TryGetValue<bool>(out var b) => b ? "true" : "false",
        _ => value.ToJsonString(),
    };
}
