using System.Collections.Concurrent;
using Acornima;
using Acornima.Ast;
using Jint;

namespace SmeOnboard.Workflows.Expressions;

/// <summary>Turns an expression into a prepared, strict-mode function call and caches the result.</summary>
/// <remarks>
/// Wrapping every script in a function keeps its <c>let</c>, <c>const</c> and <c>var</c> declarations out of the
/// pooled engine's global scope, so one evaluation never sees another's leftovers. The value of the last
/// expression statement is returned, as Elsa's scripts expect. The wrapper shares line 1 with the script,
/// so reported line numbers match what the author wrote.
/// </remarks>
internal sealed class ScriptPreparer(int maxCachedScripts)
{
    private const string Prefix = "(function(){\"use strict\";";
    private const string Suffix = "\n})()";

    private readonly ConcurrentDictionary<string, Prepared<Script>> _cache = new(StringComparer.Ordinal);
    private readonly Parser _parser = new(new ParserOptions { AllowReturnOutsideFunction = true });

    public Prepared<Script> Prepare(string source)
    {
        if (_cache.TryGetValue(source, out var prepared))
            return prepared;
        if (_cache.Count >= maxCachedScripts)
            _cache.Clear();
        prepared = Engine.PrepareScript(Wrap(source), source: "script", strict: true);
        _cache.TryAdd(source, prepared);
        return prepared;
    }

    private string Wrap(string source)
    {
        Script script;
        try
        {
            script = _parser.ParseScript(source);
        }
        catch (ParseErrorException e)
        {
            throw new ScriptException($"Syntax error: {e.Description}", e.LineNumber);
        }

        var body = source;
        if (script.Body.Count > 0 && script.Body[^1] is ExpressionStatement last)
            body = source[..last.Range.Start] + "return " + source[last.Range.Start..];
        return Prefix + body + Suffix;
    }
}
