using SmeOnboard.Workflows.Model;

namespace SmeOnboard.Core.Features.Templates;

/// <summary>A workflow file of a template, read and found valid by the engine's validator.</summary>
public sealed record TemplateWorkflow(string File, WorkflowDefinition Definition);
