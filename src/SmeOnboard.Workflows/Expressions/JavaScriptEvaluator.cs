using System.Text.Json.Nodes;
using Jint;
using Jint.Runtime;

namespace SmeOnboard.Workflows.Expressions;

/// <summary>Evaluates JavaScript expressions with Jint inside time, memory and recursion limits, on pooled engines.</summary>
public sealed class JavaScriptEvaluator
{
    private readonly ScriptOptions _options;
    private readonly EnginePool _pool;
    private readonly ScriptPreparer _preparer;

    public JavaScriptEvaluator(ScriptOptions? options = null)
    {
        _options = options ?? new ScriptOptions();
        _pool = new EnginePool(_options);
        _preparer = new ScriptPreparer(_options.MaxCachedScripts);
    }

    /// <summary>Runs a script and returns the value of its last expression as JSON; failures throw <see cref="ScriptException"/>.</summary>
    public JsonNode? Evaluate(string script, ScriptScope scope)
    {
        var prepared = _preparer.Prepare(script);
        var engine = _pool.Rent(scope.OrganisationId);
        var binder = new ScopeBinder(engine, scope);
        var healthy = true;
        try
        {
            binder.Bind();
            var result = engine.Evaluate(prepared);
            return JsonConversion.ToJson(engine, result);
        }
        catch (JavaScriptException e)
        {
            throw new ScriptException(e.Message, e.Location.Start.Line > 0 ? e.Location.Start.Line : null, binder.VariableTypeErrorRaised);
        }
        catch (TimeoutException)
        {
            healthy = false;
            throw new ScriptException($"The script ran longer than {_options.Timeout.TotalSeconds:0.###} s and was stopped.", null);
        }
        catch (MemoryLimitExceededException)
        {
            healthy = false;
            throw new ScriptException($"The script allocated more than {_options.MemoryLimitBytes / 1024 / 1024} MB and was stopped.", null);
        }
        catch (RecursionDepthOverflowException)
        {
            healthy = false;
            throw new ScriptException($"The script nested calls deeper than {_options.MaxRecursionDepth} and was stopped.", null);
        }
        finally
        {
            binder.Unbind();
            // An engine interrupted mid-script may hold half-built state; it is dropped rather than pooled.
            if (healthy)
                _pool.Return(scope.OrganisationId, engine);
        }
    }
}
