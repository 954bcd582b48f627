using System.Text.Json.Nodes;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using SmeOnboard.Core.Features.Workspace;
using SmeOnboard.Web.Features.Designer;
using SmeOnboard.Web.Features.Designer.Components;
using SmeOnboard.Web.Tests.Infrastructure;
using SmeOnboard.Workflows.Activities;

namespace SmeOnboard.Web.Tests.Features.Designer;

/// <summary>The property panel is generated from the activity's descriptor: one editor per input, each fitting its hint.</summary>
public sealed class PropertyPanelTests : PortalComponentContext
{
    public PropertyPanelTests()
    {
        Services.AddSingleton(ActivityRegistry.CreateDefault());
        Services.AddSingleton<ActivityCatalogue>();
        Services.AddSingleton<IWorkspaceForms>(new StubWorkspaceForms(
            new FormSummary { Key = "oee-shift-report", TitleEn = "Shift production report", TitleZhCn = "班次生产报告", Version = 2, FieldCount = 8 }));
    }

    private static JsonObject Activity(string type) => new() { ["id"] = "a1", ["type"] = type };

    [Fact]
    public void Every_input_of_the_descriptor_gets_an_editor_and_required_ones_are_marked()
    {
        var descriptor = ActivityRegistry.CreateDefault().Find("HumanTask")!.Descriptor;

        var panel = Render<PropertyPanel>(p => p.Add(x => x.Activity, Activity("HumanTask")));

        foreach (var input in descriptor.Inputs)
            Assert.NotNull(panel.Find($"[data-testid='input-{input.Name}']"));
        Assert.Contains("Title *", panel.Find("[data-testid='input-title']").TextContent);
        Assert.DoesNotContain("*", panel.Find("[data-testid='input-dueDate']").TextContent);
    }

    [Fact]
    public void Typing_a_literal_sends_the_activity_back_with_the_input_in_our_format()
    {
        JsonObject? changed = null;
        var panel = Render<PropertyPanel>(p => p
            .Add(x => x.Activity, Activity("WriteLine"))
            .Add(x => x.ActivityChanged, (JsonObject a) => changed = a));

        panel.Find("[data-testid='input-text'] input").Change("Hello");

        Assert.NotNull(changed);
        Assert.Equal("Literal", changed!["inputs"]!["text"]!["expression"]!["type"]!.GetValue<string>());
        Assert.Equal("Hello", changed["inputs"]!["text"]!["expression"]!["value"]!.GetValue<string>());
    }

    [Fact]
    public void A_script_input_shows_the_script_and_the_variables_it_can_use()
    {
        var activity = Activity("WriteLine");
        activity["inputs"] = new JsonObject
        {
            ["text"] = new JsonObject { ["typeName"] = "String", ["expression"] = new JsonObject { ["type"] = "JavaScript", ["value"] = "'Hi ' + name" } },
        };

        var panel = Render<PropertyPanel>(p => p.Add(x => x.Activity, activity).Add(x => x.Variables, ["name"]));

        Assert.Equal("'Hi ' + name", panel.Find("[data-testid='input-text'] textarea").GetAttribute("value") ?? panel.Find("[data-testid='input-text'] textarea").TextContent);
        Assert.Contains("Variables: name", panel.Markup);
    }

    [Fact]
    public void An_input_with_options_is_a_select_and_a_literal_only_input_offers_no_script()
    {
        var panel = Render<PropertyPanel>(p => p.Add(x => x.Activity, Activity("Join")));

        Assert.NotEmpty(panel.FindAll("[data-testid='input-mode'] .mud-select"));
        Assert.Empty(panel.FindAll("[data-testid='mode-mode']"));
    }

    [Fact]
    public void No_selection_explains_how_to_start()
    {
        var panel = Render<PropertyPanel>();

        Assert.NotNull(panel.Find("[data-testid='no-selection']"));
    }

    [Fact]
    public void A_human_tasks_form_is_picked_from_the_firms_forms_and_links_to_editing_the_chosen_one()
    {
        var activity = Activity("HumanTask");
        activity["inputs"] = new JsonObject
        {
            ["form"] = new JsonObject { ["typeName"] = "String", ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = "oee-shift-report" } },
        };

        var panel = Render<PropertyPanel>(p => p.Add(x => x.Activity, activity));

        Assert.NotNull(panel.Find("[data-testid='input-form'] [data-testid='choices-form']"));
        Assert.Equal("/workspace/form-builder/oee-shift-report", panel.Find("[data-testid='edit-form']").GetAttribute("href"));
    }
}
