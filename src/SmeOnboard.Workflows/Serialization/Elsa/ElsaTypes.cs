namespace SmeOnboard.Workflows.Serialization.Elsa;

/// <summary>The Elsa 3 activity types the importer maps.</summary>
internal static class ElsaTypes
{
    public const string Flowchart = ElsaImporter.FlowchartType;
    public const string Start = "Elsa.Start";
    public const string End = "Elsa.End";
    public const string FlowNode = "Elsa.FlowNode";
    public const string WriteLine = "Elsa.WriteLine";
    public const string SetVariable = "Elsa.SetVariable";
    public const string FlowDecision = "Elsa.FlowDecision";
    public const string FlowJoin = "Elsa.FlowJoin";
    public const string Fork = "Elsa.Fork";
    public const string FlowFork = "Elsa.FlowFork";
    public const string Delay = "Elsa.Delay";
    public const string Cron = "Elsa.Cron";
    public const string Fault = "Elsa.Fault";
}
