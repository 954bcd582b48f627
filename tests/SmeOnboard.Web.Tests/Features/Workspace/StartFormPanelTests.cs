using System.Text.Json.Nodes;
using Bunit;
using SmeOnboard.Core.Common;
using SmeOnboard.Core.Features.Templates;
using SmeOnboard.Core.Features.Workspace;
using SmeOnboard.Web.Features.Workspace;
using SmeOnboard.Web.Tests.Infrastructure;

namespace SmeOnboard.Web.Tests.Features.Workspace;

/// <summary>Start forms: listed as buttons, filled in, checked, submitted, and what they started shown.</summary>
public sealed class StartFormPanelTests : PortalComponentContext
{
    private static readonly StartForm Incident = new()
    {
        Form = new WorkspaceForm
        {
            Key = "incident-reporting-incident-report",
            InstallationId = Guid.NewGuid(),
            Form = new TemplateForm
            {
                Id = "incident-report",
                Title = Text("Report an incident", "事故/事件上报"),
                Fields = [new FormField { Name = "description", Label = Text("What happened", "经过"), Type = "text", Required = true }],
            },
        },
        Workflows = ["Incident report and investigation"],
    };

    private static LocalizedText Text(string en, string zh) => new() { En = en, ZhCn = zh };

    [Fact]
    public void Each_start_form_is_a_button_to_its_page()
    {
        var list = Render<StartFormsList>(p => p.Add(l => l.Forms, [Incident]));

        var button = list.Find("[data-testid='start-form']");
        Assert.Equal("/workspace/forms/incident-reporting-incident-report", button.GetAttribute("href"));
        Assert.Contains("Report an incident", button.TextContent);
    }

    [Fact]
    public void Without_start_forms_the_forms_page_says_so_and_the_home_page_shows_nothing()
    {
        Assert.NotEmpty(Render<StartFormsList>(p => p.Add(l => l.Forms, []).Add(l => l.ShowEmpty, true)).FindAll("[data-testid='start-forms-none']"));
        Assert.Empty(Render<StartFormsList>(p => p.Add(l => l.Forms, [])).FindAll("[data-testid]"));
    }

    [Fact]
    public void A_form_with_a_missing_required_value_is_not_submitted()
    {
        var submitted = 0;
        var panel = Render<StartFormPanel>(p => p.Add(f => f.Start, Incident)
            .Add(f => f.Submit, _ => { submitted++; return Task.FromResult<Result<FormSubmission>?>(null); }));

        panel.Find("[data-testid='submit-start-form']").Click();

        Assert.Equal(0, submitted);
        Assert.Contains("What happened is required.", panel.Markup);
    }

    [Fact]
    public void A_submitted_form_shows_what_it_started_with_a_link_to_follow_it()
    {
        JsonObject? sent = null;
        var panel = Render<StartFormPanel>(p => p.Add(f => f.Start, Incident).Add(f => f.Submit, entered =>
        {
            sent = entered;
            return Task.FromResult<Result<FormSubmission>?>(new FormSubmission { InstanceIds = ["inst-1"], RowAdded = true });
        }));
        panel.Find("[data-field='description'] textarea").Input("Pallet in the walkway");

        panel.Find("[data-testid='submit-start-form']").Click();

        Assert.Equal("Pallet in the walkway", sent!["description"]!.GetValue<string>());
        panel.WaitForElement("[data-testid='start-form-submitted']");
        Assert.Equal("/workflows/instances/inst-1", panel.Find("[data-testid='started-instance']").GetAttribute("href"));
    }
}
