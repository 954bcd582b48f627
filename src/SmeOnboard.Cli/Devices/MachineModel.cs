namespace SmeOnboard.Cli.Devices;

/// <summary>
/// A stamping press as the simulator plays it: while running it makes one or two parts a second and warms towards
/// 80 °C; now and then it stops for a reason (material, tool change, jam, quality check) for a few seconds and cools.
/// </summary>
public sealed class MachineModel(Random random)
{
    private static readonly string[] StopReasons = ["MaterialShortage", "ToolChange", "Jam", "QualityCheck"];

    private int _stoppedFor;

    public long Cycles { get; private set; }

    public string State { get; private set; } = "RUNNING";

    public string StopReason { get; private set; } = "NONE";

    public double Temperature { get; private set; } = 45;

    /// <summary>One second of the machine's life.</summary>
    public void Step(double stopChance)
    {
        if (_stoppedFor > 0)
        {
            _stoppedFor--;
            if (_stoppedFor == 0)
                (State, StopReason) = ("RUNNING", "NONE");
        }
        else if (random.NextDouble() < stopChance)
        {
            _stoppedFor = random.Next(5, 20);
            (State, StopReason) = ("STOPPED", StopReasons[random.Next(StopReasons.Length)]);
        }
        if (State == "RUNNING")
            Cycles += random.Next(1, 3);
        var target = State == "RUNNING" ? 80.0 : 35.0;
        Temperature = Math.Round(Temperature + (target - Temperature) * 0.05 + (random.NextDouble() - 0.5), 1);
    }
}
