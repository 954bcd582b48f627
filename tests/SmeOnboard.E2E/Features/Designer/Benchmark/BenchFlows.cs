namespace SmeOnboard.E2E.Features.Designer.Benchmark;

/// <summary>A chain of <c>count</c> log lines laid out on a grid, in the API's JSON format.</summary>
internal static class BenchFlows
{
    private const int Columns = 10;

    public static object Chain(string definitionId, int count) => new
    {
        definitionId,
        name = $"Benchmark {count}",
        root = new
        {
            type = "Flowchart",
            activities = Enumerable.Range(1, count).Select(i => new
            {
                id = $"line{i}",
                type = "WriteLine",
                inputs = new { text = new { typeName = "String", expression = new { type = "Literal", value = $"step {i}" } } },
                metadata = new { designer = new { position = new { x = (i - 1) % Columns * 240, y = (i - 1) / Columns * 100 } } },
            }).ToArray(),
            connections = Enumerable.Range(1, count - 1).Select(i => new
            {
                source = new { activity = $"line{i}", port = "Done" },
                target = new { activity = $"line{i + 1}", port = "In" },
            }).ToArray(),
        },
    };
}
