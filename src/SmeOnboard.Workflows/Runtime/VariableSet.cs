using System.Text.Json.Nodes;
using SmeOnboard.Workflows.Model;

namespace SmeOnboard.Workflows.Runtime;

/// <summary>The values of an instance's variables, checked against their declared types on every write.</summary>
public sealed class VariableSet
{
    private readonly Dictionary<string, VariableDefinition> _definitions;
    private readonly Dictionary<string, JsonNode?> _values;

    internal VariableSet(IEnumerable<VariableDefinition> definitions, IReadOnlyDictionary<string, JsonNode?> values)
    {
        _definitions = definitions.ToDictionary(d => d.Name, StringComparer.Ordinal);
        _values = values.ToDictionary(v => v.Key, v => v.Value?.DeepClone(), StringComparer.Ordinal);
    }

    /// <summary>The declared variables.</summary>
    public IEnumerable<VariableDefinition> Definitions => _definitions.Values;

    /// <summary>True when a variable of that name is declared.</summary>
    public bool IsDeclared(string name) => _definitions.ContainsKey(name);

    /// <summary>The declared type of a variable, or null when it is not declared.</summary>
    public VariableType? TypeOf(string name) => _definitions.TryGetValue(name, out var d) ? d.Type : null;

    /// <summary>The current value (a copy, so callers cannot change the stored one by accident).</summary>
    public JsonNode? Get(string name) => _values.TryGetValue(name, out var value) ? value?.DeepClone() : null;

    /// <summary>Sets a variable; an undeclared name or a value of the wrong type throws <see cref="VariableTypeException"/>.</summary>
    public void Set(string name, JsonNode? value)
    {
        if (!_definitions.TryGetValue(name, out var definition))
            throw new VariableTypeException(name, $"There is no variable named '{name}'.");
        if (!definition.Type.Accepts(value))
            throw new VariableTypeException(name,
                $"Variable '{name}' is of type {definition.Type} and cannot hold {VariableTypeExtensions.Describe(value)}.");
        _values[name] = value?.DeepClone();
    }

    internal void Restore(IReadOnlyDictionary<string, JsonNode?> snapshot)
    {
        _values.Clear();
        foreach (var (name, value) in snapshot)
            _values[name] = value?.DeepClone();
    }

    internal IReadOnlyDictionary<string, JsonNode?> Snapshot() =>
        _values.ToDictionary(v => v.Key, v => v.Value?.DeepClone(), StringComparer.Ordinal);
}
