using Bunit;
using SmeOnboard.Web.Features.Designer.Components;
using SmeOnboard.Web.Tests.Infrastructure;

namespace SmeOnboard.Web.Tests.Features.Designer;

/// <summary>
/// The script editor loads the CodeMirror bundle with the workflow's variables over a textarea that stays the bound value:
/// the bundle writes each edit back to it, and without the bundle it is the editor.
/// </summary>
public sealed class ScriptEditorTests : PortalComponentContext
{
    [Fact]
    public void The_editor_bundle_is_loaded_and_given_the_workflows_variables()
    {
        var module = JSInterop.SetupModule("./js/script-editor.js");

        Render<ScriptEditor>(p => p.Add(x => x.Value, "order.total").Add(x => x.Variables, ["order", "customer"]));

        var create = Assert.Single(module.Invocations, i => i.Identifier == "createScriptEditor");
        Assert.Equal(["order", "customer"], (IReadOnlyList<string>)create.Arguments[1]!);
    }

    [Fact]
    public void The_plain_textarea_underneath_is_what_edits_the_script()
    {
        string? changed = null;
        var editor = Render<ScriptEditor>(p => p.Add(x => x.Value, "1 + 1").Add(x => x.ValueChanged, v => changed = v));

        editor.Find("textarea").Change("2 + 2");

        Assert.Equal("2 + 2", changed);
    }
}
