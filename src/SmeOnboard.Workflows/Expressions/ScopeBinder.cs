using Jint;
using Jint.Native;
using Jint.Runtime;
using Jint.Runtime.Descriptors;
using Jint.Runtime.Interop;
using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Workflows.Expressions;

/// <summary>Puts a scope into an engine's globals for one evaluation and takes it out again afterwards.</summary>
/// <remarks>
/// Each variable X is visible as <c>X</c>, <c>variables.X</c>, <c>getX()</c> and <c>setX(value)</c> (Elsa's
/// conventions); writes go straight to the <see cref="VariableSet"/>, which checks the type.
/// </remarks>
internal sealed class ScopeBinder(Engine engine, ScriptScope scope)
{
    private readonly List<string> _bound = [];

    /// <summary>Set when a write was refused because of the variable's type, so the error is reported as such.</summary>
    public bool VariableTypeErrorRaised { get; private set; }

    public void Bind()
    {
        var variables = new JsObject(engine);
        foreach (var definition in scope.Variables.Definitions)
        {
            var name = definition.Name;
            var getter = new ClrFunction(engine, "get" + name, (_, _) => Read(name));
            var setter = new ClrFunction(engine, "set" + name, (_, args) => Write(name, args.Length > 0 ? args[0] : JsValue.Undefined), 1);
            variables.DefineOwnProperty(name, new GetSetPropertyDescriptor(getter, setter, enumerable: true, configurable: true));
            DefineGlobal(name, new GetSetPropertyDescriptor(getter, setter, enumerable: true, configurable: true));
            DefineGlobal("get" + name, Constant(getter));
            DefineGlobal("set" + name, Constant(setter));
            var capitalised = char.ToUpperInvariant(name[0]) + name[1..];
            DefineGlobal("get" + capitalised, Constant(getter));
            DefineGlobal("set" + capitalised, Constant(setter));
        }
        // Unknown names assigned through variables.X fail in strict mode instead of vanishing.
        variables.PreventExtensions();
        DefineGlobal("variables", Constant(variables));
        DefineGlobal("organisationId", Constant(new JsString(scope.OrganisationId)));
        DefineGlobal("instanceId", Constant(new JsString(scope.InstanceId)));
        foreach (var (name, value) in scope.Globals)
            DefineGlobal(name, Constant(JsonConversion.ToJs(engine, value)));
    }

    public void Unbind()
    {
        foreach (var name in _bound)
            engine.Global.Delete(name);
        _bound.Clear();
    }

    private JsValue Read(string name) => JsonConversion.ToJs(engine, scope.Variables.Get(name));

    private JsValue Write(string name, JsValue value)
    {
        try
        {
            scope.Variables.Set(name, JsonConversion.ToJson(engine, value));
            return JsValue.Undefined;
        }
        catch (VariableTypeException e)
        {
            VariableTypeErrorRaised = true;
            // Thrown as a JavaScript TypeError so that Jint records the line of the offending statement.
            throw new JavaScriptException(engine.Intrinsics.TypeError, e.Message);
        }
    }

    // A variable named like a built-in (Math, Date, JSON...) must not hide the built-in; it stays reachable via variables.X.
    private void DefineGlobal(string name, PropertyDescriptor descriptor)
    {
        if (engine.Global.HasOwnProperty(name) && !_bound.Contains(name))
            return;
        engine.Global.DefineOwnProperty(name, descriptor);
        _bound.Add(name);
    }

    private static PropertyDescriptor Constant(JsValue value) => new(value, writable: false, enumerable: true, configurable: true);
}
